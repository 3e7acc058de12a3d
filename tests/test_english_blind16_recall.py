"""English recall on construction classes found missing when the analyzer met a sixteenth blind
development set of whole-page ad copy (hyperbaric centres, testosterone and peptide clinics, drip
bars for athletes, influencer captions, advertorials with reader offers).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a club notice, a trial report, a patient's question) must not be charged with
that category as an asserted claim. Every sentence here was written for these tests; none is taken
from the development set."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    # price: a discount reserved for a group of buyers; a code that unlocks a treat; a price
    # tied to a short window; a low price the reader may take up
    ("Don't forget our student discount on every facial.", "PRICE_INDUCEMENT"),
    ("NHS staff discount available on all our vitamin drips.", "PRICE_INDUCEMENT"),
    ("Loved my glow drip at Ivy Skin, use code MEGS for a little treat!", "PRICE_INDUCEMENT"),
    ("Lip filler £150 per syringe, this weekend only.", "PRICE_INDUCEMENT"),
    ("You can now grab the full NAD+ course for only $60.", "PRICE_INDUCEMENT"),
    # urgency: a reward for acting within a short window
    ("Join this month and you'll get a free B12 shot.", "URGENCY_SCARCITY"),
    # stealth: an article telling its readers they may take up a clinic's offer
    ("Readers of this magazine can claim a free skin scan at the clinic.", "STEALTH_ADVERTISING"),
    # celebrity: a named team as the user of the advertised product
    ("Our Hydration Drip is what the Westbury Wolves squad books before every derby.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # doping: a prohibited peptide sold in a sentence that names athletes
    ("TB-500 vials are the go-to for boxers coming back from injury.", "DOPING_RISK"),
    # performance: athletes got back between competitions by a product
    ("Our peptide stack helps fighters recover between bouts.", "PERFORMANCE_RECOVERY"),
    # wellness: energy restored as one item of a list
    ("Our Myers drip boosts your mood, focus and energy in an hour.", "DETOX_WELLNESS_VAGUE"),
    # cure: a product said to clear the remnants of a virus
    ("Our ozone sauna removes leftover virus particles from your system.", "CURE_TREATMENT_CLAIM"),
    # pseudo-evidence: a multiple over drinking or swallowing, with no source
    ("Our vitamin IV works five times faster than tablets.", "PSEUDO_EVIDENCE"),
    # doping: the ad's promise of a clean product is not a regulator's verdict
    ("Perfect for tested athletes: our drip contains nothing from the prohibited list.", "DOPING_RISK"),
    # testimonial: a first name telling the clinic her story, on the clinic's own page
    ('"My back pain vanished after three sessions," Carol told us. Book a consultation at our clinic today.', "TESTIMONIAL"),
]


NEUTRAL = [
    ("There is no sibling discount for school meals, the council confirmed.", "PRICE_INDUCEMENT"),
    ("Staff at the hospital asked whether an NHS staff discount would help retention.", "PRICE_INDUCEMENT"),
    ("The pharmacy code is printed on the prescription for a reason.", "PRICE_INDUCEMENT"),
    ("The museum is open this weekend only for maintenance.", "PRICE_INDUCEMENT"),
    ("You can get advice from your pharmacist free of charge.", "PRICE_INDUCEMENT"),
    ("Join the study this month and you will be asked to keep a diary.", "URGENCY_SCARCITY"),
    ("Readers of this magazine wrote in to ask about skin scans.", "STEALTH_ADVERTISING"),
    ("The Westbury Wolves squad uses GPS trackers in training.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("TB-500 is banned for athletes at all times, the agency said.", "DOPING_RISK"),
    ("Fighters need at least six weeks to recover between bouts, the doctor said.", "PERFORMANCE_RECOVERY"),
    ("Low iron can affect your mood, focus and energy.", "DETOX_WELLNESS_VAGUE"),
    ("Researchers measured leftover virus particles in wastewater.", "CURE_TREATMENT_CLAIM"),
    ("Some liquid medicines are absorbed faster than tablets.", "PSEUDO_EVIDENCE"),
    ("Check the ingredients against the prohibited list before you compete.", "DOPING_RISK"),
    ('"The ward was short of nurses that night," Carol told us.', "TESTIMONIAL"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)

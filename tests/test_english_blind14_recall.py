"""English recall on construction classes found missing when the analyzer met a fourteenth blind
development set of whole-page ad copy (hyperbaric and ozone clinics, cord-blood banks, peptide and
testosterone clinics, stem-cell institutes, drip menus, influencer reels, newsletters).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a trial report, a patient's question) must not be charged with that
category as an asserted claim. Every sentence here was written for these tests; none is taken
from the development set."""

from __future__ import annotations

from conftest import recall_probe_tests


ADVERTISING = [
    # superlative: a place's top-ranked product; the safest treatment in its field;
    # the next generation of a field; a career's biggest breakthrough; a rival treatment beaten
    ("Try Leeds's most requested anti-ageing facial this spring.", "SUPERLATIVE_COMPARATIVE"),
    ("Our knee injection is the safest treatment in sports medicine.", "SUPERLATIVE_COMPARATIVE"),
    ("Our peptide serum is the next generation of skin rejuvenation.", "SUPERLATIVE_COMPARATIVE"),
    ("Our NAD+ protocol is the biggest breakthrough I have ever seen.", "SUPERLATIVE_COMPARATIVE"),
    ("Here is why our exosomes beat microneedling.", "SUPERLATIVE_COMPARATIVE"),
    # urgency: the advertiser's capped intake; a handful of openings in a named month;
    # a discount code tied to the end of the month
    ("To keep care personal we take only 5 new clients a month.", "URGENCY_SCARCITY"),
    ("We still have a couple of slots in March for the full protocol.", "URGENCY_SCARCITY"),
    ("Use the code GLOW15 for 15% off until the end of this month.", "URGENCY_SCARCITY"),
    # safety: harmless at any dose; cells that are never rejected (and the "never" does
    # not cancel the next promise); a ", that's why" clause after a negation
    ("Our peptide showed no harmful effects even at extremely high doses.", "SAFETY_ABSOLUTE"),
    ("Our donor stem cells are never rejected and cause no side effects.", "SAFETY_ABSOLUTE"),
    ("There are no live cells in our serum, that's why it's totally safe.", "SAFETY_ABSOLUTE"),
    # pseudo-evidence: unnamed studies; total use of the dose by the body; natural origin
    # as proof of safety; a paper count for a treatment; a mechanism explaining own results
    ("From studies, the compound has been shown to rebuild tendons.", "PSEUDO_EVIDENCE"),
    ("Our IV sends nutrients where your cells can absorb every drop of them.", "PSEUDO_EVIDENCE"),
    ("Collagen is made naturally in your skin, so our injections are gentle.", "PSEUDO_EVIDENCE"),
    ("Because it's naturally occurring, there are no risks with our peptide.", "PSEUDO_EVIDENCE"),
    ("Our chelation therapy has been documented in over 2,000 medical papers.", "PSEUDO_EVIDENCE"),
    ("Cancer cells hate heat, and this explains the remarkable results our patients see.", "PSEUDO_EVIDENCE"),
    # testimonial: a quote signed by a description; a relative's verdict relayed by the
    # speaker; the idiom "the best decision we could have made"
    ('"I was back in the ring within a month." - a retired middleweight boxer', "TESTIMONIAL"),
    ('"Lost a stone and my husband tells me I look radiant." - Dana K., Leeds', "TESTIMONIAL"),
    ('"Banking her cells was the best decision we could ever have made." - Priya and Tom, Kent', "TESTIMONIAL"),
    # discourages standard care: off medication after the therapy; the standard treatment's
    # toxicity set against the product; standard treatment declared too harsh
    ("After our ozone course, clients were able to cut down their pills.", "DISCOURAGES_STANDARD_CARE"),
    ("Our infusions shrink tumours without the harshness of radiotherapy.", "DISCOURAGES_STANDARD_CARE"),
    ("Our clinic is for patients who feel surgery is too risky.", "DISCOURAGES_STANDARD_CARE"),
    # stealth: a free treatment for tagging the clinic
    ("Tag us to claim a complimentary upgrade on your next drip!", "STEALTH_ADVERTISING"),
    # immunity: guarding immunity through an illness
    ("Our mistletoe drip shields your immune system through chemotherapy.", "DISEASE_PREVENTION_IMMUNITY"),
    # price: a money-off sum with a currency code
    ("Members receive EUR 100 discount on every infusion.", "PRICE_INDUCEMENT"),
    # performance: an athlete's peak or career prolonged
    ("Our recovery drips gave me two extra seasons on my playing career.", "PERFORMANCE_RECOVERY"),
    ("Our pro clients keep at their peak well into their late thirties.", "PERFORMANCE_RECOVERY"),
]


NEUTRAL = [
    ("Mounjaro became the UK's most prescribed weight-loss medication last year, the NHS said.", "SUPERLATIVE_COMPARATIVE"),
    ("Surgeons debated which is the safest treatment for a torn ligament.", "SUPERLATIVE_COMPARATIVE"),
    ("A new generation of doctors is training in skin rejuvenation.", "SUPERLATIVE_COMPARATIVE"),
    ("The study was hailed as a breakthrough, but the effect was small.", "SUPERLATIVE_COMPARATIVE"),
    ("In the trial, microneedling and PRP gave similar results.", "SUPERLATIVE_COMPARATIVE"),
    ("The trial will take only 5 new patients a month, the researchers said.", "URGENCY_SCARCITY"),
    ("The hospital has a few openings for junior nurses in March.", "URGENCY_SCARCITY"),
    ("The pharmacy is closed until the end of this month for repairs.", "URGENCY_SCARCITY"),
    ("Animal studies reported harmful effects at high doses.", "SAFETY_ABSOLUTE"),
    ("Donor organs can be rejected, so patients take lifelong medicines.", "SAFETY_ABSOLUTE"),
    ("No medicine is completely safe, which is why you should read the leaflet.", "SAFETY_ABSOLUTE"),
    ("From studies so far, it is unclear whether the compound helps tendons.", "PSEUDO_EVIDENCE"),
    ("Your cells cannot absorb large doses of vitamin C taken by mouth.", "PSEUDO_EVIDENCE"),
    ("Collagen is made naturally in your skin and declines with age.", "PSEUDO_EVIDENCE"),
    ("Natural does not mean safe, the regulator warned.", "PSEUDO_EVIDENCE"),
    ("The method has been documented in over 200 papers, most of them small.", "PSEUDO_EVIDENCE"),
    ("Results varied widely between the trial's sites.", "PSEUDO_EVIDENCE"),
    ('"We are reviewing the incident," - a spokesperson for the regulator.', "TESTIMONIAL"),
    ("My husband tells me the clinic has closed.", "TESTIMONIAL"),
    ("Patients who were able to cut down their pills had fewer falls, the review found.", "DISCOURAGES_STANDARD_CARE"),
    ("Radiotherapy can cause tiredness; your team will explain the harshness of side effects.", "DISCOURAGES_STANDARD_CARE"),
    ("Patients who feel surgery is too risky should discuss it with their surgeon.", "DISCOURAGES_STANDARD_CARE"),
    ("Tag us in your photos from the charity run!", "STEALTH_ADVERTISING"),
    ("Chemotherapy can weaken your immune system during treatment.", "DISEASE_PREVENTION_IMMUNITY"),
    ("The exchange rate fell to EUR 100 for GBP 86.", "PRICE_INDUCEMENT"),
    ("Injuries cut two seasons from his playing career.", "PERFORMANCE_RECOVERY"),
    ("Most players reach their peak in their late twenties, the coach said.", "PERFORMANCE_RECOVERY"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)

"""English precision and recall after the blind10 development set (2026-11).

Precision classes among the non-violating texts of samples/gold/blind10 that were flagged: a use in
scare quotes as the topic of a verdict on its evidence ("For 'X', the studies are tiny"), a use
described by its licensing status ("… is off-label"), five stars over an unquoted review of the
service, a patient's low-rated or disappointed review ("1/5", "won't be back", "noticed no energy
boost", "Anyone tried …?"), a method truly not on the WADA Prohibited List (PRP), a pharmacy
supplying a medicine only with a prescription, and a case vignette or an advert placed elsewhere
("asks about a …", "advertised at his gym").

Recall classes among its violating texts: a trademark sign between a medicine and its price, famous
groups' "choice of" (bodybuilders, Hollywood stars), first-person energy and "full reset" results, a
free test for registering, a quantified calorie burn, training damage repaired, cells switched back
to "young mode" and skin repaired at a cellular level, an unsourced percentage for a biomarker,
"the top … doctor in <place>", an avoided operation or a stopped medicine in a testimonial, a thank-you
to a clinic handle written "thank u", a "Before | N weeks after" caption, the toxins "behind" a
disease removed, a head count of witnesses offered as proof, and the advertiser's patients with a
disease avoiding surgery, a prescription-only medicine offered "at <Business>:" in a headline, and
an influencer's "felt like my body got a full reset".

None of the sentences below is taken from blind10; each precision class has an advertiser's text of
the same construction that must stay charged, each recall class a neutral counterpart that must not
be charged.
"""

from __future__ import annotations

import pytest

from conftest import assert_claimed, assert_not_claimed
from conftest import english_findings as flagged
from conftest import explain_english as explain


NEUTRAL = [
    # a quoted use as the topic of a verdict on its evidence
    ("For joint pain, ozone has a couple of small trials. For \"rejuvenation\", the data are sparse and "
     "preliminary.", "ANTI_AGING_REJUVENATION"),
    # a use described by its licensing status
    ("Minoxidil tablets are licensed for high blood pressure. Prescribing them for hair or "
     "\"anti-ageing\" is off-label.", "ANTI_AGING_REJUVENATION"),
    # five stars over an unquoted review of the service
    ("★★★★★ Parking was easy and the receptionist answered every question. The doctor took her time "
     "explaining the aftercare.", "TESTIMONIAL"),
    # a low-rated review
    ("2/5 - paid £180 for a \"glow drip\" at a salon near the station. Bruised for days.", "DETOX_WELLNESS_VAGUE"),
    # a disappointed patient's review
    ("Had the vitamin drip twice. Sore arm, long wait, and honestly I won't be back.", "DETOX_WELLNESS_VAGUE"),
    ("Tried a B12 drip last month and noticed no difference in my energy boost levels.", "DETOX_WELLNESS_VAGUE"),
    # a forum question to others
    ("Anyone tried the vitamin drips at the airport? I got one, felt faint, and had zero energy boost.",
     "DETOX_WELLNESS_VAGUE"),
    # a method truly not on the Prohibited List
    ("Can I have platelet-rich plasma before the season? Yes - platelet-rich plasma is not on the "
     "Prohibited List, but ask your club doctor first.", "DOPING_RISK"),
    # a pharmacy stating the restriction
    ("Our pharmacy will supply liraglutide only with a valid prescription from your doctor.",
     "PRESCRIPTION_ONLY_PROMOTION"),
    # a case vignette and someone else's advert
    ("Case 4. A 19-year-old swimmer asks about a \"recovery drip\" her coach recommended.", "PERFORMANCE_RECOVERY"),
    ("Question 2. A runner has seen a \"recovery drip\" advertised at a local gym. What would you advise?",
     "PERFORMANCE_RECOVERY"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_a_neutral_text_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


ADS = [
    # the verdict is the ad's praise, not a study's grade
    ("For rejuvenation, our stem cell drip is simply unbeatable.", "ANTI_AGING_REJUVENATION"),
    # an ad's own anti-ageing promise beside a licence word
    ("Our licensed clinic offers anti-ageing drips that turn back the clock.", "ANTI_AGING_REJUVENATION"),
    # an unquoted use of the ad's own product called off-label
    ("Using our NAD+ drip for anti-ageing is off-label, but it works wonders.", "ANTI_AGING_REJUVENATION"),
    # the ad citing its own advertising
    ("Our drip cures hangovers in an hour, as advertised on the radio.", "CURE_TREATMENT_CLAIM"),
    # five stars over an outcome
    ("★★★★★ The staff were kind and booking was easy. My wrinkles have vanished!", "TESTIMONIAL"),
    # a top rating, a result
    ("5/5 - my glow drip left me with radiant skin and endless energy. Book yours!", "DETOX_WELLNESS_VAGUE"),
    # the ad's question to readers, with its offer
    ("Anyone who has tried our drip knows the energy boost is real. Book this week for 20% off!", "DETOX_WELLNESS_VAGUE"),
    # an IV drip claimed to be off the list
    ("Our recovery drip is not on the Prohibited List, so you can book it before race day.", "DOPING_RISK"),
    # a medicine sold with a price, no restriction
    ("Liraglutide pens only £99 this month.", "PRESCRIPTION_ONLY_PROMOTION"),
    # the ad's own invitation to ask
    ("Ask about our recovery drip: back on the pitch twice as fast.", "PERFORMANCE_RECOVERY"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_of_the_same_construction_stays_charged(text, category):
    assert category in flagged(text), explain(text)


ADVERTISING = [
    ("Saxenda® pens from £129 a month, posted to your home.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Testosterone shots: the choice of pro fighters and Hollywood stars.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("my weekly vitamin drip is a game changer, I have so much more energy lately", "DETOX_WELLNESS_VAGUE"),
    ("Just had my first ozone drip and it feels like my whole body got a full detox.", "DETOX_WELLNESS_VAGUE"),
    ("Sign up for the seminar today and receive a free hormone panel!", "PRICE_INDUCEMENT"),
    ("Our infrared pod burns up to 600 calories in a single session.", "WEIGHT_LOSS_CLAIM"),
    ("Our post-game amino drips repair muscle damage overnight.", "PERFORMANCE_RECOVERY"),
    ("Our peptide drip switches your cells back to \"youth mode\".", "ANTI_AGING_REJUVENATION"),
    ("Our exosome cream regenerates aged skin at a cellular level.", "ANTI_AGING_REJUVENATION"),
    ("Our LED mask boosts collagen production by 250%.", "PSEUDO_EVIDENCE"),
    ("Meet Dr Lane, the best cosmetic doctor in Leeds.", "SUPERLATIVE_COMPARATIVE"),
    ("After six stem cell sessions I can't believe I nearly had the knee replacement.", "DISCOURAGES_STANDARD_CARE"),
    ("After four ozone drips I was able to stop my steroids.", "DISCOURAGES_STANDARD_CARE"),
    ("loving my new glow drip, thank u @glowbar.leeds", "STEALTH_ADVERTISING"),
    ("Patient 31 · Jawline\nBefore | 6 weeks after our filler", "BEFORE_AFTER"),
    ("Our detox drip flushes out the toxins behind your child's eczema.", "CURE_TREATMENT_CLAIM"),
    ("More than 300 parents have seen their children blossom after our stem cell therapy.", "PSEUDO_EVIDENCE"),
    ("Most of our patients with hip arthritis avoid the operation after PRP.", "CURE_TREATMENT_CLAIM"),
    ("Testosterone shots at Northgate Men's Health: feel 25 again.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("First NAD+ drip done and honestly it felt like my whole body got a reboot", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text,category", ADVERTISING)
def test_an_ad_line_is_claimed(text, category):
    assert_claimed(text, category)


NEUTRAL_COUNTERPARTS = [
    ("Saxenda® is licensed for weight management alongside diet and exercise.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Rowing was the choice of most students at the college.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Since the iron tablets I have so much more energy, my GP says my levels are normal now.",
     "DETOX_WELLNESS_VAGUE"),
    ("The laptop feels like it got a full reset after the update.", "DETOX_WELLNESS_VAGUE"),
    ("The seminar is free; a hormone panel costs £60 and is only offered if your GP agrees.", "PRICE_INDUCEMENT"),
    ("A brisk 30-minute walk burns about 150 calories.", "WEIGHT_LOSS_CLAIM"),
    ("Rest days give the body time to repair training damage.", "PERFORMANCE_RECOVERY"),
    ("Researchers switched the cells to a different growth medium.", "ANTI_AGING_REJUVENATION"),
    ("Sunscreen helps prevent further damage to aged skin.", "ANTI_AGING_REJUVENATION"),
    ("Vitamin C is needed for normal collagen formation.", "PSEUDO_EVIDENCE"),
    ("Ask your GP to refer you to a dermatologist in your area.", "SUPERLATIVE_COMPARATIVE"),
    ("My surgeon explained the knee replacement and I have booked it for March.", "DISCOURAGES_STANDARD_CARE"),
    ("Never stop your steroids suddenly; speak to your doctor first.", "DISCOURAGES_STANDARD_CARE"),
    ("Before the procedure, you will be asked to stop eating for six hours.", "BEFORE_AFTER"),
    ("Lead exposure can harm children's development, so old paint should be removed by a professional.",
     "CURE_TREATMENT_CLAIM"),
    ("More than 300 parents answered the survey about school meals.", "PSEUDO_EVIDENCE"),
    ("Most patients with hip arthritis eventually need an operation.", "CURE_TREATMENT_CLAIM"),
    ("Testosterone injections at private clinics have tripled in five years, figures show.",
     "PRESCRIPTION_ONLY_PROMOTION"),
    ("After the router update it felt like my whole system got a reboot.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text,category", NEUTRAL_COUNTERPARTS)
def test_a_neutral_counterpart_is_not_claimed(text, category):
    assert_not_claimed(text, category)


def test_a_relay_on_a_page_with_a_booking_line_is_the_ads_testimonial():
    text = ("Patients at a clinic in Leeds say a new peptide infusion cured their arthritis. "
            "To book a consultation call 0800 000 0000.")
    assert_claimed(text, "CURE_TREATMENT_CLAIM")


def test_the_same_relay_in_a_news_story_without_the_advertiser_reports():
    text = ("Patients at a clinic in Leeds say a new peptide infusion cured their arthritis. "
            "Rheumatologists say there is no evidence for it.")
    assert_not_claimed(text, "CURE_TREATMENT_CLAIM")

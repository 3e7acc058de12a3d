"""English claim constructions added in session 18 after the first runs of blind20 and blind23
(lexicons/claims/en, context/en): a lifetime success guarantee, a record of no complications as
proof of safety, "I recommend X to every patient", sizes before and after, "MHRA-licensed",
"cord-blood"; medicine given up "ever again", "why wait on an NHS list", deadlines "until Friday
only" / "on the night only", an influencer's "code for you guys", "the most effective add-on
available", "the pros' best-kept secret", famous people "coming secretly", "9 out of 10 doctors …
say" as the ad's own endorsement, testosterone as a prescription-only medicine; and after blind26:
"resolve colic", "silence it permanently", "protects women from osteoporosis", "last 3 … appointments",
"not one of our clients has ever failed to", and the hook "If you've been told …" as no condition. Each: the ad's
sentence is charged (it was not before), and a neighbour that is no claim is not. Every sentence
here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

CHARGED = [
    # after blind26's first run
    ("Is your baby unsettled every evening? Gentle chiropractic adjustments resolve colic and reflux, often in "
     "three sessions.", "CURE_TREATMENT_CLAIM"),
    ("If you've been told nothing more can be done for your tinnitus, our laser protocol can silence it "
     "permanently.", "CURE_TREATMENT_CLAIM"),
    ("OsteoCalm capsules protect women from osteoporosis after the menopause.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Last 3 lip filler appointments at \u00a399 this Saturday! Reply YES to book.", "URGENCY_SCARCITY"),
    ("Not one of our 1,500 fat-freezing clients has ever failed to lose inches.", "GUARANTEE_CERTAINTY"),
    ("Porcelain veneers by our award-winning team, with a lifetime success guarantee.", "GUARANTEE_CERTAINTY"),
    ("Over 4,000 treatments and not one of our lip filler clients has had a complication.", "SAFETY_ABSOLUTE"),
    ("\"I recommend the Brightline sleep patch to every patient who lies awake.\" Dr Ama Owusu, GP",
     "AUTHORITY_APPEAL"),
    ("Ten weeks on our weight-loss jab programme: from a size 18 to a size 12.", "BEFORE_AFTER"),
    ("Our stem cell shots are MHRA-licensed and rebuild worn knee cartilage.", "FALSE_APPROVAL_CLAIM"),
    ("Book our cord-blood infusion and wake up ten years younger.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Radial wave therapy fixes erectile dysfunction for good. No tablets, ever again.", "DISCOURAGES_STANDARD_CARE"),
    ("Why wait months on an NHS list? Our clinic treats your knee with your own stem cells next week.",
     "DISCOURAGES_STANDARD_CARE"),
    ("50% off exosome boosters at our Glow Night, on the night only.", "URGENCY_SCARCITY"),
    ("obsessed with my glow after my exosome facial at @rosebay.clinic \u2728 they gave me a code for you guys: ROSE15",
     "PRICE_INDUCEMENT"),
    ("Endometrial PRP is the most effective add-on available in London today.", "SUPERLATIVE_COMPARATIVE"),
    ("Ice baths at -110\u00b0C halve your recovery time. It's the pros' best-kept secret.",
     "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Many famous people and TV talents are coming secretly to our Umeda clinic for the supernatant drip.",
     "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("9 out of 10 doctors who tried our NAD+ drip say they would recommend it to their patients.", "AUTHORITY_APPEAL"),
]

NOT_CHARGED = [
    ("If you've been told you have high blood pressure, your GP will talk you through the options.",
     "CURE_TREATMENT_CLAIM"),
    ("Screening found that not one of the clinics had failed an inspection.", "GUARANTEE_CERTAINTY"),
    ("Calcium and vitamin D may help protect older adults from bone loss, the review concluded.",
     "DISEASE_PREVENTION_IMMUNITY"),
    ("This phone charger comes with a lifetime guarantee: if it breaks, we replace it.", "GUARANTEE_CERTAINTY"),
    ("The audit found that not one of the clinics had a written complications policy.", "SAFETY_ABSOLUTE"),
    ("Most GPs we spoke to would not recommend the patch to any patient.", "AUTHORITY_APPEAL"),
    ("The MHRA has licensed no stem cell product for knee cartilage.", "FALSE_APPROVAL_CLAIM"),
    ("The trial found patients on the new pill needed no injections for a year.", "DISCOURAGES_STANDARD_CARE"),
    ("Our late-night pharmacy is open until midnight, Saturday only.", "URGENCY_SCARCITY"),
    ("Surgery remains the most effective treatment available for severe sleep apnoea.", "SUPERLATIVE_COMPARATIVE"),
    ("A survey claimed 9 out of 10 doctors say the drip works; the regulator found no such survey.",
     "AUTHORITY_APPEAL"),
]


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_construction_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", NOT_CHARGED)
def test_the_neighbour_is_not_charged(text, category):
    assert category not in claim_findings_in(text), explain_english(text)


def test_testosterone_sold_to_the_public_is_prescription_only_promotion():
    ad = "Low T? Get testosterone prescribed online in 24 hours: more energy, more drive. First month \u00a349."
    assert "PRESCRIPTION_ONLY_PROMOTION" in claim_findings_in(ad), explain_english(ad)
    advice = "Men with low testosterone levels often feel tired; see your GP for a blood test."
    assert not claim_findings_in(advice), explain_english(advice)

"""English precision on neutral genres, after the blind2 development set (2026-11-27).

The non-violating texts of samples/gold/blind2 that were flagged for lexicon-level reasons, and
the fresh probes written after them (encyclopaedia entries, health pages, pharmacy and opening
hours pages, sports medicine, charity reviews, consumer warnings, news, research abstracts),
each stand for a class of cause: a product-type name used by a journalist, an encyclopaedic
definition, an opening-hours line, a charity's members telling it what they need, a regulator's
or tribunal's finding, a trend or a warning. None of the sentences below is taken from blind2;
each was written for this file. Each class has an advertiser's sentence of the same construction
that must stay charged, so a fix cannot silently cost recall.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def claims(text: str):
    return audit_text(text, lang="en").claims


def asserted(text: str, category: str) -> list[str]:
    return [c.text for c in claims(text) if c.category == category and c.assertion == "asserted"]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in claims(text)]}"


NEUTRAL = [
    # a product type named by a journalist is no promise of wellness
    ("NEWS | Regulator turns its attention to wellness infusions and wellness drips", "DETOX_WELLNESS_VAGUE"),
    ("IV lounges under scrutiny as wellness drips spread to the high street", "DETOX_WELLNESS_VAGUE"),
    ("Wellness clinics face new rules on who may insert a cannula", "DETOX_WELLNESS_VAGUE"),
    # an encyclopaedic definition says what a therapy is
    ("Chelation is the intravenous administration of EDTA or similar agents to remove heavy metals from the blood; doctors use it for proven lead poisoning.", "DETOX_WELLNESS_VAGUE"),
    ("Dermabrasion is a cosmetic procedure in which the outer layers of skin are sanded away to stimulate collagen production.", "ANTI_AGING_REJUVENATION"),
    ("Liraglutide is a GLP-1 receptor agonist used to treat type 2 diabetes in adults.", "CURE_TREATMENT_CLAIM"),
    # an investigator's finding and the use a product was put to
    ("Inspectors were found to have overlooked a salon that had injected placenta extract for cosmetic and anti-ageing purposes.", "ANTI_AGING_REJUVENATION"),
    ("The tribunal found that she had advised a patient with breast cancer to take vitamin drips instead of chemotherapy.", "DISCOURAGES_STANDARD_CARE"),
    ("Longevity doctor struck off after selling unlicensed peptide injections", "UNAPPROVED_PRODUCT_PROMOTION"),
    # opening hours: the latest time one can be seen, and a holiday service notice
    ("Last appointments are 15 minutes before closing on weekdays.", "URGENCY_SCARCITY"),
    ("Final appointments start at 5pm on Saturdays.", "URGENCY_SCARCITY"),
    ("We close at noon on 24 December. Last appointments that day are at 11am.", "URGENCY_SCARCITY"),
    ("Limited appointments are available over the Christmas period for urgent dental pain only.", "URGENCY_SCARCITY"),
    # a charity's members telling it what they want, need or were charged
    ("In our annual survey, our members told us they wanted more help with benefits claims.", "TESTIMONIAL"),
    ("Members have told us they found it hard to get a GP appointment.", "TESTIMONIAL"),
    ("We looked into the supplements our members told us they had bought online.", "TESTIMONIAL"),
    # a generic sports practice is popular without anyone endorsing a product
    ("Cold water immersion is popular with athletes, although studies disagree on whether it speeds recovery.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # a trend sized by a journalist
    ("Detox holidays are booming, but nutritionists doubt they do much.", "DETOX_WELLNESS_VAGUE"),
    # research framing and research being sought or funded
    ("Omega-3 supplements have been proposed to reduce the risk of depression, and this trial tested that idea.", "DISEASE_PREVENTION_IMMUNITY"),
    ("The charity funds trials of new treatments for motor neurone disease.", "CURE_TREATMENT_CLAIM"),
    ("A regular donation helps fund the research that will find a cure for Huntington's disease.", "CURE_TREATMENT_CLAIM"),
    ("Of the 25 clinics we contacted, 19 offered stem cell treatment for cerebral palsy.", "CURE_TREATMENT_CLAIM"),
    # self-care advice on a health page
    ("Things you can do to help with a sore throat\nGargle with salty water and drink plenty of fluids.", "CURE_TREATMENT_CLAIM"),
    # a consumer warning names what it warns against
    ("Filler parties are risky: nobody checks your medical history.", "PRICE_INDUCEMENT"),
    # health advice on what a modest weight loss does
    ("Losing 7% of your body weight can reduce the strain on your knees.", "WEIGHT_LOSS_CLAIM"),
    # a study's result in the news, its subject hidden by an apposition
    ("The trial, published in the New England Journal of Medicine, found that the pill cut the risk of stroke by 15%.", "DISEASE_PREVENTION_IMMUNITY"),
    # a consumer describing what a business offered them
    ("The salon offered me a 30% discount if I paid upfront. Should I be worried?", "PRICE_INDUCEMENT"),
    # standard care and self-care as the subject of advice
    ("Rehabilitation exercises can speed up recovery after a calf strain.", "PERFORMANCE_RECOVERY"),
    # a prevention heading on a line of its own (the shape of the cure heading exclusion)
    ("Preventing measles\nTwo doses of the MMR vaccine are offered to every child.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Reducing your risk of stroke\nKeep your blood pressure down and stop smoking.", "DISEASE_PREVENTION_IMMUNITY"),
]


@pytest.mark.parametrize("text, category", NEUTRAL)
def test_neutral_text_is_not_charged(text, category):
    assert asserted(text, category) == [], explain(text)


ADS = [
    ("Book our wellness drip today and feel the difference.", "DETOX_WELLNESS_VAGUE"),
    ("Our energy drips recharge you in 45 minutes.", "DETOX_WELLNESS_VAGUE"),
    ("Our chelation drip removes heavy metals from your body.", "DETOX_WELLNESS_VAGUE"),
    ("Our microneedling stimulates collagen production and takes years off your face.", "ANTI_AGING_REJUVENATION"),
    ("Our placenta infusion is the ultimate anti-ageing treatment.", "ANTI_AGING_REJUVENATION"),
    ("Last appointments left this week - book now!", "URGENCY_SCARCITY"),
    ("Last appointments before Christmas - book now!", "URGENCY_SCARCITY"),
    ("Limited appointments available this week!", "URGENCY_SCARCITY"),
    ("Our members tell us they feel ten years younger after every drip.", "TESTIMONIAL"),
    ("Our NAD+ drip is popular with athletes.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our detox retreat flushes out toxins in three days.", "DETOX_WELLNESS_VAGUE"),
    ("Our vitamin D drip reduces respiratory infections.", "CURE_TREATMENT_CLAIM"),
    ("Join the trial of our new treatment for Parkinson's today.", "CURE_TREATMENT_CLAIM"),
    ("Cheap fillers are risky. Our premium filler is 100% safe.", "SAFETY_ABSOLUTE"),
    ("Our stem cell treatment for cerebral palsy is available now.", "CURE_TREATMENT_CLAIM"),
    ("Losing 10% of your body weight can transform your confidence - start our programme today.", "WEIGHT_LOSS_CLAIM"),
    ("Published in a peer-reviewed journal: our drip cuts the risk of heart attack by 20%.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Get 30% off if you pay upfront this week.", "PRICE_INDUCEMENT"),
    ("Our recovery drip can speed up recovery after a marathon.", "PERFORMANCE_RECOVERY"),
    ("Prevent flu this winter with our immunity drip.\nBook now.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Preventing flu this winter is easy with our vitamin drip.", "DISEASE_PREVENTION_IMMUNITY"),
]


@pytest.mark.parametrize("text, category", ADS)
def test_the_same_construction_in_an_ad_is_charged(text, category):
    assert asserted(text, category), explain(text)


CODE_GAPS = [
    # a generic substance as the subject of a sports-science summary ("It can improve performance"
    # said of creatine) reads like an ad's "our drip can improve performance" word for word
    ("Creatine is one of the most studied supplements. It can improve performance in short sprints.", "PERFORMANCE_RECOVERY"),
]


@pytest.mark.xfail(strict=True, reason="code gap: a generic substance as the subject of a research summary reads like a product in an ad; telling them apart needs the subject or the genre, not lexicon data")
@pytest.mark.parametrize("text, category", CODE_GAPS)
def test_code_gap_neutral_text_is_not_charged(text, category):
    assert asserted(text, category) == [], explain(text)

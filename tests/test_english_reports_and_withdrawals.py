"""English context rules of session 18 (lexicons/context/en.yml, price_inducement.yml): an
effect limited to "some men" is hedged; what a product "had been promoted for" is reported; an ad
someone "saw" is described, not run; a service a clinic "stopped offering" or took "off our menu"
is withdrawn; a study's subjects ("In the STEP trials, adults …", "users in the X study") are a
research result; "up to 21% of body weight" is no discount and "free-practice" no free offer,
while "code X saves another $50" is money off. Each rule is checked both ways: the construction it
reads, and the advertiser's own wording it must leave charged. Every sentence here was written for
this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, english_claims_of, explain_english

CHARGED = [
    ("Our laser cap stops hair loss in men for good.", "CURE_TREATMENT_CLAIM"),
    ("Our placenta injections reverse ageing from the inside.", "ANTI_AGING_REJUVENATION"),
    ("50% off exosome facials this week, only 5 slots left!", "URGENCY_SCARCITY"),
    ("50% off exosome facials this week, only 5 slots left!", "PRICE_INDUCEMENT"),
    ("We now offer stem cell injections that repair knee cartilage.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Lose up to 15% of your body weight with semaglutide. Start today.", "WEIGHT_LOSS_CLAIM"),
    ("Lose up to 15% of your body weight with semaglutide. Start today.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Save up to 30% on semaglutide this month!", "PRICE_INDUCEMENT"),
    ("In our trial, patients lost 20% of their body weight with our jab.", "WEIGHT_LOSS_CLAIM"),
    ("Patients in our study lost 21% of their body weight on tirzepatide.", "WEIGHT_LOSS_CLAIM"),
    ("Month 1: $199 for your semaglutide pen (code NEWME saves another $50).", "PRICE_INDUCEMENT"),
    ("Your first exosome facial is free when you book before Friday.", "PRICE_INDUCEMENT"),
]

NOT_CHARGED = [
    # an effect limited to some people, in patient information
    ("Finasteride tablets can slow hair loss in some men, though the effect often fades once they are stopped.",
     "CURE_TREATMENT_CLAIM"),
    # what others promoted a product for
    ("Investigators said the placenta injections had been promoted for anti-ageing at three salons in the city.",
     "ANTI_AGING_REJUVENATION"),
    # an ad a reader saw, described on a forum
    ("Saw a Facebook ad yesterday: 50% off exosome facials, \"only 5 slots left\". Is that legit?",
     "URGENCY_SCARCITY"),
    ("Saw a Facebook ad yesterday: 50% off exosome facials, \"only 5 slots left\". Is that legit?",
     "PRICE_INDUCEMENT"),
    # services withdrawn
    ("We no longer offer stem cell injections for knee arthritis.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("We have stopped offering ozone therapy after reviewing the evidence.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("This autumn we took the exosome facial off our menu.", "UNAPPROVED_PRODUCT_PROMOTION"),
    # research results about a study's subjects
    ("In the STEP trials, adults with obesity taking semaglutide lost about 15% of body weight on average; "
     "nausea was common.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Tirzepatide users in the SURMOUNT-1 study lost up to 21% of body weight.", "WEIGHT_LOSS_CLAIM"),
    ("Tirzepatide users in the SURMOUNT-1 study lost up to 21% of body weight.", "PRICE_INDUCEMENT"),
    # a share of weight is no discount; a compound word is no free offer
    ("Adults on the higher dose lost up to 21% of body weight, the review found.", "PRICE_INDUCEMENT"),
    ("The physician carries responsibility for free-practice treatment with exosomes.", "PRICE_INDUCEMENT"),
]


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_advertisers_wording_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", NOT_CHARGED)
def test_the_construction_is_not_charged(text, category):
    assert category not in claim_findings_in(text), explain_english(text)


def test_a_withdrawn_service_is_found_and_read_as_negated():
    text = "This autumn we took the exosome facial off our menu."
    statuses = {c.assertion for c in english_claims_of(text) if c.category == "UNAPPROVED_PRODUCT_PROMOTION"}
    assert statuses == {"negated"}, explain_english(text)


def test_a_study_result_is_found_and_read_as_reported():
    text = "Tirzepatide users in the SURMOUNT-1 study lost up to 21% of body weight."
    statuses = {c.assertion for c in english_claims_of(text) if c.category == "WEIGHT_LOSS_CLAIM"}
    assert statuses == {"reported"}, explain_english(text)

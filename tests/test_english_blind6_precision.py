"""English precision on neutral genres, after the blind6 development set (2026-11-30).

Classes of cause among the non-violating texts of samples/gold/blind6 that were flagged: a regulator
narrating someone else's post or finding what a product is intended for, journalists telling what
clinics are promising, leaflets and charities that advise against a treatment or say none works
(for everyone), a clinic or pharmacy stating what it does not offer, a topic heading, an
encyclopedia defining a word, research wording ("the data are in rats") and patients' posts with
their reservations or a failed result. None of the sentences below is taken from blind6; each has an
advertiser's sentence of the same construction that must stay charged.
"""

from __future__ import annotations

import pytest

from conftest import english_findings as flagged
from conftest import explain_english as explain


NEUTRAL = [
    # a regulator narrating a third party's post
    ("An Instagram post offered 25% off lip filler for students, the regulator found.", "PRICE_INDUCEMENT"),
    # a regulator's finding
    ("The agency has determined that your \"stem cell cream\" is intended to treat arthritis.",
     "CURE_TREATMENT_CLAIM"),
    # journalists telling what clinics are promising
    ("Wellness clinics are promising renewed energy from a single infusion.", "DETOX_WELLNESS_VAGUE"),
    # a leaflet: none work for everyone; not available on the NHS
    ("Several creams are sold online, but none work for everyone.", "GUARANTEE_CERTAINTY"),
    ("Treatment for rosacea is not usually available on the NHS.", "CURE_TREATMENT_CLAIM"),
    # a charity advising against
    ("We urge parents not to use \"detox\" treatments for autism.", "CURE_TREATMENT_CLAIM"),
    ("So far no such therapy has been shown to reverse dementia.", "CURE_TREATMENT_CLAIM"),
    # a service the clinic does not offer
    ("We do not offer oxygen sessions for general wellness, beauty or sports recovery.", "PERFORMANCE_RECOVERY"),
    # a pharmacy stating the restriction
    ("Vitamin B12 injections are available from our pharmacy only with a prescription.",
     "PRESCRIPTION_ONLY_PROMOTION"),
    # research wording
    ("Almost all the data are in mice so far.", "PSEUDO_EVIDENCE"),
    # an encyclopedia's definition
    ("Detox, in medicine, means the supervised withdrawal of alcohol.", "DETOX_WELLNESS_VAGUE"),
    # a failed result
    ("Ten sessions later, nothing has improved for my dad.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_a_neutral_sentence_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


def test_a_topic_heading_is_not_charged():
    text = "Stem cell treatments for lupus\nSome clinics abroad sell them. Ask your rheumatologist first."
    found = flagged(text)
    assert "CURE_TREATMENT_CLAIM" not in found and "UNAPPROVED_PRODUCT_PROMOTION" not in found, explain(text)


@pytest.mark.parametrize("text", [
    "Tried PRP for my thinning hair and maybe it is a bit thicker after five sessions, but I'd started a new "
    "shampoo too so who knows.",
    "Four months on a weight-loss jab and I'm down 9 kg. Not naming anyone, I don't want this to become a sales thread.",
])
def test_a_patients_post_with_its_reservation_charges_nothing(text):
    assert flagged(text) == set(), explain(text)


ADS = [
    ("Our Instagram offer: 25% off lip filler for students!", "PRICE_INDUCEMENT"),
    ("Our stem cell cream treats arthritis naturally.", "CURE_TREATMENT_CLAIM"),
    ("Our infusion brings renewed energy in a single session.", "DETOX_WELLNESS_VAGUE"),
    ("Our cream works for everyone, guaranteed.", "GUARANTEE_CERTAINTY"),
    ("Treatment for rosacea is now available at our clinic - book today.", "CURE_TREATMENT_CLAIM"),
    ("Our detox treatments for autism help children thrive.", "CURE_TREATMENT_CLAIM"),
    ("Our therapy has been shown to reverse dementia.", "CURE_TREATMENT_CLAIM"),
    ("Book our oxygen sessions for faster sports recovery.", "PERFORMANCE_RECOVERY"),
    ("The data are in: our drip boosts energy by 80%.", "PSEUDO_EVIDENCE"),
    ("Detox your body with our 3-day juice cleanse.", "DETOX_WELLNESS_VAGUE"),
    ("Stem cell treatments for lupus at our Cancun clinic - results in weeks.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("After just one session my back pain was gone! Book at Spine Revive.", "TESTIMONIAL"),
    ("Four months on our weight-loss jab and I'm down 9 kg! Use code SLIM10.", "WEIGHT_LOSS_CLAIM"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_of_the_same_construction_stays_charged(text, category):
    assert category in flagged(text), explain(text)

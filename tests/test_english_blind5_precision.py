"""English precision on neutral genres, after the blind5 development set (2026-11-29).

The non-violating texts of samples/gold/blind5 that were flagged for lexicon-level reasons each
stand for a class of cause: a business type used as a name in a job ad, a patient's post with its
warning or the writer's own side effects, a relative who "swears by" something, star glyphs over a
review with no treatment outcome, news and rules naming others' offers (promises counted, arrests,
court reports, clinics abroad, a product type a rule says is not legitimate) and standard care
described by its evidence. None of the sentences below is taken from blind5; each was written for
this file. Each class has an advertiser's sentence of the same construction that must stay charged,
so a fix cannot silently cost recall.
"""

from __future__ import annotations

import pytest

from conftest import assert_reservation_clears
from conftest import english_claims_of as claims
from conftest import english_findings as flagged
from conftest import explain_english as explain


# (a patient's story, its reservation): the story alone reads as a testimonial; with the
# writer's warning or own side effect it is the writer's account, and nothing is charged
PATIENT_POSTS = [
    ("Started testosterone in spring and my mood is so much better.",
     "My haematocrit got too high though, so I had to donate blood. Don't blindly trust the prescriber."),
    ("Started testosterone in spring and my mood is so much better.",
     "Never just trust your clinic with the monitoring."),
    ("Had my lips done at the weekend and I look ten years younger.",
     "The injections stung more than I expected."),
    ("Had my lips done at the weekend and I look ten years younger.",
     "It was more painful than I was told, mind."),
]


@pytest.mark.parametrize("story,reservation", PATIENT_POSTS)
def test_a_patients_post_with_its_reservation_charges_nothing(story, reservation):
    assert_reservation_clears(story, reservation)


PATIENT_ADS = [
    # the same harms on a page that names the advertiser or offers a code
    ("Had my lips done at Plump Studio and I look ten years younger! It hurt more than I expected, but our numbing "
     "cream sorted it. Book now.", "ANTI_AGING_REJUVENATION"),
    ("My haematocrit went high at first but TRT at our clinic changed my life. Use code VITAL10 for 10% off.",
     "TESTIMONIAL"),
    # a testimonial with no reservation
    ("TRT changed my life, my energy is through the roof. Book now at Vital Men's Clinic.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text,category", PATIENT_ADS)
def test_a_testimonial_ad_stays_charged(text, category):
    assert category in flagged(text), explain(text)


NEUTRAL = [
    # a business type as the name of an employer in a job ad
    ("Rejuvenation centre in Leeds is recruiting two aesthetic nurses. Apply by email.", "ANTI_AGING_REJUVENATION"),
    ("Longevity Clinic Zurich seeks an experienced phlebotomist for its research unit.", "ANTI_AGING_REJUVENATION"),
    # a relative who swears by something is nobody famous
    ("My grandad swears by these cod liver capsules, but I can't see any trials.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # stars over a review of the reception and the car park
    ('★★★★★ "The receptionist was kind and the car park was free."', "TESTIMONIAL"),
    # others' promises counted by a journalist
    ("Leaflets for weight-loss jabs have appeared across the city, several claiming you can lose a stone in a week "
     "for half the usual price.", "PRICE_INDUCEMENT"),
    ("Open any magazine and you will read promises that a vitamin drip will 'supercharge immunity'.",
     "DISEASE_PREVENTION_IMMUNITY"),
    # clinics placed abroad
    ("Many clinics overseas offer 'immune boosting' infusions to cancer patients.", "DISEASE_PREVENTION_IMMUNITY"),
    # arrests and a clinic's past acts narrated
    ("Two nurses were arrested over a salon that had injected unlicensed fillers into customers for 'anti-ageing' "
     "results.", "ANTI_AGING_REJUVENATION"),
    # court reports
    ("The court heard that the spa had marketed its fat-freezing as risk-free.", "SAFETY_ABSOLUTE"),
    ("A coroner in Leeds heard that the clinic had advertised the procedure as risk-free.", "SAFETY_ABSOLUTE"),
    # a product type named by a rule
    ("Under the league's rules, recovery drips from wellness clinics are not permitted without a TUE.",
     "PERFORMANCE_RECOVERY"),
    # standard care described by its evidence
    ("Topical retinoids remain the best-studied treatments for acne scarring.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_neutral_text_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


ADS = [
    # the advertiser's own clinic by its type, with no job to fill
    ("Our rejuvenation centre seeks to turn back your biological clock.", "ANTI_AGING_REJUVENATION"),
    # a famous person swearing by the product
    ("Olympic champion Sam Reid swears by our recovery drip.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # stars over a review with an outcome at the advertiser
    ('★★★★★ "My acne cleared after two peels at Glow Clinic!"', "TESTIMONIAL"),
    ('★★★★★ "Lovely staff, and my skin has never looked better."', "TESTIMONIAL"),
    # the promise made, not counted
    ("Lose a stone in a week for half the usual price!", "PRICE_INDUCEMENT"),
    ("Our vitamin drip will supercharge immunity.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our clinic offers immune boosting drips.", "DISEASE_PREVENTION_IMMUNITY"),
    ("Our fat-freezing is risk-free.", "SAFETY_ABSOLUTE"),
    ("Our recovery drips get you match-ready by Monday.", "PERFORMANCE_RECOVERY"),
    # the ad's own product as the one treatment ('is the', singular)
    ("Our exosome facial is the best-studied treatment for acne scarring.", "CURE_TREATMENT_CLAIM"),
    ("Our exosome facials are the fastest treatments for acne scarring.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_of_the_same_construction_stays_charged(text, category):
    assert category in flagged(text), explain(text)


def test_the_clinic_type_in_an_ad_is_still_a_claim():
    text = "Our rejuvenation centre seeks to turn back your biological clock."
    assert any(c.category == "ANTI_AGING_REJUVENATION" and c.text.lower() == "rejuvenation centre"
               and c.assertion == "asserted" for c in claims(text)), explain(text)


@pytest.mark.parametrize("text,category", [NEUTRAL[i] for i in (4, 5, 6, 7, 8, 9, 10, 11)])
def test_a_cue_clears_the_claim(text, category):
    """The news, court, rule and standard-care texts still hold the claim, as reported: the cue, not a
    missing term, clears them."""
    assert any(c.category == category and c.assertion == "reported" for c in claims(text)), explain(text)

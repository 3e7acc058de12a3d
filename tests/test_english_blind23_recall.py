"""English claim constructions added after blind23's first run (lexicons/claims/en, context/en):
medicine given up "ever again", "why wait on an NHS list", deadlines "until Friday only" and "on
the night only", an influencer's "code for you guys", "the most effective add-on available", "the
pros' best-kept secret", famous people "coming secretly", and "9 out of 10 doctors … say" as the
ad's own endorsement (its "say" reports nothing). Each pair: the ad's sentence is charged (it was
not before), a neighbour that is no claim is not. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

CHARGED = [
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

"""Precision on text that uses ad words without advertising (the classes blind16, a development
set written to be hard on false positives, showed). Sentences are ours; each class has an ad
counterpart that must stay charged."""

from __future__ import annotations

import pytest

from conftest import assert_claimed, english_findings


@pytest.mark.parametrize("text", [
    "Full time: Riverside 2-0 Harbour Town. Riverside go No.1 in the table after a third straight win.",
    "The new hatchback is No.1 in its class for boot space, and finance starts at 2.9% APR.",
    "1★. The clinic said the drip would cure my migraines. It did nothing and they refused a refund.",
    "Limitations: the trial was small and unblinded, and the before-and-after photographs were rated by one "
    "assessor. The results should not be read as proof that the device tightens skin.",
])
def test_ad_words_outside_an_ad_are_charged_with_nothing(text):
    assert english_findings(text) == set(), text


@pytest.mark.parametrize("text, category", [
    ("Voted No.1 in the city for skin boosters - book your glow drip today.", "SUPERLATIVE_COMPARATIVE"),
    ("5★ The NAD+ drip cured my brain fog in a week!", "TESTIMONIAL"),
    ("Before-and-after photos: real patients, real results from our HIFU facelift.", "BEFORE_AFTER"),
])
def test_the_same_words_in_an_ad_are_charged(text, category):
    assert_claimed(text, category)

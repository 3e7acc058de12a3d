"""Offers of other trades (lexicons/context/en.yml, status elsewhere: gyms, hair, nail and tanning
salons, pet insurance, shops) are no health ads: their "50% off, today only" is off the topic of
health. A clinic's offer with the same words stays charged. Every sentence here was written for
this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english


@pytest.mark.parametrize("text", [
    "Black Friday at Ironside Gym: 50% off your first two months, today only! Unlimited classes and the pool included.",
    "Glow Hair Studio: 40% off balayage on Wednesdays with our graduate stylists. Book now, slots are limited.",
    "Paws First Pet Insurance: first month free when you insure two pets.",
])
def test_offers_of_other_trades_are_not_charged(text):
    assert not claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", [
    ("50% off Botox this Black Friday, today only!", "PRICE_INDUCEMENT"),
    ("Only 3 slots left this week for your skin consultation, book now!", "URGENCY_SCARCITY"),
    ("Our NAD+ drip is 40% off on Wednesdays. Book now, slots are limited.", "URGENCY_SCARCITY"),
])
def test_a_clinics_offer_stays_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)

"""English rules added after blind26's first run (lexicons/context/en.yml, claims/en): words of
computers, plumbing and cleaning are off topic; a research study's voucher "to cover their time" is
no inducement; a charity hearing from members who paid for false promises relays no testimonial;
"raise energy use" is physiology, not an energy claim; a complaint to the ad regulator reports the ad. Each text was charged before its rule; the
advertiser's own forms stay charged. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

NOT_AN_AD = [
    'Fastest recovery times in the industry: we restore lost files from damaged hard drives.',
    '"Arrived on time, fixed the pipe and tidied up." Five-star review for Hale Plumbing from a customer in Leeds.',
    'Our Kitchen Spray kills 99.9% of germs on hard surfaces in 60 seconds. Keep out of reach of children.',
    'Participants receive a £20 voucher for each of three visits to cover their time.',
    'We often hear from members who have paid for lasers or supplements that promised to "silence tinnitus permanently".',
    'No, a cold chamber will not "burn 800 calories". Cold exposure does raise energy use a little, but not by much.',
    'Dear Advertising Standards team, a clinic called Oakleaf Hormone Rooms runs ads claiming its bioidentical hormones have "none of the risks of HRT". My aunt nearly stopped her prescribed HRT because of it.',
]

ADVERTISERS_OWN = [
    ("The fastest recovery times in London: our IV drip has you back on your feet in an hour.", "SUPERLATIVE_COMPARATIVE"),
    ("Book three sessions and receive a £20 voucher towards your next drip.", "PRICE_INDUCEMENT"),
    ("We hear from happy clients every day: \"My tinnitus is gone after two sessions!\"", "TESTIMONIAL"),
    ("Our B12 drip raises your energy for a whole week.", "DETOX_WELLNESS_VAGUE"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", ADVERTISERS_OWN)
def test_the_advertisers_own_wording_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)

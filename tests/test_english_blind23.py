"""English rules added after blind23's first run (lexicons/context/en.yml, claims/en): who owns a
clinic ("doctor-owned") is no authority appeal; practices a clinic rules out ("we don't post …",
"decided not to offer", "decline infusions for athletes") are negated; what an audience "had heard
that" is reported; theatre tickets and leather balm are off topic; an eye-roll is sarcasm; a quiz,
satire, a club's notice to its squad and a glossary entry are no ads; a message to patients already
prescribed a medicine is care, not promotion; "Patients often ask us about" is no invitation. Each
text was charged before its rule; the advertiser's own forms stay charged. Every sentence here was
written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

NOT_AN_AD = [
    'Job: Clinic nurse\nWe are a small, doctor-owned skin clinic in Harrogate looking for a nurse prescriber.',
    "Our social media policy: we don't post before-and-after photos, patient reviews about results, discount codes or countdown offers.",
    'Patients often ask us about exosome facials. We have decided not to offer them until a licensed product exists.',
    'You will assess every client and decline infusions for athletes in tested sport unless they hold a TUE.',
    'By dessert, the retirees had heard that a clinic abroad could "regrow" worn knees and "reverse" Parkinson\'s.',
    "Only 2 tickets left for Saturday's matinee. The evening show is sold out.",
    'Anti-ageing leather balm: feeds dry hides and brings back the colour of a tired saddle.',
    'Oh sure, the foot pads went brown, so they MUST have pulled out all my toxins. 10/10, would detox again 🙄',
    'Quiz question 4: Which of these would breach the rules? (a) "Botox from £99" (b) "Book a consultation". Answer: (a).',
    'NEWS IN BRIEF: Spa unveils £300 "Air Drip" that "removes toxins you didn\'t know you had". (The Daily Spork, satire)',
    'Reminder to all squad members: IV infusions of more than 100 mL in 12 hours are prohibited. Recovery drips at lounges are not an exception.',
    'Detoxification (medicine): the removal of a toxic substance from the body, as in treating poisoning.',
    'Reminder for patients on semaglutide through our service: your next dose increase is due this week.',
]

ADVERTISERS_OWN = [
    ("Ask us about our exosome facials today!", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Only 2 slots left for Saturday's NAD+ drips!", "URGENCY_SCARCITY"),
    ("Our anti-ageing exosome facial turns back the clock.", "ANTI_AGING_REJUVENATION"),
    ("Our stem cell injections regrow worn knee cartilage.", "CURE_TREATMENT_CLAIM"),
    ("Use discount code GLOW20 for 20% off your vitamin drip.", "PRICE_INDUCEMENT"),
    ("Start semaglutide through our service today and lose up to 15% of your weight.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Our recovery drip gets you back on the pitch in half the time.", "PERFORMANCE_RECOVERY"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", ADVERTISERS_OWN)
def test_the_advertisers_own_wording_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)

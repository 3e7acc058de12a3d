"""Pages that use the words of health claims without making one (session 18, after blind20's first
run): a definition ("X, in pharmacology, is …"), an industry described, a Reddit member's own
account, what a patient asked a GP for, a reviewer's "would not … again", a seller of long ago
("In 1898 …"), a guideline's numbered recommendation, a maxim quoted in an obituary, a regulator's
target narrated, a medicine's package leaflet, another seller's past promise, a rose nursery, a
spa town's guest card, a relative's belief relayed in a question, "prescription-only" as an
adjective, the body's "first line of defence", a best-before date, advice to stop a rash coming
back, a film's plot, a hotel's last rooms, an appliance's price promise, and a question inside
quotation marks. None of these texts is charged with anything; each was charged before its rule
was added. The advertiser's own versions of the same words stay charged. Every sentence here was
written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

NOT_AN_AD = [
    'The anti-ageing industry is a loose collection of clinics and brands that aim to slow or reverse ageing.',
    'r/loseit · Posted by u/kettlebell_kate\nStarted tirzepatide through my GP in March. Down 9 kg so far.',
    'Asked my GP for an anti-ageing treatment. She said to wear sunscreen.',
    '10/10, would not detox again.',
    "In 1898 the Harlow Electric Corset promised to cure 'indigestion and nervous exhaustion' with copper coils.",
    'Recommendation 1.2.3: Consider semaglutide for managing obesity in adults only within a specialist service.',
    'Her trainees still quote her line that the best treatment is the one the evidence supports.',
    'It went to a medical corporation that had discounted flu jabs for patients who posted 5-star Google reviews.',
    'Package leaflet: Information for the patient\n\nThis medicine contains semaglutide. It works by acting on receptors in the brain that control your appetite, making you feel fuller.',
    'One promised "guaranteed improvement within weeks".',
    "Rose black spot can't be cured once leaves are infected. Our best-selling resistant rose is back in stock.",
    'Visit Harrowgate › Things to do › Spa\n\nGuest card holders: 10% off entry to the thermal baths.',
    'Detoxification, in pharmacology, is the supervised withdrawal of a drug of dependence.',
    'My sister swears the ozone sauna cured her eczema. Is there any evidence?',
    'A prescription-only treatment in which a medicine is injected to soften frown lines.',
    "Skin is the body's first line of defence against infection.",
    'Best before: 11/2027',
    "Keep the cream on for a week so the rash doesn't come back.",
    'The miracle cure at the centre of the film turns out to be coloured water.',
    'Only 3 rooms left for your dates! Free cancellation until 24 hours before arrival.',
    'Best price guaranteed: find this air fryer cheaper at another retailer and we will refund the difference.',
    "'Can a vitamin drip cure long COVID?' a GP answers: no.",
    '10/10, would not detox again.',
]

ADVERTISERS_OWN = [
    ("Our detox drip flushes toxins from your liver in one session.", "DETOX_WELLNESS_VAGUE"),
    ("Our longevity programme reverses ageing at the cellular level.", "ANTI_AGING_REJUVENATION"),
    ("Down 9 kg in a month on our tirzepatide plan - start today!", "WEIGHT_LOSS_CLAIM"),
    ("Our copper corset cures indigestion and nervous exhaustion.", "CURE_TREATMENT_CLAIM"),
    ("Our vitamin drip is your best defence against winter flu.", "SUPERLATIVE_COMPARATIVE"),
    ("We are the only clinic in Leeds offering exosome facials.", "SUPERLATIVE_COMPARATIVE"),
    ("Guaranteed: your acne won't come back after our laser course.", "GUARANTEE_CERTAINTY"),
    ("Before: tired, dull skin. After: a glow that lasts.", "BEFORE_AFTER"),
    ("Only 3 slots left for the NAD+ drip this week!", "URGENCY_SCARCITY"),
    ("Guest card holders get 10% off every IV vitamin drip.", "PRICE_INDUCEMENT"),
    ("Can our NAD+ drip cure long COVID? Absolutely.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_page_is_not_charged(text):
    assert not claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", ADVERTISERS_OWN)
def test_the_advertisers_own_wording_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)

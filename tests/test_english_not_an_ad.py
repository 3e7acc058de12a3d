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
written for this file.

Also, after blind23's and blind26's first runs: "doctor-owned" is no authority appeal; practices a
clinic rules out, what an audience "had heard that", theatre tickets and leather balm, an eye-roll,
a quiz, satire, a club's notice, a glossary entry, a message to patients already prescribed, words
of computers, plumbing and cleaning, a complaint to the ad regulator, a study's voucher "to cover
their time", a charity hearing from members who paid for false promises, and "raise energy use"."""

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
    'Job: Clinic nurse\nWe are a small, doctor-owned skin clinic in Harrogate looking for a nurse prescriber.',
    "Our social media policy: we don't post before-and-after photos, patient reviews about results, discount codes or countdown offers.",
    'Patients often ask us about exosome facials. We have decided not to offer them until a licensed product exists.',
    'You will assess every client; you will decline infusions for athletes in tested sport unless they hold a TUE.',
    'By dessert, the retirees had heard that a clinic abroad could "regrow" worn knees and "reverse" Parkinson\'s.',
    "Only 2 tickets left for Saturday's matinee. The evening show is sold out.",
    'Anti-ageing leather balm: feeds dry hides and brings back the colour of a tired saddle.',
    'Oh sure, the foot pads went brown, so they MUST have pulled out all my toxins. 10/10, would detox again 🙄',
    'Quiz question 4: Which of these would breach the rules? (a) "Botox from £99" (b) "Book a consultation". Answer: (a).',
    'NEWS IN BRIEF: Spa unveils £300 "Air Drip" that "removes toxins you didn\'t know you had". (The Daily Spork, satire)',
    'Reminder to all squad members: IV infusions of more than 100 mL in 12 hours are prohibited. Recovery drips at lounges are not an exception.',
    'Detoxification (medicine): the removal of a toxic substance from the body, as in treating poisoning.',
    'Reminder for patients on semaglutide through our service: your next dose increase is due this week.',
    'Fastest recovery times in the industry: we restore lost files from damaged hard drives.',
    '"Arrived on time, fixed the pipe and tidied up." Five-star review for Hale Plumbing from a customer in Leeds.',
    'Our Kitchen Spray kills 99.9% of germs on hard surfaces in 60 seconds. Keep out of reach of children.',
    'Participants receive a £20 voucher for each of three visits to cover their time.',
    'We often hear from members who have paid for lasers or supplements that promised to "silence tinnitus permanently".',
    'No, a cold chamber will not "burn 800 calories". Cold exposure does raise energy use a little, but not by much.',
    'Dear Advertising Standards team, a clinic called Oakleaf Hormone Rooms runs ads claiming its bioidentical hormones have "none of the risks of HRT". My aunt nearly stopped her prescribed HRT because of it.',
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
    ("Ask us about our exosome facials today!", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Only 2 slots left for Saturday's NAD+ drips!", "URGENCY_SCARCITY"),
    ("Our anti-ageing exosome facial turns back the clock.", "ANTI_AGING_REJUVENATION"),
    ("Our stem cell injections regrow worn knee cartilage.", "CURE_TREATMENT_CLAIM"),
    ("Use discount code GLOW20 for 20% off your vitamin drip.", "PRICE_INDUCEMENT"),
    ("Start semaglutide through our service today and lose up to 15% of your weight.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Our recovery drip gets you back on the pitch in half the time.", "PERFORMANCE_RECOVERY"),
    ("Our NAD+ drip prevents cognitive decline and boosts your memory.", "DISEASE_PREVENTION_IMMUNITY"),
    # words of the new cues in an ad's own sentence: "on the go", "never run out", "don't show your age"
    ("Perfect for people on the go: our IV drip restores your energy in 30 minutes.", "DETOX_WELLNESS_VAGUE"),
    ("Never run out of steam again: our NAD+ drip boosts energy for a week.", "DETOX_WELLNESS_VAGUE"),
    ("Don't show your age: our exosome facial turns back the clock.", "ANTI_AGING_REJUVENATION"),
    ("The fastest recovery times in London: our IV drip has you back on your feet in an hour.", "SUPERLATIVE_COMPARATIVE"),
    ("Book three sessions and receive a £20 voucher towards your next drip.", "PRICE_INDUCEMENT"),
    ("We hear from happy clients every day: \"My tinnitus is gone after two sessions!\"", "TESTIMONIAL"),
    ("Our B12 drip raises your energy for a whole week.", "DETOX_WELLNESS_VAGUE"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_page_is_not_charged(text):
    assert not claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", ADVERTISERS_OWN)
def test_the_advertisers_own_wording_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)

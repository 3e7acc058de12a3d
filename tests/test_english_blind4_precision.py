"""English precision on neutral genres, after the blind4 development set (2026-11-28).

The non-violating texts of samples/gold/blind4 that were flagged for lexicon-level reasons each
stand for a class of cause: a patient's own post with its reservations (asking others, "not a
miracle", the writer's own side effects, a relative's kindness doubted, advice to ask one's own
doctor), "according to" before a long report, a third party's belief, encyclopaedic "is used
medically to", a publisher's checklist, a product type placed at other businesses, a fact-check's
qualified evidence and a charity's "no stem cell therapy has been shown". None of the sentences
below is taken from blind4; each was written for this file. Each class has an advertiser's
sentence of the same construction (a testimonial in an ad, an influencer's post with a code, the
ad's own voice) that must stay charged, so a fix cannot silently cost recall.
"""

from __future__ import annotations

import pytest

from conftest import assert_reservation_clears
from conftest import english_claims_of as claims
from conftest import english_findings as flagged
from conftest import explain_english as explain


# (a patient's story, its reservation): the story alone reads as a testimonial; with the
# reservation it is the writer's own account, and nothing is charged
PATIENT_POSTS = [
    # asking others
    ("Three months on Wegovy and I've lost 11 kg.",
     "Anybody else get sulphur burps in the evenings?"),
    # the writer's own side effects
    ("Had the tear trough filler done in June and I look ten years younger.",
     "Had some bruising for a few days but honestly no regrets."),
    ("Tried the jawline filler for the first time and it's taken ten years off me!",
     "A bit of swelling for three days, mind."),
    ("Lost 9 kg on Mounjaro since January.",
     "The sickness on 5 mg was rough though."),
    ("After the profhilo I look ten years younger.",
     "It took about a week to settle."),
    # "not a miracle", the work still needed
    ("Four sessions of laser in and my pigmentation is fading nicely, my skin looks years younger.",
     "It's not a miracle cure, I still had to wear SPF every single day."),
    # a relative's kindness doubted
    ("My partner says I look ten years younger since the anti-wrinkle injections,",
     "though I think he's just being nice."),
    # pointing to the reader's own doctor
    ("The NAD drips cleared my brain fog after long COVID.",
     "Might be worth asking your GP whether a referral is possible."),
    ("Lost 14 kg on tirzepatide since March.",
     "My nurse says stick with it for another three months before we change the dose."),
]


@pytest.mark.parametrize("story,reservation", PATIENT_POSTS)
def test_a_patients_post_with_its_reservation_charges_nothing(story, reservation):
    assert_reservation_clears(story, reservation)


PATIENT_ADS = [
    # the testimonial's trope: nerves in the past, then praise
    ("I was nervous at first, but after three sessions of our exosome facial my skin looks ten years younger!",
     "ANTI_AGING_REJUVENATION"),
    ("I was so nervous before my first session, but the team at Glow Clinic were amazing and my wrinkles have vanished.",
     "TESTIMONIAL"),
    # a side effect minimised in the ad's voice
    ("Our glow drip made my skin look ten years younger. A bit of redness for a day, that's all!", "ANTI_AGING_REJUVENATION"),
    ("Our glow drip made my skin look ten years younger. Just a bit of redness for a day!", "ANTI_AGING_REJUVENATION"),
    ("My lips look amazing after the filler at @plumpstudio. A little redness for a day, that's all! "
     "Code PLUMP15 gets you 15% off.", "PRICE_INDUCEMENT"),
    # an influencer asking her followers, with a code
    ("Anyone else obsessed with the glow drip at @luxe.iv? My skin has never looked better! Use code GLOW for 10% off.",
     "TESTIMONIAL"),
    ("Anyone else find the jabs switch off hunger? Lost 12 kg on the SlimPen plan - use code SLIM20 for 20% off.",
     "WEIGHT_LOSS_CLAIM"),
    # "not a miracle" as the ad's trope
    ("It's not a miracle, it's science: our NAD+ drip reverses ageing at the cellular level.", "ANTI_AGING_REJUVENATION"),
    # an FAQ's question is no reservation
    ("Do I still need to diet on the Mounjaro plan?\nNope! The jab switches off hunger, so you lose 10 kg without counting a calorie.",
     "WEIGHT_LOSS_CLAIM"),
    # a rhetorical "worth asking your GP?" answered by the ad is no patient's advice
    ("Worth asking your GP about it? No need - our clinic prescribes Wegovy online, lose 15% of your weight.",
     "WEIGHT_LOSS_CLAIM"),
    # a pharma ad's "ask your doctor" is no patient's advice
    ("Ask your doctor if Mounjaro is right for you. Lose up to 20% of your body weight.", "WEIGHT_LOSS_CLAIM"),
]


@pytest.mark.parametrize("text,category", PATIENT_ADS)
def test_a_testimonial_or_influencer_ad_stays_charged(text, category):
    assert category in flagged(text), explain(text)


NEUTRAL = [
    # "according to" before a long report reaches the end of its sentence
    ("According to the flyer pushed through doors on our street last week, which also advertised a raffle and a "
     "coffee morning at the church hall, the patches would let diabetics come off insulin for good.",
     "DISCOURAGES_STANDARD_CARE"),
    # a third party's belief, named by a writer
    ("In the profile, the former estate agent describes his plans to expand, his two dogs and his conviction that "
     "the stem cell shots he sells can cure MS within a year.", "CURE_TREATMENT_CLAIM"),
    # encyclopaedic "is used medically to"
    ("Glycopyrronium is an anticholinergic drug. Taken by mouth, it is used medically to treat excessive drooling "
     "and stomach ulcers.", "CURE_TREATMENT_CLAIM"),
    # a publisher's checklist names the claims to remove
    ("Editor's checklist: take out any mention that a peel is painless, permanent or risk-free.", "SAFETY_ABSOLUTE"),
    # a product type placed at other businesses
    ("Competitors should note that recovery infusions at drip bars are not covered by the medical exemption.",
     "PERFORMANCE_RECOVERY"),
    # a fact-check's qualified evidence
    ("Claim: vitamin C drips prevent colds. Verdict: Misleading. Early clinical studies show vitamin C levels rise "
     "after a drip, but none has shown fewer colds.", "PSEUDO_EVIDENCE"),
    # a charity's negation with the kind of treatment between "no" and its noun
    ("So far no exosome treatment has been proven to reverse macular degeneration, and we encourage you to talk to "
     "your eye doctor.", "CURE_TREATMENT_CLAIM"),
    ("So far no exosome treatment has been proven to reverse macular degeneration, and we encourage you to talk to "
     "your eye doctor.", "PSEUDO_EVIDENCE"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_neutral_text_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


@pytest.mark.parametrize("text,category", NEUTRAL[:5] + NEUTRAL[6:7])
def test_a_cue_clears_the_claim(text, category):
    """The neutral texts cleared by a context cue still hold the claim, as reported or negated:
    the cue, not a missing term, clears them (the fact-check's qualified studies and the denied
    proof are exclusions, so no claim is left)."""
    assert any(c.category == category for c in claims(text)), explain(text)


ADS = [
    # the advertiser relaying its own patients with "according to"
    ("According to our patients, who come to us from all over the country after years of failed treatments, our "
     "chelation drip lets you come off insulin for good.", "DISCOURAGES_STANDARD_CARE"),
    ("According to our clients, our NAD+ drip is the best in London.", "SUPERLATIVE_COMPARATIVE"),
    # the advertiser's own belief
    ("It is our firm belief that our stem cell shots can cure MS within a year.", "CURE_TREATMENT_CLAIM"),
    # the product itself as the subject of "used medically"
    ("Our NAD+ drip is used medically to reverse ageing and cure chronic fatigue.", "ANTI_AGING_REJUVENATION"),
    # "remove any doubt" is no checklist
    ("Remove any doubt: our chemical peel is painless, permanent and risk-free.", "SAFETY_ABSOLUTE"),
    # the advertiser's own recovery drips
    ("Our recovery drips are back at the Soho lounge - book now.", "PERFORMANCE_RECOVERY"),
    ("Recovery drips at our clinic get you match-ready in 24 hours.", "PERFORMANCE_RECOVERY"),
    # unqualified evidence in the ad's voice
    ("Studies show our vitamin C drip prevents colds and flu.", "PSEUDO_EVIDENCE"),
    # "no stem cell therapy has…" as the ad's boast, and proof claimed
    ("No stem cell therapy has ever worked like ours: it reverses Parkinson's in weeks.", "CURE_TREATMENT_CLAIM"),
    ("Our exosome treatment has been proven to reverse macular degeneration.", "PSEUDO_EVIDENCE"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_the_same_construction_in_an_ad_is_charged(text, category):
    assert category in flagged(text), explain(text)

"""English recall on construction classes found missing when the analyzer met a ninth blind
development set of clinic copy (red-light and cryo studios, compounded GLP-1 offers, chelation
and hormone clinics, influencer posts, reader offers in lifestyle features, athlete drips).

Each advertising line must be found with its category as an asserted claim; each neutral
counterpart (news, a leaflet, a regulator's note, a negation, an unrelated trade) must not be
charged with that category as an asserted claim. Every sentence here was written for these
tests; none is taken from the development set."""

from __future__ import annotations

import pytest

from conftest import assert_claimed, english_findings, recall_probe_tests


ADVERTISING = [
    # celebrity: "secret weapon / favourite of" with a place or a qualifier before the stars
    ("Our recovery drip is the secret weapon of Sydney's elite cyclists.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Our pearl facial is a favourite of Bollywood actresses.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # guarantee: a percentage result guaranteed after its noun; free treatment until it works
    ("100% clear skin guaranteed!", "GUARANTEE_CERTAINTY"),
    ("Visible results in 8 weeks, or we keep treating you for free.", "GUARANTEE_CERTAINTY"),
    # prescription-only hormones sold by their benefits or from the advertiser's doctors
    ("Testosterone injections build muscle and restore your drive.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("HGH therapy with our hormone specialists, now in Bristol.", "PRESCRIPTION_ONLY_PROMOTION"),
    # price: struck price with an arrow, free delivery for ordering before a deadline,
    # a free body-composition analysis for booking
    ("Hydrafacial £180 → £120", "PRICE_INDUCEMENT"),
    ("Order before 3pm for free same-day delivery of your weight loss pen.", "PRICE_INDUCEMENT"),
    ("Book this week and get a free body-composition analysis.", "PRICE_INDUCEMENT"),
    # pseudo-evidence: a rate of qualified professionals; a success rate of clients
    ("Recommended by 8 out of 10 cosmetic dermatologists.", "PSEUDO_EVIDENCE"),
    ("Our laser clears pigmentation in 96% of patients.", "PSEUDO_EVIDENCE"),
    # authority: a rate of professionals with a qualifier
    ("9 in 10 aesthetic nurses use our serum.", "AUTHORITY_APPEAL"),
    # weight loss: drop or shed a figure in kilos
    ("Retreat guests shed 4-6 kg in ten days.", "WEIGHT_LOSS_CLAIM"),
    # anti-ageing: healthy ageing supported, healthy years added
    ("Our NMN infusion supports healthy ageing at the cellular level.", "ANTI_AGING_REJUVENATION"),
    ("Our longevity membership can add healthy years to your life.", "ANTI_AGING_REJUVENATION"),
    # cure: help with a disease as its object, permanent clearing of a list of conditions,
    # the alleged cause removed, the advertiser's programme as the subject of "has helped"
    ("Our ozone drip helps asthma, eczema and migraines.", "CURE_TREATMENT_CLAIM"),
    ("Rosacea, acne scars, redness: gone for good with our IPL.", "CURE_TREATMENT_CLAIM"),
    ("Our detox clears the toxins that cause chronic fatigue syndrome.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cell programme has helped patients with Parkinson's walk unaided.", "CURE_TREATMENT_CLAIM"),
    # detox: heavy metals pulled out, a whole-system reset, telegraphic wellness
    ("Our IV chelation flushes out toxic heavy metals.", "DETOX_WELLNESS_VAGUE"),
    ("Ten minutes in our float tank resets your entire nervous system.", "DETOX_WELLNESS_VAGUE"),
    ("Think of our sauna as your body's reset button.", "DETOX_WELLNESS_VAGUE"),
    ("Our vitamin drip: feel clearer, sleep better.", "DETOX_WELLNESS_VAGUE"),
    # performance: drip recovery after a weigh-in or race; healing speed multiplied
    ("Our 1-litre drip helps boxers rehydrate after the weigh-in.", "PERFORMANCE_RECOVERY"),
    ("Our peptide stack helps repair sprained ankles and pulled hamstrings 2x faster.", "PERFORMANCE_RECOVERY"),
    # false approval: a ministry's recognition of an unrecognised specialty
    ("Dr Osei is accredited by the Ministry of Health as a stem cell specialist.", "FALSE_APPROVAL_CLAIM"),
    # before/after in a caption; stealth: a treatment given for posting, a reader offer
    ("my forehead lines before vs today, wow", "BEFORE_AFTER"),
    ("my injector did my lips complimentary in exchange for a review, go see her", "STEALTH_ADVERTISING"),
    ("Readers who phone today receive 20% off their first infusion.", "STEALTH_ADVERTISING"),
    # superlative: a treatment result ranked first in a town
    ("Best lip filler in Brighton, no contest.", "SUPERLATIVE_COMPARATIVE"),
    # unapproved: a compounded copy sold by its weight-loss result
    ("Drop two dress sizes on compounded tirzepatide, shipped to your door.", "UNAPPROVED_PRODUCT_PROMOTION"),
    # testimonial: stars over a quote whose outcome is others' compliments
    ('★★★★★\n"Four sessions in and my whole team keeps asking what I did!"\n— Dana P., Perth', "TESTIMONIAL"),
]


NEUTRAL = [
    ("The documentary follows elite cyclists through a season of training.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Results cannot be guaranteed and vary between patients.", "GUARANTEE_CERTAINTY"),
    ("Testosterone injections can cause acne and raise your red blood cell count.", "PRESCRIPTION_ONLY_PROMOTION"),
    ("Free delivery on orders over £40.", "PRICE_INDUCEMENT"),
    ("Nausea was reported in 12% of patients in the trial.", "PSEUDO_EVIDENCE"),
    ("Healing was slower in 20% of patients who smoked.", "PSEUDO_EVIDENCE"),
    ("Speech therapy helps stroke survivors find their words again.", "CURE_TREATMENT_CLAIM"),
    ("Dietitians warn that nobody should try to drop 5 kg in a week.", "WEIGHT_LOSS_CLAIM"),
    ("The council's walking groups are part of its healthy ageing strategy.", "ANTI_AGING_REJUVENATION"),
    ("A supplement may not claim to support healthy ageing unless that claim is authorised.", "ANTI_AGING_REJUVENATION"),
    ("There is no good evidence that ozone therapy helps asthma.", "CURE_TREATMENT_CLAIM"),
    ("Chelation therapy is used in hospital to remove lead from the blood after poisoning.", "DETOX_WELLNESS_VAGUE"),
    ("Fighters often struggle to rehydrate after the weigh-in, the coach said.", "PERFORMANCE_RECOVERY"),
    ("The Ministry of Health does not recognise regenerative medicine as a specialty.", "FALSE_APPROVAL_CLAIM"),
    ("The best restaurants in Brighton are by the sea.", "SUPERLATIVE_COMPARATIVE"),
    ("Compounded semaglutide is not approved by the FDA, the agency warned.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Readers who wrote in last week asked about sunscreen.", "STEALTH_ADVERTISING"),
    ('★★★★★\n"Reception was friendly and parking was easy."\n— Dana P., Perth', "TESTIMONIAL"),
]


test_advertising_line_is_claimed, test_neutral_counterpart_is_not_claimed = recall_probe_tests(ADVERTISING, NEUTRAL)


def test_consequence_after_negated_premise_is_asserted() -> None:
    """A consequence clause after ', so' is outside the premise's negation (a terminate rule)."""
    assert_claimed("Our serum is not a drug, so there is no risk of side effects.", "SAFETY_ABSOLUTE")
    assert_claimed("It isn't surgery, therefore there is zero downtime.", "SAFETY_ABSOLUTE")


def test_negation_inside_the_consequence_clause_still_negates() -> None:
    """The terminator ends the premise's scope only: a negation of the consequence itself holds."""
    assert not english_findings("It is a drug, so we cannot say it is risk-free.")

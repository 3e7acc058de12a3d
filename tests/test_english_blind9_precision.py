"""English precision on neutral genres, after the blind9 development set (2026-12).

Classes of cause among the non-violating texts of samples/gold/blind9 that were flagged: billing with
the product between the verb and "as" ("describes its X as", "named a drip as"), a text's promise told
in the sentence after the text is named ("It promised that…"), references to a quoted product type, a
regulator's order and what it was for, a trial result told after the treatment it names, a rule that
forbids what it lists, an insurer's exclusion list, questions others asked, a volume over the limit, a
job advert describing the employer, a patient's one-star review, a generic subject with "can help",
a topic heading with the method before "treatment", the hospital care patients needed after harm, a
negative subject with an adjective ("No adequate trials support"), label language with "is also used
with", Japan's "a product with the same indication is approved" disclosure in English, an
acquaintance who swears by something, the body's organs as "your detox", a diarist's "it's not
magic", and words in a non-health sense (a house's or a car's
before-and-after, a lawn rejuvenated, a spreadsheet detoxed, a No.1 seed, cured bacon). None of the
sentences below is taken from blind9; each class has an advertiser's sentence of the same
construction that must stay charged.
"""

from __future__ import annotations

import pytest

from conftest import english_findings as flagged
from conftest import explain_english as explain


NEUTRAL = [
    # billing with the product between the verb and "as"
    ("Several players attended the clinic, whose Instagram page describes its \"Match Fit Drip\" as "
     "\"drug-test safe\".", "PERFORMANCE_RECOVERY"),
    # a survey's count of others' billing
    ("Of the 45 clinics, 15 named a particular drip as \"anti-ageing\".", "ANTI_AGING_REJUVENATION"),
    # a text's promise told in the sentence after it is named
    ("A leaflet came through every door on our street. It promised that a course of \"ozone drips\" would "
     "cure arthritis.", "CURE_TREATMENT_CLAIM"),
    # references to a quoted product type
    ("The account's posts, including references to an \"immunity drip\" placed alongside flu news, conveyed "
     "that the drips could protect against flu.", "DISEASE_PREVENTION_IMMUNITY"),
    # a regulator's order and what it was for
    ("The agency today issued a compliance notice to a dental practice that gave free whitening to patients "
     "who posted 4- or 5-star reviews on a map site.", "TESTIMONIAL"),
    # a trial result told after the treatment it names
    ("Shares in the biotech fell 25% on Monday after its stem cell treatment for hip arthritis failed to beat "
     "placebo in a late-stage trial.", "UNAPPROVED_PRODUCT_PROMOTION"),
    ("Shares in the biotech fell 25% on Monday after its stem cell treatment for hip arthritis failed to beat "
     "placebo in a late-stage trial.", "CURE_TREATMENT_CLAIM"),
    # a rule that forbids what it lists
    ("You must not use sales tactics that could rush people into a cosmetic procedure, such as "
     "time-limited deals, \"buy one get one free\" offers or prize draws.", "PRICE_INDUCEMENT"),
    # an insurer's exclusion list
    ("Our dental plans do not cover cosmetic treatments, including whitening, hair restoration and "
     "weight-loss injections, unless they are approved in advance by our medical team.", "WEIGHT_LOSS_CLAIM"),
    # questions others asked
    ("Several athletes have asked about the new recovery drip bar beside the track.", "PERFORMANCE_RECOVERY"),
    # a volume over the limit
    ("Please remind your athletes that a standard 500 mL drip is well over the 100 mL/12 h limit.", "DOPING_RISK"),
    # a job advert
    ("We are looking for a friendly receptionist to join our busy, doctor-led skin clinic.", "AUTHORITY_APPEAL"),
    # a patient's one-star review
    ("One star. Paid $300 for the \"longevity drip\" and felt sick all afternoon. No difference afterwards. "
     "Would not go back.", "ANTI_AGING_REJUVENATION"),
    # a generic subject with "can help"
    ("Treatment can help fade the patches, but melasma often returns in summer.", "CURE_TREATMENT_CLAIM"),
    # a topic heading with the method before "treatment"
    ("Light therapy for acne\n\nSeveral sessions are usually needed and results vary.", "CURE_TREATMENT_CLAIM"),
    # the hospital care patients needed after harm
    ("Two of the women were later treated in hospital for sepsis.", "CURE_TREATMENT_CLAIM"),
    # a negative subject with an adjective
    ("Oral NAD+ has been tested in a handful of small trials with modest, mixed effects on energy. No adequate "
     "trials support giving it by drip.", "PSEUDO_EVIDENCE"),
    # label language with "is also used with"
    ("Liraglutide injection is used with diet and exercise to improve blood sugar in adults with type 2 "
     "diabetes. One brand is also used with a reduced-calorie diet and more exercise to help some adults "
     "and teenagers 12 years and older with obesity lose weight and keep it off.", "WEIGHT_LOSS_CLAIM"),
    # Japan's disclosure of an approved alternative, in English
    ("Imported hyaluronidase: important information\n"
     "• This product is unapproved in Japan.\n"
     "• It is imported by our physician.\n"
     "• A product with the same active ingredient is approved in Japan.", "FALSE_APPROVAL_CLAIM"),
    # an acquaintance who swears by something
    ("Is a drip before a marathon allowed? A friend swears by them.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # the body's organs as "your detox"
    ("Skip the cleanse. Your liver and kidneys are your detox.", "DETOX_WELLNESS_VAGUE"),
    # a diarist's "it's not magic"
    ("Six months on tirzepatide: my doctor started me on it for my blood sugar. I'm down 8 kg. "
     "It's not magic, I've had to change how I eat.", "WEIGHT_LOSS_CLAIM"),
    # words in a non-health sense
    ("Before and after: our garage floor after two coats of epoxy.", "BEFORE_AFTER"),
    ("Kitchen makeover before and after - new doors, same budget.", "BEFORE_AFTER"),
    ("Rejuvenate a patchy lawn this spring by overseeding.", "ANTI_AGING_REJUVENATION"),
    ("Detox your inbox in ten minutes with these three filters.", "DETOX_WELLNESS_VAGUE"),
    ("The No.1 seed was knocked out in the second round.", "SUPERLATIVE_COMPARATIVE"),
    ("How to cure your own salmon: rub the cure all over and chill for two days.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_a_neutral_sentence_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


ADS = [
    # the ad's own billing of its product ("our")
    ("Our \"Match Fit Drip\" is safe for drug-tested athletes.", "DOPING_RISK"),
    # "named" as the ad's own award, no "as"
    ("Named the best anti-ageing clinic in Leeds for the third year running.", "SUPERLATIVE_COMPARATIVE"),
    # the advertiser's own promise
    ("We promise that our ozone drip will cure arthritis.", "CURE_TREATMENT_CLAIM"),
    # the ad's own quoted product
    ("Our \"immunity shot\" keeps flu away all winter.", "DISEASE_PREVENTION_IMMUNITY"),
    # a claim after the trial result, not before it
    ("Other drugs failed to beat placebo, but our stem cell injection for hip arthritis rebuilds cartilage.",
     "UNAPPROVED_PRODUCT_PROMOTION"),
    # "you must" that forbids nothing
    ("You must try our spring deals, such as two for one on all peels until Sunday!", "PRICE_INDUCEMENT"),
    # a clinic selling the injections, not a plan excluding them
    ("Lose up to 15% of your body weight with our weight-loss injections.", "WEIGHT_LOSS_CLAIM"),
    # the reader asked, then the ad's claim
    ("Many of you have asked about our new recovery drip - it gets you back on the pitch twice as fast.",
     "PERFORMANCE_RECOVERY"),
    # a volume promised to be safe
    ("Our 500 mL performance drip is safe for drug-tested athletes.", "DOPING_RISK"),
    # a doctor's badge on the ad's product ("doctor-led" alone says who runs the clinic: tests/test_english_blind18.py)
    ("Book today for our doctor-approved skin booster.", "AUTHORITY_APPEAL"),
    # the ad's anti-ageing drip, no review
    ("Our longevity drip turns back the clock - book now!", "ANTI_AGING_REJUVENATION"),
    # the advertiser's treatment with "can help"
    ("Our treatment can help clear melasma for good.", "CURE_TREATMENT_CLAIM"),
    # the advertiser's heading
    ("Our laser treatment for acne\n\nClear skin guaranteed in three sessions.", "CURE_TREATMENT_CLAIM"),
    # treated at the clinic, a cure claimed
    ("I was treated for arthritis with their stem cells and the pain is gone for good.", "CURE_TREATMENT_CLAIM"),
    # trials cited for the ad's product
    ("Clinical trials support our collagen drip for joint pain.", "PSEUDO_EVIDENCE"),
    # the ad's weight-loss promise
    ("Our liraglutide programme helps you lose weight fast.", "WEIGHT_LOSS_CLAIM"),
    # approval claimed for the product sold
    ("Our exosome drip is approved in Japan.", "FALSE_APPROVAL_CLAIM"),
    # famous people still endorse
    ("Premier League players swear by our recovery drip.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # the ad's detox claim
    ("Our green drip is your detox: flush toxins from your liver in one session.", "DETOX_WELLNESS_VAGUE"),
    # the ad's "not magic" trope with an offer
    ("It's not magic, it's science: lose 10 kg in a month with our jab. Book today!", "WEIGHT_LOSS_CLAIM"),
    # health senses of the same words
    ("Before and after: her skin after three sessions of our peel.", "BEFORE_AFTER"),
    ("Rejuvenate your skin in a single session.", "ANTI_AGING_REJUVENATION"),
    ("Detox your body with our green drip.", "DETOX_WELLNESS_VAGUE"),
    ("The No.1 clinic for lip filler in Leeds.", "SUPERLATIVE_COMPARATIVE"),
    ("Our drip cures hangovers in under an hour.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_of_the_same_construction_stays_charged(text, category):
    assert category in flagged(text), explain(text)


def test_a_lettered_list_under_a_complaint_line_is_not_charged():
    text = ("The regulator listed the clinic's advertising statements, including the following:\n"
            "   a. \"Our drip is the safest in London.\"\n"
            "   b. \"Cures arthritis in three sessions.\"")
    assert "CURE_TREATMENT_CLAIM" not in flagged(text), explain(text)

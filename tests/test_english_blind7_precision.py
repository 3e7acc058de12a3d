"""English precision on neutral genres, after the blind7 development set (2026-12).

Classes of cause among the non-violating texts of samples/gold/blind7 that were flagged: a quoted
product type as the topic of complaints, others' billing with its audience between the verb and
"as", persuasion by someone else ("talked into"), a finding attributed after a headline ("…, study
finds"), risk lists, an evidence ranking, a regulator's breach list, a business's promise named by a
critic, a research summary's grade after the use it names, a purchase narrowly avoided or paid by a
third party, a condition with a long clause ("only if"), a ruling quoting a post's words, families
who are offered treatments, a warning list of quoted phrases with the critic's verdict after a dash,
photos taken in different lighting, an insurer or pharmacy naming approved drugs, the body's own
detox organs, a friend who swears by something, a negative subject with an appositive before "has
been proven", a before-and-after without a change, "not an ad" before a grievance, and the
foreign-safety item of Japan's disclosures in English. None of the sentences below is taken from
blind7; each class has an advertiser's sentence of the same construction that must stay charged.
"""

from __future__ import annotations

import pytest

from conftest import english_findings as flagged
from conftest import explain_english as explain


NEUTRAL = [
    # a quoted product type as the topic of complaints
    ("Complaints about \"fat-melting\" jabs sold on social media have doubled this year.", "WEIGHT_LOSS_CLAIM"),
    # others' billing, with the audience between the verb and "as"
    ("Creams marketed to teenagers as \"clinically proven\" often have no published trial.", "PSEUDO_EVIDENCE"),
    # persuasion by someone else
    ("Pensioners are being talked into \"anti-ageing\" infusions by doorstep sellers.", "ANTI_AGING_REJUVENATION"),
    # a headline's finding attributed after it
    ("Placenta extract reverses skin ageing in rats, study finds", "ANTI_AGING_REJUVENATION"),
    # a risk list
    ("Possible side effects include hair loss, reduced appetite and acne.", "CURE_TREATMENT_CLAIM"),
    # an evidence ranking
    ("5. Oxygen chambers and \"immune drips\": little or no evidence", "DISEASE_PREVENTION_IMMUNITY"),
    # a business's promise named by a critic
    ("A salon promising to \"boost immunity\" with a vitamin shot is selling hope, not medicine.",
     "DISEASE_PREVENTION_IMMUNITY"),
    # a research summary's grade after the use it names
    ("Cold plunges have been tried for faster muscle recovery in a handful of small studies.",
     "PERFORMANCE_RECOVERY"),
    # a purchase narrowly avoided
    ("My uncle almost paid $9,000 for \"FDA approved\" stem cells in Mexico.", "FALSE_APPROVAL_CLAIM"),
    # a third party paying someone else
    ("My neighbour keeps paying some pop-up clinic for \"anti-ageing\" oxygen sessions.",
     "ANTI_AGING_REJUVENATION"),
    # a condition with a long clause
    ("You may use the drip only if the bag holds 100 mL or less over twelve hours and contains no banned "
     "substances.", "DOPING_RISK"),
    # a ruling quoting a post's words
    ("The video showed her at the clinic with the caption \"best skin of my life thanks to this place\".",
     "TESTIMONIAL"),
    # families offered treatments
    ("Parents are often offered stem cell infusions and chelation for their children.",
     "UNAPPROVED_PRODUCT_PROMOTION"),
    # photos taken in different lighting
    ("Before-and-after pictures are often taken in flattering lighting.", "BEFORE_AFTER"),
    # an insurer or pharmacy naming approved drugs
    ("Our policies cover FDA-approved weight-loss medications when criteria are met.", "FALSE_APPROVAL_CLAIM"),
    ("Our policies cover FDA-approved weight-loss medications when criteria are met.",
     "PRESCRIPTION_ONLY_PROMOTION"),
    ("We dispense FDA-approved medications only.", "FALSE_APPROVAL_CLAIM"),
    # the body's own detox organs
    ("Honestly, your kidneys are your body's detox organs.", "DETOX_WELLNESS_VAGUE"),
    # a friend who swears by something
    ("My gym buddy swears by his weekly peptide shots.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # a negative subject with an appositive before its verb
    ("No supplement, whether herbal or synthetic, has been proven to prevent dementia.", "PSEUDO_EVIDENCE"),
    # a before-and-after without a change
    ("After 6 sessions I looked exactly the same and my wallet was lighter.", "BEFORE_AFTER"),
]


@pytest.mark.parametrize("text,category", NEUTRAL)
def test_a_neutral_sentence_is_not_charged(text, category):
    assert category not in flagged(text), explain(text)


ADS = [
    # the advertiser's own quoted product with no complaints: "complaints" is the cue, not quotes
    ("Our \"fat-melting\" jabs sold out in a week - lose 5 kg in a month!", "WEIGHT_LOSS_CLAIM"),
    # billing with "as" but the audience is the reader
    ("Our drip is clinically proven to double your energy.", "PSEUDO_EVIDENCE"),
    # an ad that is not persuasion by others
    ("Turn back the clock with our anti-ageing infusion.", "ANTI_AGING_REJUVENATION"),
    # "studies show" in an ad stays a claim
    ("Studies show our placenta drip reverses skin ageing.", "ANTI_AGING_REJUVENATION"),
    # an ad's cure claim with "side effects are" in the sentence
    ("Side effects are rare and our drip cures acne in two weeks.", "CURE_TREATMENT_CLAIM"),
    # an ad's own immunity claim, no ranking
    ("Our immune drip boosts immunity all winter.", "DISEASE_PREVENTION_IMMUNITY"),
    # "a clinic offering" is no promise named
    ("Looking for a clinic offering immune support? Our vitamin shot will boost immunity in one visit.",
     "DISEASE_PREVENTION_IMMUNITY"),
    # small trials cited forward by an ad
    ("Proven in clinical trials: our cold plunge helps muscles recover twice as fast.", "PERFORMANCE_RECOVERY"),
    # the clinic's own approval claim
    ("Our stem cells are FDA approved and completely safe.", "FALSE_APPROVAL_CLAIM"),
    # an ad with a plain condition stays conditional, but an unconditioned claim stays
    ("Our recovery drip contains no banned substances, so it is safe for drug-tested athletes.", "DOPING_RISK"),
    # the ad's own caption-free testimonial
    ("\"Best skin of my life thanks to this place!\" - Jess, one of our happy clients", "TESTIMONIAL"),
    # an ad offering its own stem cell infusions
    ("We offer stem cell infusions for autism at our Cancun clinic.", "UNAPPROVED_PRODUCT_PROMOTION"),
    # the ad's own before-and-after
    ("See our before-and-after gallery: real results after just 3 sessions.", "BEFORE_AFTER"),
    # an ad's own approval claim for a product
    ("Our semaglutide is made with FDA-approved ingredients.", "FALSE_APPROVAL_CLAIM"),
    ("We stock FDA-approved exosome products.", "FALSE_APPROVAL_CLAIM"),
    # an offer of consultations about the ad's own quoted product
    ("Free consultations about our \"age-reversing\" drip this month!", "ANTI_AGING_REJUVENATION"),
    # a clinic selling the drug, not a plan covering it
    ("Our clinic offers GLP-1 injections from £99 a month.", "PRESCRIPTION_ONLY_PROMOTION"),
    # an ad's detox claim about the body's system
    ("Our drip will detox your system and support your body's detox organs.", "DETOX_WELLNESS_VAGUE"),
    # a famous athlete still endorses
    ("Olympic sprinter Jade Moss swears by our recovery shots.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    # the proof claimed without a negative subject
    ("Our supplement, made from ten herbs, has been proven to prevent dementia.", "PSEUDO_EVIDENCE"),
    # an ad's before-and-after with a change
    ("After 6 sessions I looked ten years younger!", "BEFORE_AFTER"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_of_the_same_construction_stays_charged(text, category):
    assert category in flagged(text), explain(text)


def test_a_warning_list_of_quoted_phrases_is_not_charged():
    text = ("Five warning signs in a filler clinic's adverts\n"
            "1. \"Permanent results guaranteed\" – no filler lasts forever.\n"
            "2. \"Zero risk\" – every injection carries some risk.\n"
            "3. \"Last 2 appointments today!\" – that is pressure selling.")
    found = flagged(text)
    for category in ("GUARANTEE_CERTAINTY", "SAFETY_ABSOLUTE", "URGENCY_SCARCITY"):
        assert category not in found, explain(text)


def test_quoted_praise_with_its_source_after_a_dash_stays_charged():
    for text in ("\"The best lip clinic in Leeds\" – that's what our clients say.",
                 "\"The safest drip in town\" – every one of our clients agrees."):
        assert "SUPERLATIVE_COMPARATIVE" in flagged(text), explain(text)


def test_not_an_ad_before_a_grievance_is_no_stealth_claim():
    text = "Had the peel at a place in town (not an ad haha I'm still angry) and my skin looked no different."
    assert "STEALTH_ADVERTISING" not in flagged(text), explain(text)


def test_not_an_ad_before_praise_stays_a_stealth_claim():
    text = "Not an ad, I'm just obsessed with my new lips from @lipstudio!"
    assert "STEALTH_ADVERTISING" in flagged(text), explain(text)


def test_an_english_disclosure_of_foreign_safety_completes_the_japanese_items():
    text = ("Stem cell culture supernatant (self-pay, not covered by health insurance)\n"
            "The supernatant used at our clinic is an unapproved drug in Japan. It is imported by our doctor "
            "through personal import. There is no approved product with the same ingredients in Japan. "
            "No stem cell product has been approved by the FDA, and foreign regulators have reported serious "
            "infections with unapproved products. The Relief System for Adverse Drug Reactions does not apply.\n"
            "Cost: ¥110,000 per session (tax included).\n"
            "Risks: fever, bruising, infection and allergic reaction.")
    assert "MISSING_UNAPPROVED_DISCLOSURE" not in flagged(text), explain(text)


def test_a_numbered_breach_list_under_a_regulator_line_is_not_charged():
    text = ("The following wording on the clinic's page was judged to breach the advertising rules:\n"
            "(1) \"Osaka's No.1 clinic for stem cell therapy\" (superiority)\n"
            "(2) \"Half price for the first 5 patients\" (inducement)")
    found = flagged(text)
    assert "SUPERLATIVE_COMPARATIVE" not in found and "PRICE_INDUCEMENT" not in found, explain(text)


def test_an_unquoted_numbered_item_under_a_warning_heading_is_not_charged():
    text = ("Warning signs in weight-loss clinic ads\n"
            "1. Before-and-after photos of other people.\n"
            "2. Prices that only last until Friday.")
    assert "BEFORE_AFTER" not in flagged(text), explain(text)


@pytest.mark.xfail(strict=True, reason="code gap: a heading naming a prescription medicine 'at our clinic' is charged "
                   "as promotion on its own; that the page under it restricts prescribing ('We only prescribe … "
                   "to …; we won't prescribe it for …') stands in other sentences, and cues reach within one")
def test_a_restrictive_prescribing_page_under_a_service_heading_is_not_charged():
    text = ("Finasteride at our clinic\n"
            "We only prescribe finasteride to men with confirmed pattern hair loss after a consultation. "
            "We won't prescribe it for body hair or for women who could become pregnant.")
    assert "PRESCRIPTION_ONLY_PROMOTION" not in flagged(text), explain(text)

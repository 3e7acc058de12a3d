"""English rules added after the blind18 set's first run (lexicons/context/en.yml and the
claim lexicons): a crossed-out quoted example of wording in training material is reported; a
manner-of-speaking verb after a quotation reports it; a crowd telling "us" on a clinic's own
page relays its clients; a disease said to clear by a time is a cure claim; a named doctor
recommending is an authority appeal; "no appointment needed" names the advertiser's walk-in
service; weight lost in dress sizes, "better results than" another treatment, free sessions
and "no more little blue pills" are claims, an influencer's "tell them I sent you" no report, "no patient has ever failed to see" a guarantee
and "our doctors take it every morning" an endorsement;
"doctor-led" says who runs a clinic and is no authority appeal, while a credential held
up as a reason to trust still is. Each rule is checked both ways: the construction it reads, and
the text it must leave as it was. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, english_claims_of, explain_english

CHARGED = [
    # crossed bullets without quotation marks are the ad's own
    ("Our exosome facial:\n\u274c No downtime\n\u274c No side effects\nBook today!", "SAFETY_ABSOLUTE"),
    # the promise without a speaker's tag
    ("This drip will cure your arthritis for good.", "CURE_TREATMENT_CLAIM"),
    # a crowd telling the clinic, on the clinic's page
    ("Since joining our programme many tell us they have stopped their blood pressure pills.", "DISCOURAGES_STANDARD_CARE"),
    # a disease said to clear by a time
    ("With our infusion course, psoriasis clearing within three weeks is normal.", "CURE_TREATMENT_CLAIM"),
    # a named doctor vouching
    ("Recommended by Dr. Helen Okafor. Book your consultation today.", "AUTHORITY_APPEAL"),
    # a walk-in offer of a prescription-only injection
    ("A vitamin B12 injection to beat winter tiredness: walk in any weekday, no appointment needed.",
     "PRESCRIPTION_ONLY_PROMOTION"),
    # a credential held up as the reason to trust
    ("Medically led by a former NHS A&E consultant, so you're in the safest hands.", "AUTHORITY_APPEAL"),
    # weight told in clothes sizes, another treatment outdone, free sessions, pills dismissed
    ("Two months on our plan and most members are down a dress size.", "WEIGHT_LOSS_CLAIM"),
    ("Our laser lift gives far better results than a surgical facelift.", "SUPERLATIVE_COMPARATIVE"),
    ("Book a course of six and get two free sessions.", "PRICE_INDUCEMENT"),
    ("Our wave therapy means no more little blue pills.", "DISCOURAGES_STANDARD_CARE"),
    # an influencer's referral line is no report
    ("Book the glow drip at Lumen and tell her I sent you for 10% off!", "PRICE_INDUCEMENT"),
    # every customer succeeds, by a double negative; the staff's own use as endorsement
    ("In eight years no patient has ever failed to see regrowth with our scalp protocol.", "GUARANTEE_CERTAINTY"),
    ("Now in the shop: the zinc capsules our doctors take every morning.", "AUTHORITY_APPEAL"),
]

NOT_CHARGED = [
    # a crowd telling a newspaper
    ("Former customers of the chain contacted this newspaper, and many told us they had stopped their blood "
     "pressure pills on staff advice.", "DISCOURAGES_STANDARD_CARE"),
    # a regulator's finding about a recommendation
    ("The ASA found the clinic had no basis to say its course was recommended by Dr. Helen Okafor.", "AUTHORITY_APPEAL"),
    # who runs the clinic
    ("We are a small, doctor-led clinic hiring an aesthetic nurse prescriber.", "AUTHORITY_APPEAL"),
    ("Our doctor-led weight management service starts with an assessment of your health.", "AUTHORITY_APPEAL"),
    # a comparison denied by reviewers
    ("Reviewers found no evidence that the laser gives better results than surgery.", "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_construction_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", NOT_CHARGED)
def test_the_construction_is_not_charged(text, category):
    assert category not in claim_findings_in(text), explain_english(text)


def test_crossed_out_quoted_examples_in_copywriting_training_are_found_but_not_charged():
    text = ("Module 2: words to leave out of treatment pages\n"
            "\u2717 \"The safest clinic in Leeds\"\n"
            "\u274c \"Guaranteed results or your money back\"\n"
            "\u2713 \"Book a consultation to talk through your options\"")
    assert english_claims_of(text), "the quoted examples should still be found as claims"
    assert not claim_findings_in(text), explain_english(text)


def test_a_quotation_tagged_by_a_manner_of_speaking_verb_is_reported():
    text = "\"This drip will cure your arthritis for good,\" the stranger whispered, and I walked away."
    statuses = {c.assertion for c in english_claims_of(text) if c.category == "CURE_TREATMENT_CLAIM"}
    assert statuses == {"reported"}, explain_english(text)

"""A patient's own account that doubts what it describes is no ad (context ``personal_doubt``).

Forum posts and patient stories tell of a treatment in the first person, as testimonials do.
What sets them apart is that the writer doubts the result or its worth ("could be placebo",
"I honestly can't say what did it", "did anyone actually notice a difference?"): their claims
read as hedged. A testimonial ad's trope "I was sceptical at first, but…" is no doubt, and a
page that also offers a deal (a discount code, a referral perk) stays an ad.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.lexicon import load_context_file
from conftest import assert_reservation_clears
from conftest import english_findings as flagged


def asserted(text: str) -> list[tuple[str, str]]:
    return [(c.category, c.text) for c in audit_text(text, lang="en").claims if c.assertion == "asserted"]


# (the story, the writer's doubt): the story alone reads as a testimonial; with the doubt it is a post
DOUBTING_POSTS = [
    ("Had my second PRP shot in the shoulder in March and the pain is completely gone.",
     "My physio thinks it was the rehab exercises doing the work, not the injection."),
    ("Three NAD drips in and my brain fog has lifted.",
     "Could just be placebo though, I've also cut out booze."),
    ("My dad had stem cell injections in Mexico and they cured his Parkinson's tremor.",
     "I know the evidence is pretty thin and it cost him a fortune."),
    ("After the glutathione drip my skin looked ten years younger.",
     "Honestly can't tell if it was the drip or the holiday."),
    ("Since the vitamin C infusions my chronic fatigue is gone.",
     "Did anybody else actually notice a difference, or is it just me?"),
    ("Lost 9 kg on the jabs so far and my knee pain is gone.",
     "I'm on the fence about staying on them though - not worth the money."),
]


@pytest.mark.parametrize("story,doubt", DOUBTING_POSTS)
def test_a_doubting_personal_account_charges_nothing(story, doubt):
    assert_reservation_clears(story, doubt)
    assert all(c.assertion != "asserted" for c in audit_text(f"{story} {doubt}", lang="en").claims)


ADS = [
    # the testimonial's trope: doubt in the past, then praise
    ("I was sceptical at first, but after three NAD+ drips my brain fog has completely gone!", "TESTIMONIAL"),
    ("Honestly I was a bit dubious before, but the exosome facial took ten years off me.", "ANTI_AGING_REJUVENATION"),
    # doubt words, and a deal: an influencer's ad
    ("Could be placebo lol but my skin has never looked better after the glow drip at @luxe.iv. "
     "Use code GLOW20 for 20% off!", "PRICE_INDUCEMENT"),
    # doubt words on a page that names the advertiser offering its service ("our clinic", "book now")
    ("Could be placebo, who knows - but after three drips at our clinic my brain fog is completely gone. Book now!",
     "TESTIMONIAL"),
    # no doubt at all
    ("After my third stem cell infusion my arthritis pain was gone. Thank you Dr Kay!", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text,category", ADS)
def test_an_ad_with_doubt_words_or_a_past_doubt_stays_charged(text, category):
    assert category in flagged(text), asserted(text)


def test_the_doubt_of_one_post_is_named_as_the_cue():
    claims = audit_text(" ".join(DOUBTING_POSTS[1]), lang="en").claims
    assert any("placebo" in " ".join(c.cues) for c in claims)


def test_a_personal_doubt_block_is_validated(tmp_path):
    context = tmp_path / "en.yml"
    context.write_text("lang: en\nrules: []\npersonal_doubt:\n  categories: [TESTIMONIAL]\n  unless: [PRICE_INDUCEMENT]\n")
    doubt = load_context_file(context).personal_doubt
    assert doubt.categories == ("TESTIMONIAL",) and doubt.unless == ("PRICE_INDUCEMENT",)
    context.write_text("lang: en\nrules: []\npersonal_doubt:\n  categories: testimonial\n")
    with pytest.raises(LexiconError, match="categories must be a list of taxonomy ids"):
        load_context_file(context)
    context.write_text("lang: en\nrules: []\npersonal_doubt:\n  categorys: [TESTIMONIAL]\n")
    with pytest.raises(LexiconError):
        load_context_file(context)


def test_unless_entities_must_be_entity_labels(tmp_path):
    context = tmp_path / "en.yml"
    context.write_text("lang: en\nrules: []\npersonal_doubt:\n  categories: [TESTIMONIAL]\n  unless_entities: [ADVERTISER]\n")
    with pytest.raises(LexiconError, match="unless_entities"):
        load_context_file(context)


def test_the_month_may_is_no_hedge():
    text = "Had my filler done in May at the Kensington clinic and it has completely cured my acne scars!"
    statuses = {c.assertion for c in audit_text(text, lang="en").claims if c.category == "CURE_TREATMENT_CLAIM"}
    assert statuses == {"asserted"}

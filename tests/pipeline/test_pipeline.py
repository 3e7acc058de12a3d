"""The spaCy pipeline: a blank language with claimaudit's components."""

from __future__ import annotations

import spacy

from analyzer.extensions import HITS
from analyzer.nlp import build_pipeline


def test_pipeline_is_blank_with_declared_components():
    nlp = build_pipeline("en")
    assert nlp.pipe_names == ["claimaudit_sentences", "claimaudit_matcher"]
    assert not nlp.meta.get("vectors", {}).get("width")
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_matcher_component_can_be_added_by_name_to_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimaudit_matcher", config={"lang": "en"})
    doc = nlp("Our exosome drip cures cancer.")
    assert doc._.get(HITS), "the matcher found nothing in an obvious claim"


def sentences(text: str) -> list[str]:
    return [s.text.strip() for s in build_pipeline("en")(text).sents if s.text.strip()]


def test_headings_and_bullets_are_their_own_sentences():
    assert sentences("Exosome IV Therapy\nThe safest choice\n- Younger skin\n- More energy") == [
        "Exosome IV Therapy", "The safest choice", "- Younger skin", "- More energy"]


def test_list_after_colon_stays_with_its_intro_line():
    assert sentences("Our drip treats:\n- arthritis\n- asthma\n\nBook now.") == [
        "Our drip treats:\n- arthritis\n- asthma", "Book now."]


def test_wrapped_line_continues_the_sentence():
    assert sentences("Clinics claim that the drip\ncures cancer. Next.") == [
        "Clinics claim that the drip\ncures cancer.", "Next."]


def test_a_run_of_emoji_between_words_ends_a_sentence():
    assert sentences("Works even if you skip the gym 😂 clients lose 5 kg a month") == [
        "Works even if you skip the gym 😂", "clients lose 5 kg a month"]
    # joined emoji (a runner with a gender sign, then a spark) count as one run
    assert sentences("She smashed her PB 🏃‍♀️⚡ Fuel like the pros") == ["She smashed her PB 🏃‍♀️⚡", "Fuel like the pros"]
    # an emoji at the end of a line, or before punctuation, changes nothing
    assert sentences("So happy with my lips 💋!") == ["So happy with my lips 💋!"]


def test_a_conditional_before_an_emoji_does_not_reach_the_claim_after_it():
    from analyzer.audit import audit_text

    claims = audit_text("Works even if you skip the gym 😂 our clients are down 6 kg in 8 weeks", lang="en").claims
    after = [c.assertion for c in claims if c.category == "WEIGHT_LOSS_CLAIM" and "6 kg" in c.text]
    assert after == ["asserted"], [(c.text, c.assertion) for c in claims]

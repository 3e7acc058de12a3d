"""A topic heading names what its section is about; it asserts nothing by itself.

Patient information is laid out under headings such as "Treating eczema" or "Help with hair
loss". A heading of that shape on a line of its own, above the text it introduces, is cleared
by an exclusion pattern in lexicons/claims/en/cure_treatment_claim.yml; the section's sentences
are audited on their own. An ad's imperative or possessive headline stays a claim.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.lexicon import load_claim_file

BODY = "\nMost people start with moisturisers and a short course of creams. Ask a pharmacist if you are unsure."


def cure_claims(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.assertion) for c in audit_text(text, lang="en").claims if c.category == "CURE_TREATMENT_CLAIM"]


@pytest.mark.parametrize("heading", ["Treating psoriasis", "Treatment for chronic hives", "Treatments for knee pain",
                                     "Managing type 2 diabetes", "Help with thinning hair", "Relieving back pain"])
def test_a_topic_heading_above_its_section_is_no_claim(heading):
    assert cure_claims(heading + BODY) == []


@pytest.mark.parametrize("text", [
    "Treat psoriasis fast" + BODY,                      # an imperative headline
    "Our treatment for knee pain" + BODY,               # the advertiser's own treatment
    "Treating psoriasis naturally and permanently" + BODY,
    "Treating psoriasis with stem cells, guaranteed",   # a one-line caption: no section under it
    "Treating psoriasis",                               # nothing under it
    "We specialise in treating psoriasis.\nBook a consultation today.",  # inside a sentence
])
def test_an_ads_headline_or_a_claim_in_running_text_stays(text):
    assert cure_claims(text), text


def test_an_exclusion_takes_a_match_or_a_pattern_not_both(tmp_path):
    path = tmp_path / "cure.yml"
    head = "category: CURE_TREATMENT_CLAIM\nlang: en\nexclusions:\n"
    path.write_text(head + "  - {match: 'non-healing', pattern: [{LOWER: x}], note: x}\n")
    with pytest.raises(LexiconError, match="either a match or a pattern"):
        load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    path.write_text(head + "  - {note: x}\n")
    with pytest.raises(LexiconError, match="either a match or a pattern"):
        load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    path.write_text(head + "  - {pattern: [{LOWER: x, COLOUR: red}], note: x}\n")
    with pytest.raises(LexiconError):
        load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    path.write_text(head + "  - {pattern: [{LOWER: non}, {LOWER: healing}], note: x}\n")
    (rule,) = load_claim_file(path, {"CURE_TREATMENT_CLAIM"})
    assert rule.kind == "exclusion" and rule.pattern

"""Entities may be named by token patterns as well as names (``patterns`` of an entity entry).

The advertiser's voice ("our drip") is a PROMO entity; a product's brand name in title case
between "our" and the product noun ("our Pro Recovery infusion") can't be listed word by word,
so lexicons/entities/en/promo.yml names it with a pattern. Claims that need the advertiser's
voice (``needs: [PROMO]``) see it.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.lexicon import load_entity_file


OURS = "Club doctor to two top-flight football teams, Dr Hale developed our Elite Recovery infusion."


def asserted_categories(text: str) -> set[str]:
    return {c.category for c in audit_text(text, lang="en").claims if c.assertion == "asserted"}


def test_a_brand_named_drip_of_ours_is_the_advertisers_voice():
    assert "CELEBRITY_ATHLETE_ENDORSEMENT" in asserted_categories(OURS)


def test_the_same_brand_without_our_is_not_the_advertisers_voice():
    assert "CELEBRITY_ATHLETE_ENDORSEMENT" not in asserted_categories(OURS.replace("our Elite", "the Elite"))


def test_an_entity_pattern_is_validated(tmp_path):
    path = tmp_path / "promo.yml"
    head = "label: PROMO\nlang: en\nentities:\n  - id: our_offer\n    names: ['our drip']\n"
    path.write_text(head + "    patterns:\n      - [{LOWER: our}, {SHAPE: Xxxx}]\n")
    with pytest.raises(LexiconError):
        load_entity_file(path)
    path.write_text(head + "    patterns:\n      - []\n")
    with pytest.raises(LexiconError, match="non-empty list"):
        load_entity_file(path)
    path.write_text(head + "    patterns:\n      - [{LOWER: our}, {IS_TITLE: true, OP: '+'}, {LOWER: drip}]\n")
    rules = load_entity_file(path)
    assert [bool(rule.pattern) for rule in rules] == [False, True] and rules[1].id == "our_offer"

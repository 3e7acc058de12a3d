"""The lexicons' token patterns mean what they mean in spaCy's Matcher.

claimaudit matches token patterns with its own index (analyzer/patterns.py: anchors, required
words, answers remembered per word). For every pattern here, at every start, it must find the
same longest match as spaCy's own Matcher on the same Doc.
"""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from analyzer.nlp import build_pipeline
from analyzer.patterns import PatternIndex
from analyzer.tokens import token_view

PATTERNS = {
    # a title-case word that is not a common opener, then a title-case word and a possessive
    "name_possessive": [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["our", "the", "dr"]}}, {"IS_TITLE": True},
                        {"ORTH": {"IN": ["'s", "’s"]}}],
    # a sentence-initial title-case word, a comma and a number ("Jane, 42")
    "reviewer_age": [{"IS_TITLE": True, "IS_SENT_START": True}, {"ORTH": ","}, {"LIKE_NUM": True}],
    # any alphabetic word, a full stop, then "proven"
    "word_stop_proven": [{"IS_ALPHA": True}, {"ORTH": {"IN": [".", "!"]}}, {"LOWER": "proven"}],
    # negated mixed step: not (upper-case and sentence start), then "approved"
    "not_upper_start": [{"IS_UPPER": True, "IS_SENT_START": True, "OP": "!"}, {"LOWER": "approved"}],
    # regex first step, optional and bounded repeats
    "recover_fast": [{"LOWER": {"REGEX": "^recover(s|ed|ing)?$"}}, {"IS_ALPHA": True, "OP": "{0,2}"},
                     {"LOWER": {"IN": ["faster", "quicker"]}}],
    # a number anchor, a unit, and a required word further on
    "number_ml": [{"LIKE_NUM": True}, {"LOWER": {"IN": ["ml", "cc"]}}, {"IS_ALPHA": True, "OP": "*"},
                  {"LOWER": "drip"}],
    # literal pair anchor with an optional and a plus step
    "clinically_proven": [{"LOWER": "clinically"}, {"LOWER": "proven"}, {"LOWER": "to", "OP": "?"},
                          {"IS_ALPHA": True, "OP": "+"}],
    # optional first step (indexed as two variants)
    "maybe_voted_best": [{"LOWER": "voted", "OP": "?"}, {"LOWER": "best"}, {"IS_TITLE": True, "OP": "*"},
                         {"LOWER": "clinic"}],
}

TEXTS = [
    "Dr Smith's drip is clinically proven to work. Jane, 42, says so. Sarah Jones's clinic agrees.",
    "Voted best London clinic. Best Clinic in town! Our Best Spa Clinic is open.",
    "Patients recover faster. They recovered much quicker too. RECOVER faster, now.",
    "A 500 ml vitamin drip. Then 250 cc of saline drip! Studies. Proven. Naturally! proven results.",
    "FDA approved? No. Not approved. APPROVED approved. Mark Twain's book, 1884.",
    "The Queen's nurses. Tom, 35 and Anna, 41 loved it. clinically proven",
]


def spacy_longest(nlp, doc) -> set[tuple[str, int, int]]:
    matcher = Matcher(nlp.vocab)
    for key, pattern in PATTERNS.items():
        matcher.add(key, [pattern])
    longest: dict[tuple[str, int], int] = {}
    for match_id, start, end in matcher(doc):
        key = (nlp.vocab.strings[match_id], start)
        longest[key] = max(longest.get(key, 0), end)
    return {(key, start, end) for (key, start), end in longest.items()}


@pytest.mark.parametrize("text", TEXTS)
def test_each_pattern_finds_what_spacys_matcher_finds(text):
    nlp = build_pipeline("en")
    index = PatternIndex([(key, pattern, "test") for key, pattern in PATTERNS.items()])
    doc = nlp(text)
    ours = set(index.find(token_view(doc)))
    assert ours == spacy_longest(nlp, doc)
    assert ours  # every text exercises at least one pattern


def test_answers_remembered_per_word_do_not_leak_between_documents():
    """A step's answer is remembered per word; a context-dependent test (sentence start) is not."""
    nlp = build_pipeline("en")
    index = PatternIndex([("reviewer_age", PATTERNS["reviewer_age"], "test")])
    first = nlp("Jane, 42, loved it.")
    second = nlp("We asked Jane, 42, about it.")
    assert [(s, e) for _, s, e in index.find(token_view(first))] == [(0, 3)]
    assert index.find(token_view(second)) == []


def test_a_full_word_memo_starts_again_without_losing_matches(monkeypatch):
    """When the words remembered per column pass the limit, they are sorted again from scratch."""
    import analyzer.patterns as patterns_module

    monkeypatch.setattr(patterns_module, "CACHE_LIMIT", 3)
    nlp = build_pipeline("en")
    index = PatternIndex([("name_possessive", PATTERNS["name_possessive"], "test")])
    doc = nlp("Sarah Jones's clinic agrees.")
    assert [(s, e) for _, s, e in index.find(token_view(doc))] == [(0, 3)]
    for filler in ("Alpha beta gamma delta.", "Epsilon zeta eta theta.", "Iota kappa lambda mu."):
        index.find(token_view(nlp(filler)))  # more words than the limit: the memo starts again
    assert [(s, e) for _, s, e in index.find(token_view(nlp("Sarah Jones's clinic agrees.")))] == [(0, 3)]

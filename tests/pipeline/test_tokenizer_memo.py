"""The English tokenizer's affix searches are remembered per string (analyzer.nlp.
remember_affix_searches): the tokens must be exactly those of spaCy's own tokenizer."""

from __future__ import annotations

import spacy

from analyzer.nlp import (
    AFFIX_MEMO_LIMIT,
    _RememberedSearch,
    build_pipeline,
    remember_affix_searches,
)

# Special cases early ("e.g.", "don't", "Dr.") switch off spaCy's chunk cache for the rest of a
# Doc; then brackets, quotes, hyphens, URLs, percentages and units go through the affix searches.
TEXTS = [
    "Don't wait, e.g. call Dr. Smith: (PRP) \"works\"—really?! 100%-safe, 3x/week, 1.5mg/kg... "
    "visit https://clinic.example/drip?x=1 or info@clinic.example; anti-aging, NAD+-boost!!",
    "I'm sure: stem-cell 'therapy' (U.S.A.) heals knees... $499/session, 10,000 IU; ‘best’ “ever”.",
    "",
    "   \n\n  ",
]


def tokens(nlp, text):
    return [(token.text, token.idx, token.whitespace_) for token in nlp.make_doc(text)]


def test_remembered_searches_give_spacys_tokens_on_first_and_later_runs():
    plain = spacy.blank("en")
    remembered = spacy.blank("en")
    remember_affix_searches(remembered.tokenizer)
    for _ in range(2):  # the second run answers from the memo
        for text in TEXTS:
            assert tokens(remembered, text) == tokens(plain, text)


def test_the_audit_pipeline_remembers_its_affix_searches():
    tokenizer = build_pipeline("en").tokenizer
    assert isinstance(tokenizer.suffix_search.__self__, _RememberedSearch)
    assert isinstance(tokenizer.infix_finditer.__self__, _RememberedSearch)


def test_tokenizer_with_remembered_searches_still_serialises():
    remembered = spacy.blank("en")
    remember_affix_searches(remembered.tokenizer)
    copy = spacy.blank("en")
    copy.tokenizer.from_bytes(remembered.tokenizer.to_bytes())
    assert tokens(copy, TEXTS[0]) == tokens(spacy.blank("en"), TEXTS[0])


def test_memo_starts_again_when_full():
    memo = _RememberedSearch(str.upper)
    for number in range(AFFIX_MEMO_LIMIT + 10):
        assert memo[str(number) + "a"] == str(number) + "A"
    assert len(memo) <= AFFIX_MEMO_LIMIT

"""The English tokenizer's affix searches are remembered per string (analyzer.nlp.
remember_affix_searches), and the chunks it splits afresh are fed to its cache (analyzer.nlp.
make_doc): the tokens must be exactly those of spaCy's own tokenizer."""

from __future__ import annotations

import spacy

from analyzer.nlp import (
    _FEEDERS,
    AFFIX_MEMO_LIMIT,
    TOKENIZER_CACHE_CHUNKS,
    _ChunkCacheFeeder,
    _RememberedSearch,
    build_pipeline,
    make_doc,
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


def test_make_doc_feeds_the_chunks_split_afresh_to_the_tokenizer_cache():
    """analyzer.nlp.make_doc: the chunks a page had split afresh (after a special case) are fed
    to spaCy's chunk cache, so the same page again asks the prefix search nothing; the tokens
    are spaCy's own throughout."""
    nlp = spacy.blank("en")
    remember_affix_searches(nlp.tokenizer)
    plain = spacy.blank("en")
    asked = nlp.tokenizer.prefix_search.__self__.asked
    for text in TEXTS:
        first = make_doc(nlp, text)
        assert not asked  # read and cleared by make_doc
        assert [(t.text, t.idx, t.whitespace_) for t in first] == tokens(plain, text)
        nlp.tokenizer(text)
        assert not asked  # every chunk but a special case itself ("e.g.", "Don't") came from the cache
        assert [(t.text, t.idx, t.whitespace_) for t in make_doc(nlp, text)] == tokens(plain, text)


def test_a_chunk_holding_a_special_case_is_offered_once():
    """'(don't' holds a special case: spaCy never keeps its tokens, and it is not fed again."""
    nlp = spacy.blank("en")
    remember_affix_searches(nlp.tokenizer)
    make_doc(nlp, "Don't (don't) wait")
    nlp.tokenizer("Don't (don't) wait")
    asked = nlp.tokenizer.prefix_search.__self__.asked
    assert "(don't)" in asked  # split afresh every time
    fed = len(_FEEDERS.get(nlp.tokenizer, _ChunkCacheFeeder).offered)
    make_doc(nlp, "Don't (don't) wait")
    assert len(_FEEDERS.get(nlp.tokenizer, _ChunkCacheFeeder).offered) == fed


def test_the_audit_pipeline_keeps_more_chunks_than_spacys_default():
    assert build_pipeline("en").tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS > 10_000

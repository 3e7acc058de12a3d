"""The phrase index finds what spaCy's PhraseMatcher finds on the expanded phrases.

claimaudit matches lexicon phrases with its own index (analyzer/phrases.py): groups such as
``(a|b)`` and ``(x )?`` stay compiled, and candidates are looked up by their first one, two or
three tokens. For the phrases here, at every start, it must give the same longest end per
phrase as spaCy's PhraseMatcher given every expansion of every phrase.
"""

from __future__ import annotations

import pickle

import numpy
import pytest
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id

from analyzer.lexicon import expand_all
from analyzer.nlp import build_pipeline
from analyzer.phrases import PhraseIndex, _Table, compile_phrase
from analyzer.tokens import token_view

PHRASES = {
    "one_word": "cures",
    "two_words": "clinically proven",
    "long": "(safe|gentle) and (effective|natural) (for everyone|for all ages)",
    "optional_first": "(completely )?(safe|risk-free)",
    "optional_middle": "(the )?(most|very )?advanced (stem cell )?clinic",
    "optional_last": "no side effects( at all)?( whatsoever)?",
    "split_tokens": "100% (safe|natural)",
    "many_options": "(treats|cures|heals|reverses) (cancer|autism|arthritis|copd|dementia|diabetes)",
    "shares_start": "clinically (tested|proven to (work|heal))",
}

TEXTS = [
    "Our treatment cures cancer. It is clinically proven to work and clinically tested.",
    "Completely safe and effective for all ages: safe and natural for everyone. Risk-free!",
    "The most advanced stem cell clinic, the very advanced clinic, an advanced clinic.",
    "No side effects at all whatsoever. no side effects. No side effects at all",
    "100% safe, 100 % natural and 100% natural. It treats autism, reverses dementia and heals COPD.",
    "clinically",
    "safe",
    "clinically proven to heal",
]


def test_phrase_index_agrees_with_spacy_phrase_matcher():
    nlp = build_pipeline("en")

    def readings(text: str) -> tuple[tuple[str, ...], ...]:
        return (tuple(token.lower_ for token in nlp.make_doc(text) if not token.is_space),)

    index = PhraseIndex(compile_phrase(key, match, readings) for key, match in PHRASES.items())
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, match in PHRASES.items():
        matcher.add(key, [nlp.make_doc(expansion) for expansion in expand_all(match) if expansion])
    checked = 0
    for text in TEXTS:
        doc = nlp.make_doc(text)
        view = token_view(doc)
        ours = set(index.find(view.column("lower_"), view.array("lower_")))
        longest: dict[tuple[str, int], int] = {}
        for match_id, start, end in matcher(doc):
            key = (nlp.vocab.strings[match_id], start)
            longest[key] = max(longest.get(key, 0), end)
        theirs = {(key, start, end) for (key, start), end in longest.items()}
        assert ours == theirs, text
        checked += len(theirs)
    assert checked >= 20  # the texts exercise the phrases


# Phrases whose options share their first words: a longer option that fails must not hide a
# shorter one that goes on to match, nor the reverse.
SHARED_WORDS = {
    "clinic": "(stem|stem cell|stem cell therapy) (clinic|centre)",
    "very_good": "(very|very very) good",
    "cure_words": "(cure|cures|cure for|cures all)",
    "pain_free": "pain (free|free forever)?",
    "twice_optional": "(fully )?(fully )?restores",
    "new_you": "(a|an) (new|new you)( today)?",
    "sequence": "no side effects",
    "only_optional": "(totally )?",
}

SHARED_TEXTS = [
    "A stem cell clinic, a stem cell therapy centre and a stem clinic. Stem cell therapy.",
    "Very very good and very good; very very.",
    "It cures all ills, a cure for that, cures everything, a cure",
    "Pain free forever, pain free, pain. Pain free",
    "It fully fully restores, fully restores and restores. Fully",
    "A new you today, an new you, a new day, a new",
    "No side effects, no side",
    "totally",
]


def test_options_that_share_words_find_what_spacy_finds():
    nlp = build_pipeline("en")

    def readings(text: str) -> tuple[tuple[str, ...], ...]:
        return (tuple(token.lower_ for token in nlp.make_doc(text) if not token.is_space),)

    index = PhraseIndex(compile_phrase(key, match, readings) for key, match in SHARED_WORDS.items())
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for key, match in SHARED_WORDS.items():
        matcher.add(key, [nlp.make_doc(expansion) for expansion in expand_all(match) if expansion.strip()])
    found_keys = set()
    for text in SHARED_TEXTS:
        doc = nlp.make_doc(text)
        view = token_view(doc)
        ours = index.find(view.column("lower_"), view.array("lower_"))
        longest: dict[tuple[str, int], int] = {}
        for match_id, start, end in matcher(doc):
            key = (nlp.vocab.strings[match_id], start)
            longest[key] = max(longest.get(key, 0), end)
        assert set(ours) == {(key, start, end) for (key, start), end in longest.items()}, text
        assert len(ours) == len(set(ours)), text
        found_keys |= {key for key, _, _ in ours}
    assert found_keys == set(SHARED_WORDS)  # every phrase was exercised


def plain_index(*phrases: tuple[str, str]) -> PhraseIndex:
    """An index of (key, match string) phrases whose words are single lower-case tokens."""
    def readings(text: str) -> tuple[tuple[str, ...], ...]:
        return (tuple(text.lower().split()),)

    return PhraseIndex(compile_phrase(key, match, readings) for key, match in phrases)


def find_in(index: PhraseIndex, text: str) -> list[tuple[str, int, int]]:
    words = text.lower().split()
    return index.find(words, numpy.array([get_string_id(word) for word in words], dtype=numpy.uint64))


def test_hits_come_by_start_and_then_in_lexicon_order():
    """Whether a phrase is found by its first one, two or three words, the hits at one start
    keep the order of the lexicon (of equal claims, the first rule's wins)."""
    index = plain_index(("three_words", "stem cell therapy"), ("one_word", "stem"), ("two_words", "stem cell"),
                        ("maybe_the", "(the )?stem cell"))
    assert find_in(index, "the stem cell therapy") == [
        ("maybe_the", 0, 3),
        ("three_words", 1, 4), ("one_word", 1, 2), ("two_words", 1, 3), ("maybe_the", 1, 3),
    ]


def test_match_strings_of_one_rule_give_one_hit_per_span():
    index = plain_index(("cure", "cures"), ("cure", "(cures|heals)"), ("cure", "(cures|heals) (all|everything)?"))
    assert find_in(index, "it cures all and heals") == [("cure", 1, 2), ("cure", 1, 3), ("cure", 4, 5)]


def test_only_rules_of_several_match_strings_have_their_hits_checked_for_repeats():
    """The set that drops a repeated hit is skipped for a rule of one match string (it cannot
    repeat): the index must know which keys are shared, also once loaded from its saved form."""
    index = plain_index(("cure", "cures"), ("heal", "(heals|cures)"), ("cure", "(cures|heals) all"),
                        ("heal", "heals( all)?"))
    text = "it cures all and heals all"
    expected = [("cure", 1, 2), ("heal", 1, 2), ("cure", 1, 3), ("heal", 4, 5), ("cure", 4, 6), ("heal", 4, 6)]
    for loaded in (index, pickle.loads(pickle.dumps(index))):
        assert find_in(loaded, text) == expected
        matchers = {loaded._matcher(number).key: loaded._matcher(number).shared for number in range(4)}
        assert matchers == {"cure": True, "heal": True}
    alone = plain_index(("cure", "cures"), ("heal", "heals"))
    assert [alone._matcher(number).shared for number in range(2)] == [False, False]
    assert find_in(alone, "cures heals cures") == [("cure", 0, 1), ("heal", 1, 2), ("cure", 2, 3)]


def test_a_phrase_at_the_very_end_or_cut_short_by_it():
    index = plain_index(("side", "no side effects( at all)?"), ("free", "(pain )?free"))
    assert find_in(index, "no side effects") == [("side", 0, 3)]
    assert find_in(index, "no side effects at") == [("side", 0, 3)]
    assert find_in(index, "no side") == []
    assert find_in(index, "pain") == []
    assert find_in(index, "free") == [("free", 0, 1)]
    assert find_in(index, "") == []


def test_an_index_loaded_from_its_saved_form_finds_the_same():
    index = plain_index(("clinic", "(stem|stem cell) (clinic|centre)"), ("cure", "(cure|cures) (all|cancer)?"))
    text = "our stem cell clinic cures all and our stem centre cures"
    before = find_in(index, text)
    assert before == [("clinic", 1, 4), ("cure", 4, 6), ("clinic", 8, 10), ("cure", 10, 11)]
    assert find_in(pickle.loads(pickle.dumps(index)), text) == before


def test_an_index_saved_by_an_older_version_is_built_afresh(tmp_path, monkeypatch):
    """A cache entry written by an earlier version of the phrase index (its attributes saved as
    they were, without the format number) is not read as an index: the cache builds a new one."""
    from analyzer import cache

    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", str(tmp_path))
    stale = plain_index(("stale", "cures"))
    with monkeypatch.context() as patched:
        patched.setattr(PhraseIndex, "__getstate__", lambda self: {"_entries": self._entries, "_tables": None})
        (tmp_path / "phrases-key.pickle").write_bytes(pickle.dumps(stale))
    built = []

    def build() -> PhraseIndex:
        built.append(plain_index(("fresh", "cures")))
        return built[-1]

    index = cache.cached("phrases", "key", build)
    assert built and index is built[0]
    assert find_in(index, "it cures") == [("fresh", 1, 2)]
    again = cache.cached("phrases", "key", lambda: pytest.fail("the rebuilt entry was not saved"))
    assert find_in(again, "it cures") == [("fresh", 1, 2)]


@pytest.mark.parametrize("size", [0, 1, 2, 300, 5000])
def test_the_key_table_finds_each_keys_numbers_and_nothing_else(size):
    """The table's bucket lookup (see _Table) gives every entry number of each key, and nothing
    for any other value: values beside the keys, past the last key, before the first, and in
    crowded buckets."""
    rng = numpy.random.default_rng(size)
    keys = {int(key) for key in rng.integers(0, 2**64, size, dtype=numpy.uint64)}
    keys |= {2**64 - 1, 0} if size > 1 else set()
    keys |= {(1 << 63) + offset for offset in range(20)} if size > 2 else set()  # one crowded bucket
    numbers = {key: list(range(number % 3 + 1)) for number, key in enumerate(sorted(keys))}  # 1 to 3 a key
    table = _Table(numbers)
    others = [int(value) for value in rng.integers(0, 2**64, 1000, dtype=numpy.uint64)]
    others += [key + 1 for key in keys if key + 1 < 2**64] + [(1 << 63) + 25, 2**64 - 2]
    values = [value for value in others if value not in keys] + sorted(keys)
    for loaded in (table, pickle.loads(pickle.dumps(table))):
        where, found = loaded.find(numpy.array(values, dtype=numpy.uint64))
        pairs = {(values[position], number) for position, number in zip(where.tolist(), found.tolist())}
        assert pairs == {(key, number) for key, numbers_of_key in numbers.items() for number in numbers_of_key}

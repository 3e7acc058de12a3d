"""The phrase index finds what spaCy's PhraseMatcher finds on the expanded phrases.

claimaudit matches lexicon phrases with its own index (analyzer/phrases.py): groups such as
``(a|b)`` and ``(x )?`` stay compiled, and candidates are looked up by their first one, two or
three tokens. For the phrases here, at every start, it must give the same longest end per
phrase as spaCy's PhraseMatcher given every expansion of every phrase.
"""

from __future__ import annotations

from spacy.matcher import PhraseMatcher

from analyzer.lexicon import expand_all
from analyzer.nlp import build_pipeline
from analyzer.phrases import PhraseIndex, compile_phrase
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

"""The sentence component's shortcuts find what a walk over every token finds.

``_end_at_emoji`` looks only at the tokens that hold an emoji character (found in the page
text), and the one-token phrases of the phrase index are checked with a set lookup instead of
their automaton. Here each is compared with the plain rule it stands for.
"""

from __future__ import annotations

import numpy
import pytest

from analyzer.nlp import EMOJI, _end_at_emoji, build_pipeline
from analyzer.phrases import _one_token_words, compile_phrase
from analyzer.tokens import token_view, with_text

EMOJI_TEXTS = [
    "Works even if you skip the gym 😂 clients lose 5 kg a month",
    "She smashed her PB 🏃‍♀️⚡ Fuel like the pros",
    "So happy with my lips 💋!",
    "😂 first token, then 2 😂😂 words 👍🏽 and ❤️ more",
    "Runs 🔥🔥 🔥 across spaces 🔥\n\nnext line 😂",
    "Numbers 10 ✨ Glow, ✨ after a comma ✨",
    "ending in emoji 🙏",
    "A skin tone alone 🏽 and a joiner \u200d here ⚡X",
]


def walked_starts(words: list[str], is_alpha: list[int]) -> set[int]:
    """The emoji rule as a walk over every token: after a word, a run of emoji tokens, then a
    word: that word starts a sentence."""
    found = set()
    index = 1
    while index < len(words):
        if EMOJI.match(words[index]) and (is_alpha[index - 1] or words[index - 1].isdigit()):
            end = index
            while end < len(words) and EMOJI.match(words[end]):
                end += 1
            if end < len(words) and is_alpha[end]:
                found.add(end)
            index = end
        index += 1
    return found


@pytest.mark.parametrize("text", EMOJI_TEXTS)
def test_emoji_found_from_the_page_text_are_those_of_a_walk_over_every_token(text):
    nlp = build_pipeline("en")
    view = token_view(with_text(nlp.make_doc(text), text))
    starts = numpy.zeros(view.size, dtype=bool)
    _end_at_emoji(view, starts)
    assert set(numpy.flatnonzero(starts).tolist()) == walked_starts(view.column("text"), view.column("is_alpha"))


def test_the_emoji_rule_fires_in_these_texts():
    """(So that the comparison above is not between two empty sets.)"""
    nlp = build_pipeline("en")
    fired = 0
    for text in EMOJI_TEXTS:
        view = token_view(with_text(nlp.make_doc(text), text))
        fired += bool(walked_starts(view.column("text"), view.column("is_alpha")))
    assert fired >= 4


def one_token(match: str):
    phrase = compile_phrase("key", match, lambda text: (tuple(text.lower().split()),))
    return _one_token_words(phrase.indexed)


def test_one_token_phrases_are_told_apart():
    assert one_token("cures") == {"cures"}
    assert one_token("cure(s|d)?") == {"cure", "cures", "cured"}
    assert one_token("(heals|cures)") == {"heals", "cures"}
    assert one_token("(the )?clinic") is None  # two tokens or one
    assert one_token("stem cell") is None
    assert one_token("(cures)?") is None  # may be empty
    assert one_token("(cures|stem cell)") is None  # an option of two tokens

"""The quick disclosure scans (analyzer.disclosures) against the plain ways they stand for:
``fold`` against the regular expression it replaces, and the presence-only scans of a page
(``items_in``, ``substring_items_in``) against the scans that say where each phrase is."""

from __future__ import annotations

import json
import random

import pytest

from analyzer.disclosures import _FOLD, _fold_by_regex, _phrase_index, fold, load_disclosures
from conftest import SAMPLES

PAD = "Lorem Ipsum, dolor sit AMET; consectetur adipiscing elit sed do eiusmod tempor incididunt " * 2


def gold_texts(lang: str) -> list[str]:
    lines = (SAMPLES / "gold" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_every_white_space_character_is_a_separator():
    # fold's ``split()`` collapses runs of separators only because of this
    assert all(_FOLD.fullmatch(chr(code)) for code in range(0x110000) if chr(code).isspace())


@pytest.mark.parametrize("text", ["", " ", "..", "Abc", "Abc.", " Abc ", "Main risks & side-effects:", "it’s £20 — or €5",
                                  "ΟΔΟΣ Σ.", "İstanbul", "a\u0301b c\u00a0d\u3000e", "x\ud800y", "日本語の、テキスト。"])
def test_fold_is_the_regular_expression_way(text):
    assert fold(text) == _fold_by_regex(text)
    assert fold(PAD + text) == _fold_by_regex(PAD + text)  # (mostly ASCII: the table way)
    assert fold(text + PAD + text) == _fold_by_regex(text + PAD + text)


def test_fold_is_the_regular_expression_way_for_every_character_among_ascii():
    # each character once inside mostly ASCII text (folded by the byte table and one replace per separator)
    for code in range(0x80, 0x110000, 7):
        char = chr(code)
        for text in (PAD + char + "b" + char, char + PAD + "Σ" + char):
            assert fold(text) == _fold_by_regex(text), hex(code)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_fold_of_the_gold_texts(lang):
    for text in gold_texts(lang):
        assert fold(text) == _fold_by_regex(text)


def test_word_phrases_present_are_those_the_positional_scan_finds():
    lexicon = load_disclosures("en")
    index = _phrase_index(lexicon)
    pages = [fold(text).split(" ") for text in gold_texts("en")]
    vocabulary = sorted({word for entries in lexicon.by_first_word.values() for _, phrase in entries for word in phrase})
    rng = random.Random(3)
    pages += [[rng.choice(vocabulary) for _ in range(rng.randint(0, 30))] for _ in range(2000)]
    pages += [[], [""], ["", ""], ["", "", ""]]
    assert any(index.items_in(words) for words in pages)
    for words in pages:
        assert index.items_in(words) == {item for item, _ in index.phrases_in(words, ())}, words


def test_substrings_present_are_those_the_positional_scan_finds():
    lexicon = load_disclosures("ja")
    index = _phrase_index(lexicon)
    pages = [fold(text).replace(" ", "") for text in gold_texts("ja")]
    characters = sorted({char for _, text in lexicon.substrings for char in text})
    rng = random.Random(5)
    for _ in range(3000):
        page = "".join(rng.choice(characters) for _ in range(rng.randint(0, 30)))
        _, text = rng.choice(lexicon.substrings)
        cut = rng.randint(0, len(page))
        pages.append(page[:cut] + text[:rng.randint(0, len(text))] + page[cut:])  # often a part of a substring
    assert any(index.substring_items_in(page) for page in pages)
    for page in pages:
        assert index.substring_items_in(page) == {item for item, _ in index.substrings_in(page)}, page

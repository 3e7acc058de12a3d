"""A phrase matcher that understands the lexicons' ``(a|b)`` / ``(x)?`` groups natively.

Expanding every match string into plain phrases for spaCy's PhraseMatcher gives a quarter of
a million phrases and a 20-second start. Instead each match string is compiled once into a
sequence of *slots*: a slot is the set of token sequences one space-separated unit of the
string can be (``(completely )?`` → [["completely"], []]; ``rejuvenat(e|es)`` →
[["rejuvenate"], ["rejuvenates"]]). Matching walks the slots from the tokens that can start
a match (a dict lookup per token), so most tokens cost one lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id

from analyzer.lexicon import expand_all
from analyzer.tokens import member

Tokens = tuple[str, ...]


Slot = tuple[bool, dict[str, tuple[Tokens, ...]]]  # (may be empty, options by their first token)


@dataclass(frozen=True, eq=False)
class CompiledPhrase:
    key: str
    slots: tuple[tuple[Tokens, ...], ...]  # each slot: its alternative token sequences (() = may be empty)

    @property
    def indexed(self) -> tuple[Slot, ...]:
        """The slots for matching: whether each may be empty, and its options (longest
        first) by their first token, so a slot of 150 disease names costs one lookup."""
        indexed = []
        for options in self.slots:
            by_first: dict[str, list[Tokens]] = {}
            for option in options:
                if option:
                    by_first.setdefault(option[0], []).append(option)
            indexed.append((() in options, {first: tuple(found) for first, found in by_first.items()}))
        return tuple(indexed)


def split_units(match: str) -> list[str]:
    """Split a match string at spaces outside groups: ``"(can|will) (fully )?reverse"`` →
    ``["(can|will)", "(fully )?reverse"]``."""
    units, depth, current = [], 0, []
    for char in match:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char.isspace() and depth == 0:
            if current:
                units.append("".join(current))
            current = []
        else:
            current.append(char)
    if current:
        units.append("".join(current))
    return units


def compile_phrase(key: str, match: str, tokenize: Callable[[str], Tokens], where: str = "<string>") -> CompiledPhrase:
    slots = []
    for unit in split_units(match):
        options = {tokenize(option) if option else () for option in expand_all(unit, where)}
        slots.append(tuple(sorted(options, key=len, reverse=True)))
    return CompiledPhrase(key, tuple(slots))


class PhraseIndex:
    """All compiled phrases, indexed by the pair of tokens that can begin them (or by the
    single token of a one-token match), so a common first word ("the", "our") costs nothing.

    The places where some phrase can begin are found with numpy on the Doc's hash keys of the
    tokens (spaCy's string-store keys: ``Doc.to_array(LOWER)``); only those are visited in Python.
    """

    def __init__(self, phrases: Iterable[CompiledPhrase]):
        self.by_pair: dict[tuple[str, str], list[tuple[str, tuple[Slot, ...]]]] = {}
        self.by_single: dict[str, list[tuple[str, tuple[Slot, ...]]]] = {}
        for phrase in phrases:
            entry = (phrase.key, phrase.indexed)
            for prefix in set(_prefixes(phrase.slots, 0, (), 2)):
                if len(prefix) == 2:
                    self.by_pair.setdefault(prefix, []).append(entry)
                elif len(prefix) == 1:
                    self.by_single.setdefault(prefix[0], []).append(entry)
        # The same, by the tokens' hash keys: a pair's key mixes its two (a rare clash only
        # costs a try: every candidate is checked token by token).
        self._by_single_key = {get_string_id(word): entries for word, entries in self.by_single.items()}
        self._by_pair_key: dict[int, list] = {}
        for (first, second), entries in self.by_pair.items():
            self._by_pair_key.setdefault(_pair_key(get_string_id(first), get_string_id(second)), []).extend(entries)
        self._single_keys = numpy.array(sorted(self._by_single_key), dtype=numpy.uint64)
        self._pair_keys = numpy.array(sorted(self._by_pair_key), dtype=numpy.uint64)

    def __len__(self) -> int:
        return len(self.by_pair) + len(self.by_single)

    def find(self, tokens: Sequence[str], keys: numpy.ndarray) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match in ``tokens`` (overlaps included; for each
        phrase and start, the longest end). ``keys``: the tokens' string-store hash keys."""
        size = len(tokens)
        if not size:
            return []
        keys = keys.astype(numpy.uint64, copy=False)
        pair_keys = keys[:-1] * _MIX + keys[1:]
        paired = numpy.append(member(pair_keys, self._pair_keys), False)
        starts = numpy.flatnonzero(member(keys, self._single_keys) | paired).tolist()
        if not starts:
            return []
        found = []
        by_single, by_pair = self._by_single_key, self._by_pair_key
        key_list, pair_list, paired_list = keys.tolist(), pair_keys.tolist(), paired.tolist()
        for start in starts:
            candidates = by_single.get(key_list[start], ())
            if paired_list[start]:
                candidates = (*candidates, *by_pair[pair_list[start]])
            seen = set()
            for key, slots in candidates:
                end = _longest_end(slots, 0, tokens, start, size)
                if end is not None and end > start and (key, end) not in seen:
                    seen.add((key, end))
                    found.append((key, start, end))
        return found


_MIX = numpy.uint64(0x9E3779B97F4A7C15)  # odd multiplier mixing a pair's first key into its second


def _pair_key(first: int, second: int) -> int:
    """``first * _MIX + second`` modulo 2**64, as numpy computes it on uint64 columns."""
    return (first * int(_MIX) + second) & 0xFFFFFFFFFFFFFFFF


def _prefixes(slots, index: int, prefix: Tokens, size: int):
    """The first ``size`` tokens a phrase can begin with (shorter when it can end sooner)."""
    if len(prefix) >= size:
        yield prefix[:size]
        return
    if index == len(slots):
        if prefix:
            yield prefix
        return
    for option in slots[index]:
        yield from _prefixes(slots, index + 1, prefix + option, size)


def _longest_end(slots: tuple[Slot, ...], index: int, tokens: Sequence[str], position: int, size: int) -> int | None:
    if index == len(slots):
        return position
    may_be_empty, by_first = slots[index]
    best = None
    if position < size:
        for option in by_first.get(tokens[position], ()):
            length = len(option)
            if length > 1 and tuple(tokens[position : position + length]) != option:
                continue
            end = _longest_end(slots, index + 1, tokens, position + length, size)
            if end is not None and (best is None or end > best):
                best = end
    if may_be_empty:
        end = _longest_end(slots, index + 1, tokens, position, size)
        if end is not None and (best is None or end > best):
            best = end
    return best

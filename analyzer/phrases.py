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
from analyzer.tokens import positions_in

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


def compile_phrase(key: str, match: str, readings: Callable[[str], tuple[Tokens, ...]],
                   where: str = "<string>") -> CompiledPhrase:
    """``readings``: the token sequences a piece of the match string can read as in running text
    (usually one; a Japanese unit ending in で reads two ways)."""
    slots = []
    for unit in split_units(match):
        options = {reading for option in expand_all(unit, where) for reading in (readings(option) if option else ((),))}
        slots.append(tuple(sorted(options, key=len, reverse=True)))
    return CompiledPhrase(key, tuple(slots))


class PhraseIndex:
    """All compiled phrases, indexed by the first three tokens they can begin with (fewer when
    the phrase can be shorter), so a common first word ("the", "our") costs nothing and most
    candidates that reach the token-by-token check match.

    The places where some phrase can begin are found with numpy on the Doc's hash keys of the
    tokens (spaCy's string-store keys: ``Doc.to_array(LOWER)``); only those are visited in Python.
    """

    def __init__(self, phrases: Iterable[CompiledPhrase]):
        entries: list[tuple[str, tuple[Slot, ...]]] = []  # (key, slots) of every phrase
        by_prefix: tuple[dict[int, list[int]], ...] = ({}, {}, {})  # mixed hash keys of 1, 2, 3 first tokens -> entry numbers
        for phrase in phrases:
            number = len(entries)
            entries.append((phrase.key, phrase.indexed))
            for prefix in set(_prefixes(phrase.slots, 0, (), PREFIX_TOKENS)):
                if prefix:
                    by_prefix[len(prefix) - 1].setdefault(_mixed_key(map(get_string_id, prefix)), []).append(number)
        # A clash of two prefixes' mixed keys only costs a try: every candidate is checked token by token.
        self._entries = entries
        self._tables = tuple(_Table(numbers) for numbers in by_prefix)

    def __len__(self) -> int:
        return sum(len(table.keys) for table in self._tables)

    def find(self, tokens: Sequence[str], keys: numpy.ndarray) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match in ``tokens`` (overlaps included; for each
        phrase and start, the longest end), by start and then in lexicon order. ``keys``: the
        tokens' string-store hash keys."""
        size = len(tokens)
        if not size:
            return []
        keys = mixed = keys.astype(numpy.uint64, copy=False)
        rows = []  # per prefix length: each position's row in that table, or -1
        for length, table in enumerate(self._tables, start=1):
            if length > 1:
                mixed = mixed[:-1] * _MIX + keys[length - 1:]
            rows.append(numpy.append(table.rows(mixed), numpy.full(min(length - 1, size), -1)))
        starts = numpy.flatnonzero(numpy.logical_or.reduce([row >= 0 for row in rows])).tolist()
        if not starts:
            return []
        found = []
        entries = self._entries
        lookups = [(table.entries_of, row.tolist()) for table, row in zip(self._tables, rows)]
        for start in starts:
            numbers = [number for entries_of, row in lookups for number in entries_of(row[start])]
            seen = set()
            # in lexicon order, whichever table found them: of equal claims the first rule wins
            for number in sorted(set(numbers)) if len(numbers) > 1 else numbers:
                key, slots = entries[number]
                end = _longest_end(slots, 0, tokens, start, size)
                if end is not None and end > start and (key, end) not in seen:
                    seen.add((key, end))
                    found.append((key, start, end))
        return found


class _Table:
    """Hash key -> entry numbers, as numpy arrays (quick to save and load): the sorted keys,
    and each key's run of entry numbers in one flat array."""

    def __init__(self, numbers_by_key: dict[int, list[int]]):
        ordered = sorted(numbers_by_key)
        self.keys = numpy.array(ordered, dtype=numpy.uint64)
        self.offsets = numpy.cumsum([0, *(len(numbers_by_key[key]) for key in ordered)]).astype(numpy.int64)
        self.numbers = numpy.array([n for key in ordered for n in numbers_by_key[key]], dtype=numpy.int64)
        self._lists: tuple[list[int], list[int]] | None = None

    def __getstate__(self) -> dict:
        return {"keys": self.keys, "offsets": self.offsets, "numbers": self.numbers}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _lists=None)

    def rows(self, values: numpy.ndarray) -> numpy.ndarray:
        """For each of ``values``, its row in the table, or -1 when it is no key."""
        return positions_in(values, self.keys)

    def entries_of(self, row: int) -> list[int]:
        """The entry numbers of row ``row`` (none for -1)."""
        if row < 0:
            return []
        if self._lists is None:
            self._lists = (self.offsets.tolist(), self.numbers.tolist())
        offsets, numbers = self._lists
        return numbers[offsets[row] : offsets[row + 1]]


_MIX = numpy.uint64(0x9E3779B97F4A7C15)  # odd multiplier mixing each key into the next
PREFIX_TOKENS = 3  # phrases are indexed by up to this many first tokens


def _mixed_key(keys: Iterable[int]) -> int:
    """``((k1 * _MIX + k2) * _MIX + k3)`` modulo 2**64, as numpy computes it on uint64 columns."""
    mixed = None
    for key in keys:
        mixed = key if mixed is None else (mixed * int(_MIX) + key) & 0xFFFFFFFFFFFFFFFF
    return mixed


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

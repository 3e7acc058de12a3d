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

from analyzer.lexicon import expand_all

Tokens = tuple[str, ...]


@dataclass(frozen=True)
class CompiledPhrase:
    key: str
    slots: tuple[tuple[Tokens, ...], ...]  # each slot: its alternative token sequences (() = may be empty)


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
    single token of a one-token match), so a common first word ("the", "our") costs nothing."""

    def __init__(self, phrases: Iterable[CompiledPhrase]):
        self.by_pair: dict[tuple[str, str], list[CompiledPhrase]] = {}
        self.by_single: dict[str, list[CompiledPhrase]] = {}
        for phrase in phrases:
            for prefix in set(_prefixes(phrase.slots, 0, (), 2)):
                if len(prefix) == 2:
                    self.by_pair.setdefault(prefix, []).append(phrase)
                elif len(prefix) == 1:
                    self.by_single.setdefault(prefix[0], []).append(phrase)

    def __len__(self) -> int:
        return len(self.by_pair) + len(self.by_single)

    def find(self, tokens: Sequence[str]) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match in ``tokens`` (overlaps included; for each
        phrase and start, the longest end)."""
        found = []
        by_pair, by_single = self.by_pair, self.by_single
        last = len(tokens) - 1
        for start, token in enumerate(tokens):
            candidates = by_single.get(token, ())
            if start < last:
                paired = by_pair.get((token, tokens[start + 1]))
                if paired:
                    candidates = (*candidates, *paired)
            seen = set()
            for phrase in candidates:
                end = _longest_end(phrase.slots, 0, tokens, start)
                if end is not None and end > start and (phrase.key, end) not in seen:
                    seen.add((phrase.key, end))
                    found.append((phrase.key, start, end))
        return found


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


def _longest_end(slots, index: int, tokens: Sequence[str], position: int) -> int | None:
    if index == len(slots):
        return position
    best = None
    for option in slots[index]:
        size = len(option)
        if size and tuple(tokens[position : position + size]) != option:
            continue
        end = _longest_end(slots, index + 1, tokens, position + size)
        if end is not None and (best is None or end > best):
            best = end
    return best

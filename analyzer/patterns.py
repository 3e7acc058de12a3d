"""Token patterns (spaCy Matcher syntax) matched from anchor tokens.

spaCy's Matcher tries every pattern at every token: about 2 µs per pattern per token, so
a hundred patterns cost more than the rest of the audit together. The lexicons' patterns
are few and almost all start with literal words or a number, so here each pattern is
indexed by the words that can start it (by pairs of words where it can) and tried only
there. Token attributes are read once per document into plain lists (:class:`TokenView`).

Supported token specs: LOWER, ORTH, TEXT, NORM with a string, ``{IN: [...]}``,
``{NOT_IN: [...]}`` or ``{REGEX: "..."}``; the flags LIKE_NUM, IS_ALPHA, IS_PUNCT,
IS_TITLE, IS_ASCII, IS_DIGIT, IS_UPPER, IS_LOWER, IS_SENT_START; OP ``? * + !`` and
``{m,n}``. An unknown key is an error (CA109), never silently ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from analyzer.errors import LexiconError

TEXT_ATTRIBUTES = {"LOWER": "lower_", "ORTH": "text", "TEXT": "text", "NORM": "norm_"}
FLAGS = {"LIKE_NUM": "like_num", "IS_ALPHA": "is_alpha", "IS_PUNCT": "is_punct", "IS_TITLE": "is_title",
         "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit", "IS_UPPER": "is_upper", "IS_LOWER": "is_lower",
         "IS_SENT_START": "is_sent_start"}
_REPEAT = regex.compile(r"\{(\d*),(\d*)\}")
UNBOUNDED = 20  # "*" and "+" stop after this many tokens: a claim never spans a page
NUMBER = "\x00number"  # index key of a number token (LIKE_NUM)


class TokenView:
    """The token attributes patterns read, as lists built once per document on first use."""

    def __init__(self, tokens: Sequence):
        self.tokens = list(tokens)  # one Token object per position, made once
        self.size = len(self.tokens)
        self._lists: dict[str, list] = {}

    def column(self, attribute: str) -> list:
        values = self._lists.get(attribute)
        if values is None:
            values = self._lists[attribute] = [getattr(token, attribute) for token in self.tokens]
        return values


Test = Callable[[TokenView, int], bool]


@dataclass(frozen=True)
class Step:
    tests: tuple[Test, ...]  # all must hold
    low: int
    high: int  # -1: unbounded
    negate: bool = False
    text_attribute: str | None = None  # set when every test reads only this text attribute

    def accepts(self, view: TokenView, index: int) -> bool:
        result = all(test(view, index) for test in self.tests)
        return not result if self.negate else result


def _text_test(attribute: str, lower: bool, value, where: str) -> tuple[Test, Callable[[str], bool]]:
    """A test on a view position, and the same test on a bare string (for caching)."""
    if isinstance(value, str):
        wanted = value.lower() if lower else value
        on_string = wanted.__eq__
    elif isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator in ("IN", "NOT_IN"):
            options = frozenset(v.lower() if lower else v for v in argument)
            on_string = options.__contains__ if operator == "IN" else (lambda s: s not in options)
        elif operator == "REGEX":
            pattern = regex.compile(argument)
            on_string = lambda s: pattern.search(s) is not None  # noqa: E731
        else:
            raise LexiconError(where, f"unsupported value {value!r}", "CA109")
    else:
        raise LexiconError(where, f"unsupported value {value!r}", "CA109")
    return (lambda view, index: on_string(view.column(attribute)[index])), on_string


def compile_step(spec: dict, where: str) -> Step:
    tests: list[Test] = []
    attributes: set[str] = set()
    low, high, negate = 1, 1, False
    for key, value in spec.items():
        if key in TEXT_ATTRIBUTES:
            test, _ = _text_test(TEXT_ATTRIBUTES[key], key == "LOWER", value, where)
            tests.append(test)
            attributes.add(TEXT_ATTRIBUTES[key])
        elif key in FLAGS:
            attribute, wanted = FLAGS[key], bool(value)
            tests.append(lambda view, index, attribute=attribute, wanted=wanted: bool(view.column(attribute)[index]) == wanted)
            attributes.add("flag")
        elif key == "OP":
            if value == "?":
                low, high = 0, 1
            elif value == "*":
                low, high = 0, -1
            elif value == "+":
                low, high = 1, -1
            elif value == "!":
                negate = True
            elif isinstance(value, str) and (repeat := _REPEAT.fullmatch(value)):
                low = int(repeat.group(1) or 0)
                high = int(repeat.group(2)) if repeat.group(2) else -1
            else:
                raise LexiconError(where, f"unsupported OP {value!r}", "CA109")
        else:
            raise LexiconError(where, f"unsupported token attribute {key!r}; supported: "
                               f"{sorted([*TEXT_ATTRIBUTES, *FLAGS, 'OP'])}", "CA109")
    text_attribute = next(iter(attributes)) if len(attributes) == 1 and "flag" not in attributes else None
    return Step(tuple(tests), low, high, negate, text_attribute)


@dataclass(frozen=True)
class CompiledPattern:
    key: str
    steps: tuple[Step, ...]


def compile_pattern(key: str, pattern: Sequence[dict], where: str) -> CompiledPattern:
    return CompiledPattern(key, tuple(compile_step(spec, where) for spec in pattern))


def _literal(spec: dict) -> set[str] | None:
    """The words (lower-cased) or NUMBER one required step can match, or None."""
    op = spec.get("OP")
    if op is not None and op != "+":
        return None
    for key in ("LOWER", "ORTH", "TEXT", "NORM"):
        value = spec.get(key)
        if isinstance(value, str):
            return {value.lower()}
        if isinstance(value, dict) and "IN" in value:
            return {v.lower() for v in value["IN"]}
    if spec.get("LIKE_NUM") is True:
        return {NUMBER}
    return None


def _anchors(pattern: Sequence[dict]) -> set[tuple[str, ...]] | None:
    """Index keys of the pattern: pairs of its first two words when both are literal, else
    its first word; None when the first step is no literal (a regex, a flag)."""
    first = _literal(pattern[0])
    if first is None:
        return None
    second = _literal(pattern[1]) if len(pattern) > 1 and pattern[0].get("OP") is None else None
    if second is None:
        return {(word,) for word in first}
    return {(a, b) for a in first for b in second}


def _leading_variants(pattern: list[dict]) -> list[list[dict]]:
    """A pattern whose first step is optional, as patterns with a required first step
    (with it, without it), so every variant can be anchored or pre-tested."""
    if len(pattern) > 1 and pattern[0].get("OP") == "?":
        required = {k: v for k, v in pattern[0].items() if k != "OP"}
        return [[required, *pattern[1:]], *_leading_variants(pattern[1:])]
    return [pattern]


class PatternIndex:
    def __init__(self, items: Sequence[tuple[str, Sequence[dict], str]]):
        """``items``: (key, token pattern, where) triples."""
        self.by_anchor: dict[tuple[str, ...], list[CompiledPattern]] = {}
        self.anywhere: list[CompiledPattern] = []
        self._first_step_cache: list[dict[str, bool]] = []  # per anywhere-pattern: word -> first step accepts
        for key, given, where in items:
            for pattern in _leading_variants(list(given)):
                compiled = compile_pattern(key, pattern, where)
                anchors = _anchors(pattern)
                if anchors is None:
                    self.anywhere.append(compiled)
                    self._first_step_cache.append({})
                else:
                    for anchor in anchors:
                        self.by_anchor.setdefault(anchor, []).append(compiled)

    def __len__(self) -> int:
        return len(self.anywhere) + sum(len(v) for v in self.by_anchor.values())

    def find(self, tokens: Sequence | TokenView) -> list[tuple[str, int, int]]:
        """(key, start, end) of each pattern's longest match at each start."""
        view = tokens if isinstance(tokens, TokenView) else TokenView(tokens)
        lower, like_num = view.column("lower_"), view.column("like_num")
        keys = [(word, NUMBER) if number else (word,) for word, number in zip(lower, like_num)]
        attempts: list[tuple[int, CompiledPattern]] = []
        by_anchor = self.by_anchor
        last = view.size - 1
        for start, firsts in enumerate(keys):
            for first in firsts:
                for pattern in by_anchor.get((first,), ()):
                    attempts.append((start, pattern))
                if start < last:
                    for second in keys[start + 1]:
                        for pattern in by_anchor.get((first, second), ()):
                            attempts.append((start, pattern))
        for pattern, known in zip(self.anywhere, self._first_step_cache):
            attempts.extend((start, pattern) for start in _first_step_positions(pattern.steps[0], view, known))
        found = []
        for start, pattern in attempts:
            end = _longest(pattern.steps, 0, view, start)
            if end is not None and end > start:
                found.append((pattern.key, start, end))
        return found


CACHE_LIMIT = 100_000


def _first_step_positions(step: Step, view: TokenView, known: dict[str, bool]) -> list[int]:
    """Where a (required) first step accepts; a text-only step is tested once per distinct
    word, remembered across documents in ``known``."""
    if step.text_attribute is None or step.negate:
        return [index for index in range(view.size) if step.accepts(view, index)]
    words = view.column(step.text_attribute)
    if len(known) > CACHE_LIMIT:
        known.clear()
    for word in set(words).difference(known):
        known[word] = all(test(_One(step.text_attribute, word), 0) for test in step.tests)
    return [index for index, word in enumerate(words) if known[word]]


class _One:
    """A one-token view holding a single attribute value (to test a step on a bare word)."""

    __slots__ = ("attribute", "value")

    def __init__(self, attribute: str, value: str):
        self.attribute, self.value = attribute, value

    def column(self, attribute: str) -> list:
        return [self.value]


def _longest(steps: tuple[Step, ...], index: int, view: TokenView, position: int) -> int | None:
    if index == len(steps):
        return position
    step = steps[index]
    best = None
    count = 0
    cursor = position
    limit = step.high if step.high != -1 else UNBOUNDED
    # Try every allowed repetition count; the longest overall match wins.
    while True:
        if count >= step.low:
            end = _longest(steps, index + 1, view, cursor)
            if end is not None and (best is None or end > best):
                best = end
        if count >= limit or cursor >= view.size or not step.accepts(view, cursor):
            break
        cursor += 1
        count += 1
    return best

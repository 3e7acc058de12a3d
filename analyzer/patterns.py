"""Token patterns (spaCy Matcher syntax) matched from anchor tokens.

spaCy's Matcher tries every pattern at every token: about 2 µs per pattern per token, so
a hundred patterns cost more than the rest of the audit together. The lexicons' patterns
are few and almost all start with a literal word or a number, so here each pattern is
indexed by the tokens that can start it and tried only there.

Supported token specs: LOWER, ORTH, TEXT, NORM with a string, ``{IN: [...]}``,
``{NOT_IN: [...]}`` or ``{REGEX: "..."}``; the flags LIKE_NUM, IS_ALPHA, IS_PUNCT,
IS_TITLE, IS_ASCII, IS_DIGIT, IS_UPPER, IS_LOWER, IS_SENT_START; OP ``? * + !`` and
``{m,n}``. An unknown key is an error (CA109), never silently ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex
from spacy.tokens import Token

from analyzer.errors import LexiconError

TEXT_ATTRIBUTES = {"LOWER": "lower_", "ORTH": "text", "TEXT": "text", "NORM": "norm_"}
FLAGS = {"LIKE_NUM": "like_num", "IS_ALPHA": "is_alpha", "IS_PUNCT": "is_punct", "IS_TITLE": "is_title",
         "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit", "IS_UPPER": "is_upper", "IS_LOWER": "is_lower",
         "IS_SENT_START": "is_sent_start"}
_REPEAT = regex.compile(r"\{(\d*),(\d*)\}")
UNBOUNDED = 20  # "*" and "+" stop after this many tokens: a claim never spans a page
NUMBER = "\x00number"  # index key of patterns that start with LIKE_NUM


@dataclass(frozen=True)
class Step:
    tests: tuple  # callables Token -> bool, all must hold
    low: int
    high: int  # -1: unbounded
    negate: bool = False
    text_only: bool = False  # every test reads only the token's text: results can be cached per word

    def accepts(self, token: Token) -> bool:
        result = all(test(token) for test in self.tests)
        return not result if self.negate else result


def _text_test(attribute: str, lower: bool, value, where: str):
    def get(token: Token) -> str:
        return getattr(token, attribute)

    if isinstance(value, str):
        wanted = value.lower() if lower else value
        return lambda token: get(token) == wanted
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator in ("IN", "NOT_IN"):
            options = frozenset(v.lower() if lower else v for v in argument)
            return (lambda token: get(token) in options) if operator == "IN" else (lambda token: get(token) not in options)
        if operator == "REGEX":
            pattern = regex.compile(argument)
            return lambda token: pattern.search(get(token)) is not None
    raise LexiconError(where, f"unsupported value {value!r}", "CA109")


def _flag_test(attribute: str, value: bool):
    return lambda token: bool(getattr(token, attribute)) == value


def compile_step(spec: dict, where: str) -> Step:
    tests = []
    low, high, negate = 1, 1, False
    for key, value in spec.items():
        if key in TEXT_ATTRIBUTES:
            tests.append(_text_test(TEXT_ATTRIBUTES[key], key == "LOWER", value, where))
        elif key in FLAGS:
            tests.append(_flag_test(FLAGS[key], bool(value)))
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
    text_only = all(key in TEXT_ATTRIBUTES or key == "OP" for key in spec)
    return Step(tuple(tests), low, high, negate, text_only)


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
    """A pattern whose first step is optional, as two patterns with a required first step
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
        for key, given, where in items:
            for pattern in _leading_variants(list(given)):
                compiled = compile_pattern(key, pattern, where)
                anchors = _anchors(pattern)
                if anchors is None:
                    self.anywhere.append(compiled)
                else:
                    for anchor in anchors:
                        self.by_anchor.setdefault(anchor, []).append(compiled)

    def __len__(self) -> int:
        return len(self.anywhere) + sum(len(v) for v in self.by_anchor.values())

    def find(self, tokens: Sequence[Token]) -> list[tuple[str, int, int]]:
        """(key, start, end) of each pattern's longest match at each start."""
        found = []
        first_step_cache: list[dict[str, bool]] = [{} for _ in self.anywhere]
        by_anchor = self.by_anchor
        keys = [(token.lower_, NUMBER) if token.like_num else (token.lower_,) for token in tokens]
        last = len(tokens) - 1
        for start, token in enumerate(tokens):
            candidates: list[CompiledPattern] = []
            for first in keys[start]:
                candidates.extend(by_anchor.get((first,), ()))
                if start < last:
                    for second in keys[start + 1]:
                        candidates.extend(by_anchor.get((first, second), ()))
            for pattern in candidates:
                end = _longest(pattern.steps, 0, tokens, start)
                if end is not None and end > start:
                    found.append((pattern.key, start, end))
            for number, pattern in enumerate(self.anywhere):
                first = pattern.steps[0]
                if first.low >= 1:  # test the first step before the search, from a per-word cache
                    if first.text_only:
                        known = first_step_cache[number]
                        accepted = known.get(token.text)
                        if accepted is None:
                            accepted = known[token.text] = first.accepts(token)
                    else:
                        accepted = first.accepts(token)
                    if not accepted:
                        continue
                end = _longest(pattern.steps, 0, tokens, start)
                if end is not None and end > start:
                    found.append((pattern.key, start, end))
        return found


def _longest(steps: tuple[Step, ...], index: int, tokens: Sequence[Token], position: int) -> int | None:
    if index == len(steps):
        return position
    step = steps[index]
    best = None
    count = 0
    cursor = position
    # Try every allowed repetition count, longest overall match wins.
    while True:
        if count >= step.low:
            end = _longest(steps, index + 1, tokens, cursor)
            if end is not None and (best is None or end > best):
                best = end
        limit = step.high if step.high != -1 else UNBOUNDED
        if count >= limit or cursor >= len(tokens) or not step.accepts(tokens[cursor]):
            break
        cursor += 1
        count += 1
    return best


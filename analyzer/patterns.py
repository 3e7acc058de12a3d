"""Token patterns (spaCy Matcher syntax) matched from anchor tokens.

spaCy's Matcher tries every pattern at every token: about 2 µs per pattern per token, so
a hundred patterns cost more than the rest of the audit together. The lexicons' patterns
are few and almost all start with literal words or a number, so here each pattern is
indexed by the words that can start it (by pairs of words where it can) and tried only
there. Token attributes come from :class:`analyzer.tokens.TokenView` (plain lists), and a
step that reads one text attribute remembers its answer per word.

Supported token specs: LOWER, ORTH, TEXT, NORM with a string, ``{IN: [...]}``,
``{NOT_IN: [...]}`` or ``{REGEX: "..."}``; the flags LIKE_NUM, IS_ALPHA, IS_PUNCT,
IS_TITLE, IS_ASCII, IS_DIGIT, IS_UPPER, IS_LOWER, IS_SENT_START; OP ``? * + !`` and
``{m,n}``. An unknown key is an error (CA109), never silently ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex
from spacy.vocab import Vocab

from analyzer.errors import LexiconError
from analyzer.tokens import TokenView

TEXT_ATTRIBUTES = {"LOWER": "lower_", "ORTH": "text", "TEXT": "text", "NORM": "norm_"}
FLAGS = {"LIKE_NUM": "like_num", "IS_ALPHA": "is_alpha", "IS_PUNCT": "is_punct", "IS_TITLE": "is_title",
         "IS_ASCII": "is_ascii", "IS_DIGIT": "is_digit", "IS_UPPER": "is_upper", "IS_LOWER": "is_lower",
         "IS_SENT_START": "is_sent_start"}
_REPEAT = regex.compile(r"\{(\d*),(\d*)\}")
UNBOUNDED = 20  # "*" and "+" stop after this many tokens: a claim never spans a page
NUMBER = "\x00number"  # index key of a number token (LIKE_NUM)
CACHE_LIMIT = 100_000  # words remembered per step before its memo starts again
# What depends on a token's text alone (spaCy keeps these on the lexeme), so a step that reads
# only these can remember its answer per text. NORM and IS_SENT_START depend on the context.
MAX_AHEAD = 3  # required words checked before a pattern is tried
LEXICAL_STRINGS = {"text", "lower_"}
LEXICAL_FLAGS = {"like_num", "is_alpha", "is_punct", "is_title", "is_ascii", "is_digit", "is_upper", "is_lower"}

Test = Callable[[TokenView, int], bool]


@dataclass(frozen=True, eq=False)
class Step:
    accepts: Test  # does the token at a view position satisfy this step (OP "!" applied)?
    low: int
    high: int  # -1: unbounded
    text_attribute: str | None = None  # the attribute ``on_word`` reads
    # Where set: a word's answer (vocab gives its lexeme), a necessary condition of ``accepts``.
    on_word: Callable[[str, Vocab], bool] | None = None


class _LexemeRow:
    """One lexeme seen as a one-token view, so that a step's tests can read a bare word."""

    __slots__ = ("lexeme",)

    def __init__(self, lexeme):
        self.lexeme = lexeme

    def column(self, attribute: str) -> list:
        return [getattr(self.lexeme, "orth_" if attribute == "text" else attribute)]


def _string_test(lower: bool, value, where: str) -> Callable[[str], bool]:
    """A test of one token attribute's string value."""
    listed = value.get("IN", value.get("NOT_IN")) if isinstance(value, dict) else None
    for item in (listed if isinstance(listed, list) else [value] if not isinstance(value, dict) else []):
        if not isinstance(item, str):
            raise LexiconError(where, f"token value {item!r} is not text (YAML reads bare on/off/yes/no/true/"
                                      f"false and numbers as other types: quote them)", "CA109")
    if isinstance(value, str):
        return (value.lower() if lower else value).__eq__
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator in ("IN", "NOT_IN"):
            options = frozenset(v.lower() if lower else v for v in argument)
            return options.__contains__ if operator == "IN" else (lambda s: s not in options)
        if operator == "REGEX":
            pattern = _compile_regex(argument, where)
            return lambda s: pattern.search(s) is not None
    raise LexiconError(where, f"unsupported value {value!r}", "CA109")


def _compile_regex(expression: str, where: str):
    """Python's ``re`` where it reads the expression (it compiles about four times faster than
    ``regex``, and the lexicons' expressions are plain), else ``regex``, for what only it reads
    (``\\p{Han}``, variable-length look-behind)."""
    try:
        return re.compile(expression)
    except re.error:
        pass
    try:
        return regex.compile(expression)
    except regex.error as error:
        raise LexiconError(where, f"bad REGEX {expression!r}: {error}", "CA109") from error


def _memo(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """``test`` remembered per word: a step sees the same few thousand words again and again."""
    known: dict[str, bool] = {}

    def on_word(word: str) -> bool:
        result = known.get(word)
        if result is None:
            if len(known) > CACHE_LIMIT:
                known.clear()
            result = known[word] = test(word)
        return result

    return on_word


def compile_step(spec: dict, where: str) -> Step:
    string_tests: list[tuple[str, Callable[[str], bool]]] = []
    flag_tests: list[tuple[str, bool]] = []
    low, high, negate = 1, 1, False
    for key, value in spec.items():
        if key in TEXT_ATTRIBUTES:
            string_tests.append((TEXT_ATTRIBUTES[key], _string_test(key == "LOWER", value, where)))
        elif key in FLAGS:
            flag_tests.append((FLAGS[key], bool(value)))
        elif key == "OP":
            negate = value == "!"
            low, high = _repeats(value, where)
        else:
            raise LexiconError(where, f"unsupported token attribute {key!r}; supported: "
                               f"{sorted([*TEXT_ATTRIBUTES, *FLAGS, 'OP'])}", "CA109")
    attributes = {attribute for attribute, _ in string_tests}
    if len(attributes) == 1 and not flag_tests:
        (attribute,) = attributes
        tests = [test for _, test in string_tests]
        by_word = _memo(lambda word: all(test(word) for test in tests) != negate)
        return Step(lambda view, index: by_word(view.column(attribute)[index]), low, high, attribute,
                    lambda word, vocab: by_word(word))
    # Tests of the token's text or what is made from it give the same answer for the same text
    # (spaCy keeps them on the lexeme): they are remembered per text. NORM and IS_SENT_START are
    # tested afresh.
    lexical_strings = [(a, test) for a, test in string_tests if a in LEXICAL_STRINGS]
    lexical_flags = [(flag, wanted) for flag, wanted in flag_tests if flag in LEXICAL_FLAGS]
    other_strings = [(a, test) for a, test in string_tests if a not in LEXICAL_STRINGS]
    other_flags = [(flag, wanted) for flag, wanted in flag_tests if flag not in LEXICAL_FLAGS]
    if not lexical_strings and not lexical_flags:
        return Step(lambda view, index: _all_pass(other_strings, other_flags, view, index) != negate, low, high)
    known: dict[str, bool] = {}

    def lexical_at(view, index: int) -> bool:
        word = view.column("text")[index]
        result = known.get(word)
        if result is None:
            if len(known) > CACHE_LIMIT:
                known.clear()
            result = known[word] = _all_pass(lexical_strings, lexical_flags, view, index)
        return result

    if not other_strings and not other_flags:
        return Step(lambda view, index: lexical_at(view, index) != negate, low, high, "text",
                    lambda word, vocab: lexical_at(_LexemeRow(vocab[word]), 0) != negate)
    return Step(lambda view, index: (lexical_at(view, index) and _all_pass(other_strings, other_flags, view, index))
                != negate, low, high, "text",
                None if negate else lambda word, vocab: lexical_at(_LexemeRow(vocab[word]), 0))


def _all_pass(string_tests, flag_tests, view: TokenView, index: int) -> bool:
    return (all(test(view.column(attribute)[index]) for attribute, test in string_tests)
            and all(bool(view.column(flag)[index]) == wanted for flag, wanted in flag_tests))


class CompiledPattern:
    """A token pattern ready to match. Its steps are compiled on first use: a small page
    meets few of a lexicon's thousand patterns, and start-up should not pay for the rest."""

    __slots__ = ("key", "spec", "where", "ahead", "_steps", "_own")

    def __init__(self, key: str, spec: Sequence[dict], where: str,
                 ahead: tuple[tuple[frozenset[str], int], ...] | None = None):
        self.key = key
        self.spec = tuple(spec)
        self.where = where
        # For each (words, reach): one of the words (anchor column) stands within reach of the first:
        self.ahead = ahead
        self._steps: tuple[Step, ...] | None = None
        self._own: tuple[bool, ...] | None = None  # which steps name their words (own_tokens)

    @property
    def steps(self) -> tuple[Step, ...]:
        if self._steps is None:
            self._steps = tuple(compile_step(spec, self.where) for spec in self.spec)
        return self._steps

    def own_tokens(self, view: TokenView, start: int, end: int) -> list[int] | None:
        """The tokens of a match [start, end) that the pattern names by their words (a
        string, ``IN`` list or ``REGEX`` of a text attribute), as opposed to those its
        wildcard steps (flags, ``NOT_IN``, ``OP: "!"``) let through; None when no way
        through the steps covers exactly [start, end)."""
        if self._own is None:
            self._own = tuple(_names_words(spec) for spec in self.spec)
        return _trace(self.steps, self._own, 0, view, start, end)


def compile_pattern(key: str, pattern: Sequence[dict], where: str, column: str = "lower_") -> CompiledPattern:
    """The pattern with its steps compiled now (so that an unsupported spec is an error now)."""
    steps = tuple(compile_step(spec, where) for spec in pattern)  # first: they name what is wrong
    compiled = CompiledPattern(key, pattern, where, _required_ahead(pattern, column))
    compiled._steps = steps
    return compiled


# Which spec keys give an anchor word, by the column anchors are looked up in.
ANCHOR_KEYS = {"lower_": ("LOWER", "ORTH", "TEXT"), "norm_": ("NORM",)}


def _literal(spec: dict, column: str, optional: bool = False) -> set[str] | None:
    """The words (in ``column``'s form) or NUMBER that one step can match, or None (any word).
    Only required steps give a literal unless ``optional``."""
    op = spec.get("OP")
    if op == "!" or op is not None and op != "+" and not optional:
        return None
    fold = str.lower if column == "lower_" else str
    for key in ANCHOR_KEYS[column]:
        value = spec.get(key)
        if isinstance(value, str):
            return {fold(value)}
        if isinstance(value, dict) and "IN" in value:
            return {fold(v) for v in value["IN"]}
    if spec.get("LIKE_NUM") is True:
        return {NUMBER}
    return None


def _anchors(pattern: Sequence[dict], column: str) -> set[tuple[str, ...]] | None:
    """Index keys of the pattern: pairs of its first two words when both are literal, else
    its first word; None when the first step is no literal (a regex, a flag)."""
    first = _literal(pattern[0], column)
    if first is None:
        return None
    second = _literal(pattern[1], column) if len(pattern) > 1 and pattern[0].get("OP") is None else None
    if second is None:
        return {(word,) for word in first}
    return {(a, b) for a in first for b in second}


def _required_ahead(pattern: Sequence[dict], column: str) -> tuple[tuple[frozenset[str], int], ...] | None:
    """Necessary conditions for a match: for each required literal step after the first
    (up to MAX_AHEAD of them), one of its words (in ``column``'s form) stands within so many
    tokens after the first. None when there is none or the first step is optional."""
    if pattern[0].get("OP") is not None:
        return None
    conditions = []
    reach = 0
    for spec in pattern[1:]:
        op = spec.get("OP")
        low, high = _repeats(op)
        literal = _literal(spec, column)
        reach += min(high if high != -1 else UNBOUNDED, UNBOUNDED)
        if literal is not None and NUMBER not in literal and low >= 1:
            conditions.append((frozenset(literal), reach))
            if len(conditions) == MAX_AHEAD:
                break
    return tuple(conditions) or None


def _repeats(op, where: str = "<pattern>") -> tuple[int, int]:
    """(low, high) of an OP value (high -1: unbounded); "!" (and no OP) is one token."""
    if op in (None, "!"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "*":
        return 0, -1
    if op == "+":
        return 1, -1
    repeat = _REPEAT.fullmatch(op) if isinstance(op, str) else None
    if repeat is None:
        raise LexiconError(where, f"unsupported OP {op!r}", "CA109")
    return int(repeat.group(1) or 0), int(repeat.group(2)) if repeat.group(2) else -1


def _leading_variants(pattern: list[dict]) -> list[list[dict]]:
    """A pattern whose first step is optional, as patterns with a required first step
    (with it, without it), so every variant can be anchored or pre-tested."""
    if len(pattern) > 1 and pattern[0].get("OP") == "?":
        required = {k: v for k, v in pattern[0].items() if k != "OP"}
        return [[required, *pattern[1:]], *_leading_variants(pattern[1:])]
    return [pattern]


class PatternIndex:
    def __init__(self, items: Sequence[tuple[str, Sequence[dict], str]], column: str = "lower_"):
        """``items``: (key, token pattern, where) triples. ``column``: the token attribute
        anchor words are looked up in (``lower_`` for English, ``norm_`` for Japanese)."""
        self.column = column
        self.by_word: dict[str, list[CompiledPattern]] = {}  # anchored on their first word
        self.by_pair: dict[tuple[str, str], list[CompiledPattern]] = {}  # ... on their first two words
        self.anywhere: list[CompiledPattern] = []  # first step no literal: tried wherever it accepts
        for key, given, where in items:
            for pattern in _leading_variants(list(given)):
                compiled = CompiledPattern(key, pattern, where, _required_ahead(pattern, column))
                anchors = _anchors(pattern, column)
                if anchors is None:
                    self.anywhere.append(compiled)
                    continue
                for anchor in anchors:
                    if len(anchor) == 1:
                        self.by_word.setdefault(anchor[0], []).append(compiled)
                    else:
                        self.by_pair.setdefault(anchor, []).append(compiled)
        self.pair_firsts = frozenset(first for first, _ in self.by_pair)
        # Anywhere-patterns whose first step can be answered per word (it reads one text
        # attribute, or only what the lexeme holds) are looked up per word.
        self.by_attribute: dict[str, list[CompiledPattern]] = {}
        self.scanned: list[CompiledPattern] = []  # the rest: the first step is tried at every token
        for pattern in self.anywhere:
            first = pattern.steps[0]
            if first.on_word is not None:
                self.by_attribute.setdefault(first.text_attribute, []).append(pattern)
            else:
                self.scanned.append(pattern)
        self._starting: dict[str, tuple[CompiledPattern, ...]] = {}  # word (anchor column) -> patterns
        self._seen: set[str] = set()  # words (anchor column) already sorted into hot or not
        self._hot: set[str] = set()  # words (anchor column) that start a pattern or a pair
        self._seen_by_attribute: dict[str, set[str]] = {}  # words (other columns) already sorted
        self._accepted: dict[CompiledPattern, set[str]] = {}  # ... into those each pattern's first step accepts
        self._vocab: Vocab | None = None  # of the Doc being matched: lexemes of words for on_word

    def starting_with(self, word: str) -> tuple[CompiledPattern, ...]:
        """Patterns that can start at a token whose anchor-column form is ``word``: those
        anchored on it and the anywhere-patterns on that column whose first step accepts it."""
        patterns = self._starting.get(word)
        if patterns is None:
            if len(self._starting) > CACHE_LIMIT:
                self._starting.clear()
            tested = tuple(p for p in self.by_attribute.get(self.column, ()) if p.steps[0].on_word(word, self._vocab))
            patterns = self._starting[word] = (*self.by_word.get(word, ()), *tested)
        return patterns

    def __len__(self) -> int:
        return (len(self.anywhere) + sum(len(v) for v in self.by_word.values())
                + sum(len(v) for v in self.by_pair.values()))

    def find(self, view: TokenView) -> list[tuple[str, int, int]]:
        """(key, start, end) of each pattern's longest match at each start."""
        found = []
        words = view.column(self.column)
        present = set(words)
        possible: dict[CompiledPattern, bool] = {}  # does the page hold a word of each of its conditions?
        for start, patterns in self._attempts(view, present):
            for pattern in patterns:
                ahead = pattern.ahead
                if ahead is not None:
                    viable = possible.get(pattern)
                    if viable is None:
                        viable = possible[pattern] = _all_present(ahead, present)
                    if not viable or _out_of_reach(ahead, words, start):
                        continue
                end = _longest(pattern.steps, 0, view, start)
                if end is not None and end > start:
                    found.append((pattern.key, start, end))
        return found

    def _attempts(self, view: TokenView, present: set[str]) -> list[tuple[int, Sequence[CompiledPattern]]]:
        """(start, patterns) worth trying there: anchors found, or first step accepted."""
        words, like_num = view.column(self.column), view.column("like_num")
        self._vocab = view.doc.vocab
        by_pair, pair_firsts, numbers = self.by_pair, self.pair_firsts, self.by_word.get(NUMBER, ())
        last = view.size - 1
        attempts: list[tuple[int, Sequence[CompiledPattern]]] = []
        hot = self._hot_words(present)
        number_pairs = NUMBER in pair_firsts
        for start in [index for index, word in enumerate(words) if word in hot or like_num[index]]:
            word = words[start]
            attempts.append((start, self.starting_with(word)))
            number = like_num[start]
            if number:
                attempts.append((start, numbers))
            if start < last and (word in pair_firsts or number and number_pairs):
                following = words[start + 1]
                seconds = (following, NUMBER) if like_num[start + 1] else (following,)
                for first in ((word, NUMBER) if number else (word,)):
                    for second in seconds:
                        attempts.append((start, by_pair.get((first, second), ())))
        # Anywhere-patterns on another column, each only on a page that has its required words,
        # at the tokens its first step accepts that have those words within reach.
        for attribute, patterns in self.by_attribute.items():
            if attribute == self.column:
                continue
            column = view.column(attribute)
            distinct, places = set(column), None
            self._sort_new_words(attribute, patterns, distinct)
            for pattern in patterns:
                if pattern.ahead is None or _all_present(pattern.ahead, present):
                    accepted = self._accepted.get(pattern, set()) & distinct
                    if not accepted:
                        continue
                    if places is None:  # where each word of this column stands on the page
                        places = {}
                        for index, word in enumerate(column):
                            places.setdefault(word, []).append(index)
                    starts = sorted(index for word in accepted for index in places[word])
                    if pattern.ahead is not None:
                        starts = [start for start in starts if not _out_of_reach(pattern.ahead, words, start)]
                    attempts.extend((start, (pattern,)) for start in starts)
        for pattern in self.scanned:
            accepts = pattern.steps[0].accepts
            attempts.extend((start, (pattern,)) for start in range(view.size) if accepts(view, start))
        return attempts

    def _hot_words(self, present: set[str]) -> set[str]:
        """Of the page's words (anchor column), those that can start a pattern or a pair."""
        new = present.difference(self._seen)
        if new:
            if len(self._seen) > CACHE_LIMIT:
                self._seen.clear()
                self._hot.clear()
                new = present
            self._seen.update(new)
            self._hot.update(word for word in new if self.starting_with(word) or word in self.pair_firsts)
        return self._hot

    def _sort_new_words(self, attribute: str, patterns: list[CompiledPattern], words: set[str]) -> None:
        """Sort the words not seen before into those each pattern's first step accepts."""
        seen = self._seen_by_attribute.setdefault(attribute, set())
        new = words.difference(seen)
        if not new:
            return
        if len(seen) > CACHE_LIMIT:  # start again, for this column's patterns only
            seen.clear()
            for pattern in patterns:
                self._accepted.pop(pattern, None)
            new = words
        seen.update(new)
        for pattern in patterns:
            on_word = pattern.steps[0].on_word
            self._accepted.setdefault(pattern, set()).update(word for word in new if on_word(word, self._vocab))


def _all_present(ahead: tuple[tuple[frozenset[str], int], ...], present: set[str]) -> bool:
    """Does the page hold a word of every condition of ``ahead``?"""
    return all(not needed.isdisjoint(present) for needed, _ in ahead)


def _out_of_reach(ahead: tuple[tuple[frozenset[str], int], ...], words: list[str], start: int) -> bool:
    """Does some condition of ``ahead`` fail at ``start`` (none of its words within reach)?"""
    for needed, reach in ahead:
        if needed.isdisjoint(words[start + 1 : start + 1 + reach]):
            return True
    return False


def _names_words(spec: dict) -> bool:
    """Does this step name the words it takes (not a wildcard)?"""
    if spec.get("OP") == "!":
        return False
    for key in TEXT_ATTRIBUTES:
        value = spec.get(key)
        if isinstance(value, str) or isinstance(value, dict) and ("IN" in value or "REGEX" in value):
            return True
    return False


def _trace(steps: tuple[Step, ...], own: tuple[bool, ...], index: int, view: TokenView, position: int,
           end: int) -> list[int] | None:
    """One way through ``steps`` from ``position`` to exactly ``end``: the positions the
    steps marked in ``own`` consumed; None when there is none."""
    if index == len(steps):
        return [] if position == end else None
    step = steps[index]
    limit = step.high if step.high != -1 else UNBOUNDED
    count, cursor = 0, position
    while True:
        if count >= step.low:
            rest = _trace(steps, own, index + 1, view, cursor, end)
            if rest is not None:
                return [*range(position, cursor), *rest] if own[index] else rest
        if count >= limit or cursor >= end or not step.accepts(view, cursor):
            return None
        cursor += 1
        count += 1


def _longest(steps: tuple[Step, ...], index: int, view: TokenView, position: int) -> int | None:
    if index == len(steps):
        return position
    step = steps[index]
    accepts, low, size = step.accepts, step.low, view.size
    limit = step.high if step.high != -1 else UNBOUNDED
    best = None
    count = 0
    cursor = position
    # Try every allowed repetition count; the longest overall match wins.
    while True:
        if count >= low:
            end = _longest(steps, index + 1, view, cursor)
            if end is not None and (best is None or end > best):
                best = end
        if count >= limit or cursor >= size or not accepts(view, cursor):
            break
        cursor += 1
        count += 1
    return best

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
from functools import reduce
from itertools import islice
from operator import itemgetter, or_

import numpy
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
# (words, or None for a number; nearest offset; farthest offset; the token attribute the words
# are of, None for the anchor column): a match from a start has a token of the words (a
# number) at one of the offsets from it.
Window = tuple[frozenset[str] | None, int, int, str | None]


@dataclass(frozen=True, eq=False)
class Step:
    accepts: Test  # does the token at a view position satisfy this step (OP "!" applied)?
    low: int
    high: int  # -1: unbounded
    text_attribute: str | None = None  # the attribute ``on_word`` reads
    # Where set: a word's answer (vocab gives its lexeme), a necessary condition of ``accepts``.
    on_word: Callable[[str, Vocab], bool] | None = None
    # Where set: the answers of ``accepts`` remembered by the token's ``text_attribute``, which
    # ``_longest`` reads before it calls ``accepts`` (the lookup costs less than the call).
    answers: dict[str, bool] | None = None


class _LexemeRow:
    """One word seen as a one-token view, so that a step's tests can read a bare word: a
    lexeme (its attributes), or a string standing for the one attribute given."""

    __slots__ = ("lexeme", "attribute")

    def __init__(self, lexeme, attribute: str | None = None):
        self.lexeme = lexeme
        self.attribute = attribute

    def column(self, attribute: str) -> list:
        if self.attribute is not None:  # (the only attribute asked for)
            return [self.lexeme]
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


def _remembered(attribute: str, test: Callable[[TokenView, int], bool]) -> tuple[Test, dict[str, bool]]:
    """``test`` remembered per value of the token's ``attribute`` (its answer must depend on
    that value alone): a step sees the same few thousand words again and again. Returns the
    test and the dict of answers it fills (see ``Step.answers``)."""
    known: dict[str, bool] = {}

    def accepts(view: TokenView, index: int) -> bool:
        word = view.column(attribute)[index]
        result = known.get(word)
        if result is None:
            if len(known) > CACHE_LIMIT:
                known.clear()
            result = known[word] = test(view, index)
        return result

    return accepts, known


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
        accepts, answers = _remembered(
            attribute, lambda view, index: all(test(view.column(attribute)[index]) for test in tests) != negate)
        return Step(accepts, low, high, attribute, lambda word, vocab: accepts(_LexemeRow(word, attribute), 0),
                    answers)
    # Tests of the token's text or what is made from it give the same answer for the same text
    # (spaCy keeps them on the lexeme): they are remembered per text. NORM and IS_SENT_START are
    # tested afresh.
    lexical_strings = [(a, test) for a, test in string_tests if a in LEXICAL_STRINGS]
    lexical_flags = [(flag, wanted) for flag, wanted in flag_tests if flag in LEXICAL_FLAGS]
    other_strings = [(a, test) for a, test in string_tests if a not in LEXICAL_STRINGS]
    other_flags = [(flag, wanted) for flag, wanted in flag_tests if flag not in LEXICAL_FLAGS]
    if not lexical_strings and not lexical_flags:
        return Step(lambda view, index: _all_pass(other_strings, other_flags, view, index) != negate, low, high)
    if not other_strings and not other_flags:
        accepts, answers = _remembered(
            "text", lambda view, index: _all_pass(lexical_strings, lexical_flags, view, index) != negate)
        return Step(accepts, low, high, "text", lambda word, vocab: accepts(_LexemeRow(vocab[word]), 0), answers)
    lexical_at, _ = _remembered("text", lambda view, index: _all_pass(lexical_strings, lexical_flags, view, index))
    return Step(lambda view, index: (lexical_at(view, index) and _all_pass(other_strings, other_flags, view, index))
                != negate, low, high, "text",
                None if negate else lambda word, vocab: lexical_at(_LexemeRow(vocab[word]), 0))


def _all_pass(string_tests, flag_tests, view: TokenView, index: int) -> bool:
    return (all(test(view.column(attribute)[index]) for attribute, test in string_tests)
            and all(bool(view.column(flag)[index]) == wanted for flag, wanted in flag_tests))


class CompiledPattern:
    """A token pattern ready to match. Its steps are compiled on first use: a small page
    meets few of a lexicon's thousand patterns, and start-up should not pay for the rest."""

    __slots__ = ("key", "spec", "where", "windows", "needs", "_steps", "_own")

    def __init__(self, key: str, spec: Sequence[dict], where: str, windows: tuple[Window, ...] = ()):
        self.key = key
        self.spec = tuple(spec)
        self.where = where
        self.windows = windows  # where a match from a start has a token of each required word set
        # The bits of the word sets a page must have a word of for a match anywhere on it (see
        # _required_words and PatternIndex), set by PatternIndex.
        self.needs = 0
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
    compiled = CompiledPattern(key, pattern, where, _windows(pattern, column, where))
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


def _windows(pattern: Sequence[dict], column: str, where: str) -> tuple[Window, ...]:
    """Where a match from a start must have a token of each word set it requires.

    One window for each step that names its words (``_named_words``) and must match at least
    once: its words (None for LIKE_NUM), the nearest and farthest offset from the start its
    first token can have (the steps before it taking between their low and high counts,
    UNBOUNDED where a step has no high), and the attribute the words are of (None: the
    anchor column). None for a step at offset 0 (the anchor itself). Narrowest first: they
    are the quickest to test and usually the ones that fail.

    Also a window (words, 1, reach, None) for each condition of ``_required_ahead`` that no
    window above implies. That older test caps every step at UNBOUNDED tokens, also one
    whose own high is more ({2,40}), and so tells more there; it is kept so that the index
    finds exactly what it found before windows.
    """
    windows: list[Window] = []
    nearest = farthest = 0
    for spec in pattern:
        low, high = _repeats(spec.get("OP"), where)
        named = _named_words(spec, column)
        if named is not None and low >= 1 and farthest > 0:
            attribute, words = named
            windows.append((None if NUMBER in words else frozenset(words), nearest, farthest, attribute))
        nearest += low
        farthest += high if high != -1 else UNBOUNDED
    for needed, reach in _required_ahead(pattern, column) or ():
        if not any(words == needed and 1 <= first and last <= reach and attribute is None
                   for words, first, last, attribute in windows):
            windows.append((needed, 1, reach, None))
    return tuple(sorted(windows, key=lambda window: window[2] - window[1]))


# Spec keys naming a token's words, each with the attribute it reads (LOWER: lower-cased).
OTHER_WORD_KEYS = (("ORTH", "text"), ("TEXT", "text"), ("LOWER", "lower_"), ("NORM", "norm_"))


def _named_words(spec: dict, column: str) -> tuple[str | None, set[str]] | None:
    """(attribute, words) of a step that names its words and is not OP "!": the anchor
    column's (attribute None; words in its form, or NUMBER: see ``_literal``) where the step
    names them so, else another attribute's (ORTH or TEXT: the text; LOWER: lower-cased;
    NORM) with a string or an IN list. None for any other step."""
    literal = _literal(spec, column, optional=True)  # None for OP "!"
    if literal is not None:
        return None, literal
    if spec.get("OP") == "!":
        return None
    for key, attribute in OTHER_WORD_KEYS:
        value = spec.get(key)
        if attribute == column or value is None:
            continue
        fold = str.lower if key == "LOWER" else str
        if isinstance(value, str):
            return attribute, {fold(value)}
        if isinstance(value, dict) and "IN" in value:
            return attribute, {fold(v) for v in value["IN"]}
    return None


def _required_words(pattern: Sequence[dict], column: str, where: str) -> frozenset[frozenset[str]]:
    """The word sets (in ``column``'s form, or NUMBER) a match must take a token of: one for
    each step that names its words (see ``_literal``) and must match at least once, wherever
    it stands. A page without a word of each can hold no match, wherever it is tried."""
    needs = set()
    for spec in pattern:
        low, _ = _repeats(spec.get("OP"), where)
        literal = _literal(spec, column, optional=True)  # None for OP "!"
        if literal is not None and low >= 1:
            needs.add(frozenset(literal))
    return frozenset(needs)


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


class _Page:
    """One page (a Doc's TokenView) as a PatternIndex sees it: its words (anchor column),
    the bits of the required word sets it has a word of, and where some words stand."""

    __slots__ = ("view", "words", "like_num", "present", "has_number", "met", "_numbers", "_places")

    def __init__(self, index: PatternIndex, view: TokenView):
        self.view = view
        self.words: list[str] = view.column(index.column)
        self.like_num: list[int] = view.column("like_num")
        self.present = set(self.words)
        self.has_number = any(self.like_num)
        bits_of_word = index.bits_of_word
        self.met = reduce(or_, map(bits_of_word.__getitem__, self.present & index.required_words),
                          bits_of_word.get(NUMBER, 0) if self.has_number else 0)
        self._numbers: list[int] | None = None
        self._places: dict[str, list[int]] | None = None  # where the words asked for stand

    def viable(self, patterns: Sequence[CompiledPattern]) -> list[CompiledPattern]:
        """Those of ``patterns`` whose every required word set has a word on the page."""
        met = self.met
        return [pattern for pattern in patterns if pattern.needs & met == pattern.needs]

    @property
    def numbers(self) -> list[int]:
        """Where the page's numbers (LIKE_NUM) stand."""
        if self._numbers is None:
            self._numbers = numpy.flatnonzero(self.view.array("like_num")).tolist() if self.has_number else []
        return self._numbers

    def find_places(self, wanted: frozenset[str]) -> None:
        """Note where each of the ``wanted`` words stands on the page."""
        places = self._places = {}
        for index, word in enumerate(self.words):
            if word in wanted:
                places.setdefault(word, []).append(index)

    def starts_within(self, windows: Sequence[Window]) -> list[int]:
        """The starts, in order, from which one of ``windows`` on the anchor column (the one
        whose words stand in the fewest places) has a token of its words at its offsets: all
        the starts from which every window does, and some more. ``windows`` must have one on
        the anchor column, whose words must have been given to ``find_places``."""
        places = self._places
        rarest, nearest, farthest = None, 0, 0  # where the rarest window's words stand, and its offsets
        for needed, first, last, attribute in windows:
            if attribute is not None:
                continue
            spots = (self.numbers if needed is None
                     else [index for word in needed & places.keys() for index in places[word]])
            if rarest is None or len(spots) < len(rarest):
                rarest, nearest, farthest = spots, first, last
        starts: set[int] = set()
        for spot in rarest:
            starts.update(range(max(spot - farthest, 0), spot - nearest + 1))
        return sorted(starts)


class PatternIndex:
    """Token patterns indexed by the words that can start them, tried only where one stands.

    A page is first checked as a whole: a pattern is tried on it only when it has a word of
    each word set the pattern must take a token of (``_required_words``). Each such set is
    given one bit; a page's ``met`` holds the bits of the sets it has a word of, and a
    pattern is viable on the page when ``met`` holds all of its bits (``needs``). A viable
    pattern is then tried at a start only when each of its windows (``_windows``) has a
    token of its words there.
    """

    def __init__(self, items: Sequence[tuple[str, Sequence[dict], str]], column: str = "lower_"):
        """``items``: (key, token pattern, where) triples. ``column``: the token attribute
        anchor words are looked up in (``lower_`` for English, ``norm_`` for Japanese)."""
        self.column = column
        self.by_word: dict[str, list[CompiledPattern]] = {}  # anchored on their first word
        self.by_pair: dict[tuple[str, str], list[CompiledPattern]] = {}  # ... on their first two words
        self.anywhere: list[CompiledPattern] = []  # first step no literal: tried wherever it accepts
        bit_of: dict[frozenset[str], int] = {}  # each required word set -> its bit
        self.bits_of_word: dict[str, int] = {}  # word (anchor column, or NUMBER) -> the bits of the sets holding it
        for key, given, where in items:
            for pattern in _leading_variants(list(given)):
                compiled = CompiledPattern(key, pattern, where, _windows(pattern, column, where))
                for needed in _required_words(pattern, column, where):
                    if needed not in bit_of:
                        bit_of[needed] = 1 << len(bit_of)
                        for word in needed:
                            self.bits_of_word[word] = self.bits_of_word.get(word, 0) | bit_of[needed]
                    compiled.needs |= bit_of[needed]
                anchors = _anchors(pattern, column)
                if anchors is None:
                    self.anywhere.append(compiled)
                    continue
                for anchor in anchors:
                    if len(anchor) == 1:
                        self.by_word.setdefault(anchor[0], []).append(compiled)
                    else:
                        self.by_pair.setdefault(anchor, []).append(compiled)
        self.required_words = frozenset(self.bits_of_word)  # every word some pattern requires
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
        # Anywhere-patterns on another column with a window on the anchor column find their
        # starts from where its words stand (the words of each column's patterns' windows);
        # the others are tried wherever they accept.
        self._found_from_windows: set[CompiledPattern] = set()
        self._window_words: dict[str, frozenset[str]] = {}
        for attribute, patterns in self.by_attribute.items():
            if attribute == column:
                continue
            window_words = set()
            for pattern in patterns:
                for needed, _, _, on in pattern.windows:
                    if on is None:
                        self._found_from_windows.add(pattern)
                        window_words.update(needed or ())
            self._window_words[attribute] = frozenset(window_words)
        self._starting: dict[str, tuple[CompiledPattern, ...]] = {}  # word (anchor column) -> patterns
        self._seen: set[str] = set()  # words (anchor column) already sorted into hot or not
        self._hot: set[str] = set()  # words (anchor column) that start a pattern
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
        words, like_num = view.column(self.column), view.column("like_num")
        for start, patterns in self._attempts(view):
            for pattern in patterns:
                if pattern.windows and _outside(pattern.windows, view, words, like_num, start):
                    continue
                end = _longest(pattern.steps, 0, view, start)
                if end is not None and end > start:
                    found.append((pattern.key, start, end))
        return found

    def _attempts(self, view: TokenView) -> list[tuple[int, Sequence[CompiledPattern]]]:
        """(start, patterns) worth trying there, in the order hits are reported: anchors
        found (by start), then anywhere-patterns on another column (by pattern, then start),
        then scanned patterns. Only patterns viable on the page are in them."""
        self._vocab = view.doc.vocab
        page = _Page(self, view)
        attempts = self._anchored_attempts(page)
        self._add_other_column_attempts(page, attempts)
        for pattern in page.viable(self.scanned):
            accepts = pattern.steps[0].accepts
            attempts.extend((start, (pattern,)) for start in range(view.size) if accepts(view, start))
        return attempts

    def _anchored_attempts(self, page: _Page) -> list[tuple[int, Sequence[CompiledPattern]]]:
        """(start, patterns) at each token that starts a viable pattern, by start; at one
        start: the patterns anchored on its word, those on a number, those on each pair
        (first word, or NUMBER for a number; second word, or NUMBER), in this order."""
        words, present, met = page.words, page.present, page.met
        # The viable patterns each word of the page starts, sorted once per page and word.
        starting: dict[str, list[CompiledPattern]] = {}
        known = self._starting
        for word in present & self._hot_words(present):
            patterns = known.get(word)
            if patterns is None:
                patterns = self.starting_with(word)
            patterns = [pattern for pattern in patterns if pattern.needs & met == pattern.needs]
            if patterns:
                starting[word] = patterns
        attempts: list[tuple[int, Sequence[CompiledPattern]]] = [
            (start, starting[word]) for start, word in enumerate(words) if word in starting]
        # Then the patterns on a number and on pairs: where a number or a pair of the index stands.
        by_pair = self.by_pair
        starts = [start for start, pair in enumerate(zip(words, islice(words, 1, None))) if pair in by_pair]
        number_patterns = page.viable(self.by_word.get(NUMBER, ())) if page.has_number else []
        if page.has_number:  # (NUMBER, second) and (first, NUMBER) pairs too
            numbers = page.numbers
            starts = sorted({*starts, *numbers, *(start - 1 for start in numbers if start)})
        if not starts:
            return attempts
        like_num = page.like_num
        pairs: dict[tuple[str, str], list[CompiledPattern]] = {}  # viable patterns of the pairs met
        last = len(words) - 1
        more: list[tuple[int, Sequence[CompiledPattern]]] = []
        for start in starts:
            number = like_num[start]
            if number and number_patterns:
                more.append((start, number_patterns))
            if start < last:
                word, following = words[start], words[start + 1]
                for first in ((word, NUMBER) if number else (word,)):
                    for second in ((following, NUMBER) if like_num[start + 1] else (following,)):
                        if (first, second) in by_pair:
                            patterns = pairs.get((first, second))
                            if patterns is None:
                                patterns = pairs[first, second] = page.viable(by_pair[first, second])
                            if patterns:
                                more.append((start, patterns))
        if more:  # after the word's own patterns at the same start (a stable sort)
            attempts.extend(more)
            attempts.sort(key=itemgetter(0))
        return attempts

    def _add_other_column_attempts(self, page: _Page, attempts: list[tuple[int, Sequence[CompiledPattern]]]) -> None:
        """Add (start, (pattern,)) for each viable anywhere-pattern on another column than
        the anchor column, at the tokens its first step accepts from which its windows have
        their words (at every token its first step accepts when it has no windows); pattern
        by pattern, each by start."""
        view, words, like_num = page.view, page.words, page.like_num
        for attribute, patterns in self.by_attribute.items():
            if attribute == self.column:
                continue
            viable = page.viable(patterns)
            if not viable:
                continue
            column = page.view.column(attribute)
            distinct = set(column)
            self._sort_new_words(attribute, patterns, distinct)
            accepted_by = {}  # each pattern -> the words its first step accepts
            for pattern in viable:
                accepted = self._accepted.get(pattern, ())
                # Where it is quick to see: none of them on the page.
                if len(accepted) < len(distinct) and accepted.isdisjoint(distinct):
                    continue
                accepted_by[pattern] = accepted
            if not accepted_by:
                continue
            page.find_places(self._window_words[attribute])
            for pattern, accepted in accepted_by.items():
                windows = pattern.windows
                if pattern not in self._found_from_windows:
                    starts = [start for start, word in enumerate(column) if word in accepted
                              and not (windows and _outside(windows, view, words, like_num, start))]
                else:
                    starts = [start for start in page.starts_within(windows)
                              if column[start] in accepted and not _outside(windows, view, words, like_num, start)]
                attempts.extend((start, (pattern,)) for start in starts)

    def _hot_words(self, present: set[str]) -> set[str]:
        """Of the page's words (anchor column), those that start a pattern."""
        new = present.difference(self._seen)
        if new:
            if len(self._seen) > CACHE_LIMIT:
                self._seen.clear()
                self._hot.clear()
                new = present
            self._seen.update(new)
            self._hot.update(word for word in new if self.starting_with(word))
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


def _outside(windows: Sequence[Window], view: TokenView, words: list[str], like_num: list[int], start: int) -> bool:
    """Does some window miss its words from ``start`` (no token of them, or no number, at
    its offsets)? ``words``, ``like_num``: the view's anchor column and LIKE_NUM."""
    for needed, nearest, farthest, attribute in windows:
        if needed is None:
            if not any(like_num[start + nearest : start + farthest + 1]):
                return True
        elif needed.isdisjoint((words if attribute is None else view.column(attribute))
                               [start + nearest : start + farthest + 1]):
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
    """The end of the longest way through ``steps[index:]`` from ``position``; None when
    there is none."""
    size, count = view.size, len(steps)
    # Steps that take exactly one token leave no choice: walked without recursion.
    while index < count:
        step = steps[index]
        if step.low != 1 or step.high != 1:
            break
        if position >= size:
            return None
        answers = step.answers
        accepted = None if answers is None else answers.get(view.column(step.text_attribute)[position])
        if not (step.accepts(view, position) if accepted is None else accepted):
            return None
        index += 1
        position += 1
    if index == count:
        return position
    step = steps[index]
    accepts, answers, low = step.accepts, step.answers, step.low
    column = None if answers is None else view.column(step.text_attribute)
    limit = step.high if step.high != -1 else UNBOUNDED
    best = None
    repeats = 0
    cursor = position
    # Try every allowed repetition count; the longest overall match wins.
    while True:
        if repeats >= low:
            end = _longest(steps, index + 1, view, cursor)
            if end is not None and (best is None or end > best):
                best = end
        if repeats >= limit or cursor >= size:
            break
        accepted = None if answers is None else answers.get(column[cursor])
        if not (accepts(view, cursor) if accepted is None else accepted):
            break
        cursor += 1
        repeats += 1
    return best

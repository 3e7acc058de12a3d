"""A phrase matcher that understands the lexicons' ``(a|b)`` / ``(x)?`` groups natively.

Expanding every match string into plain phrases for spaCy's PhraseMatcher gives a quarter of
a million phrases and a 20-second start. Instead each match string is compiled once into a
sequence of *slots*: a slot is the set of token sequences one space-separated unit of the
string can be (``(completely )?`` → [["completely"], []]; ``rejuvenat(e|es)`` →
[["rejuvenate"], ["rejuvenates"]]).

Matching a Doc takes two steps. :class:`PhraseIndex` finds, with numpy on the tokens' hash
keys, the positions where the first one, two or three tokens of some phrase stand, and which
phrases those are. Each such candidate is then checked token by token from there by its
:class:`_Matcher`, a small automaton made from the phrase's slots the first time it is needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy
from spacy.strings import get_string_id

from analyzer.lexicon import expand_all

Tokens = tuple[str, ...]
# next token -> (whether an option ends with it, the options that go on past it)
Following = dict[str, tuple[bool, tuple[Tokens, ...]]]
Slot = tuple[bool, Following]  # (may be empty, its options by their first token)


@dataclass(frozen=True, eq=False)
class CompiledPhrase:
    key: str
    slots: tuple[tuple[Tokens, ...], ...]  # each slot: its alternative token sequences (() = may be empty)

    @property
    def indexed(self) -> tuple[Slot, ...]:
        """The slots as the index keeps them: whether each may be empty, and its options by
        their first token (the first level of the slot's token trie, see :class:`_Node`)."""
        return tuple((() in options, _following([option for option in options if option], 0)) for options in self.slots)


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
    A phrase's :class:`_Matcher` is made the first time the phrase is a candidate: most never
    are, and making them all would slow the start.
    """

    def __init__(self, phrases: Iterable[CompiledPhrase]):
        entries: list[tuple[str, tuple[Slot, ...]]] = []  # (key, slots) of every phrase
        # mixed hash key of the 1, 2 or 3 first tokens -> entry numbers, ascending
        by_prefix: dict[int, list[int]] = {}
        for phrase in phrases:
            number = len(entries)
            entries.append((phrase.key, phrase.indexed))
            for prefix in set(_prefixes(phrase.slots, 0, (), PREFIX_TOKENS)):
                if prefix:
                    by_prefix.setdefault(_mixed_key(map(get_string_id, prefix)), []).append(number)
        # One table for the three lengths: a clash of two prefixes' mixed keys (of one length or
        # two) only costs a try, as every candidate is checked token by token.
        self._entries = entries
        self._table = _Table(by_prefix)
        self._prepare()

    def __getstate__(self) -> dict:
        return {"format": INDEX_FORMAT, "entries": self._entries, "table": self._table}

    def __setstate__(self, state: dict) -> None:
        if state.get("format") != INDEX_FORMAT:
            # saved by another version of this module (the disk cache then builds the index afresh)
            raise ValueError(f"a phrase index of format {state.get('format')!r}, not {INDEX_FORMAT!r}")
        self._entries, self._table = state["entries"], state["table"]
        self._prepare()

    def __len__(self) -> int:
        """How many (prefix, phrase) pairs the index holds."""
        return len(self._table.keys)

    def find(self, tokens: Sequence[str], keys: numpy.ndarray) -> list[tuple[str, int, int]]:
        """(key, start, end) of every match in ``tokens`` (overlaps included; for each
        phrase and start, the longest end), by start and then in lexicon order. ``keys``: the
        tokens' string-store hash keys."""
        size = len(tokens)
        if not size:
            return []
        found = []
        seen = set()  # hits of phrases whose rule has several (a shared key): one per key, start and end
        matchers = self._matchers
        for start, number in zip(*self._candidates(keys)):
            matcher = matchers[number] or self._matcher(number)
            words = matcher.words
            if words is not None:  # a one-token phrase
                if tokens[start] not in words:
                    continue
                end = start + 1
            else:  # the end of the longest match from start: walk the automaton (see _Matcher)
                state = matcher.initial
                end = -1
                position = start  # (a while loop: with a range iterator per candidate the walk took 15% longer)
                while position < size:
                    token = tokens[position]
                    following = state.moves.get(token)
                    if following is None:
                        if token not in state.tokens:
                            break
                        following = matcher.follow(state, token)
                    state = following
                    position += 1
                    if state.complete:
                        end = position
                        if not state.places:
                            break  # nothing goes on past here (most matches end so)
                if end < 0:
                    continue
            if matcher.shared:
                hit = (matcher.key, start, end)
                if hit in seen:
                    continue
                seen.add(hit)
                found.append(hit)
            else:  # the only phrase of its rule: found once at most at each start
                found.append((matcher.key, start, end))
        return found

    def _candidates(self, keys: numpy.ndarray) -> tuple[list[int], list[int]]:
        """The (start position, entry number) pairs where the mixed key of the first one, two or
        three tokens of a phrase is found, each once, by start and then by entry number
        (lexicon order: of equal claims the first rule wins, whichever prefix found them).

        All in numpy, a few dozen calls a Doc: the keys of the windows of one, two and three
        tokens are looked up in one go, each found with every entry number it has."""
        keys = keys.astype(numpy.uint64, copy=False)
        size = len(keys)
        two = keys[:-1] * _MIX + keys[1:]  # position i: the mixed key of tokens i, i + 1
        three = two[:-1] * _MIX + keys[2:]
        where, numbers = self._table.find(numpy.concatenate((keys, two, three)))
        if not len(numbers):
            return [], []
        # where a window of two tokens begins: size positions on; of three: size + (size - 1) on
        starts = where - size * (where >= size) - (size - 1) * (where >= 2 * size - 1)
        # each (start, number) pair as one int64, start * entries + number: sorted, each once
        pairs = starts * len(self._entries) + numbers
        pairs.sort()
        pairs = pairs[numpy.concatenate(([True], pairs[1:] != pairs[:-1]))]
        starts, numbers = numpy.divmod(pairs, len(self._entries))
        return starts.tolist(), numbers.tolist()

    def _matcher(self, number: int) -> _Matcher:
        key, slots = self._entries[number]
        matcher = self._matchers[number] = _Matcher(key, slots, key in self._shared)
        return matcher

    def _prepare(self) -> None:
        """What is made as the Doc's are matched (after building or loading)."""
        self._matchers: list[_Matcher | None] = [None] * len(self._entries)  # by entry number, made on first use
        # the keys of rules with several phrases: only their hits can repeat (two phrases, one span)
        counts = Counter(key for key, _ in self._entries)
        self._shared = frozenset(key for key, count in counts.items() if count > 1)


class _Matcher:
    """One phrase as a small automaton over tokens, whose states are made as text reaches them.

    Each slot's options form a token trie (:class:`_Node`). A *place* in the phrase is (slot
    number, trie node): inside that slot, the tokens that lead to the node read. Reading a
    token moves each place of a set to its node's child for that token; a child that completes
    an option of its slot also stands at the start of the next slot (and of the ones after it,
    while they may be empty). A :class:`_State` is such a set of places, with its moves kept
    once followed, so a check costs a dict lookup per token however many options a slot has
    (one Japanese phrase has 1,600 that begin with the same word).
    """

    __slots__ = ("_slots", "_states", "initial", "key", "shared", "words")

    def __init__(self, key: str, slots: tuple[Slot, ...], shared: bool = True):
        """``shared``: whether other phrases have the same key (their hits can repeat this one's)."""
        self.key = key
        self.shared = shared
        self.words = _one_token_words(slots)
        # the root of each slot's trie, by slot number
        self._slots = tuple(_Node(may_be_empty, 0, following=following) for may_be_empty, following in slots)
        self._states: dict[tuple[frozenset, bool], _State] = {}  # each state made once, by (places, complete)
        places: set[tuple[int, _Node]] = set()
        self.initial = self._state(places, self._enter(0, places))

    def follow(self, state: _State, token: str) -> _State:
        """The state after reading ``token`` (one that some place of ``state`` can read), kept
        in ``state.moves``. (Matching walks the states in :meth:`PhraseIndex.find`, inline: a
        call per candidate would cost a tenth of the check.)"""
        places: set[tuple[int, _Node]] = set()
        complete = False
        for slot, node in state.places:
            child = node.child(token)
            if child is not None:
                if child.following:
                    places.add((slot, child))
                if child.ends and self._enter(slot + 1, places):
                    complete = True
        following = state.moves[token] = self._state(places, complete)
        return following

    def _enter(self, slot: int, places: set[tuple[int, _Node]]) -> bool:
        """Add the start of slot number ``slot`` to ``places``, and of the slots after it while
        they may be empty; whether that passes the last slot (the phrase is complete)."""
        while slot < len(self._slots):
            root = self._slots[slot]
            if root.following:
                places.add((slot, root))
            if not root.ends:  # the slot cannot be empty
                return False
            slot += 1
        return True

    def _state(self, places: set[tuple[int, _Node]], complete: bool) -> _State:
        key = (frozenset(places), complete)
        state = self._states.get(key)
        if state is None:
            state = self._states[key] = _State(key[0], complete)
        return state


def _one_token_words(slots: tuple[Slot, ...]) -> frozenset[str] | None:
    """The words of a phrase that is always one token long ("cures", ``cure(s|d)``; not
    ``(the )?clinic``), or None. About half the candidates in English text are such phrases, and
    a set lookup checks them without walking the automaton."""
    filled = [(may_be_empty, following) for may_be_empty, following in slots if following]
    if len(filled) != 1 or not all(may_be_empty for may_be_empty, following in slots if not following):
        return None  # words in several slots (or a slot that can be neither empty nor a word)
    may_be_empty, following = filled[0]
    if may_be_empty or any(going_on for _, going_on in following.values()):
        return None  # may be empty, or has an option of more than one token
    return frozenset(following)


class _Node:
    """A node of a slot's token trie: whether an option of the slot ends here (at the root: the
    slot may be empty), the tokens that can follow, and the child nodes they lead to.

    Only the root's ``following`` is made when the lexicon is compiled; below it, a node keeps
    the options that go on past it until it is first read from, and a child is made when first
    asked for. Most paths of a large slot are never walked, and the whole trie of a slot of
    1,600 options of several tokens takes milliseconds to make.
    """

    __slots__ = ("_children", "_depth", "_following", "_options", "ends")

    def __init__(self, ends: bool, depth: int, options: tuple[Tokens, ...] = (), following: Following | None = None):
        self.ends = ends
        self._depth = depth  # tokens of each option read on the way here
        self._options = options  # the options that go on past this node, while ``following`` is not made
        self._following = following
        self._children: dict[str, _Node] = {}

    @property
    def following(self) -> Following:
        if self._following is None:
            self._following, self._options = _following(self._options, self._depth), ()
        return self._following

    def child(self, token: str) -> _Node | None:
        """The node that ``token`` leads to, or None."""
        node = self._children.get(token)
        if node is None:
            found = self.following.get(token)
            if found is None:
                return None
            ends, options = found
            node = self._children[token] = _Node(ends, self._depth + 1, options) if options else _LEAF
        return node


_LEAF = _Node(True, 0, following={})  # the end of an option that no other option goes on past


def _following(options: Iterable[Tokens], depth: int) -> Following:
    """``options`` (each longer than ``depth`` tokens) by their token at ``depth``: whether one
    ends with it, and those that go on past it."""
    ending: set[str] = set()
    going_on: dict[str, list[Tokens]] = {}
    for option in options:
        if len(option) == depth + 1:
            ending.add(option[depth])
        else:
            going_on.setdefault(option[depth], []).append(option)
    return {token: (token in ending, tuple(going_on.get(token, ()))) for token in (*ending, *going_on)}


class _State:
    """A set of places in a phrase (see :class:`_Matcher`): whether the phrase is complete
    there, which tokens its places can read next, and the states those lead to (each filled in
    when first followed: the tokens of running text are too many to list)."""

    __slots__ = ("complete", "moves", "places", "tokens")

    def __init__(self, places: frozenset[tuple[int, _Node]], complete: bool):
        self.places = places
        self.complete = complete
        if len(places) == 1:
            self.tokens = next(iter(places))[1].following  # (a dict: only its keys are asked)
        else:
            self.tokens = {token for _, node in places for token in node.following}
        self.moves: dict[str, _State] = {}


class _Table:
    """Hash key -> entry numbers, as numpy arrays (quick to save and load): a row for each
    (key, number) pair, sorted (``keys``: the key of each row, ``numbers``: its number).

    Most of a Doc's windows of one, two and three tokens begin no phrase, so a filter rules most
    of them out first: a bit per range of hash values (those that share their top bits), set
    where some key falls, about 16 bits per key (one MB).

    The windows that pass are looked up by *bucket*, not by a binary search of the rows (490,000
    for English: a cache miss per step, about seven a window). A bucket is the rows whose keys
    share their top bits, about one row a bucket; they stand together, from ``first[bucket]`` on,
    and no bucket holds more than ``len(span)`` rows. So one gather of that many keys from
    ``first[bucket]`` holds every row of the window's key: two cache misses.
    (The buckets are worked out from the keys when the table is made or loaded, not saved.)
    """

    def __init__(self, numbers_by_key: dict[int, list[int]]):
        rows = sorted((key, number) for key, numbers in numbers_by_key.items() for number in numbers)
        self.keys = numpy.array([key for key, _ in rows], dtype=numpy.uint64)
        self.numbers = numpy.array([number for _, number in rows], dtype=numpy.int64)
        # the filter: 2**top bits (at least 16 a key), 8 a byte; bit i of byte j is set where some
        # key's top bits are 8 * j + i
        top = max(8, (16 * len(numbers_by_key) - 1).bit_length())
        self.shift = numpy.uint64(64 - top)
        flags = numpy.zeros(1 << top, dtype=bool)
        flags[self.keys >> self.shift] = True
        self.bits = numpy.packbits(flags, bitorder="little")
        self._make_buckets()

    def __getstate__(self) -> dict:
        return {name: getattr(self, name) for name in ("keys", "numbers", "shift", "bits")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._make_buckets()

    def _make_buckets(self) -> None:
        """``bucket_shift``: a key's bucket is ``key >> bucket_shift`` (its top bits: about as
        many buckets as rows); ``first``: where each bucket's rows begin; ``span``: 0, 1, … up
        to the most rows a bucket holds."""
        top = max(1, (len(self.keys) - 1).bit_length())
        self.bucket_shift = numpy.uint64(64 - top)
        counts = numpy.bincount((self.keys >> self.bucket_shift).astype(numpy.int64), minlength=1 << top)
        # (int32 is room enough, and half the memory a lookup reaches into)
        self.first = numpy.concatenate(([0], numpy.cumsum(counts)[:-1])).astype(numpy.int32)
        self.span = numpy.arange(counts.max())

    def find(self, values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Where in ``values`` a key stands, and each of its entry numbers: (positions,
        numbers), a pair for each row of the key (and a pair may come twice: see below)."""
        if not len(self.keys):
            return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=numpy.int64)
        ranges = (values >> self.shift).view(numpy.int64)  # (numpy indexes with uint64 several times slower)
        maybe = ((self.bits[ranges >> 3] >> (ranges & 7)) & 1).nonzero()[0]
        values = values[maybe]
        first = self.first[(values >> self.bucket_shift).view(numpy.int64)]
        # each value's bucket and the rows after it; past the last row, the last row again (so
        # the last row's pair can come more than once)
        value, offset = (self.keys.take(first[:, None] + self.span, mode="clip") == values[:, None]).nonzero()
        return maybe[value], self.numbers.take(first[value] + offset, mode="clip")


INDEX_FORMAT = 4  # of a saved PhraseIndex (__getstate__); an index saved in another format is built afresh
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

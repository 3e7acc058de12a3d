"""Values worked out once: per object compared by identity (:class:`ByIdentity`), or per
key (:class:`Remembered`).

Lexicons, knowledge-base entries and tuples of phrases are read for every page or every claim,
and what is made from them (a lookup table, a compiled search) should be made once. They are
kept by ``id()``: their equality would compare their whole contents. The object is kept beside
its value, so that its id cannot be given to a new object while the entry stands.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K")
T = TypeVar("T")
V = TypeVar("V")


class ByIdentity(Generic[T, V]):
    """``make(thing, *also)``, remembered by the identity of ``thing`` (and ``also``); at most
    ``limit`` entries, all forgotten when that is reached."""

    __slots__ = ("_known", "_limit")

    def __init__(self, limit: int):
        self._known: dict[Hashable, tuple[T, V]] = {}
        self._limit = limit

    def get(self, thing: T, make: Callable[..., V], *also: Hashable) -> V:
        key = (id(thing), *also) if also else id(thing)
        known = self._known.get(key)
        if known is not None and known[0] is thing:
            return known[1]
        if len(self._known) >= self._limit:
            self._known.clear()
        value = make(thing, *also)
        self._known[key] = (thing, value)
        return value


class Remembered(dict[K, V]):
    """``make(key)`` for each key looked up, made on first lookup and kept; at most ``limit``
    keys (None: no limit), all forgotten when that is reached. Its ``__getitem__`` is the
    lookup, and a hit costs a dict lookup without a Python call: what the hot loops (a column
    read per token tested, an affix search per chunk) need."""

    __slots__ = ("limit", "make")

    def __init__(self, make: Callable[[K], V], limit: int | None = None):
        super().__init__()
        self.make = make
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if self.limit is not None and len(self) >= self.limit:
            self.clear()
        value = self[key] = self.make(key)
        return value

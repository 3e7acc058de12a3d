"""Values worked out once per object, for objects compared by identity.

Lexicons, knowledge-base entries and tuples of phrases are read for every page or every claim,
and what is made from them (a lookup table, a compiled search) should be made once. They are
kept by ``id()``: their equality would compare their whole contents. The object is kept beside
its value, so that its id cannot be given to a new object while the entry stands.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

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

"""NFKC for matching, original offsets for reporting.

Clinic copy writes "ＮＯ．１", "１００％" or half-width "ｴｸｿｿｰﾑ"; the lexicons are written
in ordinary characters. The matcher runs on the NFKC form of ``Document.text``; claims found
there are mapped back, so that their ``start``/``end`` index the original text and their
``text`` is the original wording. NFKC can change a text's length ("ﬁ" -> "fi",
"ｶﾞ" -> "ガ"), so the mapping is kept per character: each grapheme cluster is normalised on
its own and every character it yields points back to the whole cluster.
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from analyzer.model import Claim, Document, EntityMention, evolve

_CLUSTER = regex.compile(r"\X")


@dataclass(frozen=True)
class MatchingText:
    """The NFKC form of a text, with each of its characters' cluster in the original."""

    text: str
    cluster_starts: array | None = None  # None: every character stands where it stood
    cluster_ends: array | None = None
    replaced: bool = False  # characters were swapped one for one (curly apostrophes)

    @property
    def changed(self) -> bool:
        return self.cluster_starts is not None or self.replaced

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.cluster_starts is None:
            return start, end
        if end <= start:
            position = self.cluster_starts[start] if start < len(self.text) else self.cluster_ends[-1]
            return position, position
        return self.cluster_starts[start], self.cluster_ends[end - 1]

    def stand_in(self, document: Document) -> Document:
        """The Document the matcher sees: the NFKC text, no source map (offsets come back by ``restore``)."""
        return document if not self.changed else replace(document, text=self.text, source_map=None)

    def restore(self, claims: list[Claim], document: Document) -> list[Claim]:
        """Claims found in the NFKC text, with offsets, text, line and column of ``document``."""
        if not self.changed:
            return claims
        return [self._restore_claim(claim, document) for claim in claims]

    def _restore_claim(self, claim: Claim, document: Document) -> Claim:
        start, end = self.to_original(claim.start, claim.end)
        line, column = document.line_col(start)
        return evolve(
            claim, start=start, end=end, text=document.text[start:end], line=line, column=column,
            interventions=self._restore_mentions(claim.interventions, document),
            conditions=self._restore_mentions(claim.conditions, document),
            targets=self._restore_mentions(claim.targets, document),
        )

    def _restore_mentions(self, mentions: tuple[EntityMention, ...], document: Document) -> tuple[EntityMention, ...]:
        restored = []
        for mention in mentions:
            start, end = self.to_original(mention.start, mention.end)
            restored.append(evolve(mention, start=start, end=end, text=document.text[start:end]))
        return tuple(restored)


# Curly apostrophes are not touched by NFKC but split words differently ("don’t" gives "n’t",
# not the "n't" the negation cues know): they are matched as straight ones, one for one.
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\uff07": "'"})
_CURLY = tuple(chr(code) for code in APOSTROPHES)


def matching_text(original: str) -> MatchingText:
    if original.isascii():
        return MatchingText(original)  # ASCII is its own NFKC and has no curly apostrophes
    swapped = original.translate(APOSTROPHES) if any(mark in original for mark in _CURLY) else original
    if unicodedata.is_normalized("NFKC", swapped):
        return MatchingText(swapped, replaced=swapped is not original)
    original = swapped  # same length: offsets below still index the caller's text
    parts: list[str] = []
    starts, ends = array("l"), array("l")
    offset = 0
    for line in original.splitlines(keepends=True):
        if unicodedata.is_normalized("NFKC", line):  # most lines are: copied whole
            parts.append(line)
            starts.extend(range(offset, offset + len(line)))
            ends.extend(range(offset + 1, offset + len(line) + 1))
            offset += len(line)
            continue
        clusters = _CLUSTER.findall(line)  # (one after another, covering the line)
        normals = [_nfkc(cluster) for cluster in clusters]
        parts.extend(normals)
        if len(clusters) == len(line) == sum(map(len, normals)):
            # one character per cluster, each normalised to one character (NFKC never gives
            # none), as in most lines: every character stands where it stood
            starts.extend(range(offset, offset + len(line)))
            ends.extend(range(offset + 1, offset + len(line) + 1))
            offset += len(line)
            continue
        for cluster, normal in zip(clusters, normals):
            starts.extend([offset] * len(normal))
            ends.extend([offset + len(cluster)] * len(normal))
            offset += len(cluster)
    return MatchingText("".join(parts), starts, ends)


@lru_cache(maxsize=4096)
def _nfkc(cluster: str) -> str:
    """The NFKC form of one grapheme cluster (the same few hundred recur through a page)."""
    return unicodedata.normalize("NFKC", cluster)

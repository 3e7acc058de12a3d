"""Assertion status: is a claim asserted, or negated, hedged, reported, asked, conditional?

ConText-style (medspaCy): cues from ``lexicons/context/<lang>.yml`` have a status, a
direction and a scope. This module is pure: it works on token offsets, with the sentence
and the cue hits given, and knows nothing of categories.
"""

from __future__ import annotations

from dataclasses import dataclass

# When several cues reach a claim, the first status in this list wins.
PRECEDENCE = ("question", "reported", "negated", "conditional", "hedged")
QUALIFYING = set(PRECEDENCE)
QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "\u300c": "\u300d", "\u300e": "\u300f", "'": "'"}


@dataclass(frozen=True)
class Cue:
    status: str  # a context status: negated, hedged, reported, conditional, pseudo, terminate
    direction: str
    max_scope: int | None
    start: int  # token offsets
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """What the context rules need of a sentence: its token range and its layout."""

    start: int
    end: int
    text: str
    newlines: tuple[int, ...]  # token indices of whitespace tokens holding a line break
    list_intro_newlines: tuple[int, ...]  # those that follow a line ending in ':'
    quotes: tuple[tuple[int, int], ...]  # token ranges inside quotation marks

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith(("?", "\uff1f"))


def drop_pseudo_and_inner(cues: list[Cue], claim_spans: list[tuple[int, int]]) -> list[Cue]:
    """Remove cues that a pseudo-cue covers ("not only") or that overlap words a claim
    matched (``claim_spans``: "no side effects" is a claim, not a negation)."""
    pseudo = [c for c in cues if c.status == "pseudo"]
    kept = []
    for cue in cues:
        if cue.status == "pseudo":
            continue
        if cue.status == "not_question":
            kept.append(cue)  # a sentence-level marker: neither a pseudo-cue nor a claim's words hide it
            continue
        if cue.status != "not_question" and any(p.start < cue.end and cue.start < p.end for p in pseudo):
            continue
        if cue.status != "terminate" and any(s < cue.end and cue.start < e for s, e in claim_spans):
            continue
        kept.append(cue)
    return kept


def _blocked(sentence: Sentence, cues: list[Cue], left: int, right: int) -> bool:
    """True when a terminator or a line break stands between token ``left`` and ``right``."""
    for cue in cues:
        if cue.status == "terminate" and left <= cue.start and cue.end <= right:
            return True
    return any(left <= n < right and n not in sentence.list_intro_newlines for n in sentence.newlines)


def _reaches(cue: Cue, start: int, end: int, sentence: Sentence, cues: list[Cue]) -> bool:
    if start <= cue.start and cue.end <= end:
        return True  # inside the claim's span but not among its matched words: "own cells are not … safe"
    if cue.direction in ("forward", "both") and cue.end <= start:
        line_end = next((n for n in sentence.newlines if n >= cue.end), None)
        if line_end is not None and line_end in sentence.list_intro_newlines and start > line_end:
            return True  # a list introduced by the cue's line: "Examples of prohibited expressions:\n- …"
        gap = start - cue.end
        if (cue.max_scope is None or gap <= cue.max_scope) and not _blocked(sentence, cues, cue.end, start):
            return True
    if cue.direction in ("backward", "both") and cue.start >= end:
        gap = cue.start - end
        if (cue.max_scope is None or gap <= cue.max_scope) and not _blocked(sentence, cues, end, cue.start):
            return True
    return False


def assertion_status(start: int, end: int, sentence: Sentence, cues: list[Cue]) -> tuple[str, tuple[str, ...]]:
    """Status of the claim at tokens [start, end) and the cue words that decided it.

    ``cues`` are the sentence's cues after :func:`drop_pseudo_and_inner`.
    """
    found: dict[str, list[str]] = {}
    if sentence.is_question and not any(cue.status == "not_question" for cue in cues):
        found.setdefault("question", []).append("?")
    for cue in cues:
        if cue.status in QUALIFYING and _reaches(cue, start, end, sentence, cues):
            found.setdefault(cue.status, []).append(cue.text)
    quoted = any(q_start <= start and end <= q_end for q_start, q_end in sentence.quotes)
    if quoted and "reported" not in found and any(c.status == "reported" for c in cues):
        found["reported"] = ["quoted"]
    for status in PRECEDENCE:
        if status in found:
            return status, tuple(found[status])
    return "asserted", ()


def quote_ranges(tokens: list[str], offset: int) -> tuple[tuple[int, int], ...]:
    """Token ranges enclosed by matching quotation marks; ``offset`` is the first token's index."""
    ranges = []
    opening: tuple[str, int] | None = None
    for index, text in enumerate(tokens):
        if opening is None:
            if text in QUOTE_PAIRS:
                opening = (text, index)
        elif text == QUOTE_PAIRS[opening[0]]:
            ranges.append((offset + opening[1] + 1, offset + index))
            opening = None
    return tuple(ranges)


def quoted_in_a_report(statuses: list[str], quoted: list[bool], min_reported: int, min_share: float) -> list[bool]:
    """Which asserted claims to treat as reported because the document is a report.

    In a news article or a regulator's notice most claims are reported or negated; a claim
    there that stands in quotation marks (a table of forbidden phrases, a quoted slogan) is a
    mention even when no cue sits beside it. In an ad, quotes are testimonials and stay
    asserted: ads seldom reach ``min_reported`` reported claims.
    """
    reported = statuses.count("reported")
    share = (reported + statuses.count("negated")) / len(statuses) if statuses else 0.0
    if reported < min_reported or share < min_share:
        return [False] * len(statuses)
    return [status == "asserted" and inside for status, inside in zip(statuses, quoted)]

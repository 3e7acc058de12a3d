"""Data classes that flow between the pipeline stages.

ingest -> Document -> nlp/claims -> Claim -> findings -> Finding -> DocumentResult -> render.
Renderers see only these classes, never a spaCy Doc.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

SEVERITIES = ("critical", "high", "medium", "low")
ASSERTION_STATUSES = ("asserted", "negated", "hedged", "reported", "question", "conditional")


def severity_rank(severity: str) -> int:
    """0 for critical … 3 for low; 4 for 'never'."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class Document:
    """One text to audit, with the way back from a character offset to its source."""

    id: str
    source: str
    text: str
    lang: str = "auto"
    url: str | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in ``text``."""
        starts = self.line_starts
        line_index = bisect.bisect_right(starts, offset) - 1
        return line_index + 1, offset - starts[line_index] + 1

    @cached_property
    def line_starts(self) -> list[int]:
        return _line_starts(self.text)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


@dataclass(frozen=True)
class EntityMention:
    """An intervention, condition, target group or promotional voice found in the text."""

    label: str
    id: str
    text: str
    start: int
    end: int
    attributes: tuple[tuple[str, object], ...] = ()

    def attribute(self, name: str):
        return dict(self.attributes).get(name)


@dataclass(frozen=True)
class Claim:
    id: str
    category: str
    text: str
    start: int
    end: int
    line: int
    column: int
    sentence: str
    assertion: str
    cues: tuple[str, ...]
    interventions: tuple[EntityMention, ...]
    conditions: tuple[EntityMention, ...]
    targets: tuple[EntityMention, ...]
    confidence: float
    rule: str


@dataclass(frozen=True)
class Finding:
    rule_id: str
    category: str
    severity: str
    confidence: float
    message: str
    start: int | None
    end: int | None
    line: int | None
    column: int | None
    claim_id: str | None
    escalated_by: tuple[str, ...] = ()
    suppressed: bool = False


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    lang: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]

    def worst_severity(self) -> str | None:
        ranked = sorted((f for f in self.findings if not f.suppressed), key=lambda f: severity_rank(f.severity))
        return ranked[0].severity if ranked else None


@dataclass(frozen=True)
class InputFailure:
    """An input that could not be audited, kept so that nothing is dropped silently."""

    source: str
    reason: str
    skipped: bool = False  # passed over on purpose (unsupported type), not an error


@dataclass
class BatchResult:
    results: list[DocumentResult] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)

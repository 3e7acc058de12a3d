"""Data classes that flow between the pipeline stages.

ingest -> Document -> nlp/claims -> Claim -> findings -> Finding -> DocumentResult -> render.
Renderers see only these classes, never a spaCy Doc.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from analyzer.sourcemap import Location, SourceMap, locate_in_text

SEVERITIES = ("critical", "high", "medium", "low")
ASSERTION_STATUSES = ("asserted", "negated", "hedged", "reported", "question", "conditional")


def evolve(instance, **changes):
    """A copy of a frozen dataclass instance with some fields changed: ``dataclasses.replace``
    for the hot paths (claims and findings, thousands per page), about five times faster
    because ``__init__`` is not run again. Only for classes with no ``__post_init__`` and no
    cached properties (Claim, Finding, EntityMention); unknown field names are an error."""
    fields = instance.__dataclass_fields__
    for name in changes:
        if name not in fields:
            raise TypeError(f"{type(instance).__name__} has no field {name!r}")
    copy = object.__new__(type(instance))
    copy.__dict__.update(instance.__dict__)
    copy.__dict__.update(changes)
    return copy


def severity_rank(severity: str) -> int:
    """0 for critical … 3 for low; 4 for 'never'."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class Snapshot:
    """What was fetched for a URL input, kept as evidence."""

    url: str  # as given
    final_url: str  # after redirects
    fetched_at: str  # ISO 8601, UTC
    status: int
    content_type: str
    sha256: str
    bytes: int
    path: str | None = None  # where the fetched bytes were saved, when they were


@dataclass(frozen=True)
class Document:
    """One text to audit, with the way back from a character offset to its source.

    ``text`` is what is audited: the input itself for plain text, the extracted text for
    HTML, Markdown, transcripts, PDF and DOCX; ``source_map`` then leads back to the source.
    """

    id: str
    source: str
    text: str
    lang: str = "auto"
    url: str | None = None
    format: str = "text"  # text, markdown, html, srt, vtt, timedtext, json3, pdf, docx
    encoding: str | None = None  # how the bytes were decoded ("UTF-8", "Shift_JIS" …); None for PDF/DOCX
    source_map: SourceMap | None = None  # None: ``text`` is the source itself
    snapshot: Snapshot | None = None

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset: in the source file when it is text
        (HTML, Markdown, subtitles), else in ``text``."""
        if self.source_map is not None:
            mapped = self.source_map.source_line_col(offset)
            if mapped is not None:
                return mapped
        starts = self.line_starts
        line_index = bisect.bisect_right(starts, offset) - 1
        return line_index + 1, offset - starts[line_index] + 1

    def locate(self, start: int, end: int) -> Location:
        """Where ``text[start:end]`` is, in the terms of the source (line:col, element, page, cue)."""
        if self.source_map is None:
            return locate_in_text(self.format, start, end, self.line_starts)
        return self.source_map.locate(start, end, self.line_starts)

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
        for key, value in self.attributes:
            if key == name:
                return value
        return None


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
    evidence: tuple[Evidence, ...] = ()  # one per linked intervention the knowledge base knows (analyzer.evidence)


EVIDENCE_VERDICTS = ("approved_indication", "off_label", "unapproved", "no_evidence", "contradicted", "unknown")


@dataclass(frozen=True)
class EvidenceFact:
    """One knowledge-base fact a verdict rests on, with where it comes from."""

    kind: str  # status | indication | evidence | risk | anti_doping
    jurisdiction: str | None  # US | JP | EU | UK, or None when it holds everywhere
    text: str
    sources: tuple[str, ...]  # URLs


@dataclass(frozen=True)
class Evidence:
    """What the knowledge base says about one claim's product and outcome.

    ``verdicts`` holds one of EVIDENCE_VERDICTS per jurisdiction (US, JP, EU, UK); ``verdict``
    is the least favourable of them (what an auditor without a jurisdiction must assume).
    """

    intervention: str  # knowledge-base id
    title: str
    kind: str  # drug | biologic | cell_product | device | supplement | procedure | iv_nutrient
    mention: str  # the words of the text that name it
    outcomes: tuple[str, ...]  # what the claim is about: cancer, anti_aging, weight …
    verdict: str
    verdicts: tuple[tuple[str, str], ...]
    facts: tuple[EvidenceFact, ...]

    def verdict_in(self, jurisdiction: str | None) -> str:
        """The verdict in ``US``/``JP``/``EU``/``UK``; the overall one for anything else."""
        for where, verdict in self.verdicts:
            if where == jurisdiction:
                return verdict
        return self.verdict


@dataclass(frozen=True)
class Citation:
    """The clause a rule enforces, and where it was read."""

    instrument: str
    clause: str
    url: str
    checked: str  # YYYY-MM-DD
    via: str = ""


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
    # from the rule packs (analyzer.rules); empty for findings made without one
    jurisdiction: str = ""  # jp | us | uk | eu | sport
    rule_name: str = ""  # dotted name, e.g. jp.pmd.unapproved-product-advertising
    title: str = ""
    citation: Citation | None = None
    fix: str = ""
    claim_text: str | None = None
    evidence: Evidence | None = None  # the evidence the rule judged on
    disclosures_present: tuple[str, ...] = ()  # document-level checks: the items found on the page
    disclosures_missing: tuple[str, ...] = ()  # … and those not found
    missing_item: str | None = None  # the one disclosure item this finding is about
    suppression: str | None = None  # why: "inline: <reason>", "baseline" or "disclosed on the page: <items>" (限定解除)
    fingerprint: str = ""  # stable across edits elsewhere in the document (analyzer.suppress)


@dataclass(frozen=True)
class DocumentResult:
    document: Document
    lang: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    suppressions: tuple[Suppression, ...] = ()  # inline ``claimaudit: ignore[...]`` comments

    def worst_severity(self) -> str | None:
        ranked = sorted((f for f in self.findings if not f.suppressed), key=lambda f: severity_rank(f.severity))
        return ranked[0].severity if ranked else None


@dataclass(frozen=True)
class Suppression:
    """An inline ``claimaudit: ignore[RULE_ID, …] reason`` comment and what became of it."""

    rule_ids: tuple[str, ...]
    reason: str
    line: int  # where the comment is, 1-based, in the source
    applies_to: tuple[int, int]  # the lines whose findings it suppresses (inclusive); (0, 0): document-level only
    used: bool = False
    problem: str | None = None  # why it was not applied (no reason given, unknown rule)


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

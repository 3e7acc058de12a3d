"""What a report shows, computed once from a DocumentResult: plain frozen data for the
templates (reports/*.j2) and the Markdown/CSV/SARIF writers. No HTML is built here.

The text of a document is cut into ``Piece``s: plain text, or a highlight. Claims that
overlap ("I look ten years younger" and "look ten years younger") share one highlight, whose
tooltip lists each of them with its findings.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from analyzer.model import ASSERTION_STATUSES, SEVERITIES, Claim, DocumentResult, Finding, severity_rank

# Risk score: each flagged claim counts the weight of its worst finding, each missing
# disclosure item counts once at the weight of its worst finding. Findings repeated by
# several jurisdictions about the same claim do not add up.
RISK_WEIGHTS = {"critical": 10, "high": 5, "medium": 2, "low": 1}
SEVERITY_ICONS = {"critical": "\u2716", "high": "\u25b2", "medium": "\u25c6", "low": "\u25cf", "none": "\u25cb"}
ASSERTION_LABELS = {
    "asserted": "asserted by the ad",
    "reported": "reported or quoted",
    "negated": "negated",
    "hedged": "hedged",
    "question": "asked as a question",
    "conditional": "conditional",
}


@dataclass(frozen=True)
class Link:
    text: str
    url: str | None  # only http(s) addresses are linked


@dataclass(frozen=True)
class EvidenceView:
    title: str
    verdict: str
    facts: tuple[tuple[str, tuple[Link, ...]], ...]  # (fact text, its sources)


@dataclass(frozen=True)
class FindingView:
    rule_id: str
    title: str
    severity: str
    jurisdiction: str
    category: str
    message: str
    clause: Link | None
    fix: str
    evidence: EvidenceView | None
    suppressed: bool
    suppression: str


@dataclass(frozen=True)
class ClaimView:
    id: str
    category: str
    category_title: str
    assertion: str
    assertion_label: str
    text: str
    where: str  # line:col and the source's own terms (timestamp, page, element)
    timestamp: str  # transcripts: hh:mm:ss.mmm, else ""
    severity: str  # worst active finding, or "none"
    findings: tuple[FindingView, ...]

    @property
    def muted(self) -> bool:
        return self.assertion != "asserted"

    @property
    def jurisdictions(self) -> tuple[str, ...]:
        return tuple(sorted({f.jurisdiction for f in self.findings if f.jurisdiction}))


@dataclass(frozen=True)
class Piece:
    text: str
    claims: tuple[ClaimView, ...] = ()  # empty: plain text

    @property
    def severity(self) -> str:
        ranked = sorted((c.severity for c in self.claims), key=severity_rank)
        return ranked[0] if ranked else "none"

    @property
    def muted(self) -> bool:
        return all(c.muted for c in self.claims)

    @property
    def timestamp(self) -> str:
        return next((c.timestamp for c in self.claims if c.timestamp), "")


@dataclass(frozen=True)
class ChecklistItem:
    title: str
    present: bool


@dataclass(frozen=True)
class Checklist:
    """A document-level rule (missing disclosures) and the items it looks for."""

    rule_id: str
    title: str
    severity: str
    jurisdiction: str
    message: str
    clause: Link | None
    fix: str
    items: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    width: float  # 0..100, share of the largest count


@dataclass(frozen=True)
class DocumentView:
    source: str
    url: str | None
    format: str
    lang: str
    encoding: str | None
    jurisdictions: tuple[str, ...]
    by_severity: tuple[tuple[str, int], ...]
    categories: tuple[Bar, ...]  # findings by category, most first
    findings: int
    suppressed: int
    risk_score: int
    claims: tuple[ClaimView, ...]
    pieces: tuple[Piece, ...]
    checklists: tuple[Checklist, ...]
    assertions: tuple[str, ...]  # those present, in ASSERTION order

    @property
    def worst(self) -> str:
        return next((s for s, n in self.by_severity if n), "none")

    @property
    def top_categories(self) -> tuple[str, ...]:
        return tuple(bar.label for bar in self.categories[:3])

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(sorted({c.category for c in self.claims}))


def _link(text: str, url: str | None) -> Link:
    safe = url if url and url.lower().startswith(("https://", "http://")) else None
    return Link(text, safe)


def _clause(finding: Finding) -> Link | None:
    citation = finding.citation
    if citation is None:
        return None
    return _link(f"{citation.instrument} {citation.clause}".strip(), citation.url)


def _evidence(finding: Finding) -> EvidenceView | None:
    evidence = finding.evidence
    if evidence is None:
        return None
    verdict = evidence.verdict_in(finding.jurisdiction.upper() if finding.jurisdiction else None)
    facts = tuple((fact.text, tuple(_link(url, url) for url in fact.sources)) for fact in evidence.facts
                  if fact.jurisdiction is None or not finding.jurisdiction or fact.jurisdiction.lower() == finding.jurisdiction)
    return EvidenceView(evidence.title or evidence.intervention, verdict.replace("_", " "), facts)


def finding_view(finding: Finding) -> FindingView:
    return FindingView(
        rule_id=finding.rule_id, title=finding.title or finding.category, severity=finding.severity,
        jurisdiction=finding.jurisdiction, category=finding.category, message=finding.message,
        clause=_clause(finding), fix=finding.fix, evidence=_evidence(finding),
        suppressed=finding.suppressed, suppression=finding.suppression or "",
    )


@lru_cache(maxsize=1)
def _category_titles() -> dict[str, str]:
    from analyzer.audit import taxonomy

    try:
        return {key: category.title for key, category in taxonomy().categories.items()}
    except Exception:  # a broken taxonomy must not stop a report; ids are shown instead
        return {}


@lru_cache(maxsize=4)
def _disclosure_titles(lang: str) -> dict[str, str]:
    from analyzer.disclosures import load_disclosures

    try:
        return {key: item.title for key, item in load_disclosures(lang).items.items()}
    except Exception:  # titles are a nicety: fall back to the item ids
        return {}


def _where(result: DocumentResult, claim: Claim) -> tuple[str, str]:
    location = result.document.locate(claim.start, claim.end)
    label = location.label()
    where = f"{location.line}:{location.column}" + (f" · {label}" if label else "")
    return where, location.start_time or ""


def claim_view(result: DocumentResult, claim: Claim, findings: list[Finding]) -> ClaimView:
    active = [f for f in findings if not f.suppressed]
    ranked = sorted((f.severity for f in active), key=severity_rank)
    where, timestamp = _where(result, claim)
    ordered = sorted(findings, key=lambda f: (f.suppressed, severity_rank(f.severity), f.jurisdiction, f.rule_id))
    return ClaimView(
        id=claim.id, category=claim.category, category_title=_category_titles().get(claim.category, claim.category),
        assertion=claim.assertion, assertion_label=ASSERTION_LABELS.get(claim.assertion, claim.assertion),
        text=claim.text, where=where, timestamp=timestamp, severity=ranked[0] if ranked else "none",
        findings=tuple(finding_view(f) for f in ordered),
    )


def pieces_of(text: str, claims: tuple[ClaimView, ...], spans: dict[str, tuple[int, int]]) -> tuple[Piece, ...]:
    """The text cut into plain runs and highlights; overlapping claims share a highlight."""
    ordered = sorted(claims, key=lambda c: spans[c.id])
    pieces: list[Piece] = []
    position = 0
    group: list[ClaimView] = []
    group_start = group_end = 0
    for claim in ordered:
        start, end = spans[claim.id]
        if group and start < group_end:
            group.append(claim)
            group_end = max(group_end, end)
            continue
        if group:
            pieces.append(Piece(text[group_start:group_end], tuple(group)))
            position = group_end
        start = max(start, position)
        if start > position:
            pieces.append(Piece(text[position:start]))
        group, group_start, group_end = [claim], start, max(end, start)
    if group:
        pieces.append(Piece(text[group_start:group_end], tuple(group)))
        position = group_end
    if position < len(text):
        pieces.append(Piece(text[position:]))
    return tuple(piece for piece in pieces if piece.text)


def _checklists(result: DocumentResult, document_level: list[Finding]) -> tuple[Checklist, ...]:
    titles = _disclosure_titles(result.lang if result.lang in ("en", "ja") else "en")
    by_rule: dict[str, list[Finding]] = {}
    for finding in document_level:
        by_rule.setdefault(finding.rule_id, []).append(finding)
    lists = []
    for rule_id, findings in by_rule.items():
        first = sorted(findings, key=lambda f: severity_rank(f.severity))[0]
        present = {i for f in findings for i in f.disclosures_present}
        missing = {i for f in findings for i in f.disclosures_missing} | {f.missing_item for f in findings if f.missing_item}
        items = [ChecklistItem(titles.get(i, i), True) for i in sorted(present - missing)]
        items += [ChecklistItem(titles.get(i, i), False) for i in sorted(missing)]
        lists.append(Checklist(rule_id=rule_id, title=first.title or first.category, severity=first.severity,
                               jurisdiction=first.jurisdiction, message=first.message if len(findings) == 1 else
                               (first.title or first.category), clause=_clause(first), fix=first.fix, items=tuple(items)))
    return tuple(sorted(lists, key=lambda c: (severity_rank(c.severity), c.jurisdiction, c.rule_id)))


def risk_score(result: DocumentResult) -> int:
    """Σ weight of the worst finding of each flagged claim and of each missing disclosure item."""
    worst: dict[tuple, str] = {}
    for finding in result.findings:
        if finding.suppressed:
            continue
        key = ("item", finding.missing_item) if finding.start is None else ("claim", finding.claim_id, finding.start)
        if key not in worst or severity_rank(finding.severity) < severity_rank(worst[key]):
            worst[key] = finding.severity
    return sum(RISK_WEIGHTS.get(severity, 0) for severity in worst.values())


def document_view(result: DocumentResult) -> DocumentView:
    document = result.document
    active = [f for f in result.findings if not f.suppressed]
    in_text = [f for f in result.findings if f.start is not None]
    document_level = [f for f in result.findings if f.start is None and not f.suppressed]
    by_claim: dict[str, list[Finding]] = {}
    for finding in in_text:
        if finding.claim_id:
            by_claim.setdefault(finding.claim_id, []).append(finding)
    claims = tuple(claim_view(result, claim, by_claim.get(claim.id, [])) for claim in result.claims)
    spans = {claim.id: (claim.start, claim.end) for claim in result.claims}
    severities = Counter(f.severity for f in active)
    categories = Counter(f.category for f in active).most_common()
    largest = categories[0][1] if categories else 1
    present = {c.assertion for c in result.claims}
    return DocumentView(
        source=document.source, url=document.url, format=document.format, lang=result.lang, encoding=document.encoding,
        jurisdictions=tuple(sorted({f.jurisdiction for f in result.findings if f.jurisdiction})),
        by_severity=tuple((s, severities.get(s, 0)) for s in SEVERITIES),
        categories=tuple(Bar(name, count, round(100 * count / largest, 1)) for name, count in categories),
        findings=len(active), suppressed=len(result.findings) - len(active), risk_score=risk_score(result),
        claims=claims, pieces=pieces_of(document.text, claims, spans), checklists=_checklists(result, document_level),
        assertions=tuple(s for s in ASSERTION_STATUSES if s in present),
    )

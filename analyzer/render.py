"""Stage 6: output formats. Renderers see DocumentResult / InputFailure, never a spaCy Doc.

Every format is a class with ``start``, ``document``, ``failure`` and ``finish`` so that a
batch streams: a new format plugs in by adding a class to ``RENDERERS``.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TextIO

from analyzer import SCHEMA_VERSION
from analyzer.model import (ASSERTION_STATUSES, SEVERITIES, Document, DocumentResult, EntityMention, Evidence, Finding,
                            InputFailure, Snapshot, Suppression, severity_rank)


def _mention(mention: EntityMention) -> dict:
    return {"id": mention.id, "text": mention.text, "start": mention.start, "end": mention.end, **dict(mention.attributes)}


def summary_of(result: DocumentResult) -> dict:
    active = [f for f in result.findings if not f.suppressed]
    by_severity = Counter(f.severity for f in active)
    by_assertion = Counter(c.assertion for c in result.claims)
    return {
        "claims": len(result.claims),
        "asserted_claims": by_assertion.get("asserted", 0),
        "by_assertion": {status: by_assertion.get(status, 0) for status in ASSERTION_STATUSES},
        "findings": len(active),
        "suppressed": len(result.findings) - len(active),
        "by_severity": {severity: by_severity.get(severity, 0) for severity in SEVERITIES},
        "worst_severity": result.worst_severity(),
    }


def _location(document: Document, start: int | None, end: int | None) -> dict | None:
    return None if start is None or end is None else document.locate(start, end).as_dict()


def _snapshot(snapshot: Snapshot | None) -> dict | None:
    return None if snapshot is None else {name: getattr(snapshot, name) for name in Snapshot.__dataclass_fields__}


def _evidence(evidence: Evidence | None) -> dict | None:
    if evidence is None:
        return None
    return {"intervention": evidence.intervention, "title": evidence.title, "kind": evidence.kind,
            "mention": evidence.mention, "outcomes": list(evidence.outcomes), "verdict": evidence.verdict,
            "verdicts": dict(evidence.verdicts),
            "facts": [{"kind": f.kind, "jurisdiction": f.jurisdiction, "text": f.text, "sources": list(f.sources)}
                      for f in evidence.facts]}


def _rule_fields(finding: Finding) -> dict:
    """What the rule packs add to a finding (analyzer.rules): clause, fix, claim, evidence, suppression."""
    citation = finding.citation
    return {
        "jurisdiction": finding.jurisdiction,
        "rule_name": finding.rule_name,
        "title": finding.title,
        "citation": None if citation is None else {"instrument": citation.instrument, "clause": citation.clause,
                                                   "url": citation.url, "checked": citation.checked},
        "fix": finding.fix,
        "claim_text": finding.claim_text,
        "evidence": _evidence(finding.evidence),
        "disclosures": None if finding.missing_item is None else {
            "item": finding.missing_item, "present": list(finding.disclosures_present),
            "missing": list(finding.disclosures_missing)},
        "suppression": finding.suppression,
        "fingerprint": finding.fingerprint,
    }


def _suppression(suppression: Suppression) -> dict:
    return {"rule_ids": list(suppression.rule_ids), "reason": suppression.reason, "line": suppression.line,
            "applies_to": list(suppression.applies_to), "used": suppression.used, "problem": suppression.problem}


def result_to_dict(result: DocumentResult) -> dict:
    document = result.document
    return {
        "schema_version": SCHEMA_VERSION,
        "id": document.id,
        "source": document.source,
        "url": document.url,
        "format": document.format,
        "encoding": document.encoding,
        "snapshot": _snapshot(document.snapshot),
        "lang": result.lang,
        "claims": [
            {
                "id": claim.id,
                "category": claim.category,
                "text": claim.text,
                "start": claim.start,
                "end": claim.end,
                "line": claim.line,
                "column": claim.column,
                "location": _location(document, claim.start, claim.end),
                "sentence": claim.sentence,
                "assertion": claim.assertion,
                "cues": list(claim.cues),
                "interventions": [_mention(m) for m in claim.interventions],
                "conditions": [_mention(m) for m in claim.conditions],
                "targets": [_mention(m) for m in claim.targets],
                "confidence": claim.confidence,
                "rule": claim.rule,
                "evidence": [_evidence(e) for e in claim.evidence],
            }
            for claim in result.claims
        ],
        "findings": [
            {
                "rule_id": finding.rule_id,
                "category": finding.category,
                "severity": finding.severity,
                "confidence": finding.confidence,
                "message": finding.message,
                "start": finding.start,
                "end": finding.end,
                "line": finding.line,
                "column": finding.column,
                "location": _location(document, finding.start, finding.end),
                "claim_id": finding.claim_id,
                "escalated_by": list(finding.escalated_by),
                "suppressed": finding.suppressed,
                **_rule_fields(finding),
            }
            for finding in result.findings
        ],
        "suppressions": [_suppression(s) for s in result.suppressions],
        "summary": summary_of(result),
        "error": None,
    }


def failure_to_dict(failure: InputFailure) -> dict:
    empty = {"claims": 0, "asserted_claims": 0, "by_assertion": {s: 0 for s in ASSERTION_STATUSES}, "findings": 0,
             "suppressed": 0, "by_severity": {s: 0 for s in SEVERITIES}, "worst_severity": None}
    return {
        "schema_version": SCHEMA_VERSION,
        "id": failure.source,
        "source": failure.source,
        "url": None,
        "format": None,
        "encoding": None,
        "snapshot": None,
        "lang": None,
        "claims": [],
        "findings": [],
        "suppressions": [],
        "summary": empty,
        "error": {"reason": failure.reason, "skipped": failure.skipped},
    }


class JsonRenderer:
    """A JSON list of document objects (one object when there is a single input document)."""

    def __init__(self, out: TextIO, color: bool = False):
        self.out = out
        self.items: list[dict] = []

    def document(self, result: DocumentResult) -> None:
        self.items.append(result_to_dict(result))

    def failure(self, failure: InputFailure) -> None:
        self.items.append(failure_to_dict(failure))

    def finish(self, single: bool) -> None:
        payload = self.items[0] if single and len(self.items) == 1 else self.items
        json.dump(payload, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


class JsonlRenderer:
    """One JSON object per document, in input order, written as it is audited."""

    def __init__(self, out: TextIO, color: bool = False):
        self.out = out

    def _write(self, item: dict) -> None:
        self.out.write(json.dumps(item, ensure_ascii=False) + "\n")
        self.out.flush()

    def document(self, result: DocumentResult) -> None:
        self._write(result_to_dict(result))

    def failure(self, failure: InputFailure) -> None:
        self._write(failure_to_dict(failure))

    def finish(self, single: bool) -> None:
        pass


COLORS = {"critical": "\x1b[1;31m", "high": "\x1b[31m", "medium": "\x1b[33m", "low": "\x1b[36m"}
RESET = "\x1b[0m"
DIM = "\x1b[2m"


class TextRenderer:
    """``path:line:col severity CATEGORY message`` lines, then a summary line."""

    def __init__(self, out: TextIO, color: bool = False, all_claims: bool = False):
        self.out = out
        self.color = color
        self.all_claims = all_claims
        self.documents = 0
        self.severities: Counter = Counter()
        self.failed = 0
        self.skipped = 0
        self.not_audited: list[InputFailure] = []

    def _paint(self, text: str, code: str) -> str:
        return f"{code}{text}{RESET}" if self.color else text

    def document(self, result: DocumentResult) -> None:
        self.documents += 1
        document = result.document
        source = document.source
        if document.encoding and not document.encoding.startswith("UTF-8"):
            self.out.write(self._paint(f"{source}: note: read as {document.encoding}", DIM) + "\n")
        for finding in sorted(result.findings, key=lambda f: (f.start if f.start is not None else -1, severity_rank(f.severity))):
            if finding.suppressed:
                continue
            self.severities[finding.severity] += 1
            where = f"{source}:{finding.line}:{finding.column}" if finding.line else source
            label = document.locate(finding.start, finding.end).label() if finding.start is not None else ""
            if label:
                where += f" [{label}]"
            severity = self._paint(f"{finding.severity:<8}", COLORS[finding.severity])
            self.out.write(f"{where} {severity} {finding.rule_id} {finding.category} {finding.message}\n")
        for suppression in result.suppressions:
            if suppression.problem or not suppression.used:
                why = f"not applied: {suppression.problem}" if suppression.problem else "unused: it suppresses no finding"
                ids = ", ".join(suppression.rule_ids)
                self.out.write(self._paint(f"{source}:{suppression.line}: note: suppression ignore[{ids}] {why}", DIM) + "\n")
        if self.all_claims:
            for claim in result.claims:
                if claim.assertion != "asserted":
                    label = document.locate(claim.start, claim.end).label()
                    where = f"{source}:{claim.line}:{claim.column}" + (f" [{label}]" if label else "")
                    line = f"{where} {claim.assertion:<8} {claim.category} {claim.text!r} (not charged: {', '.join(claim.cues)})"
                    self.out.write(self._paint(line, DIM) + "\n")

    def failure(self, failure: InputFailure) -> None:
        if failure.skipped:
            self.skipped += 1
        else:
            self.failed += 1
        self.not_audited.append(failure)

    def finish(self, single: bool) -> None:
        for failure in self.not_audited:
            self.out.write(f"not audited: {failure.source}: {failure.reason}\n")
        total = sum(self.severities.values())
        counts = ", ".join(f"{self.severities.get(s, 0)} {s}" for s in SEVERITIES)
        line = f"{total} finding{'s' if total != 1 else ''} ({counts}) in {self.documents} document{'s' if self.documents != 1 else ''}"
        if self.failed:
            line += f"; {self.failed} input{'s' if self.failed != 1 else ''} failed"
        if self.skipped:
            line += f"; {self.skipped} skipped"
        self.out.write(line + "\n")


RENDERERS = {"text": TextRenderer, "json": JsonRenderer, "jsonl": JsonlRenderer}

# Reports people read (analyzer/report/): HTML pages, SARIF, CSV, Markdown.
from analyzer.report.html import HtmlRenderer  # noqa: E402
from analyzer.report.markdown import MarkdownRenderer  # noqa: E402
from analyzer.report.sarif import SarifRenderer  # noqa: E402
from analyzer.report.table import CsvRenderer  # noqa: E402

RENDERERS.update({"html": HtmlRenderer, "sarif": SarifRenderer, "csv": CsvRenderer, "md": MarkdownRenderer})

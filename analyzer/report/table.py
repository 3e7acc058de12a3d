"""CSV: one row per finding (suppressed ones included, marked), then one row per input that
could not be audited, with its reason in ``error``. Opens in a spreadsheet as it is."""

from __future__ import annotations

import csv
from typing import TextIO

from analyzer.model import DocumentResult, InputFailure

COLUMNS = ("source", "line", "column", "where", "severity", "rule_id", "jurisdiction", "category", "assertion",
           "claim_text", "message", "instrument", "clause", "clause_url", "fix", "evidence_verdict", "suppressed",
           "suppression", "fingerprint", "error")


def _cell(value) -> str:
    """Text as it is, except a leading = + - @ (a spreadsheet would run it as a formula)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class CsvRenderer:
    def __init__(self, out: TextIO, color: bool = False):
        self.out = out
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(COLUMNS)

    def document(self, result: DocumentResult) -> None:
        document = result.document
        assertions = {claim.id: claim.assertion for claim in result.claims}
        for finding in result.findings:
            where = document.locate(finding.start, finding.end) if finding.start is not None else None
            citation = finding.citation
            evidence = finding.evidence
            row = {
                "source": document.url or document.source,
                "line": finding.line or "", "column": finding.column or "",
                "where": where.label() if where else "document",
                "severity": finding.severity, "rule_id": finding.rule_id, "jurisdiction": finding.jurisdiction,
                "category": finding.category, "assertion": assertions.get(finding.claim_id or "", ""),
                "claim_text": finding.claim_text or "", "message": finding.message,
                "instrument": citation.instrument if citation else "", "clause": citation.clause if citation else "",
                "clause_url": citation.url if citation else "", "fix": finding.fix,
                "evidence_verdict": evidence.verdict_in(finding.jurisdiction.upper() or None) if evidence else "",
                "suppressed": "yes" if finding.suppressed else "no", "suppression": finding.suppression or "",
                "fingerprint": finding.fingerprint, "error": "",
            }
            self.writer.writerow([_cell(row[name]) for name in COLUMNS])

    def failure(self, failure: InputFailure) -> None:
        row = dict.fromkeys(COLUMNS, "")
        row.update(source=failure.source, error=("skipped: " if failure.skipped else "") + failure.reason)
        self.writer.writerow([_cell(row[name]) for name in COLUMNS])

    def finish(self, single: bool) -> None:
        self.out.flush()

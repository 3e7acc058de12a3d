"""SARIF 2.1.0: one run, the rules that fired with their help text and clause links, one
result per finding at its source line and column, failed inputs as tool notifications.

GitHub code scanning reads it (``github/codeql-action/upload-sarif``) and shows findings on the
Markdown or HTML copy of a repository. Columns count Unicode code points (``columnKind``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path, PurePath
from typing import TextIO
from urllib.parse import quote

from analyzer import __version__
from analyzer.model import DocumentResult, Finding, InputFailure

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}


@lru_cache(maxsize=1)
def _rule_texts() -> dict[str, tuple[str, str]]:
    """rule id -> (why, name) from the rule packs; empty when they cannot be read."""
    try:
        from analyzer.rules import load_rules

        return {rule.id: (rule.why, rule.name) for rule in load_rules().rules}
    except Exception:  # the findings still carry title, clause and fix
        return {}


def artifact_uri(source: str, url: str | None = None) -> str:
    """A URI reference for an input: the URL as given, or the path relative to the working
    directory (GitHub code scanning maps such paths onto the repository)."""
    if url:
        return url
    if source in ("-", "<stdin>", "<text>"):
        return "stdin"
    path = PurePath(source)
    if path.is_absolute():  # relative to the working directory (the repository root in CI) when under it
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            return "file://" + quote(path.as_posix())
    return quote(path.as_posix(), safe="/#@:+,;=")


def rule_descriptor(finding: Finding) -> dict:
    why, name = _rule_texts().get(finding.rule_id, ("", ""))
    citation = finding.citation
    clause = f"{citation.instrument} {citation.clause}".strip() if citation else ""
    url = citation.url if citation and citation.url.startswith(("https://", "http://")) else None
    title = finding.title or finding.category
    text_parts = [part for part in (why.strip(), f"Fix: {finding.fix}" if finding.fix else "",
                                    f"Clause: {clause}" + (f" ({url})" if url else "") if clause else "") if part]
    markdown_parts = [part for part in (why.strip(), f"**Fix:** {finding.fix}" if finding.fix else "",
                                        f"**Clause:** [{clause}]({url})" if clause and url else (f"**Clause:** {clause}" if clause else ""))
                      if part]
    descriptor = {
        "id": finding.rule_id,
        "name": name or finding.rule_name or finding.rule_id,
        "shortDescription": {"text": title},
        "fullDescription": {"text": why.strip() or title},
        "help": {"text": "\n\n".join(text_parts) or title, "markdown": "\n\n".join(markdown_parts) or title},
        "defaultConfiguration": {"level": LEVELS.get(finding.severity, "warning")},
        "properties": {"tags": [tag for tag in (finding.jurisdiction, finding.category) if tag],
                       "jurisdiction": finding.jurisdiction, "severity": finding.severity},
    }
    if url:
        descriptor["helpUri"] = url
    return descriptor


def result_of(result: DocumentResult, finding: Finding, rule_index: int) -> dict:
    document = result.document
    if finding.start is not None and finding.end is not None:
        location = document.locate(finding.start, finding.end)
        region = {"startLine": location.line, "startColumn": location.column}
        if location.end_line is not None:
            region.update(endLine=location.end_line, endColumn=location.end_column)
        if finding.claim_text:
            region["snippet"] = {"text": finding.claim_text}
        label = location.label()
    else:  # a document-level finding (a missing disclosure): the whole file
        region, label = {"startLine": 1}, ""
    item = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(document.source, document.url)},
                                            "region": region}}],
        "properties": {"severity": finding.severity, "category": finding.category, "jurisdiction": finding.jurisdiction,
                       "confidence": finding.confidence, **({"where": label} if label else {}),
                       **({"missingItem": finding.missing_item} if finding.missing_item else {})},
    }
    if finding.fingerprint:
        item["partialFingerprints"] = {"claimaudit/v1": finding.fingerprint}
    if finding.suppressed:
        reason = finding.suppression or ""
        kind = "inSource" if reason.startswith("inline") else "external"
        item["suppressions"] = [{"kind": kind, **({"justification": reason} if reason else {})}]
    if finding.fix:
        item["properties"]["fix"] = finding.fix
    return item


class SarifRenderer:
    def __init__(self, out: TextIO, color: bool = False):
        self.out = out
        self.rules: list[dict] = []
        self.rule_index: dict[str, int] = {}
        self.results: list[dict] = []
        self.notifications: list[dict] = []

    def document(self, result: DocumentResult) -> None:
        for finding in result.findings:
            if finding.rule_id not in self.rule_index:
                self.rule_index[finding.rule_id] = len(self.rules)
                self.rules.append(rule_descriptor(finding))
            self.results.append(result_of(result, finding, self.rule_index[finding.rule_id]))

    def failure(self, failure: InputFailure) -> None:
        self.notifications.append({
            "level": "note" if failure.skipped else "error",
            "message": {"text": f"{failure.source}: {failure.reason}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(failure.source)}}}],
        })

    def finish(self, single: bool) -> None:
        invocation = {"executionSuccessful": not any(n["level"] == "error" for n in self.notifications)}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        log = {
            "$schema": SARIF_SCHEMA,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "claimaudit", "version": __version__, "semanticVersion": __version__,
                                    "rules": self.rules}},
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        json.dump(log, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

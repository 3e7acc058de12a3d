"""Markdown: a short summary for a pull-request comment. A table of documents (riskiest
first) with counts by severity, then for each document its flagged claims, one line per
claim with the rules it breaks, and the missing disclosures. Text from the ad is escaped so
that it cannot open a link, an image or raw HTML in the comment."""

from __future__ import annotations

import re
from typing import TextIO

from analyzer.model import SEVERITIES, DocumentResult, InputFailure, severity_rank
from analyzer.report.view import SEVERITY_ICONS, DocumentView, document_view

MAX_CLAIMS = 15  # per document; the rest is counted


def md_escape(text: str) -> str:
    """One line of Markdown-safe text: no HTML, links, emphasis, code or table breaks."""
    flat = " ".join(str(text).split())
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]()#+!|~])", r"\\\1", flat)


def _counts(view: DocumentView) -> str:
    return " | ".join(str(count) for _, count in view.by_severity)


class MarkdownRenderer:
    def __init__(self, out: TextIO, color: bool = False):
        self.out = out
        self.views: list[DocumentView] = []
        self.failures: list[InputFailure] = []

    def document(self, result: DocumentResult) -> None:
        self.views.append(document_view(result))

    def failure(self, failure: InputFailure) -> None:
        self.failures.append(failure)

    def finish(self, single: bool) -> None:
        views = sorted(self.views, key=lambda v: (-v.risk_score, severity_rank(v.worst), v.source))
        total = sum(v.findings for v in views)
        lines = ["## claimaudit", ""]
        worst = min((v.worst for v in views), key=severity_rank, default="none")
        lines.append(f"**{total} finding{'s' if total != 1 else ''}** in {len(views)} document{'s' if len(views) != 1 else ''}"
                     + (f", worst: {SEVERITY_ICONS[worst]} **{worst}**" if total else "")
                     + (f"; {len(self.failures)} input{'s' if len(self.failures) != 1 else ''} not audited" if self.failures else "") + ".")
        lines += ["", "| Document | Risk | " + " | ".join(s.capitalize() for s in SEVERITIES) + " |",
                  "| --- | ---: | " + " | ".join("---:" for _ in SEVERITIES) + " |"]
        lines += [f"| {md_escape(v.source)} | {v.risk_score} | {_counts(v)} |" for v in views]
        for view in views:
            flagged = [c for c in view.claims if c.severity != "none"]
            if not flagged and not view.checklists:
                continue
            lines += ["", f"### {md_escape(view.source)}", ""]
            flagged.sort(key=lambda c: severity_rank(c.severity))
            for claim in flagged[:MAX_CLAIMS]:
                rules = ", ".join(sorted({f.rule_id for f in claim.findings if not f.suppressed}))
                lines.append(f"- {SEVERITY_ICONS[claim.severity]} **{claim.severity}** {md_escape(claim.where)}: "
                             f"“{md_escape(claim.text)}” — {md_escape(claim.category_title)} ({md_escape(rules)})")
            if len(flagged) > MAX_CLAIMS:
                lines.append(f"- … and {len(flagged) - MAX_CLAIMS} more flagged claims")
            for checklist in view.checklists:
                missing = [item.title for item in checklist.items if not item.present]
                if missing:
                    lines.append(f"- {SEVERITY_ICONS[checklist.severity]} **{checklist.severity}** {md_escape(checklist.rule_id)} "
                                 f"missing: {md_escape('; '.join(missing))}")
        if self.failures:
            lines += ["", "### Not audited", ""]
            lines += [f"- {md_escape(f.source)}: {md_escape(f.reason)}" for f in self.failures]
        self.out.write("\n".join(lines) + "\n")

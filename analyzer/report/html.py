"""HTML reports: one self-contained page per document, and for a batch an index page.

The pages come from the jinja2 templates of ``reports/`` (autoescape on); the CSS and JS of
``reports/assets/`` are inlined, so a page opens from disk and loads nothing.

Two ways to write:
- to a stream or a ``.html`` file (``HtmlRenderer(out)``): exactly one document's page;
- to a directory (``HtmlRenderer(None, directory=DIR)``): each document's page is written to
  ``DIR/documents/`` as soon as it is audited, then ``DIR/index.html``, riskiest first.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from analyzer import __version__
from analyzer.model import SEVERITIES, DocumentResult, InputFailure, severity_rank
from analyzer.report import ReportError
from analyzer.report.view import SEVERITY_ICONS, Bar, DocumentView, document_view
from analyzer.resources import data_dir

if TYPE_CHECKING:
    import jinja2


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Templates of ``reports/``: ``*.j2`` autoescaped; the inlined assets (CSS, JS) are not."""
    import jinja2  # here, not at import time: only HTML reports need it, and start-up counts

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(data_dir("reports"))),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class IndexRow:
    source: str
    href: str
    risk_score: int
    worst: str
    by_severity: tuple[tuple[str, int], ...]
    lang: str
    top_categories: tuple[str, ...]

    @property
    def worst_rank(self) -> int:
        return severity_rank(self.worst)


def _meta(generated: str | None) -> dict:
    return {"version": __version__, "generated": generated or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "kb_version": None}


def render_document(view: DocumentView, generated: str | None = None, back: str | None = None) -> str:
    template = environment().get_template("document.html.j2")
    return template.render(view=view, meta=_meta(generated), icons=SEVERITY_ICONS, nonce=secrets.token_urlsafe(16), back=back)


def render_index(rows: list[IndexRow], failures: list[InputFailure], categories: Counter, generated: str | None = None) -> str:
    ordered = sorted(rows, key=lambda row: (-row.risk_score, row.worst_rank, row.source))
    totals = Counter()
    for row in rows:
        totals.update(dict(row.by_severity))
    common = categories.most_common(12)
    largest = common[0][1] if common else 1
    bars = tuple(Bar(name, count, round(100 * count / largest, 1)) for name, count in common)
    template = environment().get_template("index.html.j2")
    return template.render(rows=ordered, failures=failures, totals=tuple((s, totals.get(s, 0)) for s in SEVERITIES),
                           categories=bars, meta=_meta(generated), icons=SEVERITY_ICONS, nonce=secrets.token_urlsafe(16))


def page_name(number: int, source: str) -> str:
    """``007-exosome-drip.md.html``: numbered so that two inputs never share a page."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", source.rstrip("/").rsplit("/", 1)[-1]).strip("-.")[:60] or "document"
    return f"{number:03d}-{stem}.html"


class HtmlRenderer:
    def __init__(self, out: TextIO | None, color: bool = False, directory: Path | None = None, generated: str | None = None):
        self.out = out
        self.directory = directory
        self.generated = generated
        self.views: list[DocumentView] = []  # stream mode only
        self.rows: list[IndexRow] = []  # directory mode only
        self.categories: Counter = Counter()
        self.failures: list[InputFailure] = []
        if directory is not None:
            (directory / "documents").mkdir(parents=True, exist_ok=True)

    def document(self, result: DocumentResult) -> None:
        view = document_view(result)
        if self.directory is None:
            self.views.append(view)
            return
        name = page_name(len(self.rows) + 1, view.source)
        page = render_document(view, self.generated, back="../index.html")
        (self.directory / "documents" / name).write_text(page, encoding="utf-8")
        self.categories.update({bar.label: bar.count for bar in view.categories})
        self.rows.append(IndexRow(view.source, f"documents/{name}", view.risk_score, view.worst, view.by_severity,
                                  view.lang, view.top_categories))

    def failure(self, failure: InputFailure) -> None:
        self.failures.append(failure)

    def finish(self, single: bool) -> None:
        if self.directory is not None:
            index = render_index(self.rows, self.failures, self.categories, self.generated)
            (self.directory / "index.html").write_text(index, encoding="utf-8")
            return
        if len(self.views) > 1:
            raise ReportError(f"--format html: {len(self.views)} documents need a directory: give --output DIR")
        if self.views:
            self.out.write(render_document(self.views[0], self.generated))
        elif self.failures:
            self.out.write(render_index([], self.failures, Counter(), self.generated))

"""Command line: ``claimaudit audit``, ``claimaudit eval``.

Exit codes of ``audit``: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage or input error (any input that could not be read).
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from analyzer import __version__
from analyzer.audit import AuditOptions
from analyzer.batch import audit_all, worker_count
from analyzer.errors import ClaimAuditError
from analyzer.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, read_inputs
from analyzer.model import InputFailure, severity_rank
from analyzer.nlp import supported_languages
from analyzer.report.progress import batch_progress, count_inputs, is_batch
from analyzer.render import RENDERERS, TextRenderer
from analyzer.suppress import apply_baseline, read_baseline

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Audit health-marketing text for unsupported and prohibited claims.")


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class FailOn(str, Enum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    never = "never"


# auto, and every language with lexicons (lexicons/languages.yml and lexicons/claims/<lang>/)
Lang = Enum("Lang", {"auto": "auto", **{lang: lang for lang in supported_languages()}}, type=str)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version.")) -> None:
    """claimaudit: what a health ad claims, and whether it may."""


def _error(message: str) -> None:
    typer.echo(f"claimaudit: {message}", err=True)


@app.command()
def audit(
    inputs: list[str] = typer.Argument(..., help="Files, directories, http(s) URLs, .jsonl batches, or - for standard input."),
    format: str = typer.Option("text", "--format", "-f", help="Output format: text, json, jsonl, html, sarif, csv or md; "
                               "a comma list (html,json) writes several from one audit into --output DIR."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report here instead of standard output "
                                          "(html for a batch, or several formats: a directory)."),
    lang: Lang = typer.Option(Lang.auto, "--lang", help="Language of the inputs; auto detects per document."),
    fail_on: FailOn = typer.Option(FailOn.low, "--fail-on", help="Exit 1 when a finding is at or above this severity."),
    max_size: float = typer.Option(DEFAULT_MAX_BYTES / 1_048_576, "--max-size", help="Largest input in MB."),
    lexicon_dir: list[Path] = typer.Option([], "--lexicon-dir", help="Extra lexicon directory (same layout as lexicons/)."),
    all_claims: bool = typer.Option(False, "--all-claims", help="Text format: also list claims that are not charged (reported, negated…)."),
    timeout: float = typer.Option(DEFAULT_TIMEOUT, "--timeout", help="URL inputs: seconds allowed for each fetch."),
    snapshot_dir: Optional[Path] = typer.Option(None, "--snapshot-dir", help="URL inputs: save what was fetched here "
                                                "(default: REPORT.snapshots next to --output, else ./claimaudit-snapshots)."),
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", help="Rule packs to apply: jp,us,uk,eu,sport or all (default: the config's, else all)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (claimaudit.toml or pyproject.toml) instead of the one found upward from each input."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Report only findings not in this baseline (written by `claimaudit baseline`)."),
    jobs: int = typer.Option(1, "--jobs", "-J", help="Audit a batch in this many processes (0: one per CPU); the "
                             "report is the same, in input order. Each process holds its own pipelines."),
) -> None:
    """Audit INPUTS and report every claim and finding."""
    try:
        resolver = _resolver(lang.value, lexicon_dir, jurisdiction, config)
        known_findings = read_baseline(baseline) if baseline else frozenset()
        workers = worker_count(jobs) if is_batch(inputs) else 1
    except (ClaimAuditError, ValueError) as error:
        _error(str(error))
        raise typer.Exit(2) from error
    try:
        formats = parse_formats(format)
        if len(formats) == 1 and formats[0] == "html" and output is None and is_batch(inputs):
            raise ValueError("--format html for several documents needs --output DIR")
        renderers, opened = open_renderers(formats, output, all_claims)
    except (ClaimAuditError, ValueError, OSError) as error:
        _error(str(error))
        raise typer.Exit(2) from error
    failed = 0
    worst = None
    documents = 0
    try:
        if snapshot_dir is None:
            snapshot_dir = output.with_name(output.stem + ".snapshots") if output else Path("claimaudit-snapshots")
        show_progress = sys.stderr.isatty() and is_batch(inputs)
        items = read_inputs(inputs, max_bytes=int(max_size * 1_048_576), timeout=timeout, snapshot_dir=snapshot_dir)
        with (audit_all(items, resolver.options_for, workers) as outcomes,  # workers start before the bar's thread
              batch_progress(show_progress, count_inputs(inputs) if show_progress else None) as advance):
            for outcome in outcomes:
                if isinstance(outcome, InputFailure):
                    advance(outcome.source)
                    _error(f"{outcome.source}: {outcome.reason}")
                    failed += 0 if outcome.skipped else 1
                    for renderer in renderers:
                        renderer.failure(outcome)
                    continue
                advance(outcome.document.source)
                result = apply_baseline(outcome, known_findings) if known_findings else outcome
                documents += 1
                for renderer in renderers:
                    renderer.document(result)
                severity = result.worst_severity()
                if severity and (worst is None or severity_rank(severity) < severity_rank(worst)):
                    worst = severity
        for renderer in renderers:
            renderer.finish(single=len(inputs) == 1 and documents + failed <= 1)
    except ClaimAuditError as error:
        _error(str(error))
        raise typer.Exit(2) from error
    finally:
        for stream in opened:
            stream.close()
    if failed:
        raise typer.Exit(2)
    if worst is not None and fail_on is not FailOn.never and severity_rank(worst) <= severity_rank(fail_on.value):
        raise typer.Exit(1)


@app.command("eval")
def evaluate_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL: id, text, lang, labels, is_violation."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="text or json."),
    errors: bool = typer.Option(False, "--errors", help="Also list the items the tool gets wrong."),
) -> None:
    """Score the audit against a labelled gold set."""
    from analyzer.evaluate import evaluate_gold, format_report, load_gold

    try:
        items = load_gold(gold)
    except ValueError as error:
        _error(str(error))
        raise typer.Exit(2) from error
    report = evaluate_gold(items)
    if format is Format.text:
        typer.echo(format_report(report, show_errors=errors))
    else:
        import json

        typer.echo(json.dumps(report.to_dict(include_errors=errors), indent=2, ensure_ascii=False))


# File names of each format when several are written into one directory; html writes index.html there.
FORMAT_FILES = {"text": "claimaudit.txt", "json": "claimaudit.json", "jsonl": "claimaudit.jsonl",
                "sarif": "claimaudit.sarif", "csv": "claimaudit.csv", "md": "claimaudit.md"}


def parse_formats(value: str) -> list[str]:
    """``html,json`` -> ["html", "json"]; an unknown or repeated name is a usage error."""
    formats = [name.strip().lower() for name in value.split(",") if name.strip()]
    unknown = [name for name in formats if name not in RENDERERS]
    if not formats or unknown:
        raise ValueError(f"--format: unknown format {', '.join(unknown) or repr(value)} (choose from {', '.join(RENDERERS)})")
    if len(set(formats)) != len(formats):
        raise ValueError(f"--format: a format is named twice in {value!r}")
    return formats


def open_renderers(formats: list[str], output: Path | None, all_claims: bool) -> tuple[list, list]:
    """One renderer per format, and the files opened for them (closed by the caller).

    One format: to ``--output`` or standard output; html to a directory unless ``--output``
    ends in .html. Several formats: ``--output`` is a directory holding claimaudit.<ext> files
    and, for html, index.html with a page per document.
    """
    from analyzer.report.html import HtmlRenderer

    if len(formats) > 1 and output is None:
        raise ValueError(f"--format {','.join(formats)}: several formats need --output DIR")
    if len(formats) > 1:
        output.mkdir(parents=True, exist_ok=True)
    renderers, opened = [], []
    for name in formats:
        renderer_class = RENDERERS[name]
        if name == "html" and output is not None and (len(formats) > 1 or output.suffix.lower() not in (".html", ".htm")):
            renderers.append(HtmlRenderer(None, directory=output))
            continue
        if len(formats) > 1:
            out = (output / FORMAT_FILES[name]).open("w", encoding="utf-8", newline="")
        elif output is not None:
            out = output.open("w", encoding="utf-8", newline="")
        else:
            out = sys.stdout
        if out is not sys.stdout:
            opened.append(out)
        color = name == "text" and out is sys.stdout and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        if renderer_class is TextRenderer:
            renderers.append(renderer_class(out, color=color, all_claims=all_claims))
        else:
            renderers.append(renderer_class(out, color=color))
    return renderers, opened


def _resolver(lang: str, lexicon_dir: list[Path], jurisdiction: str | None, config: Path | None):
    """Per-input AuditOptions: the command line over the config file found upward from the input."""
    from analyzer.config import OptionsResolver, parse_jurisdictions

    jurisdictions = None
    if jurisdiction is not None:
        jurisdictions = parse_jurisdictions(jurisdiction) or ()  # () = all, over the config's choice
    base = AuditOptions(lang=lang, extra_lexicon_dirs=tuple(str(d) for d in lexicon_dir))
    return OptionsResolver(base, config, jurisdictions)


from analyzer import cli_rules  # noqa: E402  the rules, explain, kb, docs and baseline commands

cli_rules.register(app)

if __name__ == "__main__":
    app()

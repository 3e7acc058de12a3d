"""Commands about the rules and the knowledge base: ``claimaudit rules``, ``explain``, ``kb``,
``docs`` and ``baseline``. Registered on the main app by ``analyzer.cli``.

Exit codes: 0 done, 2 usage error or bad data (one line on standard error).
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from analyzer.errors import ClaimAuditError


class ListFormat(str, Enum):
    text = "text"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"claimaudit: {message}", err=True)
    raise typer.Exit(2)


def _rule_set(lexicon_dir: list[Path], rule_dir: list[Path]):
    from analyzer.rules import load_rules

    return load_rules(tuple(str(d) for d in lexicon_dir), tuple(str(d) for d in rule_dir))


LEXICON_DIR = typer.Option([], "--lexicon-dir", help="Extra lexicon directory (same layout as lexicons/).")
RULE_DIR = typer.Option([], "--rule-dir", help="Extra directory of rule packs (*.yml).")


def rules_command(
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", help="jp,us,uk,eu,sport or all."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text or json."),
    lexicon_dir: list[Path] = LEXICON_DIR,
    rule_dir: list[Path] = RULE_DIR,
) -> None:
    """List the rules: id, jurisdiction, severity, title and the clause they cite."""
    from analyzer.config import check_jurisdictions, parse_jurisdictions
    from analyzer.explain import rule_to_dict, rules_table

    try:
        rule_set = _rule_set(lexicon_dir, rule_dir)
        wanted = parse_jurisdictions(jurisdiction) if jurisdiction else None
        check_jurisdictions(wanted, rule_set.jurisdictions, "--jurisdiction")
    except ClaimAuditError as error:
        _fail(str(error))
    rules = tuple(r for r in rule_set.rules if wanted is None or r.jurisdiction in wanted)
    if format is ListFormat.json:
        typer.echo(json.dumps([rule_to_dict(r) for r in rules], ensure_ascii=False, indent=2))
    else:
        typer.echo(rules_table(rules))


def explain_command(
    rule_id: str = typer.Argument(..., help="A rule id, e.g. JP-PMD-68."),
    lexicon_dir: list[Path] = LEXICON_DIR,
    rule_dir: list[Path] = RULE_DIR,
) -> None:
    """Explain one rule: what it checks, why, the clause and its source, examples, how to fix."""
    from analyzer.explain import explain_text

    try:
        rule_set = _rule_set(lexicon_dir, rule_dir)
    except ClaimAuditError as error:
        _fail(str(error))
    rule = rule_set.get(rule_id)
    if rule is None:
        close = [r.id for r in rule_set.rules if r.id.startswith(rule_id.upper().split("-")[0])][:8]
        _fail(f"no rule {rule_id!r}" + (f"; did you mean {', '.join(close)}?" if close else "; `claimaudit rules` lists them"))
    typer.echo(explain_text(rule), nl=False)


def kb_command(
    name: Optional[str] = typer.Argument(None, help="An intervention id or name; leave out to list them all."),
    lexicon_dir: list[Path] = LEXICON_DIR,
) -> None:
    """List the knowledge base, or show one intervention with its facts and sources."""
    from analyzer.evidence import load_kb
    from analyzer.explain import find_entry, kb_entry_text, kb_table

    try:
        entries = load_kb(tuple(str(d) for d in lexicon_dir)).entries
    except ClaimAuditError as error:
        _fail(str(error))
    if name is None:
        typer.echo(kb_table(entries))
        return
    entry = find_entry(entries, name)
    if entry is None:
        _fail(f"no intervention {name!r} in the knowledge base; `claimaudit kb` lists them")
    typer.echo(kb_entry_text(entry), nl=False)


def docs_command(
    output: Path = typer.Option(Path("docs/rules"), "--output", "-o", help="Directory of the rule pages."),
    lexicon_dir: list[Path] = LEXICON_DIR,
    rule_dir: list[Path] = RULE_DIR,
) -> None:
    """Write one Markdown page per rule (docs/rules/<RULE-ID>.md) and an index, from the YAML."""
    from analyzer.explain import write_rule_pages

    try:
        written, removed = write_rule_pages(output, _rule_set(lexicon_dir, rule_dir))
    except (ClaimAuditError, OSError) as error:
        _fail(str(error))
    typer.echo(f"{written} pages written to {output}" + (f", {removed} stale removed" if removed else ""))


def baseline_command(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .jsonl batches, or - for standard input."),
    output: Path = typer.Option(Path("claimaudit-baseline.json"), "--output", "-o", help="Where to write the baseline."),
    lang: str = typer.Option("auto", "--lang", help="Language of the inputs; auto detects per document."),
    jurisdiction: Optional[str] = typer.Option(None, "--jurisdiction", "-j", help="jp,us,uk,eu,sport or all."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file instead of the one found upward."),
    lexicon_dir: list[Path] = LEXICON_DIR,
) -> None:
    """Record the current findings by fingerprint; `audit --baseline FILE` then reports only new ones."""
    from analyzer.audit import UnsupportedLanguage, audit_document
    from analyzer.cli import _resolver
    from analyzer.ingest import read_inputs
    from analyzer.model import InputFailure
    from analyzer.suppress import write_baseline

    results, failed = [], 0
    try:
        resolver = _resolver(lang, lexicon_dir, jurisdiction, config)
        for item in read_inputs(inputs):
            if isinstance(item, InputFailure):
                typer.echo(f"claimaudit: {item.source}: {item.reason}", err=True)
                failed += 0 if item.skipped else 1
                continue
            try:
                results.append(audit_document(item, resolver.options_for(item.source)))
            except UnsupportedLanguage as error:
                typer.echo(f"claimaudit: {item.source}: {error}", err=True)
                failed += 1
        count = write_baseline(output, results)
    except (ClaimAuditError, OSError) as error:
        _fail(str(error))
    typer.echo(f"{count} finding{'s' if count != 1 else ''} of {len(results)} document{'s' if len(results) != 1 else ''} written to {output}")
    if failed:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("rules")(rules_command)
    app.command("explain")(explain_command)
    app.command("kb")(kb_command)
    app.command("docs")(docs_command)
    app.command("baseline")(baseline_command)

"""What the rules and the knowledge base say, for people: ``claimaudit rules``, ``explain``,
``kb`` and the generated rule pages ``docs/rules/<RULE-ID>.md``.

Everything here is built from the YAML (``lexicons/rules``, ``lexicons/interventions``); the
pages are never edited by hand (``claimaudit docs`` rewrites them, a test keeps them in step).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from analyzer.knowledge import Intervention
from analyzer.rules import Rule, RuleSet

DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "References")


def rule_to_dict(rule: Rule) -> dict:
    conditions = {key: value for key, value in vars(rule.conditions).items() if value not in ((), None, False)}
    data = {
        "id": rule.id, "name": rule.name, "title": rule.title, "jurisdiction": rule.jurisdiction, "status": rule.status,
        "severity": rule.severity, "confidence": rule.confidence, "scope": rule.scope,
        "citation": vars(rule.citation), "conditions": conditions, "escalate_if": list(rule.escalate_if),
        "message": rule.message, "fix": rule.fix, "why": rule.why, "aliases": list(rule.aliases),
        "examples": {"flag": list(rule.flag_examples), "pass": list(rule.pass_examples)},
    }
    if rule.document is not None:
        data["category"] = rule.category
        data["requires"] = list(rule.document.requires)
        data["document"] = {"min_chars": rule.document.min_chars, "signals": list(rule.document.signals),
                            "targets": list(rule.document.targets)}
    return data


def rules_table(rules: tuple[Rule, ...]) -> str:
    """One line per rule: id, jurisdiction, severity, status, title, citation URL."""
    width = max((len(r.id) for r in rules), default=10)
    lines = []
    for rule in rules:
        status = "" if rule.status == "stable" else f" [{rule.status}]"
        lines.append(f"{rule.id:<{width}}  {rule.jurisdiction:<5}  {rule.severity:<8}  {rule.title}{status}")
        lines.append(f"{'':<{width}}  {rule.citation.instrument}, {rule.citation.clause} <{rule.citation.url}>")
    lines.append(f"{len(rules)} rule{'s' if len(rules) != 1 else ''}")
    return "\n".join(lines)


def _item_titles(items: tuple[str, ...]) -> str:
    from analyzer.disclosures import load_all_items

    known = load_all_items()
    return "; ".join(known[i].title if i in known else i for i in items)


def _what_it_does(rule: Rule) -> str:
    c = rule.conditions
    parts = [("asserted " if c.assertion == ("asserted",) else "") + "claims of " + ", ".join(f"`{x}`" for x in c.categories)]
    if c.evidence:
        parts.append("whose evidence verdict" + (f" in {rule.kb_jurisdiction}" if rule.kb_jurisdiction else "")
                     + " is " + " or ".join(f"`{v}`" for v in c.evidence))
    if c.unless_evidence:
        parts.append("unless the verdict" + (f" in {rule.kb_jurisdiction}" if rule.kb_jurisdiction else "") + " is "
                     + " or ".join(f"`{v}`" for v in c.unless_evidence))
    if c.unless_approved_anywhere:
        parts.append("unless the claim is within an approved indication in some jurisdiction")
    for label, values in (("when an escalator applies:", c.escalators), ("aimed at", c.targets),
                          ("about a product of kind", c.kinds), ("given by route", c.routes), ("about", c.interventions),
                          ("about the outcome", c.outcomes), ("whose sentence says", c.words[:6])):
        if values:
            parts.append(f"{label} " + ", ".join(f"`{v}`" for v in values))
    if c.has_intervention:
        parts.append("that name a product or treatment")
    subject = "; ".join(parts)
    if rule.document is None:
        text = f"Flags {subject}."
    else:
        d = rule.document
        text = (f"Checks the whole page when it makes {subject}. The page must then disclose: {_item_titles(d.requires)}. "
                f"Each item missing is one finding of category `{rule.category}`, naming the items present and missing; "
                "a disclosure counts wherever it is on the page.")
        if d.min_chars:
            text += f" Only pages of at least {d.min_chars} characters (not counting spaces) are checked: absence cannot be judged on a snippet."
        if d.signals:
            text += f" The page must show {_item_titles(d.signals)}."
        if d.targets:
            text += " Its claims must be aimed at " + ", ".join(f"`{t}`" for t in d.targets) + "."
    if rule.escalate_if:
        text += " Severity rises one level when " + " or ".join(f"`{e}`" for e in rule.escalate_if) + " applies."
    return text


def _quote(example: str) -> str:
    return "```text\n" + example.strip() + "\n```"


def rule_doc(rule: Rule) -> str:
    """The generated Markdown page of one rule, sections in DOC_SECTIONS order."""
    c = rule.citation
    lines = [
        f"# {rule.id}: {rule.title}",
        "",
        "<!-- Generated from lexicons/rules/*.yml by `claimaudit docs`. Do not edit by hand. -->",
        "",
        f"Name: `{rule.name}` · Jurisdiction: `{rule.jurisdiction}` · Severity: **{rule.severity}** · "
        f"Confidence: {rule.confidence:g} · Status: {rule.status} · Scope: {rule.scope}",
        "",
        "## What it does",
        "",
        _what_it_does(rule),
        "",
        "## Why is this bad?",
        "",
        rule.why,
        "",
        f"Clause: {c.instrument}, {c.clause}. Source: <{c.url}> (checked {c.checked}).",
        "",
        "## Example",
        "",
    ]
    for example in rule.flag_examples:
        lines += [_quote(example), ""]
    lines += ["## Use instead", "", rule.fix, ""]
    for example in rule.pass_examples:
        lines += [_quote(example), ""]
    lines += ["## References", "", f"- {c.instrument}, {c.clause}: <{c.url}> (checked {c.checked})"]
    if c.via:
        lines.append(f"- Read via: {c.via}")
    return "\n".join(lines) + "\n"


def rules_index(rule_set: RuleSet) -> str:
    lines = ["# Rules", "", "<!-- Generated from lexicons/rules/*.yml by `claimaudit docs`. Do not edit by hand. -->", "",
             "| Rule | Jurisdiction | Severity | Status | Title |", "|---|---|---|---|---|"]
    for rule in rule_set.rules:
        lines.append(f"| [{rule.id}]({rule.id}.md) | {rule.jurisdiction} | {rule.severity} | {rule.status} | {rule.title} |")
    return "\n".join(lines) + "\n"


def rule_pages(rule_set: RuleSet) -> dict[str, str]:
    """File name -> content of every page of docs/rules/."""
    pages = {f"{rule.id}.md": rule_doc(rule) for rule in rule_set.rules}
    pages["README.md"] = rules_index(rule_set)
    return pages


def write_rule_pages(directory: Path, rule_set: RuleSet) -> tuple[int, int]:
    """Write the pages and remove those of rules that no longer exist; (written, removed)."""
    directory.mkdir(parents=True, exist_ok=True)
    pages = rule_pages(rule_set)
    removed = 0
    for stale in directory.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
            removed += 1
    for name, content in pages.items():
        (directory / name).write_text(content, encoding="utf-8")
    return len(pages), removed


def explain_text(rule: Rule) -> str:
    """What ``claimaudit explain RULE_ID`` prints."""
    c = rule.citation

    def block(title: str, body: str) -> list[str]:
        return [title, *textwrap.wrap(body, 96, initial_indent="  ", subsequent_indent="  "), ""]

    lines = [f"{rule.id}  {rule.title}",
             f"  {rule.name} · {rule.jurisdiction} · {rule.severity} · confidence {rule.confidence:g} · {rule.status} · {rule.scope}", ""]
    lines += block("What it checks", _what_it_does(rule).replace("`", ""))
    lines += block("Why", rule.why)
    lines += ["Clause and source", f"  {c.instrument}, {c.clause}", f"  {c.url} (checked {c.checked})"]
    if c.via:
        lines.append(f"  via {c.via}")
    lines.append("")
    lines.append("Flags")
    lines += [f"  ✗ {' '.join(e.split())}" for e in rule.flag_examples]
    lines.append("")
    lines.append("Passes")
    lines += [f"  ✓ {' '.join(e.split())}" for e in rule.pass_examples]
    lines.append("")
    lines += block("How to fix", rule.fix)
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- knowledge base


def kb_table(entries: dict[str, Intervention]) -> str:
    width = max((len(i) for i in entries), default=10)
    lines = []
    for entry in sorted(entries.values(), key=lambda e: e.id):
        statuses = ", ".join(f"{j.jurisdiction}: {j.status}" for j in entry.jurisdictions) or "no approval facts"
        lines.append(f"{entry.id:<{width}}  {entry.kind:<13} {entry.title}  [{statuses}]")
    lines.append(f"{len(entries)} intervention{'s' if len(entries) != 1 else ''}")
    return "\n".join(lines)


def find_entry(entries: dict[str, Intervention], name: str) -> Intervention | None:
    """An entry by id, entity id or any of its names (case-insensitive)."""
    wanted = " ".join(name.lower().replace("-", " ").replace("_", " ").split())
    for entry in entries.values():
        keys = {entry.id, *entry.entity_ids, *(n.text for n in entry.names)}
        if wanted in {" ".join(k.lower().replace("-", " ").replace("_", " ").split()) for k in keys}:
            return entry
    return None


def kb_entry_text(entry: Intervention) -> str:
    def sources(facts) -> list[str]:
        return [f"      source: {s.url} (checked {s.checked}{'; ' + s.via if s.via else ''})" for s in facts]

    lines = [f"{entry.id}: {entry.title}", f"  kind: {entry.kind}; routes: {', '.join(entry.routes)}",
             f"  entity ids: {', '.join(entry.entity_ids) or '-'}",
             f"  names: {', '.join(n.text for n in entry.names)}", "", "Approval"]
    for status in entry.jurisdictions:
        lines.append(f"  {status.jurisdiction}: {status.status}" + (f" — {status.note}" if status.note else ""))
        for indication in status.approved_indications:
            lines.append(f"    approved for: {indication.text}")
        lines += sources(status.sources)
    lines += ["", "Evidence"]
    for evidence in entry.evidence:
        lines.append(f"  {evidence.outcome}: {evidence.level} — {evidence.summary}")
        lines += sources(evidence.sources)
    lines += ["", "Risks"]
    for risk in entry.risks:
        lines.append(f"  - {risk.risk}")
        lines += sources(risk.sources)
    if entry.anti_doping:
        lines += ["", "Anti-doping"]
        for fact in entry.anti_doping:
            lines.append(f"  {fact.body} {fact.rule} ({fact.status}): {' '.join(fact.note.split())}")
            lines += sources(fact.sources)
    return "\n".join(lines) + "\n"

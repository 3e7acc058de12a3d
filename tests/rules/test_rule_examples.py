"""Every rule's own examples, run with only that rule enabled; completeness both ways; a smoke
sentence that no rule may flag; and the packs' shape (at least 40 rules, each with a source)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.audit import AuditOptions, audit_text
from analyzer.lexicon import load_taxonomy
from analyzer.rules import Selection, load_rules, only

RULES = load_rules()
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules"
SMOKE = "Our clinic is open Monday to Friday from 9:00 to 18:00, and the nearest station is a five-minute walk away."


def findings_of(rule_id: str, text: str):
    options = AuditOptions(lang="en", selection=only(rule_id), inline_suppressions=False)
    return [f for f in audit_text(text, lang="en", options=options).findings if f.rule_id == rule_id]


def cases():
    for rule in RULES.rules:
        for number, text in enumerate(rule.flag_examples, start=1):
            yield pytest.param(rule.id, "flag", text, id=f"{rule.id}-flag{number}")
        for number, text in enumerate(rule.pass_examples, start=1):
            yield pytest.param(rule.id, "pass", text, id=f"{rule.id}-pass{number}")


@pytest.mark.parametrize(("rule_id", "kind", "text"), list(cases()))
def test_rule_example(rule_id, kind, text):
    found = findings_of(rule_id, text)
    short = " ".join(text.split())[:160]
    if kind == "flag":
        assert found, f"false negative {rule_id}: {short!r}"
    else:
        assert not found, f"false positive {rule_id}: {short!r} -> {found[0].message}"


def test_every_rule_has_examples_to_flag_and_to_pass():
    missing = [r.id for r in RULES.rules if not r.flag_examples or not r.pass_examples]
    assert not missing, f"rules without flag/pass examples: {missing}"


def edge_cases():
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name, case in data["cases"].items():
            yield pytest.param(path, data["rule"], name, case, id=f"{path.stem}-{name}")


def test_every_fixture_names_an_existing_rule_in_its_file_name():
    """The other way round: no example (fixture case) without its rule."""
    known = {r.id for r in RULES.rules}
    for path in FIXTURES.glob("*.yml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["rule"] in known and path.stem == data["rule"], f"{path.name}: no rule {data['rule']!r}"


@pytest.mark.parametrize(("path", "rule_id", "name", "case"), list(edge_cases()))
def test_edge_case(path, rule_id, name, case):
    if case.get("skip"):
        pytest.skip(case["skip"])
    assert set(case) <= {"fail_str", "pass_str", "skip", "note", "missing"}, f"{path.name}: {name}: unknown keys"
    if "fail_str" in case:
        found = findings_of(rule_id, case["fail_str"])
        assert found, f"false negative {rule_id} ({name}): {case['fail_str'][:120]!r}"
        if "missing" in case:
            assert sorted(f.missing_item for f in found) == sorted(case["missing"]), name
    else:
        assert not findings_of(rule_id, case["pass_str"]), f"false positive {rule_id} ({name}): {case['pass_str'][:120]!r}"


def test_smoke_sentence_passes_every_rule():
    options = AuditOptions(lang="en", selection=Selection(preview=True), inline_suppressions=False)
    assert not audit_text(SMOKE, lang="en", options=options).findings


def test_at_least_forty_rules_each_citing_a_clause_with_a_url_and_date():
    assert len(RULES.rules) >= 40
    for rule in RULES.rules:
        assert rule.citation.url.startswith(("https://", "http://")) and rule.citation.checked, rule.id
        assert rule.citation.instrument and rule.citation.clause and rule.fix and rule.why, rule.id
    assert set(RULES.jurisdictions) >= {"jp", "us", "uk", "eu", "sport"}


def test_every_span_level_category_has_a_rule_that_charges_it_without_further_conditions():
    """So that no asserted claim goes unjudged when every pack runs (no CA-<CATEGORY> fallback)."""
    taxonomy = load_taxonomy()
    plain = set()
    for rule in RULES.rules:
        c = rule.conditions
        narrowing = (c.evidence, c.escalators, c.targets, c.kinds, c.routes, c.interventions, c.outcomes, c.words)
        if rule.scope == "claim" and rule.status == "stable" and not any(narrowing) and c.has_intervention is None:
            plain.update(c.categories)
    span_level = {cid for cid, category in taxonomy.categories.items() if not category.document_level}
    assert span_level - plain == set()


def test_the_document_level_categories_are_checked_by_document_rules():
    documents = {r.category for r in RULES.rules if r.scope == "document"}
    assert {"MISSING_UNAPPROVED_DISCLOSURE", "MISSING_RISK_DISCLOSURE", "MISSING_COST_DISCLOSURE"} <= documents

"""``claimaudit rules``, ``explain``, ``kb``, ``audit --jurisdiction`` and the generated rule pages."""

from __future__ import annotations

import json

import pytest

from analyzer.explain import DOC_SECTIONS, rule_pages
from analyzer.rules import load_rules
from conftest import ROOT, SAMPLES

RULES = load_rules()


def test_rules_lists_at_least_forty_rules_each_with_a_citation_url(run_cli):
    result = run_cli("rules")
    assert result.exit_code == 0
    for rule in RULES.rules:
        assert rule.id in result.stdout and rule.citation.url in result.stdout
    assert result.stdout.splitlines()[-1] == f"{len(RULES.rules)} rules" and len(RULES.rules) >= 40


def test_rules_as_json_carry_examples_that_flag_and_pass(run_cli):
    listed = json.loads(run_cli("rules", "--format", "json").stdout)
    assert len(listed) >= 40
    for rule in listed:
        assert rule["examples"]["flag"] and rule["examples"]["pass"], rule["id"]
        assert rule["citation"]["url"].startswith("http") and rule["citation"]["checked"], rule["id"]


def test_rules_by_jurisdiction(run_cli):
    listed = json.loads(run_cli("rules", "--jurisdiction", "sport,uk", "-f", "json").stdout)
    assert {r["jurisdiction"] for r in listed} == {"sport", "uk"}
    bad = run_cli("rules", "--jurisdiction", "atlantis")
    assert bad.exit_code == 2 and "atlantis" in bad.stderr


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_explain_every_rule(run_cli, rule):
    result = run_cli("explain", rule.id.lower())
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith(rule.id) and rule.citation.url in text and rule.citation.clause in text
    assert " ".join(rule.flag_examples[0].split())[:60] in text and " ".join(rule.pass_examples[0].split())[:60] in text
    assert "How to fix" in text and "Why" in text


def test_explain_an_unknown_rule_is_a_usage_error(run_cli):
    result = run_cli("explain", "JP-PMD-999")
    assert result.exit_code == 2 and "JP-PMD-999" in result.stderr


def test_kb_lists_interventions_and_shows_one_with_its_sources(run_cli):
    listed = run_cli("kb")
    assert listed.exit_code == 0 and "exosome" in listed.stdout and "botulinum_toxin" in listed.stdout
    shown = run_cli("kb", "exosome drip")
    assert shown.exit_code == 0 and "JP: unapproved" in shown.stdout and "source: https://" in shown.stdout
    assert run_cli("kb", "unicorn tears").exit_code == 2


def test_audit_jurisdiction_limits_findings_to_those_packs(run_cli):
    ad = str(SAMPLES / "ads" / "exosome-drip.md")
    report = json.loads(run_cli("audit", ad, "--jurisdiction", "jp,sport", "--format", "json").stdout)
    assert {f["jurisdiction"] for f in report["findings"]} == {"jp", "sport"}
    everything = json.loads(run_cli("audit", ad, "--format", "json").stdout)
    assert {f["jurisdiction"] for f in everything["findings"]} == {"jp", "us", "uk", "eu", "sport"}


def test_rule_pages_are_in_step_with_the_yaml():
    directory = ROOT / "docs" / "rules"
    expected = rule_pages(RULES)
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in directory.glob("*.md")}
    stale = sorted(set(on_disk) - set(expected))
    missing = sorted(set(expected) - set(on_disk))
    changed = sorted(name for name in set(expected) & set(on_disk) if expected[name] != on_disk[name])
    assert not (stale or missing or changed), f"run `claimaudit docs`: stale {stale}, missing {missing}, changed {changed}"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_rule_page_sections_in_order(rule):
    page = rule_pages(RULES)[f"{rule.id}.md"]
    positions = [page.find(f"\n## {section}\n") for section in DOC_SECTIONS]
    assert all(p > 0 for p in positions) and positions == sorted(positions), rule.id
    assert rule.citation.url in page.split("## References")[1]

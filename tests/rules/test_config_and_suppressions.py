"""Configuration found upward from the input, inline suppressions with a reason, and baselines,
driven the way a clinic's CI would drive them: through the command line."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import SCHEMA

AD = """# Tokyo's No.1 exosome clinic

<!-- claimaudit: ignore[JP-PMD-68] the product is named in the menu only -->
Our exosome drip reverses aging. 50% off this month!

Our drip cures cancer. <!-- claimaudit: ignore[JP-PMD-67] -->

<!-- claimaudit: ignore[US-FTC-5] nothing here to suppress -->
We are open on Sundays.
"""


def rule_ids(output: str) -> list[str]:
    return [line.split()[2] for line in output.splitlines() if line.count(":") >= 2 and line.split()[1] in
            ("critical", "high", "medium", "low")]


@pytest.fixture()
def site(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "ad.md").write_text(AD, encoding="utf-8")
    return tmp_path


def test_pyproject_config_found_upward_selects_packs_ignores_rules_and_overrides_severity(run_cli, site):
    (site / "pyproject.toml").write_text(
        '[project]\nname = "clinic"\n\n[tool.claimaudit]\njurisdictions = ["jp"]\n\n[tool.claimaudit.rules]\n'
        'ignore = ["JP-MCA-UNDIGNIFIED"]\n\n[tool.claimaudit.rules.severity]\n"JP-MCA-COMPARATIVE" = "low"\n',
        encoding="utf-8")
    result = run_cli("audit", str(site / "pages" / "ad.md"))
    ids = rule_ids(result.stdout)
    assert ids and all(i.startswith("JP-") for i in ids), result.stdout
    assert "JP-MCA-UNDIGNIFIED" not in ids and "JP-KEI-YURI" in ids
    assert any(" low " in line and "JP-MCA-COMPARATIVE" in line for line in result.stdout.splitlines())
    everything = run_cli("audit", str(site / "pages" / "ad.md"), "--jurisdiction", "all")  # the command line wins
    assert any(i.startswith("US-") for i in rule_ids(everything.stdout))


def test_claimaudit_toml_wins_over_pyproject_and_unknown_keys_are_coded_errors(run_cli, site):
    (site / "pyproject.toml").write_text('[tool.claimaudit]\njurisdictions = ["jp"]\n', encoding="utf-8")
    (site / "pages" / "claimaudit.toml").write_text('jurisdictions = ["uk"]\n', encoding="utf-8")
    ids = rule_ids(run_cli("audit", str(site / "pages" / "ad.md")).stdout)
    assert ids and all(i.startswith("UK-") for i in ids)
    (site / "pages" / "claimaudit.toml").write_text('[tool.claimaudit]\ncolour = "red"\n', encoding="utf-8")
    result = run_cli("audit", str(site / "pages" / "ad.md"))
    assert result.exit_code == 2 and "CA312" in result.stderr and "claimaudit.toml" in result.stderr and "colour" in result.stderr


def test_unknown_jurisdiction_is_a_usage_error(run_cli, site):
    result = run_cli("audit", str(site / "pages" / "ad.md"), "--jurisdiction", "jp,mars")
    assert result.exit_code == 2 and "mars" in result.stderr and "CA313" in result.stderr


def test_extra_rule_pack_from_config_needs_no_python(run_cli, site):
    (site / "rules").mkdir()
    (site / "rules" / "clinic.yml").write_text("""
jurisdiction: house
rules:
  - id: HOUSE-NO-SUNDAY
    name: house.no-sunday-promises
    title: House style
    status: stable
    severity: low
    confidence: 0.5
    citation: {instrument: House style guide, clause: "1", url: "https://example.org/style", checked: "2026-11-27"}
    conditions: {categories: [PRICE_INDUCEMENT]}
    message: "House style: no discounts ({text})."
    fix: "Remove the discount."
    why: "Our marketing policy."
    examples: {flag: ["50% off this month!"], pass: ["We are open on Sundays."]}
""", encoding="utf-8")
    (site / "claimaudit.toml").write_text('jurisdictions = ["house"]\nrule-dirs = ["rules"]\n', encoding="utf-8")
    assert rule_ids(run_cli("audit", str(site / "pages" / "ad.md")).stdout) == ["HOUSE-NO-SUNDAY"]


def test_inline_suppressions_need_a_reason_and_unused_ones_are_reported(run_cli, site, tmp_path):
    page = str(site / "pages" / "ad.md")
    result = run_cli("audit", page, "--jurisdiction", "jp", "--format", "json")
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    suppressed = [f for f in report["findings"] if f["suppressed"]]
    assert suppressed and {f["rule_id"] for f in suppressed} == {"JP-PMD-68"}
    assert all(f["line"] == 4 and f["suppression"] == "inline: the product is named in the menu only" for f in suppressed)
    assert any(f["rule_id"] == "JP-PMD-68" and f["line"] == 1 and not f["suppressed"] for f in report["findings"])
    assert any(f["rule_id"] == "JP-PMD-67" and not f["suppressed"] for f in report["findings"])  # no reason: not applied
    by_line = {s["line"]: s for s in report["suppressions"]}
    assert by_line[3]["used"] and by_line[6]["problem"] and not by_line[8]["used"]
    assert report["summary"]["suppressed"] == len(suppressed)
    text = run_cli("audit", page, "--jurisdiction", "jp").stdout
    assert f"{page}:6: note: suppression ignore[JP-PMD-67] not applied" in text
    assert f"{page}:8: note: suppression ignore[US-FTC-5] unused" in text


def test_a_comment_line_in_plain_text_suppresses_the_next_block_and_document_rules_anywhere(run_cli, tmp_path):
    page = tmp_path / "ad.txt"
    body = ("Our exosome drip reverses aging and restores the skin you had ten years ago. Book your drip online and "
            "our nurses will look after you in a private room; a drip costs ¥165,000 and takes about 45 minutes. "
            "Many of our guests come back every month, and you can walk in without an appointment on weekdays.\n")
    page.write_text("# claimaudit: ignore[JP-LIMIT-UNAPPROVED, JP-PMD-68] shown on our disclosure page, linked below\n"
                    + body, encoding="utf-8")
    report = json.loads(run_cli("audit", str(page), "-j", "jp", "-f", "json").stdout)
    limit = [f for f in report["findings"] if f["rule_id"] == "JP-LIMIT-UNAPPROVED"]
    pmd = [f for f in report["findings"] if f["rule_id"] == "JP-PMD-68"]
    assert limit and pmd and all(f["suppressed"] for f in limit + pmd)
    assert any(not f["suppressed"] for f in report["findings"])


def test_baseline_reports_only_new_findings_and_survives_edits_above(run_cli, site, tmp_path):
    page = site / "pages" / "ad.md"
    baseline = tmp_path / "baseline.json"
    written = run_cli("baseline", str(page), "-j", "jp", "-o", str(baseline))
    assert written.exit_code == 0 and json.loads(baseline.read_text())["findings"]
    unchanged = run_cli("audit", str(page), "-j", "jp", "--baseline", str(baseline))
    assert unchanged.exit_code == 0 and unchanged.stdout.splitlines()[-1].startswith("0 findings")
    page.write_text("Welcome to our clinic.\n\n" + AD + "\nOur stem cell therapy cures autism.\n", encoding="utf-8")
    edited = run_cli("audit", str(page), "-j", "jp", "--baseline", str(baseline), "-f", "json")
    report = json.loads(edited.stdout)
    new = [f for f in report["findings"] if not f["suppressed"]]
    assert new and {f["claim_text"] for f in new} == {"cures autism"}
    assert all(f["suppression"] == "baseline" for f in report["findings"] if f["suppressed"] and f["line"] != 6)
    bad = run_cli("audit", str(page), "--baseline", str(tmp_path / "missing.json"))
    assert bad.exit_code == 2 and "baseline" in bad.stderr


def test_an_intervention_added_in_an_extra_lexicon_directory_is_judged_without_python(run_cli, tmp_path):
    extra = tmp_path / "lexicons-extra"
    (extra / "entities" / "en").mkdir(parents=True)
    (extra / "interventions").mkdir()
    (extra / "entities" / "en" / "intervention.yml").write_text(
        "label: INTERVENTION\nlang: en\nentities:\n"
        "  - {id: moon_serum, names: ['moon serum( drip| infusion)?'], kind: biologic, route: iv}\n", encoding="utf-8")
    source = '{url: "https://example.org/moon-serum", checked: "2026-11-27"}'
    (extra / "interventions" / "moon_serum.yml").write_text(f"""
id: moon_serum
title: Moon serum (a test product)
entity_ids: [moon_serum]
names: {{en: [moon serum]}}
kind: biologic
routes: [iv]
jurisdictions:
  JP: {{status: unapproved, sources: [{source}]}}
evidence:
  - {{outcome: joint, level: none, summary: No trials., sources: [{source}]}}
risks:
  - {{risk: Unknown., sources: [{source}]}}
""", encoding="utf-8")
    (tmp_path / "claimaudit.toml").write_text('jurisdictions = ["jp"]\nlexicon-dirs = ["lexicons-extra"]\n', encoding="utf-8")
    page = tmp_path / "ad.txt"
    page.write_text("Our moon serum drip cures arthritis.\n", encoding="utf-8")
    report = json.loads(run_cli("audit", str(page), "-f", "json").stdout)
    pmd = [f for f in report["findings"] if f["rule_id"] == "JP-PMD-68"]
    assert pmd and pmd[0]["evidence"]["intervention"] == "moon_serum" and pmd[0]["evidence"]["verdicts"]["JP"] == "unapproved"

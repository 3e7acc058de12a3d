"""SARIF (validated against the official 2.1.0 schema shipped beside this file), CSV and Markdown."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from analyzer.model import InputFailure
from analyzer.report.markdown import MarkdownRenderer, md_escape
from analyzer.report.sarif import SarifRenderer
from analyzer.report.table import COLUMNS, CsvRenderer

# sarif-schema-2.1.0.json: the OASIS SARIF 2.1.0 schema (final text, "2.1.0-rtm.5"), as shipped
# in the npm package @microsoft/jest-sarif 1.0.0-beta.0 (lib/schemas/sarif-2.1.0-rtm.5.json, MIT).
SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def rendered(renderer_class, results, failures=()):
    out = io.StringIO()
    renderer = renderer_class(out)
    for result in results:
        renderer.document(result)
    for failure in failures:
        renderer.failure(failure)
    renderer.finish(single=len(results) == 1)
    return out.getvalue()


@pytest.fixture(scope="module")
def sarif(exosome_result, payload_result, japanese_result):
    text = rendered(SarifRenderer, [exosome_result, payload_result, japanese_result],
                    [InputFailure("ads/broken.pdf", "not a PDF file")])
    return json.loads(text)


def test_sarif_is_valid_against_the_official_schema(sarif):
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    errors = sorted(jsonschema.Draft4Validator(SCHEMA).iter_errors(sarif), key=str)
    assert errors == [], errors[:3]
    assert sarif["version"] == "2.1.0"


def test_sarif_has_rule_metadata_help_and_help_uris(sarif, exosome_result):
    run = sarif["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert {f.rule_id for f in exosome_result.findings} <= set(rules)
    pmd = rules["JP-PMD-68"]
    assert pmd["helpUri"].startswith("https://")
    assert "Fix:" in pmd["help"]["text"] and "**Clause:** [" in pmd["help"]["markdown"]
    assert pmd["defaultConfiguration"]["level"] == "error"
    assert "jp" in pmd["properties"]["tags"]
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_results_point_at_the_claim_in_the_source(sarif, exosome_result):
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    finding = next(f for f in exosome_result.findings if f.rule_id == "JP-PMD-68" and f.start is not None)
    location = exosome_result.document.locate(finding.start, finding.end)
    matching = [r for r in run["results"] if r["ruleId"] == "JP-PMD-68"
                and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("samples/ads/exosome-drip.md")
                and r["locations"][0]["physicalLocation"]["region"].get("startColumn") == location.column
                and r["locations"][0]["physicalLocation"]["region"]["startLine"] == location.line]
    assert matching
    assert matching[0]["partialFingerprints"]["claimaudit/v1"] == finding.fingerprint
    # a document-level finding (a missing disclosure) points at the file
    missing = [r for r in run["results"] if r["ruleId"] == "JP-LIMIT-UNAPPROVED"]
    assert missing and missing[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    # a failed input is a tool notification, and the run is marked unsuccessful
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "not a PDF file" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_sarif_empty_optional_fields_still_valid(japanese_result):
    log = json.loads(rendered(SarifRenderer, [japanese_result]))
    assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(log)) == []
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert "helpUri" not in rule and rule["help"]["text"]


def test_csv_has_one_row_per_finding_and_failures(exosome_result):
    text = rendered(CsvRenderer, [exosome_result], [InputFailure("ads/broken.pdf", "not a PDF file")])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    finding_rows = [r for r in rows if not r["error"]]
    assert len(finding_rows) == len(exosome_result.findings)
    first = next(r for r in finding_rows if r["rule_id"] == "JP-PMD-68")
    assert first["source"].endswith("samples/ads/exosome-drip.md") and first["severity"] == "critical"
    assert first["clause_url"].startswith("https://") and first["assertion"] == "asserted"
    assert rows[-1]["source"] == "ads/broken.pdf" and rows[-1]["error"] == "not a PDF file"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(japanese_result):
    from dataclasses import replace

    finding = replace(japanese_result.findings[0], message="=HYPERLINK(\"http://evil\")", claim_text="+1")
    text = rendered(CsvRenderer, [replace(japanese_result, findings=(finding,))])
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row["message"].startswith("'=") and row["claim_text"] == "'+1"


def test_markdown_summary_for_a_pull_request(exosome_result, payload_result, japanese_result):
    text = rendered(MarkdownRenderer, [japanese_result, exosome_result, payload_result],
                    [InputFailure("ads/broken.pdf", "not a PDF file")])
    assert text.startswith("## claimaudit\n")
    table = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert table[0] == "| Document | Risk | Critical | High | Medium | Low |"
    assert "samples/ads/exosome-drip.md" in table[1] or "ads/" in table[1]  # riskiest first
    assert "samples/ja/handmade.txt" in table[-1]
    assert "### Not audited" in text and "not a PDF file" in text
    assert "JP-PMD-68" in text
    # the payload's markup is escaped: no raw tag reaches the comment
    assert "<script>" not in text and "<img" not in text and "&lt;img src=x onerror=alert\\(1\\)&gt;" in text


def test_md_escape_neutralises_markup():
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("[x](http://e)") == "\\[x\\]\\(http://e\\)"
    assert md_escape("<b>") == "&lt;b&gt;"
    assert md_escape("two\nlines") == "two lines"

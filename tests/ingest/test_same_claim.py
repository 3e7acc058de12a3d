"""The same ad as .txt, .md, .html, .srt, .vtt, YouTube XML and json3, .pdf and .docx: the
same claims (category, assertion, words), each located in its own source's terms."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from builders import SAME_CLAIMS, SCHEMA, ad_docx, ad_pdf

FORMATS = ["ad.txt", "ad.md", "ad.html", "ad.srt", "ad.vtt", "ad.xml", "ad.json3", "ad.pdf", "ad.docx"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("same-claims")
    for name in FORMATS[:-2]:
        shutil.copy(SAME_CLAIMS / name, folder / name)
    (folder / "ad.pdf").write_bytes(ad_pdf())
    ad_docx(folder / "ad.docx")
    result = CliRunner().invoke(app, ["audit", *(str(folder / name) for name in FORMATS), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    return {item["source"].rsplit("/", 1)[-1]: item for item in report}


def claims(report: dict) -> set[tuple[str, str, str]]:
    return {(c["category"], c["assertion"], " ".join(c["text"].split())) for c in report["claims"]}


def claim(report: dict, words: str) -> dict:
    return next(c for c in report["claims"] if c["text"] == words)


def test_the_plain_text_has_the_claims_this_test_is_about(reports):
    found = claims(reports["ad.txt"])
    assert {("CURE_TREATMENT_CLAIM", "asserted", "reverses type 2 diabetes"),
            ("CURE_TREATMENT_CLAIM", "reported", "cure cancer"),
            ("SAFETY_ABSOLUTE", "asserted", "100% safe")} <= found


@pytest.mark.parametrize("name", FORMATS[1:])
def test_every_format_gives_the_same_claims_as_the_plain_text(reports, name):
    assert claims(reports[name]) == claims(reports["ad.txt"])


def test_each_location_is_in_the_terms_of_its_source(reports):
    text = claim(reports["ad.txt"], "reverses type 2 diabetes")["location"]
    assert (text["kind"], text["line"], text["column"]) == ("text", 3, 18)

    html = claim(reports["ad.html"], "reverses type 2 diabetes")["location"]
    assert (html["line"], html["column"], html["element"], html["hidden"]) == (13, 33, "main > p > strong", False)
    assert claim(reports["ad.html"], "100% safe")["location"]["hidden"] is True

    markdown = claim(reports["ad.md"], "reverses type 2 diabetes")["location"]
    assert (markdown["line"], markdown["column"]) == (3, 23)

    for name in ("ad.srt", "ad.vtt", "ad.xml", "ad.json3"):
        cue = claim(reports[name], "reverses type 2 diabetes")["location"]
        assert (cue["start_time"], cue["end_time"], cue["cues"]) == ("00:00:04.000", "00:00:08.900", [2, 3])
    assert claim(reports["ad.srt"], "reverses type 2 diabetes")["location"]["line"] == 7

    assert claim(reports["ad.pdf"], "reverses type 2 diabetes")["location"]["page"] == 1
    assert claim(reports["ad.pdf"], "cure cancer")["location"]["page"] == 2

    assert claim(reports["ad.docx"], "reverses type 2 diabetes")["location"]["paragraph"] == 2
    assert claim(reports["ad.docx"], "100% safe")["location"]["table"] == {"table": 1, "row": 1, "cell": 2}


def test_findings_carry_the_location_of_their_claim(reports):
    for report in reports.values():
        by_id = {c["id"]: c for c in report["claims"]}
        for finding in report["findings"]:
            if finding["claim_id"] in by_id:
                assert finding["location"] == by_id[finding["claim_id"]]["location"]


def test_documents_report_their_format_and_encoding(reports):
    assert {name: (r["format"], r["encoding"]) for name, r in reports.items()} == {
        "ad.txt": ("text", "UTF-8"), "ad.md": ("markdown", "UTF-8"), "ad.html": ("html", "UTF-8"),
        "ad.srt": ("srt", "UTF-8"), "ad.vtt": ("vtt", "UTF-8"), "ad.xml": ("timedtext", "UTF-8"),
        "ad.json3": ("json3", "UTF-8"), "ad.pdf": ("pdf", None), "ad.docx": ("docx", None)}


def test_text_output_shows_timestamp_page_paragraph_and_element(tmp_path):
    (tmp_path / "ad.pdf").write_bytes(ad_pdf())
    result = CliRunner().invoke(app, ["audit", str(SAME_CLAIMS / "ad.srt"), str(SAME_CLAIMS / "ad.html"),
                                      str(tmp_path / "ad.pdf"), str(ad_docx(tmp_path / "ad.docx"))])
    lines = result.stdout.splitlines()
    expected = [f"{SAME_CLAIMS / 'ad.srt'}:7:18 [00:00:04.000] ", f"{SAME_CLAIMS / 'ad.html'}:13:33 [<strong>] ",
                f"{tmp_path / 'ad.pdf'}:2:18 [page 1] ", f"{tmp_path / 'ad.docx'}:3:18 [paragraph 2] ",
                f"{SAME_CLAIMS / 'ad.html'}:16:35 [<p.promo-hidden>, hidden] "]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)

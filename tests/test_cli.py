"""The command line as a user drives it: formats, batches, exit codes, bad input."""

from __future__ import annotations

import json

import jsonschema
import pytest

from conftest import SAMPLES, SCHEMA

AD = "Our exosome drip cures cancer and is 100% safe. Book now: 20% off this week only!\n"
CLEAN = "Our clinic is open Monday to Friday. Please call to make an appointment.\n"


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_text_format_lists_path_line_col_severity_category(run_cli, tmp_path):
    ad = tmp_path / "ad.txt"
    ad.write_text(AD)
    result = run_cli("audit", str(ad))
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert any(line.startswith(f"{ad}:1:") and " CURE_TREATMENT_CLAIM " in line and "critical" in line for line in lines)
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal
    assert lines[-1].startswith(f"{len(lines) - 1} findings") and "in 1 document" in lines[-1]


def test_clean_file_exits_zero(run_cli, tmp_path):
    page = tmp_path / "hours.md"
    page.write_text(CLEAN)
    result = run_cli("audit", str(page))
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("0 findings")


def test_fail_on_threshold(run_cli, tmp_path):
    promo = tmp_path / "promo.txt"
    promo.write_text("Only 3 slots left this week!\n")  # urgency: medium
    assert run_cli("audit", str(promo), "--fail-on", "high").exit_code == 0
    assert run_cli("audit", str(promo), "--fail-on", "medium").exit_code == 1
    assert run_cli("audit", str(promo), "--fail-on", "never").exit_code == 0


def test_json_output_validates_against_the_schema(run_cli, tmp_path, validator):
    ad = tmp_path / "ad.txt"
    ad.write_text(AD)
    result = run_cli("audit", str(ad), "--format", "json")
    report = json.loads(result.stdout)
    validator.validate(report)
    assert report["source"] == str(ad) and report["lang"] == "en"
    for claim in report["claims"]:
        assert AD[claim["start"]:claim["end"]] == claim["text"]
    cure = [f for f in report["findings"] if f["category"] == "CURE_TREATMENT_CLAIM"]
    assert cure and "critical" in {f["severity"] for f in cure} and all(f["claim_id"] for f in cure)
    assert report["summary"]["findings"] == len(report["findings"])


def test_json_with_several_documents_is_a_list_in_input_order(run_cli, tmp_path, validator):
    first, second = tmp_path / "b.txt", tmp_path / "a.txt"
    first.write_text(AD)
    second.write_text(CLEAN)
    report = json.loads(run_cli("audit", str(first), str(second), "--format", "json").stdout)
    validator.validate(report)
    assert [d["source"] for d in report] == [str(first), str(second)]


def test_jsonl_batch_each_record_its_own_document(run_cli, tmp_path, validator):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "ad-1", "text": AD, "url": "https://clinic.example/drip"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "ad-2", "text": CLEAN, "lang": "en"}) + "\n"
    )
    out = tmp_path / "out.jsonl"
    result = run_cli("audit", str(batch), "--format", "jsonl", "--output", str(out))
    assert result.exit_code == 2  # one line failed
    assert f"{batch}:2: invalid JSON" in result.stderr
    documents = [json.loads(line) for line in out.read_text().splitlines()]
    for document in documents:
        validator.validate(document)
    assert [d["id"] for d in documents] == ["ad-1", f"{batch}:2", "ad-2"]
    assert documents[0]["url"] == "https://clinic.example/drip" and documents[0]["findings"]
    assert documents[1]["error"]["reason"].startswith("invalid JSON")
    assert documents[2]["findings"] == []


def test_stdin_input(run_cli):
    result = run_cli("audit", "-", "--format", "json", input=AD)
    report = json.loads(result.stdout)
    assert report["source"] == "<stdin>" and report["findings"]


def test_directory_is_audited_recursively_and_skips_are_reported(run_cli, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "ad.md").write_text(AD)
    (tmp_path / "page.html").write_text("<p>" + CLEAN + "</p>")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    result = run_cli("audit", str(tmp_path), "--format", "json")
    report = json.loads(result.stdout)
    sources = {d["source"]: d for d in report}
    assert str(tmp_path / "sub" / "ad.md") in sources and str(tmp_path / "page.html") in sources
    assert sources[str(tmp_path / "logo.png")]["error"]["skipped"] is True
    assert "logo.png: skipped: unsupported file type" in result.stderr
    assert result.exit_code == 1  # a skip is not a failure


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("blob.txt", bytes(range(256)) * 4, "binary data"),
        ("control.txt", bytes(range(1, 32)) * 20, "binary data"),  # windows-1252 text is read now (tests/ingest)
    ],
)
def test_bad_input_gives_one_line_error_and_the_batch_goes_on(run_cli, tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(AD)
    result = run_cli("audit", str(bad), str(good))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert f"{good}:1:" in result.stdout  # the good file was still audited
    assert "1 input failed" in result.stdout


def test_missing_path_and_oversized_file(run_cli, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a 50 MB file
    result = run_cli("audit", str(tmp_path / "nope.txt"), str(big))
    assert result.exit_code == 2
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr
    assert f"{big}: file is 50.0 MB, over the 20 MB limit" in result.stderr


def test_unknown_format_is_a_usage_error(run_cli, tmp_path):
    result = run_cli("audit", str(tmp_path), "--format", "xml")
    assert result.exit_code == 2


def test_bundled_exosome_sample_has_critical_findings(run_cli):
    result = run_cli("audit", str(SAMPLES / "ads" / "exosome-drip.md"), "--format", "json")
    report = json.loads(result.stdout)
    categories = {f["category"] for f in report["findings"]}
    assert report["summary"]["by_severity"]["critical"] >= 1
    assert {"CURE_TREATMENT_CLAIM", "SAFETY_ABSOLUTE", "SUPERLATIVE_COMPARATIVE"} <= categories


def test_lang_accepts_every_supported_language_and_rejects_others(run_cli, tmp_path):
    """--lang ja forces the Japanese pipeline (as the README says); an unknown language is a usage error."""
    page = tmp_path / "mixed.txt"
    page.write_text("Our exosome drip cures cancer.\n当院のエクソソーム点滴でがんが治ります。\n", encoding="utf-8")
    report = json.loads(run_cli("audit", str(page), "--lang", "ja", "--format", "json").stdout)
    assert report["lang"] == "ja"
    forced = json.loads(run_cli("audit", str(page), "--lang", "en", "--format", "json").stdout)
    assert forced["lang"] == "en"
    assert run_cli("audit", str(page), "--lang", "xx").exit_code == 2

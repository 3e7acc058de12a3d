"""``claimaudit audit --format``: the new formats, several at once, HTML for a batch, progress."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

import analyzer.batch as batch
from analyzer.report.progress import batch_progress, count_inputs, is_batch

AD = "Our exosome drip reverses aging and is 100% safe. Book now: 50% OFF this month only.\n"
MILD = "Our clinic offers vitamin drips. Talk to a doctor about risks and costs.\n"


@pytest.fixture()
def ads(tmp_path: Path) -> Path:
    folder = tmp_path / "ads"
    folder.mkdir()
    (folder / "strong.txt").write_text(AD, encoding="utf-8")
    (folder / "mild.txt").write_text(MILD, encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"not a pdf at all")
    return folder


def test_several_formats_from_one_audit(run_cli, ads, tmp_path, monkeypatch):
    calls = []
    real = batch.audit_document
    monkeypatch.setattr(batch, "audit_document", lambda document, options: calls.append(document.source) or real(document, options))
    out = tmp_path / "out"
    result = run_cli("audit", str(ads / "strong.txt"), "--format", "html,json,sarif,csv,md", "-o", str(out))
    assert result.exit_code == 1, result.output
    assert calls == [str(ads / "strong.txt")]  # audited once for five formats
    assert sorted(p.name for p in out.iterdir()) == ["claimaudit.csv", "claimaudit.json", "claimaudit.md",
                                                     "claimaudit.sarif", "documents", "index.html"]
    report = json.loads((out / "claimaudit.json").read_text(encoding="utf-8"))
    sarif = json.loads((out / "claimaudit.sarif").read_text(encoding="utf-8"))
    assert len(sarif["runs"][0]["results"]) == len(report["findings"]) > 0
    csv_rows = (out / "claimaudit.csv").read_text(encoding="utf-8").splitlines()
    assert len(csv_rows) == 1 + len(report["findings"])


def test_html_batch_to_a_directory_sorted_by_risk_with_failures(run_cli, ads, tmp_path):
    out = tmp_path / "report"
    result = run_cli("audit", str(ads), "--format", "html", "--output", str(out))
    assert result.exit_code == 2  # broken.pdf could not be read; the batch went on
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.name for p in (out / "documents").iterdir())
    assert len(pages) == 2
    assert index.index("strong.txt") < index.index("mild.txt")  # riskiest first
    for name in pages:
        assert f'href="documents/{name}"' in index
    assert "broken.pdf" in index[index.index("Not audited"):]
    assert '<a href="../index.html">' in (out / "documents" / pages[0]).read_text(encoding="utf-8")


def test_single_html_to_a_file_or_stdout(run_cli, ads, tmp_path):
    page = tmp_path / "one.html"
    assert run_cli("audit", str(ads / "strong.txt"), "-f", "html", "-o", str(page)).exit_code == 1
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    result = run_cli("audit", str(ads / "mild.txt"), "-f", "html")
    assert result.stdout.startswith("<!doctype html>")


@pytest.mark.parametrize("args, message", [
    (["-f", "pdf"], "unknown format pdf"),
    (["-f", "json,json", "-o", "x"], "named twice"),
    (["-f", "html,json"], "several formats need --output DIR"),
])
def test_format_usage_errors(run_cli, ads, args, message):
    result = run_cli("audit", str(ads / "mild.txt"), *args)
    assert result.exit_code == 2
    assert message in result.output


def test_html_batch_without_output_is_a_usage_error(run_cli, ads):
    result = run_cli("audit", str(ads), "-f", "html")
    assert result.exit_code == 2 and "needs --output DIR" in result.output


def test_text_format_unchanged_and_no_progress_when_not_a_terminal(run_cli, ads):
    result = run_cli("audit", str(ads / "strong.txt"), str(ads / "mild.txt"))
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("in 2 documents")
    assert "auditing" not in result.output and "\x1b[" not in result.output


def test_progress_bar_draws_on_a_terminal_only():
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=100)
    with batch_progress(True, total=2, console=console) as advance:
        advance("a.txt")
        advance("b.txt")
    assert "auditing" in stream.getvalue() and "2/2" in stream.getvalue()
    quiet = io.StringIO()
    with batch_progress(False, total=2, console=Console(file=quiet)) as advance:
        advance("a.txt")
    assert quiet.getvalue() == ""


def test_batch_detection_and_count(ads):
    assert is_batch([str(ads)]) and is_batch(["a.txt", "b.txt"]) and is_batch(["x.jsonl"])
    assert not is_batch([str(ads / "mild.txt")]) and not is_batch(["-"])
    assert count_inputs([str(ads)]) == 3
    assert count_inputs(["x.jsonl"]) is None

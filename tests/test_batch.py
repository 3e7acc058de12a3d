"""Batches in several processes (``--jobs``): the same report, in input order, with failures
in their place and coded errors intact."""

from __future__ import annotations

import json
import pickle

import pytest

from analyzer.errors import ConfigError, InputError, LexiconError

ADS = {
    "a-drip.txt": "Our exosome drip cures cancer and is 100% safe.\n",
    "b-hours.md": "Our clinic is open Monday to Friday. Please call to make an appointment.\n",
    "c-promo.txt": "Only 3 slots left this week! Book your NAD+ drip today.\n",
    "d-stem.txt": "Stem cell therapy reverses arthritis in one session, guaranteed.\n",
    "e-glp.txt": "Lose 10 kg in a month with our semaglutide programme, no side effects.\n",
}


@pytest.fixture()
def batch_dir(tmp_path):
    folder = tmp_path / "ads"
    folder.mkdir()
    for name, text in ADS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "c-zz-binary.txt").write_bytes(b"\x00\x01\x02 not text \x00")
    (folder / "d-empty.txt").write_bytes(b"")
    return folder


def test_two_processes_write_the_same_report_as_one(run_cli, batch_dir, tmp_path):
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"report-{jobs}.json"
        result = run_cli("audit", str(batch_dir), "--format", "json", "-o", str(out), "--jobs", jobs)
        assert result.exit_code == 2  # two inputs failed
        assert "c-zz-binary.txt" in result.stderr and "d-empty.txt" in result.stderr
        reports[jobs] = out.read_text(encoding="utf-8")
    assert reports["1"] == reports["2"]
    documents = json.loads(reports["2"])
    sources = [d["source"].rsplit("/", 1)[-1] for d in documents]
    assert sources == sorted([*ADS, "c-zz-binary.txt", "d-empty.txt"])  # input order, failures in their place
    assert [d["source"].rsplit("/", 1)[-1] for d in documents if d.get("error")] == ["c-zz-binary.txt", "d-empty.txt"]
    charged = {d["source"].rsplit("/", 1)[-1]: {f["category"] for f in d["findings"]} for d in documents}
    assert "CURE_TREATMENT_CLAIM" in charged["a-drip.txt"] and not charged["b-hours.md"]


def test_failures_are_reported_in_input_order_and_counted(run_cli, batch_dir):
    result = run_cli("audit", str(batch_dir), "--format", "text", "--jobs", "2", "--fail-on", "never")
    errors = [line for line in result.stderr.splitlines() if line.startswith("claimaudit:")]
    assert [line.split("/")[-1].split(":")[0] for line in errors] == ["c-zz-binary.txt", "d-empty.txt"]
    assert "5 documents" in result.stdout.splitlines()[-1] and "2 inputs failed" in result.stdout.splitlines()[-1]


def test_a_broken_lexicon_stops_a_parallel_batch_with_its_coded_error(run_cli, batch_dir, tmp_path):
    extra = tmp_path / "lexicon" / "claims" / "en"
    extra.mkdir(parents=True)
    (extra / "mine.yml").write_text("category: CURE_TREATMENT_CLAIM\nlang: en\nterms:\n  - {match: 'x', weight: 2}\n")
    result = run_cli("audit", str(batch_dir), "--jobs", "2", "--lexicon-dir", str(tmp_path / "lexicon"))
    assert result.exit_code == 2
    assert "CA102" in result.stderr and "mine.yml" in result.stderr and "weight" in result.stderr


def test_jobs_below_zero_is_a_usage_error(run_cli, batch_dir):
    result = run_cli("audit", str(batch_dir), "--jobs", "-1")
    assert result.exit_code == 2 and "--jobs" in result.stderr


@pytest.mark.parametrize("error", [
    LexiconError("lexicons/claims/en/cure.yml", "unknown key 'weight'", "CA102"),
    InputError("ad.pdf", "encrypted PDF"),
    ConfigError("pyproject.toml", "unknown key 'langs'", "CA301"),
])
def test_coded_errors_cross_a_process_boundary_whole(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.code == error.code
    assert vars(copy) == vars(error)


def test_a_worker_that_dies_stops_the_batch_with_a_coded_error(run_cli, batch_dir, monkeypatch):
    import os

    import analyzer.batch as batch

    real = batch.audit_document

    def dies_on_the_stem_cell_ad(document, options):
        if document.source.endswith("d-stem.txt"):
            os._exit(9)  # as if the kernel killed it for memory
        return real(document, options)

    monkeypatch.setattr(batch, "audit_document", dies_on_the_stem_cell_ad)  # the forked workers inherit it
    result = run_cli("audit", str(batch_dir), "--jobs", "2")
    assert result.exit_code == 2
    assert "CA201" in result.stderr and "worker process stopped" in result.stderr

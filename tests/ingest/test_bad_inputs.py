"""The bad-input corpus (written by builders.bad_corpus at test time): every broken input
gives one line naming it and the reason, the batch goes on, the summary lists what was
not audited."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from builders import SCHEMA, bad_corpus

GOOD = "Our stem cell drip is 100% safe.\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad-inputs")
    expected = bad_corpus(folder)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return folder, expected


def failing_source(folder, name: str) -> str:
    return str(folder / name) + (":2" if name.endswith(".jsonl") else "")  # a batch fails by line


def test_each_bad_input_gives_one_line_naming_it_and_the_reason(corpus):
    folder, expected = corpus
    result = CliRunner().invoke(app, ["audit", str(folder)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        assert f"claimaudit: {failing_source(folder, name)}: " in "\n".join(errors)
        assert any(failing_source(folder, name) in line and reason in line for line in errors), (name, errors)


def test_the_batch_goes_on_and_the_summary_lists_what_was_not_audited(corpus):
    folder, expected = corpus
    result = CliRunner().invoke(app, ["audit", str(folder)])
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{folder / 'good.txt'}:1:") for line in lines)  # audited
    assert any(line.startswith(f"{folder / 'batch.jsonl'}:1:") for line in lines)  # the good batch line too
    not_audited = [line for line in lines if line.startswith("not audited: ")]
    assert len(not_audited) == len(expected)
    for name, reason in expected.items():
        assert any(line.startswith(f"not audited: {failing_source(folder, name)}: ") and reason in line
                   for line in not_audited), (name, not_audited)
    assert lines[-1].endswith(f"in 2 documents; {len(expected)} inputs failed")


def test_json_output_keeps_an_error_entry_per_bad_input(corpus):
    folder, expected = corpus
    result = CliRunner().invoke(app, ["audit", str(folder), "--format", "json"])
    report = json.loads(result.stdout)
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(report)
    errors = {item["source"]: item["error"]["reason"] for item in report if item["error"]}
    assert set(errors) == {failing_source(folder, name) for name in expected}
    for name, reason in expected.items():
        assert reason in errors[failing_source(folder, name)]

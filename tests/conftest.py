from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.audit import audit_text
from analyzer.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA = ROOT / "reports" / "schema" / "audit-report.schema.json"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def run_cli():
    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input)

    return run


def claims_of(text: str):
    """(category, assertion) of every claim in ``text``."""
    return [(c.category, c.assertion) for c in audit_text(text).claims]


def asserted_categories(text: str) -> set[str]:
    return {f.category for f in audit_text(text).findings}

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.audit import audit_text
from analyzer.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCHEMA = ROOT / "reports" / "schema" / "audit-report.schema.json"


@pytest.fixture(scope="session", autouse=True)
def own_cache_dir(tmp_path_factory):
    """The tests' compiled lexicons go to a cache of their own, not the user's ~/.cache."""
    previous = os.environ.get("CLAIMAUDIT_CACHE_DIR")
    os.environ["CLAIMAUDIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("claimaudit-cache"))
    yield
    if previous is None:
        os.environ.pop("CLAIMAUDIT_CACHE_DIR", None)
    else:
        os.environ["CLAIMAUDIT_CACHE_DIR"] = previous


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


def _claims_in(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(c.category, c.assertion, c.text) for c in audit_text(text, lang=lang).claims]


def assert_claimed(text: str, category: str, lang: str = "en") -> None:
    """``text`` holds an asserted claim of ``category`` (the recall probe files)."""
    found = _claims_in(text, lang)
    assert (category, "asserted") in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"


def assert_not_claimed(text: str, category: str, lang: str = "en") -> None:
    """``text`` holds no asserted claim of ``category``."""
    charged = [(c, t) for c, s, t in _claims_in(text, lang) if s == "asserted" and c == category]
    assert not charged, f"{text!r} -> {charged}"


def recall_probe_tests(advertising: list[tuple[str, str]], neutral: list[tuple[str, str]], lang: str = "en"):
    """The two tests of a recall probe file (tests/test_{english,japanese}_blind*_recall.py): each
    ``advertising`` line holds an asserted claim of its category, each ``neutral`` counterpart
    none. A probe file binds them to module names starting with ``test_`` for pytest to collect."""

    @pytest.mark.parametrize("text, category", advertising)
    def advertising_line_is_claimed(text: str, category: str) -> None:
        assert_claimed(text, category, lang)

    @pytest.mark.parametrize("text, category", neutral)
    def neutral_counterpart_is_not_claimed(text: str, category: str) -> None:
        assert_not_claimed(text, category, lang)

    return advertising_line_is_claimed, neutral_counterpart_is_not_claimed


def assert_reservation_clears(story: str, reservation: str) -> None:
    """A patient's ``story`` alone is charged (a testimonial); followed by the writer's
    ``reservation`` it is a personal account and charges nothing (personal_doubt)."""
    assert english_findings(story), f"the story alone should read as a testimonial: {explain_english(story)}"
    post = f"{story} {reservation}"
    assert english_findings(post) == set(), explain_english(post)


def english_claims_of(text: str):
    """The claims of an English ``text``."""
    return audit_text(text, lang="en").claims


def explain_japanese(text: str) -> list:
    """The claims of a Japanese ``text`` as (category, words, status), for an assertion message."""
    return [(c.category, c.text, c.assertion) for c in audit_text(text, lang="ja").claims]


def explain(text: str, lang: str) -> list:
    """The claims of ``text`` in ``lang`` ("en" or "ja"), for an assertion message."""
    return explain_japanese(text) if lang == "ja" else explain_english(text)


def findings_in(text: str, lang: str) -> set[str]:
    """Categories of the findings ``text`` is charged with (suppressed ones left out)."""
    return {f.category for f in audit_text(text, lang=lang).findings if not f.suppressed}


def claim_findings_in(text: str, lang: str = "en") -> set[str]:
    """Categories of the findings about the claims of ``text`` (suppressed ones and the page's
    document-level findings left out)."""
    return {f.category for f in audit_text(text, lang=lang).findings if not f.suppressed and f.start is not None}


def english_findings(text: str) -> set[str]:
    return findings_in(text, "en")


def japanese_findings(text: str) -> set[str]:
    return findings_in(text, "ja")


def explain_english(text: str) -> str:
    """``text`` with its claims, for an assertion message."""
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in english_claims_of(text)]}"

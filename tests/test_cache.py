"""The disk cache of compiled lexicons (analyzer/cache.py): a second run reads what the first
built, an edited lexicon is never served stale, and a broken or unwritable cache only costs
time. Each audit runs in a fresh process, so no in-process cache hides the disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

AD = "Our moonbeam elixir is a wonder and cures cancer.\n"


def audit(tmp_path: Path, cache: str, *extra: str) -> set[str]:
    """Categories of the asserted claims of AD, audited by a fresh CLI process."""
    source = tmp_path / "ad.txt"
    source.write_text(AD, encoding="utf-8")
    options = [arg for directory in extra for arg in ("--lexicon-dir", directory)]
    command = [sys.executable, "-m", "analyzer.cli", "audit", str(source), "--format", "json", "--fail-on", "never", *options]
    environment = {**os.environ, "CLAIMAUDIT_CACHE_DIR": cache}
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return {claim["category"] for claim in report["claims"] if claim["assertion"] == "asserted"}


def extra_lexicon(tmp_path: Path, phrase: str) -> str:
    folder = tmp_path / "mine" / "claims" / "en"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.yml").write_text(
        f"category: ANTI_AGING_REJUVENATION\nlang: en\nterms:\n  - {{match: '{phrase}', note: test phrase}}\n",
        encoding="utf-8")
    return str(tmp_path / "mine")


def test_second_run_reads_the_cache_and_finds_the_same(tmp_path):
    cache = tmp_path / "cache"
    first = audit(tmp_path, str(cache))
    entries = sorted(p.name for p in cache.iterdir())
    assert any(name.startswith("phrases-") for name in entries) and any(name.startswith("lexicon-") for name in entries)
    assert audit(tmp_path, str(cache)) == first == {"CURE_TREATMENT_CLAIM"}
    assert sorted(p.name for p in cache.iterdir()) == entries  # nothing rebuilt


def test_an_edited_lexicon_is_never_served_from_the_cache(tmp_path):
    cache = str(tmp_path / "cache")
    directory = extra_lexicon(tmp_path, "moonbeam elixir")
    assert "ANTI_AGING_REJUVENATION" in audit(tmp_path, cache, directory)
    extra_lexicon(tmp_path, "sunbeam tonic")  # the same file, now without the phrase
    assert "ANTI_AGING_REJUVENATION" not in audit(tmp_path, cache, directory)


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    expected = audit(tmp_path, str(cache))
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    assert audit(tmp_path, str(cache)) == expected


def test_cache_off_or_unwritable_still_audits(tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    assert audit(tmp_path, "off") == {"CURE_TREATMENT_CLAIM"}
    assert audit(tmp_path, str(blocked / "cache")) == {"CURE_TREATMENT_CLAIM"}
    assert blocked.read_text() == "x"

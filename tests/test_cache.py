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


def test_an_edited_rule_pack_is_never_served_from_the_cache(tmp_path):
    """Rule packs are cached too (keyed by every rule file, bundled or from rule-dirs)."""
    site = tmp_path / "site"
    (site / "rules").mkdir(parents=True)
    (site / "claimaudit.toml").write_text('jurisdictions = ["house"]\nrule-dirs = ["rules"]\n', encoding="utf-8")
    page = site / "ad.txt"
    page.write_text("Half price on every drip this week only.\n", encoding="utf-8")

    def severities(severity: str) -> list[str]:
        (site / "rules" / "house.yml").write_text(f"""
jurisdiction: house
rules:
  - id: HOUSE-NO-DISCOUNTS
    name: house.no-discounts
    title: House style
    status: stable
    severity: {severity}
    confidence: 0.5
    citation: {{instrument: House style guide, clause: "1", url: "https://example.org/style", checked: "2026-11-27"}}
    conditions: {{categories: [PRICE_INDUCEMENT]}}
    message: "House style: no discounts ({{text}})."
    fix: "Remove the discount."
    why: "Our marketing policy."
    examples: {{flag: ["Half price this week!"], pass: ["We are open on Sundays."]}}
""", encoding="utf-8")
        command = [sys.executable, "-m", "analyzer.cli", "audit", str(page), "--format", "json", "--fail-on", "never"]
        environment = {**os.environ, "CLAIMAUDIT_CACHE_DIR": str(tmp_path / "cache")}
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120)
        assert result.returncode == 0, result.stderr
        return [f["severity"] for f in json.loads(result.stdout)["findings"] if f["rule_id"] == "HOUSE-NO-DISCOUNTS"]

    assert severities("low") == ["low"]
    assert any(p.name.startswith("rules-") for p in (tmp_path / "cache").iterdir())
    assert severities("high") == ["high"]


def test_only_the_most_recently_used_entries_of_a_kind_are_kept(tmp_path, monkeypatch):
    import pickle

    from analyzer import cache

    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", str(tmp_path))
    for number in range(cache.KEEP + 3):  # entries of earlier runs, key0 the oldest
        entry = tmp_path / f"demo-key{number}.pickle"
        entry.write_bytes(pickle.dumps(number))
        os.utime(entry, (1000 + number, 1000 + number))
    (tmp_path / "other-key.pickle").write_bytes(pickle.dumps("other"))
    os.utime(tmp_path / "other-key.pickle", (1, 1))
    assert cache.cached("demo", "key0", lambda: "rebuilt") == 0  # read, so now the most recently used
    assert cache.cached("demo", "new", lambda: "new") == "new"  # a new entry is written: older ones go
    kept = {p.name for p in tmp_path.glob("demo-*.pickle")}
    assert len(kept) == cache.KEEP
    assert {"demo-key0.pickle", "demo-new.pickle"} <= kept
    assert not {"demo-key1.pickle", "demo-key2.pickle", "demo-key3.pickle", "demo-key4.pickle"} & kept
    assert (tmp_path / "other-key.pickle").exists()  # other kinds are not touched


def test_an_entry_that_cannot_be_touched_is_still_read(tmp_path, monkeypatch):
    """A read-only cache (shared, or on a read-only mount) still saves the build."""
    import pickle

    from analyzer import cache

    monkeypatch.setenv("CLAIMAUDIT_CACHE_DIR", str(tmp_path))
    (tmp_path / "demo-key.pickle").write_bytes(pickle.dumps("from the cache"))

    def refuse(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(cache.os, "utime", refuse)
    assert cache.cached("demo", "key", lambda: "rebuilt") == "from the cache"

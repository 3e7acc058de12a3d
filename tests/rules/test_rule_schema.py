"""A rule pack is validated at load: every mistake is a coded one-line error naming the file and the rule."""

from __future__ import annotations

import pytest
import yaml

from analyzer.errors import LexiconError
from analyzer.lexicon import load_taxonomy
from analyzer.rules import Selection, load_pack, load_rules

GOOD = {
    "id": "XX-TEST-1",
    "name": "xx.test.one",
    "title": "A test rule",
    "status": "stable",
    "severity": "high",
    "confidence": 0.8,
    "citation": {"instrument": "Test Act", "clause": "Art. 1", "url": "https://example.org/act", "checked": "2026-11-27"},
    "conditions": {"categories": ["CURE_TREATMENT_CLAIM"]},
    "message": "Cure claim ({text}).",
    "fix": "Remove it.",
    "why": "Because.",
    "examples": {"flag": ["Our drip cures cancer."], "pass": ["Our clinic opens at nine."]},
}


def write_pack(tmp_path, **changes):
    rule = {**GOOD, **changes}
    rule = {key: value for key, value in rule.items() if value is not None}
    path = tmp_path / "test.yml"
    path.write_text(yaml.safe_dump({"jurisdiction": "xx", "rules": [rule]}, allow_unicode=True), encoding="utf-8")
    return path


def error_of(tmp_path, **changes) -> LexiconError:
    with pytest.raises(LexiconError) as caught:
        load_pack(write_pack(tmp_path, **changes), load_taxonomy(), {"risks", "offer"})
    return caught.value


def test_a_good_rule_loads(tmp_path):
    [rule] = load_pack(write_pack(tmp_path), load_taxonomy(), set())
    assert rule.id == "XX-TEST-1" and rule.jurisdiction == "xx" and rule.conditions.assertion == ("asserted",)


@pytest.mark.parametrize(("changes", "code", "words"), [
    ({"weight": 3}, "CA102", "weight"),
    ({"conditions": {"categories": ["CURE_TREATMENT_CLAIM"], "colour": "red"}}, "CA102", "colour"),
    ({"fix": None}, "CA103", "fix"),
    ({"severity": "catastrophic"}, "CA110", "severity"),
    ({"conditions": {"categories": ["MIRACLE_CLAIM"]}}, "CA110", "MIRACLE_CLAIM"),
    ({"conditions": {"categories": ["CURE_TREATMENT_CLAIM"], "evidence": ["dubious"]}}, "CA110", "dubious"),
    ({"id": "jp pmd 68"}, "CA150", "jp pmd 68"),
    ({"name": "Not Dotted"}, "CA150", "Not Dotted"),
    ({"message": "Cure claim ({claim})."}, "CA152", "claim"),
    ({"examples": {"flag": ["Our drip cures cancer."], "pass": []}}, "CA154", "pass"),
    ({"citation": {"instrument": "Act", "clause": "1", "url": "example.org", "checked": "2026-11-27"}}, "CA113", "url"),
    ({"citation": {"instrument": "Act", "clause": "1", "url": "https://example.org", "checked": "last week"}}, "CA113", "checked"),
    ({"confidence": 1.5}, "CA106", "confidence"),
    ({"requires": ["risks"]}, "CA102", "requires"),
    ({"scope": "document", "category": "MISSING_RISK_DISCLOSURE", "requires": ["horoscope"],
      "message": "Missing {item}."}, "CA153", "horoscope"),
])
def test_bad_rules_are_rejected_with_a_code_the_file_and_the_rule(tmp_path, changes, code, words):
    error = error_of(tmp_path, **changes)
    assert error.code == code, str(error)
    assert "test.yml" in str(error) and f"({changes.get('id', 'XX-TEST-1')})" in str(error)
    assert words in str(error)


def test_an_id_used_twice_is_rejected(tmp_path):
    pack = {"jurisdiction": "xx", "rules": [GOOD]}
    (tmp_path / "a.yml").write_text(yaml.safe_dump(pack), encoding="utf-8")
    (tmp_path / "b.yml").write_text(yaml.safe_dump(pack), encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_rules((), (str(tmp_path),))
    assert caught.value.code == "CA151" and "XX-TEST-1" in str(caught.value)


def test_a_bundled_id_cannot_be_reused_by_an_extra_pack(tmp_path):
    (tmp_path / "mine.yml").write_text(yaml.safe_dump({"jurisdiction": "jp", "rules": [{**GOOD, "id": "JP-PMD-68"}]}),
                                       encoding="utf-8")
    with pytest.raises(LexiconError, match="JP-PMD-68"):
        load_rules((), (str(tmp_path),))


def test_not_yaml_names_the_line(tmp_path):
    path = tmp_path / "broken.yml"
    path.write_text("jurisdiction: xx\nrules:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_pack(path, load_taxonomy())
    assert caught.value.code == "CA101" and "broken.yml:" in str(caught.value)


@pytest.mark.parametrize(("selection", "enabled"), [
    (Selection(), {"JP-PMD-68", "JP-PMD-66-1", "UK-CAP-12.1", "UK-CAP-12.11"}),
    (Selection(select=("JP-PMD",)), {"JP-PMD-68", "JP-PMD-66-1"}),
    (Selection(select=("UK-CAP-12.1",)), {"UK-CAP-12.1"}),  # segment-wise: not 12.11
    (Selection(ignore=("JP",)), {"UK-CAP-12.1", "UK-CAP-12.11"}),
    (Selection(select=("JP-PMD-68",), ignore=("JP",)), {"JP-PMD-68"}),  # the longer prefix wins
    (Selection(select=("JP",), ignore=("JP-PMD-6",)), {"JP-PMD-68", "JP-PMD-66-1"}),  # "JP-PMD-6" is no segment prefix
    (Selection(jurisdictions=frozenset({"uk"})), {"UK-CAP-12.1", "UK-CAP-12.11"}),
])
def test_select_and_ignore_by_prefix(selection, enabled):
    rules = load_rules()
    candidates = {"JP-PMD-68", "JP-PMD-66-1", "UK-CAP-12.1", "UK-CAP-12.11"}
    assert {r.id for r in selection.rules(rules) if r.id in candidates} == enabled


def test_preview_rules_run_only_when_asked():
    rules = load_rules()
    assert "WADA-S0" not in {r.id for r in Selection().rules(rules)}
    assert "WADA-S0" in {r.id for r in Selection(preview=True).rules(rules)}
    assert "WADA-S0" in {r.id for r in Selection(select=("WADA-S0",)).rules(rules)}

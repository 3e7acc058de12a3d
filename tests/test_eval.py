"""Floors on the gold sets: the figures `claimaudit eval` prints may not fall below these.
They sit a few points under the measured values so that a lexicon change that loses
recall or lets regulators' sentences through fails here."""

from __future__ import annotations

import pytest

from analyzer.evaluate import evaluate_gold, load_gold
from conftest import SAMPLES

FLOORS = {
    # gold file: (violating items flagged, labels matched by category, max non-violating flagged, min micro F1)
    "en.jsonl": (0.93, 0.84, 0.03, 0.86),
    "ja.jsonl": (0.95, 0.90, 0.04, 0.89),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request):
    return request.param, evaluate_gold(load_gold(SAMPLES / "gold" / request.param))


def test_gold_set_is_large_and_balanced(report):
    name, result = report
    assert result.items >= 300 if name == "en.jsonl" else result.items >= 200
    assert 0.4 <= result.violations / result.items <= 0.6


def test_violating_items_are_flagged(report):
    name, result = report
    assert result.violation_recall >= FLOORS[name][0], f"{name}: {result.violation_recall:.3f}"


def test_labels_are_matched_by_the_right_category(report):
    name, result = report
    assert result.label_recall >= FLOORS[name][1], f"{name}: {result.label_recall:.3f}"


def test_non_violating_items_are_rarely_flagged(report):
    name, result = report
    assert result.false_positive_rate <= FLOORS[name][2], f"{name}: {result.false_positive_rate:.3f}"


def test_micro_f1(report):
    name, result = report
    assert result.micro.f1 >= FLOORS[name][3], f"{name}: {result.micro.f1:.3f}"


def test_eval_cli_prints_the_figures(run_cli, tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text(
        '{"id": "a", "text": "Our exosome drip cures cancer.", "lang": "en", "labels": ["CURE_TREATMENT_CLAIM", "UNAPPROVED_PRODUCT_PROMOTION"], "is_violation": true}\n'
        '{"id": "b", "text": "Clinics claim the drip cures cancer, but there is no evidence.", "lang": "en", "labels": [], "is_violation": false}\n'
    )
    result = run_cli("eval", str(gold))
    assert result.exit_code == 0, result.stdout
    assert "violating items flagged:       100.0% (1/1)" in result.stdout
    assert "non-violating items flagged:   0.0% (0/1)" in result.stdout
    assert "CURE_TREATMENT_CLAIM" in result.stdout

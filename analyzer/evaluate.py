"""``claimaudit eval``: score the audit against a labelled gold set.

A gold line is ``{"id", "text", "lang", "labels": [category IDs], "is_violation": bool}``.
An item counts as flagged when the audit has at least one (unsuppressed) finding on it;
its predicted labels are the categories of those findings.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from analyzer.audit import audit_text


@dataclass(frozen=True)
class GoldItem:
    id: str
    text: str
    lang: str
    labels: frozenset[str]
    is_violation: bool


@dataclass
class CategoryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    items: int
    violations: int
    non_violations: int
    violations_flagged: int
    non_violations_flagged: int
    labels_total: int
    labels_matched: int
    categories: dict[str, CategoryScore]
    errors: list[dict] = field(default_factory=list)

    @property
    def violation_recall(self) -> float:
        return self.violations_flagged / self.violations if self.violations else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.non_violations_flagged / self.non_violations if self.non_violations else 0.0

    @property
    def label_recall(self) -> float:
        return self.labels_matched / self.labels_total if self.labels_total else 0.0

    @property
    def micro(self) -> CategoryScore:
        total = CategoryScore()
        for score in self.categories.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    def to_dict(self, include_errors: bool = False) -> dict:
        data = {
            "items": self.items,
            "violations": self.violations,
            "non_violations": self.non_violations,
            "violation_recall": round(self.violation_recall, 4),
            "false_positive_rate": round(self.false_positive_rate, 4),
            "label_recall": round(self.label_recall, 4),
            "micro": _score_dict(self.micro),
            "categories": {name: _score_dict(score) for name, score in sorted(self.categories.items())},
        }
        if include_errors:
            data["errors"] = self.errors
        return data


def _score_dict(score: CategoryScore) -> dict:
    return {"tp": score.tp, "fp": score.fp, "fn": score.fn, "precision": round(score.precision, 4),
            "recall": round(score.recall, 4), "f1": round(score.f1, 4)}


def load_gold(path: Path) -> list[GoldItem]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            items.append(GoldItem(str(record["id"]), record["text"], record.get("lang", "auto"),
                                  frozenset(record.get("labels", ())), bool(record["is_violation"])))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: not a gold item ({error})") from error
    if not items:
        raise ValueError(f"{path}: no gold items")
    return items


def evaluate_gold(items: list[GoldItem]) -> EvalReport:
    categories: dict[str, CategoryScore] = {}
    counts: Counter = Counter()
    errors = []
    for item in items:
        result = audit_text(item.text, lang=item.lang)
        predicted = {f.category for f in result.findings if not f.suppressed}
        for category in predicted | item.labels:
            score = categories.setdefault(category, CategoryScore())
            if category in predicted and category in item.labels:
                score.tp += 1
            elif category in predicted:
                score.fp += 1
            else:
                score.fn += 1
        if item.is_violation:
            counts["violations"] += 1
            counts["violations_flagged"] += bool(predicted)
            counts["labels_total"] += len(item.labels)
            counts["labels_matched"] += len(item.labels & predicted)
        else:
            counts["non_violations"] += 1
            counts["non_violations_flagged"] += bool(predicted)
        if predicted != set(item.labels):
            errors.append({
                "id": item.id, "text": item.text, "gold": sorted(item.labels), "predicted": sorted(predicted),
                "claims": [f"{c.category}:{c.assertion}:{c.text}" for c in result.claims],
            })
    return EvalReport(len(items), counts["violations"], counts["non_violations"], counts["violations_flagged"],
                      counts["non_violations_flagged"], counts["labels_total"], counts["labels_matched"], categories, errors)


def format_report(report: EvalReport, show_errors: bool = False) -> str:
    lines = [f"{'category':<32}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, score in sorted(report.categories.items()):
        lines.append(f"{name:<32}{score.precision:>7.2f}{score.recall:>7.2f}{score.f1:>7.2f}{score.tp:>6}{score.fp:>6}{score.fn:>6}")
    micro = report.micro
    lines.append(f"{'micro':<32}{micro.precision:>7.2f}{micro.recall:>7.2f}{micro.f1:>7.2f}{micro.tp:>6}{micro.fp:>6}{micro.fn:>6}")
    lines.append("")
    lines.append(f"items: {report.items} ({report.violations} violating, {report.non_violations} non-violating)")
    lines.append(f"violating items flagged:       {report.violation_recall:.1%} ({report.violations_flagged}/{report.violations})")
    lines.append(f"labels matched by category:    {report.label_recall:.1%} ({report.labels_matched}/{report.labels_total})")
    lines.append(f"non-violating items flagged:   {report.false_positive_rate:.1%} ({report.non_violations_flagged}/{report.non_violations})")
    if show_errors:
        lines.append("")
        for error in report.errors:
            lines.append(f"{error['id']}: gold={error['gold']} predicted={error['predicted']}")
            lines.append(f"    {error['text']}")
            for claim in error["claims"]:
                lines.append(f"    - {claim}")
    return "\n".join(lines)

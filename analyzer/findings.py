"""Stage 5 (default rules): one finding per asserted claim, at its category's severity.

Jurisdiction rule packs plug in here later; the default rule of a category is named
``CA-<CATEGORY>``. Severity rises one level when an escalator of the category applies
(serious disease, IV or injected route, cell or exosome product, athletes or minors).
"""

from __future__ import annotations

from analyzer.lexicon import Taxonomy
from analyzer.model import SEVERITIES, Claim, Finding


def escalators_for(claim: Claim, taxonomy: Taxonomy) -> tuple[str, ...]:
    category = taxonomy.categories[claim.category]
    mentions = (*claim.interventions, *claim.conditions, *claim.targets)
    applied = []
    for name in category.escalate_if:
        escalator = taxonomy.escalators[name]
        if any(m.label == escalator.label and m.attribute(escalator.attribute) in escalator.values for m in mentions):
            applied.append(name)
    return tuple(applied)


def raise_one_level(severity: str) -> str:
    return SEVERITIES[max(SEVERITIES.index(severity) - 1, 0)]


def claim_findings(claims: list[Claim], taxonomy: Taxonomy) -> list[Finding]:
    findings = []
    for claim in claims:
        if claim.assertion != "asserted":
            continue
        category = taxonomy.categories[claim.category]
        escalated_by = escalators_for(claim, taxonomy)
        severity = raise_one_level(category.severity) if escalated_by else category.severity
        findings.append(
            Finding(
                rule_id=f"CA-{claim.category}",
                category=claim.category,
                severity=severity,
                confidence=claim.confidence,
                message=category.message.format(text=repr(" ".join(claim.text.split()))),
                start=claim.start,
                end=claim.end,
                line=claim.line,
                column=claim.column,
                claim_id=claim.id,
                escalated_by=escalated_by,
            )
        )
    return findings

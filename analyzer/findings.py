"""Stage 5: the rules of the selected jurisdiction packs, applied to the claims and the page.

- A claim rule (``scope: claim``) gives one finding per claim it applies to
  (``analyzer.rules.claim_matches``): the rule's severity, raised one level when an escalator
  of the rule's ``escalate_if`` or of the claim category's (lexicons/taxonomy.yml) applies
  (serious disease, IV or injected route, cell or exosome product, athletes or minors),
  capped at critical; confidence = claim's × rule's.
- A document rule (``scope: document``) applies when a claim matches its conditions and the
  page fits its ``document`` signals; it then gives one finding per required disclosure item
  the page lacks, naming the items present and missing.

There is no catch-all finding per category any more: every span-level category has a rule
with no condition but the category itself in the bundled packs (tests/rules check it), so a
claim that no selected rule charges is one that the selected jurisdictions do not forbid,
e.g. a claim within its approved indication, or a discount under US rules only.
"""

from __future__ import annotations

from functools import lru_cache

from analyzer.disclosures import DisclosureLexicon, PageFacts
from analyzer.lexicon import Taxonomy
from analyzer.model import SEVERITIES, Claim, Evidence, Finding, evolve
from analyzer.rules import ClaimFacts, Rule, Selection, claim_matches


def raise_one_level(severity: str) -> str:
    return SEVERITIES[max(SEVERITIES.index(severity) - 1, 0)]


def _quoted(text: str) -> str:
    return repr(" ".join(text.split()))


def _evidence_for(rule: Rule, claim: Claim) -> Evidence | None:
    """The evidence the rule judged on: the first whose verdict the rule asks for, else the first."""
    wanted = rule.conditions.evidence
    for evidence in claim.evidence:
        if not wanted or evidence.verdict_in(rule.kb_jurisdiction) in wanted:
            return evidence
    return claim.evidence[0] if claim.evidence else None


def _product(claim: Claim, evidence: Evidence | None) -> str:
    if evidence is not None:
        return evidence.mention
    return claim.interventions[0].text if claim.interventions else "the treatment"


def _severity(rule: Rule, selection: Selection, escalated: bool) -> str:
    severity = selection.severity_of(rule) or rule.severity
    return raise_one_level(severity) if escalated else severity


def _rule_fields(rule: Rule) -> dict:
    """What every finding of ``rule`` copies from it: id, pack, name, title, clause cited, fix."""
    return {"rule_id": rule.id, "jurisdiction": rule.jurisdiction, "rule_name": rule.name, "title": rule.title,
            "citation": rule.citation, "fix": rule.fix}


@lru_cache(maxsize=4096)
def _template(rule: Rule) -> Finding:
    """A finding with ``rule``'s own fields filled in; claim findings are copies of it."""
    return Finding(**_rule_fields(rule), category="", severity=rule.severity, confidence=0.0, message="",
                   start=None, end=None, line=None, column=None, claim_id=None)


def claim_finding(rule: Rule, claim: Claim, taxonomy: Taxonomy, selection: Selection,
                  escalators: tuple[str, ...], quoted: str) -> Finding:
    """The finding of ``rule`` on ``claim``; ``escalators``: those applying to the claim
    (:class:`analyzer.rules.ClaimFacts`), and ``quoted``: its text as messages quote it, both
    worked out once per claim (a claim has several findings)."""
    escalated_by = ()
    if escalators:
        raising = (*rule.escalate_if, *taxonomy.categories[claim.category].escalate_if)
        escalated_by = tuple(name for name in escalators if name in raising)
    evidence = _evidence_for(rule, claim)
    verdict = evidence.verdict_in(rule.kb_jurisdiction) if evidence else "unknown"
    return evolve(
        _template(rule),
        category=claim.category,
        severity=_severity(rule, selection, bool(escalated_by)),
        confidence=round(claim.confidence * rule.confidence, 3),
        message=rule.message.format(text=quoted, product=_product(claim, evidence),
                                    verdict=verdict.replace("_", " ")),
        start=claim.start,
        end=claim.end,
        line=claim.line,
        column=claim.column,
        claim_id=claim.id,
        escalated_by=escalated_by,
        claim_text=claim.text,
        evidence=evidence,
    )


@lru_cache(maxsize=32)
def _claim_rules_by_category(rules: tuple[Rule, ...]) -> dict[str, tuple[Rule, ...]]:
    by_category: dict[str, list[Rule]] = {}
    for rule in rules:
        if rule.scope == "claim":
            for category in rule.conditions.categories:
                by_category.setdefault(category, []).append(rule)
    return {category: tuple(found) for category, found in by_category.items()}


def claim_findings(claims: list[Claim], rules: tuple[Rule, ...], taxonomy: Taxonomy, selection: Selection) -> list[Finding]:
    findings = []
    by_category = _claim_rules_by_category(rules)
    for claim in claims:
        candidates = [rule for rule in by_category.get(claim.category, ()) if claim.assertion in rule.conditions.assertion]
        if not candidates:
            continue
        facts = ClaimFacts(claim, taxonomy)
        quoted = _quoted(claim.text)
        for rule in candidates:
            if claim_matches(rule.conditions, claim, rule.kb_jurisdiction, taxonomy, facts):
                findings.append(claim_finding(rule, claim, taxonomy, selection, facts.escalators, quoted))
    return findings


def _titles(items: tuple[str, ...], disclosures: DisclosureLexicon) -> str:
    return "; ".join(disclosures.items[i].title if i in disclosures.items else i for i in items) or "none"


def document_findings(claims: list[Claim], page: PageFacts, rules: tuple[Rule, ...], taxonomy: Taxonomy,
                      selection: Selection, disclosures: DisclosureLexicon) -> list[Finding]:
    """One finding per required disclosure item the page lacks, for each document rule that applies."""
    findings = []
    facts: dict[int, ClaimFacts] = {}  # claim index -> its facts, made when first needed

    def applies(rule: Rule, index: int, claim: Claim) -> bool:
        conditions = rule.conditions
        if claim.category not in conditions.categories or claim.assertion not in conditions.assertion:
            return False
        if index not in facts:
            facts[index] = ClaimFacts(claim, taxonomy)
        return claim_matches(conditions, claim, rule.kb_jurisdiction, taxonomy, facts[index])

    for rule in rules:
        check = rule.document
        if rule.scope != "document" or check is None or page.chars < check.min_chars:
            continue
        if any(not page.has(signal) for signal in check.signals):
            continue
        if check.targets and not page.target_groups & set(check.targets):
            continue
        missing = tuple(item for item in check.requires if not page.has(item))
        if not missing:
            continue  # the page discloses everything the rule asks for
        # the first claim (in text order) the rule applies to: the one the findings name
        trigger = next((claim for index, claim in enumerate(claims) if applies(rule, index, claim)), None)
        if trigger is None:
            continue
        present = tuple(item for item in check.requires if page.has(item))
        evidence = _evidence_for(rule, trigger)
        for item in missing:
            findings.append(Finding(
                **_rule_fields(rule),
                category=rule.category or trigger.category,
                severity=_severity(rule, selection, False),
                confidence=rule.confidence,
                message=rule.message.format(item=_titles((item,), disclosures), present=_titles(present, disclosures),
                                            missing=_titles(missing, disclosures), product=_product(trigger, evidence)),
                start=None,
                end=None,
                line=None,
                column=None,
                claim_id=trigger.id,
                claim_text=trigger.text,
                evidence=evidence,
                disclosures_present=present,
                disclosures_missing=missing,
                missing_item=item,
            ))
    return findings


def cleared_by_disclosure(findings: list[Finding], page: PageFacts, taxonomy: Taxonomy) -> list[Finding]:
    """Claim findings of a category whose restriction the page lifts by disclosing every item
    the category names (``cleared_by_disclosure`` in lexicons/taxonomy.yml: Japan's 限定解除
    for unapproved products), kept but suppressed with the reason."""
    result = []
    for finding in findings:
        items = taxonomy.categories[finding.category].cleared_by_disclosure if finding.start is not None else ()
        if items and not finding.suppressed and all(page.has(item) for item in items):
            finding = evolve(finding, suppressed=True, suppression="disclosed on the page: " + ", ".join(items))
        result.append(finding)
    return result

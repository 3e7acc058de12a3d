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
from operator import attrgetter
from typing import NamedTuple

import regex

from analyzer.disclosures import DisclosureLexicon, PageFacts
from analyzer.evidence import APPROVED, KnowledgeBase
from analyzer.lexicon import Taxonomy
from analyzer.model import SEVERITIES, Claim, Evidence, Finding, evolve
from analyzer.rules import ClaimFacts, Rule, Selection, claim_matches
from analyzer.suppress import Fingerprints, claim_words


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


class _Charge(NamedTuple):
    """What a claim rule decided about a claim: its finding but for the claim's own words,
    place and confidence."""

    rule: Rule
    fields: dict  # the finding's fields that are the same for every claim of the signature: the rule's
    #               (:func:`_template`), the category, severity, escalators and evidence judged on
    evidence: Evidence | None  # the evidence the rule judged on
    verdict: str  # its verdict in the rule's jurisdiction, as the message quotes it ("no evidence")


class _Judgement:
    """What the selected rules decided about a claim, and so about any claim with its signature
    (:class:`_Rulebook`): the charges of the claim rules, and whether it meets the conditions
    of a document rule, worked out when first asked."""

    __slots__ = ("charges", "_meets")

    def __init__(self, charges: tuple[_Charge, ...]):
        self.charges = charges  # in the order of the rules
        self._meets: dict[Rule, bool] = {}

    def meets(self, rule: Rule, claim: Claim, taxonomy: Taxonomy) -> bool:
        """Whether ``claim`` meets the conditions of ``rule`` (a document rule for its category and assertion)."""
        met = self._meets.get(rule)
        if met is None:
            met = self._meets[rule] = claim_matches(rule.conditions, claim, rule.kb_jurisdiction, taxonomy)
        return met


_READ_OF_ENTITY = attrgetter("label", "id", "attributes")  # what rule conditions read of a linked entity


def _linked_entities(claim: Claim) -> tuple:
    """What rule conditions read of a claim's linked entities: their labels, ids and attributes."""
    return (tuple(map(_READ_OF_ENTITY, claim.interventions)), tuple(map(_READ_OF_ENTITY, claim.conditions)),
            tuple(map(_READ_OF_ENTITY, claim.targets)))


class _Rulebook:
    """The selected rules, and what they decided about claims seen before.

    Which rules apply to a claim, and the severity, escalators and evidence of their findings,
    depend only on what rule conditions read of the claim: its category and assertion, its
    evidence, its linked entities (:func:`_linked_entities`), and its sentence when one of the
    rules for its category asks for words in it. Claims alike in all of these (in one page,
    and across the pages of a batch: the same kind of claim about the same product) are
    judged once: the judgements are remembered by that signature, up to ``SIGNATURES_KEPT`` of
    them. Evidence is part of the signature by identity (analyzer.evidence hands out one
    object for the same evidence); a remembered judgement keeps the claim's evidence alive, so
    that no other object can take the identity of one while it is remembered.
    """

    SIGNATURES_KEPT = 10_000  # about 0.8 kB each

    def __init__(self, rules: tuple[Rule, ...], taxonomy: Taxonomy, selection: Selection):
        self.rules = rules
        self.taxonomy = taxonomy
        self.selection = selection
        self.page_rules = tuple(rule for rule in rules if rule.scope == "document" and rule.document is not None)
        # (category, assertion) -> the claim rules that may apply to such a claim, and whether any
        # rule (claim or document) that may apply reads the sentence; None: no rule may apply
        self._candidates: dict[tuple[str, str], tuple[tuple[Rule, ...], bool] | None] = {}
        # signature -> (the claim's evidence, kept alive; the judgement)
        self._judgements: dict[tuple, tuple[tuple[Evidence, ...], _Judgement]] = {}
        self._severities: dict[Rule, tuple[str, str]] = {}  # rule -> its findings' severity, and when escalated
        self._page_rules_about: dict[tuple[str, str], tuple[Rule, ...]] = {}  # (category, assertion) -> page rules

    def _candidates_for(self, claim: Claim) -> tuple[tuple[Rule, ...], bool] | None:
        key = (claim.category, claim.assertion)
        if key not in self._candidates:
            may_apply = [rule for rule in self.rules if (rule.scope == "claim" or rule in self.page_rules)
                         and claim.category in rule.conditions.categories
                         and claim.assertion in rule.conditions.assertion]
            self._candidates[key] = (tuple(rule for rule in may_apply if rule.scope == "claim"),
                                     any(rule.conditions.words for rule in may_apply)) if may_apply else None
        return self._candidates[key]

    def page_rules_about(self, claim: Claim) -> tuple[Rule, ...]:
        """The page rules whose conditions name the claim's category and assertion."""
        key = (claim.category, claim.assertion)
        rules = self._page_rules_about.get(key)
        if rules is None:
            rules = self._page_rules_about[key] = tuple(
                rule for rule in self.page_rules
                if claim.category in rule.conditions.categories and claim.assertion in rule.conditions.assertion)
        return rules

    def judgement(self, claim: Claim) -> _Judgement:
        """What the rules decided about ``claim``, or about a claim before it with its signature."""
        candidates = self._candidates_for(claim)
        if candidates is None:
            return NOTHING
        rules, reads_sentence = candidates
        signature = (claim.category, claim.assertion, tuple(map(id, claim.evidence)), _linked_entities(claim),
                     claim.sentence if reads_sentence else None)
        try:
            known = self._judgements.get(signature)
        except TypeError:  # an entity attribute that cannot be hashed (a list, in a user's lexicon): judged afresh
            return self._judged(claim, rules)
        if known is None:
            if len(self._judgements) >= self.SIGNATURES_KEPT:
                self._judgements.clear()
            known = self._judgements[signature] = (claim.evidence, self._judged(claim, rules))
        return known[1]

    def _judged(self, claim: Claim, rules: tuple[Rule, ...]) -> _Judgement:
        if not rules:
            return _Judgement(())
        facts = ClaimFacts(claim, self.taxonomy)
        return _Judgement(tuple(self._charge(rule, claim, facts.escalators) for rule in rules
                                if claim_matches(rule.conditions, claim, rule.kb_jurisdiction, self.taxonomy, facts)))

    def _charge(self, rule: Rule, claim: Claim, escalators: tuple[str, ...]) -> _Charge:
        """The charge of ``rule`` on ``claim``; ``escalators``: those applying to the claim
        (:class:`analyzer.rules.ClaimFacts`)."""
        escalated_by = ()
        if escalators:
            raising = (*rule.escalate_if, *self.taxonomy.categories[claim.category].escalate_if)
            escalated_by = tuple(name for name in escalators if name in raising)
        evidence = _evidence_for(rule, claim)
        verdict = evidence.verdict_in(rule.kb_jurisdiction) if evidence else "unknown"
        if rule not in self._severities:
            self._severities[rule] = (_severity(rule, self.selection, False), _severity(rule, self.selection, True))
        fields = {**_template(rule).__dict__, "category": claim.category,
                  "severity": self._severities[rule][bool(escalated_by)], "escalated_by": escalated_by,
                  "evidence": evidence}
        return _Charge(rule, fields, evidence, verdict.replace("_", " "))


NOTHING = _Judgement(())  # of a claim that no selected rule is about (its category and assertion)


_RULEBOOKS: dict[tuple, _Rulebook] = {}


def _rulebook(rules: tuple[Rule, ...], taxonomy: Taxonomy, selection: Selection) -> _Rulebook:
    """The :class:`_Rulebook` of a selection, kept for the next document (of a few selections at most)."""
    key = (id(rules), id(taxonomy), selection)
    found = _RULEBOOKS.get(key)
    if found is None or found.rules is not rules or found.taxonomy is not taxonomy:
        if len(_RULEBOOKS) >= 8:
            _RULEBOOKS.clear()
        found = _RULEBOOKS[key] = _Rulebook(rules, taxonomy, selection)
    return found


@lru_cache(maxsize=1024, typed=True)
def _confidence(claim: float, rule: float) -> float:
    """A finding's confidence: the claim's times the rule's, to three places (the lexicons and
    rules give few distinct confidences, and ``round`` to places costs more than the lookup)."""
    return round(claim * rule, 3)


def claim_findings(claims: list[Claim], rules: tuple[Rule, ...], taxonomy: Taxonomy, selection: Selection,
                   fingerprints: Fingerprints) -> list[Finding]:
    """One finding per claim and claim rule that applies to it, in the order of the claims,
    then of the rules; each fingerprinted as it is made (the first findings of the document)."""
    findings = []
    rulebook = _rulebook(rules, taxonomy, selection)
    for claim in claims:
        charges = rulebook.judgement(claim).charges
        if not charges:
            continue
        quoted = _quoted(claim.text)
        about = fingerprints.about(claim.category, claim_words(claim.text))
        named = _product(claim, None)  # what a message names when the rule judged on no evidence
        # the claim's own fields, the same in each of its findings
        own = {"start": claim.start, "end": claim.end, "line": claim.line, "column": claim.column,
               "claim_id": claim.id, "claim_text": claim.text}
        for rule, fields, evidence, verdict in charges:
            # a copy of the charge's fields with the claim's, made as analyzer.model.evolve makes
            # it but without its check of the names (Finding's own, written out here): most
            # findings are made in this loop
            finding = object.__new__(Finding)
            values = finding.__dict__
            values.update(fields)
            values.update(own)
            values["confidence"] = _confidence(claim.confidence, rule.confidence)
            values["message"] = rule.message.format(text=quoted, product=named if evidence is None else evidence.mention,
                                                    verdict=verdict)
            values["fingerprint"] = fingerprints.next_about(rule.id, about)
            findings.append(finding)
    return findings


def _titles(items: tuple[str, ...], disclosures: DisclosureLexicon) -> str:
    return "; ".join(disclosures.items[i].title if i in disclosures.items else i for i in items) or "none"


def document_findings(claims: list[Claim], page: PageFacts, rules: tuple[Rule, ...], taxonomy: Taxonomy,
                      selection: Selection, disclosures: DisclosureLexicon,
                      fingerprints: Fingerprints) -> list[Finding]:
    """One finding per required disclosure item the page lacks, for each document rule that
    applies; each fingerprinted as it is made (after the claim findings)."""
    findings = []
    rulebook = _rulebook(rules, taxonomy, selection)
    # page rule -> the claims of a category and assertion it is about, in text order (worked out
    # when a rule is first checked against the claims; most claims are about no page rule)
    about: dict[Rule, list[Claim]] | None = None

    judgements: dict[int, _Judgement] = {}  # id of a claim -> its judgement, looked up when first needed

    def applies(rule: Rule, claim: Claim) -> bool:
        judgement = judgements.get(id(claim))
        if judgement is None:
            judgement = judgements[id(claim)] = rulebook.judgement(claim)
        return judgement.meets(rule, claim, taxonomy)

    for rule in rulebook.page_rules:
        check = rule.document
        if page.chars < check.min_chars:
            continue
        if any(not page.has(signal) for signal in check.signals):
            continue
        if check.targets and not page.target_groups & set(check.targets):
            continue
        missing = tuple(item for item in check.requires if not page.has(item))
        if not missing:
            continue  # the page discloses everything the rule asks for
        # the first claim (in text order) the rule applies to: the one the findings name
        if about is None:
            about = {}
            for claim in claims:
                for page_rule in rulebook.page_rules_about(claim):
                    about.setdefault(page_rule, []).append(claim)
        trigger = next((claim for claim in about.get(rule, ()) if applies(rule, claim)), None)
        if trigger is None:
            continue
        present = tuple(item for item in check.requires if page.has(item))
        evidence = _evidence_for(rule, trigger)
        template = evolve(_template(rule), category=rule.category or trigger.category,
                          severity=_severity(rule, selection, False), confidence=rule.confidence, claim_id=trigger.id,
                          claim_text=trigger.text, evidence=evidence, disclosures_present=present,
                          disclosures_missing=missing)
        named = {"present": _titles(present, disclosures), "missing": _titles(missing, disclosures),
                 "product": _product(trigger, evidence)}  # what every message of the rule names
        for item in missing:
            findings.append(evolve(template, message=rule.message.format(item=_titles((item,), disclosures), **named),
                                   missing_item=item, fingerprint=fingerprints.next(rule.id, template.category, item)))
    return findings


# Verdicts that say the approval stated is not the one for this use (analyzer.evidence)
NOT_THIS_USE = ("off_label", "unapproved", "contradicted")


def true_approval_claims(findings: list[Finding], claims: list[Claim], taxonomy: Taxonomy,
                         kb: KnowledgeBase) -> list[Finding]:
    """Claim findings about an approval the knowledge base records, kept but suppressed with the
    reason: "We prescribe FDA-approved semaglutide" names the FDA (``verified_by_kb`` of the
    category in lexicons/taxonomy.yml) and the knowledge base has semaglutide approved in the US.
    A claim naming no regulator or country, linked to no product the knowledge base knows, naming
    one where any linked product is not approved, or whose sentence says it is another product
    ("compounded semaglutide") is left as it was."""
    verified = {claim.id: reason for claim in claims
                if (reason := _recorded_approval(claim, taxonomy.categories.get(claim.category), kb))}
    if not verified:
        return findings
    return [evolve(finding, suppressed=True, suppression=verified[finding.claim_id])
            if finding.claim_id in verified and not finding.suppressed else finding for finding in findings]


def _recorded_approval(claim: Claim, category, kb: KnowledgeBase) -> str | None:
    """Why ``claim`` states an approval the knowledge base records, or None."""
    if category is None or not category.verified_by_kb or not claim.evidence or claim.assertion != "asserted":
        return None
    named = {jurisdiction for word, jurisdiction in category.verified_by_kb if _names(claim.text, word)}
    if not named or any(_names(claim.sentence, word) for word in category.verified_unless):
        return None
    for evidence in claim.evidence:
        entry = kb.entries.get(evidence.intervention)
        for jurisdiction in named:
            status = entry.status_in(jurisdiction) if entry is not None else None
            if status is None or status.status not in APPROVED or evidence.verdict_in(jurisdiction) in NOT_THIS_USE:
                return None  # not approved there, or approved for other uses than the sentence names
    products = ", ".join(e.title for e in claim.evidence)
    return f"the knowledge base records {products} as approved in {', '.join(sorted(named))}"


def _names(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (any case; Japanese, which has no
    spaces between words, as a substring)."""
    if not word.isascii():
        return word in text
    return _word_pattern(word).search(text.lower()) is not None


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> regex.Pattern:
    """``word`` standing as a word of its own, compiled once per word."""
    return regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(word) + r"(?![\p{L}\p{N}])")


def cleared_by_disclosure(findings: list[Finding], page: PageFacts, taxonomy: Taxonomy) -> list[Finding]:
    """Claim findings of a category whose restriction the page lifts by disclosing every item
    the category names (``cleared_by_disclosure`` in lexicons/taxonomy.yml: Japan's 限定解除
    for unapproved products), kept but suppressed with the reason."""
    lifted = {name: "disclosed on the page: " + ", ".join(category.cleared_by_disclosure)  # category -> the reason
              for name, category in taxonomy.categories.items()
              if category.cleared_by_disclosure and all(page.has(item) for item in category.cleared_by_disclosure)}
    if not lifted:
        return list(findings)
    return [evolve(finding, suppressed=True, suppression=lifted[finding.category])
            if finding.start is not None and finding.category in lifted and not finding.suppressed else finding
            for finding in findings]

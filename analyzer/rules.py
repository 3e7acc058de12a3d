"""The jurisdiction rule packs, ``lexicons/rules/<pack>.yml``: load, validate, select, match.

A pack holds the rules of one jurisdiction (``jp``, ``us``, ``uk``, ``eu``, ``sport``). A rule
says which claims break which clause: its identity (``id`` from the clause, a dotted ``name``,
``status``), its verdict (``severity``, ``confidence``), the clause (``citation``), when it
applies (``conditions``) and what to tell the user (``message``, ``fix``, ``why``), with
``examples`` that must flag and must pass. A ``scope: document`` rule checks the whole page
for the disclosure items it ``requires`` (analyzer.disclosures). Unknown keys, values and
placeholders are rejected at load with a coded error naming the file and the rule.

Selecting rules follows ruff: a prefix (``JP-PMD``) selects or ignores every rule whose id
starts with it segment-wise; the longer of a matching select and ignore prefix wins.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from analyzer.cache import cached, content_key
from analyzer.datafile import check_keys, date, one_of, read_yaml, text, texts
from analyzer.errors import LexiconError, cached_with_errors
from analyzer.evidence import load_kb, verdicts_of
from analyzer.lexicon import SEVERITY_NAMES, Taxonomy, expand, lexicon_dirs, load_taxonomy
from analyzer.model import ASSERTION_STATUSES, EVIDENCE_VERDICTS, Citation, Claim

RULE_ID = r"[A-Z][A-Z0-9]*(-[A-Z0-9][A-Za-z0-9.]*)+"
RULE_NAME = r"[a-z0-9]+(\.[a-z0-9][a-z0-9-]*)+"
STATUSES = ("stable", "preview", "deprecated")
SCOPES = ("claim", "document")
KB_JURISDICTION = {"jp": "JP", "us": "US", "uk": "UK", "eu": "EU"}  # packs that judge with a knowledge-base column

PACK_KEYS = {"jurisdiction", "title", "description", "rules"}
RULE_KEYS = {"id", "name", "title", "status", "severity", "confidence", "citation", "scope", "category", "conditions",
             "document", "requires", "escalate_if", "message", "fix", "why", "aliases", "examples", "note"}
RULE_REQUIRED = {"id", "name", "title", "status", "severity", "confidence", "citation", "conditions", "message", "fix",
                 "why", "examples"}
CITATION_KEYS = {"instrument", "clause", "url", "checked", "via"}
CONDITION_KEYS = {"categories", "assertion", "evidence", "unless_evidence", "unless_approved_anywhere", "escalators", "targets", "kinds", "routes",
                  "interventions", "outcomes", "has_intervention", "words"}
DOCUMENT_KEYS = {"min_chars", "signals", "targets"}
EXAMPLE_KEYS = {"flag", "pass"}
CLAIM_PLACEHOLDERS = {"text", "product", "verdict"}
DOCUMENT_PLACEHOLDERS = {"item", "present", "missing", "product"}


@dataclass(frozen=True)
class Conditions:
    """When a rule applies to a claim. Every given key must hold; each list is any-of."""

    categories: tuple[str, ...]
    assertion: tuple[str, ...] = ("asserted",)
    evidence: tuple[str, ...] = ()  # one of the claim's verdicts (in the rule's jurisdiction) is one of these
    unless_evidence: tuple[str, ...] = ()  # … not when every verdict is one of these
    unless_approved_anywhere: bool = False  # not when the claim is within an approved indication in any jurisdiction
    escalators: tuple[str, ...] = ()  # at least one escalator of lexicons/taxonomy.yml applies
    targets: tuple[str, ...] = ()  # TARGET groups: athlete, minor, elderly
    kinds: tuple[str, ...] = ()  # intervention kind (entity lexicon or knowledge base)
    routes: tuple[str, ...] = ()  # intervention route (entity lexicon)
    interventions: tuple[str, ...] = ()  # entity or knowledge-base ids
    outcomes: tuple[str, ...] = ()  # lexicons/outcomes.yml
    has_intervention: bool | None = None
    words: tuple[str, ...] = ()  # expanded match strings, one must be in the claim's sentence


@dataclass(frozen=True)
class DocumentCheck:
    """For ``scope: document``: when the page is checked, and what it must disclose."""

    requires: tuple[str, ...]
    min_chars: int = 0
    signals: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)  # a rule is itself: compared and hashed by identity (cheap cache keys)
class Rule:
    id: str
    name: str
    title: str
    jurisdiction: str
    status: str
    severity: str
    confidence: float
    citation: Citation
    scope: str
    category: str | None  # document rules: the category of their findings
    conditions: Conditions
    document: DocumentCheck | None
    escalate_if: tuple[str, ...]
    message: str
    fix: str
    why: str
    aliases: tuple[str, ...]
    flag_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]
    path: str

    @cached_property
    def kb_jurisdiction(self) -> str | None:
        return KB_JURISDICTION.get(self.jurisdiction)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def get(self, rule_id: str) -> Rule | None:
        wanted = rule_id.upper()
        return next((r for r in self.rules if r.id.upper() == wanted or wanted in (a.upper() for a in r.aliases)), None)

    @property
    def jurisdictions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule.jurisdiction for rule in self.rules))


# --------------------------------------------------------------------------- loading


def _list_of(where: str, name: str, values, allowed=None) -> tuple[str, ...]:
    items = texts(where, name, values)
    if allowed is not None:
        for item in items:
            one_of(where, name, item, allowed)
    return items


def _placeholders(where: str, template: str, allowed: set[str]) -> None:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as error:
        raise LexiconError(where, f"message is not a valid template: {error}", "CA152") from error
    unknown = names - allowed
    if unknown:
        raise LexiconError(where, f"message: unknown placeholder(s) {sorted(unknown)}; allowed: {sorted(allowed)}", "CA152")


def _conditions(where: str, entry, taxonomy: Taxonomy, scope: str) -> Conditions:
    check_keys(where, entry, CONDITION_KEYS, {"categories"})
    categories = _list_of(where, "categories", entry["categories"], tuple(taxonomy.categories))
    if not categories:
        raise LexiconError(where, "categories must name at least one category", "CA103")
    has_intervention = entry.get("has_intervention")
    for key in ("has_intervention", "unless_approved_anywhere"):
        if entry.get(key) is not None and not isinstance(entry[key], bool):
            raise LexiconError(where, f"{key} must be true or false, got {entry[key]!r}", "CA142")
    words: list[str] = []
    for match in texts(where, "words", entry.get("words")):
        words.extend(expand(match, where))
    return Conditions(
        categories=categories,
        assertion=_list_of(where, "assertion", entry.get("assertion", ["asserted"]), ASSERTION_STATUSES),
        evidence=_list_of(where, "evidence", entry.get("evidence"), EVIDENCE_VERDICTS),
        unless_evidence=_list_of(where, "unless_evidence", entry.get("unless_evidence"), EVIDENCE_VERDICTS),
        unless_approved_anywhere=bool(entry.get("unless_approved_anywhere", False)),
        escalators=_list_of(where, "escalators", entry.get("escalators"), tuple(taxonomy.escalators)),
        targets=_list_of(where, "targets", entry.get("targets"), ("athlete", "minor", "elderly")),
        kinds=texts(where, "kinds", entry.get("kinds")),
        routes=texts(where, "routes", entry.get("routes")),
        interventions=texts(where, "interventions", entry.get("interventions")),
        outcomes=texts(where, "outcomes", entry.get("outcomes")),
        has_intervention=has_intervention,
        words=tuple(words),
    )


def _citation(where: str, entry) -> Citation:
    check_keys(where, entry, CITATION_KEYS, {"instrument", "clause", "url", "checked"})
    url = text(where, "url", entry["url"])
    if not regex.fullmatch(r"https?://\S+", url):
        raise LexiconError(where, f"citation url must be http(s), got {url!r}", "CA113")
    return Citation(text(where, "instrument", entry["instrument"]), text(where, "clause", entry["clause"]), url,
                    date(where, "checked", entry["checked"]), " ".join(str(entry.get("via") or "").split()))


def _examples(where: str, entry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    check_keys(where, entry, EXAMPLE_KEYS, EXAMPLE_KEYS)
    flag = tuple(str(e) for e in entry["flag"] or ())
    passing = tuple(str(e) for e in entry["pass"] or ())
    if not flag or not passing:
        raise LexiconError(where, "a rule needs at least one example to flag and one to pass", "CA154")
    return flag, passing


def parse_rule(where: str, entry, jurisdiction: str, taxonomy: Taxonomy, items: set[str] | None) -> Rule:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        where = f"{where} ({entry['id']})"
    check_keys(where, entry, RULE_KEYS, RULE_REQUIRED)
    rule_id = text(where, "id", entry["id"])
    if not regex.fullmatch(RULE_ID, rule_id):
        raise LexiconError(where, f"id {rule_id!r} must look like JP-PMD-68 or UK-CAP-12.1 (upper case, '-' between parts)", "CA150")
    name = text(where, "name", entry["name"])
    if not regex.fullmatch(RULE_NAME, name):
        raise LexiconError(where, f"name {name!r} must be dotted lower case, like jp.pmd.unapproved-product", "CA150")
    confidence = entry["confidence"]
    if not isinstance(confidence, (int, float)) or isinstance(confidence, bool) or not 0 < confidence <= 1:
        raise LexiconError(where, f"confidence must be a number above 0 and at most 1, got {confidence!r}", "CA106")
    scope = one_of(where, "scope", entry.get("scope", "claim"), SCOPES)
    document = None
    category = None
    if scope == "document":
        for key in ("category", "requires"):
            if key not in entry:
                raise LexiconError(where, f"a document rule needs {key!r}", "CA103")
        category = one_of(where, "category", entry["category"], tuple(taxonomy.categories))
        spec = entry.get("document") or {}
        check_keys(f"{where}: document", spec, DOCUMENT_KEYS, set())
        requires = _list_of(where, "requires", entry["requires"])
        signals = _list_of(where, "document.signals", spec.get("signals"))
        for item in (*requires, *signals):
            if items is not None and item not in items:
                raise LexiconError(where, f"unknown disclosure item {item!r} (lexicons/disclosures/items.yml)", "CA153")
        min_chars = spec.get("min_chars", 0)
        if not isinstance(min_chars, int) or min_chars < 0:
            raise LexiconError(where, f"document.min_chars must be a whole number, got {min_chars!r}", "CA142")
        document = DocumentCheck(requires, min_chars, signals,
                                 _list_of(where, "document.targets", spec.get("targets"), ("athlete", "minor", "elderly")))
    else:
        for key in ("category", "requires", "document"):
            if key in entry:
                raise LexiconError(where, f"{key!r} is only for scope: document (a claim rule takes the claim's category)", "CA102")
    message = text(where, "message", entry["message"])
    _placeholders(where, message, DOCUMENT_PLACEHOLDERS if scope == "document" else CLAIM_PLACEHOLDERS)
    flag, passing = _examples(f"{where}: examples", entry["examples"])
    return Rule(
        id=rule_id,
        name=name,
        title=text(where, "title", entry["title"]),
        jurisdiction=jurisdiction,
        status=one_of(where, "status", entry["status"], STATUSES),
        severity=one_of(where, "severity", entry["severity"], SEVERITY_NAMES),
        confidence=float(confidence),
        citation=_citation(f"{where}: citation", entry["citation"]),
        scope=scope,
        category=category,
        conditions=_conditions(f"{where}: conditions", entry["conditions"], taxonomy, scope),
        document=document,
        escalate_if=_list_of(where, "escalate_if", entry.get("escalate_if"), tuple(taxonomy.escalators)),
        message=message,
        fix=text(where, "fix", entry["fix"]),
        why=text(where, "why", entry["why"]),
        aliases=texts(where, "aliases", entry.get("aliases")),
        flag_examples=flag,
        pass_examples=passing,
        path=where.split(": ")[0],
    )


def load_pack(path: Path, taxonomy: Taxonomy, items: set[str] | None = None) -> list[Rule]:
    data = read_yaml(path)
    check_keys(str(path), data, PACK_KEYS, {"jurisdiction", "rules"})
    jurisdiction = text(str(path), "jurisdiction", data["jurisdiction"])
    if not regex.fullmatch(r"[a-z][a-z0-9_]*", jurisdiction):
        raise LexiconError(str(path), f"jurisdiction must be a lower-case word (jp, us, uk, eu, sport), got {jurisdiction!r}", "CA150")
    if not isinstance(data["rules"], list):
        raise LexiconError(str(path), "rules must be a list", "CA142")
    return [parse_rule(f"{path}: rules[{n}]", entry, jurisdiction, taxonomy, items)
            for n, entry in enumerate(data["rules"], start=1)]


def rule_files(extra_lexicon_dirs: tuple[str, ...] = (), extra_rule_dirs: tuple[str, ...] = ()) -> list[Path]:
    """``rules/*.yml`` of the bundled and extra lexicon directories, then ``*.yml`` of each extra rule directory."""
    paths = [p for root in lexicon_dirs(extra_lexicon_dirs) for p in sorted((root / "rules").glob("*.yml"))]
    for directory in extra_rule_dirs:
        if not Path(directory).is_dir():
            raise LexiconError(str(directory), "rule directory not found", "CA143")
        paths.extend(sorted(Path(directory).glob("*.yml")))
    return paths


@cached_with_errors(maxsize=8)
def load_rules(extra_lexicon_dirs: tuple[str, ...] = (), extra_rule_dirs: tuple[str, ...] = ()) -> RuleSet:
    """Every rule of every pack; an id (or alias) used twice is an error (CA151). Kept in the
    disk cache (analyzer/cache.py), keyed by the rule, taxonomy and disclosure files."""
    roots = (*lexicon_dirs(extra_lexicon_dirs), *(Path(directory) for directory in extra_rule_dirs))
    key = content_key("rules", roots, *extra_rule_dirs)
    return cached("rules", key, lambda: _read_rules(extra_lexicon_dirs, extra_rule_dirs))


def _read_rules(extra_lexicon_dirs: tuple[str, ...], extra_rule_dirs: tuple[str, ...]) -> RuleSet:
    from analyzer.disclosures import load_all_items

    items = set(load_all_items(extra_lexicon_dirs))
    taxonomy = load_taxonomy()
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in rule_files(extra_lexicon_dirs, extra_rule_dirs):
        for rule in load_pack(path, taxonomy, items):
            for key in (rule.id, *rule.aliases):
                if key.upper() in seen:
                    raise LexiconError(rule.path, f"rule id {key!r} is already used in {seen[key.upper()]}", "CA151")
                seen[key.upper()] = rule.path
            rules.append(rule)
    if not rules:
        raise LexiconError(str(lexicon_dirs()[0] / "rules"), "no rule packs found", "CA143")
    return RuleSet(tuple(rules))


# --------------------------------------------------------------------------- selecting


def _prefix_of(rule_id: str, prefix: str) -> bool:
    rule_id, prefix = rule_id.upper(), prefix.upper().rstrip("-")
    return rule_id == prefix or rule_id.startswith(prefix + "-")


@dataclass(frozen=True)
class Selection:
    """Which rules run: by jurisdiction, then select/ignore by id prefix (the longer match wins).

    ``preview`` rules run when ``preview`` is on or their id is selected exactly; ``deprecated``
    ones only when selected exactly. ``severity`` overrides a rule's severity by id prefix.
    """

    jurisdictions: frozenset[str] | None = None  # None: every pack
    select: tuple[str, ...] = ()  # empty: every rule
    ignore: tuple[str, ...] = ()
    preview: bool = False
    severity: tuple[tuple[str, str], ...] = ()

    def enabled(self, rule: Rule) -> bool:
        if self.jurisdictions is not None and rule.jurisdiction not in self.jurisdictions:
            return False
        selected = max((len(p) for p in self.select if _prefix_of(rule.id, p)), default=None) if self.select else 0
        ignored = max((len(p) for p in self.ignore if _prefix_of(rule.id, p)), default=None)
        if selected is None or (ignored is not None and ignored >= selected):
            return False
        exact = any(p.upper() == rule.id.upper() for p in self.select)
        if rule.status == "preview":
            return self.preview or exact
        if rule.status == "deprecated":
            return exact
        return True

    def severity_of(self, rule: Rule) -> str | None:
        """The overridden severity (longest matching prefix), or None."""
        if not self.severity:
            return None
        matches = [(len(prefix), severity) for prefix, severity in self.severity if _prefix_of(rule.id, prefix)]
        return max(matches)[1] if matches else None

    def rules(self, rule_set: RuleSet) -> tuple[Rule, ...]:
        return _selected(self, rule_set)


@lru_cache(maxsize=64)
def _selected(selection: Selection, rule_set: RuleSet) -> tuple[Rule, ...]:
    """The enabled rules, worked out once per selection and rule set (not once per document)."""
    return tuple(rule for rule in rule_set.rules if selection.enabled(rule))


def only(*rule_ids: str) -> Selection:
    """Exactly these rules, whatever their status (for tests and ``explain``)."""
    return Selection(select=tuple(rule_ids), preview=True)


# --------------------------------------------------------------------------- matching


_NOT_WORD = regex.compile(r"[^\w%+'#]+")


def _fold(sentence: str) -> str:
    return " " + " ".join(_NOT_WORD.sub(" ", sentence.lower().replace("’", "'")).split()) + " "


def escalators_applying(claim: Claim, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Every escalator of the taxonomy that the claim's linked entities trigger (in the taxonomy's order)."""
    mentions = (*claim.interventions, *claim.conditions, *claim.targets)
    found = []
    for name, escalator in taxonomy.escalators.items():
        for mention in mentions:
            if mention.label == escalator.label and mention.attribute(escalator.attribute) in escalator.values:
                found.append(name)
                break
    return tuple(found)


class ClaimFacts:
    """What rule conditions read of one claim, worked out once: a claim is checked against
    dozens of rules. The sets are cheap and made at once; outcomes and the folded sentence
    only when a rule asks."""

    __slots__ = ("claim", "escalators", "target_groups", "kinds", "routes", "intervention_ids", "all_approved",
                 "_verdicts", "_outcomes", "_folded")

    def __init__(self, claim: Claim, taxonomy: Taxonomy):
        self.claim = claim
        self.escalators = escalators_applying(claim, taxonomy)
        self.target_groups = {t.attribute("group") for t in claim.targets}
        self.kinds, self.routes, self.intervention_ids = set(), set(), set()
        for mention in claim.interventions:
            self.kinds.add(mention.attribute("kind"))
            self.routes.add(mention.attribute("route"))
            self.intervention_ids.add(mention.id)
        for evidence in claim.evidence:
            self.kinds.add(evidence.kind)
            self.intervention_ids.add(evidence.intervention)
        # every linked product is approved for this use somewhere
        self.all_approved = bool(claim.evidence) and all(
            any(verdict == "approved_indication" for _, verdict in e.verdicts) for e in claim.evidence)
        self._verdicts: dict[str | None, set[str]] = {}
        self._outcomes: set[str] | None = None
        self._folded: str | None = None

    def verdicts(self, jurisdiction: str | None) -> set[str]:
        found = self._verdicts.get(jurisdiction)
        if found is None:
            found = self._verdicts[jurisdiction] = verdicts_of(self.claim, jurisdiction)
        return found

    def outcomes(self) -> set[str]:
        if self._outcomes is None:
            self._outcomes = ({o for e in self.claim.evidence for o in e.outcomes}
                              or set(_outcomes_without_evidence(self.claim)))
        return self._outcomes

    def folded_sentence(self) -> str:
        if self._folded is None:
            self._folded = _fold(self.claim.sentence)
        return self._folded


def claim_matches(conditions: Conditions, claim: Claim, jurisdiction: str | None, taxonomy: Taxonomy,
                  facts: ClaimFacts | None = None) -> bool:
    """Whether a rule with ``conditions`` (of KB jurisdiction US/JP/EU/UK, or None) applies to
    ``claim``; ``facts``: the claim's :class:`ClaimFacts`, when checking it against many rules."""
    if claim.category not in conditions.categories or claim.assertion not in conditions.assertion:
        return False
    facts = facts or ClaimFacts(claim, taxonomy)
    if conditions.evidence and facts.verdicts(jurisdiction).isdisjoint(conditions.evidence):
        return False
    if conditions.unless_evidence and facts.verdicts(jurisdiction).issubset(conditions.unless_evidence):
        return False
    if conditions.unless_approved_anywhere and facts.all_approved:
        return False
    if conditions.escalators and set(facts.escalators).isdisjoint(conditions.escalators):
        return False
    if conditions.targets and facts.target_groups.isdisjoint(conditions.targets):
        return False
    if conditions.has_intervention is not None and bool(claim.interventions) != conditions.has_intervention:
        return False
    if conditions.kinds and facts.kinds.isdisjoint(conditions.kinds):
        return False
    if conditions.routes and facts.routes.isdisjoint(conditions.routes):
        return False
    if conditions.interventions and facts.intervention_ids.isdisjoint(conditions.interventions):
        return False
    if conditions.outcomes and facts.outcomes().isdisjoint(conditions.outcomes):
        return False
    if conditions.words:
        sentence = facts.folded_sentence()
        if not any(f" {' '.join(_fold(w).split())} " in sentence for w in conditions.words):
            return False
    return True


def _outcomes_without_evidence(claim: Claim) -> tuple[str, ...]:
    """What a claim with no known product is about, from lexicons/outcomes.yml."""
    return load_kb(()).outcomes.outcomes_of(claim)


__all__ = ["Conditions", "DocumentCheck", "Rule", "RuleSet", "Selection", "ClaimFacts", "claim_matches", "escalators_applying",
           "load_pack", "load_rules", "only"]

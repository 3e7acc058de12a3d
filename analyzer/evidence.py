"""Stage 4: what the knowledge base says about each claim.

A claim linked to an intervention the knowledge base knows (``lexicons/interventions/``,
matched by ``entity_ids``) gets one ``Evidence`` per such intervention: the outcomes the claim
is about (``lexicons/outcomes.yml``: its conditions, else its category), a verdict per
jurisdiction and the facts and sources the verdicts rest on.

Verdict in one jurisdiction, first that holds (docs/knowledge-base-format.md):

1. the claim is within an approved indication there        -> ``approved_indication``
   (it names one of the indication's conditions, its words match the indication's phrases,
   or its sentence does and the claim is about the indication's outcome; and its words match
   none of the indication's ``unless_match`` phrases)
2. the product is approved there for other indications     -> ``off_label``
   (only when the knowledge base lists what it is approved for)
3. the product is unapproved there (or withdrawn, or an unauthorised food) -> ``unapproved``
4. the evidence for the claimed outcome is contradicted    -> ``contradicted``
5. … is none or insufficient                               -> ``no_evidence``
6. nothing known                                           -> ``unknown``

A claim with no outcome (a safety or superlative claim) cannot be within or outside an
indication: for an approved product it falls through to the evidence steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from analyzer.cache import cached, content_key
from analyzer.errors import LexiconError, cached_with_errors
from analyzer.knowledge import JURISDICTIONS, OUTCOMES, Intervention, entity_index, load_knowledge_base
from analyzer.datafile import check_keys, read_yaml
from analyzer.lexicon import lexicon_dirs
from analyzer.memo import ByIdentity
from analyzer.model import Claim, Evidence, EvidenceFact

APPROVED = ("approved", "approved_other_indications", "prescription_only", "device_cleared")
UNAPPROVED = ("unapproved", "withdrawn", "unauthorised_food")
# least favourable first: the overall verdict is the first of these that any jurisdiction has
VERDICT_ORDER = ("unapproved", "contradicted", "off_label", "no_evidence", "unknown", "approved_indication")


@dataclass(frozen=True)
class OutcomeMap:
    """``lexicons/outcomes.yml``: CONDITION id -> outcome, and category -> outcomes."""

    by_condition: dict[str, str]
    by_category: dict[str, tuple[str, ...]]

    def outcomes_of(self, claim: Claim) -> tuple[str, ...]:
        if not claim.conditions:
            return self.by_category.get(claim.category, ())
        from_conditions = tuple(dict.fromkeys(self.by_condition.get(c.id, "other") for c in claim.conditions))
        return from_conditions or self.by_category.get(claim.category, ())


def load_outcomes(path: Path) -> OutcomeMap:
    data = read_yaml(path)
    check_keys(str(path), data, {"conditions", "categories"}, {"conditions", "categories"})
    by_condition: dict[str, str] = {}
    for outcome, condition_ids in (data["conditions"] or {}).items():
        if outcome not in OUTCOMES:
            raise LexiconError(str(path), f"conditions: unknown outcome {outcome!r}; known: {list(OUTCOMES)}", "CA110")
        for condition_id in condition_ids or ():
            if condition_id in by_condition:
                raise LexiconError(str(path), f"condition {condition_id!r} is under both {by_condition[condition_id]!r} "
                                              f"and {outcome!r}", "CA141")
            by_condition[str(condition_id)] = outcome
    by_category: dict[str, tuple[str, ...]] = {}
    for category, outcomes in (data["categories"] or {}).items():
        for outcome in outcomes:
            if outcome not in OUTCOMES:
                raise LexiconError(str(path), f"categories.{category}: unknown outcome {outcome!r}", "CA110")
        by_category[str(category)] = tuple(outcomes)
    return OutcomeMap(by_condition, by_category)


@dataclass(frozen=True)
class KnowledgeBase:
    """The knowledge base as the evidence stage uses it."""

    entries: dict[str, Intervention]
    by_entity: dict[str, Intervention]
    outcomes: OutcomeMap

    @cached_property
    def by_applies_to(self) -> tuple[Intervention, ...]:
        return tuple(entry for entry in self.entries.values() if entry.applies_to is not None)


@cached_with_errors(maxsize=8)
def load_kb(extra_dirs: tuple[str, ...] = ()) -> KnowledgeBase:
    """Interventions of ``lexicons/interventions/`` and of any extra lexicon directory that has
    them (kept in the disk cache, :mod:`analyzer.cache`)."""
    return cached("kb", content_key("kb", lexicon_dirs(extra_dirs)), lambda: _load_kb(extra_dirs))


def _load_kb(extra_dirs: tuple[str, ...]) -> KnowledgeBase:
    entries: dict[str, Intervention] = {}
    outcomes = None
    for root in lexicon_dirs(extra_dirs):
        if (root / "interventions").is_dir() and any((root / "interventions").glob("*.yml")):
            entries.update(load_knowledge_base(root / "interventions"))  # an extra entry replaces a bundled one
        if (root / "outcomes.yml").exists():
            outcomes = load_outcomes(root / "outcomes.yml")
    if outcomes is None:
        raise LexiconError(str(lexicon_dirs()[0] / "outcomes.yml"), "missing", "CA143")
    return KnowledgeBase(entries, entity_index(entries), outcomes)


# --------------------------------------------------------------------------- verdicts


_NOT_WORD = regex.compile(r"[^\w%+']+")


@lru_cache(maxsize=1024)
def _words(text: str) -> str:
    """``text`` lower-cased, as words separated by single spaces (a claim's text and sentence
    are read for every indication in every jurisdiction)."""
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


_PHRASE_SEARCHES: ByIdentity = ByIdentity(4096)  # (phrases, lang) -> their search


def _phrases_search(phrases, lang: str):
    """One search for any of ``phrases`` written in ``lang``, in folded text: as whole words,
    or anywhere for Japanese; None when there is none."""
    return _PHRASE_SEARCHES.get(phrases, _compiled_search, lang)


def _compiled_search(phrases, lang: str):
    words = [text for text in dict.fromkeys(_words(phrase.text) for phrase in phrases if phrase.lang == lang) if text]
    if not words:
        return None
    if lang == "ja":
        return regex.compile("|".join(regex.escape(text.replace(" ", "")) for text in words)).search
    return regex.compile(rf"(?<!\w)(?:{'|'.join(regex.escape(text) for text in words)})(?!\w)").search


def _sentence_has(phrases, sentence: str, lang: str) -> bool:
    search = _phrases_search(phrases, lang)
    if search is None:
        return False
    text = _words(sentence)
    return search(text.replace(" ", "") if lang == "ja" else text) is not None


def _urls(sources) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source.url for source in sources))


def _indication_matched(entry: Intervention, jurisdiction: str, claim: Claim, outcomes: tuple[str, ...], lang: str):
    status = entry.status_in(jurisdiction)
    if status is None:
        return None
    condition_ids = {c.id for c in claim.conditions}
    for indication in status.approved_indications:
        if indication.exceptions and _sentence_has(indication.exceptions, claim.text, lang):
            continue  # ("cures diabetes": not what a product approved to treat it is approved for)
        if indication.conditions or indication.phrases:
            # the claim's own words name the indication; its sentence only when the claim is about the same outcome
            if (condition_ids & set(indication.conditions) or _sentence_has(indication.phrases, claim.text, lang)
                    or indication.outcome in outcomes and _sentence_has(indication.phrases, claim.sentence, lang)):
                return indication
        elif indication.outcome not in (None, "other", "any", "approved_indication") and indication.outcome in outcomes:
            return indication
    return None


def _evidence_levels(entry: Intervention, claim: Claim, outcomes: tuple[str, ...]):
    """The evidence entries about this claim: those naming its conditions, else those of its outcomes."""
    condition_ids = {c.id for c in claim.conditions}
    named = [e for e in entry.evidence if condition_ids & set(e.conditions)]
    if named:
        return named
    found = []
    for outcome in outcomes:
        found.extend(e for e in entry.evidence_for(outcome) if not e.conditions and e not in found)
    return found


def verdict_in(entry: Intervention, jurisdiction: str, claim: Claim, outcomes: tuple[str, ...], lang: str) -> tuple[str, list[EvidenceFact]]:
    """The verdict for ``claim`` about ``entry`` in one jurisdiction, and the facts it rests on."""
    status = entry.status_in(jurisdiction)
    if status is not None:
        indication = _indication_matched(entry, jurisdiction, claim, outcomes, lang)
        if indication is not None:
            return "approved_indication", [EvidenceFact("indication", jurisdiction, indication.text, _urls(indication.sources))]
        status_fact = EvidenceFact("status", jurisdiction, f"{status.status}" + (f": {status.note}" if status.note else ""),
                                   _urls(status.sources))
        knows_indications = bool(status.approved_indications) or status.status == "approved_other_indications"
        if status.status in APPROVED and outcomes and knows_indications:
            return "off_label", [status_fact]
        if status.status in UNAPPROVED:
            return "unapproved", [status_fact]
    levels = _evidence_levels(entry, claim, outcomes)
    facts = [EvidenceFact("evidence", None, f"{e.outcome}: {e.level}. {e.summary}", _urls(e.sources)) for e in levels]
    if any(e.level == "contradicted" for e in levels):
        return "contradicted", facts
    if any(e.level in ("none", "insufficient") for e in levels):
        return "no_evidence", facts
    return "unknown", facts


_EVIDENCE_CACHE: dict[tuple, tuple[Intervention, Evidence]] = {}  # the entry is kept so its id() stays its own
CACHE_LIMIT = 50_000


_READS_WORDS: ByIdentity[Intervention, bool] = ByIdentity(CACHE_LIMIT)


def _reads_words(entry: Intervention) -> bool:
    """Whether a verdict on ``entry`` reads the claim's words (indications named by phrases)."""
    return _READS_WORDS.get(entry, _names_indications_by_phrases)


def _names_indications_by_phrases(entry: Intervention) -> bool:
    return any(indication.phrases or indication.exceptions
               for status in entry.jurisdictions for indication in status.approved_indications)


def evidence_of(entry: Intervention, mention_text: str, claim: Claim, outcomes: tuple[str, ...], lang: str) -> Evidence:
    """The Evidence about ``claim`` for one knowledge-base entry. Remembered by everything it
    reads of the claim: a batch of ads makes the same claims about the same products."""
    words = (claim.text, claim.sentence) if _reads_words(entry) else None
    for_athletes = bool(claim.targets) and any(t.attribute("group") == "athlete" for t in claim.targets)
    key = (id(entry), mention_text, outcomes, tuple(c.id for c in claim.conditions), for_athletes, words, lang)
    found = _EVIDENCE_CACHE.get(key)
    if found is None:
        if len(_EVIDENCE_CACHE) > CACHE_LIMIT:
            _EVIDENCE_CACHE.clear()
        found = _EVIDENCE_CACHE[key] = (entry, _evidence_of(entry, mention_text, claim, outcomes, lang))
    return found[1]


def _evidence_of(entry: Intervention, mention_text: str, claim: Claim, outcomes: tuple[str, ...], lang: str) -> Evidence:
    verdicts: list[tuple[str, str]] = []
    facts: list[EvidenceFact] = []
    for jurisdiction in JURISDICTIONS:
        verdict, used = verdict_in(entry, jurisdiction, claim, outcomes, lang)
        verdicts.append((jurisdiction, verdict))
        facts.extend(fact for fact in used if fact not in facts)
    if claim.targets and any(t.attribute("group") == "athlete" for t in claim.targets):
        facts.extend(EvidenceFact("anti_doping", None, f"{f.body} {f.rule} ({f.status}): {f.note}", _urls(f.sources))
                     for f in entry.anti_doping)
    overall = next(v for v in VERDICT_ORDER if v in {verdict for _, verdict in verdicts})
    return Evidence(entry.id, entry.title, entry.kind, mention_text, outcomes, overall, tuple(verdicts), tuple(facts))


def _applies_to_entries(kb: KnowledgeBase, claim: Claim) -> list[Intervention]:
    """Entries about a way of use (IV infusions for athletes) that fit the claim."""
    if not claim.interventions or not claim.targets:
        return []  # (no route, or no group, to fit)
    routes = {m.attribute("route") for m in claim.interventions}
    groups = {t.attribute("group") for t in claim.targets}
    return [entry for entry in kb.by_applies_to
            if routes & set(entry.applies_to.routes) and groups & set(entry.applies_to.targets)]


def claim_evidence(claim: Claim, kb: KnowledgeBase, lang: str = "en") -> tuple[Evidence, ...]:
    """One Evidence per distinct knowledge-base entry linked to the claim (none: nothing known)."""
    if not claim.interventions:
        return ()  # (an entry is linked by an intervention the claim names)
    outcomes = kb.outcomes.outcomes_of(claim)
    seen: dict[str, Evidence] = {}
    for mention in claim.interventions:
        entry = kb.by_entity.get(mention.id)
        if entry is not None and entry.id not in seen:
            seen[entry.id] = evidence_of(entry, mention.text, claim, outcomes, lang)
    for entry in _applies_to_entries(kb, claim):
        if entry.id not in seen:
            seen[entry.id] = evidence_of(entry, claim.interventions[0].text, claim, outcomes, lang)
    return tuple(seen.values())


def attach_evidence(claims: list[Claim], kb: KnowledgeBase, lang: str = "en") -> list[Claim]:
    """Each claim with its evidence (:func:`claim_evidence`). A claim that names no
    intervention gets none, and is kept as it is when it has none already."""
    attached = []
    for claim in claims:
        if not claim.interventions and not claim.evidence:
            attached.append(claim)  # (its evidence would be () again)
            continue
        # a copy with the evidence set, as analyzer.model.evolve makes it (the field name is known)
        copy = object.__new__(Claim)
        copy.__dict__.update(claim.__dict__, evidence=claim_evidence(claim, kb, lang))
        attached.append(copy)
    return attached


def verdicts_of(claim: Claim, jurisdiction: str | None) -> set[str]:
    """The verdicts a rule of ``jurisdiction`` (US/JP/EU/UK, or None) sees for this claim."""
    if not claim.evidence:
        return {"unknown"}
    return {evidence.verdict_in(jurisdiction) for evidence in claim.evidence}

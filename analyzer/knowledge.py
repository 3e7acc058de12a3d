"""Load and check the evidence-and-approval knowledge base, ``lexicons/interventions/<id>.yml``.

One file per intervention (format: ``docs/knowledge-base-format.md``): its names, the
approval status and approved indications per jurisdiction (US, JP, EU, UK), the evidence
level per outcome clinics claim, the main known risks and anti-doping facts. Every fact
carries at least one source: an http(s) URL and the date it was checked (YYYY-MM-DD).

Entry points, all pure (they read files, nothing else):

- ``load_knowledge_base(directory) -> dict[str, Intervention]``: every ``*.yml`` file of the
  directory, keyed by id; also checks that no entity id belongs to two entries.
- ``load_intervention_file(path) -> Intervention``: one file; its ``id`` must equal its name.
- ``parse_intervention(data, where) -> Intervention``: one already-parsed mapping.
- ``entity_index(kb) -> dict[str, Intervention]``: INTERVENTION entity id -> its entry.

Anything malformed raises ``analyzer.errors.LexiconError`` naming the file and the place, with
a code: CA101 not YAML or not a mapping, CA102 unknown key, CA103 missing key, CA110 a value
outside its allowed set, CA113 a fact without a valid source, CA140 id not matching the file
name or not ``[a-z0-9_]``, CA141 an entity id claimed by two entries, CA142 wrong type (a list or
text was expected), CA143 the directory is missing or holds no file.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

from analyzer.datafile import LOADER, check_keys
from analyzer.errors import LexiconError
from analyzer.lexicon import expand

JURISDICTIONS = ("US", "JP", "EU", "UK")
STATUSES = ("approved", "approved_other_indications", "unapproved", "not_a_medicine", "device_cleared",
            "prescription_only", "provider_plan", "unauthorised_food", "withdrawn", "unknown")
KINDS = ("drug", "biologic", "cell_product", "device", "supplement", "procedure", "iv_nutrient")
ROUTES = ("iv", "injection", "oral", "topical", "inhaled", "procedure")
OUTCOMES = ("cancer", "anti_aging", "skin", "hair", "joint", "recovery", "performance", "immunity", "weight",
            "energy", "detox", "neuro", "autism", "fertility", "covid", "approved_indication", "other", "any")
EVIDENCE_LEVELS = ("none", "insufficient", "low", "moderate", "high", "contradicted")
ANTI_DOPING_STATUSES = ("prohibited", "restricted", "permitted")
TARGET_GROUPS = ("athlete", "minor", "elderly")

ID_PATTERN = r"[a-z0-9_]+"
DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"

TOP_KEYS = {"id", "title", "entity_ids", "names", "kind", "routes", "jurisdictions", "evidence", "risks",
            "anti_doping", "applies_to", "note"}
TOP_REQUIRED = {"id", "title", "entity_ids", "names", "kind", "routes", "jurisdictions", "evidence", "risks"}
STATUS_KEYS = {"status", "approved_indications", "prescription_only", "note", "sources"}
INDICATION_KEYS = {"text", "outcome", "conditions", "match", "unless_match", "sources"}
EVIDENCE_KEYS = {"outcome", "level", "summary", "conditions", "sources"}
RISK_KEYS = {"risk", "sources"}
ANTI_DOPING_KEYS = {"body", "rule", "status", "note", "sources"}
SOURCE_KEYS = {"url", "checked", "via"}


# --------------------------------------------------------------------------- data classes


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: the page, the day it was checked, and (optionally) the digest read."""

    url: str
    checked: str  # YYYY-MM-DD
    via: str = ""


@dataclass(frozen=True)
class Phrase:
    """A name or match string in one language."""

    lang: str
    text: str


@dataclass(frozen=True)
class Indication:
    """An approved indication. A claim is within it when it names one of ``conditions``
    (CONDITION entity ids) or its sentence matches one of ``phrases`` (expanded ``match``), and
    its own words match none of ``exceptions`` (expanded ``unless_match``: "cures diabetes" for a
    product approved to treat it)."""

    text: str
    outcome: str | None
    conditions: tuple[str, ...]
    phrases: tuple[Phrase, ...]
    sources: tuple[Source, ...]  # its own, or those of its jurisdiction entry
    exceptions: tuple[Phrase, ...] = ()


@dataclass(frozen=True)
class JurisdictionStatus:
    jurisdiction: str  # US | JP | EU | UK
    status: str
    approved_indications: tuple[Indication, ...]
    prescription_only: bool | None
    note: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Evidence:
    """The evidence level for one outcome clinics claim (``any`` = every outcome not listed)."""

    outcome: str
    level: str
    summary: str
    conditions: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Risk:
    risk: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class AntiDopingFact:
    body: str  # WADA, USADA, NPB …
    rule: str  # e.g. "M2.2"
    status: str  # prohibited | restricted | permitted
    note: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class AppliesTo:
    """For an entry about a way of use rather than a product (IV infusions for athletes):
    it applies to any intervention given by one of ``routes`` to one of ``targets``."""

    routes: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Intervention:
    id: str
    title: str
    entity_ids: tuple[str, ...]
    names: tuple[Phrase, ...]
    kind: str
    routes: tuple[str, ...]
    jurisdictions: tuple[JurisdictionStatus, ...]
    evidence: tuple[Evidence, ...]
    risks: tuple[Risk, ...]
    anti_doping: tuple[AntiDopingFact, ...] = ()
    applies_to: AppliesTo | None = None
    note: str = ""
    path: str = ""

    def status_in(self, jurisdiction: str) -> JurisdictionStatus | None:
        """The entry for ``US``/``JP``/``EU``/``UK``, or None when nothing is known there."""
        return next((j for j in self.jurisdictions if j.jurisdiction == jurisdiction), None)

    def names_in(self, lang: str) -> tuple[str, ...]:
        return tuple(name.text for name in self.names if name.lang == lang)

    def evidence_for(self, outcome: str) -> tuple[Evidence, ...]:
        """Evidence entries for ``outcome``; the ``any`` entries when there is none for it."""
        found = tuple(e for e in self.evidence if e.outcome == outcome)
        return found or tuple(e for e in self.evidence if e.outcome == "any")

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every distinct source the entry cites, in order of first use."""
        facts = (*self.jurisdictions, *self.evidence, *self.risks, *self.anti_doping)
        seen: dict[tuple[str, str], Source] = {}
        for fact in facts:
            for source in fact.sources:
                seen.setdefault((source.url, source.via), source)
        return tuple(seen.values())


# --------------------------------------------------------------------------- checking helpers


def _keys(where: str, entry, allowed: set[str], required: set[str]) -> dict:
    return check_keys(where, entry, allowed, required, not_mapping_code="CA142")


def _one_of(where: str, name: str, value, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise LexiconError(where, f"{name} must be one of {list(allowed)}, got {value!r}", "CA110")
    return value


def _text(where: str, name: str, value, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise LexiconError(where, f"{name} must be non-empty text, got {value!r}", "CA142")
    return value.strip()


def _list(where: str, name: str, value) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise LexiconError(where, f"{name} must be a list, got {value!r}", "CA142")
    return value


def _texts(where: str, name: str, value) -> tuple[str, ...]:
    return tuple(_text(f"{where}: {name}[{n}]", name, item) for n, item in enumerate(_list(where, name, value), 1))


def _ids(where: str, name: str, value) -> tuple[str, ...]:
    ids = _texts(where, name, value)
    for item in ids:
        if not regex.fullmatch(ID_PATTERN, item):
            raise LexiconError(where, f"{name}: {item!r} is not an id ([a-z0-9_])", "CA140")
    return ids


def _phrases(where: str, name: str, value, expand_groups: bool) -> tuple[Phrase, ...]:
    """``{en: [...], ja: [...]}`` -> Phrases; match strings are expanded like lexicon phrases."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise LexiconError(where, f"{name} must map a language code to a list, got {value!r}", "CA142")
    phrases: list[Phrase] = []
    for lang, items in value.items():
        for text in _texts(where, f"{name}.{lang}", items):
            for phrase in (expand(text, where) if expand_groups else [text]):
                phrases.append(Phrase(str(lang), phrase))
    return tuple(phrases)


def check_sources(where: str, sources) -> tuple[Source, ...]:
    """At least one source, each with an http(s) ``url`` and a ``checked`` date (YYYY-MM-DD)."""
    if not sources:
        raise LexiconError(where, "a fact needs at least one source {url, checked}", "CA113")
    if not isinstance(sources, list):
        raise LexiconError(where, f"sources must be a list, got {sources!r}", "CA113")
    checked_sources = []
    for number, source in enumerate(sources, start=1):
        place = f"{where}: sources[{number}]"
        if not isinstance(source, dict) or set(source) - SOURCE_KEYS:
            raise LexiconError(place, f"a source is {{url, checked, via?}}, got {source!r}", "CA113")
        url, checked = source.get("url"), source.get("checked")
        if isinstance(checked, datetime.date):  # an unquoted YAML date
            checked = checked.isoformat()
        if not isinstance(url, str) or not regex.fullmatch(r"https?://\S+", url):
            raise LexiconError(place, f"source needs an http(s) url, got {url!r}", "CA113")
        if not isinstance(checked, str) or not regex.fullmatch(DATE_PATTERN, checked) or not _is_date(checked):
            raise LexiconError(place, f"source needs a checked date YYYY-MM-DD, got {checked!r}", "CA113")
        checked_sources.append(Source(url, checked, _text(place, "via", source.get("via"), required=False)))
    return tuple(checked_sources)


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- parsing


def _indication(where: str, entry, inherited: tuple[Source, ...]) -> Indication:
    if isinstance(entry, str):
        return Indication(_text(where, "indication", entry), entry if entry in OUTCOMES else None, (), (), inherited)
    _keys(where, entry, INDICATION_KEYS, {"text"})
    outcome = entry.get("outcome")
    if outcome is not None:
        _one_of(where, "outcome", outcome, OUTCOMES)
    return Indication(
        text=_text(where, "text", entry["text"]),
        outcome=outcome,
        conditions=_ids(where, "conditions", entry.get("conditions")),
        phrases=_phrases(where, "match", entry.get("match"), expand_groups=True),
        sources=check_sources(where, entry["sources"]) if "sources" in entry else inherited,
        exceptions=_phrases(where, "unless_match", entry.get("unless_match"), expand_groups=True),
    )


def _jurisdiction(where: str, code: str, entry) -> JurisdictionStatus:
    _keys(where, entry, STATUS_KEYS, {"status", "sources"})
    sources = check_sources(where, entry["sources"])
    prescription_only = entry.get("prescription_only")
    if prescription_only is not None and not isinstance(prescription_only, bool):
        raise LexiconError(where, f"prescription_only must be true or false, got {prescription_only!r}", "CA142")
    indications = _list(where, "approved_indications", entry.get("approved_indications"))
    return JurisdictionStatus(
        jurisdiction=code,
        status=_one_of(where, "status", entry["status"], STATUSES),
        approved_indications=tuple(_indication(f"{where}: approved_indications[{n}]", item, sources)
                                   for n, item in enumerate(indications, start=1)),
        prescription_only=prescription_only,
        note=_text(where, "note", entry.get("note"), required=False),
        sources=sources,
    )


def _evidence(where: str, entry) -> Evidence:
    _keys(where, entry, EVIDENCE_KEYS, {"outcome", "level", "summary", "sources"})
    return Evidence(
        outcome=_one_of(where, "outcome", entry["outcome"], OUTCOMES),
        level=_one_of(where, "level", entry["level"], EVIDENCE_LEVELS),
        summary=_text(where, "summary", entry["summary"]),
        conditions=_ids(where, "conditions", entry.get("conditions")),
        sources=check_sources(where, entry["sources"]),
    )


def _risk(where: str, entry) -> Risk:
    _keys(where, entry, RISK_KEYS, {"risk", "sources"})
    return Risk(_text(where, "risk", entry["risk"]), check_sources(where, entry["sources"]))


def _anti_doping(where: str, entry) -> AntiDopingFact:
    _keys(where, entry, ANTI_DOPING_KEYS, {"body", "rule", "status", "note", "sources"})
    return AntiDopingFact(
        body=_text(where, "body", entry["body"]),
        rule=_text(where, "rule", entry["rule"]),
        status=_one_of(where, "status", entry["status"], ANTI_DOPING_STATUSES),
        note=_text(where, "note", entry["note"]),
        sources=check_sources(where, entry["sources"]),
    )


def _applies_to(where: str, entry) -> AppliesTo | None:
    if entry is None:
        return None
    _keys(where, entry, {"routes", "targets"}, {"routes", "targets"})
    routes = _texts(where, "routes", entry["routes"])
    targets = _texts(where, "targets", entry["targets"])
    for route in routes:
        _one_of(where, "routes", route, ROUTES)
    for target in targets:
        _one_of(where, "targets", target, TARGET_GROUPS)
    return AppliesTo(routes, targets)


def parse_intervention(data, where: str) -> Intervention:
    """Check one knowledge-base entry (an already-loaded YAML mapping) and build it.

    Raises LexiconError (``where`` + the place inside the entry) on the first problem: a
    missing or unknown key, a value outside its allowed set, or a status, indication,
    evidence, risk or anti-doping fact without a source {url: http(s)…, checked: YYYY-MM-DD}.
    """
    if not isinstance(data, dict):
        raise LexiconError(where, "top level must be a mapping", "CA101")
    _keys(where, data, TOP_KEYS, TOP_REQUIRED)
    entry_id = _text(where, "id", data["id"])
    if not regex.fullmatch(ID_PATTERN, entry_id):
        raise LexiconError(where, f"id {entry_id!r} must be lowercase [a-z0-9_]", "CA140")
    routes = _texts(where, "routes", data["routes"])
    for route in routes:
        _one_of(where, "routes", route, ROUTES)
    jurisdictions = data["jurisdictions"] or {}
    if not isinstance(jurisdictions, dict):
        raise LexiconError(where, "jurisdictions must map US/JP/EU/UK to a status entry", "CA142")
    statuses = tuple(_jurisdiction(f"{where}: jurisdictions.{code}", _one_of(where, "jurisdiction", code, JURISDICTIONS),
                                   entry) for code, entry in jurisdictions.items())
    anti_doping = tuple(_anti_doping(f"{where}: anti_doping[{n}]", item)
                        for n, item in enumerate(_list(where, "anti_doping", data.get("anti_doping")), start=1))
    if not statuses and not anti_doping:
        raise LexiconError(where, "an entry needs at least one jurisdiction status or anti-doping fact", "CA103")
    names = _phrases(where, "names", data["names"], expand_groups=False)
    if not names:
        raise LexiconError(where, "names must list at least one name", "CA103")
    return Intervention(
        id=entry_id,
        title=_text(where, "title", data["title"]),
        entity_ids=_ids(where, "entity_ids", data["entity_ids"]),
        names=names,
        kind=_one_of(where, "kind", data["kind"], KINDS),
        routes=routes,
        jurisdictions=statuses,
        evidence=tuple(_evidence(f"{where}: evidence[{n}]", item)
                       for n, item in enumerate(_list(where, "evidence", data["evidence"]), start=1)),
        risks=tuple(_risk(f"{where}: risks[{n}]", item)
                    for n, item in enumerate(_list(where, "risks", data["risks"]), start=1)),
        anti_doping=anti_doping,
        applies_to=_applies_to(f"{where}: applies_to", data.get("applies_to")),
        note=_text(where, "note", data.get("note"), required=False),
        path=where,
    )


def load_intervention_file(path: Path) -> Intervention:
    """One ``<id>.yml`` file; its ``id`` must equal the file name."""
    try:
        with Path(path).open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=LOADER)  # libyaml when present: the KB loads at start-up
    except yaml.YAMLError as error:
        raise LexiconError(str(path), f"not valid YAML: {str(error).splitlines()[0]}", "CA101") from error
    except OSError as error:
        raise LexiconError(str(path), f"cannot be read: {error.strerror}", "CA143") from error
    intervention = parse_intervention(data, str(path))
    if intervention.id != Path(path).stem:
        raise LexiconError(str(path), f"id {intervention.id!r} must equal the file name {Path(path).stem!r}", "CA140")
    return intervention


def load_knowledge_base(directory: Path | str) -> dict[str, Intervention]:
    """Every ``*.yml`` entry of ``directory`` (e.g. ``lexicons/interventions``), keyed by id.

    Also checks that each INTERVENTION entity id belongs to at most one entry, so a claim's
    linked entity leads to exactly one set of facts. Raises LexiconError on the first bad file.
    """
    directory = Path(directory)
    paths = sorted(directory.glob("*.yml")) if directory.is_dir() else []
    if not paths:
        raise LexiconError(str(directory), "no knowledge-base files (*.yml) found", "CA143")
    knowledge: dict[str, Intervention] = {}
    owner_of_entity: dict[str, str] = {}
    for path in paths:
        intervention = load_intervention_file(path)
        for entity_id in intervention.entity_ids:
            if entity_id in owner_of_entity:
                raise LexiconError(str(path), f"entity id {entity_id!r} already belongs to "
                                              f"{owner_of_entity[entity_id]!r}", "CA141")
            owner_of_entity[entity_id] = intervention.id
        knowledge[intervention.id] = intervention
    return knowledge


def entity_index(knowledge: dict[str, Intervention]) -> dict[str, Intervention]:
    """INTERVENTION entity id (from ``lexicons/entities/<lang>/intervention.yml``) -> its entry."""
    return {entity_id: entry for entry in knowledge.values() for entity_id in entry.entity_ids}

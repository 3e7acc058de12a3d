"""Load and validate the YAML lexicons under ``lexicons/``.

The format is described in ``docs/lexicon-format.md``. Everything here is pure data loading:
the matchers that use these rules are built in ``analyzer.nlp``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import regex

from analyzer.cache import cached, content_key
from analyzer.context import AnswerRule, AnswerRules, OffTopic, PersonalDoubt, ReportGenre, ScareQuotes
from analyzer.datafile import check_keys as _check_keys
from analyzer.datafile import read_yaml as _read_yaml
from analyzer.errors import LexiconError, cached_with_errors
from analyzer.patterns import compile_pattern
from analyzer.resources import data_dir

MAX_EXPANSION = 5000
ENTITY_LABELS = ("INTERVENTION", "CONDITION", "TARGET", "PROMO")
CONTEXT_STATUSES = ("negated", "hedged", "reported", "question", "conditional", "pseudo", "relay", "mention",
                    "terminate", "not_question", "presupposing", "voice", "ad_label", "doubt", "topic", "elsewhere",
                    "own_release", "insider", "report_layout", "topic_lead", "critique")
DIRECTIONS = ("forward", "backward", "both")
CUE_DIRECTIONS = ("after", "before", "either")
SEVERITY_NAMES = ("critical", "high", "medium", "low")

def _parse(match: str, position: int, where: str, depth: int) -> tuple[list[str], int]:
    """Phrases of ``match`` from ``position`` up to a closing ')' or '|' at this depth."""
    phrases = [""]
    while position < len(match):
        char = match[position]
        if char == "(":
            options: list[str] = []
            position += 1
            while True:
                alternative, position = _parse(match, position, where, depth + 1)
                options.extend(alternative)
                if position >= len(match):
                    raise LexiconError(where, f"unbalanced group in {match!r}", "CA104")
                if match[position] == ")":
                    position += 1
                    break
                position += 1  # skip '|'
            if position < len(match) and match[position] == "?":
                options = [""] + options
                position += 1
            elif position < len(match) and match[position] in "*+{":
                raise LexiconError(where, f"{match!r}: a group takes only '?' (optional), not "
                                          f"{match[position]!r}; write the repeated forms out", "CA104")
            phrases = [p + o for p in phrases for o in options]
            if len(phrases) > MAX_EXPANSION:
                raise LexiconError(where, f"{match!r} expands to over {MAX_EXPANSION} phrases", "CA105")
        elif char in "|)":
            if depth == 0:
                raise LexiconError(where, f"unbalanced group in {match!r}", "CA104")
            return phrases, position
        else:
            phrases = [p + char for p in phrases]
            position += 1
    if depth:
        raise LexiconError(where, f"unbalanced group in {match!r}", "CA104")
    return phrases, position


def expand(match: str, where: str = "<string>") -> list[str]:
    """Expand ``(a|b)`` and ``(a|b)?`` groups (nesting allowed) into plain phrases.

    >>> expand("(cure|cures) (of )?cancer")
    ['cure cancer', 'cure of cancer', 'cures cancer', 'cures of cancer']
    """
    return sorted(set(expand_all(match, where)) - {""})


def expand_all(match: str, where: str = "<string>") -> list[str]:
    """:func:`expand`, keeping an empty result (an optional group on its own: ``(very )?``)."""
    phrases, _ = _parse(match, 0, where, 0)
    return list(dict.fromkeys(" ".join(p.split()) for p in phrases))


def check_groups(match: str, where: str) -> None:
    """Raise CA104 on unbalanced parentheses (cheap; full expansion happens when compiled)."""
    depth = 0
    for char in match:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            break
    if depth != 0:
        raise LexiconError(where, f"unbalanced group in {match!r}", "CA104")
    stray = regex.search(r"\\|(?<!\))\?", match)
    if stray:
        raise LexiconError(where, f"{match!r}: {stray.group()!r} at {stray.start()} is no group syntax "
                           "(write (x)? for an optional x; no backslashes)", "CA114")


@dataclass(frozen=True)
class ClaimRule:
    """A term (claim on its own), a cue (claim with an entity nearby) or a token pattern."""

    key: str
    category: str
    kind: str  # term | cue | pattern | exclusion
    matches: tuple[str, ...]  # match strings with (a|b) groups, compiled by analyzer.phrases
    pattern: tuple
    note: str
    confidence: float
    needs: tuple[str, ...]
    near: str | None
    window: int
    direction: str
    where: str = ""
    # The entry names the risk or burden itself ("shows up in a doping test", "have to diet"):
    # denying it is the promise ("It does not show up in a doping test", "Do I have to diet?" -
    # "No."), and affirming it promises nothing, so negated and asserted swap.
    inverted: bool = False


@dataclass(frozen=True)
class EntityRule:
    key: str
    label: str
    id: str
    matches: tuple[str, ...]
    attributes: tuple[tuple[str, object], ...]
    where: str = ""
    pattern: tuple = ()  # a token pattern naming the entity (entry ``patterns``), one rule each


@dataclass(frozen=True)
class ContextRule:
    key: str
    status: str
    direction: str
    max_scope: int | None
    matches: tuple[str, ...]
    note: str
    where: str = ""
    categories: tuple[str, ...] = ()  # ad_label: the claim categories a label on the page clears
    pattern: tuple = ()  # a token pattern instead of ``matches`` (entry ``pattern``)


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    severity: str
    message: str
    escalate_if: tuple[str, ...]
    document_level: bool
    # Disclosure items (lexicons/disclosures/items.yml) that, all present on a page, lift the
    # restriction on this category there (Japan's 限定解除): its claims are shown, not charged.
    cleared_by_disclosure: tuple[str, ...] = ()
    # For a claim that states an approval: words that name a regulator or country -> its
    # jurisdiction in the knowledge base ("fda" -> US), and words that make the approval
    # claimed not the one the knowledge base records ("compounded"). A claim naming only
    # jurisdictions where the knowledge base records every linked product as approved is true:
    # shown, not charged (see analyzer.findings.true_approval_claims).
    verified_by_kb: tuple[tuple[str, str], ...] = ()  # (word, jurisdiction) pairs
    verified_unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Escalator:
    name: str
    label: str
    attribute: str
    values: tuple


@dataclass(frozen=True)
class DerivedRule:
    """A claim about one of ``interventions`` is also a claim of ``category``: any claim, or,
    when ``implied_by`` is given, only a claim of one of those categories."""

    category: str
    interventions: frozenset[str]
    note: str
    sources: tuple[str, ...]
    implied_by: frozenset[str] | None = None  # None: a claim of any category implies it


@dataclass(frozen=True)
class Taxonomy:
    categories: dict[str, Category]
    escalators: dict[str, Escalator]
    derived: tuple[DerivedRule, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    lang: str
    claim_rules: tuple[ClaimRule, ...]
    entity_rules: tuple[EntityRule, ...]
    context_rules: tuple[ContextRule, ...]
    report_genre: ReportGenre | None = None  # when a document reads as a report (context file ``report_genre``)
    answers: AnswerRules | None = None  # how a question is answered at once (context file ``answers``)
    personal_doubt: PersonalDoubt | None = None  # what a writer's doubt hedges (context file ``personal_doubt``)
    off_topic: OffTopic | None = None  # when a page is not about health (context file ``off_topic``)
    scare_quotes: ScareQuotes | None = None  # a term kept at a distance (context file ``scare_quotes``)

    @cached_property
    def rule(self) -> Callable[[str], ClaimRule | EntityRule | ContextRule]:
        """The rule of a key: ``lexicon.rule(key)``, a lookup in a dict made on first use (called
        for every hit of every page: a method doing the lookup costs two Python calls a hit)."""
        return {r.key: r for r in (*self.claim_rules, *self.entity_rules, *self.context_rules)}.__getitem__


# --------------------------------------------------------------------------- helpers


def _confidence(where: str, entry: dict) -> float:
    value = entry.get("confidence", 0.85)
    if not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise LexiconError(where, f"confidence must be a number from 0 to 1, got {value!r}", "CA106")
    return float(value)


def _token_pattern(where: str, value) -> tuple:
    """A token pattern of a claim or entity entry, compiled once now so that an unknown
    attribute is an error naming the file."""
    if not isinstance(value, list) or not value:
        raise LexiconError(where, "pattern must be a non-empty list of token specs", "CA109")
    pattern = tuple(value)
    compile_pattern(where, pattern, where)
    return pattern


def _category_ids(values) -> bool:
    """Whether ``values`` is a list of taxonomy-id shaped strings (SAFETY_ABSOLUTE …)."""
    return isinstance(values, (list, tuple)) and all(isinstance(v, str) and re.fullmatch(r"[A-Z][A-Z_]+", v) for v in values)


def _needs(where: str, entry: dict) -> tuple[str, ...]:
    needs = tuple(entry.get("needs") or ())
    for label in needs:
        if label not in ENTITY_LABELS:
            raise LexiconError(where, f"needs: unknown entity label {label!r}; known: {list(ENTITY_LABELS)}", "CA107")
    return needs


# --------------------------------------------------------------------------- loaders

TERM_KEYS = {"match", "note", "confidence", "needs", "inverted"}
CUE_KEYS = TERM_KEYS | {"near", "window", "direction"}
PATTERN_KEYS = {"pattern", "note", "confidence", "needs", "inverted"}


def load_claim_file(path: Path, categories: set[str]) -> list[ClaimRule]:
    data = _read_yaml(path)
    _check_keys(str(path), data, {"category", "lang", "description", "terms", "cues", "patterns", "exclusions"},
                {"category", "lang"})
    category = data["category"]
    if category not in categories:
        raise LexiconError(str(path), f"unknown category {category!r}", "CA108")
    rules: list[ClaimRule] = []
    for kind, keys, required in (("term", TERM_KEYS, {"match", "note"}), ("cue", CUE_KEYS, {"match", "note", "near"}),
                                 ("pattern", PATTERN_KEYS, {"pattern", "note"}),
                                 ("exclusion", {"match", "pattern", "note"}, {"note"})):
        for number, entry in enumerate(data.get(kind + "s") or (), start=1):
            where = f"{path}: {kind}s[{number}]"
            _check_keys(where, entry, keys, required)
            if kind == "exclusion" and ("match" in entry) == ("pattern" in entry):
                raise LexiconError(where, "an exclusion has either a match or a pattern", "CA102")
            matches: tuple[str, ...] = ()
            pattern: tuple = ()
            if "pattern" in entry:
                pattern = _token_pattern(where, entry["pattern"])
            else:
                check_groups(str(entry["match"]), where)
                matches = (str(entry["match"]),)
            near = entry.get("near")
            if near is not None and near not in ENTITY_LABELS:
                raise LexiconError(where, f"near: unknown entity label {near!r}", "CA107")
            inverted = entry.get("inverted", False)
            if not isinstance(inverted, bool):
                raise LexiconError(where, "inverted must be true or false", "CA109")
            direction = entry.get("direction", "either")
            if kind == "cue" and direction not in CUE_DIRECTIONS:
                raise LexiconError(where, f"direction must be one of {list(CUE_DIRECTIONS)}", "CA110")
            rules.append(
                ClaimRule(
                    key=f"{category}:{path.stem}:{kind}:{number}",
                    category=category,
                    kind=kind,
                    matches=matches,
                    pattern=pattern,
                    note=str(entry["note"]),
                    confidence=_confidence(where, entry),
                    needs=_needs(where, entry),
                    near=near,
                    window=int(entry.get("window", 6)),
                    direction=direction,
                    where=where,
                    inverted=inverted,
                )
            )
    return rules


ENTITY_ATTRIBUTES = {
    "INTERVENTION": {"kind", "route"},
    "CONDITION": {"serious"},
    "TARGET": {"group"},
    "PROMO": set(),
}


def load_entity_file(path: Path) -> list[EntityRule]:
    data = _read_yaml(path)
    _check_keys(str(path), data, {"label", "lang", "description", "entities"}, {"label", "lang", "entities"})
    label = data["label"]
    if label not in ENTITY_LABELS:
        raise LexiconError(str(path), f"unknown entity label {label!r}", "CA107")
    rules = []
    for number, entry in enumerate(data["entities"] or (), start=1):
        where = f"{path}: entities[{number}]"
        _check_keys(where, entry, {"id", "names", "patterns", "note"} | ENTITY_ATTRIBUTES[label], {"id", "names"})
        for name in entry["names"]:
            check_groups(str(name), where)
        attributes = tuple(sorted((k, entry[k]) for k in ENTITY_ATTRIBUTES[label] if k in entry))
        rules.append(EntityRule(f"{label}:{entry['id']}:{number}", label, str(entry["id"]),
                                tuple(str(n) for n in entry["names"]), attributes, where))
        for pattern_number, value in enumerate(entry.get("patterns") or (), start=1):
            at = f"{where}: patterns[{pattern_number}]"
            rules.append(EntityRule(f"{label}:{entry['id']}:{number}:pattern:{pattern_number}", label, str(entry["id"]),
                                    (), attributes, at, _token_pattern(at, value)))
    return rules


@dataclass(frozen=True)
class ContextFile:
    """What one context file holds: its rules and its page-level blocks (each None when unset)."""

    rules: list[ContextRule]
    report_genre: ReportGenre | None = None
    answers: AnswerRules | None = None
    personal_doubt: PersonalDoubt | None = None
    off_topic: OffTopic | None = None
    scare_quotes: ScareQuotes | None = None


def load_context_file(path: Path) -> ContextFile:
    """The context rules of one file and its page-level blocks (see ContextFile)."""
    data = _read_yaml(path)
    _check_keys(str(path), data, {"lang", "rules", "description", "report_genre", "answers", "personal_doubt",
                                  "off_topic", "scare_quotes"}, {"lang", "rules"})
    rules = []
    for number, entry in enumerate(data["rules"] or (), start=1):
        where = f"{path}: rules[{number}]"
        _check_keys(where, entry, {"match", "pattern", "status", "direction", "max_scope", "note", "categories"},
                    {"status", "note"})
        if ("match" in entry) == ("pattern" in entry):
            raise LexiconError(where, "a context rule has either match (a phrase) or pattern (token specs)", "CA110")
        if "match" in entry:
            check_groups(str(entry["match"]), where)
        if entry["status"] not in CONTEXT_STATUSES:
            raise LexiconError(where, f"status must be one of {list(CONTEXT_STATUSES)}", "CA110")
        categories = entry.get("categories") or ()
        if (entry["status"] == "ad_label") != bool(categories) or not _category_ids(categories):
            raise LexiconError(where, "an ad_label rule needs categories (taxonomy ids it clears); no other rule takes them", "CA110")
        direction = entry.get("direction", "forward")
        if direction not in DIRECTIONS:
            raise LexiconError(where, f"direction must be one of {list(DIRECTIONS)}", "CA110")
        rules.append(
            ContextRule(
                key=f"context:{path.stem}:{number}",
                status=entry["status"],
                direction=direction,
                max_scope=entry.get("max_scope"),
                matches=(str(entry["match"]),) if "match" in entry else (),
                note=str(entry["note"]),
                where=where,
                categories=tuple(categories),
                pattern=_token_pattern(where, entry["pattern"]) if "pattern" in entry else (),
            )
        )
    genre = _report_genre(f"{path}: report_genre", data["report_genre"]) if data.get("report_genre") else None
    answers = _answer_rules(f"{path}: answers", data["answers"]) if data.get("answers") else None
    doubt = _personal_doubt(f"{path}: personal_doubt", data["personal_doubt"]) if data.get("personal_doubt") else None
    topic = _off_topic(f"{path}: off_topic", data["off_topic"]) if data.get("off_topic") else None
    scare = _scare_quotes(f"{path}: scare_quotes", data["scare_quotes"]) if data.get("scare_quotes") else None
    return ContextFile(rules, genre, answers, doubt, topic, scare)


def _entity_labels(where: str, data: dict, key: str) -> tuple[str, ...] | None:
    """The entity labels listed under ``key`` (None when the key is absent); an error naming the
    file when they are no list of known labels."""
    labels = data.get(key)
    if labels is not None and (not isinstance(labels, list) or not all(label in ENTITY_LABELS for label in labels)):
        raise LexiconError(where, f"{key} must be a list of entity labels {list(ENTITY_LABELS)}", "CA107")
    return tuple(labels) if labels is not None else None


def _taxonomy_ids(where: str, data: dict, key: str) -> tuple[str, ...]:
    """The taxonomy ids listed under ``key`` (none when absent); an error naming the file when
    they are no list of ids."""
    values = data.get(key) or []
    if not isinstance(values, list) or not _category_ids(values):
        raise LexiconError(where, f"{key} must be a list of taxonomy ids", "CA110")
    return tuple(values)


def _count(where: str, data: dict, key: str) -> int:
    """A whole number above 0 under ``key``; an error naming the file otherwise."""
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise LexiconError(where, f"{key} must be a whole number above 0", "CA110")
    return value


def _scare_quotes(where: str, data) -> ScareQuotes:
    """The ``scare_quotes`` block of a context file (see analyzer.context.ScareQuotes)."""
    _check_keys(where, data, {"max_words", "unless", "unless_entities", "note"}, {"max_words"})
    return ScareQuotes(_count(where, data, "max_words"), _taxonomy_ids(where, data, "unless"),
                       _entity_labels(where, data, "unless_entities") or ())


def _report_genre(where: str, data) -> ReportGenre:
    """The ``report_genre`` block of a context file (see analyzer.context.ReportGenre)."""
    _check_keys(where, data, {"min_reported", "min_share", "unquoted_unless_entities", "min_critique",
                              "min_reporting_sentences", "reporting_per_asserted", "note"}, {"min_reported", "min_share"})
    per_asserted = data.get("reporting_per_asserted", ReportGenre.reporting_per_asserted)
    if isinstance(per_asserted, bool) or not isinstance(per_asserted, (int, float)) or per_asserted <= 0:
        raise LexiconError(where, "reporting_per_asserted must be a number above 0", "CA110")
    return ReportGenre(int(data["min_reported"]), float(data["min_share"]),
                       _entity_labels(where, data, "unquoted_unless_entities"),
                       _count(where, data, "min_critique") if "min_critique" in data else None,
                       _count(where, data, "min_reporting_sentences") if "min_reporting_sentences" in data else None,
                       float(per_asserted))


def _off_topic(where: str, data) -> OffTopic:
    """The ``off_topic`` block of a context file (see analyzer.context.OffTopic)."""
    _check_keys(where, data, {"min_words", "unless_entities", "note"}, {"min_words"})
    return OffTopic(_count(where, data, "min_words"), _entity_labels(where, data, "unless_entities") or ())


def _personal_doubt(where: str, data) -> PersonalDoubt:
    """The ``personal_doubt`` block of a context file (see analyzer.context.PersonalDoubt)."""
    _check_keys(where, data, {"categories", "unless", "unless_entities", "note"}, {"categories"})
    return PersonalDoubt(_taxonomy_ids(where, data, "categories"), _taxonomy_ids(where, data, "unless"),
                         _entity_labels(where, data, "unless_entities") or ())


def _answer_rules(where: str, data) -> AnswerRules:
    """The ``answers`` block of a context file (see analyzer.context.AnswerRules)."""
    _check_keys(where, data, {"unit", "max_length", "qualifiers", "rules", "note"}, {"unit", "max_length", "rules"})
    if data["unit"] not in ("words", "chars"):
        raise LexiconError(where, "unit must be 'words' or 'chars'", "CA110")

    def texts_of(name: str, values) -> tuple[str, ...]:
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise LexiconError(where, f"{name} must be a list of quoted texts (YAML reads bare yes/no/0 as "
                                      f"other types)", "CA109")
        return tuple(values)

    rules = []
    for number, entry in enumerate(data["rules"] or (), start=1):
        at = f"{where}.rules[{number}]"
        _check_keys(at, entry, {"status", "starts", "regex", "note"}, {"status", "note"})
        if entry["status"] not in ("asserted", "negated"):
            raise LexiconError(at, "status must be 'asserted' or 'negated'", "CA110")
        if ("starts" in entry) == ("regex" in entry):
            raise LexiconError(at, "give exactly one of starts and regex", "CA110")
        try:
            pattern = re.compile(entry["regex"]) if "regex" in entry else None
        except (re.error, TypeError) as error:
            raise LexiconError(at, f"bad regex: {error}", "CA109") from error
        rules.append(AnswerRule(entry["status"], texts_of("starts", entry.get("starts", [])), pattern))
    return AnswerRules(data["unit"], int(data["max_length"]), texts_of("qualifiers", data.get("qualifiers", [])),
                       tuple(rules))


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    path = path or data_dir("lexicons") / "taxonomy.yml"
    data = _read_yaml(path)
    escalators = {
        name: Escalator(name, spec["label"], spec["attribute"], tuple(spec["values"]))
        for name, spec in data["escalators"].items()
    }
    categories = {}
    for number, entry in enumerate(data["categories"], start=1):
        where = f"{path}: categories[{number}]"
        _check_keys(where, entry, {"id", "title", "severity", "message", "escalate_if", "document_level",
                                   "cleared_by_disclosure", "verified_by_kb"}, {"id", "title", "severity", "message"})
        if entry["severity"] not in SEVERITY_NAMES:
            raise LexiconError(where, f"severity must be one of {list(SEVERITY_NAMES)}", "CA110")
        for name in entry.get("escalate_if", ()):
            if name not in escalators:
                raise LexiconError(where, f"unknown escalator {name!r}", "CA111")
        categories[entry["id"]] = Category(entry["id"], entry["title"], entry["severity"], entry["message"],
                                           tuple(entry.get("escalate_if", ())), bool(entry.get("document_level")),
                                           _cleared_by(f"{where}: cleared_by_disclosure", entry.get("cleared_by_disclosure")),
                                           *_verified_by(f"{where}: verified_by_kb", entry.get("verified_by_kb")))
    derived = []
    for number, entry in enumerate(data.get("derived") or (), start=1):
        where = f"{path}: derived[{number}]"
        _check_keys(where, entry, {"category", "interventions", "implied_by", "note", "sources"},
                    {"category", "interventions", "note", "sources"})
        if entry["category"] not in categories:
            raise LexiconError(where, f"unknown category {entry['category']!r}", "CA108")
        implied_by = _implied_by(where, entry["implied_by"], categories, entry["category"]) if "implied_by" in entry else None
        urls = _sources(where, entry["sources"])
        derived.append(DerivedRule(entry["category"], frozenset(entry["interventions"]), entry["note"], urls, implied_by))
    return Taxonomy(categories, escalators, tuple(derived))


def _verified_by(where: str, value) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The ``verified_by_kb`` block of a category: ``names`` (word -> jurisdiction US/JP/EU/UK)
    and ``unless`` (words of the sentence that make the claim another product's approval)."""
    if value is None:
        return (), ()
    if not isinstance(value, dict) or not isinstance(value.get("names"), dict):
        raise LexiconError(where, "needs names: {word: jurisdiction}", "CA102")
    _check_keys(where, value, {"names", "unless"}, {"names"})
    names = {str(word).lower(): str(jurisdiction) for word, jurisdiction in value["names"].items()}
    unknown = sorted(set(names.values()) - {"US", "JP", "EU", "UK"})
    if unknown:
        raise LexiconError(where, f"unknown jurisdiction(s) {unknown}: use US, JP, EU or UK", "CA110")
    return tuple(names.items()), tuple(str(word).lower() for word in value.get("unless") or ())


def _cleared_by(where: str, value) -> tuple[str, ...]:
    """The ``cleared_by_disclosure`` block of a category: ``items`` (disclosure item ids), a
    ``note`` and the ``sources`` of the rule it encodes."""
    if value is None:
        return ()
    _check_keys(where, value, {"items", "note", "sources"}, {"items", "note", "sources"})
    items = value["items"]
    if not isinstance(items, list) or not items or not all(isinstance(item, str) for item in items):
        raise LexiconError(where, "items must be a non-empty list of disclosure item ids", "CA109")
    _sources(where, value["sources"])
    return tuple(items)


def _implied_by(where: str, value, categories: dict[str, Category], derived: str) -> frozenset[str]:
    """The claim categories that imply a derived one: span-level taxonomy ids other than itself."""
    where = f"{where}: implied_by"
    if not isinstance(value, list) or not value or not all(isinstance(item, str) for item in value):
        raise LexiconError(where, f"must be a non-empty list of category ids, got {value!r}", "CA109")
    for category in value:
        if category not in categories:
            raise LexiconError(where, f"unknown category {category!r}", "CA108")
        if category == derived or categories[category].document_level:
            raise LexiconError(where, f"{category!r} cannot imply {derived}: it is the derived category itself "
                                      "or a document-level one (never a claim)", "CA110")
    return frozenset(value)


def _sources(where: str, sources) -> tuple[str, ...]:
    """Every fact carries where it comes from: a URL and the date it was checked."""
    if not sources:
        raise LexiconError(where, "a fact needs at least one source", "CA113")
    urls = []
    for source in sources:
        if not isinstance(source, dict) or not str(source.get("url", "")).startswith(("http://", "https://")) \
                or not regex.fullmatch(r"\d{4}-\d{2}-\d{2}", str(source.get("checked", ""))):
            raise LexiconError(where, f"source needs an http(s) url and a checked date (YYYY-MM-DD): {source!r}", "CA113")
        urls.append(source["url"])
    return tuple(urls)


def lexicon_dirs(extra_dirs: tuple[str, ...] = ()) -> tuple[Path, ...]:
    return (data_dir("lexicons"), *(Path(d) for d in extra_dirs))


@cached_with_errors(maxsize=8)
def load_lexicon(lang: str, extra_dirs: tuple[str, ...] = ()) -> Lexicon:
    """All claim, entity and context rules of one language, from the bundled and extra dirs
    (kept in the disk cache, :mod:`analyzer.cache`, keyed by the files' content)."""
    key = content_key("lexicon", lexicon_dirs(extra_dirs), lang)
    return cached("lexicon", key, lambda: _load_lexicon(lang, extra_dirs))


def _load_lexicon(lang: str, extra_dirs: tuple[str, ...]) -> Lexicon:
    taxonomy = load_taxonomy()
    span_categories = {c.id for c in taxonomy.categories.values() if not c.document_level}
    claim_rules: list[ClaimRule] = []
    entity_rules: list[EntityRule] = []
    context_rules: list[ContextRule] = []
    report_genre = answers = doubt = topic = scare = None
    for root_number, root in enumerate(lexicon_dirs(extra_dirs)):
        for path in sorted((root / "claims" / lang).glob("*.yml")):
            rules = load_claim_file(path, span_categories)
            if root_number:  # keys of an extra directory must not collide with the bundled ones
                rules = [replace(rule, key=f"{root_number}/{rule.key}") for rule in rules]
            claim_rules.extend(rules)
        for path in sorted((root / "entities" / lang).glob("*.yml")):
            entity_rules.extend(load_entity_file(path))
        context_path = root / "context" / f"{lang}.yml"
        if context_path.exists():
            found = load_context_file(context_path)
            rules = found.rules
            if root_number:  # an extra directory's context file has the same stem as the bundled one
                rules = [replace(rule, key=f"{root_number}/{rule.key}") for rule in rules]
            context_rules.extend(rules)
            report_genre = found.report_genre or report_genre
            answers = found.answers or answers
            doubt = found.personal_doubt or doubt
            topic = found.off_topic or topic
            scare = found.scare_quotes or scare
    if not claim_rules:
        raise LexiconError(str(data_dir("lexicons")), f"no claim lexicons for language {lang!r}", "CA112")
    return Lexicon(lang, tuple(claim_rules), tuple(entity_rules), tuple(context_rules), report_genre, answers, doubt, topic, scare)

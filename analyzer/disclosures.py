"""What a whole page discloses, and what it is about: the input of the document-level checks.

``lexicons/disclosures/items.yml`` names the items (U1 unapproved status … risks, material
connection, anti-doping information; and signals such as an IV service); ``<lang>.yml`` holds
the phrases and patterns that show each item in one language (format: that directory's
README). A disclosure counts wherever it is on the page.

Matching folds case, punctuation and markup to single spaces on both sides, so that
``**Main risks & side-effects**`` contains ``main risks``; an English phrase must start and end
on a word boundary, a Japanese one may sit anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from analyzer.datafile import check_keys, one_of, read_yaml, text, texts
from analyzer.errors import LexiconError
from analyzer.lexicon import ENTITY_LABELS, expand, lexicon_dirs
from analyzer.model import Claim

ITEM_KINDS = ("disclosure", "signal")
_FOLD = regex.compile(r"[^\w%+'#¥$£€]+")


@dataclass(frozen=True)
class DisclosureItem:
    id: str
    kind: str  # disclosure | signal
    title: str
    entities: str | None = None  # an entity label whose names (lexicons/entities/<lang>/) also show the item


@dataclass(frozen=True)
class DisclosureLexicon:
    """The items, and the compiled phrases and patterns of one language."""

    lang: str
    items: dict[str, DisclosureItem]
    searches: tuple[tuple[str, regex.Pattern], ...]  # (item id, pattern on folded text)


@dataclass(frozen=True)
class PageFacts:
    """What the document-level checks see of a page."""

    chars: int  # characters that are not white space
    found: dict[str, int]  # item id -> offset of its first occurrence in the document text
    target_groups: frozenset[str]  # TARGET groups any claim of the page is aimed at (athlete, minor …)

    def has(self, item: str) -> bool:
        return item in self.found


def fold(raw: str) -> tuple[str, list[int]]:
    """``raw`` lower-cased with every run of other characters made one space, and for each
    character of the result its offset in ``raw``."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    raw = raw.replace("’", "'").replace("‘", "'")
    for match in _FOLD.finditer(raw):
        for index in range(position, match.start()):
            out.append(raw[index].lower())
            offsets.append(index)
        if out and out[-1] != " ":
            out.append(" ")
            offsets.append(match.start())
        position = match.end()
    for index in range(position, len(raw)):
        out.append(raw[index].lower())
        offsets.append(index)
    return "".join(out), offsets


def _phrase_pattern(phrase: str) -> str:
    folded = fold(phrase)[0].strip()
    left = r"(?<![a-z0-9])" if folded[:1].isascii() and folded[:1].isalnum() else ""
    right = r"(?![a-z0-9])" if folded[-1:].isascii() and folded[-1:].isalnum() else ""
    return left + regex.escape(folded) + right


def load_items(path) -> dict[str, DisclosureItem]:
    data = read_yaml(path)
    check_keys(str(path), data, {"items"}, {"items"})
    items: dict[str, DisclosureItem] = {}
    for number, entry in enumerate(data["items"] or (), start=1):
        where = f"{path}: items[{number}]"
        check_keys(where, entry, {"id", "kind", "title", "entities", "note"}, {"id", "kind", "title"})
        entities = entry.get("entities")
        if entities is not None:
            one_of(where, "entities", entities, ENTITY_LABELS)
        item = DisclosureItem(text(where, "id", entry["id"]), one_of(where, "kind", entry["kind"], ITEM_KINDS),
                              text(where, "title", entry["title"]), entities)
        if item.id in items:
            raise LexiconError(where, f"item {item.id!r} is defined twice", "CA141")
        items[item.id] = item
    return items


def entity_searches(root, lang: str, items: dict[str, DisclosureItem]) -> list[tuple[str, regex.Pattern]]:
    """Items shown by entity names: ``entities: PROMO`` reads lexicons/entities/<lang>/promo.yml."""
    searches = []
    for item in items.values():
        path = root / "entities" / lang / f"{(item.entities or '').lower()}.yml"
        if item.entities is None or not path.exists():
            continue
        data = read_yaml(path)
        phrases = [_phrase_pattern(phrase) for entity in data.get("entities") or ()
                   for name in entity.get("names") or () for phrase in expand(str(name), str(path))]
        if phrases:
            searches.append((item.id, regex.compile("|".join(phrases))))
    return searches


def load_phrase_file(path, items: dict[str, DisclosureItem]) -> list[tuple[str, regex.Pattern]]:
    data = read_yaml(path)
    check_keys(str(path), data, {"lang", "description", "phrases", "patterns"}, {"lang"})
    searches: list[tuple[str, regex.Pattern]] = []
    for section in ("phrases", "patterns"):
        for item_id, entries in (data.get(section) or {}).items():
            where = f"{path}: {section}.{item_id}"
            if item_id not in items:
                raise LexiconError(where, f"unknown item {item_id!r}; items: {sorted(items)}", "CA110")
            alternatives = []
            for entry in texts(where, section, entries):
                if section == "phrases":
                    alternatives.extend(_phrase_pattern(phrase) for phrase in expand(entry, where))
                else:
                    try:
                        regex.compile(entry)
                    except regex.error as error:
                        raise LexiconError(where, f"not a regular expression: {entry!r} ({error})", "CA109") from error
                    alternatives.append(f"(?:{entry})")
            if alternatives:
                searches.append((item_id, regex.compile("|".join(alternatives))))
    return searches


@lru_cache(maxsize=8)
def load_disclosures(lang: str, extra_dirs: tuple[str, ...] = ()) -> DisclosureLexicon:
    """Items of every ``disclosures/items.yml`` and the ``<lang>.yml`` phrases of every lexicon directory."""
    items: dict[str, DisclosureItem] = {}
    for root in lexicon_dirs(extra_dirs):
        if (root / "disclosures" / "items.yml").exists():
            items.update(load_items(root / "disclosures" / "items.yml"))
    searches: list[tuple[str, regex.Pattern]] = []
    for root in lexicon_dirs(extra_dirs):
        if (root / "disclosures" / f"{lang}.yml").exists():
            searches.extend(load_phrase_file(root / "disclosures" / f"{lang}.yml", items))
        searches.extend(entity_searches(root, lang, items))
    return DisclosureLexicon(lang, items, tuple(searches))


def find_items(raw: str, lexicon: DisclosureLexicon) -> dict[str, int]:
    """Item id -> offset in ``raw`` of its first occurrence."""
    folded, offsets = fold(raw)
    found: dict[str, int] = {}
    for item_id, pattern in lexicon.searches:
        match = pattern.search(folded)
        if match is not None:
            offset = offsets[match.start()] if match.start() < len(offsets) else 0
            found[item_id] = min(found.get(item_id, offset), offset)
    return found


def page_facts(raw: str, claims: list[Claim], lexicons: list[DisclosureLexicon]) -> PageFacts:
    """The items of every given language's lexicon found anywhere in ``raw``."""
    found: dict[str, int] = {}
    for lexicon in lexicons:
        for item, offset in find_items(raw, lexicon).items():
            found[item] = min(found.get(item, offset), offset)
    groups = frozenset(t.attribute("group") for claim in claims for t in claim.targets)
    return PageFacts(len("".join(raw.split())), found, groups)

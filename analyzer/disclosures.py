"""What a whole page discloses, and what it is about: the input of the document-level checks.

``lexicons/disclosures/items.yml`` names the items (U1 unapproved status … risks, material
connection, anti-doping information; and signals such as an IV service); ``<lang>.yml`` holds
the phrases and patterns that show each item in one language (format: that directory's
README). A disclosure counts wherever it is on the page.

Matching folds case, punctuation and markup to single spaces on both sides, so that
``**Main risks & side-effects**`` contains ``main risks``; an English phrase matches whole words
(looked up by its first word, so the scan is one pass over the page), a Japanese one may sit
anywhere; ``patterns:`` are regular expressions on the folded text.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import accumulate

import regex
from analyzer.cache import cached, content_key
from analyzer.datafile import check_keys, one_of, read_yaml, text, texts
from analyzer.errors import LexiconError, cached_with_errors
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
    """The items, and what shows each of them in one language, compiled for a fast scan:
    word sequences indexed by their first word (English and other spaced scripts), plain
    substrings (Japanese), and regular expressions (``patterns:``)."""

    lang: str
    items: dict[str, DisclosureItem]
    phrase_files: tuple[str, ...]  # the <lang>.yml files read; none: absence cannot be judged in this language
    by_first_word: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # word -> (item, words)
    substrings: tuple[tuple[str, str], ...]  # (item, folded text without spaces)
    patterns: tuple[tuple[str, regex.Pattern], ...]  # (item, pattern on the folded text)


@dataclass(frozen=True)
class PageFacts:
    """What the document-level checks see of a page."""

    chars: int  # characters that are not white space
    found: frozenset[str]  # ids of the disclosure items the page has (offsets: ``find_items``)
    target_groups: frozenset[str]  # TARGET groups any claim of the page is aimed at (athlete, minor …)

    def has(self, item: str) -> bool:
        return item in self.found


def _straight(raw: str) -> str:
    return raw.replace("\u2019", "'").replace("\u2018", "'")


def fold(raw: str) -> str:
    """``raw`` lower-cased, with every run of other characters made one space (none at the
    start); curly apostrophes count as straight ones."""
    return _FOLD.sub(" ", _straight(raw)).lower().lstrip(" ")


def raw_offset(raw: str, folded: str, position: int) -> int:
    """The offset in ``raw`` of a position in ``folded`` (= ``fold(raw)``): the start of the
    same kept run of characters, plus the distance into it. Regex split does the counting."""
    runs_before = folded.count(" ", 0, position)
    into_run = position - (folded.rfind(" ", 0, position) + 1)
    straight = _straight(raw)
    leading = 1 if _FOLD.match(straight) else 0  # a leading separator gives an empty first piece
    if runs_before + leading == 0:
        return into_run  # (maxsplit=0 would mean no limit)
    rest = _FOLD.split(straight, maxsplit=runs_before + leading)[-1]
    return len(raw) - len(rest) + into_run


Phrase = tuple[str, object]  # ("words", tuple of words) | ("substring", text)


def _phrase_key(phrase: str) -> Phrase:
    """How a phrase is looked for: as whole words when it is written in a spaced script, else
    as a substring anywhere (Japanese)."""
    folded = fold(phrase).strip()
    if folded.isascii():
        return ("words", tuple(folded.split(" ")))
    return ("substring", folded.replace(" ", ""))


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


Search = tuple[str, object, object]  # (item, "words" | "substring" | "pattern", value)


def entity_searches(root, lang: str, items: dict[str, DisclosureItem]) -> list[Search]:
    """Items shown by entity names: ``entities: PROMO`` reads lexicons/entities/<lang>/promo.yml."""
    searches: list[Search] = []
    for item in items.values():
        path = root / "entities" / lang / f"{(item.entities or '').lower()}.yml"
        if item.entities is None or not path.exists():
            continue
        data = read_yaml(path)
        for entity in data.get("entities") or ():
            for name in entity.get("names") or ():
                searches.extend((item.id, *_phrase_key(phrase)) for phrase in expand(str(name), str(path)))
    return searches


def load_phrase_file(path, items: dict[str, DisclosureItem]) -> list[Search]:
    data = read_yaml(path)
    check_keys(str(path), data, {"lang", "description", "phrases", "patterns"}, {"lang"})
    searches: list[Search] = []
    for section in ("phrases", "patterns"):
        for item_id, entries in (data.get(section) or {}).items():
            where = f"{path}: {section}.{item_id}"
            if item_id not in items:
                raise LexiconError(where, f"unknown item {item_id!r}; items: {sorted(items)}", "CA110")
            for entry in texts(where, section, entries):
                if section == "phrases":
                    searches.extend((item_id, *_phrase_key(phrase)) for phrase in expand(entry, where))
                    continue
                try:
                    searches.append((item_id, "pattern", regex.compile(entry)))
                except regex.error as error:
                    raise LexiconError(where, f"not a regular expression: {entry!r} ({error})", "CA109") from error
    return searches


@cached_with_errors(maxsize=8)
def load_all_items(extra_dirs: tuple[str, ...] = ()) -> dict[str, DisclosureItem]:
    """The items of every ``disclosures/items.yml`` (bundled first, extra directories after)."""
    items: dict[str, DisclosureItem] = {}
    for root in lexicon_dirs(extra_dirs):
        if (root / "disclosures" / "items.yml").exists():
            items.update(load_items(root / "disclosures" / "items.yml"))
    return items


@cached_with_errors(maxsize=8)
def load_disclosures(lang: str, extra_dirs: tuple[str, ...] = ()) -> DisclosureLexicon:
    """Items of every ``disclosures/items.yml`` and the ``<lang>.yml`` phrases of every lexicon
    directory (kept in the disk cache, :mod:`analyzer.cache`)."""
    key = content_key("disclosures", lexicon_dirs(extra_dirs), lang)
    return cached("disclosures", key, lambda: _load_disclosures(lang, extra_dirs))


def _load_disclosures(lang: str, extra_dirs: tuple[str, ...]) -> DisclosureLexicon:
    items = load_all_items(extra_dirs)
    searches: list[Search] = []
    files = []
    for root in lexicon_dirs(extra_dirs):
        if (root / "disclosures" / f"{lang}.yml").exists():
            files.append(str(root / "disclosures" / f"{lang}.yml"))
            searches.extend(load_phrase_file(root / "disclosures" / f"{lang}.yml", items))
        searches.extend(entity_searches(root, lang, items))
    by_first_word: dict[str, list] = {}
    for item, how, value in searches:
        if how == "words" and value and value[0]:
            entry = (item, value)
            if entry not in by_first_word.setdefault(value[0], []):
                by_first_word[value[0]].append(entry)
    return DisclosureLexicon(
        lang, items, tuple(files), {word: tuple(entries) for word, entries in by_first_word.items()},
        tuple(dict.fromkeys((item, value) for item, how, value in searches if how == "substring" and value)),
        tuple((item, value) for item, how, value in searches if how == "pattern"))


def _unpacked(folded: str, at: int) -> int:
    """The position in ``folded`` of its ``at``-th character that is not a space (binary
    search on the count of spaces before a position)."""
    low, high = at, len(folded)
    while low < high:
        middle = (low + high) // 2
        if middle - folded.count(" ", 0, middle) > at:
            high = middle
        else:
            low = middle + 1
    # ``low - 1`` is the last position with ``at`` non-space characters at or before it
    return low - 1 if low - 1 >= 0 and folded[low - 1] != " " else min(low, len(folded))


_WORD_INDEXES: dict[int, tuple[dict, dict, frozenset[str]]] = {}


def _word_index(lexicon: DisclosureLexicon) -> tuple[dict, dict, frozenset[str]]:
    """The phrases of ``by_first_word`` indexed by their first two words (one-word phrases by
    their word), so that common first words ("the", "not") cost one lookup, not a scan; and
    the set of words that begin any of them."""
    index = _WORD_INDEXES.get(id(lexicon))
    if index is None:
        singles: dict[str, list] = {}
        pairs: dict[tuple[str, str], list] = {}
        for word, entries in lexicon.by_first_word.items():
            for item, phrase in entries:
                if len(phrase) == 1:
                    singles.setdefault(word, []).append((item, phrase))
                else:
                    pairs.setdefault((phrase[0], phrase[1]), []).append((item, phrase))
        firsts = frozenset(singles) | frozenset(first for first, _ in pairs)
        index = _WORD_INDEXES[id(lexicon)] = (singles, pairs, firsts)
    return index


def find_items(raw: str, lexicon: DisclosureLexicon) -> dict[str, int]:
    """Item id -> offset in ``raw`` of its first occurrence."""
    folded = fold(raw)
    return {item: raw_offset(raw, folded, position) for item, position in _first_positions(folded, lexicon).items()}


def _first_positions(folded: str, lexicon: DisclosureLexicon) -> dict[str, int]:
    """Item id -> position in ``folded`` (= ``fold(raw)``) of its first occurrence."""
    first_seen: dict[str, int] = {}

    def note(item: str, position: int) -> None:
        first_seen[item] = min(first_seen.get(item, position), position)

    words = folded.split(" ")
    singles, pairs, firsts = _word_index(lexicon)
    last = len(words) - 1
    offsets: list[int] = []  # each word's position in ``folded``, worked out when first needed
    for index in [i for i, word in enumerate(words) if word in firsts]:
        word = words[index]
        candidates = singles.get(word, ())
        if index < last:
            paired = pairs.get((word, words[index + 1]))
            if paired:
                candidates = (*candidates, *paired)
        for item, phrase in candidates:
            if item not in first_seen and tuple(words[index:index + len(phrase)]) == phrase:
                if not offsets:
                    offsets = list(accumulate((len(word) + 1 for word in words), initial=0))
                note(item, offsets[index])
    if lexicon.substrings:
        packed = folded.replace(" ", "")
        for item, text_ in lexicon.substrings:
            at = packed.find(text_)
            if at != -1:
                note(item, _unpacked(folded, at))
    for item, pattern in lexicon.patterns:
        match = pattern.search(folded)
        if match is not None:
            note(item, match.start())
    return first_seen


def page_facts(raw: str, claims: list[Claim], lexicons: list[DisclosureLexicon]) -> PageFacts:
    """The items of every given language's lexicon found anywhere in ``raw``."""
    folded = fold(raw)
    found = frozenset(item for lexicon in lexicons for item in _first_positions(folded, lexicon))
    groups = frozenset(t.attribute("group") for claim in claims for t in claim.targets)
    return PageFacts(len("".join(raw.split())), found, groups)

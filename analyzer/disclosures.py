"""What a whole page discloses, and what it is about: the input of the document-level checks.

``lexicons/disclosures/items.yml`` names the items (U1 unapproved status … risks, material
connection, anti-doping information; and signals such as an IV service); ``<lang>.yml`` holds
the phrases and patterns that show each item in one language (format: that directory's
README). A disclosure counts wherever it is on the page.

Matching folds case, punctuation and markup to single spaces on both sides, so that
``**Main risks & side-effects**`` contains ``main risks``; an English phrase matches whole words
(looked up by its first words, so the scan is one pass over the page), a Japanese one may sit
anywhere; ``patterns:`` are regular expressions on the folded text.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from itertools import compress, count, islice

import regex
from analyzer.cache import cached, content_key
from analyzer.datafile import check_keys, one_of, read_yaml, text, texts
from analyzer.errors import LexiconError, cached_with_errors
from analyzer.lexicon import ENTITY_LABELS, expand, lexicon_dirs
from analyzer.memo import ByIdentity
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
    start); curly apostrophes count as straight ones.

    This is ``_FOLD.sub(" ", text).lower().lstrip(" ")`` (:func:`_fold_by_regex`), done without
    running the regular expression over the page, which costs about as much as the rest of
    the page's disclosure checks: ASCII characters are folded by a byte table
    (:data:`_ASCII_FOLD`, drawn from ``_FOLD`` itself); each distinct other character of the
    page is asked of ``_FOLD`` once (:func:`_separates`) and, when it separates, replaced by a
    space; then runs of spaces are made one (every white-space character is a separator, so
    ``split()`` splits at separators only). Text mostly of other characters (Japanese) is
    folded the plain way.
    """
    straight = _straight(raw)
    data = straight.encode("utf-8", "surrogatepass").translate(_ASCII_FOLD)
    if straight.isascii():
        folded = b" ".join(data.split()).decode("ascii")
        separated_at_end = data.endswith(b" ")
    else:
        if (len(data) - len(straight)) * 4 > len(straight):  # (each character other than ASCII: 1-3 bytes more)
            return _fold_by_regex(raw)  # Japanese: the regular expression is quicker than one pass per separator
        others = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")  # (UTF-8: whole characters)
        spaced = data.decode("utf-8", "surrogatepass")
        for char in set(others):
            if _separates(char):
                spaced = spaced.replace(char, " ")
        folded = " ".join(spaced.split()).lower()  # (lower-cased after the join, as the regex way does)
        separated_at_end = spaced.endswith(" ")
    # a separator at the end leaves one space there (none is left at the start)
    return folded + " " if folded and separated_at_end else folded


def _fold_by_regex(raw: str) -> str:
    """What :func:`fold` computes, the plain way (the reference of its tests)."""
    return _FOLD.sub(" ", _straight(raw)).lower().lstrip(" ")


def _ascii_fold_table() -> bytes:
    """Byte -> byte: an ASCII character ``_FOLD`` matches -> a space, others lower-cased;
    bytes of other characters (128 and up in UTF-8) kept."""
    table = bytearray(range(256))
    for code in range(128):
        table[code] = ord(" ") if _FOLD.fullmatch(chr(code)) else ord(chr(code).lower())
    return bytes(table)


_ASCII_FOLD = _ascii_fold_table()
_ASCII_BYTES = bytes(range(128))
_SEPARATES: dict[str, bool] = {}  # a character other than ASCII -> whether ``_FOLD`` matches it


def _separates(char: str) -> bool:
    known = _SEPARATES.get(char)
    if known is None:
        if len(_SEPARATES) >= 100_000:  # (a page of random characters should not grow it without end)
            _SEPARATES.clear()
        known = _SEPARATES[char] = _FOLD.fullmatch(char) is not None
    return known


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


@dataclass(frozen=True)
class _PhraseIndex:
    """A lexicon's phrases arranged for a quick scan of a page.

    Word phrases are indexed by their first three words (one- and two-word phrases by their
    words), so that common first words ("the", "not", "side effects") cost a lookup or two,
    not a scan. Substrings (Japanese) are indexed by their first two characters (a
    one-character substring by itself), so that only those whose start is on the page are
    looked for."""

    firsts: frozenset[str]  # the words that begin any phrase
    singles: dict[str, list[tuple[str, tuple[str, ...]]]]  # word -> (item, one-word phrase)
    doubles: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]]  # words -> (item, two-word phrase)
    longer: dict[tuple[str, str, str], list[tuple[str, tuple[str, ...]]]]  # first three words -> (item, words)
    longer_starts: frozenset[tuple[str, str]]  # the first two words of the phrases in ``longer``
    pairs: frozenset[tuple[str, str]]  # the first two words of every phrase of two words or more
    double_items: dict[tuple[str, str], frozenset[str]]  # two-word phrase -> its items (``doubles`` without the words)
    substrings: dict[str, list[tuple[str, str]]]  # first two characters (or the only one) -> (item, substring)
    # first two characters -> (their substrings of four characters or more, by the first four; the shorter ones)
    substrings_by_four: dict[str, tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]]

    def phrases_in(self, words: list[str], skip: Container[str]) -> Iterator[tuple[str, int]]:
        """(item, index of the first word) of each word phrase in ``words``, in text order;
        none of an item in ``skip`` (the caller's collection of those found, as it grows)."""
        last = len(words) - 1
        for at in [i for i, word in enumerate(words) if word in self.firsts]:
            word = words[at]
            candidates = self.singles.get(word, ())
            if at < last:
                pair = (word, words[at + 1])
                candidates = (*candidates, *self.doubles.get(pair, ()))
                if at + 1 < last and pair in self.longer_starts:
                    candidates = (*candidates, *self.longer.get((*pair, words[at + 2]), ()))
            for item, phrase in candidates:
                if item not in skip and tuple(words[at:at + len(phrase)]) == phrase:
                    yield item, at

    def items_in(self, words: list[str]) -> set[str]:
        """The items of the word phrases in ``words``: those :meth:`phrases_in` yields, without
        working out where.

        The loops over all the page's words are set lookups made by ``map`` and ``compress``,
        not a Python step per word (each costs about as much as all of these): one-word phrases
        are the page's words that are phrases; the longer ones are looked at only where two
        neighbouring words begin one (:attr:`pairs`).
        """
        found: set[str] = set()
        for word in self.singles.keys() & words:
            found.update(item for item, _ in self.singles[word])
        last = len(words) - 1
        double_items, longer_starts, longer = self.double_items, self.longer_starts, self.longer
        for at in compress(count(), map(self.pairs.__contains__, zip(words, islice(words, 1, None)))):
            pair = (words[at], words[at + 1])
            if pair in double_items:
                found |= double_items[pair]
            if at + 1 < last and pair in longer_starts:
                for item, phrase in longer.get((*pair, words[at + 2]), ()):
                    if item not in found and tuple(words[at:at + len(phrase)]) == phrase:
                        found.add(item)
        return found

    def substring_items_in(self, packed: str) -> set[str]:
        """The items of the substrings in ``packed``: those :meth:`substrings_in` yields, without
        working out where.

        Where the first two characters of some substrings are in ``packed``, only the
        substrings that also go on with the next two characters found there are compared
        (:attr:`substrings_by_four`): a few hundred substrings may share their first two
        characters, few share four.
        """
        found: set[str] = set()
        for start in filter(packed.__contains__, self.substrings):
            by_four, short = self.substrings_by_four[start]
            for item, text_ in short:
                if item not in found and text_ in packed:
                    found.add(item)
            if not by_four:
                continue
            at = packed.find(start)
            while at != -1:
                for item, text_ in by_four.get(packed[at:at + 4], ()):
                    if item not in found and packed.startswith(text_, at):
                        found.add(item)
                at = packed.find(start, at + 1)
        return found

    def substrings_in(self, packed: str, skip: Container[str] = ()) -> Iterator[tuple[str, int]]:
        """(item, position) of the first occurrence in ``packed`` of each substring found, in
        no particular order; none of an item in ``skip`` (as for :meth:`phrases_in`)."""
        # the first characters (two, or the only one) of substrings that ``packed`` holds: a few
        # hundred lookups of a short string, cheaper than the set of the page's pairs of characters
        for start in filter(packed.__contains__, self.substrings):
            for item, text_ in self.substrings[start]:
                if item not in skip:
                    position = packed.find(text_)
                    if position != -1:
                        yield item, position


# lexicons of extra directories come and go (tests); bundled ones rebuild in ms
_PHRASE_INDEXES: ByIdentity[DisclosureLexicon, _PhraseIndex] = ByIdentity(16)


def _phrase_index(lexicon: DisclosureLexicon) -> _PhraseIndex:
    """The :class:`_PhraseIndex` of ``lexicon``, built when first needed."""
    return _PHRASE_INDEXES.get(lexicon, _build_phrase_index)


def _build_phrase_index(lexicon: DisclosureLexicon) -> _PhraseIndex:
    singles: dict[str, list] = {}
    doubles: dict[tuple[str, str], list] = {}
    longer: dict[tuple[str, str, str], list] = {}
    for word, entries in lexicon.by_first_word.items():
        for item, phrase in entries:
            if len(phrase) == 1:
                singles.setdefault(word, []).append((item, phrase))
            elif len(phrase) == 2:
                doubles.setdefault((phrase[0], phrase[1]), []).append((item, phrase))
            else:
                longer.setdefault((phrase[0], phrase[1], phrase[2]), []).append((item, phrase))
    substrings: dict[str, list] = {}
    for item, text_ in lexicon.substrings:
        substrings.setdefault(text_[:2], []).append((item, text_))
    substrings_by_four: dict[str, tuple[dict, list]] = {}
    for start, entries in substrings.items():
        by_four, short = substrings_by_four[start] = ({}, [])
        for item, text_ in entries:
            if len(text_) >= 4:
                by_four.setdefault(text_[:4], []).append((item, text_))
            else:
                short.append((item, text_))
    firsts = frozenset(lexicon.by_first_word)
    longer_starts = frozenset(three[:2] for three in longer)
    return _PhraseIndex(firsts, singles, doubles, longer, longer_starts, frozenset(longer_starts | doubles.keys()),
                        {pair: frozenset(item for item, _ in entries) for pair, entries in doubles.items()},
                        substrings, substrings_by_four)


def find_items(raw: str, lexicon: DisclosureLexicon) -> dict[str, int]:
    """Item id -> offset in ``raw`` of its first occurrence."""
    folded = fold(raw)
    return {item: raw_offset(raw, folded, position) for item, position in _first_positions(folded, lexicon).items()}


def _first_positions(folded: str, lexicon: DisclosureLexicon) -> dict[str, int]:
    """Item id -> position in ``folded`` (= ``fold(raw)``) of its first occurrence."""
    first_seen: dict[str, int] = {}

    def note(item: str, position: int) -> None:
        first_seen[item] = min(first_seen.get(item, position), position)

    index = _phrase_index(lexicon)
    words = folded.split(" ")
    for item, at in index.phrases_in(words, first_seen):
        note(item, sum(map(len, words[:at])) + at)  # (one space after each word before it)
    if lexicon.substrings:
        for item, position in index.substrings_in(folded.replace(" ", "")):
            note(item, _unpacked(folded, position))
    for item, pattern in lexicon.patterns:
        match = pattern.search(folded)
        if match is not None:
            note(item, match.start())
    return first_seen


def _items_present(folded: str, lexicon: DisclosureLexicon) -> set[str]:
    """The ids of the items found in ``folded`` (= ``fold(raw)``): the keys of
    :func:`_first_positions`, without working out where, and each looked for until found."""
    index = _phrase_index(lexicon)
    found = index.items_in(folded.split(" "))
    if lexicon.substrings:
        found |= index.substring_items_in(folded.replace(" ", ""))
    for item, pattern in lexicon.patterns:
        if item not in found and pattern.search(folded) is not None:
            found.add(item)
    return found


def page_facts(raw: str, claims: list[Claim], lexicons: list[DisclosureLexicon], chars: int) -> PageFacts:
    """The items of every given language's lexicon found anywhere in ``raw``; ``chars``: its
    characters that are not white space (the caller counts them once for the page)."""
    folded = fold(raw)
    found = frozenset(item for lexicon in lexicons for item in _items_present(folded, lexicon))
    groups = frozenset(t.attribute("group") for claim in claims for t in claim.targets)
    return PageFacts(chars, found, groups)

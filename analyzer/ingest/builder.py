"""``TextBuilder``: the text of a Document and its source map, built piece by piece.

Every reader (HTML, Markdown, subtitles, PDF, DOCX) walks its source in reading order and
calls ``add`` for text taken from the source, ``separate`` between blocks and ``insert`` for
the few characters it makes up (a list bullet). Each call records a Segment, so that every
character of the result leads back to its source.
"""

from __future__ import annotations

import re

from analyzer.sourcemap import NOWHERE, Place, Segment, SourceMap, line_starts

SEPARATOR_STRENGTH = {"": 0, " ": 1, "\n": 2, "\n\n": 3}
_WIDE_SPACE = re.compile(r"[ \t\n\r\f\v\xa0]{2,}|[\t\n\r\f\v\xa0]")  # no-break spaces too: the tokenizer splits only on " "


class TextBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self.length = 0
        self._separator = ""
        self._separator_span: tuple[int | None, int | None] = (None, None)

    @property
    def last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else ""

    def separate(self, separator: str, source_at: int | None, force: bool = False) -> None:
        """Put ``separator`` (" ", "\\n" or "\\n\\n") before the next text; the strongest one asked
        for wins unless ``force``. Nothing is put at the start or at the end of the text."""
        if force or SEPARATOR_STRENGTH[separator] > SEPARATOR_STRENGTH[self._separator]:
            self._separator, self._separator_span = separator, (source_at, source_at)

    def add(self, text: str, source_start: int | None, source_end: int | None = None, place: Place = NOWHERE) -> None:
        """Append ``text`` taken from the source at ``source_start`` (verbatim when
        ``source_end`` is not given; otherwise the whole run maps to ``[source_start, source_end)``)."""
        if not text:
            return
        self._flush_separator(place)
        if source_end is None and source_start is not None:
            source_end = source_start + len(text)
        self._append(text, source_start, source_end, place)

    def add_flowing(self, text: str, source_start: int | None, place: Place = NOWHERE) -> None:
        """Append running text the way a browser lays it out: each run of white space becomes
        one space, and none is kept at the start of a block or after another space."""
        position = 0
        for match in _WIDE_SPACE.finditer(text):
            self._add_words(text[position : match.start()], source_start, position, place)
            if source_start is None:
                self.space(None, None)
            else:
                self.space(source_start + match.start(), source_start + match.end())
            position = match.end()
        self._add_words(text[position:], source_start, position, place)

    def insert(self, text: str, source_at: int | None, place: Place = NOWHERE) -> None:
        """Append characters that are not in the source (a bullet), mapped to ``source_at``."""
        self.add(text, source_at, source_at, place)

    def build(self, kind: str, source: str | None) -> tuple[str, SourceMap]:
        """The text and its source map; ``source`` is the decoded source when it is text."""
        lines = line_starts(source) if source is not None else None
        return "".join(self._parts), SourceMap(kind, tuple(self._segments), lines)

    def _add_words(self, text: str, source_start: int | None, offset: int, place: Place) -> None:
        if text.startswith(" ") and self._at_space():
            text, offset = text[1:], offset + 1
        trailing = text.endswith(" ")
        if trailing:
            text = text[:-1]
        if text:
            self.add(text, None if source_start is None else source_start + offset, place=place)
        if trailing:
            at = None if source_start is None else source_start + offset + len(text)
            self.space(at, None if at is None else at + 1)

    def space(self, source_start: int | None, source_end: int | None) -> None:
        """One space standing for the white space at ``[source_start, source_end)``, unless the
        text is at the start of a block or already ends with a space. It waits, like a
        separator, so that a line break coming next replaces it."""
        if not self._at_space():
            self._separator, self._separator_span = " ", (source_start, source_end)

    def _at_space(self) -> bool:
        return not self._parts or self._separator != "" or self.last_char.isspace()

    def _flush_separator(self, place: Place) -> None:
        separator, (start, end) = self._separator, self._separator_span
        self._separator, self._separator_span = "", (None, None)
        if separator and self._parts:
            self._append(separator, start, end, place)

    def _append(self, text: str, source_start: int | None, source_end: int | None, place: Place) -> None:
        start = self.length
        end = start + len(text)
        segment = Segment(start, end, source_start, source_end, place)
        previous = self._segments[-1] if self._segments else None
        if (previous is not None and previous.place is place and segment.verbatim and previous.verbatim
                and previous.source_end == source_start):
            segment = Segment(previous.start, end, previous.source_start, source_end, place)
            self._segments[-1] = segment
        else:
            self._segments.append(segment)
        self._parts.append(text)
        self.length = end

"""The way back from a character of ``Document.text`` to its place in the source.

Ingest builds ``Document.text`` from a source that is not always text itself (an HTML page,
a PDF, subtitles). A ``SourceMap`` is the list of ``Segment``s that text was built from: each
maps a run of ``Document.text`` to a run of the decoded source (when the source is text) and
to a ``Place`` in the source's own terms (element, page, paragraph, cue). ``locate`` turns a
claim's ``[start, end)`` into a ``Location``, which the renderers print.

A segment whose text and source runs have the same length maps character by character
(``verbatim``); any other segment (a decoded ``&amp;``, a collapsed run of white space, a
separator the extractor inserted) maps its start to the source start and its end to the
source end.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Place:
    """What a run of text is in its source. One object is shared by many segments."""

    element: str | None = None  # HTML: "main > section#offer > p" (innermost last); "head > title"
    hidden: bool = False  # HTML: inside display:none, visibility:hidden or [hidden]
    page: int | None = None  # PDF, 1-based
    paragraph: int | None = None  # DOCX, 1-based in reading order (table cells included)
    style: str | None = None  # DOCX paragraph style, e.g. "Heading 1"
    table: tuple[int, int, int] | None = None  # DOCX (table, row, cell), 1-based
    cue: int | None = None  # transcript cue number
    start_ms: int | None = None  # transcript cue start and end, milliseconds
    end_ms: int | None = None


NOWHERE = Place()


@dataclass(frozen=True)
class Segment:
    start: int  # [start, end) in Document.text
    end: int
    source_start: int | None  # [source_start, source_end) in the decoded source; None: no text positions (PDF, DOCX)
    source_end: int | None
    place: Place = NOWHERE

    @property
    def verbatim(self) -> bool:
        return self.source_start is not None and self.source_end - self.source_start == self.end - self.start


def timestamp(milliseconds: int) -> str:
    """``hh:mm:ss.mmm``."""
    seconds, millis = divmod(milliseconds, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


@dataclass(frozen=True)
class Location:
    """Where a span of ``Document.text`` is, in the terms of its source."""

    kind: str  # the source format: text, markdown, html, srt, vtt, timedtext, json3, pdf, docx
    line: int | None = None  # 1-based, in the source file when it is text, else in Document.text
    column: int | None = None
    end_line: int | None = None  # of the character after the span (exclusive end)
    end_column: int | None = None
    element: str | None = None
    hidden: bool | None = None
    page: int | None = None
    end_page: int | None = None
    paragraph: int | None = None
    style: str | None = None
    table: tuple[int, int, int] | None = None
    start_time: str | None = None  # hh:mm:ss.mmm
    end_time: str | None = None
    cues: tuple[int, ...] = ()

    def as_dict(self) -> dict:
        """The JSON form: only the fields that apply to this kind of source."""
        result: dict = {"kind": self.kind}
        for name in ("line", "column", "end_line", "end_column", "element", "hidden", "page", "end_page",
                     "paragraph", "style", "start_time", "end_time"):
            value = getattr(self, name)
            if value is not None:
                result[name] = value
        if self.table:
            result["table"] = dict(zip(("table", "row", "cell"), self.table))
        if self.cues:
            result["cues"] = list(self.cues)
        return result

    def label(self) -> str:
        """A short note for text output: ``00:01:02.345``, ``page 3``, ``<h2>``, ``paragraph 7``."""
        parts = []
        if self.start_time:
            parts.append(self.start_time)
        if self.page is not None:
            parts.append(f"page {self.page}" if self.end_page in (None, self.page) else f"pages {self.page}-{self.end_page}")
        if self.table:
            parts.append("table {} row {} cell {}".format(*self.table))
        if self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.style:
            parts.append(self.style)
        if self.element:
            parts.append(f"<{self.element.rsplit(' > ', 1)[-1]}>")
        if self.hidden:
            parts.append("hidden")
        return ", ".join(parts)


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return tuple(starts)


def line_col(starts: Sequence[int], offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` given the offsets where lines start."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


@dataclass(frozen=True)
class SourceMap:
    kind: str
    segments: tuple[Segment, ...]
    source_lines: tuple[int, ...] | None = None  # where the decoded source's lines start; None: no text source

    @cached_property
    def _starts(self) -> list[int]:
        return [segment.start for segment in self.segments]

    def _index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def source_offset(self, offset: int, is_end: bool = False) -> int | None:
        """Offset in the decoded source of a text offset (``is_end``: an exclusive end)."""
        if not self.segments:
            return None
        segment = self.segments[self._index(offset - 1 if is_end and offset > 0 else offset)]
        if segment.source_start is None:
            return None
        if segment.verbatim:
            return segment.source_start + min(max(offset - segment.start, 0), segment.end - segment.start)
        return segment.source_end if is_end else segment.source_start

    def source_line_col(self, offset: int, is_end: bool = False) -> tuple[int, int] | None:
        if self.source_lines is None:
            return None
        source = self.source_offset(offset, is_end)
        return None if source is None else line_col(self.source_lines, source)

    def locate(self, start: int, end: int, text_lines: Sequence[int]) -> Location:
        first = self._index(start)
        last = max(self._index(max(end - 1, start)), first)
        touched = self.segments[first : last + 1]
        place = touched[0].place if touched else NOWHERE
        begin = self.source_line_col(start) or line_col(text_lines, start)
        finish = self.source_line_col(end, is_end=True) or line_col(text_lines, end)
        timed = [s.place for s in touched if s.place.start_ms is not None]
        pages = [s.place.page for s in touched if s.place.page is not None]
        return Location(
            kind=self.kind,
            line=begin[0],
            column=begin[1],
            end_line=finish[0],
            end_column=finish[1],
            element=place.element,
            hidden=any(s.place.hidden for s in touched) if self.kind == "html" else None,
            page=pages[0] if pages else None,
            end_page=pages[-1] if pages and pages[-1] != pages[0] else None,
            paragraph=place.paragraph,
            style=place.style,
            table=place.table,
            start_time=timestamp(min(p.start_ms for p in timed)) if timed else None,
            end_time=timestamp(max(p.end_ms for p in timed)) if timed else None,
            cues=tuple(sorted({p.cue for p in timed if p.cue is not None})),
        )


def locate_in_text(kind: str, start: int, end: int, text_lines: Sequence[int]) -> Location:
    """The location of a span in a document that is its own source (plain text)."""
    line, column = line_col(text_lines, start)
    end_line, end_column = line_col(text_lines, end)
    return Location(kind=kind, line=line, column=column, end_line=end_line, end_column=end_column)

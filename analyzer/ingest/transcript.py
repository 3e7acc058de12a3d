"""Video transcripts: cues joined into running text, each character tied to its cue.

A caption cue rarely holds a whole sentence ("Our exosome drip | reverses type 2 diabetes"),
so cues are joined with spaces and the sentence splitter sees the sentences the speaker
said. Each claim's location then names the cues it spans, their start and end times, and
(for SRT and WebVTT) the line and column in the caption file. A line repeated from the cue
before, as in YouTube's rolling automatic captions, is read once.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.errors import Unreadable
from analyzer.model import Document
from analyzer.sourcemap import Place

Piece = tuple[str, int | None, int | None]  # text, [source_start, source_end) or None when the source has no positions


@dataclass(frozen=True)
class Cue:
    number: int
    start_ms: int
    end_ms: int
    lines: tuple[tuple[Piece, ...], ...]  # each line: text runs with markup already cut


def transcript_document(source: str, kind: str, cues: list[Cue], source_text: str | None, encoding: str | None,
                        lang: str = "auto") -> Document:
    if not cues:
        raise Unreadable(f"no cues in the {kind} file")
    builder = TextBuilder()
    previous_line = None
    for cue in cues:
        place = Place(cue=cue.number, start_ms=cue.start_ms, end_ms=cue.end_ms)
        for line in cue.lines:
            line_text = " ".join("".join(text for text, _, _ in line).split())
            if not line_text or line_text == previous_line:
                continue
            previous_line = line_text
            builder.separate(" ", line[0][1])
            for text, start, end in line:
                if start is not None and end is not None and end - start != len(text):
                    builder.add(text, start, end, place)  # a decoded entity
                else:
                    builder.add_flowing(text, start, place)
    text, source_map = builder.build(kind, source_text)
    if not text.strip():
        raise Unreadable(f"no text in the {kind} cues")
    return Document(id=source, source=source, text=text, lang=lang, format=kind, encoding=encoding,
                    source_map=source_map)


def milliseconds(hours: str | None, minutes: str, seconds: str, fraction: str) -> int:
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction.ljust(3, "0")[:3])

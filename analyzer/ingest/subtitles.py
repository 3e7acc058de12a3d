"""SRT and WebVTT caption files: cues with their number, times and text positions.

A cue whose timing line cannot be read stops the file with an error naming the line: a
transcript whose times are wrong cannot tell a regulator where a claim was said.
"""

from __future__ import annotations

import html
import re

from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import Unreadable, require_text
from analyzer.ingest.transcript import Cue, Piece, milliseconds, transcript_document
from analyzer.model import Document

_SRT_TIMING = re.compile(r"\s*(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})\b")
_VTT_TIME = r"(?:(\d{1,3}):)?(\d{2}):(\d{2})\.(\d{3})"
_VTT_TIMING = re.compile(rf"\s*{_VTT_TIME}\s+-->\s+{_VTT_TIME}(?:\s|$)")
_LOOKS_TIMED = re.compile(r"\s*(?:\d+:)?\d{2}:\d{2}[.,]\d")
_MARKUP = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}|&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos|#\d+|#x[0-9a-fA-F]+);")


def read_srt(source: str, data: bytes, lang: str = "auto") -> Document:
    decoded = decode(data)
    require_text(decoded.text, data)
    lines = _lines(decoded.text)
    cues, index = [], 0
    while index < len(lines):
        text, offset = lines[index]
        if not text.strip():
            index += 1
            continue
        number = len(cues) + 1
        if text.strip().isdigit():
            number = int(text.strip())
            index += 1
            if index == len(lines):
                raise Unreadable(f"line {index}: cue {number} has no timing line")
            text, offset = lines[index]
        timing = _SRT_TIMING.match(text)
        if not timing:
            raise Unreadable(f"line {index + 1}: invalid cue timing {text.strip()[:60]!r}")
        start, end = milliseconds(*timing.groups()[:4]), milliseconds(*timing.groups()[4:])
        _check_order(start, end, index)
        index += 1
        body = []
        while index < len(lines) and lines[index][0].strip():
            body.append(_pieces(*lines[index]))
            index += 1
        cues.append(Cue(number, start, end, tuple(body)))
    return transcript_document(source, "srt", cues, decoded.text, decoded.encoding, lang)


def read_vtt(source: str, data: bytes, lang: str = "auto") -> Document:
    decoded = decode(data)
    require_text(decoded.text, data)
    lines = _lines(decoded.text)
    if not lines or not lines[0][0].startswith("WEBVTT"):
        raise Unreadable("not a WebVTT file (no WEBVTT header on line 1)")
    cues, index = [], 0
    while index < len(lines) and lines[index][0].strip():  # the header block
        index += 1
    while index < len(lines):
        if not lines[index][0].strip():
            index += 1
            continue
        block_start = index
        while index < len(lines) and lines[index][0].strip():
            index += 1
        block = lines[block_start:index]
        if block[0][0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing_at = 0 if "-->" in block[0][0] or _LOOKS_TIMED.match(block[0][0]) else 1  # else line 1 is the cue's id
        if timing_at >= len(block):
            raise Unreadable(f"line {block_start + 1}: cue {block[0][0].strip()[:40]!r} has no timing line")
        timing = _VTT_TIMING.match(block[timing_at][0])
        if not timing:
            raise Unreadable(f"line {block_start + timing_at + 1}: invalid cue timing {block[timing_at][0].strip()[:60]!r}")
        start, end = milliseconds(*timing.groups()[:4]), milliseconds(*timing.groups()[4:])
        _check_order(start, end, block_start + timing_at)
        body = tuple(_pieces(text, offset) for text, offset in block[timing_at + 1 :])
        cues.append(Cue(len(cues) + 1, start, end, body))
    return transcript_document(source, "vtt", cues, decoded.text, decoded.encoding, lang)


def _lines(text: str) -> list[tuple[str, int]]:
    """Lines without their line ending, each with the offset where it starts."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((line.rstrip("\r\n"), offset))
        offset += len(line)
    return lines


def _check_order(start: int, end: int, index: int) -> None:
    if end < start:
        raise Unreadable(f"line {index + 1}: cue ends before it starts")


def _pieces(line: str, offset: int) -> tuple[Piece, ...]:
    """The text runs of a caption line, with tags cut and entities decoded."""
    pieces: list[Piece] = []
    position = 0
    for markup in _MARKUP.finditer(line):
        if markup.start() > position:
            pieces.append((line[position : markup.start()], offset + position, offset + markup.start()))
        if markup.group().startswith("&"):
            pieces.append((html.unescape(markup.group()), offset + markup.start(), offset + markup.end()))
        position = markup.end()
    if position < len(line):
        pieces.append((line[position:], offset + position, offset + len(line)))
    return tuple(pieces) or (("", offset, offset),)

"""Stage 1: turn the user's inputs into Documents, and every unreadable input into a
one-line InputFailure. Nothing given is dropped silently: a batch goes on with the rest.

Inputs: files (.txt, .md, .html read as text for now), directories (recursive), ``-`` for
standard input, and ``.jsonl`` batches whose lines are ``{"id", "text", "lang"?, "url"?}``.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from analyzer.model import Document, InputFailure

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
BATCH_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Unreadable(Exception):
    """Why one input cannot be audited (becomes an InputFailure)."""


def decode(data: bytes) -> str:
    """Text of ``data``: UTF-8, or UTF-8/16/32 with a byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise Unreadable(f"invalid {encoding} text at byte {error.start}") from error
    if b"\x00" in data[:8192]:
        raise Unreadable("binary data, not text (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = data[error.start : error.start + 1].hex()
        raise Unreadable(f"not UTF-8 text: undecodable byte 0x{byte} at offset {error.start}") from error


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit (--max-size)")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError as error:
        raise Unreadable("permission denied") from error
    except IsADirectoryError as error:
        raise Unreadable("is a directory") from error
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from error


def text_document(source: str, data: bytes, max_bytes: int, lang: str = "auto") -> Document:
    if len(data) > max_bytes:
        raise Unreadable(f"input is over the {max_bytes / 1_048_576:.0f} MB limit (--max-size)")
    text = decode(data)
    if not text.strip():
        raise Unreadable("empty file" if not data else "no text (only whitespace)")
    return Document(id=source, source=source, text=text, lang=lang)


def batch_documents(source: str, data: bytes, max_bytes: int) -> Iterator[Document | InputFailure]:
    """One Document per line of a JSONL batch; a bad line is a failure, the rest go on."""
    try:
        text = decode(data)
    except Unreadable as error:
        yield InputFailure(source, str(error))
        return
    seen_ids: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputFailure(where, f"invalid JSON: {error.msg} at column {error.colno}")
            continue
        if not isinstance(record, dict):
            yield InputFailure(where, "a batch line must be a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield InputFailure(where, 'missing or empty "text"')
            continue
        if len(body.encode("utf-8")) > max_bytes:
            yield InputFailure(where, f"text is over the {max_bytes / 1_048_576:.0f} MB limit (--max-size)")
            continue
        record_id = str(record.get("id") or where)
        if record_id in seen_ids:
            yield InputFailure(where, f"duplicate id {record_id!r}; audited under {where!r}")
            record_id = where
        seen_ids.add(record_id)
        lang = record.get("lang") or "auto"
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield Document(id=record_id, source=where, text=body, lang=str(lang), url=url)


def _file_documents(path: Path, max_bytes: int) -> Iterator[Document | InputFailure]:
    source = str(path)
    try:
        data = _read_bytes(path, max_bytes)
        if path.suffix.lower() in BATCH_SUFFIXES:
            yield from batch_documents(source, data, max_bytes)
        else:
            yield text_document(source, data, max_bytes)
    except Unreadable as error:
        yield InputFailure(source, str(error))


def _walk(directory: Path) -> Iterator[Path | InputFailure]:
    """Supported files under ``directory``, sorted; what is skipped is reported, not hidden."""
    for root, dirs, files in os.walk(directory):
        root_path = Path(root)
        for name in sorted(d for d in dirs if d.startswith(".")):
            yield InputFailure(str(root_path / name), "skipped: hidden directory", skipped=True)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = root_path / name
            suffix = path.suffix.lower()
            if name.startswith("."):
                yield InputFailure(str(path), "skipped: hidden file", skipped=True)
            elif suffix in TEXT_SUFFIXES or suffix in BATCH_SUFFIXES:
                yield path
            else:
                yield InputFailure(str(path), f"skipped: unsupported file type {suffix or '(none)'!r}", skipped=True)


def read_inputs(inputs: list[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin=None) -> Iterator[Document | InputFailure]:
    """Documents and failures for every input, in the order given."""
    for given in inputs:
        if given == "-":
            stream = stdin or sys.stdin.buffer
            try:
                yield text_document("<stdin>", stream.read(max_bytes + 1), max_bytes)
            except Unreadable as error:
                yield InputFailure("<stdin>", str(error))
            continue
        path = Path(given)
        if path.is_dir():
            for item in _walk(path):
                if isinstance(item, InputFailure):
                    yield item
                else:
                    yield from _file_documents(item, max_bytes)
        elif path.exists():
            yield from _file_documents(path, max_bytes)
        else:
            yield InputFailure(given, "no such file or directory")

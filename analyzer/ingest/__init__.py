"""Stage 1: turn the user's inputs into Documents, and every unreadable input into a
one-line InputFailure. Nothing given is dropped silently: a batch goes on with the rest.

Inputs: files, directories (recursive), ``-`` for standard input (plain text), ``http(s)://``
URLs, and ``.jsonl`` batches whose lines are ``{"id", "text", "lang"?, "url"?}``. One module
per format reads a file's bytes into a Document whose source map leads each character back to
its place in the source:

- ``text``: .txt;  ``markdown``: .md (without code blocks);  ``html``: .html, .htm, .xhtml
- ``subtitles``: .srt, .vtt;  ``youtube``: timedtext .xml, .json3;  ``pdf``;  ``word``: .docx
- ``url``: fetch, snapshot, then the reader of the content type;  ``batch``: .jsonl
- ``encoding``: bytes to text, the encoding detected and reported
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from analyzer.ingest.batch import batch_documents
from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import Unreadable, megabytes
from analyzer.ingest.formats import BATCH_SUFFIXES, READERS, SUFFIXES
from analyzer.ingest.text import read_text
from analyzer.ingest.url import DEFAULT_TIMEOUT, is_url, read_url
from analyzer.model import Document, InputFailure

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Unreadable(f"file is {size / 1_048_576:.1f} MB, over the {megabytes(max_bytes)} limit (--max-size)")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError as error:
        raise Unreadable("permission denied") from error
    except IsADirectoryError as error:
        raise Unreadable("is a directory") from error
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from error


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputFailure]:
    """The Document of one file (several for a JSONL batch), or why it cannot be read."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = _read_bytes(path, max_bytes)
        if suffix in BATCH_SUFFIXES:
            yield from batch_documents(source, data, max_bytes)
        else:
            yield READERS[SUFFIXES.get(suffix, "text")](source, data)
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
            elif suffix in SUFFIXES or suffix in BATCH_SUFFIXES:
                yield path
            else:
                yield InputFailure(str(path), f"skipped: unsupported file type {suffix or '(none)'!r}", skipped=True)


def read_inputs(inputs: list[str], max_bytes: int = DEFAULT_MAX_BYTES, stdin=None, *,
                timeout: float = DEFAULT_TIMEOUT, snapshot_dir: Path | None = None) -> Iterator[Document | InputFailure]:
    """Documents and failures for every input, in the order given. URL snapshots are saved
    under ``snapshot_dir`` when it is given."""
    for given in inputs:
        if given == "-":
            stream = stdin or sys.stdin.buffer
            try:
                data = stream.read(max_bytes + 1)
                if len(data) > max_bytes:
                    raise Unreadable(f"input is over the {megabytes(max_bytes)} limit (--max-size)")
                yield read_text("<stdin>", data)
            except Unreadable as error:
                yield InputFailure("<stdin>", str(error))
            continue
        if is_url(given):
            try:
                yield read_url(given, max_bytes, timeout, snapshot_dir)
            except Unreadable as error:
                yield InputFailure(given, str(error))
            continue
        path = Path(given)
        if path.is_dir():
            for item in _walk(path):
                if isinstance(item, InputFailure):
                    yield item
                else:
                    yield from read_file(item, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield InputFailure(given, "no such file or directory")


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "Unreadable", "decode", "read_file", "read_inputs"]

"""JSONL batches: one Document per line ``{"id", "text", "lang"?, "url"?}``; a bad line is
a failure named ``path:line`` and the rest of the batch goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator

from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import Unreadable, megabytes
from analyzer.model import Document, InputFailure


def batch_documents(source: str, data: bytes, max_bytes: int) -> Iterator[Document | InputFailure]:
    try:
        decoded = decode(data)
    except Unreadable as error:
        yield InputFailure(source, str(error))
        return
    if not decoded.text.strip():
        yield InputFailure(source, "empty file" if not data else "no text (only whitespace)")
        return
    seen_ids: set[str] = set()
    for number, line in enumerate(decoded.text.splitlines(), start=1):
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
            yield InputFailure(where, f"text is over the {megabytes(max_bytes)} limit (--max-size)")
            continue
        record_id = str(record.get("id") or where)
        if record_id in seen_ids:
            yield InputFailure(where, f"duplicate id {record_id!r}; audited under {where!r}")
            record_id = where
        seen_ids.add(record_id)
        lang = record.get("lang") or "auto"
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield Document(id=record_id, source=where, text=body, lang=str(lang), url=url, encoding=decoded.encoding)

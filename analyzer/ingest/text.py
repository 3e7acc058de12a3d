"""Plain text (.txt, standard input): the decoded input is the Document's text."""

from __future__ import annotations

from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import require_text
from analyzer.model import Document


def read_text(source: str, data: bytes, lang: str = "auto", declared: str | None = None) -> Document:
    decoded = decode(data, declared)
    require_text(decoded.text, data)
    return Document(id=source, source=source, text=decoded.text, lang=lang, format="text", encoding=decoded.encoding)

"""PDF: the text of each page (pypdf), each character tied to its page number.

pypdf is pure Python with no dependencies of its own, is actively maintained and caps the
output of compressed streams, which bounds what a hostile file can cost. A file without
the ``%%EOF`` marker is taken as truncated (an interrupted download) rather than half read;
a PDF with no text layer (scanned pages) is refused, since OCR is not done here.
"""

from __future__ import annotations

import io
import logging

from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.errors import Unreadable
from analyzer.model import Document
from analyzer.sourcemap import Place

MAX_PAGES = 5000
logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about damaged files would repeat our one line


def read_pdf(source: str, data: bytes, lang: str = "auto") -> Document:
    from pypdf import PdfReader  # imported here: only PDF inputs pay for it

    if not data:
        raise Unreadable("empty file")
    if b"%PDF-" not in data[:1024]:
        raise Unreadable("not a PDF file (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise Unreadable("truncated PDF (no %%EOF marker at the end)")
    builder = TextBuilder()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF (a password is needed)")
        if len(reader.pages) > MAX_PAGES:
            raise Unreadable(f"PDF has {len(reader.pages)} pages, over the limit of {MAX_PAGES}")
        for number, page in enumerate(reader.pages, start=1):
            text = (page.extract_text() or "").strip()
            if text:
                builder.separate("\n\n", None)
                builder.add(text, None, None, Place(page=number))
    except Unreadable:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many types (and plain ValueError, KeyError) on damaged files
        raise Unreadable(f"damaged PDF: {type(error).__name__}: {error}".rstrip(": ")) from error
    text, source_map = builder.build("pdf", None)
    if not text.strip():
        raise Unreadable("no text in the PDF (scanned pages? OCR is not supported)")
    return Document(id=source, source=source, text=text, lang=lang, format="pdf", source_map=source_map)

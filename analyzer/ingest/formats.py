"""Which reader reads which input: by file suffix, or by a URL's content type."""

from __future__ import annotations

from analyzer.ingest.html import read_html
from analyzer.ingest.markdown import read_markdown
from analyzer.ingest.pdf import read_pdf
from analyzer.ingest.subtitles import read_srt, read_vtt
from analyzer.ingest.text import read_text
from analyzer.ingest.word import read_docx
from analyzer.ingest.youtube import read_json3, read_timedtext

READERS = {  # format -> reader(source, data, lang) -> Document
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "srt": read_srt,
    "vtt": read_vtt,
    "timedtext": read_timedtext,
    "json3": read_json3,
    "pdf": read_pdf,
    "docx": read_docx,
}
CHARSET_AWARE = {"text", "html"}  # readers that take a declared charset (HTTP Content-Type)
SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".srt": "srt", ".vtt": "vtt", ".xml": "timedtext", ".json3": "json3",
    ".pdf": "pdf", ".docx": "docx",
}
BATCH_SUFFIXES = {".jsonl", ".ndjson"}
CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown",
    "text/vtt": "vtt", "application/x-subrip": "srt", "text/srt": "srt",
    "text/xml": "timedtext", "application/xml": "timedtext", "application/json": "json3",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

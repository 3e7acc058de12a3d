"""DOCX: body paragraphs and tables in reading order (python-docx), each character tied to
its paragraph number (1-based, as in python-docx's ``document.paragraphs``), its style
(headings) or its table, row and cell. Headers, footers and comments are not read.

Before python-docx opens the archive, its directory is checked: a file that would expand
past ``MAX_UNZIPPED`` bytes, or a member that expands more than ``MAX_RATIO`` times, is a
zip bomb and is refused. (zipfile never inflates a member past its declared size.)
"""

from __future__ import annotations

import io
import zipfile

from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.errors import Unreadable
from analyzer.model import Document
from analyzer.sourcemap import Place

MAX_UNZIPPED = 200 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 10_000
LIST_STYLES = ("List",)


def read_docx(source: str, data: bytes, lang: str = "auto") -> Document:
    if not data:
        raise Unreadable("empty file")
    check_archive(data)
    import docx  # imported here: only DOCX inputs pay for it
    from docx.table import Table

    builder = TextBuilder()
    try:
        document = docx.Document(io.BytesIO(data))
        numbers = {paragraph._p: number for number, paragraph in enumerate(document.paragraphs, start=1)}
        tables = 0
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                tables += 1
                _table(block, tables, builder)
            else:
                _paragraph(block, builder, Place(paragraph=numbers.get(block._p), style=_style(block)))
    except Unreadable:
        raise
    except Exception as error:  # noqa: BLE001 - python-docx and lxml raise many types on damaged files
        raise Unreadable(f"damaged DOCX: {type(error).__name__}: {error}".rstrip(": ")) from error
    text, source_map = builder.build("docx", None)
    if not text.strip():
        raise Unreadable("no text in the document")
    return Document(id=source, source=source, text=text, lang=lang, format="docx", source_map=source_map)


def check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise Unreadable("not a DOCX file (not a zip archive)") from error
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise Unreadable(f"zip bomb: {len(members)} files in the archive")
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED:
        raise Unreadable(f"zip bomb: expands to {total / 1_048_576:,.0f} MB (limit {MAX_UNZIPPED // 1_048_576} MB)")
    for member in members:
        if member.file_size > 1_048_576 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size / max(member.compress_size, 1)
            raise Unreadable(f"zip bomb: {member.filename} expands {ratio:,.0f} times to {member.file_size / 1_048_576:,.0f} MB")
    if "word/document.xml" not in archive.namelist():
        raise Unreadable("not a Word document (no word/document.xml)")


def _style(paragraph) -> str | None:
    name = paragraph.style.name if paragraph.style is not None else None
    return None if name in (None, "Normal") else name


def _paragraph(paragraph, builder: TextBuilder, place: Place, separator: str = "\n\n") -> None:
    text = paragraph.text
    if not text.strip():
        return
    properties = paragraph._p.pPr
    in_list = (properties is not None and properties.numPr is not None) or any(s in (place.style or "") for s in LIST_STYLES)
    if in_list:
        builder.separate("\n", None, force=builder.last_char in (":", "："))
        builder.insert("- ", None, place)
    else:
        builder.separate(separator, None)
    builder.add(text, None, None, place)


def _table(table, number: int, builder: TextBuilder, depth: int = 0) -> None:
    builder.separate("\n\n", None)
    for row_number, row in enumerate(table.rows, start=1):
        seen = set()
        for cell_number, cell in enumerate(row.cells, start=1):
            if cell._tc in seen:  # a merged cell repeats
                continue
            seen.add(cell._tc)
            for paragraph in cell.paragraphs:
                place = Place(table=(number, row_number, cell_number), style=_style(paragraph))
                _paragraph(paragraph, builder, place, separator="\n")
            if depth < 3:
                for inner in cell.tables:
                    _table(inner, number, builder, depth + 1)
    builder.separate("\n\n", None)

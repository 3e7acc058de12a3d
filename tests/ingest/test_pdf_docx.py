"""PDF pages and DOCX paragraphs, headings and tables (files built by builders.py)."""

from __future__ import annotations

import pytest

from analyzer.ingest import Unreadable
from analyzer.ingest.pdf import read_pdf
from analyzer.ingest.word import read_docx
from builders import ad_docx, ad_pdf, pdf_bytes, span_of, zip_bomb


def test_pdf_text_carries_its_page_number():
    document = read_pdf("flyer.pdf", ad_pdf())
    assert document.format == "pdf" and document.encoding is None
    assert document.locate(*span_of(document, "reverses type 2 diabetes")).page == 1
    assert document.locate(*span_of(document, "cure cancer")).page == 2
    assert document.locate(*span_of(document, "cure cancer")).label() == "page 2"


def test_a_span_across_a_page_break_names_both_pages():
    document = read_pdf("two.pdf", pdf_bytes([["Our drip is"], ["safe for everyone."]]))
    start, _ = span_of(document, "drip")
    _, end = span_of(document, "safe")
    location = document.locate(start, end)
    assert (location.page, location.end_page) == (1, 2)


@pytest.mark.parametrize("data, reason", [
    (ad_pdf()[:600], "truncated PDF"),
    (b"%PDF-1.4\n" + b"garbage " * 50 + b"\n%%EOF\n", "damaged PDF"),
    (b"GIF89a" + b"\0" * 40, "not a PDF file"),
    (pdf_bytes([[]]), "no text in the PDF"),
])
def test_unreadable_pdfs_say_why(data, reason):
    with pytest.raises(Unreadable, match=reason):
        read_pdf("bad.pdf", data)


@pytest.fixture(scope="module")
def word_document(tmp_path_factory):
    path = ad_docx(tmp_path_factory.mktemp("docx") / "ad.docx")
    return read_docx(str(path), path.read_bytes())


def test_docx_paragraphs_headings_and_table_cells_are_located(word_document):
    heading = word_document.locate(*span_of(word_document, "Exosome Drip Clinic"))
    assert (heading.paragraph, heading.style) == (1, "Heading 1")
    assert word_document.locate(*span_of(word_document, "cure cancer")).paragraph == 3
    cell = word_document.locate(*span_of(word_document, "100% safe"))
    assert cell.table == (1, 1, 2) and cell.label() == "table 1 row 1 cell 2"


def test_docx_text_reads_in_order(word_document):
    assert word_document.text == ("Exosome Drip Clinic\n\nOur exosome drip reverses type 2 diabetes in six weeks.\n\n"
                                  "The regulator warned that clinics claim their drips cure cancer.\n\n"
                                  "Safety\nIt is 100% safe with no side effects.")


def test_docx_list_paragraphs_become_bullets_under_their_intro(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Our drip treats:")
    document.add_paragraph("arthritis", style="List Bullet")
    document.add_paragraph("COPD", style="List Bullet")
    path = tmp_path / "list.docx"
    document.save(path)
    assert read_docx("list.docx", path.read_bytes()).text == "Our drip treats:\n- arthritis\n- COPD"


@pytest.mark.parametrize("data, reason", [
    (zip_bomb(60), "zip bomb: word/document.xml expands"),
    (b"PK\x03\x04 not really a zip", "not a DOCX file"),
    (b"", "empty file"),
])
def test_unreadable_docx_say_why(data, reason):
    with pytest.raises(Unreadable, match=reason):
        read_docx("bad.docx", data)

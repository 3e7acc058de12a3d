"""Build the binary test inputs (PDF, DOCX) and the bad-input corpus at test time.

Run as a script to write the bad-input corpus into a directory, to try it by hand:

    python tests/ingest/builders.py /tmp/bad-inputs && claimaudit audit /tmp/bad-inputs
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

AD_LINES = [
    "Exosome Drip Clinic",
    "Our exosome drip reverses type 2 diabetes in six weeks.",
    "The regulator warned that clinics claim their drips cure cancer.",
    "It is 100% safe with no side effects.",
]


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A minimal valid PDF: one Helvetica text line per string, one list of lines per page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
        stream = ("BT /F1 12 Tf 72 720 Td 16 TL " + " ".join(f"({line}) Tj T*" for line in escaped) + " ET").encode("latin-1")
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, content, font)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def ad_pdf() -> bytes:
    """The test ad on two pages: the heading and first claim, then the rest."""
    return pdf_bytes([AD_LINES[:2], AD_LINES[2:]])


def ad_docx(path: Path) -> Path:
    """The test ad as a Word document: a heading, two paragraphs and a one-row table."""
    import docx

    document = docx.Document()
    document.add_heading(AD_LINES[0], level=1)
    document.add_paragraph(AD_LINES[1])
    document.add_paragraph(AD_LINES[2])
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Safety"
    table.cell(0, 1).text = AD_LINES[3]
    document.save(path)
    return path


def zip_bomb(megabytes: int = 60) -> bytes:
    """A .docx-shaped archive whose document.xml inflates about a thousand times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return buffer.getvalue()


def bad_corpus(directory: Path) -> dict[str, str]:
    """Write the broken inputs into ``directory``; returns file name -> expected reason."""
    directory.mkdir(parents=True, exist_ok=True)
    pdf = ad_pdf()
    files = {
        "truncated.pdf": (pdf[: len(pdf) // 2], "truncated PDF"),
        "zip-bomb.docx": (zip_bomb(), "zip bomb"),
        "nested.html": (b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
                        "nested deeper than"),
        "broken-timestamps.srt": (b"1\n00:00:01,000 --> 00:00:02,000\nOur drip\n\n2\n00:00:0X,000 --> 00:00:04,000\ncures cancer\n",
                                  "line 6: invalid cue timing"),
        "empty.txt": (b"", "empty file"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "binary data"),
        "batch.jsonl": (b'{"id": "ok", "text": "Our drip is 100% safe."}\n{"id": "broken", "text": \n', "invalid JSON"),
    }
    for name, (data, _) in files.items():
        (directory / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMA = ROOT / "reports" / "schema" / "audit-report.schema.json"
INPUTS = ROOT / "tests" / "fixtures" / "inputs"
SAME_CLAIMS = INPUTS / "same-claims"


def span_of(document, words: str) -> tuple[int, int]:
    """[start, end) of the first ``words`` in a Document's text."""
    start = document.text.index(words)
    return start, start + len(words)


def source_at(source: str, line: int, column: int, length: int) -> str:
    """The ``length`` characters of ``source`` at a 1-based line and column."""
    return source.splitlines()[line - 1][column - 1 : column - 1 + length]


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "bad-inputs")
    for name, reason in bad_corpus(target).items():
        print(f"{target / name}: {reason}")

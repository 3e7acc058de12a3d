"""Encodings are detected and named; NFKC is for matching only, offsets stay original."""

from __future__ import annotations

import codecs

import pytest

from analyzer.ingest import Unreadable, decode
from analyzer.ingest.html import read_html
from analyzer.ingest.text import read_text
from analyzer.normalize import matching_text

ENGLISH = "Our café's exosome drip is 100% safe — no side effects, guaranteed.\n"
JAPANESE = "当院のエクソソーム点滴は、がんを治します。副作用は一切ありません。今なら初回二割引です。\n"


@pytest.mark.parametrize("data, text, encoding", [
    (ENGLISH.encode("utf-8"), ENGLISH, "UTF-8"),
    (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH, "UTF-8 BOM"),
    (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), ENGLISH, "UTF-16LE BOM"),
    (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, "UTF-16BE BOM"),
    (ENGLISH.encode("utf-16-le"), ENGLISH, "UTF-16LE"),
    (ENGLISH.encode("utf-16-be"), ENGLISH, "UTF-16BE"),
    (ENGLISH.encode("cp1252"), ENGLISH, "windows-1252"),
    (JAPANESE.encode("shift_jis"), JAPANESE, "Shift_JIS"),
    (JAPANESE.encode("euc_jp"), JAPANESE, "EUC-JP"),
    (JAPANESE.encode("utf-8"), JAPANESE, "UTF-8"),
])
def test_encodings_are_detected_and_named(data, text, encoding):
    document = read_text("ad.txt", data)
    assert (document.text, document.encoding) == (text, encoding)


def test_an_html_page_declaring_its_charset_is_read_in_it():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head>' \
           f"<body><p>{JAPANESE}</p></body></html>"
    document = read_html("ja.html", page.encode("shift_jis"))
    assert document.encoding == "Shift_JIS" and document.text == JAPANESE.strip()


def test_a_wrong_declaration_falls_back_to_detection():
    page = f'<meta charset="shift_jis"><p>{ENGLISH}</p>'.encode("utf-8")
    assert read_html("mislabelled.html", page).encoding == "UTF-8"


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary data, not text (NUL bytes)"),
    (bytes(range(1, 32)) * 20, "binary data, not text (control characters)"),
])
def test_binary_data_is_refused(data, reason):
    with pytest.raises(Unreadable, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


def test_nfkc_text_for_matching_maps_back_to_the_original_characters():
    original = "ＮＯ．１の ｴｸｿｿｰﾑ drip: ﬁve stars\nplain line\n"
    matching = matching_text(original)
    assert matching.text == "NO.1の エクソソーム drip: five stars\nplain line\n"
    for found, expected in (("NO.1", "ＮＯ．１"), ("エクソソーム", "ｴｸｿｿｰﾑ"), ("five", "ﬁve"), ("plain", "plain")):
        start = matching.text.index(found)
        mapped = matching.to_original(start, start + len(found))
        assert original[mapped[0] : mapped[1]] == expected


def test_text_already_in_nfkc_is_not_copied():
    matching = matching_text(ENGLISH)
    assert matching.text is ENGLISH and not matching.changed


@pytest.mark.parametrize("data", [codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), JAPANESE.encode("shift_jis"),
                                  ENGLISH.encode("cp1252"), codecs.BOM_UTF8 + ENGLISH.encode("utf-8")])
def test_the_reported_name_reads_the_source_again(data):
    from analyzer.ingest.encoding import python_codec

    document = read_text("ad.txt", data)
    assert data.decode(python_codec(document.encoding)) == document.text


def test_the_cli_reports_the_encoding_in_json_and_text(tmp_path):
    import json

    from typer.testing import CliRunner

    from analyzer.cli import app

    ad = tmp_path / "ad.txt"
    ad.write_bytes(ENGLISH.encode("cp1252"))
    report = json.loads(CliRunner().invoke(app, ["audit", str(ad), "--format", "json"]).stdout)
    assert report["encoding"] == "windows-1252"
    assert any(c["text"] == "100% safe" for c in report["claims"])
    text = CliRunner().invoke(app, ["audit", str(ad)]).stdout
    assert text.splitlines()[0] == f"{ad}: note: read as windows-1252"


def test_a_full_width_claim_is_found_and_reported_in_its_original_characters():
    from analyzer.audit import audit_text

    text = "Ｏｕｒ　ｄｒｉｐ is １００％ safe.\n"
    claim = next(c for c in audit_text(text, lang="en").claims if c.category == "SAFETY_ABSOLUTE")
    assert claim.text == text[claim.start : claim.end] == "１００％ safe"
    assert (claim.line, claim.column) == (1, 13)

"""Bytes to text, and the name of the encoding that was used (reported in the output).

In order: a byte-order mark; the encoding the input declares (HTML ``<meta charset>``, an
HTTP ``Content-Type``), when it decodes cleanly; UTF-16 without a BOM (every other byte NUL);
UTF-8; then charset-normalizer, restricted to the legacy encodings clinic pages still use
(Shift_JIS, EUC-JP, windows-1252). NUL bytes or control characters mean binary data.
Names are the IANA ones: "UTF-8", "UTF-16LE", "Shift_JIS", "EUC-JP", "windows-1252",
with " BOM" when the input starts with a byte-order mark.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from analyzer.ingest.errors import Unreadable

BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)
# Python codec -> (codec to decode with, IANA name). Shift_JIS is decoded as Windows-31J
# (cp932), its superset that Japanese pages labelled Shift_JIS actually use; ISO-8859-1 as
# windows-1252, as browsers do.
LEGACY = {
    "shift_jis": ("cp932", "Shift_JIS"),
    "cp932": ("cp932", "Shift_JIS"),
    "euc_jp": ("euc_jp", "EUC-JP"),
    "cp1252": ("cp1252", "windows-1252"),
    "latin_1": ("cp1252", "windows-1252"),
    "ascii": ("utf-8", "UTF-8"),
    "utf_8": ("utf-8", "UTF-8"),
    "utf_16_le": ("utf-16-le", "UTF-16LE"),
    "utf_16_be": ("utf-16-be", "UTF-16BE"),
    "utf_16": ("utf-16", "UTF-16"),
    "iso2022_jp": ("iso2022_jp", "ISO-2022-JP"),
}
DETECTABLE = ["cp932", "euc_jp", "cp1252"]
SAMPLE = 8192
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")  # ESC (0x1b) belongs to ISO-2022-JP


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # IANA name, " BOM" appended when there was one


def codec_of(label: str | None) -> tuple[str, str] | None:
    """(codec, IANA name) for a declared charset label, or None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name.replace("-", "_")
    except LookupError:
        return None
    return LEGACY.get(name) or (name, label.strip())


def decode(data: bytes, declared: str | None = None) -> Decoded:
    for bom, codec, name in BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom) :], codec, name), f"{name} BOM")
    declared_codec = codec_of(declared)
    if declared_codec:
        try:
            return Decoded(data.decode(declared_codec[0]), declared_codec[1])
        except UnicodeDecodeError:
            pass  # the declaration is wrong; detect instead
    utf16 = _utf16_without_bom(data[:SAMPLE])
    if utf16:
        return Decoded(_strict(data, *utf16), utf16[1])
    head = data[:SAMPLE]
    if b"\x00" in head:
        raise Unreadable("binary data, not text (NUL bytes)")
    if len(_CONTROL.findall(head)) > max(len(head) // 100, 2):
        raise Unreadable("binary data, not text (control characters)")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    best = _detect(data)
    if best is None:
        byte = data[utf8_error.start : utf8_error.start + 1].hex()
        raise Unreadable(f"not text in a supported encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP, windows-1252): "
                         f"undecodable byte 0x{byte} at offset {utf8_error.start}")
    codec, name = best
    return Decoded(_strict(data, codec, name), name)


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise Unreadable(f"invalid {name} text at byte {error.start}") from error


def _utf16_without_bom(head: bytes) -> tuple[str, str] | None:
    """UTF-16 text that is mostly ASCII has a NUL in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le", "UTF-16LE"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be", "UTF-16BE"
    return None


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported here: only legacy encodings need it

    best = from_bytes(data, cp_isolation=DETECTABLE).best()
    if best is None:
        return None
    return LEGACY.get(best.encoding, (best.encoding, best.encoding))


PYTHON_CODECS = {
    "UTF-8": "utf-8", "UTF-8 BOM": "utf-8-sig", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be",
    "UTF-16LE BOM": "utf-16", "UTF-16BE BOM": "utf-16", "UTF-32LE BOM": "utf-32", "UTF-32BE BOM": "utf-32",
    "Shift_JIS": "cp932", "EUC-JP": "euc_jp", "windows-1252": "cp1252",
}


def python_codec(encoding: str) -> str:
    """The Python codec that reads a source again from the encoding name reported for it
    ("UTF-8 BOM" -> "utf-8-sig", "Shift_JIS" -> "cp932"), for code that re-reads the file."""
    return PYTHON_CODECS.get(encoding, encoding)

"""Which language a document is in (claimaudit audits English and, later, Japanese)."""

from __future__ import annotations

import regex

_JAPANESE = regex.compile(r"[\p{Hiragana}\p{Katakana}\p{Han}]")
_LETTER = regex.compile(r"\p{L}")


def detect_language(text: str) -> str:
    """'ja' when Japanese script makes up a fifth of the letters, else 'en'."""
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if letters and len(_JAPANESE.findall(sample)) / letters >= 0.2:
        return "ja"
    return "en"

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


_PARAGRAPH_BREAK = regex.compile(r"\n[ \t\u3000]*\n")


def language_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lang) runs of consecutive paragraphs in one language. A paragraph with
    too few letters to tell takes the language of the one before it."""
    runs: list[list] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.end() if match else len(text)
        paragraph = text[position:end]
        letters = len(_LETTER.findall(paragraph))
        lang = detect_language(paragraph) if letters >= 12 or not runs else runs[-1][2]
        if runs and runs[-1][2] == lang:
            runs[-1][1] = end
        else:
            runs.append([position, end, lang])
        position = end
    if len(runs) > 1 and _LETTER.search(text[runs[0][0]:runs[0][1]]) is None:
        runs[1][0] = runs[0][0]  # a leading stretch without letters joins the language after it
        runs.pop(0)
    return [tuple(run) for run in runs] or [(0, len(text), "en")]

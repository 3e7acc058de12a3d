"""Markdown: the prose without its markup, every character still at its line and column.

markdown-it-py (CommonMark) finds the block structure: fenced and indented code blocks and
horizontal rules are dropped whole, heading markers cut. Inline markup is cut around the
words it wraps: emphasis markers, backticks, link brackets and their URLs (the link text
stays), images (their alt text stays), raw HTML tags and comments. Everything else is kept
verbatim, line breaks and list bullets included, so Markdown reads like the same copy in a
.txt file.
"""

from __future__ import annotations

import re

from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import require_text
from analyzer.model import Document
from analyzer.sourcemap import line_starts

_NESTED_PARENS = r"[^()\n]*(?:\([^()\n]*\)[^()\n]*)*"
_INLINE = re.compile(
    r"(?P<code>(?P<ticks>`+)[^`\n](?:.*?[^`])?(?P=ticks)(?!`))"
    r"|(?P<image>!\[(?P<alt>[^\]\n]*)\]\(" + _NESTED_PARENS + r"\))"
    r"|(?P<link>\[(?P<label>(?:[^\[\]\n]|\[[^\[\]\n]*\])*)\](?:\(" + _NESTED_PARENS + r"\)|\[[^\]\n]*\]))"
    r"|(?P<comment><!--(?s:.*?)-->)"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<(?:https?|mailto):[^>\s]*>)"
    r"|(?P<escape>\\(?=[!-/:-@\[-`{-~]))"
    r"|(?P<emphasis>(?<![\\\w*_~])(?:\*{1,3}|_{1,3}|~~)(?=\S)|(?<=\S)(?:\*{1,3}|_{1,3}|~~)(?![\w*_~]))"
)
_LINE_MARKUP = re.compile(
    r"^[ \t]{0,3}(?:>[ \t]?)+"  # blockquote markers
    r"|^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*\n?"  # link reference definition
    r"|^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*(?:\n|$)",  # table delimiter row
    re.MULTILINE,
)
_ATX_OPEN = re.compile(r" {0,3}#{1,6}(?:[ \t]+|(?=\n)|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")


def read_markdown(source: str, data: bytes, lang: str = "auto") -> Document:
    decoded = decode(data)
    require_text(decoded.text, data)
    markdown = decoded.text
    cuts = markup_ranges(markdown)
    builder = TextBuilder()
    position = 0
    for start, end in cuts:
        if start > position:
            builder.add(markdown[position:start], position)
        position = max(position, end)
    builder.add(markdown[position:], position)
    text, source_map = builder.build("markdown", markdown)
    require_text(text, data)
    return Document(id=source, source=source, text=text, lang=lang, format="markdown",
                    encoding=decoded.encoding, source_map=source_map)


def markup_ranges(markdown: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ``[start, end)`` ranges of ``markdown`` that are not prose."""
    from markdown_it import MarkdownIt  # imported here: start-up time matters for a linter

    starts = line_starts(markdown)

    def line_span(first: int, last: int) -> tuple[int, int]:  # lines [first, last)
        end = starts[last] if last < len(starts) else len(markdown)
        return starts[first], end

    cuts: list[tuple[int, int]] = []
    dropped: list[tuple[int, int]] = []
    blocks_only = MarkdownIt("commonmark").disable("inline")  # inline markup is cut below, by position
    for token in blocks_only.parse(markdown):
        if not token.map:
            continue
        first, last = token.map
        if token.type in ("fence", "code_block", "hr"):
            dropped.append(line_span(first, last))
        elif token.type == "heading_open" and token.markup.startswith("#"):
            line_start, line_end = line_span(first, first + 1)
            line = markdown[line_start:line_end].rstrip("\n")
            opener = _ATX_OPEN.match(line)
            if opener:
                cuts.append((line_start, line_start + opener.end()))
                closer = _ATX_CLOSE.search(line, opener.end())
                if closer:
                    cuts.append((line_start + closer.start(), line_start + closer.end()))
        elif token.type == "heading_open":  # setext: the underline goes
            dropped.append(line_span(last - 1, last))
    position = 0
    for start, end in sorted(dropped):
        if start > position:
            cuts.extend(_prose_markup(markdown, position, start))
        position = max(position, end)
    cuts.extend(_prose_markup(markdown, position, len(markdown)))
    return _merged([*cuts, *dropped])


def _prose_markup(markdown: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [match.span() for match in _LINE_MARKUP.finditer(markdown, start, end) if match.end() > match.start()]
    cuts.extend(_inline_markup(markdown, start, end))
    return cuts


def _inline_markup(markdown: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = []
    for match in _INLINE.finditer(markdown, start, end):
        if match.group("code"):
            ticks = len(match.group("ticks"))
            cuts += [(match.start(), match.start() + ticks), (match.end() - ticks, match.end())]
        elif match.group("image"):
            cuts += [(match.start(), match.start("alt")), (match.end("alt"), match.end())]
        elif match.group("link"):
            cuts.append((match.start(), match.start("label")))
            cuts.extend(_inline_markup(markdown, match.start("label"), match.end("label")))
            cuts.append((match.end("label"), match.end()))
        else:  # comment, tag, escape, emphasis: cut whole
            cuts.append(match.span())
    return cuts


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged

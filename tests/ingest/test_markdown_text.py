"""Markdown and plain text: prose without markup, at its own line and column."""

from __future__ import annotations

import pytest

from analyzer.ingest.markdown import read_markdown
from analyzer.ingest.text import read_text
from builders import source_at, span_of

MARKDOWN = """# Regenerative *Drip* Menu #

Our **stem cell drip** [repairs damaged joints](https://clinic.example/joints) for good.
![Patient smiling after her third session](smile.jpg)

```yaml
note: this block claims the drip cures cancer
```

    indented code: also claims it cures cancer

Treats:
- knee pain
- `back pain`

> "I threw away my cane," says one patient.

Spring offer
============

[joints]: https://clinic.example/joints
<!-- draft: cures cancer -->
Call today\\!
"""


@pytest.fixture(scope="module")
def page():
    return read_markdown("menu.md", MARKDOWN.encode("utf-8"))


def test_markup_and_code_blocks_go_headings_link_text_and_alt_text_stay(page):
    assert page.text.startswith("Regenerative Drip Menu\n\nOur stem cell drip repairs damaged joints for good.\n"
                                "Patient smiling after her third session\n")
    assert "Treats:\n- knee pain\n- back pain" in page.text  # bullets kept, as in a .txt file
    assert '"I threw away my cane," says one patient.' in page.text
    assert "Spring offer\n" in page.text and "=====" not in page.text
    assert "Call today!" in page.text
    for dropped in ("cures cancer", "https://", "**", "```", "[joints]"):
        assert dropped not in page.text


@pytest.mark.parametrize("words", ["Drip Menu", "repairs damaged joints", "Patient smiling", "back pain",
                                   "I threw away", "Spring offer", "Call today"])
def test_every_span_maps_back_to_its_line_and_column(page, words):
    location = page.locate(*span_of(page, words))
    assert location.kind == "markdown"
    first_word = words.split()[0]
    assert source_at(MARKDOWN, location.line, location.column, len(first_word)) == first_word
    assert page.line_col(span_of(page, words)[0]) == (location.line, location.column)


def test_a_span_over_markup_ends_where_the_source_ends(page):
    start, end = span_of(page, "Regenerative Drip")
    location = page.locate(start, end)
    assert (location.line, location.column, location.end_column) == (1, 3, 3 + len("Regenerative *Drip"))


def test_plain_text_is_its_own_source():
    text = "Line one.\r\nOur drip is 100% safe.\n"
    document = read_text("ad.txt", text.encode("utf-8"))
    assert document.text == text and document.source_map is None and document.format == "text"
    location = document.locate(*span_of(document, "100% safe"))
    assert (location.line, location.column, location.end_column) == (2, 13, 22)

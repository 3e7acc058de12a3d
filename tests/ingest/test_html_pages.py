"""HTML pages: what a reader sees is audited, where it stands in the page is kept."""

from __future__ import annotations

import pytest

from analyzer.ingest import Unreadable
from analyzer.ingest.html import read_html
from builders import SAME_CLAIMS, source_at, span_of

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Lumen Clinic &amp; Drip Bar</title>
<meta name="description" content="Our NAD+ drip reverses ageing &amp; restores energy.">
<style>
  .fine-print { display: none }
  #promo, .banner strong { visibility: hidden }
</style>
<script>document.write("This script cures cancer");</script>
</head>
<body>
<nav><ul><li><a href="/cure">Cure your arthritis today</a></li></ul></nav>
<div id="cookie-consent">We use cookies to guarantee the best experience.</div>
<main>
  <h1>Feel   younger
      in weeks</h1>
  <p>Our drip <b>cures fatigue</b> &mdash; results in 3&nbsp;days.
  <p>Treats:</p>
  <ul>
    <li>chronic fatigue
    <li>long COVID
  </ul>
  <img src="before.jpg" alt="Before and after: ten years younger">
  <p class="fine-print">Results are not guaranteed.</p>
  <div id="promo">Only 3 slots left!</div>
  <div hidden><p>Approved by the FDA.</p></div>
  <p style="color: red; DISPLAY : none">No side effects.</p>
</main>
<footer><p>Individual results vary.</p></footer>
</body></html>
"""


@pytest.fixture(scope="module")
def page():
    return read_html("page.html", PAGE.encode("utf-8"))


def test_readable_text_keeps_title_description_headings_lists_and_alt(page):
    assert page.text.startswith("Lumen Clinic & Drip Bar\n\nOur NAD+ drip reverses ageing & restores energy.\n\n")
    assert "Feel younger in weeks" in page.text  # white space collapsed as a browser shows it
    assert "Our drip cures fatigue — results in 3 days." in page.text
    assert "Treats:\n- chronic fatigue\n- long COVID" in page.text  # the list stays under its intro line
    assert "Before and after: ten years younger" in page.text
    assert "Individual results vary." in page.text  # footers hold disclosures: kept


def test_scripts_styles_navigation_and_cookie_banners_are_dropped(page):
    for dropped in ("This script cures cancer", "Cure your arthritis", "cookies", "display: none", "document.write"):
        assert dropped not in page.text


@pytest.mark.parametrize("words, element", [
    ("Lumen Clinic", "head > title"),
    ("reverses ageing", "head > meta[name=description]"),
    ("cures fatigue", "main > p > b"),
    ("long COVID", "main > ul > li"),
    ("ten years younger", "main > img"),
    ("Individual results", "footer > p"),
])
def test_every_span_maps_to_its_line_column_and_element(page, words, element):
    location = page.locate(*span_of(page, words))
    assert location.kind == "html" and location.element == element
    assert source_at(PAGE, location.line, location.column, len(words)) == words
    assert (location.end_line, location.end_column - len(words)) == (location.line, location.column)


def test_a_span_across_an_entity_maps_to_the_whole_reference(page):
    start, end = span_of(page, "3 days")
    location = page.locate(start, end)
    assert source_at(PAGE, location.line, location.column, 11) == "3&nbsp;days"
    assert location.end_column - location.column == len("3&nbsp;days")


@pytest.mark.parametrize("words, hidden", [
    ("Results are not guaranteed", True),  # class hidden by the page's <style>
    ("Only 3 slots left", True),  # id hidden by the page's <style>
    ("Approved by the FDA", True),  # inside an element with the hidden attribute
    ("No side effects", True),  # inline style
    ("cures fatigue", False),
])
def test_text_hidden_with_css_is_audited_and_marked_hidden(page, words, hidden):
    assert page.locate(*span_of(page, words)).hidden is hidden


def test_line_and_column_of_a_document_offset_are_those_of_the_page(page):
    start, _ = span_of(page, "long COVID")
    line, column = page.line_col(start)
    assert source_at(PAGE, line, column, 10) == "long COVID"


def test_unclosed_paragraphs_and_list_items_close_as_browsers_close_them():
    document = read_html("p.html", b"<p>One claim.<p>Another claim.<ul><li>first<li>second</ul>")
    assert document.text == "One claim.\n\nAnother claim.\n\n- first\n- second"


def test_the_same_ad_file_reads_like_the_plain_text():
    document = read_html("ad.html", (SAME_CLAIMS / "ad.html").read_bytes())
    assert "Our exosome drip reverses type 2 diabetes in six weeks." in document.text
    assert "cures asthma" not in document.text  # only in <script> and <nav>


@pytest.mark.parametrize("data, reason", [
    (b"<html><body>" + b"<div>" * 5000 + b"x", "nested deeper than 1000 elements (line 1, column 5003)"),
    (b"<html><head><script>only script</script></head><body> </body></html>", "no readable text"),
])
def test_pages_that_cannot_be_read_say_why(data, reason):
    with pytest.raises(Unreadable, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_html("bad.html", data)

"""The HTML report of one document: self-contained, escaped, and showing what a reader checks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from analyzer.report.html import environment, render_document
from analyzer.report.view import document_view, pieces_of, risk_score

SCRIPT_PAYLOAD = "<script>alert(1)</script>"  # as written into the ad by conftest.payload_result
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <script> elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parsed(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.fixture(scope="module")
def exosome_html(exosome_result):
    return render_document(document_view(exosome_result), generated="2026-11-27")


@pytest.fixture(scope="module")
def payload_html(payload_result):
    return render_document(document_view(payload_result), generated="2026-11-27")


def test_templates_are_autoescaped():
    env = environment()
    assert env.autoescape("document.html.j2") is True
    assert env.autoescape("index.html.j2") is True


def test_bundled_sample_is_one_self_contained_file(exosome_html):
    tags = parsed(exosome_html)
    names = [tag for tag, _ in tags.tags]
    # nothing that would load a resource: no stylesheet links, images, frames, external scripts
    for banned in ("link", "img", "iframe", "object", "embed", "base", "video", "audio", "source"):
        assert banned not in names, banned
    assert all("src" not in attrs for tag, attrs in tags.tags), "an element has a src attribute"
    assert "@import" not in exosome_html and "url(" not in exosome_html
    assert names.count("style") == 1 and names.count("script") == 1
    assert "default-src 'none'" in exosome_html  # CSP: defence in depth if escaping ever failed
    # every link is an http(s) citation or source, or an in-page anchor
    for tag, attrs in tags.tags:
        if tag == "a":
            assert re.match(r"(https?://|#|\.\./)", attrs["href"]), attrs["href"]


def test_header_names_source_language_jurisdictions_date_and_version(exosome_html):
    assert "samples/ads/exosome-drip.md" in exosome_html
    assert "<dt>Language</dt><dd>en</dd>" in exosome_html
    for jurisdiction in ("eu", "jp", "uk", "us"):
        assert jurisdiction in re.search(r"<dt>Jurisdictions</dt><dd>([^<]*)</dd>", exosome_html).group(1)
    assert "2026-11-27" in exosome_html
    assert "<dt>claimaudit</dt><dd>0.1.0</dd>" in exosome_html


def test_every_claim_is_highlighted_with_a_worded_severity(exosome_result, exosome_html):
    tags = parsed(exosome_html)
    marks = [attrs for tag, attrs in tags.tags if tag == "mark"]
    highlighted = {attrs["data-claim"] for tag, attrs in tags.tags if tag == "span" and "data-claim" in attrs}
    assert highlighted == {claim.id for claim in exosome_result.claims}
    assert all(attrs["tabindex"] == "0" and "aria-describedby" in attrs for attrs in marks)
    assert any("sev-critical" in attrs["class"] for attrs in marks)
    # colour is not the only signal: the word and an icon are there too
    assert re.search(r'<span class="sev sev-critical"><span class="icon" aria-hidden="true">.</span> critical</span>', exosome_html)


def test_tooltip_has_rule_clause_link_evidence_and_rewrite(exosome_html):
    tip = exosome_html[exosome_html.index('data-claim="c2"'):]
    tip = tip[: tip.index("</mark>")]
    assert "JP-PMD-68" in tip
    assert re.search(r'Clause: <a href="https://[^"]+"', tip)
    assert "Evidence: " in tip and "unapproved" in tip
    assert "Rewrite: " in tip


def test_missing_disclosures_are_a_checklist(exosome_html):
    section = exosome_html[exosome_html.index('class="checklists"'):exosome_html.index('class="filters')]
    assert "JP-LIMIT-UNAPPROVED" in section
    assert section.count('<li class="missing">') >= 5
    assert "missing:</span> U1: that the product is unapproved" in section


def test_ad_text_markup_is_shown_as_text_never_as_markup(payload_html):
    assert SCRIPT_PAYLOAD not in payload_html
    assert IMG_PAYLOAD not in payload_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in payload_html
    assert "&lt;img src=x onerror=alert(1)&gt;" in payload_html
    assert "&lt;b&gt;bold&lt;/b&gt;" in payload_html
    tags = parsed(payload_html)
    assert [tag for tag, _ in tags.tags].count("script") == 1
    assert "alert(" not in "".join(tags.scripts)
    assert not any(name.startswith("on") for _, attrs in tags.tags for name in attrs), "an event-handler attribute"
    assert not any(tag in ("img", "b") for tag, _ in tags.tags)


def test_transcript_claims_show_their_timestamp_and_reported_claims_are_muted(transcript_result):
    html = render_document(document_view(transcript_result))
    assert '<span class="ts">[00:00:04.000]</span>' in html or '<span class="ts">[00:00:06.200]</span>' in html
    assert "[00:01:02.345]" in html
    muted = [c for c in transcript_result.claims if c.assertion != "asserted"]
    assert muted, "the fixture has a reported claim"
    assert re.search(r'<mark class="claim sev-none muted"', html)
    assert 'id="show-muted"' in html


def test_japanese_page_declares_its_language_and_keeps_the_text(japanese_result):
    html = render_document(document_view(japanese_result))
    assert html.startswith("<!doctype html>\n<html lang=\"ja\">")
    assert '<div id="text" class="adtext" lang="ja">' in html
    assert "エクソソーム" in html and "最上級表現（日本一）" in html
    assert '"Noto Sans CJK JP"' in html
    assert "Clause:" not in html and "Rewrite:" not in html  # nothing to show, and no crash


def test_print_stylesheet_hides_controls():
    css = (environment().loader.searchpath[0] + "/assets/report.css")
    text = open(css, encoding="utf-8").read()
    assert "@media print" in text and ".no-print" in text


def test_overlapping_claims_share_one_highlight(exosome_result):
    view = document_view(exosome_result)
    text = exosome_result.document.text
    assert "".join(piece.text for piece in view.pieces) == text  # nothing lost, nothing repeated
    shared = [p for p in view.pieces if len(p.claims) > 1]
    assert shared, "the sample has overlapping claims (I look ten years younger / look ten years younger)"
    claims = {c.id: c for c in view.claims}
    spans = {"a": (0, 5), "b": (3, 9), "c": (12, 14)}
    fake = tuple(claims[next(iter(claims))].__class__(**{**claims[next(iter(claims))].__dict__, "id": key}) for key in spans)
    pieces = pieces_of("abcdefghijklmnop", fake, spans)
    assert [(p.text, [c.id for c in p.claims]) for p in pieces] == [
        ("abcdefghi", ["a", "b"]), ("jkl", []), ("mn", ["c"]), ("op", [])]


def test_risk_score_counts_each_flagged_claim_once(exosome_result):
    # findings repeated by several jurisdictions about one claim count once, at the worst severity
    assert risk_score(exosome_result) < sum({"critical": 10, "high": 5, "medium": 2, "low": 1}[f.severity]
                                            for f in exosome_result.findings if not f.suppressed)
    assert risk_score(exosome_result) > 0

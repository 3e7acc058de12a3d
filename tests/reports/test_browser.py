"""The HTML reports in a real browser: headless Chromium (Debian's package) driven by Playwright.

Skipped only when Chromium is absent and CI is unset; under CI a missing browser fails.
Screenshots go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from analyzer.report.html import HtmlRenderer, render_document
from analyzer.report.view import document_view

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str | None:
    return shutil.which("chromium") or (("/usr/bin/chromium") if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI: the playwright package is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("CI: chromium is not installed (apt-get install -y chromium chromium-driver)")
        pytest.skip("chromium is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A page opened from disk, with every request, dialog and console message it made."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.add_init_script("window.__ran = []; window.alert = function (m) { window.__ran.push(String(m)); };")
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=False)

    def left_the_page(self) -> list[str]:
        return [url for url in self.requests if url != self.url]


@pytest.fixture(scope="module")
def pages(tmp_path_factory, exosome_result, payload_result, transcript_result, japanese_result):
    directory = tmp_path_factory.mktemp("html")
    written = {}
    for name, result in (("exosome", exosome_result), ("payload", payload_result),
                         ("transcript", transcript_result), ("japanese", japanese_result)):
        path = directory / f"{name}.html"
        path.write_text(render_document(document_view(result), generated="2026-11-27"), encoding="utf-8")
        written[name] = path
    batch = directory / "batch"
    renderer = HtmlRenderer(None, directory=batch, generated="2026-11-27")
    for result in (transcript_result, exosome_result, japanese_result):
        renderer.document(result)
    from analyzer.model import InputFailure
    renderer.failure(InputFailure("ads/broken.pdf", "not a PDF file"))
    renderer.finish(single=False)
    written["index"] = batch / "index.html"
    return written


def test_highlights_are_present_and_coloured(browser, pages):
    view = Page(browser, pages["exosome"])
    marks = view.page.locator("mark.claim")
    assert marks.count() > 20
    critical = view.page.locator("mark.claim.sev-critical").first
    background = critical.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert view.page.locator("#shown").inner_text() == f"{view.page.locator('tr.claim-row').count()} of " \
        f"{view.page.locator('tr.claim-row').count()} claims shown."
    view.shot("report-exosome.png")
    assert view.left_the_page() == []


def test_filters_change_what_is_visible(browser, pages):
    view = Page(browser, pages["exosome"])
    page = view.page
    total = page.locator("tr.claim-row").count()
    critical_rows = page.locator('tr.claim-row[data-severity="critical"]').count()
    assert 0 < critical_rows < total
    page.locator('#filters input[name="severity"][value="critical"]').uncheck()
    assert page.locator("#shown").inner_text() == f"{total - critical_rows} of {total} claims shown."
    assert page.locator('tr.claim-row[data-severity="critical"]').first.is_hidden()
    assert page.locator('tr.claim-row[data-severity="high"]').first.is_visible()
    # a highlight whose claims are all critical loses its highlight and its tab stop
    only_critical = page.locator("mark.claim.off")
    assert only_critical.count() > 0
    assert only_critical.first.get_attribute("tabindex") == "-1"
    page.locator('#filters input[name="severity"][value="critical"]').check()
    assert page.locator("mark.claim.off").count() == 0
    # jurisdiction: unticking every one but jp hides the other packs' rules in the tooltips
    for box in page.locator('#filters input[name="jurisdiction"]').all():
        if box.get_attribute("value") != "jp":
            box.uncheck()
    mark = page.locator("mark.claim").first
    mark.focus()
    findings = mark.locator(".tip-finding")
    visible = [f.get_attribute("data-jurisdiction") for f in findings.all() if f.is_visible()]
    assert visible and set(visible) == {"jp"}
    view.shot("report-filtered-jp.png")
    # category
    page.locator('#filters input[name="category"][value="ANTI_AGING_REJUVENATION"]').uncheck()
    assert page.locator('tr.claim-row[data-category="ANTI_AGING_REJUVENATION"]').first.is_hidden()


def test_reported_claims_are_muted_and_can_be_hidden(browser, pages):
    view = Page(browser, pages["transcript"])
    page = view.page
    muted_row = page.locator("tr.claim-row.muted").first
    assert muted_row.is_visible()
    assert page.locator("mark.claim.muted").first.evaluate("e => getComputedStyle(e).fontStyle") == "italic"
    assert page.locator(".ts").first.inner_text().startswith("[00:0")
    page.locator("#show-muted").uncheck()
    assert muted_row.is_hidden()
    assert page.locator("mark.claim.muted").first.evaluate("e => getComputedStyle(e).fontStyle") == "normal"
    view.shot("report-transcript-muted-hidden.png")


def test_tooltips_open_by_keyboard_and_close_with_escape(browser, pages):
    view = Page(browser, pages["exosome"])
    page = view.page
    tip = page.locator("mark.claim .tip").first
    assert tip.is_hidden()
    for _ in range(200):  # Tab through the page until the first highlight has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.claim')"):
            break
    focused = page.locator("mark.claim:focus")
    assert focused.count() == 1
    assert focused.locator(".tip").is_visible()
    assert "Clause:" in focused.locator(".tip").inner_text()
    view.shot("report-tooltip-keyboard.png")
    page.keyboard.press("Escape")
    assert focused.locator(".tip").is_hidden()


def test_payload_in_the_ad_never_runs_and_nothing_is_requested(browser, pages):
    view = Page(browser, pages["payload"])
    page = view.page
    for mark in page.locator("mark.claim").all()[:10]:
        mark.hover(force=True, timeout=5000)  # force: a mark partly under another needs no actionability wait
    page.locator('#filters input[name="severity"][value="high"]').uncheck()
    page.wait_for_timeout(300)
    assert view.dialogs == []
    assert page.evaluate("window.__ran") == []
    assert page.locator("#text img").count() == 0 and page.locator("#text script").count() == 0
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert not any("Content Security Policy" in message for message in view.console), view.console
    assert view.left_the_page() == []
    view.shot("report-payload.png")


def test_japanese_text_renders(browser, pages):
    view = Page(browser, pages["japanese"])
    assert "日本一" in view.page.locator("#text").inner_text()
    assert view.page.locator("html").get_attribute("lang") == "ja"
    view.shot("report-japanese.png")


def test_batch_index_sorted_by_risk_links_pages_and_lists_failures(browser, pages):
    view = Page(browser, pages["index"])
    page = view.page
    rows = page.locator("table.documents tbody tr")
    assert rows.count() == 3
    scores = [int(rows.nth(i).locator("td").nth(1).inner_text()) for i in range(3)]
    assert scores == sorted(scores, reverse=True)
    assert "exosome-drip.md" in rows.first.inner_text()
    assert "ads/broken.pdf" in page.locator(".failures").inner_text()
    assert "not a PDF file" in page.locator(".failures").inner_text()
    view.shot("index.png")
    # sortable: ascending risk on a click
    page.locator("table.documents th", has_text="Risk score").locator("button").click()
    scores = [int(rows.nth(i).locator("td").nth(1).inner_text()) for i in range(3)]
    assert scores == sorted(scores)
    # the link opens the document's page
    page.locator("table.documents a", has_text="exosome-drip.md").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "claimaudit report"
    assert page.locator("mark.claim").count() > 20
    assert all(url.startswith("file://") for url in view.requests)

"""Extraction speed: HTML pages per second, and extraction's share of the total audit time.

The pages are the bundled English sample ads (samples/ads) laid out as clinic web pages usually are: a head with
styles, scripts and meta tags, a navigation bar, a cookie banner, the copy as headings,
paragraphs and lists, an image with alt text and a footer (about 10-20 KB each).

    python benchmarks/extraction.py [--pages 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.audit import audit_document  # noqa: E402
from analyzer.ingest.html import read_html  # noqa: E402

HEAD = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{description}">
<link rel="stylesheet" href="/assets/site.css">
<style>{css}</style>
<script>{script}</script>
</head><body>
<nav class="site-nav"><ul>{links}</ul></nav>
<div id="cookie-consent" class="banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article>
"""
FOOT = """<img src="/img/clinic.jpg" alt="Our clinic lounge, where every drip is given by a nurse">
</article></main>
<footer><p>Results vary from person to person. Prices include tax.</p>
<ul>{links}</ul><p>&copy; 2026 Example Clinic</p></footer>
<script src="/assets/app.js" defer></script>
</body></html>
"""
CSS = ".hero{display:flex;align-items:center} .banner{position:fixed;bottom:0} " * 30
SCRIPT = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);} " * 20
LINKS = "".join(f'<li><a href="/treatments/{n}">Treatment {n}</a></li>' for n in range(25))


def page_of(text: str) -> str:
    """An HTML page with the paragraphs of ``text`` (Markdown-ish headings and bullets kept)."""
    blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
    body = []
    for block in blocks:
        lines = block.splitlines()
        if lines[0].startswith("#"):
            body.append(f"<h2>{html.escape(lines[0].lstrip('# '))}</h2>")
            lines = lines[1:]
        items = [line[2:] for line in lines if line.startswith(("- ", "* "))]
        prose = [line for line in lines if not line.startswith(("- ", "* "))]
        if prose:
            body.append(f"<p>{html.escape(' '.join(prose))}</p>")
        if items:
            body.append("<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>")
    title = html.escape(blocks[0].lstrip("# ")[:60]) if blocks else "Clinic"
    head = HEAD.format(title=title, description=title, css=CSS, script=SCRIPT, links=LINKS)
    return head + "\n".join(body) + FOOT.format(links=LINKS)


def corpus(pages: int) -> list[bytes]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples" / "ads").glob("*"))
             if p.suffix in (".md", ".txt")]
    return [page_of(texts[index % len(texts)]).encode("utf-8") for index in range(pages)]


from timing import best_of  # noqa: E402  (benchmarks/ is on sys.path when run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    pages = corpus(args.pages)
    documents = [read_html(f"page{n}.html", page) for n, page in enumerate(pages)]
    audit_document(documents[0])  # build the pipeline once, outside the timing

    extract = best_of(args.repeat, lambda: [read_html(f"page{n}.html", page) for n, page in enumerate(pages)])
    audit = best_of(args.repeat, lambda: [audit_document(document) for document in documents])
    size = sum(len(page) for page in pages)
    text = sum(len(document.text) for document in documents)
    print(f"corpus: {len(pages)} HTML pages, {size / 1e6:.2f} MB of HTML, {text / 1e6:.2f} MB of extracted text")
    print(f"extraction (decode + parse + source map): {len(pages) / extract:>8,.0f} pages/s  ({size / extract / 1e6:.1f} MB/s)")
    print(f"audit of the extracted text:              {len(pages) / audit:>8,.0f} pages/s")
    print(f"extraction's share of the total:          {extract / (extract + audit):>8.1%}")


if __name__ == "__main__":
    main()

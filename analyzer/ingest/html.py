"""HTML pages: the readable text, each character tied to its line, column and element.

Kept: the title, the meta description, headings, paragraphs, lists (as "- " lines), tables,
image alt text, link and button text. Dropped: scripts, styles, navigation (``<nav>``,
``role="navigation"``), embedded objects, forms' option lists and cookie or consent banners.
Text hidden from the reader (the ``hidden`` attribute, inline ``display:none`` or
``visibility:hidden``, common "hidden" utility classes, and simple class or id rules of the
page's own ``<style>`` blocks) is still audited, and its location says ``hidden``: claims
hidden from readers are still made to search engines.

Python's own ``html.parser`` does the tokenizing because it reports where each tag and text
run starts, which tree builders (lxml, html5lib, selectolax) do not. It keeps no tree, so
nesting depth costs no recursion; a page nested deeper than ``MAX_DEPTH`` is refused.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.entities import html5 as HTML5_ENTITIES
from html.parser import HTMLParser

from analyzer.ingest.builder import TextBuilder
from analyzer.ingest.encoding import decode
from analyzer.ingest.errors import Unreadable, require_text
from analyzer.model import Document
from analyzer.sourcemap import Place, line_starts

MAX_DEPTH = 1000
PATH_LENGTH = 4  # elements named in a location: "main > section#offer > ul > li"
SKIPPED = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
           "select", "datalist", "nav"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "keygen"}
BLOCK = {"address", "article", "aside", "blockquote", "body", "details", "dialog", "div", "dl", "fieldset",
         "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
         "ol", "p", "pre", "section", "table", "ul", "title", "head", "html", "center", "legend"}
LINE = {"li", "dt", "dd", "tr", "td", "th", "caption", "figcaption", "summary", "option", "button", "label",
        "tbody", "thead", "tfoot"}
CLOSES = {  # a start tag that closes open elements, as browsers do for unclosed <p>, <li>, <td>
    "li": {"li", "p"}, "dt": {"dt", "dd", "p"}, "dd": {"dt", "dd", "p"}, "tr": {"tr", "td", "th", "p"},
    "td": {"td", "th", "p"}, "th": {"td", "th", "p"}, "option": {"option"},
}
HIDDEN_CLASSES = {"hidden", "d-none", "invisible", "sr-only", "visually-hidden", "screen-reader-text"}
_BOILERPLATE = re.compile(r"cookie|consent|gdpr", re.IGNORECASE)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"(?:[a-zA-Z][\w-]*)?([.#])([\w-]+)")
_REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def read_html(source: str, data: bytes, lang: str = "auto", declared: str | None = None) -> Document:
    """A Document of the page's readable text; ``declared`` is the HTTP charset, if any."""
    meta = _META_CHARSET.search(data[:4096])
    decoded = decode(data, declared or (meta.group(1).decode("ascii") if meta else None))
    require_text(decoded.text, data)
    text, source_map = extract(decoded.text)
    if not text.strip():
        raise Unreadable("no readable text in the page")
    return Document(id=source, source=source, text=text, lang=lang, format="html", encoding=decoded.encoding,
                    source_map=source_map)


def extract(page: str):
    """(text, source map) of an HTML page given as text."""
    reader = _PageReader(page)
    try:
        reader.feed(page)
        reader.close()
    except (AssertionError, ValueError, IndexError) as error:  # html.parser's own failures on broken markup
        raise Unreadable(f"HTML could not be parsed: {error}") from error
    return reader.builder.build("html", page)


@dataclass(frozen=True)
class _Open:
    tag: str
    place: Place
    skip: bool


def hidden_selectors(page: str) -> tuple[set[str], set[str]]:
    """(classes, ids) that the page's own <style> blocks hide with a simple rule."""
    classes: set[str] = set()
    ids: set[str] = set()
    for block in _STYLE_BLOCK.finditer(page):
        css = re.sub(r"/\*.*?\*/", "", block.group(1), flags=re.DOTALL)
        for rule in _CSS_RULE.finditer(css):
            if not _HIDING_STYLE.search(rule.group(2)):
                continue
            for selector in rule.group(1).split(","):
                simple = _SIMPLE_SELECTOR.fullmatch(selector.strip())
                if simple:
                    (classes if simple.group(1) == "." else ids).add(simple.group(2))
    return classes, ids


class _PageReader(HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=False)
        self.page = page
        self.lines = line_starts(page)
        self.builder = TextBuilder()
        self.stack: list[_Open] = []
        self.preformatted = 0
        self.hidden_classes, self.hidden_ids = hidden_selectors(page)
        self.hidden_classes |= HIDDEN_CLASSES

    def _here(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    # --- tags -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._here()
        closes = CLOSES.get(tag) or ({"p"} if tag in BLOCK else set())
        while self.stack and self.stack[-1].tag in closes:
            self._pop(at)
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.skip:
            if tag not in VOID:
                self._push(_Open(tag, parent.place, True), at)
            return
        attributes = {name: value or "" for name, value in attrs}
        place = Place(element=self._path(tag, attributes, parent),
                      hidden=(parent is not None and parent.place.hidden) or self._hides(attributes))
        if tag == "meta":
            self._meta(attributes, at)
        elif tag == "img":
            self._attribute_text("alt", at, place, "\n")
        elif tag == "br":
            self.builder.separate("\n", at)
        elif tag == "hr":
            self.builder.separate("\n\n", at)
        if tag in VOID:
            return
        skip = tag in SKIPPED or attributes.get("role") == "navigation" or bool(
            _BOILERPLATE.search(attributes.get("id", "") + " " + attributes.get("class", "")))
        if not skip:
            self._break_before(tag, at)
        self._push(_Open(tag, place, skip), at)
        if tag in ("pre", "textarea"):
            self.preformatted += 1
        if tag == "li" and not skip:
            self.builder.insert("- ", at, place)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # "<div/>" opens a div in HTML; void elements never stay open

    def handle_endtag(self, tag: str) -> None:
        if not any(open_.tag == tag for open_ in self.stack):
            return  # a stray end tag
        at = self._here()
        while self.stack:
            if self._pop(at).tag == tag:
                break

    # --- text -------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.skip:
            return
        place = top.place if top else Place()
        at = self._here()
        if self.preformatted:
            self.builder.add(data, at, place=place)
        else:
            self.builder.add_flowing(data, at, place)

    def handle_entityref(self, name: str) -> None:
        at = self._here()
        length = 1 + len(name) + (self.page.startswith(";", at + 1 + len(name)))
        text = HTML5_ENTITIES.get(name + ";") or HTML5_ENTITIES.get(name) or self.page[at : at + length]
        self._reference(text, at, length)

    def handle_charref(self, name: str) -> None:
        at = self._here()
        length = 2 + len(name) + (self.page.startswith(";", at + 2 + len(name)))
        try:
            code = int(name[1:], 16) if name[:1] in "xX" else int(name)
            text = chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        except ValueError:
            text = self.page[at : at + length]
        self._reference(text, at, length)

    def _reference(self, text: str, at: int, length: int, place: Place | None = None) -> None:
        top = self.stack[-1] if self.stack else None
        if place is None:
            if top is not None and top.skip:
                return
            place = top.place if top else Place()
        if text.isspace() and not self.preformatted:
            self.builder.space(at, at + length)
        else:
            self.builder.add(text, at, at + length, place)

    # --- helpers ----------------------------------------------------------------------

    def _push(self, open_: _Open, at: int) -> None:
        if len(self.stack) >= MAX_DEPTH:
            line, column = self.getpos()
            raise Unreadable(f"HTML nested deeper than {MAX_DEPTH} elements (line {line}, column {column + 1})")
        self.stack.append(open_)

    def _pop(self, at: int) -> _Open:
        open_ = self.stack.pop()
        if open_.tag in ("pre", "textarea"):
            self.preformatted -= 1
        if not open_.skip:
            if open_.tag in BLOCK:
                self.builder.separate("\n\n", at)
            elif open_.tag in LINE:
                self.builder.separate("\n", at)
        return open_

    def _break_before(self, tag: str, at: int) -> None:
        if tag in ("ul", "ol", "dl") and self.builder.last_char in (":", "："):
            self.builder.separate("\n", at, force=True)  # "Treats:" keeps its list, as in plain text
        elif tag in BLOCK:
            self.builder.separate("\n\n", at)
        elif tag in LINE:
            self.builder.separate("\n", at)

    def _path(self, tag: str, attributes: dict[str, str], parent: _Open | None) -> str | None:
        if tag in ("html", "body"):
            return None
        name = tag
        if attributes.get("id"):
            name += "#" + attributes["id"].split()[0]
        elif attributes.get("class", "").split():
            name += "." + attributes["class"].split()[0]
        above = parent.place.element.split(" > ")[-(PATH_LENGTH - 1):] if parent and parent.place.element else []
        return " > ".join([*above, name])

    def _hides(self, attributes: dict[str, str]) -> bool:
        return ("hidden" in attributes or bool(_HIDING_STYLE.search(attributes.get("style", "")))
                or bool(self.hidden_classes.intersection(attributes.get("class", "").split()))
                or attributes.get("id", "") in self.hidden_ids)

    def _meta(self, attributes: dict[str, str], at: int) -> None:
        if attributes.get("name", "").lower() == "description":
            parent = self.stack[-1].place.element if self.stack and self.stack[-1].place.element else None
            element = f"{parent} > meta[name=description]" if parent else "meta[name=description]"
            self._attribute_text("content", at, Place(element=element), "\n\n")

    def _attribute_text(self, name: str, at: int, place: Place, separator: str) -> None:
        """Audit an attribute's value (alt text, meta description) where it stands in the tag."""
        tag_text = self.get_starttag_text() or ""
        found = re.search(rf"""\s{name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", tag_text, re.IGNORECASE)
        if not found:
            return
        group = next(index for index in (1, 2, 3) if found.group(index) is not None)
        raw, start = found.group(group), at + found.start(group)
        if not html.unescape(raw).strip():
            return
        self.builder.separate(separator, at)
        position = 0
        for reference in _REFERENCE.finditer(raw):
            self.builder.add_flowing(raw[position : reference.start()], start + position, place)
            self._reference(html.unescape(reference.group()), start + reference.start(), len(reference.group()), place)
            position = reference.end()
        self.builder.add_flowing(raw[position:], start + position, place)
        self.builder.separate(separator, at + len(tag_text))

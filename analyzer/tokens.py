"""Token attributes as plain Python lists, read once per Doc with ``Doc.to_array``.

Iterating a Doc makes a spaCy ``Token`` object per token, which costs more than all of
claimaudit's matching on that token. The components read the columns they need from here
instead: one C-level copy per attribute, strings looked up once per token.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy import attrs
from spacy.strings import StringStore
from spacy.tokens import Doc

from analyzer.memo import ByIdentity, Remembered

# Token attribute name -> spaCy attribute ID. Strings come back as text; the rest as ints.
STRINGS = {"text": attrs.ORTH, "lower_": attrs.LOWER, "norm_": attrs.NORM}
NUMBERS = {
    "idx": attrs.IDX, "like_num": attrs.LIKE_NUM, "is_alpha": attrs.IS_ALPHA, "is_punct": attrs.IS_PUNCT,
    "is_title": attrs.IS_TITLE, "is_ascii": attrs.IS_ASCII, "is_digit": attrs.IS_DIGIT,
    "is_upper": attrs.IS_UPPER, "is_lower": attrs.IS_LOWER, "is_space": attrs.IS_SPACE,
}
VIEW = "claimaudit_view"
TEXT = "claimaudit_text"  # the text a Doc was made from, when the caller keeps it (see with_text)


def _strings_of(store: StringStore) -> Remembered[int, str]:
    """A string store's strings by hash key, each looked up in the store on first use and
    kept: a store lookup decodes a new str every time, and here equal words of all pages are
    one object, whose hash is worked out once."""
    return Remembered(store.__getitem__)


_STRINGS: ByIdentity[StringStore, Remembered[int, str]] = ByIdentity(limit=16)  # each store's strings


class TokenView:
    """Columns of one Doc's token attributes, each read on first use and kept.

    ``column(attribute)`` gives one as a list. ``is_sent_start`` is 1 where a sentence starts
    (read from SENT_START, so only after the sentence component ran); other flags are 0 or 1.
    """

    column: Callable[[str], list]

    def __init__(self, doc: Doc):
        self.doc = doc
        self.size = len(doc)
        self._lists: Remembered[str, list] = Remembered(self._read)  # the columns read so far
        # The matchers ask for a column once per token they test (150k times per 0.5 MB): the
        # dict's own lookup answers without the cost of a Python call.
        self.column = self._lists.__getitem__
        self._arrays: dict[str, numpy.ndarray] = {}
        self._text: str | None = None  # Doc.text is rebuilt from the tokens on every access

    def array(self, attribute: str) -> numpy.ndarray:
        """The raw column as a numpy array: string attributes as their hash keys, flags as 0/1
        (``is_sent_start`` as booleans)."""
        values = self._arrays.get(attribute)
        if values is None:
            if not self.size:
                values = numpy.zeros(0, "uint64")
            elif attribute == "is_sent_start":
                values = self.doc.to_array(attrs.SENT_START).astype("int64") == 1
            else:
                values = self.doc.to_array(STRINGS.get(attribute) or NUMBERS[attribute])
            self._arrays[attribute] = values
        return values

    def string(self, index: int, attribute: str = "text") -> str:
        """One token's string attribute, without making the whole column."""
        values = self._lists.get(attribute)
        if values is not None:
            return values[index]
        return _STRINGS.get(self.doc.vocab.strings, _strings_of)[int(self.array(attribute)[index])]

    def set_array(self, attribute: str, values: numpy.ndarray) -> None:
        """Set a column the Doc was just given (the sentence component's starts)."""
        self._arrays[attribute] = values
        self._lists.pop(attribute, None)

    def _read(self, attribute: str) -> list:
        if not self.size:
            return []
        if attribute in STRINGS:
            strings = _STRINGS.get(self.doc.vocab.strings, _strings_of)
            return list(map(strings.__getitem__, self.array(attribute).tolist()))
        if attribute == "is_sent_start":
            return self.array(attribute).astype("int64").tolist()
        if attribute in NUMBERS:
            return self.array(attribute).tolist()
        raise KeyError(f"no token column {attribute!r}")

    def release(self) -> None:
        """Let go of the columns read, and let the Doc go: the Doc keeps this view in its
        ``user_data`` and the column memo calls back into this view, so without this neither
        would be freed before the garbage collector's next pass (a batch's pages pile up in
        memory meanwhile, and each collection walks them). Its columns cannot be read after."""
        if self.doc.user_data.get(VIEW) is self:
            del self.doc.user_data[VIEW]
        self._lists.clear()
        self._lists.make = _released
        self._arrays.clear()

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens [start, end) (as Span.start_char, Span.end_char)."""
        idx, text = self.column("idx"), self.column("text")
        return idx[start], idx[end - 1] + len(text[end - 1])

    @property
    def page_text(self) -> str:
        """The Doc's text: the one it was made from where kept (``with_text``), else
        ``Doc.text``, which joins every token again (read once here)."""
        if self._text is None:
            self._text = self.doc.user_data.get(TEXT) or self.doc.text
        return self._text

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens [start, end), without the last token's trailing space (as Span.text)."""
        if start >= end:
            return ""
        first, last = self.char_range(start, end)
        return self.page_text[first:last]


def positions_in(values: numpy.ndarray, sorted_keys: numpy.ndarray) -> numpy.ndarray:
    """For each of ``values`` (string-store hash keys), its position in ``sorted_keys`` (a
    sorted uint64 array), or -1 where it is not there."""
    if not len(sorted_keys) or not len(values):
        return numpy.full(len(values), -1, dtype=numpy.int64)
    positions = sorted_keys.searchsorted(values)
    # (a value past the last key is compared with the last key)
    return numpy.where(sorted_keys.take(positions, mode="clip") == values, positions, -1)


def member(values: numpy.ndarray, sorted_keys: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (string-store hash keys) are in ``sorted_keys`` (a sorted uint64 array)."""
    return positions_in(values, sorted_keys) >= 0


def _released(attribute: str) -> list:
    raise RuntimeError(f"token column {attribute!r} asked of a released TokenView")


def release_view(doc: Doc) -> None:
    """Release the Doc's TokenView, if it has one (:meth:`TokenView.release`): once a page's
    claims are made, nothing reads its Doc again."""
    view = doc.user_data.get(VIEW)
    if view is not None:
        view.release()


def token_view(doc: Doc) -> TokenView:
    """The Doc's TokenView, made on first use and kept in ``doc.user_data``."""
    view = doc.user_data.get(VIEW)
    if view is None or view.doc is not doc:
        view = doc.user_data[VIEW] = TokenView(doc)
    return view


def with_text(doc: Doc, text: str) -> Doc:
    """``doc`` (made from ``text``) remembering its text: ``Doc.text`` joins every token
    again on each access, which costs more than the matching of a page."""
    doc.user_data[TEXT] = text
    return doc

"""TokenView's string columns: the string store's strings, read through a per-store dict
(``tokens._strings_of``, a ``memo.Remembered``) so that equal words of all Docs are one object."""

from __future__ import annotations

import pytest

from analyzer.nlp import build_pipeline
from analyzer.tokens import VIEW, release_view, token_view


def test_string_columns_are_the_stores_strings_one_object_a_word():
    nlp = build_pipeline("en")
    first, second = nlp("Cures pain. It cures PAIN fast"), nlp("cures pain")
    for doc in (first, second):
        view = token_view(doc)
        assert view.column("text") == [token.text for token in doc]
        assert view.column("lower_") == [token.lower_ for token in doc]
        assert [view.string(index, "norm_") for index in range(len(doc))] == [token.norm_ for token in doc]
    lower = token_view(first).column("lower_")
    assert lower[0] is lower[4] is token_view(second).column("lower_")[0]  # "cures" three times


def test_a_released_view_leaves_the_doc_and_reads_no_more():
    """release_view (audit.find_claims, once a page's claims are made): the Doc no longer keeps
    its view, and the view keeps no column, so both are freed at once, not by the collector."""
    doc = build_pipeline("en")("Cures pain fast")
    view = token_view(doc)
    assert view.column("text") == ["Cures", "pain", "fast"]
    release_view(doc)
    assert VIEW not in doc.user_data
    with pytest.raises(RuntimeError):
        view.column("text")
    assert token_view(doc) is not view  # a new view, should anything read the Doc again

"""The shortcuts of analyzer/patterns.py and analyzer/tokens.py agree with the plain way.

_longest reads a step's remembered answers (Step.answers) before calling the step, and walks
steps that take one token without recursion; TokenView.column is the column dict's own
lookup. Each is checked here against a plain computation written out in the test.
"""

from __future__ import annotations

import pytest

from analyzer.nlp import build_pipeline
from analyzer.patterns import UNBOUNDED, _longest, compile_step
from analyzer.tokens import TokenView

TEXT = ("Dr Smith's drip is clinically proven to work. Jane, 42, says so! Sarah Jones's clinic agrees, "
        "and THE Queen's nurses recover faster: 500 ml in 3 days.")

STEPS = [
    {"LOWER": {"IN": ["drip", "clinic", "nurses"]}},  # one attribute: remembered by its value
    {"LOWER": "proven", "OP": "!"},  # ... negated
    {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "dr"]}},  # lexical: remembered by the text
    {"IS_UPPER": True, "OP": "!"},  # lexical, negated
    {"IS_TITLE": True, "IS_SENT_START": True},  # lexical and contextual: not remembered whole
    {"ORTH": {"REGEX": "^[0-9]+$"}},
    {"IS_ALPHA": True, "OP": "{0,3}"},
]


def plain_accepts(spec: dict, doc, index: int) -> bool:
    """The step's answer from spaCy's Token, as spaCy's Matcher reads it."""
    token = doc[index]
    result = True
    for key, value in spec.items():
        if key == "OP":
            continue
        if key in ("LOWER", "ORTH"):
            text = token.lower_ if key == "LOWER" else token.text
            if isinstance(value, str):
                result &= text == value
            elif "IN" in value:
                result &= text in value["IN"]
            elif "NOT_IN" in value:
                result &= text not in value["NOT_IN"]
            else:
                import re
                result &= re.search(value["REGEX"], text) is not None
        else:
            result &= bool(getattr(token, key.lower())) == value
    return result != (spec.get("OP") == "!")


@pytest.fixture(scope="module")
def doc():
    return build_pipeline("en")(TEXT)


@pytest.mark.parametrize("spec", STEPS)
def test_a_steps_remembered_answers_are_its_answers(doc, spec):
    step = compile_step(spec, "test")
    view = TokenView(doc)
    for _ in range(2):  # the second time from what was remembered
        for index in range(len(doc)):
            assert step.accepts(view, index) == plain_accepts(spec, doc, index), (spec, doc[index].text)
    if step.answers is not None:
        words = view.column(step.text_attribute)
        assert step.answers  # something was remembered
        for index in range(len(doc)):
            assert step.answers[words[index]] == plain_accepts(spec, doc, index)


def plain_longest(specs: list[dict], doc, index: int, position: int) -> int | None:
    """Every way through the steps, by plain recursion; the longest end."""
    if index == len(specs):
        return position
    op = specs[index].get("OP")
    low, high = {None: (1, 1), "!": (1, 1), "?": (0, 1), "*": (0, UNBOUNDED), "+": (1, UNBOUNDED)}.get(op, (None, None))
    if low is None:
        low, high = (int(part) for part in op.strip("{}").split(","))
    best = None
    for count in range(low, high + 1):
        if position + count > len(doc) or not all(plain_accepts(specs[index], doc, at)
                                                   for at in range(position, position + count)):
            break
        end = plain_longest(specs, doc, index + 1, position + count)
        if end is not None and (best is None or end > best):
            best = end
    return best


PATTERNS = [
    [{"IS_TITLE": True}, {"ORTH": {"IN": ["'s"]}}, {"LOWER": {"IN": ["drip", "clinic", "nurses"]}}],
    [{"IS_ALPHA": True}, {"IS_ALPHA": True, "OP": "{0,3}"}, {"LOWER": "proven"}, {"LOWER": "to", "OP": "?"}],
    [{"ORTH": {"REGEX": "^[0-9]+$"}}, {"IS_ALPHA": True, "OP": "*"}, {"IS_ALPHA": True}],
    [{"IS_TITLE": True, "IS_SENT_START": True}, {"ORTH": ","}, {"ORTH": {"REGEX": "^[0-9]+$"}}, {"ORTH": ","}],
    [{"LOWER": "recover"}, {"LOWER": "faster"}, {"ORTH": ":"}, {"IS_ALPHA": True, "OP": "!"}],
]


@pytest.mark.parametrize("specs", PATTERNS)
def test_longest_is_the_longest_way_through_the_steps(doc, specs):
    steps = tuple(compile_step(spec, "test") for spec in specs)
    view = TokenView(doc)
    ends = [_longest(steps, 0, view, start) for start in range(len(doc))]
    assert ends == [plain_longest(specs, doc, 0, start) for start in range(len(doc))]
    assert any(end is not None for end in ends)  # every pattern here matches somewhere


def test_a_views_column_is_read_once_and_dropped_when_set_again(doc):
    view = TokenView(doc)
    lower = view.column("lower_")
    assert lower == [token.lower_ for token in doc]
    assert view.column("lower_") is lower
    assert view.column("like_num") == [int(token.like_num) for token in doc]
    starts = view.array("is_sent_start")
    view.set_array("is_sent_start", starts)
    assert view.column("is_sent_start") == [int(start) for start in starts]
    with pytest.raises(KeyError):
        view.column("no_such_column")

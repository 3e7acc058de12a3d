"""The claims stage's shortcuts give what the plain computations give: the sentences' quotations
worked out on demand, longest_first, claims made without Claim.__init__, the page-level cues."""

from __future__ import annotations

import random

import pytest

from analyzer.claims import (DOUBLE_QUOTE_MARKS, PageCues, Sentences, _new_claim, longest_first)
from analyzer.context import (DOUBLE_QUOTES, PAGE_STATUSES, Cue, clip_ranges, labelled_categories, laid_out_as_report,
                              quote_ranges)
from analyzer.lexicon import load_lexicon
from analyzer.model import Claim
from analyzer.nlp import build_pipeline
from analyzer.tokens import token_view, with_text


def _view(text: str, lang: str = "en"):
    nlp = build_pipeline(lang)
    return token_view(nlp(with_text(nlp.make_doc(text), text)))


def _plain_quotes(view, number: int) -> tuple[tuple[int, int], ...]:
    """A sentence's quotations computed as the stage did before it learnt to skip: the whole page
    walked for quotations over several sentences, every sentence walked for its own."""
    sentences = Sentences(view)
    text = view.column("text")
    marks = [index for index, token in enumerate(text) if token in DOUBLE_QUOTE_MARKS]
    per_sentence = [sentences.number_of(index) for index in marks]
    across = []
    for q_start, q_end in (quote_ranges(text, 0, DOUBLE_QUOTES) if len(marks) >= 2 else ()):
        opened, closed = sentences.number_of(q_start - 1), sentences.number_of(q_end)
        if opened != closed and per_sentence.count(opened) % 2 and per_sentence.count(closed) % 2:
            across.append((q_start, q_end))
    start, end = sentences.bounds(number)
    return (*quote_ranges(text[start:end], start), *clip_ranges(tuple(across), start, end))


@pytest.mark.parametrize("text, lang", [
    ('The ad stated "No downtime. No side effects." Then it said "cures it".', "en"),
    ('A stray " mark. Then "a quote" and "another. Across" two sentences.', "en"),
    ("Patients' reviews: 'it works'. Don't wait.", "en"),
    ("“Heals joints. No side effects,” the site claimed.\n\nNew \"paragraph. Here.", "en"),
    ("No quotation marks here. None at all.", "en"),
    ("「がんが治ります。副作用はありません」と宣伝していた。『奇跡の点滴』。", "ja"),
])
def test_quotations_found_on_demand_are_those_of_the_whole_page_walk(text, lang):
    view = _view(text, lang)
    sentences = Sentences(view)
    for number in range(len(sentences.starts)):
        assert sentences.quotes(number) == _plain_quotes(view, number), number
        assert sentences[number].quotes == _plain_quotes(view, number)


def _plain_longest_first(spans: list, key) -> list:
    chosen, taken = [], set()
    for span in sorted(spans, key=lambda s: (-(key(s)[1] - key(s)[0]), key(s)[0])):
        start, end = key(span)
        if not taken.intersection(range(start, end)):
            chosen.append(span)
            taken.update(range(start, end))
    return sorted(chosen, key=key)


def _random_spans(generator: random.Random, most: int) -> list[tuple[str, int, int, int]]:
    """Up to ``most`` (group "a" or "b", label, start, end) spans over 16 tokens: ties on the range are common."""
    spans = []
    for number in range(generator.randint(0, most)):
        start = generator.randint(0, 12)
        spans.append((generator.choice("ab"), number, start, start + generator.randint(1, 4)))
    return spans


def test_longest_first_keeps_the_longest_then_earliest_then_first_given_span():
    generator = random.Random(7)
    key = lambda span: (span[2], span[3])  # noqa: E731
    for _ in range(500):
        spans = _random_spans(generator, 8)
        assert longest_first(spans, key=key) == _plain_longest_first(spans, key)


def test_longest_first_by_group_chooses_each_groups_spans_apart():
    generator = random.Random(11)
    key = lambda span: (span[2], span[3])  # noqa: E731
    for _ in range(500):
        spans = _random_spans(generator, 10)
        apart = [span for name in "ab" for span in _plain_longest_first([s for s in spans if s[0] == name], key)]
        found = longest_first(spans, key=key, group=lambda span: span[0])
        assert sorted(found, key=lambda span: (*key(span), span[0])) == sorted(apart, key=lambda span: (*key(span), span[0]))
        assert found == sorted(found, key=key)  # in text order


def test_a_claim_made_without_init_equals_one_made_with_it():
    fields = dict(id="c1", category="CURE_TREATMENT_CLAIM", text="cures", start=4, end=9, line=1, column=5,
                  sentence="It cures.", assertion="asserted", cues=(), interventions=(), conditions=(), targets=(),
                  confidence=0.9, rule="cure")
    made = _new_claim(**fields)
    assert made == Claim(**fields)
    assert vars(made) == vars(Claim(**fields))


def test_page_level_readings_get_the_sentences_holding_a_page_level_cue_in_order():
    view = _view("We are not #ad here. It helps. Sponsored by us. The end.")
    sentences = Sentences(view)
    first, second, third = (sentences.bounds(number)[0] for number in range(3))
    rules = {rule.status: rule for rule in load_lexicon("en").context_rules}
    hits = [(rules["ad_label"], third, third + 1), (rules["negated"], first + 2, first + 3),
            (rules["ad_label"], first + 3, first + 5), (rules["pseudo"], first + 2, first + 5),
            (rules["negated"], second + 1, second + 2)]
    cues = PageCues(view, sentences, hits)
    page_level = cues.of_page_level_sentences()
    assert [[(c.status, c.start) for c in found] for found in page_level] == [
        [("ad_label", third)], [("negated", first + 2), ("ad_label", first + 3), ("pseudo", first + 2)]]  # hit order
    assert page_level[1] is cues.of(0)  # made once
    assert [c.text for c in cues.of(0)] == ["not", "#ad", "not #ad"]
    assert cues.of(3) == []


def test_a_page_level_reading_of_an_unlisted_status_is_refused():
    assert {"doubt", "own_release", "insider", "report_layout", "ad_label"} <= PAGE_STATUSES
    assert labelled_categories([[Cue("ad_label", "forward", None, 0, 1, "#ad", ("X",))]]) == frozenset({"X"})
    assert not laid_out_as_report([[Cue("negated", "forward", None, 0, 1, "not")]])
    from analyzer.context import _standing
    with pytest.raises(AssertionError):
        _standing([[Cue("negated", "forward", None, 0, 1, "not")]], "negated")



def test_the_hit_kinds_table_sorts_each_rule_as_the_lexicon_and_its_class_do():
    from analyzer.claims import CLAIM, CONTEXT, ENTITY, EXCLUSION, _rule_kinds
    from analyzer.lexicon import ClaimRule, ContextRule, EntityRule
    for lang in ("en", "ja"):
        lexicon = load_lexicon(lang)
        kinds = _rule_kinds(lexicon)
        assert _rule_kinds(lexicon) is kinds  # made once per lexicon
        keys = {rule.key for rule in (*lexicon.claim_rules, *lexicon.entity_rules, *lexicon.context_rules)}
        assert set(kinds) == keys
        for key, (kind, rule) in kinds.items():
            assert rule is lexicon.rule(key)
            expected = (CONTEXT if isinstance(rule, ContextRule) else ENTITY if isinstance(rule, EntityRule)
                        else EXCLUSION if isinstance(rule, ClaimRule) and rule.kind == "exclusion" else CLAIM)
            assert kind == expected, key


@pytest.mark.parametrize("text, lang", [
    ("One. Two!\n\nThree?  Four\n- five\n", "en"),
    ("", "en"),
    ("がんが治る。\n\n副作用なし！本当？", "ja"),
])
def test_sentence_numbers_by_token_and_blank_sentences_are_those_of_the_plain_computations(text, lang):
    from bisect import bisect_right
    view = _view(text, lang)
    sentences = Sentences(view)
    tokens = view.column("text")
    assert len(sentences.number_by_token) == view.size
    for token in range(view.size):
        assert sentences.number_of(token) == bisect_right(sentences.starts, token) - 1
    for number in range(len(sentences.starts)):
        start, end = sentences.bounds(number)
        assert sentences.is_blank(number) == all(tokens[i].isspace() for i in range(start, end))


def test_the_named_tuples_made_from_tuples_equal_those_made_by_their_constructors():
    from analyzer.claims import Candidate, _new_candidate, _new_cue, _new_sentence
    from analyzer.context import Sentence
    cue = ("negated", "forward", 3, 1, 2, "not", ())
    assert _new_cue(cue) == Cue(*cue) and type(_new_cue(cue)) is Cue and _new_cue(cue).text == "not"
    sentence = (0, 4, "Is it safe?", (), (), (), "Yes.", None)
    assert _new_sentence(sentence) == Sentence(*sentence) and _new_sentence(sentence).is_question
    candidate = ("X", 1, 3, None, None)
    assert _new_candidate(candidate) == Candidate(*candidate) and _new_candidate(candidate).end == 3


def test_new_claim_takes_claims_fields_in_their_order_with_their_defaults():
    import inspect
    from dataclasses import MISSING, fields
    parameters = inspect.signature(_new_claim).parameters
    assert list(parameters) == [field.name for field in fields(Claim)]  # a field added to Claim must be added there
    for field in fields(Claim):
        assert parameters[field.name].default == (inspect.Parameter.empty if field.default is MISSING else field.default)


def test_an_entity_mention_made_without_init_equals_one_made_with_it():
    from dataclasses import fields
    from analyzer.claims import _entity_mention
    from analyzer.lexicon import EntityRule
    from analyzer.model import EntityMention
    view = _view("Our NAD+ drip helps.")
    rule = EntityRule("nad", "INTERVENTION", "nad_plus", ("nad+",), (("kind", "iv_nutrient"),))
    made = _entity_mention(view, rule, 1, 3)
    start, end = view.char_range(1, 3)
    plain = EntityMention("INTERVENTION", "nad_plus", view.page_text[start:end], start, end, (("kind", "iv_nutrient"),))
    assert made == plain and vars(made) == vars(plain)
    assert list(vars(made)) == [field.name for field in fields(EntityMention)]  # a new field must be set there too

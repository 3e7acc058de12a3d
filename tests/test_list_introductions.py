"""A list stays in the sentence of the line that introduces it.

Ads list what a product is for under a line of its own: "Treats:" (a colon), "What can it
help with?" (a question with a question word, which the list answers), or a Japanese heading
marked ■ over items marked ・. Under a yes/no question ("Can stem cells cure these?") the list
is what the question asks about, and stays on its own lines.
The items then pair with the cue and the product of that line, as the words of one sentence
would. A bold Markdown line ("**Claim:** …") is no list item, and the next ■ heading after a
list opens a sentence of its own.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.nlp import build_pipeline


def sentences_of(text: str, lang: str = "en") -> list[str]:
    return [" ".join(sentence.text.split()) for sentence in build_pipeline(lang)(text).sents if sentence.text.strip()]


def claims(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    return [(c.category, c.assertion, c.text) for c in audit_text(text, lang=lang).claims]


@pytest.mark.parametrize("question", ["What can it help with?", "Which conditions does it help with?"])
def test_a_question_heading_keeps_the_list_that_answers_it(question):
    text = f"Our NAD+ drip\n\n{question}\n- chronic fatigue\n- brain fog\n- early Parkinson's disease"
    found = claims(text)
    assert ("CURE_TREATMENT_CLAIM", "asserted") in {(category, status) for category, status, _ in found}, found
    assert not any(status == "question" for _, status, _ in found), found


def test_each_item_of_a_list_under_a_question_is_in_one_sentence():
    assert sentences_of("Who is it for?\n- runners\n- cyclists\n\nBook now.") == ["Who is it for? - runners - cyclists",
                                                                               "Book now."]


@pytest.mark.parametrize("text", [
    "Can stem cells really cure these conditions?\n- autism\n- cerebral palsy\n\nThe short answer is no.",
    "幹細胞でこれらの病気が治る？\n・自閉症\n・脳性まひ",
])
def test_under_a_yes_no_question_the_list_asks_and_asserts_nothing(text):
    lang = "ja" if "幹細胞" in text else "en"
    asserted = [claim for claim in claims(text, lang) if claim[0] == "CURE_TREATMENT_CLAIM" and claim[1] == "asserted"]
    assert asserted == []


def test_a_question_answered_by_prose_keeps_its_own_sentence():
    assert sentences_of("Does it hurt?\nMost patients feel a brief sting.") == ["Does it hurt?",
                                                                                "Most patients feel a brief sting."]


def test_markdown_bold_after_a_question_is_no_list_item():
    text = "## What do drip bars say NAD+ does?\n\n**Claim:** NAD+ reverses ageing.\n\n**Verdict:** unproven."
    assert sentences_of(text)[0] == "## What do drip bars say NAD+ does?"


@pytest.mark.parametrize("text", [
    "■幹細胞治療で期待できる効果\n・アトピー性皮膚炎\n・関節リウマチ\n・慢性的な疲れ",  # an effects heading
    "PRP注射のご案内\n■こんな症状に\n・テニス肘\n・変形性膝関節症",  # a symptom heading
    # an FAQ heading of a clinic page: the diseases after it are the answer, not a doubt
    "エクソソーム点滴はどんな症状に効くの？\n・関節リウマチ\n・アトピー性皮膚炎",
])
def test_a_japanese_heading_or_question_pairs_with_the_items_under_it(text):
    found = claims(text, "ja")
    assert ("CURE_TREATMENT_CLAIM", "asserted") in {(category, status) for category, status, _ in found}, found


def test_the_next_heading_after_a_list_opens_its_own_sentence():
    text = "■当院の特徴\n・完全個室\n・駅から徒歩3分\n■料金\n・初回 9,800円"
    assert sentences_of(text, "ja") == ["■当院の特徴 ・完全個室 ・駅から徒歩3分", "■料金 ・初回 9,800円"]


@pytest.mark.parametrize("text", [
    "■睡眠不足で期待できない効果\n・集中力\n・記憶力",
    "どんな症状に効くの？\n・関節リウマチ\n・アトピー性皮膚炎",
])
def test_a_japanese_heading_or_question_without_a_product_is_no_claim(text):
    # a health site's general heading or question over symptoms names no product: no treatment claim
    assert "CURE_TREATMENT_CLAIM" not in {category for category, _, _ in claims(text, "ja")}


def test_a_report_in_the_question_reaches_the_items_that_answer_it():
    text = "What do some drip bars claim NAD+ can help with?\n- autism\n- addiction"
    found = [(category, status) for category, status, _ in claims(text) if category == "CURE_TREATMENT_CLAIM"]
    assert found and all(status == "reported" for _, status in found), found

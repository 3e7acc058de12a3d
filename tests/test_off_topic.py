"""A page that never speaks of health, the body or care makes no health claim (``off_topic`` in
lexicons/context/en.yml and ja.yml): trigger words in a car-care guide or a house renovation are not claims.
Short texts are read as they are, since one line of an ad often names no treatment."""

from __future__ import annotations

import pytest

from analyzer.errors import LexiconError
from analyzer.lexicon import load_context_file
from conftest import assert_claimed, english_findings, japanese_findings

OFF_TOPIC = [
    "Paint protection for your car: our ceramic coating is guaranteed to last five years and keeps the "
    "finish looking factory-new. We clean the wheels, clay the paintwork, polish out swirl marks and "
    "apply two layers. Drop the car off in the morning and collect it at five.",
    "Restoring an old oak floor takes patience. Sand with the grain, vacuum between grits and seal "
    "with two coats of hard-wax oil. Done properly, it will rejuvenate a dull room and the finish "
    "can last a lifetime. Swipe for the before and after of our hallway!",
    "Give your ageing laptop a second life: a clean install, a fresh thermal paste and an SSD "
    "upgrade will make it faster than the day you bought it. Our repair shop on Mill Lane offers "
    "this for a fixed price, with a guarantee of ninety days on parts and work.",
]


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_a_page_about_something_else_is_charged_with_nothing(text):
    assert len(text.split()) >= 35
    assert english_findings(text) == set()


def test_the_same_page_about_a_treatment_is_charged():
    """The floor guide's words, said of a facial: the page now speaks of skin."""
    text = OFF_TOPIC[1].replace("an old oak floor", "tired skin").replace("a dull room", "your skin")
    assert_claimed(text, "ANTI_AGING_REJUVENATION")


def test_a_page_naming_a_treatment_is_on_topic_without_any_other_health_word():
    text = ("Paint protection for your car: our ceramic coating is guaranteed to last five years. "
            "While you wait, try our NAD+ lounge next door. We clean the wheels, clay the paintwork, polish "
            "out swirl marks and apply two layers. Drop the car off in the morning and collect it at five.")
    assert "GUARANTEE_CERTAINTY" in english_findings(text)


@pytest.mark.parametrize("text, category", [
    ("Unmatched results. Guaranteed.", "GUARANTEE_CERTAINTY"),
    ("Only two Saturday slots left this month - book now!", "URGENCY_SCARCITY"),
])
def test_a_short_line_is_read_as_it_is(text, category):
    assert_claimed(text, category)


# Short texts of other fields: a word of the field (lexicons/context/en.yml, status "elsewhere")
# and no word of health place them elsewhere, whatever their length.
SHORT_ELSEWHERE = [
    "Update 3.1 cures the calendar crash on older smartphones. Reinstalling is 100% safe.",
    "Voted No.1 car hire in Dundee by our customers - 30% off weekend rentals, today only!",
    "Best latte on the high street and half-price pastries before 9, this week only!",
    "This teak furniture oil is anti-aging for outdoor tables: guaranteed to restore the grain.",
    "Clearance: 40% off all winter coats and jackets while stocks last!",
    "Our succulents were looking sad, so here is the before and after of repotting them.",
]


@pytest.mark.parametrize("text", SHORT_ELSEWHERE)
def test_a_short_text_of_another_field_is_charged_with_nothing(text):
    assert len(text.split()) < 35
    assert english_findings(text) == set()


@pytest.mark.parametrize("text, category", [
    ("Our IV drip is the No.1 hangover fix: feel brand new before brunch!", "SUPERLATIVE_COMPARATIVE"),
    ("Injured in a car accident? Our stem cell injections heal damaged discs for good.", "CURE_TREATMENT_CLAIM"),
    ("Scroll your calendar, then book the facial that takes 10 years off - 20% off today only!", "PRICE_INDUCEMENT"),
])
def test_a_health_ad_with_a_word_of_another_field_is_still_charged(text, category):
    assert_claimed(text, category)


@pytest.mark.parametrize("block, message", [
    ("{min_words: 0}", "min_words"),
    ("{min_words: ten}", "min_words"),
    ("{min_words: 30, unless_entities: [DRUG]}", "unless_entities"),
    ("{min_words: 30, words: [skin]}", "words"),
])
def test_a_bad_off_topic_block_is_a_coded_error_naming_the_file(tmp_path, block, message):
    context = tmp_path / "en.yml"
    context.write_text(f"lang: en\noff_topic: {block}\nrules: []\n")
    with pytest.raises(LexiconError, match=message) as raised:
        load_context_file(context)
    assert str(context) in str(raised.value)


@pytest.mark.parametrize("text", [
    "Before & after: our decking, sanded and oiled in a weekend. Guaranteed to last!",
    "Detox your inbox in ten minutes a day with three simple filters.",
    "Our fixed-rate cash ISA is the best on the market - limited time only!",
])
def test_a_short_text_placed_in_another_field_is_charged_with_nothing(text):
    """Shorter than min_words, but a word of another field (decking, inbox, ISA) and no word of
    health place it elsewhere."""
    assert english_findings(text) == set()


def test_a_word_of_another_field_does_not_clear_a_health_ad():
    text = "Before & after: our glow drip, then a morning on the decking. Skin glowing for weeks!"
    assert "BEFORE_AFTER" in english_findings(text)


def test_words_of_another_field_that_outnumber_its_health_words_place_a_page_there():
    """One 'treated' on a lawn-care page (keep pets off treated areas) does not make it a health page
    when the lawn, the compost and the seedlings outnumber it."""
    text = ("Autumn lawn rescue: we scarify, overseed and top-dress your lawn with compost, and bring "
            "the seedlings on under fleece. Keep pets off treated areas for a day. Guaranteed to green "
            "up by spring, or we come back free!")
    assert english_findings(text) == set()


def test_a_health_page_with_a_word_of_another_field_keeps_its_claims():
    text = ("Our skin clinic's laser facial rejuvenates tired skin in one session - guaranteed. Park in "
            "the garden centre car park next door; the lawn café does a good lunch after your treatment.")
    assert english_findings(text)


@pytest.mark.parametrize("text, category", [
    ("Recommended by top personal trainers to Hollywood stars.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
    ("Isa, 42: the best thing I ever did - book now, only 3 slots left!", "URGENCY_SCARCITY"),
])
def test_a_word_that_also_names_people_or_work_does_not_place_an_ad_elsewhere(text, category):
    """Trainers (people, not shoes) and Isa (a name, not a savings account) are no field words."""
    assert_claimed(text, category)


# Japanese (off_topic in lexicons/context/ja.yml): the same reading, with Japanese words of health
# and of other fields.
JAPANESE_ELSEWHERE = [
    "年末大感謝祭!人気の冷蔵庫が期間限定で最大30%OFF。在庫がなくなり次第終了です。",
    "合格実績は市内No.1。冬期講習の早期申込割引は今週末まで。",
    "温泉付きの旅館に2泊、朝夕食付きのツアーが今だけ半額。先着20組様限定。",
    "【今週限定】人気のチョコレートケーキが3割引き。お一人様2個まで。",
    "冬の大掃除の前に、クローゼットの収納を見直して家じゅうをデトックスしましょう。",
]


@pytest.mark.parametrize("text", JAPANESE_ELSEWHERE)
def test_a_japanese_text_placed_in_another_field_is_charged_with_nothing(text):
    assert japanese_findings(text) == set()


@pytest.mark.parametrize("text", [
    "年末大感謝祭!人気の美容点滴が期間限定で最大30%OFF。在庫がなくなり次第終了です。",
    "冷蔵庫の買い替えを機に始めたダイエット。当院の医療痩身なら1か月で確実に-5kg、今だけ半額。",
])
def test_a_japanese_health_offer_is_charged_even_beside_another_fields_word(text):
    """A word of health (点滴, ダイエット) keeps the page on the topic of health."""
    assert japanese_findings(text)

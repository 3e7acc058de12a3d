"""A quotation that runs over several sentences is one quotation.

A regulator's ruling or a news story quotes whole passages of an ad; the reporting words stand
before the quotation or after it, in another sentence than most of the quoted claims. An ad's
own testimonial in quotation marks, with no reporting word outside it, stays the ad's claim.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str, lang: str = "en") -> dict[str, str]:
    return {c.category: c.assertion for c in audit_text(text, lang).claims}


@pytest.mark.parametrize("text", [
    'A website for the clinic stated "Our exosome drip heals damaged joints. It has no side effects. Book now!" '
    "The ASA considered the claims misleading.",
    "The ruling quoted the ad: \u201cOur stem cells regenerate cartilage. They are 100% safe.\u201d",
    '"Our stem cells regenerate cartilage. They are 100% safe," the clinic claimed on its website.',
])
def test_claims_in_a_quoted_passage_of_a_report_are_reported(text):
    found = statuses(text)
    assert found.get("SAFETY_ABSOLUTE") == "reported", found
    assert "asserted" not in found.values(), found


def test_a_japanese_news_quote_over_two_sentences_is_reported():
    found = statuses("記事によると、同院は「当院の幹細胞点滴でがんが治ります。副作用は一切ありません」と宣伝していた。", "ja")
    assert found.get("SAFETY_ABSOLUTE") == "reported", found
    assert "asserted" not in found.values(), found


@pytest.mark.parametrize("text, lang", [
    ('"I had knee pain for years. After the stem cell injection my knee pain is completely gone!" - Linda, 58', "en"),
    ('> "After three drips my friends asked if I\'d had a facelift. I look ten years younger." (Yuko, 52)', "en"),
    ("「当院の幹細胞点滴でがんが治ります。副作用は一切ありません」。ぜひご相談ください。", "ja"),
])
def test_an_ads_own_quotation_over_two_sentences_stays_asserted(text, lang):
    found = statuses(text, lang)
    assert found and all(status == "asserted" for status in found.values()), found


def test_a_stray_quotation_mark_does_not_pair_marks_of_other_sentences():
    text = 'He is 5\'10" tall. Our exosome drip cures cancer. The nurse said "hello.'
    assert statuses(text).get("CURE_TREATMENT_CLAIM") == "asserted"


@pytest.mark.parametrize("text, lang", [
    ('Examples of prohibited claims\n\n"Cures cancer"\n"100% safe, no side effects"\n"The best clinic in London"\n', "en"),
    ('The following claims are not allowed in ads for IV drips.\n- "Cures cancer",\n- "100% safe".\n', "en"),
    ("次のような表示は、広告として不適切となるおそれがあります。\n・「がんが治る」\n・「副作用は一切ありません」\n・「No.1クリニック」\n", "ja"),
    ("Prohibited expressions\n\n- cures cancer\n- 100% safe\n", "en"),
    ("次のような表示は認められません。\n・がんが治る\n・副作用は一切ありません\n", "ja"),
    # numbered lines, each quotation with a comment on it in lower case
    ('Warning signs in ads for anti-ageing drips\n1. "100% safe" - any needle carries some risk.\n'
     '2. "Cures chronic fatigue" - nothing in the bag can promise that.\n', "en"),
    ('Wording the inspectors objected to:\n(1) "The best clinic in Osaka" (comparative superiority)\n'
     '(2) "No side effects at all" (false)\n', "en"),
    # a lettered list under a numbered paragraph of a complaint that ends in ':'
    ('12. The respondent published advertisements making the following claims:\n'
     '   a. "Our exosome drip cures long COVID."\n   b. "Completely safe, with zero side effects."\n', "en"),
])
def test_quoted_lines_listed_under_a_reporting_line_are_reported(text, lang):
    """A regulator's list of example phrases, quoted or bulleted, introduced without a colon,
    charges nothing."""
    found = [(c.category, c.assertion) for c in audit_text(text, lang).claims]
    assert len(found) >= 2 and all(status == "reported" for _, status in found), found


@pytest.mark.parametrize("text, lang", [
    ('What our patients say\n\n"My knee pain is completely gone!"\n"I look ten years younger."\n', "en"),
    ('Research shows NAD+ declines with age.\n\n"Two sessions in and my knee finally lets me take the stairs again." - Graham, 64', "en"),
    ("厚労省によると、広告が問題だ。\n\n「更年期のイライラがなくなりました」（40代・主婦）", "ja"),
    ('Our exosome drip:\n- "100% safe"\n- relieves fatigue\n', "en"),
    ("Research shows our exosome drip works.\n- reverses aging\n- 100% safe\n", "en"),
    ("当院の特徴です。\n・がんが治る\n・副作用は一切ありません\n", "ja"),
    ('What people say after their drip\n1. "100% safe and my fatigue is gone" - Priya, 38\n'
     '2. "I look ten years younger" (Tom, 51)\n', "en"),
    ("Why choose our clinic?\n1. 100% safe and natural\n2. Real testimonials from real patients\n", "en"),
    ("3. What makes our drip different:\n   a. 100% safe, zero side effects\n   b. Results in one session\n", "en"),
])
def test_testimonials_and_the_ads_own_quoted_lines_stay_asserted(text, lang):
    found = {c.category: c.assertion for c in audit_text(text, lang).claims}
    assert any(category in found for category in ("TESTIMONIAL", "SAFETY_ABSOLUTE")), found
    assert all(found[category] == "asserted" for category in ("TESTIMONIAL", "SAFETY_ABSOLUTE") if category in found), found


@pytest.mark.parametrize("text", [
    "「シミが消える！」と宣伝していたクリニックに対し、行政指導が行われた。",
    "「最高の治療を提供！」「絶対に治る！」のような表現は禁止されています。",
    "同院はサイトで「副作用ゼロ。」などとうたっていたが、実際には副作用の報告があった。",
])
def test_a_japanese_quotation_ending_in_a_stop_mark_stays_in_its_reporting_sentence(text):
    found = statuses(text, "ja")
    assert found and "asserted" not in found.values(), found


@pytest.mark.parametrize("text, category", [
    ("「シミが消える！」今なら初回半額のキャンペーン中です。", "ANTI_AGING_REJUVENATION"),  # no particle: a new sentence
    ("「がんが治る！」、それが当院の点滴です。", "CURE_TREATMENT_CLAIM"),  # a comma, no quoting particle
])
def test_a_japanese_quoted_slogan_followed_by_a_new_sentence_stays_asserted(text, category):
    assert statuses(text, "ja").get(category) == "asserted"


@pytest.mark.parametrize("text", [
    'Phrases such as "Guaranteed results!" and "The best clinic in London!" are not allowed in ads.',
    'The leaflet promised "No side effects!" and "Guaranteed results!" to every patient who booked.',
    'Regulators object to slogans like "Cures arthritis!", "100% safe!" or "Ten years younger!" in clinic ads.',
])
def test_quotations_inside_a_reporting_sentence_stay_in_it_after_their_own_stop_mark(text):
    found = statuses(text)
    assert len(found) >= 2 and "asserted" not in found.values(), found


@pytest.mark.parametrize("text, category", [
    ('"It cured my back pain!" says Mark, 54.', "CURE_TREATMENT_CLAIM"),  # a quotation that opens the sentence
    ('Our patients told us "Best clinic ever!" Book your consultation today.', "SUPERLATIVE_COMPARATIVE"),
])
def test_a_quotation_that_opens_its_sentence_or_is_followed_by_a_new_one_is_left_alone(text, category):
    assert statuses(text).get(category) == "asserted"

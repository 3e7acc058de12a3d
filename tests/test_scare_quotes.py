"""A term in quotation marks of its own is a writer keeping the word at a distance ('For
"anti-ageing", the evidence is thin'): a mention, not a claim. An ad quoting its own product
name in its voice, or on a page with an offer, a deadline or a call to book, keeps the claim
(``scare_quotes`` in lexicons/context/en.yml)."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.lexicon import load_context_file
from conftest import assert_claimed, assert_not_claimed


@pytest.mark.parametrize("text, category", [
    ('For "anti-ageing", the trials are small and uncontrolled.', "ANTI_AGING_REJUVENATION"),
    ('Paid £250 for a "glow drip" at a market stall. Felt nothing.', "DETOX_WELLNESS_VAGUE"),
    ('A winger asked the club doctor about a "recovery drip" he had seen at his gym.', "PERFORMANCE_RECOVERY"),
])
def test_a_term_kept_at_a_distance_is_no_claim(text, category):
    assert_not_claimed(text, category)


@pytest.mark.parametrize("text, category", [
    ('Our "anti-ageing" drip turns back the clock.', "ANTI_AGING_REJUVENATION"),
    ('"Glow Drip" - just £49 this week only!', "DETOX_WELLNESS_VAGUE"),
    ('The "Recovery Drip" is here. Book now at the front desk.', "PERFORMANCE_RECOVERY"),
    ('Try the "Glow Drip" this weekend.', "DETOX_WELLNESS_VAGUE"),
])
def test_an_ad_quoting_its_own_product_keeps_the_claim(text, category):
    assert_claimed(text, category)


def test_a_quoted_sentence_is_no_scare_quote():
    """A quotation of more than max_words words is a quoted sentence: the usual rules apply."""
    assert_claimed('"This anti-ageing drip turned back the clock for me" - Ella, 51', "ANTI_AGING_REJUVENATION")


@pytest.mark.parametrize("block, message", [
    ("{max_words: 0}", "max_words"),
    ("{max_words: 3, unless: [offers]}", "unless"),
    ("{max_words: 3, unless_entities: [SHOP]}", "unless_entities"),
])
def test_a_bad_scare_quotes_block_is_a_coded_error(tmp_path, block, message):
    context = tmp_path / "en.yml"
    context.write_text(f"lang: en\nscare_quotes: {block}\nrules: []\n")
    with pytest.raises(LexiconError, match=message):
        load_context_file(context)


# Japanese (scare_quotes in lexicons/context/ja.yml): 「」 around a short term outside the advertiser's voice.
def _japanese_statuses(text: str, category: str) -> set[str]:
    return {c.assertion for c in audit_text(text, lang="ja").claims if c.category == category}


@pytest.mark.parametrize("text, category", [
    ("先月、友人と「若返り」点滴の体験会に行ってきた。", "ANTI_AGING_REJUVENATION"),
    ("知人が受けた「疲労回復」点滴の中身は、ビタミン剤と生理食塩水だった。", "DETOX_WELLNESS_VAGUE"),
])
def test_a_japanese_term_in_brackets_outside_an_ad_is_no_assertion(text, category):
    assert "asserted" not in _japanese_statuses(text, category)


@pytest.mark.parametrize("text, category", [
    ("当院の「若返り」点滴で、10歳若い肌へ。ご予約はこちら。", "ANTI_AGING_REJUVENATION"),
    ("「絶対安全」な最新治療。今月限定で半額です。", "SAFETY_ABSOLUTE"),
])
def test_a_japanese_ad_bracketing_its_own_claim_keeps_it(text, category):
    assert "asserted" in _japanese_statuses(text, category)


def test_a_bracketed_japanese_sentence_is_no_scare_quote():
    """A whole clause in 「」 (more than max_words tokens) is a quotation, read by its cues as before."""
    assert "asserted" in _japanese_statuses("「がんが消えた」と主治医も驚いていました。（幹細胞点滴を受けた70代男性）",
                                            "CURE_TREATMENT_CLAIM")


@pytest.mark.parametrize("text, lang", [
    ('Walk away from any drip bar that pushes a "limited time only" deal on you.', "en"),
    ("「モニター価格」と言われても、その場で契約しないでください。", "ja"),
])
def test_a_quoted_offer_does_not_make_the_warning_an_ad(text, lang):
    """The offers and deadlines that show a page to be an ad are those outside scare quotes."""
    found = [f for f in audit_text(text, lang=lang).findings if not f.suppressed and f.claim_id]
    assert not found, [(f.category, f.claim_text) for f in found]


def test_an_offer_outside_the_quotation_marks_still_makes_the_ad():
    assert_claimed('Our "Immunity Boost" drip - £99, this week only.', "URGENCY_SCARCITY")

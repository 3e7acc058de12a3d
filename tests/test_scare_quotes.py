"""A term in quotation marks of its own is a writer keeping the word at a distance ('For
"anti-ageing", the evidence is thin'): a mention, not a claim. An ad quoting its own product
name in its voice, or on a page with an offer, a deadline or a call to book, keeps the claim
(``scare_quotes`` in lexicons/context/en.yml)."""

from __future__ import annotations

import pytest

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

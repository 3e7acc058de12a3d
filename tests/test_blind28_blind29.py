"""Rules added after the first runs of blind28 (en) and blind29 (ja): words of weddings, outdoor
gear, campsites and restaurants are off topic; what someone was sold (を勧められ), a feeling a
nurse doubts (ように感じても), a method "not confirmed" (確認された方法ではありません), the body's own
detoxing and a relapse to the state before treatment are no claims. The clinic's own forms stay
charged. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english, explain_japanese


@pytest.mark.parametrize("lang, text", [
    ("ja", "県内最大級のブライダルフェアを開催します。模擬挙式と試食会は先着20組様限定です。"),
    ("ja", "業界最高クラスの防水性能を誇る登山用ジャケット。人気色は残りわずかです。"),
    ("ja", "祖父が「がんが治る水」を勧められ、高額な契約をしかけました。"),
    ("ja", "にんにく注射で疲れが取れたように感じても、効果はあまり期待できません。"),
    ("ja", "肝臓と腎臓がきちんと働いていれば、体はちゃんと解毒しています。"),
    ("ja", "現時点で、がんの治療として効果が確認された方法ではありません。"),
    ("ja", "服用をやめると、数か月かけて治療前の状態に戻っていくのが一般的です。"),
    ("en", "Tested to the safety standard, 18 vents and a magnetic buckle. Only 2 left in medium."),
    ("en", "The only campsite on the bay with hot showers. Only 2 powered sites left for Easter."),
    ("en", "Tonight's special: slow-cooked lamb shoulder. Best in the county, or your dessert is on us."),
])
def test_the_text_is_not_charged(lang, text):
    explain = explain_japanese if lang == "ja" else explain_english
    assert not claim_findings_in(text, lang=lang), explain(text)


@pytest.mark.parametrize("lang, text, category", [
    ("ja", "当院のデトックス点滴で体の毒素をすっきり解毒！", "DETOX_WELLNESS_VAGUE"),
    ("ja", "当院の点滴は県内最大級の症例数。今月は先着20名様限定です。", "URGENCY_SCARCITY"),
    ("en", "Our NAD+ drip is the best in the county. Only 2 slots left this week!", "URGENCY_SCARCITY"),
])
def test_the_clinics_own_claim_is_charged(lang, text, category):
    explain = explain_japanese if lang == "ja" else explain_english
    assert category in claim_findings_in(text, lang=lang), explain(text)

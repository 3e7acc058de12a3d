"""Japanese rules added after blind22's first run (lexicons/context/ja.yml, lexicons/claims/ja): words
of hot springs, cleaning, sports and cooking place a text off the topic of health; an insurance
clause that will not pay for a purpose, a one-star review, a character's words with the speaker
between と and the verb, a job advert's staff discount and pay are no claims; サクラ and 代行業者
are a shill only next to a review (さくら通り, 桜のチップ, 個人輸入代行業者 are not). Claims the set
showed missing: recovery through the many it worked for, ageing attacked at its cause, a younger
life supported, the doctor's recommendation and own use, a share of doctors, an immunity boost.
Each was charged (or missed) before its rule. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_japanese

NOT_AN_AD = [
    "高原の宿 しずく荘｜露天風呂から望む雲海は、まさに日本一の絶景です。",
    "キッチン用カビ取りスプレー、売上No.1（当社調べ）。お風呂掃除にも使えます。",
    "エースが今季最高のパフォーマンスを見せ、リーグ戦の完封勝利に貢献した。",
    "桜のチップで燻製にすると、香りがよくなります。",
    "次の場合には給付金を支払いません。(2) 疲労回復やアンチエイジングを目的とする点滴は、給付金のお支払いの対象となりません。",
    "「腫れはすぐ引きます」と言われたのに、2週間たっても引きません。星1つ。",
    "「これを飲めば、必ず若返りますよ」と薬売りの男は言った。",
    "【求人】美容クリニックの看護師募集。スタッフ割引で施術を受けられます。給与水準は業界トップクラス！",
    "さくら通りクリニックでは、土曜日も診療しています。",
    "個人輸入代行業者を通じて輸入した製剤を使用しています。",
]

CHARGED = [
    ("受付でNMNサプリも販売中。老化の原因物質を減らし、若々しい毎日をサポートします。", "ANTI_AGING_REJUVENATION"),
    ("幹細胞培養上清液点滴で、多くの方が回復されています。", "CURE_TREATMENT_CLAIM"),
    ("皮膚科専門医の院長が、自信をもっておすすめする白玉点滴です。", "AUTHORITY_APPEAL"),
    ("「私自身も毎月受けています」と院長。", "AUTHORITY_APPEAL"),
    ("皮膚科医の92%が「効果を実感」と回答した美容点滴。", "AUTHORITY_APPEAL"),
    ("ビタミンD注射で免疫力をブースト！", "DISEASE_PREVENTION_IMMUNITY"),
    # the advertiser's own superlative and discount stay charged
    ("当院の美容点滴は満足度日本一です。", "SUPERLATIVE_COMPARATIVE"),
    ("当院の白玉点滴が今だけ20%割引！", "PRICE_INDUCEMENT"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text, lang="ja"), explain_japanese(text)


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_claim_is_charged(text, category):
    assert category in claim_findings_in(text, lang="ja"), explain_japanese(text)

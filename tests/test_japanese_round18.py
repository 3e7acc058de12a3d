"""Japanese rules added after blind22's first run (lexicons/context/ja.yml, lexicons/claims/ja): words
of hot springs, cleaning, sports and cooking place a text off the topic of health; an insurance
clause that will not pay for a purpose, a one-star review, a character's words with the speaker
between と and the verb, a job advert's staff discount and pay are no claims; サクラ and 代行業者
are a shill only next to a review (さくら通り, 桜のチップ, 個人輸入代行業者 are not). Claims the set
showed missing: recovery through the many it worked for, ageing attacked at its cause, a younger
life supported, the doctor's recommendation and own use, a share of doctors, an immunity boost.
Each was charged (or missed) before its rule. Every sentence here was written for this file.

Also, after blind25's and blind27's first runs: 後 after an event is "after", not days left; a
public vaccination programme is no prevention claim; 「…」と言われて is what the writer was told;
salon and bedding words are off topic; others' promotion named (というPR, といった治療の勧誘),
と言い切る, を求めて来る, research abstracts and approval sought by a trial are no claims."""

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
    "インフルエンザと診断されたら、発症した後5日を経過するまで出席停止です。",
    "施術後7日以内のお直しは無料です。ネイルサロンでの施術です。",
    "市の高齢者インフルエンザ予防接種のお知らせです。接種期間は10月から1月までです。",
    "「30回の回数券を買えば必ず良くなる」と言われて15万円払いました。",
    "ジェルネイル、初回3,980円（通常5,500円）。持ちは3〜4週間が目安です。",
    "高反発マットレスが寝具ランキング1位。今だけ20%OFF！",
    "皮膚科医です。「幹細胞点滴で肌が若返る」というPRが目につきますが、国内で承認された製品はありません。",
    "「人工透析をやめられる」といった治療の勧誘を受けた方は、主治医に相談してください。",
    "「治る」「副作用がない」と言い切る説明には注意が必要です。",
    "夏の部活の後に「点滴で一発回復」を求めて来る方がいますが、経口補水液で十分です。",
    "【背景】運動後の冷却浴の効果は一貫していない。【結論】パフォーマンス向上の根拠は限定的である。",
    "国の承認を得るために、開発中のお薬の効果と安全性を調べる臨床試験です。",
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
    ("当院の点滴は今だけ20%OFF、残り5日です！", "URGENCY_SCARCITY"),
    ("当院の点滴は今だけ20%OFF、残り5日です！", "PRICE_INDUCEMENT"),
    ("インフルエンザ予防に、当院の高濃度ビタミンC点滴を。", "DISEASE_PREVENTION_IMMUNITY"),
    ("当院の点滴で肌が若返ります。", "ANTI_AGING_REJUVENATION"),
    ("当院の点滴なら一発回復！", "GUARANTEE_CERTAINTY"),
    ("当院の幹細胞治療で人工透析をやめられます。", "DISCOURAGES_STANDARD_CARE"),
]


@pytest.mark.parametrize("text", NOT_AN_AD)
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text, lang="ja"), explain_japanese(text)


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_claim_is_charged(text, category):
    assert category in claim_findings_in(text, lang="ja"), explain_japanese(text)

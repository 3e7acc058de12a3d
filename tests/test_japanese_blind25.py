"""Japanese rules added after blind25's first run (lexicons/context/ja.yml, claims/ja): 後 after an
event is "after", not "days left" (発症した後5日, 施術後7日以内); a public vaccination programme is no
product's prevention claim; what the writer was told (「…」と言われて) is reported; words of nail,
lash and hair salons and of bedding place an offer outside health. The clinic's own offers and
claims stay charged. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_japanese


@pytest.mark.parametrize("text", [
    "インフルエンザと診断されたら、発症した後5日を経過するまで出席停止です。",
    "施術後7日以内のお直しは無料です。ネイルサロンでの施術です。",
    "市の高齢者インフルエンザ予防接種のお知らせです。接種期間は10月から1月までです。",
    "「30回の回数券を買えば必ず良くなる」と言われて15万円払いました。",
    "ジェルネイル、初回3,980円（通常5,500円）。持ちは3〜4週間が目安です。",
    "高反発マットレスが寝具ランキング1位。今だけ20%OFF！",
])
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text, lang="ja"), explain_japanese(text)


@pytest.mark.parametrize("text, category", [
    ("当院の点滴は今だけ20%OFF、残り5日です！", "URGENCY_SCARCITY"),
    ("当院の点滴は今だけ20%OFF、残り5日です！", "PRICE_INDUCEMENT"),
    ("インフルエンザ予防に、当院の高濃度ビタミンC点滴を。", "DISEASE_PREVENTION_IMMUNITY"),
])
def test_the_clinics_own_claim_is_charged(text, category):
    assert category in claim_findings_in(text, lang="ja"), explain_japanese(text)

"""Japanese rules added after blind27's first run (lexicons/context/ja.yml, claims/ja): others'
promotion named (「…」というPR, 「…」といった治療の勧誘), wording a warning says is asserted
(「…」と言い切る説明), what patients come asking for (「…」を求めて来る), research and conference
abstracts (【背景】…【結論】), and approval sought by a trial (承認を得るために) are no ad's claims.
The clinic's own forms stay charged. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_japanese


@pytest.mark.parametrize("text", [
    "皮膚科医です。「幹細胞点滴で肌が若返る」というPRが目につきますが、国内で承認された製品はありません。",
    "「人工透析をやめられる」といった治療の勧誘を受けた方は、主治医に相談してください。",
    "「治る」「副作用がない」と言い切る説明には注意が必要です。",
    "夏の部活の後に「点滴で一発回復」を求めて来る方がいますが、経口補水液で十分です。",
    "【背景】運動後の冷却浴の効果は一貫していない。【結論】パフォーマンス向上の根拠は限定的である。",
    "国の承認を得るために、開発中のお薬の効果と安全性を調べる臨床試験です。",
])
def test_the_text_is_not_charged(text):
    assert not claim_findings_in(text, lang="ja"), explain_japanese(text)


@pytest.mark.parametrize("text, category", [
    ("当院の点滴で肌が若返ります。", "ANTI_AGING_REJUVENATION"),
    ("当院の点滴なら一発回復！", "GUARANTEE_CERTAINTY"),
    ("当院の幹細胞治療で人工透析をやめられます。", "DISCOURAGES_STANDARD_CARE"),
])
def test_the_clinics_own_claim_is_charged(text, category):
    assert category in claim_findings_in(text, lang="ja"), explain_japanese(text)

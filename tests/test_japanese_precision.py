"""Japanese precision on sentences written for this file: statements of an approved indication
(治療薬として承認, 治療に用いる薬) are no cure claim; 作用 inside 副作用 / 作用機序 is no efficacy
cue; a society's qualification system and a study's own report are no authority appeal; a trial
average (平均13%減少) is no testimonial; a generic statement of prescribing practice is no
prescription-only promotion (brand names stay charged); a news report (〜ことがわかった) reports
its claims. Each wrong reading is checked gone and the right reading kept."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def asserted(text: str) -> set[str]:
    return {c.category for c in audit_text(text).claims if c.assertion == "asserted"}


def statuses(text: str, category: str) -> set[str]:
    return {c.assertion for c in audit_text(text).claims if c.category == category}


@pytest.mark.parametrize(
    "category, text",
    [
        ("CURE_TREATMENT_CLAIM", "ウゴービは肥満症の治療薬として国内で承認されています。"),
        ("CURE_TREATMENT_CLAIM", "マンジャロは2型糖尿病の治療に用いられる薬です。"),
        ("CURE_TREATMENT_CLAIM", "オゼンピックは2型糖尿病の治療に使われる注射薬です。"),
        ("CURE_TREATMENT_CLAIM", "ゼップバウンドは肥満症の治療を目的として承認された薬です。"),
        ("CURE_TREATMENT_CLAIM", "メトホルミンは糖尿病治療薬として広く使われています。"),
        ("CURE_TREATMENT_CLAIM", "肥満症の治療薬としてウゴービが承認されています。"),
        ("CURE_TREATMENT_CLAIM", "プラセンタ注射は肝機能障害の治療として保険適用されています。"),
        ("CURE_TREATMENT_CLAIM", "マンジャロの副作用には、胃腸障害、低血糖などがあります。"),
        ("CURE_TREATMENT_CLAIM", "エクソソームの作用機序と認知症の関係について。"),
        ("AUTHORITY_APPEAL", "日本皮膚科学会の認定医制度についてご説明します。"),
        ("AUTHORITY_APPEAL", "本研究は〇〇大学との共同研究として実施されました。"),
        ("TESTIMONIAL", "臨床試験では、投与を受けた人の体重が平均13%減少しました。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "当院の医師が診察のうえ、適応と判断した場合にGLP-1を処方します。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "医師が必要と判断した方にのみセマグルチドを処方しています。"),
        ("WEIGHT_LOSS_CLAIM", "GLP-1ダイエットを受けた女性が、重い副作用で入院したことがわかった。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "マンジャロを使ったダイエットで女性が入院したことが分かった。"),
    ],
)
def test_wrong_reading_gone(category: str, text: str) -> None:
    assert category not in asserted(text)


@pytest.mark.parametrize(
    "category, text",
    [
        ("CURE_TREATMENT_CLAIM", "がんが治ります。"),
        ("CURE_TREATMENT_CLAIM", "アトピーを根本から治療します。"),
        ("CURE_TREATMENT_CLAIM", "ボトックス注射で肩こりも解消！"),
        ("CURE_TREATMENT_CLAIM", "当院のエクソソーム点滴はがんの治療に用いられています。"),
        ("CURE_TREATMENT_CLAIM", "当院の幹細胞治療は糖尿病の治療に用いる最先端の治療法です。"),
        ("AUTHORITY_APPEAL", "〇〇大学と共同研究した独自技術です。"),
        ("AUTHORITY_APPEAL", "医師も推奨しています。"),
        ("AUTHORITY_APPEAL", "日本抗加齢医学会が推奨する点滴療法です。"),
        ("TESTIMONIAL", "平均評価4.8の人気クリニック"),
        ("TESTIMONIAL", "口コミ平均★4.6"),
        ("PRESCRIPTION_ONLY_PROMOTION", "費用：GLP-1（リベルサス3mg）1か月分 9,800円"),
        ("PRESCRIPTION_ONLY_PROMOTION", "オンライン診療でGLP-1を処方します。"),
        ("PRESCRIPTION_ONLY_PROMOTION", "当院ではマンジャロを処方しています。"),
        ("WEIGHT_LOSS_CLAIM", "GLP-1ダイエットで1か月で-5kg！"),
    ],
)
def test_right_reading_kept(category: str, text: str) -> None:
    assert category in asserted(text)


def test_news_report_is_reported() -> None:
    text = "GLP-1ダイエットを受けた女性が、重い副作用で入院したことがわかった。"
    assert "reported" in statuses(text, "WEIGHT_LOSS_CLAIM")


def test_ad_past_polite_stays_asserted() -> None:
    # 〜ことがわかりました (polite) is ad copy, not the news form 〜ことがわかった
    assert "ANTI_AGING_REJUVENATION" in asserted("研究で若返り効果があることがわかりました。")


def test_quoted_phrases_the_clinic_says_it_does_not_use_with_an_honorific_noun_are_reported():
    """「…」といったご説明: the honorific ご before the noun that names the quoted phrases
    (lexicons/context/ja.yml) does not hide the report."""
    from analyzer.audit import audit_text
    result = audit_text("当院では「絶対に痩せる」「痛みが全くない」といったご案内はしておりません。", lang="ja")
    assert result.claims and {c.assertion for c in result.claims} == {"reported"}, \
        [(c.category, c.text, c.assertion) for c in result.claims]

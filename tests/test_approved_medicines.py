"""Approved medicines described within their approved indications are not cure claims to charge;
the same medicines sold for other uses still are.

Hospital and pharmacist explainers say what metformin, a GLP-1 drug, finasteride, a PDE5
inhibitor, HRT or the combined pill is for. The knowledge base (lexicons/interventions/) lists
each one's approved indications per jurisdiction, so such a sentence gets the verdict
``approved_indication`` and the rules that spare it (``unless_evidence: [approved_indication]``,
``unless_approved_anywhere``) do not fire. Each indication is narrow (condition ids and match
phrases, and ``unless_match`` for "cure" words): metformin for longevity or weight loss, GLP-1
"diets", guaranteed regrowth, a complete cure of diabetes stay charged. All sentences are our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.audit import audit_text
from analyzer.knowledge import load_knowledge_base
from analyzer.resources import data_dir
from tests.conftest import claim_findings_in

EFFICACY = {"CURE_TREATMENT_CLAIM", "DISEASE_PREVENTION_IMMUNITY"}


# --------------------------------------------------------------------------- on-label: not charged

ON_LABEL = [
    ("ja", "メトホルミンには血糖値を下げる働きがあります。"),
    ("ja", "オゼンピックは2型糖尿病の治療薬で、血糖値を下げる作用があります。"),
    ("ja", "GLP-1受容体作動薬には血糖値を下げる作用があります。"),
    ("ja", "リベルサスは2型糖尿病の血糖コントロールを改善します。"),
    ("ja", "フィナステリドには抜け毛を減らす効果が期待できます。"),
    ("ja", "バイアグラは勃起不全を改善するお薬です。"),
    ("ja", "シアリスは勃起不全の改善に効果があります。"),
    ("ja", "HRTは更年期障害のほてりや発汗を和らげる治療です。"),
    ("ja", "エストラーナテープは更年期症状を改善します。"),
    ("ja", "ルナベルは生理痛を軽くする効果があります。"),
    ("en", "Metformin is a tablet used to treat type 2 diabetes."),
    ("en", "Finasteride is a tablet that treats male pattern hair loss."),
    ("en", "Sildenafil treats erectile dysfunction in adult men."),
    ("en", "Viagra improves erections in men with erectile dysfunction."),
    ("en", "HRT can relieve hot flushes and night sweats."),
    ("en", "Estradiol patches ease menopausal symptoms such as hot flushes."),
    ("en", "The combined pill can help with painful periods."),
]


@pytest.mark.parametrize("lang, text", ON_LABEL)
def test_an_approved_medicine_within_its_indication_is_not_charged(lang, text):
    assert not claim_findings_in(text, lang) & EFFICACY


@pytest.mark.parametrize("lang, text, entry", [
    ("ja", "メトホルミンには血糖値を下げる働きがあります。", "metformin"),
    ("ja", "GLP-1受容体作動薬には血糖値を下げる作用があります。", "semaglutide_glp1"),
    ("en", "Ozempic treats type 2 diabetes by lowering blood sugar.", "semaglutide_glp1"),
    ("en", "Sildenafil treats erectile dysfunction in adult men.", "pde5_inhibitors"),
])
def test_the_claim_is_within_an_approved_indication_in_every_jurisdiction(lang, text, entry):
    claims = [c for c in audit_text(text, lang=lang).claims if c.evidence]
    assert claims
    for claim in claims:
        evidence = next(e for e in claim.evidence if e.intervention == entry)
        assert dict(evidence.verdicts) == {"US": "approved_indication", "JP": "approved_indication",
                                           "EU": "approved_indication", "UK": "approved_indication"}


def test_a_japan_only_approval_spares_the_japanese_rules():
    # dutasteride (ザガーロ) is approved for male pattern hair loss in Japan only: the JP rules and the
    # "approved anywhere" rules do not fire; a UK licence for that use is not known (UK-CAP-12.11 may)
    rules = {f.rule_id for f in audit_text("デュタステリドは男性型脱毛症の進行を抑えます。", lang="ja").findings
             if not f.suppressed}
    assert not {rule for rule in rules if rule.startswith(("JP-", "US-", "EU-"))}


# --------------------------------------------------------------------------- off-label or selling: still charged

GUARDS = [
    ("ja", "メトホルミンで老化を止めて若返りましょう。", "ANTI_AGING_REJUVENATION"),
    ("ja", "メトホルミンで糖尿病が完治します。", "CURE_TREATMENT_CLAIM"),
    ("ja", "GLP-1ダイエットで誰でも簡単に痩せる", "WEIGHT_LOSS_CLAIM"),
    ("ja", "痩せる注射で1ヶ月でマイナス10kg", "WEIGHT_LOSS_CLAIM"),
    ("ja", "フィナステリドで薄毛が必ず治ります。", "GUARANTEE_CERTAINTY"),
    ("ja", "フィナステリドで薄毛が必ず治ります。", "CURE_TREATMENT_CLAIM"),
    ("ja", "バイアグラでEDが治る", "CURE_TREATMENT_CLAIM"),
    ("ja", "HRTで肌が若返ります", "ANTI_AGING_REJUVENATION"),
    ("ja", "ピルでニキビが治ります", "CURE_TREATMENT_CLAIM"),
    ("en", "Our clinic offers metformin for longevity: it reverses ageing.", "ANTI_AGING_REJUVENATION"),
    ("en", "Take metformin to lose weight fast.", "WEIGHT_LOSS_CLAIM"),
    ("en", "Metformin reverses type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
    ("en", "Our Ozempic weight-loss jabs melt fat in weeks.", "WEIGHT_LOSS_CLAIM"),
    ("en", "Our finasteride tablets are 100% guaranteed to regrow your hair.", "GUARANTEE_CERTAINTY"),
    ("en", "Our finasteride tablets are 100% guaranteed to regrow your hair.", "CURE_TREATMENT_CLAIM"),
    ("en", "Finasteride permanently cures baldness.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("lang, text, category", GUARDS)
def test_the_same_medicines_sold_for_other_uses_are_still_charged(lang, text, category):
    assert category in claim_findings_in(text, lang)


# --------------------------------------------------------------------------- the data

def test_every_indication_of_these_medicines_keeps_cure_words_outside_it():
    kb = load_knowledge_base(Path(data_dir("lexicons")) / "interventions")
    for entry_id in ("metformin", "finasteride", "dutasteride", "pde5_inhibitors", "menopausal_hrt", "combined_pill"):
        for status in kb[entry_id].jurisdictions:
            for indication in status.approved_indications:
                assert indication.exceptions, f"{entry_id} {status.jurisdiction}: {indication.text}: no unless_match"

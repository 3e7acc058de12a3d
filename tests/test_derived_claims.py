"""Derived claims: a claim about a prescription-only medicine promotes it only when the claim
sells it (lexicons/taxonomy.yml ``implied_by``), not when it reports a side effect, states a
risk or an approval. Sentences written for these tests."""

from __future__ import annotations

import pytest
import yaml

from analyzer.audit import audit_text
from analyzer.claims import derive_claims
from analyzer.errors import LexiconError
from analyzer.lexicon import load_taxonomy
from analyzer.resources import data_dir

POM = "PRESCRIPTION_ONLY_PROMOTION"


def derived_pom(result, status: str | None = "asserted"):
    return [c for c in result.claims if c.category == POM and c.rule.startswith(f"derived:{POM}:")
            and (status is None or c.assertion == status)]


def flagged(result) -> set[str]:
    return {f.category for f in result.findings if not f.suppressed}


@pytest.mark.parametrize("lang, text", [
    ("en", "Lose 8 kg before summer with Mounjaro, no dieting needed."),
    ("ja", "マンジャロで1か月-5kg！"),
    ("ja", "GLP-1ダイエットで無理なく-10kg！"),
])
def test_an_ad_selling_a_glp1_drug_for_weight_loss_promotes_it(lang, text):
    result = audit_text(text, lang=lang)
    assert derived_pom(result), result.claims
    assert {POM, "WEIGHT_LOSS_CLAIM"} <= flagged(result)


@pytest.mark.parametrize("lang, text", [
    # news reporting a side effect
    ("ja", "糖尿病治療薬のGLP-1受容体作動薬を使った人から、急性膵炎などの副作用が報告されている。"),
    ("en", "Patients who used Wegovy reported nausea and vomiting, according to the FDA adverse event reports."),
    # a compliant page's risk note
    ("ja", "GLP-1受容体作動薬は2型糖尿病の治療に用いる薬で、主な副作用は吐き気、下痢、便秘です。"),
    ("en", "Risks and side effects: tirzepatide can cause nausea, diarrhoea and, rarely, pancreatitis. "
           "Results vary between individuals."),
    # approval statements
    ("ja", "ウゴービは肥満症の治療薬として2023年に承認された。"),
    ("en", "The FDA approved Zepbound for obstructive sleep apnea in 2024."),
])
def test_side_effect_news_risk_notes_and_approval_statements_are_no_promotion(lang, text):
    result = audit_text(text, lang=lang)
    assert not derived_pom(result, status=None), result.claims
    assert POM not in flagged(result)


@pytest.mark.parametrize("lang, text, status", [
    ("en", "Does Ozempic really melt belly fat overnight?", "question"),
    ("en", "It is a myth that Ozempic melts fat without any diet.", "negated"),
    ("ja", "GLP-1ダイエットで必ず痩せるわけではありません。", "negated"),
])
def test_the_derived_claim_keeps_the_status_of_the_claim_it_comes_from(lang, text, status):
    result = audit_text(text, lang=lang)
    assert derived_pom(result, status=status) and not derived_pom(result), result.claims
    assert POM not in flagged(result)


def test_the_bundled_taxonomy_lists_what_implies_promotion_of_a_pom():
    rule = next(r for r in load_taxonomy().derived if r.category == POM)
    assert {"WEIGHT_LOSS_CLAIM", "PRICE_INDUCEMENT", "SAFETY_ABSOLUTE", "TESTIMONIAL"} <= rule.implied_by
    assert not {"FALSE_APPROVAL_CLAIM", "CURE_TREATMENT_CLAIM", "PSEUDO_EVIDENCE", POM} & rule.implied_by
    unapproved = next(r for r in load_taxonomy().derived if r.category == "UNAPPROVED_PRODUCT_PROMOTION")
    assert unapproved.implied_by is None  # no key: a claim of any category implies it


def taxonomy_with(tmp_path, implied_by=None, drop=False):
    data = yaml.safe_load((data_dir("lexicons") / "taxonomy.yml").read_text(encoding="utf-8"))
    entry = next(e for e in data["derived"] if e["category"] == POM)
    if drop:
        entry.pop("implied_by", None)
    else:
        entry["implied_by"] = implied_by
    path = tmp_path / "taxonomy.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_without_the_key_any_claim_about_a_pom_derives_promotion(tmp_path):
    result = audit_text("The FDA approved Zepbound for obstructive sleep apnea in 2024.", lang="en")
    rules = load_taxonomy(taxonomy_with(tmp_path, drop=True)).derived
    claims = derive_claims([c for c in result.claims], rules, result.document)
    assert [c.text for c in claims if c.category == POM] == ["Zepbound"]


@pytest.mark.parametrize("implied_by, code, words", [
    (["WEIGHT_LOSS_CLAIM", "WEIGHTLOSS_CLAIM"], "CA108", "unknown category 'WEIGHTLOSS_CLAIM'"),
    ([POM], "CA110", "cannot imply"),
    (["MISSING_RISK_DISCLOSURE"], "CA110", "document-level"),
    ("WEIGHT_LOSS_CLAIM", "CA109", "list"),
    ([], "CA109", "list"),
])
def test_a_bad_implied_by_is_a_coded_error_naming_the_file(tmp_path, implied_by, code, words):
    path = taxonomy_with(tmp_path, implied_by)
    with pytest.raises(LexiconError) as error:
        load_taxonomy(path)
    message = str(error.value)
    assert error.value.code == code and str(path) in message and "implied_by" in message and words in message

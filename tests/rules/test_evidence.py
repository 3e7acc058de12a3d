"""Evidence matching: each claim about a product the knowledge base knows gets a verdict per
jurisdiction and the facts (with sources) it rests on; approved indications are not charged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.evidence import load_kb, load_outcomes
from analyzer.knowledge import OUTCOMES
from analyzer.lexicon import load_taxonomy
from analyzer.resources import data_dir

LEXICONS = data_dir("lexicons")
# rules that judge whether a claim is substantiated or within an approval
UNSUPPORTED_EVIDENCE_RULES = {"JP-PMD-66-1", "JP-PMD-68", "JP-MCA-NOT-PERMITTED", "JP-MCA-EXAGGERATED", "JP-KEI-YURYO",
                              "US-FTC-5", "US-FTC-12", "US-FTC-HPCG", "US-FTC-NPO", "US-FDCA-505", "US-PHSA-351",
                              "UK-CAP-12.1", "UK-CAP-12.11", "EU-UCPD-17", "EU-UCPD-6", "EU-MED-87"}


def claim_of(text: str, category: str):
    result = audit_text(text, lang="en")
    [claim] = [c for c in result.claims if c.category == category]
    return claim, [f for f in result.findings if f.claim_id == claim.id]


def test_cure_claim_for_an_exosome_drip_is_unapproved_in_japan_and_the_us_with_sources():
    claim, findings = claim_of("Our exosome drip cures cancer.", "CURE_TREATMENT_CLAIM")
    [evidence] = claim.evidence
    assert evidence.intervention == "exosome" and evidence.outcomes == ("cancer",)
    assert evidence.verdict_in("JP") == "unapproved" and evidence.verdict_in("US") == "unapproved"
    assert evidence.verdict == "unapproved"
    status_facts = [f for f in evidence.facts if f.kind == "status" and f.jurisdiction == "JP"]
    assert status_facts and all(url.startswith("https://") for f in status_facts for url in f.sources)
    critical = {f.rule_id for f in findings if f.severity == "critical"}
    assert {"JP-PMD-68", "US-PHSA-351", "US-FDCA-505"} <= critical
    assert all(f.evidence is not None and f.evidence.intervention == "exosome" for f in findings)


def test_a_claim_within_the_approved_indication_is_not_charged_as_unsupported():
    claim, findings = claim_of("Botox erases frown lines.", "ANTI_AGING_REJUVENATION")
    assert claim.evidence[0].verdict_in("JP") == "approved_indication"
    assert [f for f in claim.evidence[0].facts if f.kind == "indication" and "Glabellar" in f.text]
    assert not {f.rule_id for f in findings} & UNSUPPORTED_EVIDENCE_RULES


def test_the_same_product_beyond_its_indication_is_charged():
    claim, findings = claim_of("Our Botox injections smooth frown lines and reverse aging.", "ANTI_AGING_REJUVENATION")
    assert claim.evidence[0].verdict_in("JP") == "off_label"
    assert "JP-PMD-66-1" in {f.rule_id for f in findings}


def test_cosmetic_weight_loss_with_a_glp1_drug_is_off_label_and_obesity_is_not():
    cosmetic, charged = claim_of("Ozempic melts belly fat.", "WEIGHT_LOSS_CLAIM")
    assert cosmetic.evidence[0].verdict_in("US") == "off_label" and "US-FTC-HPCG" in {f.rule_id for f in charged}
    obesity, findings = claim_of("Wegovy helps adults with obesity lose weight.", "WEIGHT_LOSS_CLAIM")
    assert obesity.evidence[0].verdict_in("US") == "approved_indication"
    assert not {f.rule_id for f in findings} & UNSUPPORTED_EVIDENCE_RULES


def test_contradicted_evidence():
    claim, _ = claim_of("Myers cocktail cures fibromyalgia.", "CURE_TREATMENT_CLAIM")
    assert claim.evidence[0].verdict_in("US") == "contradicted"


def test_a_claim_without_a_known_product_has_no_evidence_but_is_still_judged():
    claim, findings = claim_of("This treatment cures arthritis.", "CURE_TREATMENT_CLAIM")
    assert claim.evidence == ()
    assert "EU-UCPD-17" in {f.rule_id for f in findings} and all(f.evidence is None for f in findings)


def test_athlete_claims_carry_the_anti_doping_facts():
    result = audit_text("Pro baseball players use our exosome drip for faster recovery.", lang="en")
    facts = [f for c in result.claims for e in c.evidence for f in e.facts if f.kind == "anti_doping"]
    assert any("NPB" in f.text for f in facts)


def test_outcomes_file_maps_every_condition_of_every_language_exactly_once():
    outcomes = load_outcomes(LEXICONS / "outcomes.yml")
    for path in sorted((LEXICONS / "entities").glob("*/condition.yml")):
        ids = {entry["id"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["entities"]}
        assert ids - set(outcomes.by_condition) == set(), f"{path}: conditions with no outcome"
    english = {e["id"] for e in yaml.safe_load((LEXICONS / "entities/en/condition.yml").read_text())["entities"]}
    assert set(outcomes.by_condition) - english == set(), "outcomes.yml names conditions that do not exist"
    assert set(outcomes.by_condition.values()) <= set(OUTCOMES)
    assert set(outcomes.by_category) <= set(load_taxonomy().categories)


def test_knowledge_base_entity_ids_are_intervention_entities():
    entity_ids = {e["id"] for e in yaml.safe_load((LEXICONS / "entities/en/intervention.yml").read_text())["entities"]}
    assert set(load_kb().by_entity) <= entity_ids


def test_an_unknown_outcome_in_the_outcome_map_is_a_coded_error(tmp_path: Path):
    path = tmp_path / "outcomes.yml"
    path.write_text("conditions:\n  happiness: [cancer]\ncategories: {}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_outcomes(path)
    assert caught.value.code == "CA110" and "happiness" in str(caught.value)

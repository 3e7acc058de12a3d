"""The evidence-and-approval knowledge base (lexicons/interventions/) is sourced data.

Every file loads, carries its required keys and an id equal to its name; every fact (status,
approved indication, evidence level, risk, anti-doping fact) has a source with an http(s) URL
and a YYYY-MM-DD date; the checker rejects an entry without one; entity and condition ids
point into the entity lexicons.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from analyzer.errors import LexiconError
from analyzer.knowledge import entity_index, load_intervention_file, load_knowledge_base, parse_intervention
from analyzer.resources import data_dir

LEXICONS = data_dir("lexicons")
KB_DIR = LEXICONS / "interventions"
KB_FILES = sorted(KB_DIR.glob("*.yml"))
REQUIRED_KEYS = {"id", "title", "entity_ids", "names", "kind", "routes", "jurisdictions", "evidence", "risks"}
URL = re.compile(r"https?://\S+")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# where a bundled fact was read: a section of the shared reference, or an official label or
# regulator page read on a day, with what it states (docs/knowledge-base-format.md, Sources)
VIA = re.compile(r"regulatory-reference §|label read \d{4}-\d{2}-\d{2}: \S")

# Topics of regulatory-reference §7 (rows 1-23) and the entry that holds each.
SECTION_7_ENTRIES = [
    "exosome", "culture_supernatant", "mesenchymal_stem_cells", "svf_perinatal_products", "cord_blood", "prp",
    "immune_cell_therapy", "nad", "nmn", "glutathione", "high_dose_vitamin_c", "vitamin_drips", "ozone_therapy",
    "edta_chelation", "semaglutide_glp1", "botulinum_toxin", "ha_fillers", "placenta", "hydrogen_water",
    "hyperbaric_oxygen", "whole_body_cryotherapy", "regenerative_peptides", "iv_infusions_athletes",
]

# INTERVENTION entity ids for which the reference holds no fact, so no entry maps them.
ENTITIES_WITHOUT_FACTS = {
    "regenerative_medicine",     # umbrella term (cells, PRP or exosomes): no single status
    "polynucleotide", "lipotropic_injection", "methylene_blue", "ketamine", "testosterone", "growth_hormone",
    "hcg", "phentermine", "longevity_drug", "fat_dissolving_injection", "iv_laser",
    "ipamorelin", "other_peptides",  # include approved drugs (tesamorelin, bremelanotide) not covered by §7 row 22
    "anti_wrinkle_injection",  # unbranded wording the ASA accepts for UK clinics: botulinum_toxin's POM status must not reach it
    "energy_device",  # HIFU, RF, lasers, microneedling, hair removal: devices with no facts in the reference yet
    "iv_generic",  # "an IV" with no named contents: only its route matters (the IV-infusion anti-doping entry applies by route)
}


def _raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entity_ids(label_file: str) -> set[str]:
    data = _raw(LEXICONS / "entities" / "en" / label_file)
    return {entity["id"] for entity in data["entities"]}


def _facts(entry: dict):
    """(place, fact) for every sourced fact of a raw YAML entry, read without the checker."""
    for code, status in (entry.get("jurisdictions") or {}).items():
        yield f"jurisdictions.{code}", status
        for number, indication in enumerate(status.get("approved_indications") or (), start=1):
            if isinstance(indication, dict) and "sources" in indication:
                yield f"jurisdictions.{code}.approved_indications[{number}]", indication
    for key in ("evidence", "risks", "anti_doping"):
        for number, fact in enumerate(entry.get(key) or (), start=1):
            yield f"{key}[{number}]", fact


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base(KB_DIR)


# --------------------------------------------------------------------------- the bundled files


def test_at_least_the_23_interventions_of_section_7():
    assert len(KB_FILES) >= 23
    assert {path.stem for path in KB_FILES} >= set(SECTION_7_ENTRIES)


@pytest.mark.parametrize("path", KB_FILES, ids=lambda p: p.stem)
def test_file_loads_with_pyyaml_and_has_required_keys_and_its_own_name(path):
    entry = _raw(path)
    assert isinstance(entry, dict), f"{path.name}: top level is not a mapping"
    missing = REQUIRED_KEYS - set(entry)
    assert not missing, f"{path.name}: missing {sorted(missing)}"
    assert entry["id"] == path.stem
    assert entry["names"].get("en") and entry["names"].get("ja"), f"{path.name}: needs English and Japanese names"


@pytest.mark.parametrize("path", KB_FILES, ids=lambda p: p.stem)
def test_every_fact_has_a_source_with_url_and_date(path):
    entry = _raw(path)
    facts = list(_facts(entry))
    assert facts, f"{path.name}: no fact at all"
    for place, fact in facts:
        sources = fact.get("sources")
        assert sources, f"{path.name}: {place} has no source"
        for source in sources:
            assert URL.fullmatch(str(source.get("url", ""))), f"{path.name}: {place}: bad url {source!r}"
            assert DATE.fullmatch(str(source.get("checked", ""))), f"{path.name}: {place}: bad date {source!r}"
            assert VIA.match(str(source.get("via", ""))), \
                f"{path.name}: {place}: a bundled fact names the reference section or the label it was read from"


def test_loaded_indications_evidence_and_risks_all_carry_sources(knowledge):
    for entry in knowledge.values():
        indications = [i for j in entry.jurisdictions for i in j.approved_indications]
        for fact in (*entry.jurisdictions, *indications, *entry.evidence, *entry.risks, *entry.anti_doping):
            assert fact.sources, f"{entry.id}: {fact!r} has no source"


def test_mapped_entity_ids_exist_in_the_english_intervention_lexicon(knowledge):
    lexicon_ids = _entity_ids("intervention.yml")
    mapped = set(entity_index(knowledge))
    assert not mapped - lexicon_ids, f"unknown entity ids: {sorted(mapped - lexicon_ids)}"


def test_every_intervention_entity_is_mapped_or_declared_without_facts(knowledge):
    lexicon_ids = _entity_ids("intervention.yml")
    mapped = set(entity_index(knowledge))
    unaccounted = lexicon_ids - mapped - ENTITIES_WITHOUT_FACTS
    assert not unaccounted, f"map these entity ids to an entry or list them in ENTITIES_WITHOUT_FACTS: {sorted(unaccounted)}"
    assert not ENTITIES_WITHOUT_FACTS & mapped, "an entity is both mapped and declared without facts"
    assert ENTITIES_WITHOUT_FACTS <= lexicon_ids, "ENTITIES_WITHOUT_FACTS names an id the lexicon no longer has"


def test_condition_ids_exist_in_the_english_condition_lexicon(knowledge):
    condition_ids = _entity_ids("condition.yml")
    for entry in knowledge.values():
        used = {c for e in entry.evidence for c in e.conditions}
        used |= {c for j in entry.jurisdictions for i in j.approved_indications for c in i.conditions}
        assert used <= condition_ids, f"{entry.id}: unknown condition ids {sorted(used - condition_ids)}"


@pytest.mark.parametrize("name, entry_id", [
    ("ボトックス", "botulinum_toxin"), ("オゼンピック", "semaglutide_glp1"), ("マンジャロ", "semaglutide_glp1"),
    ("GLP-1ダイエット", "semaglutide_glp1"), ("エクソソーム点滴", "exosome"), ("幹細胞培養上清液", "culture_supernatant"),
    ("臍帯血", "cord_blood"), ("NAD+点滴", "nad"), ("白玉点滴", "glutathione"), ("プラセンタ注射", "placenta"),
    ("Wegovy", "semaglutide_glp1"), ("Myers' cocktail", "vitamin_drips"), ("BPC-157", "regenerative_peptides"),
])
def test_japanese_and_brand_names_lead_to_their_entry(knowledge, name, entry_id):
    holders = [entry.id for entry in knowledge.values() if name in (n.text for n in entry.names)]
    assert holders == [entry_id]


# --------------------------------------------------------------------------- facts a reader checks


def test_exosomes_are_unapproved_in_the_us_and_japan(knowledge):
    exosome = knowledge["exosome"]
    assert exosome.status_in("US").status == "unapproved"
    assert exosome.status_in("JP").status == "unapproved"
    assert exosome.status_in("EU") is None  # the reference marks the EU status unverified
    assert any("fda.gov" in s.url for s in exosome.status_in("US").sources)


def test_botulinum_toxin_frown_lines_are_an_approved_indication_in_japan(knowledge):
    japan = knowledge["botulinum_toxin"].status_in("JP")
    assert japan.status == "approved"
    phrases = {p.text for i in japan.approved_indications for p in i.phrases}
    assert {"frown lines", "glabellar lines", "crow's feet", "眉間のしわ"} <= phrases
    assert "anti-aging" not in phrases and "wrinkles" not in phrases


def test_glp1_is_approved_for_obesity_but_not_for_cosmetic_weight_loss(knowledge):
    glp1 = knowledge["semaglutide_glp1"]
    for code in ("US", "JP", "EU"):
        assert "obesity" in {c for i in glp1.status_in(code).approved_indications for c in i.conditions}
    assert [e.level for e in glp1.evidence_for("weight")] == ["none"]
    assert glp1.status_in("UK").prescription_only is True


def test_athlete_iv_entry_applies_to_iv_routes_for_athletes_with_wada_m22(knowledge):
    entry = knowledge["iv_infusions_athletes"]
    assert entry.applies_to.routes == ("iv", "injection") and entry.applies_to.targets == ("athlete",)
    wada = [f for f in entry.anti_doping if f.body == "WADA"]
    assert wada and wada[0].rule == "M2.2" and "100 mL per 12-hour" in wada[0].note


def test_evidence_for_an_unlisted_outcome_falls_back_to_any(knowledge):
    supernatant = knowledge["culture_supernatant"]
    assert [e.outcome for e in supernatant.evidence_for("anti_aging")] == ["any"]
    assert knowledge["botulinum_toxin"].evidence_for("cancer") == ()


# --------------------------------------------------------------------------- the checker


VALID_ENTRY = {
    "id": "example",
    "title": "Example product",
    "entity_ids": ["exosome"],
    "names": {"en": ["example drip"], "ja": ["例点滴"]},
    "kind": "biologic",
    "routes": ["iv"],
    "jurisdictions": {
        "US": {
            "status": "approved_other_indications",
            "approved_indications": [{"text": "Acute GVHD", "match": {"en": ["(acute )?gvhd"]}}],
            "sources": [{"url": "https://example.org/us", "checked": "2026-11-27", "via": "test"}],
        },
    },
    "evidence": [{"outcome": "cancer", "level": "none", "summary": "No RCTs.",
                  "sources": [{"url": "https://example.org/e", "checked": "2026-11-27"}]}],
    "risks": [{"risk": "Infection.", "sources": [{"url": "http://example.org/r", "checked": "2026-11-27"}]}],
}


def _broken(change):
    entry = copy.deepcopy(VALID_ENTRY)
    change(entry)
    return entry


def test_the_valid_example_passes_the_checker():
    entry = parse_intervention(copy.deepcopy(VALID_ENTRY), "example.yml")
    assert entry.status_in("US").approved_indications[0].phrases[0].text in {"acute gvhd", "gvhd"}
    # an indication without its own sources is sourced by its jurisdiction entry
    assert entry.status_in("US").approved_indications[0].sources[0].url == "https://example.org/us"


MISSING_OR_BAD_SOURCES = {
    "status without sources": lambda e: e["jurisdictions"]["US"].pop("sources"),
    "status with empty sources": lambda e: e["jurisdictions"]["US"].update(sources=[]),
    "evidence without sources": lambda e: e["evidence"][0].pop("sources"),
    "risk without sources": lambda e: e["risks"][0].pop("sources"),
    "indication with empty sources": lambda e: e["jurisdictions"]["US"]["approved_indications"][0].update(sources=[]),
    "source without url": lambda e: e["risks"][0]["sources"][0].pop("url"),
    "source with a non-http url": lambda e: e["evidence"][0]["sources"][0].update(url="ftp://example.org/x"),
    "source with a bare domain": lambda e: e["evidence"][0]["sources"][0].update(url="example.org/x"),
    "source without date": lambda e: e["risks"][0]["sources"][0].pop("checked"),
    "source with a D/M/Y date": lambda e: e["risks"][0]["sources"][0].update(checked="27/11/2026"),
    "source with an impossible date": lambda e: e["risks"][0]["sources"][0].update(checked="2026-13-40"),
    "anti-doping fact without sources": lambda e: e.update(anti_doping=[
        {"body": "WADA", "rule": "M2.2", "status": "restricted", "note": "over 100 mL per 12 h"}]),
}


@pytest.mark.parametrize("change", MISSING_OR_BAD_SOURCES.values(), ids=MISSING_OR_BAD_SOURCES.keys())
def test_checker_rejects_a_fact_without_a_valid_source(change):
    with pytest.raises(LexiconError) as error:
        parse_intervention(_broken(change), "lexicons/interventions/example.yml")
    assert error.value.code in {"CA113", "CA103"}
    assert "example.yml" in str(error.value)


def test_checker_names_the_fact_that_lacks_a_source():
    with pytest.raises(LexiconError) as error:
        parse_intervention(_broken(lambda e: e["evidence"][0].pop("sources")), "example.yml")
    assert error.value.code == "CA103" and "evidence[1]" in str(error.value) and "sources" in str(error.value)


def test_an_unquoted_yaml_date_is_accepted(tmp_path):
    text = yaml.safe_dump(VALID_ENTRY, allow_unicode=True).replace("'2026-11-27'", "2026-11-27")
    assert "checked: 2026-11-27" in text
    path = tmp_path / "example.yml"
    path.write_text(text, encoding="utf-8")
    assert load_intervention_file(path).risks[0].sources[0].checked == "2026-11-27"


BAD_VALUES = {
    "unknown key": (lambda e: e.update(approved=True), "CA102"),
    "missing kind": (lambda e: e.pop("kind"), "CA103"),
    "unknown status": (lambda e: e["jurisdictions"]["US"].update(status="legal"), "CA110"),
    "unknown jurisdiction": (lambda e: e["jurisdictions"].update(FR=e["jurisdictions"]["US"]), "CA110"),
    "unknown evidence level": (lambda e: e["evidence"][0].update(level="strong"), "CA110"),
    "unknown outcome": (lambda e: e["evidence"][0].update(outcome="longevity"), "CA110"),
    "unknown route": (lambda e: e.update(routes=["nasal"]), "CA110"),
    "id with capitals": (lambda e: e.update(id="Example"), "CA140"),
    "names not by language": (lambda e: e.update(names=["example drip"]), "CA142"),
    "no status and no anti-doping fact": (lambda e: e.update(jurisdictions={}), "CA103"),
    "unbalanced match group": (lambda e: e["jurisdictions"]["US"]["approved_indications"][0].update(
        match={"en": ["(acute gvhd"]}), "CA104"),
}


@pytest.mark.parametrize("change, code", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_checker_rejects_malformed_entries_with_a_code(change, code):
    with pytest.raises(LexiconError) as error:
        parse_intervention(_broken(change), "example.yml")
    assert error.value.code == code


def _write(directory: Path, name: str, entry: dict) -> Path:
    path = directory / f"{name}.yml"
    path.write_text(yaml.safe_dump(entry, allow_unicode=True), encoding="utf-8")
    return path


def test_id_must_equal_the_file_name(tmp_path):
    path = _write(tmp_path, "other_name", VALID_ENTRY)
    with pytest.raises(LexiconError) as error:
        load_intervention_file(path)
    assert error.value.code == "CA140" and "other_name.yml" in str(error.value)


def test_an_entity_id_may_belong_to_one_entry_only(tmp_path):
    _write(tmp_path, "example", VALID_ENTRY)
    _write(tmp_path, "second", {**copy.deepcopy(VALID_ENTRY), "id": "second"})
    with pytest.raises(LexiconError) as error:
        load_knowledge_base(tmp_path)
    assert error.value.code == "CA141" and "'exosome'" in str(error.value)


def test_invalid_yaml_and_empty_directory_are_coded_errors(tmp_path):
    with pytest.raises(LexiconError) as error:
        load_knowledge_base(tmp_path)
    assert error.value.code == "CA143"
    (tmp_path / "broken.yml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_knowledge_base(tmp_path)
    assert error.value.code == "CA101" and "broken.yml" in str(error.value)

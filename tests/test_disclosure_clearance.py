"""Japan's 限定解除: a page that discloses every required item may describe an unapproved product.

A clinic's own page that states the product is unapproved, how it is obtained, whether an
approved equivalent exists, safety information from abroad, that the relief system does not
apply, the cost and the main risks, lifts the restriction: the product's mention is shown
with the reason but not charged. Effect claims on the same page are judged on their own, and a
page missing any item is charged as before.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.disclosures import load_all_items
from analyzer.errors import LexiconError
from analyzer.lexicon import load_taxonomy

DISCLOSED = """Exosome infusion (private treatment)
Our clinic offers an exosome infusion.
The exosome preparation is an unapproved product in Japan and is not approved as a medicine.
How we obtain it: the physician imports it from the manufacturer under the physician's own responsibility.
There is no approved product with the same ingredients in Japan.
Safety information from other countries: the US FDA has issued a public safety notification about exosome products.
The relief system for adverse drug reactions does not apply to this treatment.
Cost: 98,000 yen per infusion, tax included.
Main risks: bruising, fever, headache, allergic reactions and infection."""

WITHOUT_RELIEF = DISCLOSED.replace("The relief system for adverse drug reactions does not apply to this treatment.\n", "")


def findings(text: str, category: str):
    return [f for f in audit_text(text, lang="en").findings if f.category == category]


def test_a_fully_disclosed_page_shows_the_product_but_does_not_charge_it():
    found = findings(DISCLOSED, "UNAPPROVED_PRODUCT_PROMOTION")
    assert found, "the product's mention is still reported"
    assert all(f.suppressed for f in found)
    assert all("disclosed on the page" in f.suppression and "U5_relief_system" in f.suppression for f in found)


def test_a_page_missing_one_item_is_charged():
    found = findings(WITHOUT_RELIEF, "UNAPPROVED_PRODUCT_PROMOTION")
    assert found and not any(f.suppressed for f in found)


def test_an_effect_claim_on_a_disclosed_page_is_still_charged():
    text = DISCLOSED + "\nOne infusion reverses ageing and cures arthritis."
    charged = {f.category for f in audit_text(text, lang="en").findings if not f.suppressed}
    assert {"ANTI_AGING_REJUVENATION", "CURE_TREATMENT_CLAIM"} <= charged
    assert not any(not f.suppressed for f in findings(text, "UNAPPROVED_PRODUCT_PROMOTION"))


def test_the_clearing_items_exist_and_carry_sources():
    items = load_all_items()
    cleared = {c.id: c.cleared_by_disclosure for c in load_taxonomy().categories.values() if c.cleared_by_disclosure}
    assert set(cleared) == {"UNAPPROVED_PRODUCT_PROMOTION", "PRESCRIPTION_ONLY_PROMOTION"}
    assert all(item in items for names in cleared.values() for item in names)


@pytest.mark.parametrize("block,code", [
    ("    cleared_by_disclosure: {items: [cost], note: x}\n", "CA103"),  # a required key (sources) missing
    ("    cleared_by_disclosure: {items: cost, note: x, sources: [{url: 'https://a.example', checked: '2026-11-27'}]}\n", "CA109"),
    ("    cleared_by_disclosure: {items: [cost], note: x, sources: [{url: 'a.example', checked: 'today'}]}\n", "CA113"),
])
def test_a_bad_cleared_by_disclosure_block_is_a_coded_error(tmp_path, block, code):
    path = tmp_path / "taxonomy.yml"
    path.write_text("escalators: {}\ncategories:\n  - id: UNAPPROVED_PRODUCT_PROMOTION\n    title: t\n    severity: high\n"
                    "    message: m\n" + block, encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_taxonomy(path)
    assert error.value.code == code


@pytest.mark.parametrize("sentence,item", [
    ("Our physician imports it personally for use at this clinic.", "U2_how_obtained"),
    ("How we obtain it: the doctor orders it from a licensed wholesaler.", "U2_how_obtained"),
    ("The preparation comes from a domestic cell-processing facility.", "U2_how_obtained"),
    ("The effect usually lasts three to four months, so repeat treatment is needed.", "sessions_duration"),
])
def test_the_ways_clinics_word_how_a_product_is_obtained_and_how_often_it_is_given(sentence, item):
    from analyzer.disclosures import find_items, load_disclosures

    assert item in find_items(sentence, load_disclosures("en"))

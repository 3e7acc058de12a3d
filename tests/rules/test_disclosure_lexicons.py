"""Disclosure phrases are data per language: found anywhere on the page, whatever the markup."""

from __future__ import annotations

import pytest

from analyzer.disclosures import find_items, load_disclosures
from analyzer.errors import LexiconError


def found(text: str, lang: str = "en", extra: tuple[str, ...] = ()) -> set[str]:
    return set(find_items(text, load_disclosures(lang, extra)))


@pytest.mark.parametrize(("text", "item"), [
    ("## Main risks & side-effects\n- bruising", "risks"),
    ("| Side effects may include | redness |", "risks"),
    ("Footnote: *This preparation is an unapproved product in Japan.*", "U1_unapproved"),
    ("You will **not be eligible** for the Relief System for Sufferers from Adverse Drug Reactions.", "U5_relief_system"),
    ("One session: ¥49,500 (tax included)", "cost"),
    ("The usual course is 3 sessions at 4-week intervals.", "sessions_duration"),
    ("Loved my glow! #ad @clinic", "material_connection"),
    ("Results vary from person to person.", "typicality"),
    ("Athletes: check the WADA Prohibited List first.", "anti_doping"),
])
def test_a_disclosure_counts_wherever_and_however_it_is_written(text, item):
    assert item in found(text)


@pytest.mark.parametrize(("text", "item"), [
    ("There are no side effects and no risk of rejection.", "risks"),
    ("It contains no banned substances, so it is completely safe for doping tests.", "anti_doping"),
    ("Our clinic is the most advanced in Tokyo.", "U1_unapproved"),
    ("Book an adventure with our team!", "material_connection"),  # "ad" inside a word is not #ad
])
def test_the_claim_a_disclosure_answers_is_not_taken_for_it(text, item):
    assert item not in found(text)


def test_offsets_point_into_the_original_text():
    text = "Intro.\n\n**Possible side effects** include bruising."
    assert text[find_items(text, load_disclosures("en"))["risks"]:].startswith("Possible side effects")


def test_a_language_file_can_be_added_without_python(tmp_path):
    folder = tmp_path / "disclosures"
    folder.mkdir()
    (folder / "ja.yml").write_text("lang: ja\nphrases:\n  U1_unapproved: [未承認, 国内未承認]\n"
                                   "  U5_relief_system: ['救済制度(の)?対象外']\npatterns:\n  cost: ['\\d[\\d,]*\\s?円']\n",
                                   encoding="utf-8")
    items = found("本剤は国内未承認です。医薬品副作用被害救済制度の対象外となります。1回 49,500円", "ja", (str(tmp_path),))
    assert {"U1_unapproved", "U5_relief_system", "cost"} <= items
    assert load_disclosures("ja", (str(tmp_path),)).phrase_files


def test_an_unknown_item_in_a_language_file_is_a_coded_error(tmp_path):
    folder = tmp_path / "disclosures"
    folder.mkdir()
    (folder / "en.yml").write_text("lang: en\nphrases:\n  horoscope: [star sign]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_disclosures("en", (str(tmp_path),))
    assert caught.value.code == "CA110" and "horoscope" in str(caught.value) and "en.yml" in str(caught.value)

"""Typed claims: categories for the constructions clinics use, exact offsets, entities."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from conftest import asserted_categories, claims_of


@pytest.mark.parametrize(
    "text, category",
    [
        ("Our stem cell infusion can reverse type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
        ("PRP has been shown to improve arthritis pain.", "CURE_TREATMENT_CLAIM"),
        ("Our NAD+ drip helps with chronic fatigue and long COVID.", "CURE_TREATMENT_CLAIM"),
        ("Exosome therapy treats: arthritis, asthma, COPD and lupus.", "CURE_TREATMENT_CLAIM"),
        ("Say goodbye to wrinkles and age spots with our exosome facial.", "ANTI_AGING_REJUVENATION"),
        ("Rejuvenate from the inside with our stem cell drip.", "ANTI_AGING_REJUVENATION"),
        ("99% satisfaction among our patients!", "PSEUDO_EVIDENCE"),
        ("Every drip contains 100 billion exosomes.", "PSEUDO_EVIDENCE"),
        ("Our exosomes are produced in an FDA-registered lab.", "FALSE_APPROVAL_CLAIM"),
        ("The safest, highest-quality exosome drip in Japan.", "SUPERLATIVE_COMPARATIVE"),
        ("The safest, highest-quality exosome drip in Japan.", "SAFETY_ABSOLUTE"),
        ("Used by top athletes and Olympic champions.", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("Boost your immune system with our immunity drip.", "DISEASE_PREVENTION_IMMUNITY"),
        ("Guaranteed results or your money back.", "GUARANTEE_CERTAINTY"),
        ("No surgery needed: our injections replace knee replacement.", "DISCOURAGES_STANDARD_CARE"),
        ("Flush out toxins and recharge your energy with our detox drip.", "DETOX_WELLNESS_VAGUE"),
        ("Lose up to 10 kg in a month with our semaglutide program.", "WEIGHT_LOSS_CLAIM"),
        ("Faster recovery after every match with our athlete IV drip.", "PERFORMANCE_RECOVERY"),
        ("Doctor recommended and dermatologist approved.", "AUTHORITY_APPEAL"),
        ("\"I feel ten years younger!\" - Yuki, 52", "TESTIMONIAL"),
        ("See our before and after photos.", "BEFORE_AFTER"),
        ("Book your exosome drip today.", "UNAPPROVED_PRODUCT_PROMOTION"),
        ("20% off your first session this month.", "PRICE_INDUCEMENT"),
        ("Only 3 slots left - book before Friday!", "URGENCY_SCARCITY"),
        ("Loving my glow after this drip #gifted #collab", "STEALTH_ADVERTISING"),
        ("Get Ozempic prescribed online in minutes.", "PRESCRIPTION_ONLY_PROMOTION"),
        ("Pre-game IV drips for athletes, safe for drug testing.", "DOPING_RISK"),
    ],
)
def test_category_is_found_in_typical_copy(text, category):
    assert category in asserted_categories(text), f"{category} missing in {text!r}: {[(c.category, c.assertion, c.text) for c in audit_text(text).claims]}"


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic is open Monday to Friday from 9 am to 6 pm.",
        "Possible side effects include bruising, swelling, infection and allergic reactions.",
        "Botulinum toxin is approved to temporarily improve the appearance of moderate to severe frown lines.",
        "Dr. Sato is a board-certified dermatologist with 15 years of experience.",
        "This treatment is not approved by the Ministry of Health, Labour and Welfare.",
        "The consultation costs 5,000 yen; treatment prices are listed below.",
        "Please bring a photo ID, your insurance card and a list of your medicines.",
        "Dr. Mori is board-certified by the American Board of Dermatology.",
        "| Celebrity and athlete use | \"professional athletes choose our drip\" | Not permitted: implies endorsement. |",
    ],
)
def test_neutral_clinic_information_is_not_flagged(text):
    assert asserted_categories(text) == set(), [(c.category, c.assertion, c.text) for c in audit_text(text).claims]


def test_offsets_line_and_column_point_into_the_original_text():
    text = "Welcome.\n\n  Our exosome drip cures cancer and arthritis."
    result = audit_text(text)
    cure = next(c for c in result.claims if c.category == "CURE_TREATMENT_CLAIM")
    assert text[cure.start:cure.end] == cure.text
    assert cure.text.startswith("cures")
    assert (cure.line, cure.column) == (3, text.splitlines()[2].index("cures") + 1)
    assert [m.id for m in cure.conditions] and all(text[m.start:m.end] == m.text for m in cure.conditions)


def test_claims_link_interventions_and_conditions():
    result = audit_text("Our exosome drip cures cancer.")
    cure = next(c for c in result.claims if c.category == "CURE_TREATMENT_CLAIM")
    assert [m.id for m in cure.interventions] and "exosome" in cure.interventions[0].id
    assert any(m.attribute("serious") for m in cure.conditions)


def test_pronoun_claim_links_the_intervention_of_the_previous_sentence():
    result = audit_text("Try our new exosome drip. It cures arthritis.")
    cure = next(c for c in result.claims if c.category == "CURE_TREATMENT_CLAIM")
    assert cure.interventions and "exosome" in cure.interventions[0].id


def test_escalators_raise_severity_one_level():
    plain = audit_text("Our cream is completely safe.").findings
    drip = audit_text("Our exosome drip is completely safe.").findings
    # the same high-severity rule (FTC Act §12) on both claims: one level up for the exosome drip
    assert [f.severity for f in plain if f.rule_id == "US-FTC-12"] == ["high"]
    escalated = [f for f in drip if f.rule_id == "US-FTC-12"]
    assert [f.severity for f in escalated] == ["critical"] and "cell_or_exosome" in escalated[0].escalated_by


def test_a_claim_that_needs_a_product_finds_it_in_the_sentence_before():
    # ads name the product in one line and make the claim in the next
    # (longevity wording needs an intervention: lexicons/claims/en/anti_aging_rejuvenation.yml)
    text = "Try our NAD+ drip this winter.\nLonger, healthier lives for every patient."
    assert ("ANTI_AGING_REJUVENATION", "asserted") in claims_of(text)
    far = "Try our NAD+ drip this winter.\nOpen on Saturdays.\nFree parking.\nBook online.\nLonger, healthier lives for every patient."
    assert "ANTI_AGING_REJUVENATION" not in {category for category, _ in claims_of(far)}
    assert "ANTI_AGING_REJUVENATION" not in {category for category, _ in claims_of("Longer, healthier lives for every patient.")}


def test_a_token_patterns_own_words_are_not_cues_but_its_wildcards_can_hold_one(tmp_path):
    """The words a pattern names are the claim's own ("reported" in "9 in 10 clients reported
    glowing skin" is no reporting cue); a word its wildcard lets through can still be a cue."""
    from analyzer.audit import AuditOptions, audit_text

    extra = tmp_path / "claims" / "en"
    extra.mkdir(parents=True)
    (extra / "mine.yml").write_text(
        "category: TESTIMONIAL\nlang: en\npatterns:\n"
        "  - pattern: [{LIKE_NUM: true}, {LOWER: in}, {LIKE_NUM: true}, {LOWER: {IN: [clients, patients]}},"
        " {LOWER: reported}, {IS_ALPHA: true, OP: '{0,3}'}, {LOWER: skin}]\n"
        "    note: test pattern\n", encoding="utf-8")
    options = AuditOptions(extra_lexicon_dirs=(str(tmp_path),))

    def status(text: str) -> list[str]:
        return [c.assertion for c in audit_text(text, options=options).claims if "TESTIMONIAL:mine" in c.rule]

    assert status("9 in 10 clients reported glowing skin after one drip.") == ["asserted"]
    assert status("9 in 10 clients reported never having oily skin after one drip.") == ["negated"]


def test_a_bundled_testimonial_pattern_with_never_is_asserted():
    claims = audit_text("Honestly, my skin has never looked this good since I started the exosome facials.").claims
    assert [c.assertion for c in claims if c.category == "TESTIMONIAL"] == ["asserted"]


def test_of_two_rules_finding_the_same_span_the_more_confident_one_makes_the_claim(tmp_path):
    """Two lexicon entries of one category matching the same words give one claim, with the
    confidence of the surer entry, whichever comes first in the files."""
    from analyzer.audit import AuditOptions, audit_text

    extra = tmp_path / "claims" / "en"
    extra.mkdir(parents=True)
    for name, confidence in (("a_unsure", 0.3), ("b_sure", 0.95), ("c_middling", 0.6)):
        (extra / f"{name}.yml").write_text(
            f"category: GUARANTEE_CERTAINTY\nlang: en\nterms:\n"
            f"  - match: zorbly glow promise\n    note: test term\n    confidence: {confidence}\n",
            encoding="utf-8")
    options = AuditOptions(extra_lexicon_dirs=(str(tmp_path),))
    claims = [c for c in audit_text("Every visit comes with our zorbly glow promise.", options=options).claims
              if c.category == "GUARANTEE_CERTAINTY"]
    assert [(c.text, c.confidence, c.rule.split(":")[1]) for c in claims] == [("zorbly glow promise", 0.95, "b_sure")]


def test_an_exclusion_clears_the_words_the_lexicon_matched_not_a_wildcards():
    """"board-certified" is excluded as a plain qualification, but it does not clear an
    authority pattern whose wildcard merely lets it through ("developed by a … physician")."""
    def authority(text: str) -> list[str]:
        return [c.assertion for c in audit_text(text).claims if c.category == "AUTHORITY_APPEAL"]

    assert authority("Our drip protocol was developed by a board-certified emergency physician.") == ["asserted"]
    assert authority("Formulated by a board certified plastic surgeon, our serum erases wrinkles.") == ["asserted"]
    assert authority("Dr Lee is board-certified in dermatology and a member of the British College of Aesthetic Medicine.") == []


@pytest.mark.parametrize("text, scarce", [
    ("After the stem cell injection my knee pain is completely gone!", False),
    ("Two drips later my headaches were fully gone.", False),
    ("Our NAD+ drip offer: spaces are almost gone!", True),
    ("Our exosome facial is almost sold out this month.", True),
])
def test_gone_is_scarcity_only_when_something_is_running_out(text, scarce):
    assert ("URGENCY_SCARCITY" in {c.category for c in audit_text(text).claims}) is scarce

"""Only asserted claims are charged: the same words reported, negated, hedged, asked or
supposed keep their category but not a finding."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def status_of(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text).claims if c.category == category]


@pytest.mark.parametrize(
    "text, category, expected",
    [
        ("Our exosome drip cures cancer.", "CURE_TREATMENT_CLAIM", "asserted"),
        ("Stem cell therapy reverses autism in weeks.", "CURE_TREATMENT_CLAIM", "asserted"),
        ("The exosome drip does not cure cancer.", "CURE_TREATMENT_CLAIM", "negated"),
        ("Vitamin drips can't cure the flu.", "CURE_TREATMENT_CLAIM", "negated"),
        ("Our exosome drip doesn\u2019t cure cancer.", "CURE_TREATMENT_CLAIM", "negated"),
        ("Why risk surgery when our stem cells cure arthritis?", "CURE_TREATMENT_CLAIM", "asserted"),
        ("There is no evidence that stem cells cure arthritis.", "CURE_TREATMENT_CLAIM", "negated"),
        ("No controlled trial in humans has shown that IV NAD+ reverses aging.", "ANTI_AGING_REJUVENATION", "negated"),
        ("The drip may help with arthritis in some patients.", "CURE_TREATMENT_CLAIM", "hedged"),
        ("Several clinics claim the drip cures cancer.", "CURE_TREATMENT_CLAIM", "reported"),
        ("The clinic advertised the drip as a cure for diabetes.", "CURE_TREATMENT_CLAIM", "reported"),
        ("Can exosomes really cure cancer?", "CURE_TREATMENT_CLAIM", "question"),
        ("If the drip cured cancer, oncologists would use it.", "CURE_TREATMENT_CLAIM", "conditional"),
        ("Our treatment is 100% safe.", "SAFETY_ABSOLUTE", "asserted"),
        ("No treatment is 100% safe, and ours is no exception.", "SAFETY_ABSOLUTE", "negated"),
        ("One clinic's website promised the treatment was completely safe.", "SAFETY_ABSOLUTE", "reported"),
        ("Expressions such as \"completely safe\" are prohibited in medical advertising.", "SAFETY_ABSOLUTE", "reported"),
    ],
)
def test_assertion_status(text, category, expected):
    assert expected in status_of(text, category), f"{text!r}: {[(c.category, c.assertion, c.cues) for c in audit_text(text).claims]}"


def test_claim_words_are_not_their_own_negation():
    # "no side effects" is the safety claim itself, not a negated claim.
    assert status_of("Our exosome drip has no side effects.", "SAFETY_ABSOLUTE") == ["asserted"]


def test_pseudo_negation_does_not_hide_a_claim():
    assert "asserted" in status_of("Not only the safest drip in Tokyo, but the most effective.", "SUPERLATIVE_COMPARATIVE")


def test_only_asserted_claims_become_findings():
    result = audit_text("Clinics claim the drip cures cancer. Our own drip cures cancer.")
    statuses = sorted(c.assertion for c in result.claims if c.category == "CURE_TREATMENT_CLAIM")
    assert statuses == ["asserted", "reported"]
    charged = [f for f in result.findings if f.category == "CURE_TREATMENT_CLAIM"]
    assert charged and {result.document.text[f.start:f.end] for f in charged} == {"cures cancer"}  # one per rule


def test_critical_article_reports_the_claims_it_quotes():
    article = (
        "An investigation found that beauty clinics advertise exosome drips as \"the safest anti-aging treatment\" "
        "and claim they are effective against cancer. Regulators warned that such claims are unproven."
    )
    result = audit_text(article)
    assert result.claims, "the article's quoted claims should still be found"
    assert {c.assertion for c in result.claims} <= {"reported", "negated", "hedged"}
    assert not result.findings


def test_regulator_guidance_citing_forbidden_phrases_is_not_flagged():
    guidance = (
        "Advertisements must not describe a procedure as \"absolutely safe\" or use superlatives "
        "such as \"Japan's No.1 clinic\". Phrases like \"guaranteed results\" are prohibited."
    )
    assert not audit_text(guidance).findings


def test_list_after_a_prohibited_expressions_intro_inherits_its_status():
    guidance = "Examples of prohibited expressions:\n- the best clinic in Tokyo\n- 100% safe\n- guaranteed results"
    result = audit_text(guidance)
    assert result.claims and not result.findings


@pytest.mark.parametrize("text, category, expected", [
    ("Call now for your free consultation.", "PRICE_INDUCEMENT", "asserted"),
    ("Call us today: only 3 spots left this week!", "URGENCY_SCARCITY", "asserted"),
    ("Phone the clinic to book your 20% off NAD+ drip.", "PRICE_INDUCEMENT", "asserted"),
    ("Some clinics call their drips a cure for cancer.", "CURE_TREATMENT_CLAIM", "reported"),
])
def test_a_call_to_action_is_no_reporting_verb(text, category, expected):
    assert expected in status_of(text, category)

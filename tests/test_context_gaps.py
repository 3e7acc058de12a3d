"""Assertion-status gaps closed by context data (lexicons/context/<lang>.yml):

- a negated meta-comment ("This isn't hype:") or a certainty idiom ("There's no denying…")
  does not negate the claim after it, while a real negation still does;
- a why- or what-makes question in the advertiser's voice presupposes its claim, a genuine
  question stays a question;
- Japanese 〜なくなりました / 気にならない tell an outcome, not a negation;
- sponsorship guidance and conditionals are not stealth advertising.

Every sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text).claims if c.category == category]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in audit_text(text).claims]}"


# --- 1. negated meta-comments and certainty idioms --------------------------------------------

@pytest.mark.parametrize(
    "text, category",
    [
        ("This isn't fluff: our drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("This is not a gimmick: our NAD+ drip turns back the clock on aging.", "ANTI_AGING_REJUVENATION"),
        ("It's not marketing hype, our stem cells cure diabetes.", "CURE_TREATMENT_CLAIM"),
        ("It's not marketing \u2014 our stem cells cure diabetes.", "CURE_TREATMENT_CLAIM"),
        ("No wonder patients love it: our drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("No doubt about it, our exosome drip cures arthritis.", "CURE_TREATMENT_CLAIM"),
        ("There's no denying our drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("There is no denying it: our stem cells cure arthritis.", "CURE_TREATMENT_CLAIM"),
        ("No one can deny that our drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("You can't argue with results: our infusion cures arthritis.", "CURE_TREATMENT_CLAIM"),
        ("There's no catch: our drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("It's no exaggeration to say our exosome drip cures arthritis.", "CURE_TREATMENT_CLAIM"),
        ("I'm not exaggerating when I say this drip reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("It's not a myth: exosomes reverse aging.", "ANTI_AGING_REJUVENATION"),
        ("Not only does our drip cure arthritis, it also reverses aging.", "CURE_TREATMENT_CLAIM"),
        ("Not only does our drip cure arthritis, it also reverses aging.", "ANTI_AGING_REJUVENATION"),
        ("I couldn't be happier, the drip cured my arthritis.", "CURE_TREATMENT_CLAIM"),
    ],
)
def test_meta_comment_does_not_negate_the_claim(text, category):
    assert statuses(text, category) == ["asserted"], explain(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("It does not cure cancer.", "CURE_TREATMENT_CLAIM"),
        ("This isn't a cure for arthritis.", "CURE_TREATMENT_CLAIM"),
        ("Exosomes are not a miracle cure for arthritis.", "CURE_TREATMENT_CLAIM"),
        ("The drip does not reverse aging, and that's no exaggeration.", "ANTI_AGING_REJUVENATION"),
        ("It's a myth that exosomes reverse aging.", "ANTI_AGING_REJUVENATION"),
    ],
)
def test_real_negation_still_negates(text, category):
    assert statuses(text, category) == ["negated"], explain(text)


# --- 2. presupposing questions in the advertiser's voice ----------------------------------------

@pytest.mark.parametrize(
    "text, category",
    [
        ("Why do so many celebrities trust us?", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("Why do so many celebrities trust our clinic?", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("Why is our drip the safest choice?", "SAFETY_ABSOLUTE"),
        ("What makes us the No.1 clinic?", "SUPERLATIVE_COMPARATIVE"),
        ("What makes our exosome drip the best in Tokyo?", "SUPERLATIVE_COMPARATIVE"),
        ("なぜ多くの芸能人が当院を選ぶのでしょうか？", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("当院のエクソソーム点滴。なぜ多くの芸能人に選ばれるのか？", "CELEBRITY_ATHLETE_ENDORSEMENT"),
        ("どうして当院の幹細胞治療でひざの痛みが治るのでしょうか？", "CURE_TREATMENT_CLAIM"),
    ],
)
def test_presupposing_question_in_the_ads_voice_is_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


@pytest.mark.parametrize(
    "text, category, expected",
    [
        ("Does NAD+ really cure fatigue?", "DETOX_WELLNESS_VAGUE", "question"),
        ("Is our drip the safest choice?", "SAFETY_ABSOLUTE", "question"),
        ("Can exosomes really cure cancer?", "CURE_TREATMENT_CLAIM", "question"),
        ("Why do we still believe vitamin drips cure hangovers?", "CURE_TREATMENT_CLAIM", "question"),
        ("幹細胞点滴でがんが治るのでしょうか？", "CURE_TREATMENT_CLAIM", "question"),
        ("なぜ幹細胞点滴でがんが治ると信じてしまうのか？", "CURE_TREATMENT_CLAIM", "question"),
        # question-then-answer still works with the new cues
        ("Why is our drip the safest choice? It isn't.", "SAFETY_ABSOLUTE", "negated"),
        ("Is our stem cell therapy FDA approved? Yes.", "FALSE_APPROVAL_CLAIM", "asserted"),
    ],
)
def test_genuine_questions_stay_questions(text, category, expected):
    assert set(statuses(text, category)) == {expected}, explain(text)


def test_is_this_drip_safe_is_not_charged():
    assert not audit_text("Is this drip safe?").findings


# --- 4. Japanese outcome verbs with ない ------------------------------------------------------

@pytest.mark.parametrize(
    "text, category",
    [
        ("3回の施術でシミが気にならなくなりました。", "TESTIMONIAL"),
        ("エクソソーム点滴で、シミが目立たなくなりました。", "TESTIMONIAL"),
        ("プラセンタ注射で、ニキビができなくなりました。", "TESTIMONIAL"),
        ("施術後、ひざの痛みがなくなりました。", "CURE_TREATMENT_CLAIM"),
        ("エクソソーム点滴でシミが消えました。", "ANTI_AGING_REJUVENATION"),
        ("幹細胞点滴で長年の腰痛がなくなりました。", "CURE_TREATMENT_CLAIM"),
    ],
)
def test_japanese_outcome_is_not_a_negation(text, category):
    assert "asserted" in statuses(text, category) and "negated" not in statuses(text, category), explain(text)


@pytest.mark.parametrize(
    "text, category",
    [
        ("点滴でがんが治るわけではありません。", "CURE_TREATMENT_CLAIM"),
        ("本施術は効果を保証するものではありません。", "GUARANTEE_CERTAINTY"),
        ("シミが消えるわけではありません。", "ANTI_AGING_REJUVENATION"),
        ("幹細胞治療でがんは治りません。", "CURE_TREATMENT_CLAIM"),
    ],
)
def test_japanese_real_negation_stays_negated(text, category):
    assert statuses(text, category) and set(statuses(text, category)) == {"negated"}, explain(text)

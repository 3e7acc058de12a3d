"""Questions in ad copy that are no questions: a question the ad answers at once ("Is it
safe? Absolutely."), rhetorical questions ("Why go anywhere else…?", なぜ…選ばれるのでしょうか？),
and a patient quoting what was said of their result (〜と言われました). Genuine questions
(a reader's, a journalist's, an honest FAQ's) stay questions."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.lexicon import load_lexicon
from analyzer.context import Cue, Sentence, answer_after, answer_status, assertion_status


def statuses(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text).claims if c.category == category]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.assertion, c.cues) for c in audit_text(text).claims]}"


# --- the answer itself (pure) ------------------------------------------------------------------

@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Absolutely.", "asserted"),
        ("Yes.", "asserted"),
        ("Of course!", "asserted"),
        ("100%.", "asserted"),
        ("Yes, it cures arthritis.", "asserted"),
        ("None.", "asserted"),  # "Downtime? Zero." gives the amount asked for
        ("Zero.", "asserted"),
        ("No.", "negated"),
        ("No, it doesn't.", "negated"),
        ("Not at all.", "negated"),
        ("Absolutely not.", "negated"),
        ("None of them do.", "negated"),
        ("Nothing has been proven.", "negated"),
        ("Experts say no.", None),  # a reported answer leaves the question open
        ("Yes, but results vary.", None),
        ("Most people have mild bruising; rare risks include infection.", None),
        ("We asked three dermatologists.", None),  # a teaser, not an answer
        ("Read on.", None),
        ("No side effects.", None),
        ("はい、治ります。", "asserted"),
        ("もちろんです。", "asserted"),
        ("ゼロです。", "asserted"),
        ("いいえ、治りません。", "negated"),
        ("治りません。", "negated"),
        ("はい、ただし個人差があります。", None),
        ("効果には個人差があり、すべての方に効果が出るとは限りません。", None),
        (None, None),
    ],
)
def test_answer_status(answer, expected):
    # the answer rules of the answer's language, from lexicons/context/<lang>.yml
    lang = "ja" if answer and any("\u3040" <= char <= "\u9fff" for char in answer) else "en"
    assert answer_status(answer, load_lexicon(lang).answers) == expected


def test_answer_after_passes_over_line_breaks_and_markers_but_not_blank_lines():
    assert answer_after(["\n", "A:", "Yes."]) == "Yes."
    assert answer_after(["A: No. "]) == "No."
    assert answer_after(["\u3000A.", "いいえ。"]) == "いいえ。"
    assert answer_after(["\n\n", "Yes."]) is None  # a new paragraph answers nothing
    assert answer_after(["Is it legal?"]) is None  # another question is no answer
    assert answer_after([]) is None


def _question(answer: str | None) -> Sentence:
    # "Is our drip FDA approved?" with the claim "FDA approved" at tokens 3-5
    return Sentence(0, 6, "Is our drip FDA approved?", (), (), (), answer, load_lexicon("en").answers)


def test_an_answered_question_is_the_ads_own_statement():
    assert assertion_status(3, 5, _question(None), []) == ("question", ("?",))
    assert assertion_status(3, 5, _question("Yes."), [])[0] == "asserted"
    assert assertion_status(3, 5, _question("No."), []) == ("negated", ("No.",))
    assert assertion_status(3, 5, _question("Experts say no."), [])[0] == "question"


def test_a_claim_that_runs_on_into_the_answer_is_no_question():
    # "Side effects? None." matched as one claim across the "?" (tokens 0-4, the question 0-3)
    sentence = Sentence(0, 3, "Side effects?", (), (), ())
    assert assertion_status(0, 4, sentence, [])[0] == "asserted"


def test_the_answer_settles_a_japanese_question_cue_too():
    sentence = Sentence(0, 6, "がんは治りますか？", (), (), (), "はい、治ります。", load_lexicon("ja").answers)
    cue = Cue("question", "backward", 8, 3, 5, "ますか")
    assert assertion_status(0, 3, sentence, [cue])[0] == "asserted"
    sentence = Sentence(0, 6, "がんは治りますか？", (), (), (), None)
    assert assertion_status(0, 3, sentence, [cue])[0] == "question"


def test_other_cues_still_apply_to_an_answered_question():
    sentence = Sentence(0, 8, "Do clinics claim the drip cures cancer?", (), (), (), "Yes.", load_lexicon("en").answers)
    cue = Cue("reported", "both", 14, 2, 3, "claim")
    assert assertion_status(5, 7, sentence, [cue])[0] == "reported"


# --- end to end: answered questions (claims.py passes the next sentence as Sentence.answer) -------

@pytest.mark.parametrize(
    "text, category, expected",
    [
        ("Is our stem cell therapy FDA approved? Yes.", "FALSE_APPROVAL_CLAIM", "asserted"),
        ("Is the exosome drip 100% safe? Absolutely.", "SAFETY_ABSOLUTE", "asserted"),
        ("Is the exosome drip 100% safe?\nAbsolutely.", "SAFETY_ABSOLUTE", "asserted"),
        ("Can our stem cells cure diabetes? Of course!", "CURE_TREATMENT_CLAIM", "asserted"),
        ("Q: Are your stem cells FDA-approved? A: No.", "FALSE_APPROVAL_CLAIM", "negated"),
        ("幹細胞治療でがんは治りますか？はい、治ります。", "CURE_TREATMENT_CLAIM", "asserted"),
        ("Q. 幹細胞治療でがんは治りますか？ A. いいえ、治りません。", "CURE_TREATMENT_CLAIM", "negated"),
    ],
)
def test_answered_question(text, category, expected):
    assert expected in statuses(text, category), explain(text)


# --- end to end: rhetorical questions and testimonials ------------------------------------------

@pytest.mark.parametrize(
    "text, category",
    [
        ("Why go anywhere else for the best stem cell therapy in Tokyo?", "SUPERLATIVE_COMPARATIVE"),
        ("Why look elsewhere for the safest drip in London?", "SUPERLATIVE_COMPARATIVE"),
        ("Why go anywhere else when we are Tokyo's No.1 clinic?", "SUPERLATIVE_COMPARATIVE"),
        ("Who wouldn't want to look 10 years younger?", "ANTI_AGING_REJUVENATION"),
        ("Why wait to look 10 years younger?", "ANTI_AGING_REJUVENATION"),
        ("Why would you go anywhere else for the best stem cell therapy in Tokyo?", "SUPERLATIVE_COMPARATIVE"),
        ("Who says you can't look 10 years younger?", "ANTI_AGING_REJUVENATION"),
        ("Ever wondered why our patients look 10 years younger?", "ANTI_AGING_REJUVENATION"),
        ("Isn't it time you tried the safest stem cell therapy in Japan?", "SUPERLATIVE_COMPARATIVE"),
        ("なぜ当院のNMN点滴は若返り効果が高いのでしょうか？", "ANTI_AGING_REJUVENATION"),
        ("日本一の当院が選ばれる3つの理由とは？", "SUPERLATIVE_COMPARATIVE"),
        ("なぜ当院は地域No.1に選ばれるのでしょうか？", "SUPERLATIVE_COMPARATIVE"),
        ("なぜ当院の幹細胞治療が多くの方に選ばれ続けるのでしょうか？", "UNAPPROVED_PRODUCT_PROMOTION"),
        ("当院が日本一と呼ばれる理由とは？", "SUPERLATIVE_COMPARATIVE"),
        ("先生に「がんが消えている」と言われました。", "CURE_TREATMENT_CLAIM"),
        ("主治医に糖尿病が治っていると言われました。", "CURE_TREATMENT_CLAIM"),
        ("友人から10歳若く見えると言われることが増えました。", "ANTI_AGING_REJUVENATION"),
    ],
)
def test_rhetorical_question_or_testimonial_is_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


# --- hard negatives: genuine questions, reports and hearsay stay what they are -------------------

@pytest.mark.parametrize(
    "text, category, expected",
    [
        ("Does this drip really cure cancer?", "CURE_TREATMENT_CLAIM", "question"),
        ("Does the exosome drip really reverse aging?", "ANTI_AGING_REJUVENATION", "question"),
        ("Can stem cells cure diabetes? Experts say no.", "CURE_TREATMENT_CLAIM", "question"),
        ("Can stem cells cure diabetes? We asked three doctors.", "CURE_TREATMENT_CLAIM", "question"),
        ("Is the exosome drip 100% safe?\n\nOur clinic opened in 2019.", "SAFETY_ABSOLUTE", "question"),
        ('Why do so many clinics call themselves "No.1"?', "SUPERLATIVE_COMPARATIVE", "question"),
        ("Why do we still believe vitamin drips cure hangovers?", "CURE_TREATMENT_CLAIM", "question"),
        ("Have you ever wondered whether stem cells cure arthritis?", "CURE_TREATMENT_CLAIM", "question"),
        ("Do you trust a clinic director who says his PRP injections regrow cartilage?", "CURE_TREATMENT_CLAIM", "reported"),
        ("幹細胞点滴でがんが治るのでしょうか？", "CURE_TREATMENT_CLAIM", "question"),
        ("幹細胞点滴でがんが治るのでしょうか？専門家に聞きました。", "CURE_TREATMENT_CLAIM", "question"),
        ("幹細胞点滴はがんに効くと言われています。", "CURE_TREATMENT_CLAIM", "hedged"),
        ("がんが治ると言われ、高額な点滴を勧められた。", "CURE_TREATMENT_CLAIM", "hedged"),
        ("被害を訴える女性は「がんが治ると言われました」と話す。", "CURE_TREATMENT_CLAIM", "reported"),
    ],
)
def test_genuine_question_or_report_keeps_its_status(text, category, expected):
    assert statuses(text, category) and set(statuses(text, category)) == {expected}, explain(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is NAD+ safe?",
        "Is it safe? Experts say no.",
        "Is it safe? Most people have mild bruising; rare risks include infection.",
        "Q: Is the drip safe? A: Every IV treatment carries some risk, including bruising and, rarely, infection.",
        "Q: Does hyperbaric oxygen cure long COVID? A: No. Research is ongoing.",
        "エクソソーム点滴は本当に効くの？",
        "Q. 必ず効果がありますか？ A. 効果には個人差があり、すべての方に効果が出るとは限りません。",
        "がんに効く点滴があるなら、なぜ病院では使われていないのでしょうか？",
    ],
)
def test_questions_in_news_faq_and_guidance_are_not_charged(text):
    assert not audit_text(text).findings, explain(text)


# --- end to end: a claim whose words run past the "?" (an extra lexicon with a banner pattern) ---

BANNER_LEXICON = """category: SAFETY_ABSOLUTE
lang: en
description: Q&A banners (test lexicon).
patterns:
  - pattern: [{LOWER: side}, {LOWER: effects}, {ORTH: "?"}, {LOWER: {IN: [none, zero]}}]
    note: '"Side effects? None." - the answer after the "?" is the claim'
"""


@pytest.fixture(scope="module")
def banner_options(tmp_path_factory):
    from analyzer.audit import AuditOptions

    root = tmp_path_factory.mktemp("banner_lexicon")
    (root / "claims" / "en").mkdir(parents=True)
    (root / "claims" / "en" / "qa_banner.yml").write_text(BANNER_LEXICON, encoding="utf-8")
    return AuditOptions(extra_lexicon_dirs=(str(root),))


def test_a_banner_claim_across_the_question_mark_is_asserted(banner_options):
    result = audit_text("Our exosome drip. Side effects? None.", options=banner_options)
    found = [(c.text, c.assertion) for c in result.claims if c.category == "SAFETY_ABSOLUTE"]
    assert ("Side effects? None", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Side effects? None.", True),
        ("Is it safe? Absolutely.", True),
        ("Does it hurt? Not at all.", True),
        ("Downtime? Zero.", True),
        ("Is it safe? Absolutely not.", False),
        ("Is it safe? Experts say no.", False),
        ("Does it hurt? Some patients feel a sting.", False),
        ("Side effects? Bruising is common; infection is rare.", False),
    ],
)
def test_bundled_lexicon_reads_question_and_answer_banners(text, asserted):
    found = "asserted" in statuses(text, "SAFETY_ABSOLUTE")
    assert found is asserted, explain(text)


# --- an entry that names the risk itself (inverted): denying it is the promise, affirming it none

@pytest.mark.parametrize("text", [
    "Will the recovery drip show up in a doping test?\nNo.",
    "Could the IV drip show up in my urine test before the race?\nNo, never.",
    "Our NAD+ infusion does not show up in a drug test.",
])
def test_denying_that_a_drip_shows_up_in_a_test_is_the_doping_promise(text):
    claims = [c for c in audit_text(text, lang="en").claims if c.category == "DOPING_RISK"]
    assert [c.assertion for c in claims] == ["asserted"], claims


def test_the_same_question_unanswered_or_a_cure_denied_is_no_claim():
    asked = audit_text("Will the recovery drip show up in a doping test?", lang="en").claims
    assert [c.assertion for c in asked if c.category == "DOPING_RISK"] == ["question"]
    cure = audit_text("Does the drip cure cancer?\nNo.", lang="en").claims
    assert [c.assertion for c in cure] == ["negated"]  # an ordinary entry: the denial denies


def test_inverted_must_be_a_boolean(tmp_path):
    from analyzer.errors import LexiconError
    from analyzer.lexicon import load_claim_file
    path = tmp_path / "doping.yml"
    path.write_text("category: DOPING_RISK\nlang: en\nterms:\n  - {match: 'shows up in a test', inverted: 'yes', note: x}\n")
    with pytest.raises(LexiconError, match="inverted must be true or false"):
        load_claim_file(path, {"DOPING_RISK"})


@pytest.mark.parametrize("text,status", [
    ("The recovery drip will show up in a doping test.", "negated"),          # affirming the risk promises nothing
    ("Do I have to count calories on the Wegovy plan?\nNope!", "asserted"),    # denying the burden is the claim
    ("You won't have to diet once you start our semaglutide programme.", "asserted"),
    ("You will still need to diet and exercise while taking Wegovy.", "negated"),
    ("Do I still need to diet on Mounjaro?", "question"),
])
def test_an_inverted_entry_swaps_denial_and_affirmation(text, status):
    inverted = [c for c in audit_text(text, lang="en").claims if c.category in ("DOPING_RISK", "WEIGHT_LOSS_CLAIM")
                and c.rule.split(":")[-2] == "term" and ("test" in c.text or "diet" in c.text or "calories" in c.text)]
    assert [c.assertion for c in inverted] == [status], [(c.text, c.assertion, c.rule) for c in inverted]

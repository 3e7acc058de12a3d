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
from conftest import assert_claimed, assert_not_claimed


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


# --- 3. a one-word question and its answer ------------------------------------------------------
# The claim is a cue in the answer ("Cured") paired with the entity of the question ("Diabetes?").


@pytest.mark.parametrize(
    "text",
    ["Diabetes? Cured in 3 sessions.", "Cancer? We treat it.", "Diabetes?\nCured in 3 sessions with our stem cells.",
     "糖尿病？3回で完治。"],
)
def test_fragment_question_answered_by_a_claim_is_asserted(text):
    assert statuses(text, "CURE_TREATMENT_CLAIM") == ["asserted"], explain(text)


def test_answer_after_a_fragment_question_is_not_a_question():
    # an answer that holds its own claim is asserted already: the "?" belongs to the fragment
    assert statuses("Arthritis? Our stem cells cure arthritis.", "CURE_TREATMENT_CLAIM") == ["asserted"]


@pytest.mark.parametrize("text", ["Cancer? We don't treat it.", "Diabetes? Not cured, but managed."])
def test_fragment_question_with_a_denial_is_not_charged(text):
    assert not [f for f in audit_text(text).findings if f.category == "CURE_TREATMENT_CLAIM"], explain(text)


# --- 5. stealth advertising: guidance, conditionals and ad labels ----------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "If a post is paid, it must be labelled #ad.",
        "If an influencer uses a discount code or affiliate link, the post must be labelled as an ad.",
        'Posts with "use my code" or "link in bio" must carry a clear ad label when the creator is paid.',
        "If the treatment was complimentary, add #ad.",
        "Creators must disclose any affiliate link or discount code.",
        "広告である場合は【PR】と表示すること。",
        "クリニックさんのご招待で施術を受けた場合は、投稿に【PR】と明記してください。",
        "ご招待いただいて施術を受けた場合でも、広告であることを明示しなければなりません。",
        "口コミを書いてくれたら割引、という依頼はステマ規制の対象になり得ます。",
    ],
)
def test_stealth_guidance_is_not_stealth(text):
    assert not [f for f in audit_text(text).findings if f.category == "STEALTH_ADVERTISING"], explain(text)


def test_hashtag_pr_is_a_label_not_an_ambiguous_tag():
    assert "STEALTH_ADVERTISING" not in {c.category for c in audit_text("Glow facial day! #PR").claims}


def test_unlabelled_gifted_post_is_still_stealth():
    text = "I was gifted this glow facial by the lovely team at Skin Lab."
    assert "STEALTH_ADVERTISING" in {f.category for f in audit_text(text).findings}


def test_labelled_categories_are_read_from_the_label_cues():
    from analyzer.context import Cue, labelled_categories

    label = Cue("ad_label", "forward", None, 0, 2, "#ad", ("STEALTH_ADVERTISING",))
    negated = Cue("pseudo", "forward", None, 0, 3, "not #ad")
    same_span = Cue("pseudo", "forward", None, 0, 2, "#ad")
    assert labelled_categories([[label]]) == {"STEALTH_ADVERTISING"}
    assert labelled_categories([[label, same_span]]) == {"STEALTH_ADVERTISING"}
    assert labelled_categories([[negated, label]]) == frozenset()
    assert labelled_categories([[Cue("negated", "forward", 6, 0, 1, "not")]]) == frozenset()


def test_ad_label_rules_need_categories(tmp_path):
    from analyzer.errors import LexiconError
    from analyzer.lexicon import load_context_file

    path = tmp_path / "en.yml"
    path.write_text('lang: en\nrules:\n  - {match: "# ad", status: ad_label, note: "no categories"}\n', encoding="utf-8")
    with pytest.raises(LexiconError):
        load_context_file(path)


@pytest.mark.parametrize(
    "text",
    [
        "#ad I was gifted this glow facial by the lovely team at Skin Lab.",
        "I was gifted this glow facial by the lovely team at Skin Lab. #ad",
        "Paid partnership with Skin Lab. Use my code GLOW20 for 20% off.",
        "Sponsored: I was invited to try the new glow facial at Skin Lab.",
        "【PR】〇〇クリニックさんにご招待いただき、エクソソーム点滴を体験させていただきました。",
        "#PR 今日は〇〇クリニックさんでご提供いただき、白玉点滴を受けてきました。",
        "広告主：〇〇クリニック。今回お声がけいただいて、話題のエクソソーム点滴を体験しました。",
        "この投稿はプロモーションを含みます。〇〇クリニックさんのご厚意で、無料で施術を受けさせていただきました。",
    ],
)
def test_a_labelled_page_is_no_stealth_advertising(text):
    assert not [f for f in audit_text(text).findings if f.category == "STEALTH_ADVERTISING"], explain(text)


def test_a_denied_label_clears_nothing():
    text = "Not an ad, I just love this place! They comped my drip at @flowivclub."
    assert "STEALTH_ADVERTISING" in {f.category for f in audit_text(text).findings}, explain(text)


def test_a_labelled_post_about_an_unapproved_product_still_promotes_it():
    """The label clears stealth advertising only: the post still promotes the product."""
    text = "【PR】〇〇クリニックさんにご招待いただき、エクソソーム点滴を体験させていただきました。"
    categories = {f.category for f in audit_text(text).findings}
    assert "STEALTH_ADVERTISING" not in categories and "UNAPPROVED_PRODUCT_PROMOTION" in categories, explain(text)
    claims = audit_text(text).claims
    assert [c.id for c in claims] == [f"c{n}" for n in range(1, len(claims) + 1)]


# A negative subject whose verb stands past a phrase's reach: an appositive or a relative clause
# between "no <noun>" and the verb (a token-pattern cue in lexicons/context/en.yml).
NEGATIVE_SUBJECTS = [
    ("No complementary therapy, including acupuncture, cupping and vitamin drips, can cure arthritis.",
     "CURE_TREATMENT_CLAIM"),
    ("No professional body we asked recommends ozone as a treatment for Lyme disease.", "CURE_TREATMENT_CLAIM"),
    ("No published trial, large or small, has shown that the drip reverses diabetes.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", NEGATIVE_SUBJECTS)
def test_a_negative_subject_with_words_before_its_verb_negates_the_predicate(text, category):
    from conftest import assert_not_claimed

    assert_not_claimed(text, category)


@pytest.mark.parametrize("text, category", [
    ("No waiting lists, no referrals and no fuss: our drip cures arthritis.", "CURE_TREATMENT_CLAIM"),
    ("No other drip on the market, at any price, has the power to reverse diabetes like ours.", "CURE_TREATMENT_CLAIM"),
])
def test_an_ads_no_list_before_its_claim_stays_asserted(text, category):
    from conftest import assert_claimed

    assert_claimed(text, category)


def test_regulars_quoted_by_the_advertiser_relay_its_testimonials():
    """'Regulars say' in a sentence in the advertiser's voice relays its customers' praise; it does
    not turn the ad's own claim before it into a report."""
    from conftest import assert_claimed

    assert_claimed("Our NAD+ drip restores your energy after one session, and regulars say they sleep better.",
                   "DETOX_WELLNESS_VAGUE")


@pytest.mark.parametrize("text", [
    "Surgeons have performed bypass surgery on her once already.",
    "He is recovering well after bypass surgery in March.",
    "Steroid creams only calm the flare rather than treating the cause, the dermatologist warned.",
])
def test_the_operation_named_and_a_warning_reported_after_it_discourage_nothing(text):
    from conftest import assert_not_claimed

    assert_not_claimed(text, "DISCOURAGES_STANDARD_CARE")


@pytest.mark.parametrize("text", [
    "Bypass surgery is not your only option: our chelation drip clears the arteries without a scalpel.",
    "Skip the bypass: our chelation drip clears your arteries.",
])
def test_an_ad_steering_away_from_the_operation_still_discourages_it(text):
    from conftest import assert_claimed

    assert_claimed(text, "DISCOURAGES_STANDARD_CARE")


@pytest.mark.parametrize("text, category", [
    ("We don't claim that our drips boost immunity, detox the body, reverse ageing, burn fat or improve "
     "athletic performance.", "PERFORMANCE_RECOVERY"),
    ("Some clinics claim their infusions boost immunity, flush toxins, reverse ageing, burn fat and cure "
     "hangovers.", "CURE_TREATMENT_CLAIM"),
])
def test_a_cue_reaches_every_item_of_the_list_it_governs(text, category):
    """A list is one object of its cue: its last items are as negated or reported as its first."""
    assert_not_claimed(text, category)


def test_a_contrast_ends_the_list():
    assert_claimed("Our drip is not a miracle cure for anything, but it burns fat fast.", "WEIGHT_LOSS_CLAIM")


def test_what_patients_ask_whether_we_offer_is_no_offer():
    """'Patients ask whether we offer…' reports a question; the imperative 'Ask if…' still invites."""
    assert_not_claimed("Patients regularly ask whether we offer exosome facials. We have decided not to.",
                       "UNAPPROVED_PRODUCT_PROMOTION")
    assert_claimed("Ask if you qualify for our exosome facials today.", "UNAPPROVED_PRODUCT_PROMOTION")


@pytest.mark.parametrize("text, lang, category", [
    ("「細胞レベルで確実に若返っていきます」「有名な女優さんも毎月通っています」「副作用はまったく心配いりません」"
     "とのことでした。", "ja", "ANTI_AGING_REJUVENATION"),
    ("「細胞レベルで確実に若返っていきます」「有名な女優さんも毎月通っています」とのことでした。", "ja",
     "CELEBRITY_ATHLETE_ENDORSEMENT"),
])
def test_a_reporting_word_after_a_list_of_quotes_reaches_every_quote(text, lang, category):
    """とのこと after 「A」「B」「C」 passes on what others said: all of it, not only the last quote."""
    statuses = {c.assertion for c in audit_text(text, lang=lang).claims if c.category == category}
    assert statuses and "asserted" not in statuses, statuses



def test_an_aside_with_a_question_mark_does_not_end_the_sentence():
    """'"clinically proven" (by whom?), "zero risk"': the comma after the aside continues the
    sentence, so the cue that names the phrases reaches every one of them."""
    text = ('Three phrases that should make you walk out: "clinically proven" (by whom?), "real stem cells '
            'in every bottle" and "zero risk".')
    assert_not_claimed(text, "UNAPPROVED_PRODUCT_PROMOTION")
    assert_claimed("Is it tested (really?) Our drip is 100% safe.", "SAFETY_ABSOLUTE")


def test_it_is_possible_that_hedges_the_clause_after_it():
    assert_not_claimed("It is possible that PRP modestly reduces knee pain in some people.", "CURE_TREATMENT_CLAIM")
    assert_claimed("PRP reduces knee pain in a single session.", "CURE_TREATMENT_CLAIM")


def test_a_list_item_may_end_in_a_word_the_claim_leaves_out():
    """'before-and-after *photos*, patient testimonials or discount codes': the head word of the
    first item does not break the list the negation governs."""
    text = "Our policy: we do not post before-and-after photos, patient testimonials or discount codes."
    assert_not_claimed(text, "TESTIMONIAL")
    assert_not_claimed(text, "PRICE_INDUCEMENT")


def test_two_claims_side_by_side_are_no_list():
    """'… stem cell drips, and our NAD+ drips boost energy': the claim after the negated product is its
    predicate, not another item of the list."""
    assert_claimed("We don't offer stem cell drips, and our NAD+ drips boost energy.", "DETOX_WELLNESS_VAGUE")


JAPANESE_PATIENT_POST = ("白玉点滴を3回受けてみた感想。肌が白くなると聞いて通いましたが、正直よくわかりませんでした。"
                         "1回2万円なので、4回目はやめました。")


def test_a_japanese_patient_doubting_what_they_tried_is_no_ad():
    """personal_doubt in lexicons/context/ja.yml: the writer saw no effect and stopped."""
    from conftest import japanese_findings

    assert japanese_findings(JAPANESE_PATIENT_POST) == set()


def test_the_same_post_with_the_clinics_booking_line_is_an_ad():
    from conftest import japanese_findings

    assert japanese_findings(JAPANESE_PATIENT_POST + "当院の白玉点滴のご予約はこちら。")

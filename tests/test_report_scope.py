"""Reported speech reaches the end of its sentence; an offer taken up is no report.

"Investigators said (that) …" makes the whole rest of the sentence the investigators' report,
however long it runs; a deadline set for someone else ("has until … to respond") is news of a
ruling, not urgency; and "claim your free consultation" takes up an offer, it reports nothing.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str) -> dict[str, str]:
    return {c.text: c.assertion for c in audit_text(text, lang="en").claims}


def flagged(text: str) -> set[str]:
    return {f.category for f in audit_text(text, lang="en").findings if not f.suppressed}


LONG_REPORTS = [
    "Inspectors said the salon's flyers, which were handed out at a shopping centre for most of the spring, "
    "offered a complimentary facial to every customer who left a five-star review online.",
    "According to the ruling, the firm's website told visitors that its cord blood infusions were completely safe, "
    "that they had helped hundreds of children with cerebral palsy and that every family would see results guaranteed.",
    "Two former patients told the tribunal that the doctor, during appointments that rarely lasted ten minutes, "
    "had promised that the injections would reverse their arthritis for good.",
]


@pytest.mark.parametrize("text", LONG_REPORTS)
def test_a_long_reported_sentence_charges_nothing(text):
    found = statuses(text)
    assert found, "the report's claims are found"
    assert "asserted" not in found.values(), found
    assert flagged(text) == set()


def test_a_claim_after_the_report_in_its_own_sentence_is_asserted():
    text = ("The regulator said the clinic had promised permanent results. "
            "Our exosome drip gives you permanent results, guaranteed.")
    assert flagged(text), statuses(text)


def test_a_deadline_set_for_someone_else_is_no_urgency():
    assert flagged("The clinic has until the end of the month to respond to the complaint.") == set()
    assert flagged("The company was given until 30 June to remove the claims from its website.") == set()
    assert "URGENCY_SCARCITY" in flagged("Offer ends at the end of the month - only 5 slots left!")


@pytest.mark.parametrize("text", ["Claim your free consultation today!", "Claim your free vitamin shot with any drip this week.",
                                  "Tap the link to claim yours: three drips for the price of two."])
def test_claiming_an_offer_is_the_ads_own_inducement(text):
    assert "PRICE_INDUCEMENT" in flagged(text), statuses(text)


def test_a_third_party_claiming_is_still_reported():
    assert set(statuses("Some clinics claim your skin will look ten years younger after one session.").values()) == {"reported"}
    assert flagged("The clinic claimed its drips were the safest in London.") == set()


@pytest.mark.parametrize("text,category", [
    ("Risks: none reported.", "SAFETY_ABSOLUTE"),
    ("Our signature drip has a spotless record, with zero complications reported across 3,000 guests.", "SAFETY_ABSOLUTE"),
    ("Our clinic reports that 9 in 10 patients no longer needed painkillers after the course.", "DISCOURAGES_STANDARD_CARE"),
    ("We found that most of our patients no longer needed painkillers after six sessions.", "DISCOURAGES_STANDARD_CARE"),
])
def test_the_advertisers_own_record_and_results_are_its_claims(text, category):
    assert category in flagged(text), statuses(text)


@pytest.mark.parametrize("text", [
    "No side effects were reported in the trial, but it lasted only four weeks.",
    "We found that clinics promised patients the drip cures cancer.",
    "The clinic reports that patients were told the drip cures cancer.",
])
def test_a_report_of_others_stays_a_report(text):
    assert "asserted" not in statuses(text).values(), statuses(text)


def test_the_advertisers_own_product_used_to_treat_is_its_claim():
    assert "CURE_TREATMENT_CLAIM" in flagged("Our stem cell therapy is used to treat arthritis and MS.")
    assert flagged("Stem cell therapy is used to treat some blood cancers in hospitals.") & {"CURE_TREATMENT_CLAIM"} == set()


# A report (most claims reported or negated) names products and claims without a cue of its own:
# those are mentions too, unless the page names the advertiser (report_genre in lexicons/context/en.yml).
REPORT = ("Regulator warns over drip bars\n\n"
          "Inspectors said several drip bars claimed their infusions cure long COVID. "
          "The agency said the clinics advertised the drips as \"completely safe\". "
          "One website promised that a weekly drip would reverse ageing. "
          "Doctors say there is no evidence that they work. "
          "Exosome drips sell for £900 a bag in some London clinics.")


def test_a_claim_named_without_a_cue_in_a_report_is_a_mention():
    from analyzer.audit import audit_text

    claims = audit_text(REPORT, lang="en").claims
    assert claims and all(c.assertion != "asserted" for c in claims), [(c.category, c.assertion, c.text) for c in claims]
    assert any("named in a report" in c.cues for c in claims)


def test_an_advertorial_naming_its_clinic_keeps_its_own_claims():
    from analyzer.audit import audit_text

    text = REPORT + " At our Harley Street clinic, exosome drips reverse ageing in a week. Book now."
    asserted = {c.category for c in audit_text(text, lang="en").claims if c.assertion == "asserted"}
    assert {"ANTI_AGING_REJUVENATION", "UNAPPROVED_PRODUCT_PROMOTION"} <= asserted, asserted


@pytest.mark.parametrize("text", [
    "SYDNEY (AAP) - Ozone drips that clear Lyme disease are being sold for A$600 at pop-up clinics.",
    "ASA Ruling on Vital Drip Co\n\nAn immunity drip that cures hangovers in an hour featured in a TikTok video.",
    "CONSUMER ALERT | Trading Standards\n\nDrip menus offer a \"Fat Melt\" bag and happy-hour prices on detox infusions.",
    "Tirzepatide injections for weight loss: information for patients\n\nThis leaflet explains how the injection "
    "works and what its side effects are.",
    "Club news\n\nAnti-doping reminder: a mobile clinic has been offering recovery drips and performance IVs at "
    "regattas.",
    "Summary of decision: Regulator v Bright Cells Ltd\n\nIts website said its cell injections reverse arthritis "
    "and are 100% safe. The court found the statements misleading.",
    "Module 2, Lesson 4: spotting a non-compliant post\n\n\"Our NAD+ drip reverses ageing and boosts immunity. "
    "Book today for 20% off!\"\n\nWhat is wrong with it: two unsupported health claims and a time-limited discount.",
])
def test_a_page_laid_out_as_a_report_names_claims_without_making_them(text):
    from analyzer.audit import audit_text

    asserted = [(c.category, c.text) for c in audit_text(text, lang="en").claims if c.assertion == "asserted"]
    assert not asserted, asserted


def test_an_ads_results_heading_is_no_report_layout():
    from conftest import assert_claimed

    assert_claimed("Results: NAD+ infusions reverse ageing in three sessions. Book your drip today.",
                   "ANTI_AGING_REJUVENATION")


def test_a_report_quoting_an_ads_booking_line_names_no_advertiser_of_its_own():
    """The advertiser's words inside quotation marks ("DM to book") are the ad's, quoted by the
    report: they do not make the report an advertorial (PROMO outside quotations does)."""
    from analyzer.audit import audit_text

    ruling = ("ASA Ruling on Glow Room Ltd\n\nThe post read \"Anti-wrinkle injections at our clinic, this week only - "
              "book now\". The post also showed 20% off first visits.")
    asserted = [(c.category, c.text) for c in audit_text(ruling, lang="en").claims if c.assertion == "asserted"]
    assert not asserted, asserted
    advertorial = ruling + " Book now at our clinic."
    assert any(c.assertion == "asserted" for c in audit_text(advertorial, lang="en").claims)


def test_a_clinic_page_calling_itself_patient_information_keeps_its_claims():
    from conftest import assert_claimed

    assert_claimed("Tirzepatide injections for weight loss: information for patients\n\nBook your first "
                   "injection at our clinic today.", "PRESCRIPTION_ONLY_PROMOTION")


def test_a_japanese_text_setting_out_the_advertising_rules_is_no_ad():
    """A page that names the law on medical advertising (report_layout in lexicons/context/ja.yml)
    explains the rules: the claims it names without a cue of their own are mentions."""
    from conftest import japanese_findings

    text = ("ビフォーアフター写真、つまり施術の前と後を並べて見せる写真を、詳しい説明なしにホームページへ"
            "掲載することは、医療広告ガイドラインで認められていない。")
    assert japanese_findings(text) == set()


def test_a_japanese_ad_naming_the_guideline_keeps_its_claims():
    from conftest import japanese_findings

    text = "当院は医療広告ガイドラインを守っています。エクソソーム点滴で10歳若返る!ご予約はこちら。"
    assert "ANTI_AGING_REJUVENATION" in japanese_findings(text)


def test_a_japanese_notice_telling_readers_where_to_ask_names_no_advertiser():
    """ご相談ください and 問い合わせ先 are how notices and pharmacists close too: they are no PROMO,
    so a notice's cue-less mentions stay mentions (report_genre). お問い合わせはこちら still is."""
    from conftest import japanese_findings

    notice = ("美容医療の広告をめぐる相談が増えている。「必ず痩せる」とうたう広告が多いと指摘されている。"
              "「芸能人も通う」と紹介されることもあると報じられた。「副作用ゼロ」と説明されたとの相談もある。"
              "初回限定のクーポンもよく見かける。不安なときは消費者ホットライン188にご相談ください。")
    assert japanese_findings(notice) == set()
    assert japanese_findings(notice.replace("消費者ホットライン188にご相談ください", "お問い合わせはこちら"))


@pytest.mark.parametrize("heading", [
    "ホーム ＞ くらしの情報 ＞ 注意情報\nつばさ町消費生活センター\n",
    "薬剤師に聞く！くすりのQ&A\n",
    "文献レビュー｜美容点滴のエビデンス　文責：薬剤師 森 一郎\n",
    "競技者のみなさんへ（世界アンチ・ドーピング規程より）\n",
])
def test_a_japanese_notice_qa_or_review_names_claims_without_making_them(heading):
    """Consumer notices, pharmacists' Q&As and literature reviews (report_layout in ja.yml) name the
    claims they discuss: without a cue of their own they are mentions."""
    from conftest import japanese_findings

    body = "白玉点滴で肌が白くなる。疲労回復に効く点滴も人気だ。"
    assert japanese_findings(heading + body) == set()
    assert japanese_findings(body)

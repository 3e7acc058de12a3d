"""English assertion status for three constructions, set by context data (lexicons/context/en.yml):

1. customers reporting: a proportion or crowd of the advertiser's customers reporting a benefit
   ("9 out of 10 clients reported visible results"), or customers' reports in the advertiser's
   voice ("Patients report feeling younger after our drip"), is the ad relaying testimonials and
   is asserted; the same verb in a trial report, a risk disclosure or a journalist's story
   ("Several patients say they were promised a cure") still reports;
2. a claim quoted as a specimen of text (a slogan, a heading, a sign, a post promising "…") in
   news or a regulator's prose is reported, while an ad's own emphasis quotes stay asserted;
3. neutral genres (news, regulator notices, patient leaflets, abstracts, clinic disclosures) are
   not charged, and ad copy in the same wording is.

A user checks the category and assertion status of the claim in each sentence. Every sentence
here was written for this file.
"""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def statuses(text: str, category: str) -> list[str]:
    return [c.assertion for c in audit_text(text, lang="en").claims if c.category == category]


def explain(text: str) -> str:
    return f"{text!r}: {[(c.category, c.text, c.assertion, c.cues) for c in audit_text(text, lang='en').claims]}"


# --- 1. customers reporting --------------------------------------------------------------------

RELAYED = [
    ("9 out of 10 clients reported visible results after just one session.", "PSEUDO_EVIDENCE"),
    ("9 out of 10 clients reported visible results after just one session.", "GUARANTEE_CERTAINTY"),
    ("95% of our patients report less joint pain within a month.", "PSEUDO_EVIDENCE"),
    ("Most of our patients say they feel ten years younger.", "ANTI_AGING_REJUVENATION"),
    ("Most of our patients say they feel ten years younger.", "TESTIMONIAL"),
    ("Over 2,000 patients have reported lasting relief from arthritis with our exosome therapy.", "CURE_TREATMENT_CLAIM"),
    ("Every one of our patients has reported an improvement in their back pain.", "CURE_TREATMENT_CLAIM"),
    ("Every one of our patients has reported an improvement in their back pain.", "TESTIMONIAL"),
    ("Patients report feeling ten years younger after our NAD+ drip.", "ANTI_AGING_REJUVENATION"),
    ("Patients report feeling ten years younger after our NAD+ drip.", "TESTIMONIAL"),
    ("Clients tell us our hangover drip cures a hangover in under an hour.", "CURE_TREATMENT_CLAIM"),
    ("Customers say our glutathione drip flushes out toxins.", "DETOX_WELLNESS_VAGUE"),
    ("Our doctors say this drip cures chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Our clients consistently report more energy and a stronger immune system.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text, category", RELAYED)
def test_customers_reports_relayed_by_the_ad_are_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)


REPORTED_BY_OTHERS = [
    ("Former clients say the clinic promised a cure for cancer.", "CURE_TREATMENT_CLAIM"),
    ("Patients report the drip cured their migraines, but no trial has tested it.", "CURE_TREATMENT_CLAIM"),
    ("Several patients say they were promised the injections would reverse their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Customers say the spa guaranteed results.", "GUARANTEE_CERTAINTY"),
    ("Patients told us the clinic promised the drip would cure their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Patients told our reporters the drip cured their arthritis.", "CURE_TREATMENT_CLAIM"),
    ("9 out of 10 patients in the trial reported side effects.", "PSEUDO_EVIDENCE"),
    ("Users say the drip reverses ageing, but dermatologists are unconvinced.", "ANTI_AGING_REJUVENATION"),
]


@pytest.mark.parametrize("text, category", REPORTED_BY_OTHERS)
def test_customers_reports_in_other_peoples_prose_stay_reported(text, category):
    found = statuses(text, category)
    assert found and "asserted" not in found, explain(text)


@pytest.mark.parametrize("text", [
    "Patients in the trial reported side effects such as nausea and fatigue.",
    "Some patients report headaches, nausea or dizziness after the infusion.",
    "Former clients reported that the clinic promised a cure.",
    "Nine in ten patients said they were not told the drip could cause kidney damage.",
    "Hundreds of patients have reported side effects after buying weight-loss jabs online.",
    "Some of our patients report headaches after the infusion.",
    "Two of our patients reported mild bruising after the facial.",
])
def test_reports_of_side_effects_and_news_are_not_charged(text):
    assert not audit_text(text, lang="en").findings, explain(text)


def test_a_relay_is_a_pseudo_cue_only_in_the_advertisers_voice():
    from analyzer.context import Cue, drop_pseudo_and_inner

    relay = Cue("relay", "forward", None, 0, 2, "patients report")
    verb = Cue("reported", "both", 20, 1, 2, "report")
    our = Cue("voice", "forward", None, 6, 7, "our")
    us = Cue("voice", "forward", None, 2, 3, "us")
    told_us = Cue("relay", "forward", None, 0, 3, "patients told us")
    assert drop_pseudo_and_inner([relay, verb, our], []) == [our]
    assert drop_pseudo_and_inner([relay, verb], []) == [verb]
    assert drop_pseudo_and_inner([told_us, verb, us], []) == [verb, us]  # the listener "us" is no voice


def test_relay_and_mention_are_context_statuses(tmp_path):
    from analyzer.errors import LexiconError
    from analyzer.lexicon import load_context_file

    path = tmp_path / "en.yml"
    path.write_text('lang: en\nrules:\n  - {match: "patients say", status: relay, note: "n"}\n'
                    '  - {match: "the slogan", status: mention, note: "n"}\n', encoding="utf-8")
    rules, _, _ = load_context_file(path)
    assert [r.status for r in rules] == ["relay", "mention"]
    path.write_text('lang: en\nrules:\n  - {match: "patients say", status: relayed, note: "n"}\n', encoding="utf-8")
    with pytest.raises(LexiconError):
        load_context_file(path)


# --- 2. quoted claims named as text -------------------------------------------------------------

QUOTED_IN_REPORTS = [
    ("The regulator said the 'clinically proven' label was misleading.", "PSEUDO_EVIDENCE"),
    ("The ads described the drip as 'the safest on the market'.", "SUPERLATIVE_COMPARATIVE"),
    ('The phrase "cures cancer" appeared on the site.', "CURE_TREATMENT_CLAIM"),
    ('In its response, the company defended the line "clinically proven to melt fat".', "PSEUDO_EVIDENCE"),
    ('Readers sent us screenshots of posts promising "no side effects".', "SAFETY_ABSOLUTE"),
    ("Headlines such as 'Drip that reverses ageing' have drawn criticism from doctors.", "ANTI_AGING_REJUVENATION"),
    ('Under the heading "Totally safe", the page gave no information about risks.', "SAFETY_ABSOLUTE"),
    ('A sign in the window read "Results guaranteed".', "GUARANTEE_CERTAINTY"),
    ('The judge noted that the clinic had used the slogan "reverse your age" in radio adverts.', "ANTI_AGING_REJUVENATION"),
    ('Inspectors photographed a badge reading "100% safe" on the reception desk.', "SAFETY_ABSOLUTE"),
    ("The clinic billed itself on Facebook as \"the No.1 drip bar in Texas\".", "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", QUOTED_IN_REPORTS)
def test_a_quoted_claim_named_as_text_is_reported(text, category):
    found = statuses(text, category)
    assert found and set(found) == {"reported"}, explain(text)


ADS_OWN_QUOTES = [
    ("Our 'miracle' drip cures chronic fatigue.", "CURE_TREATMENT_CLAIM"),
    ("Our 'no-downtime' facial is 100% safe.", "SAFETY_ABSOLUTE"),
    ('Our "Youth Reset" protocol reverses aging at the cellular level.', "ANTI_AGING_REJUVENATION"),
    ('Our drips are "100% safe" and given by nurses.', "SAFETY_ABSOLUTE"),
    ('Voted "Best Med Spa in Austin" three years running.', "SUPERLATIVE_COMPARATIVE"),
    ('"The best decision I ever made!" - Emma, 38', "TESTIMONIAL"),
    ('Our slogan says it all: "the safest drips in London".', "SUPERLATIVE_COMPARATIVE"),
]


@pytest.mark.parametrize("text, category", ADS_OWN_QUOTES)
def test_an_ads_own_quotes_stay_asserted(text, category):
    assert "asserted" in statuses(text, category), explain(text)

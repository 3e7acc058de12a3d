"""English precision: wordings that made the analyzer read an ad's own claim as reported (or
charge a neutral sentence), fixed in the lexicons only. Each case pairs the wrong reading that
is gone with the right reading that still works. All sentences were written for these tests."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text


def claims(text: str) -> list[tuple[str, str, str]]:
    return [(c.category, c.assertion, c.text) for c in audit_text(text, lang="en").claims]


def statuses(text: str, category: str) -> set[str]:
    return {s for c, s, _ in claims(text) if c == category}


def interventions(text: str) -> set[str]:
    return {e.id for c in audit_text(text, lang="en").claims for e in c.interventions}


# Ad sentences whose claim is the advertiser's own: asserted, not reported.
ASSERTED = [
    # 1. "state"/"states" as nouns
    ("We have treated more patients than any other clinic in the state.", "SUPERLATIVE_COMPARATIVE"),
    ("We are the largest stem cell clinic in the United States.", "SUPERLATIVE_COMPARATIVE"),
    ("We perform more PRP procedures than any clinic in the state.", "SUPERLATIVE_COMPARATIVE"),
    ("Voted the best med spa in the state three years running.", "SUPERLATIVE_COMPARATIVE"),
    ("The most experienced stem cell team in the United States.", "SUPERLATIVE_COMPARATIVE"),
    # 2. trade mentions inside reviews and rankings; "menu"
    ("\"I've been to a lot of med spas, and nothing compares to Glow & Go.\" - Brittany S.", "SUPERLATIVE_COMPARATIVE"),
    ("\"I've been to a lot of med spas, and nothing compares to Glow & Go.\" - Brittany S.", "TESTIMONIAL"),
    ("\"I have tried so many drip bars and nothing compares to this one.\" - Kelly R.", "SUPERLATIVE_COMPARATIVE"),
    ("Glow & Go was ranked among the top 10 med spas in the US.", "SUPERLATIVE_COMPARATIVE"),
    ("The only IV menu curated by a Harvard Medical School graduate.", "AUTHORITY_APPEAL"),
    ("Our drip menu was designed by a Harvard-trained physician.", "AUTHORITY_APPEAL"),
    # 3. named customers in the ad
    ("Client diary: after six weeks of our hormone programme, Helen says the hot flushes have all but stopped.", "TESTIMONIAL"),
    ("Join hundreds of clients who say they finally feel like themselves again.", "TESTIMONIAL"),
    # 6. an advertiser's appeal to doctors or a society stays charged
    ("Our IV therapy is recommended by doctors.", "AUTHORITY_APPEAL"),
    ("Recommended by the British Society of Aesthetic Medicine.", "AUTHORITY_APPEAL"),
    ("Our exosome drip is recommended by the American Academy of Anti-Aging Medicine.", "AUTHORITY_APPEAL"),
    # 7. the clinic's own rating
    ("Rated 4.9 stars by 800 patients.", "TESTIMONIAL"),
    ("Our clinic is rated 4.9 stars on Google.", "TESTIMONIAL"),
    # 5. a cure claim without an indication stays a cure claim
    ("Our semaglutide programme reverses type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
    ("Our stem cells treat arthritis.", "CURE_TREATMENT_CLAIM"),
]


@pytest.mark.parametrize("text, category", ASSERTED)
def test_ad_claim_is_asserted(text, category):
    found = claims(text)
    assert (category, "asserted") in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"
    assert "reported" not in statuses(text, category), f"{text!r} -> {found}"


# Real reporting keeps its status: the verb "state(s)", journalists, regulators, the trade as subject.
REPORTED = [
    ("The FDA states that stem cell clinics cure nothing, yet the clinic said its drip cures autism.", "CURE_TREATMENT_CLAIM"),
    ("The label states that the drip cures migraine.", "CURE_TREATMENT_CLAIM"),
    ("The clinic's leaflet clearly states the drip cures arthritis.", "CURE_TREATMENT_CLAIM"),
    ("Patients told reporters the clinic said it cures cancer.", "CURE_TREATMENT_CLAIM"),
    ("The FTC says clinics claim stem cells cure Parkinson's.", "CURE_TREATMENT_CLAIM"),
    ("Med spas across the country sell drips that cure hangovers, the report found.", "CURE_TREATMENT_CLAIM"),
    ("Drip bars in Miami promise that their IV cures the flu.", "CURE_TREATMENT_CLAIM"),
    ("Their menu lists a drip that cures migraines.", "CURE_TREATMENT_CLAIM"),
    ("Reviews of the clinic on Google average 4.9 stars, the newspaper found.", "TESTIMONIAL"),
    ("Ratings of the spa average 4.9 stars on Google.", "TESTIMONIAL"),
]


@pytest.mark.parametrize("text, category", REPORTED)
def test_report_stays_reported(text, category):
    found = claims(text)
    assert statuses(text, category) and "asserted" not in statuses(text, category), f"{text!r} -> {found}"


# Neutral sentences that name an indication or a public-health body: no claim of the category.
NO_CLAIM = [
    ("Semaglutide is approved for the treatment of type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
    ("Wegovy is approved to treat obesity in adults.", "CURE_TREATMENT_CLAIM"),
    ("Botox is used under licence to treat chronic migraine.", "CURE_TREATMENT_CLAIM"),
    ("Ozempic is licensed in the UK for the treatment of type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
    ("Mounjaro is indicated for the treatment of type 2 diabetes.", "CURE_TREATMENT_CLAIM"),
    ("The programme is supported by the British Heart Foundation.", "AUTHORITY_APPEAL"),
    ("The vaccine schedule is recommended by the American Academy of Pediatrics.", "AUTHORITY_APPEAL"),
    ("Screening is recommended by the American Cancer Society for adults over 45.", "AUTHORITY_APPEAL"),
]


@pytest.mark.parametrize("text, category", NO_CLAIM)
def test_neutral_sentence_is_not_charged(text, category):
    found = claims(text)
    assert (category, "asserted") not in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"


def test_used_to_treat_under_licence_is_not_charged():
    found = claims("Botox is used to treat migraine under licence.")
    assert ("CURE_TREATMENT_CLAIM", "asserted") not in {(c, s) for c, s, _ in found}, found


@pytest.mark.parametrize("text", [
    "Book your NAD IV today to reverse aging.",
    "Our NAD drip restores youthful energy and reverses aging.",
    "Boost your NAD levels and turn back the clock.",
    "Our NAD injections reverse aging at the cellular level.",
])
def test_nad_without_plus_is_the_nad_intervention(text):
    assert "nad" in interventions(text), claims(text)


@pytest.mark.parametrize("text", [
    "Our hormone programme is recommended by the British Menopause Society.",
    "Loved by our members and recommended by the American Academy of Wellness Medicine.",
    "Our bespoke plan is supported by the International Society of Healthy Ageing.",
])
def test_advertiser_voice_phrasing_is_promo(text):
    # the society-recommendation wording counts only with the advertiser (PROMO) or its product
    found = claims(text)
    assert ("AUTHORITY_APPEAL", "asserted") in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"


@pytest.mark.parametrize("text", [
    "The hormone programme is recommended by the British Menopause Society.",
    "Members are recommended by the American Academy of Wellness Medicine to rest.",
])
def test_without_the_advertiser_no_society_endorsement(text):
    found = claims(text)
    assert ("AUTHORITY_APPEAL", "asserted") not in {(c, s) for c, s, _ in found}, f"{text!r} -> {found}"

"""A press release the advertiser issues itself ("FOR IMMEDIATE RELEASE", "/PRNewswire/",
"Media contact:") speaks for the advertiser: what it attributes to its own founder or to "the
institute" is its claim, not a report. A news story about the same clinic stays a report."""

from __future__ import annotations

from analyzer.audit import audit_text

RELEASE = """FOR IMMEDIATE RELEASE

Lakeside Cell Clinic adds a weekend service in Denver

DENVER, Colo., May 4, 2026 /PRNewswire/ -- Lakeside Cell Clinic today announced Saturday opening hours.
"Our stem cell infusions reverse the nerve damage of diabetes," said co-founder Dr. Ruth Adair.

Media contact: Tom Reyes, press@lakeside.example
"""

NEWS = """Denver clinic under scrutiny

A Denver clinic is adding Saturday opening hours. "Our stem cell infusions reverse the nerve damage of
diabetes," co-founder Dr. Ruth Adair said in a statement. Neurologists say there is no evidence for it.
"""


def statuses(text: str) -> dict[str, str]:
    return {c.category: c.assertion for c in audit_text(text, lang="en").claims}


def test_what_a_clinics_own_release_attributes_to_its_founder_is_its_claim():
    result = audit_text(RELEASE, lang="en")
    cure = [c for c in result.claims if c.category == "CURE_TREATMENT_CLAIM"]
    assert cure and all(c.assertion == "asserted" for c in cure), cure
    assert any("own release" in " ".join(c.cues) for c in cure)
    assert "CURE_TREATMENT_CLAIM" in {f.category for f in result.findings if not f.suppressed}


def test_a_news_story_quoting_the_same_founder_stays_a_report():
    assert statuses(NEWS).get("CURE_TREATMENT_CLAIM") == "reported"


def test_naming_a_press_release_in_a_story_is_no_release_layout():
    text = 'In a press release, the clinic said its infusions "reverse the nerve damage of diabetes".'
    assert statuses(text).get("CURE_TREATMENT_CLAIM") == "reported"


def test_a_story_naming_the_wire_service_is_no_release():
    text = "In a release distributed on PR Newswire, the clinic said its stem cells reverse diabetes."
    assert statuses(text).get("CURE_TREATMENT_CLAIM") == "reported"


UNIVERSITY_RELEASE = """FOR IMMEDIATE RELEASE

Pilot study measures how long NAD+ stays in the blood

Researchers at Eastvale University gave a single NAD+ infusion to ten volunteers and took blood samples
for a day. "We can't say from this whether an infusion makes anyone look younger or live longer," said
the study's lead author. "The study was never designed to answer that."

Media contact: Eastvale University press office
"""


def test_a_universitys_release_quoting_its_researchers_stays_a_report():
    """The release layout alone does not make a page the advertiser's: no founder, chief executive
    or medical director speaks (an ``insider`` cue) and no advertiser is named (PROMO)."""
    found = audit_text(UNIVERSITY_RELEASE, lang="en")
    assert not [f for f in found.findings if not f.suppressed and f.claim_id], found.claims


def test_the_same_release_quoting_the_clinic_founder_is_the_clinics_claim():
    text = UNIVERSITY_RELEASE.replace("Researchers at Eastvale University", "Eastvale Longevity Clinic").replace(
        "the study's lead author", "the clinic's founder").replace("We can't say from this whether", "We now know").replace(
        "The study was never designed to answer that.", "Book your first infusion today.")
    assert statuses(text).get("ANTI_AGING_REJUVENATION") == "asserted"

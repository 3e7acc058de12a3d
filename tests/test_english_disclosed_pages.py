"""A Japanese-style page for an unapproved product that discloses every 限定解除 item in the
words English translations use ("Risks: …", "prepared by a contracted domestic laboratory", "No
equivalent product is approved in Japan", "4–6 sessions recommended") lifts the restriction and
misses nothing; a course priced per session is a cost disclosure, not a bundle deal; a headline
about a regulator fining a clinic reports the claims it names. Each is checked against the
advertiser's own form. Every sentence here was written for this file."""

from __future__ import annotations

from analyzer.audit import audit_text
from conftest import claim_findings_in, explain_english

DISCLOSED_PAGE = (
    "Culture supernatant infusion (self-funded treatment)\n"
    "Our clinic offers stem cell culture supernatant infusions. The preparation is not approved in Japan. "
    "It is prepared by a contracted domestic laboratory. No equivalent product is approved in Japan. "
    "Safety information from other countries is limited. The Relief System for Adverse Drug Reactions does not "
    "apply. Cost: ¥200,000 per infusion; 4–6 sessions recommended. Risks: fever, headache, infection, allergic "
    "reaction.")


def test_a_page_disclosing_every_item_is_cleared_and_misses_nothing():
    findings = audit_text(DISCLOSED_PAGE, lang="en").findings
    assert any(f.category == "UNAPPROVED_PRODUCT_PROMOTION" for f in findings), "the offer should still be found"
    assert all(f.suppressed for f in findings if f.start is not None), [(f.category, f.suppressed) for f in findings]
    assert not [f.missing_item for f in findings if f.start is None], [f.missing_item for f in findings]


def test_the_same_page_without_its_risks_is_not_cleared():
    page = DISCLOSED_PAGE.replace(" Risks: fever, headache, infection, allergic reaction.", "")
    findings = audit_text(page, lang="en").findings
    assert any(f.category == "UNAPPROVED_PRODUCT_PROMOTION" and not f.suppressed for f in findings)
    assert "risks" in {f.missing_item for f in findings if f.start is None}


def test_a_price_per_session_is_no_bundle_deal():
    text = "Typical course: 3 sessions at ¥150,000 each."
    assert "PRICE_INDUCEMENT" not in claim_findings_in(text), explain_english(text)
    bundle = "Grab 3 CoolSculpting sessions for $999 this month!"
    assert "PRICE_INDUCEMENT" in claim_findings_in(bundle), explain_english(bundle)


def test_a_headline_about_a_fine_reports_the_claims_it_names():
    headline = "Regulator fines Leeds clinic for 'zero risk, no downtime' lip filler posts"
    assert "SAFETY_ABSOLUTE" not in claim_findings_in(headline), explain_english(headline)
    ad = "Zero risk, no downtime: book your lip filler today."
    assert "SAFETY_ABSOLUTE" in claim_findings_in(ad), explain_english(ad)

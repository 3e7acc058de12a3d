"""Document-level checks as a regulator would read a page: what must be disclosed, counted
wherever it is on the page; one finding per missing item, naming what is present and missing."""

from __future__ import annotations

from analyzer.audit import AuditOptions, audit_document, audit_text
from analyzer.ingest import read_inputs
from analyzer.model import Document
from analyzer.rules import only
from conftest import SAMPLES

U_ITEMS = {"U1_unapproved", "U2_how_obtained", "U3_domestic_equivalent", "U4_foreign_safety", "U5_relief_system"}

# Our own disclosure block, in the order a clinic might add it at the foot of the exosome-drip page.
DISCLOSURE_BLOCK = """

---

### Important information about this treatment

- **Unapproved product.** The exosome preparation used in the drip has not been approved as a drug or
  regenerative medicine product in Japan.
- **How it is obtained.** Our physician purchases it directly from the manufacturer, a contract manufacturer
  in Osaka, and keeps the lot records.
- **Approved equivalents.** There is no approved medicine in Japan with the same ingredients or purpose.
- **Safety information from other countries.** The FDA has stated that there are no FDA-approved exosome
  products and has reported serious adverse events after unapproved exosome products.
- **Relief system.** You will not be eligible for the relief system for adverse drug reactions.
- **Course and cost.** The usual course is three drips at 4-week intervals; a standard course costs
  ¥440,000 including tax.
- **Main risks and side effects.** Bruising, vein irritation, fever, infection and allergic reactions,
  including anaphylaxis; long-term risks are unknown.
- **Athletes.** Anti-doping: under WADA rule M2.2, IV infusions of more than 100 mL per 12 hours are
  prohibited outside hospital treatment; tested athletes need a TUE before any drip.
- **Testimonials.** The comments above are individual experiences; results vary and many patients notice no
  change. The athletes named receive their drips free of charge (paid partnership).
"""


def sample(name: str) -> Document:
    [document] = [d for d in read_inputs([str(SAMPLES / name)]) if isinstance(d, Document)]
    return document


def missing(findings, rule_id: str) -> list[str]:
    return sorted(f.missing_item for f in findings if f.rule_id == rule_id and not f.suppressed)


def test_exosome_drip_ad_is_charged_under_every_jurisdiction_with_one_finding_per_missing_item():
    result = audit_document(sample("ads/exosome-drip.md"))
    serious = {f.rule_id for f in result.findings if f.severity in ("critical", "high")}
    assert {"JP-PMD-68", "US-PHSA-351", "WADA-M2.2", "WADA-M2.2-INFO"} <= serious
    assert any(r.startswith("JP-MCA-") for r in serious) and any(r.startswith("US-FTC-") for r in serious)
    assert "critical" in {f.severity for f in result.findings if f.rule_id == "JP-PMD-68"}
    assert missing(result.findings, "JP-LIMIT-UNAPPROVED") == sorted(U_ITEMS)
    assert missing(result.findings, "JP-LIMIT-RISK") == ["risks"]
    assert missing(result.findings, "US-FTC-55A1") == ["risks"]
    assert missing(result.findings, "WADA-M2.2-INFO") == ["anti_doping"]
    one = next(f for f in result.findings if f.rule_id == "JP-LIMIT-UNAPPROVED" and f.missing_item == "U2_how_obtained")
    assert one.category == "MISSING_UNAPPROVED_DISCLOSURE" and one.start is None and one.citation.url.startswith("https://")
    assert "how it was obtained" in one.message and "Missing:" in one.message and "U5" in one.message


def test_the_same_ad_with_a_complete_disclosure_block_has_no_missing_disclosure_finding():
    document = sample("ads/exosome-drip.md")
    disclosed = Document(id="disclosed", source="disclosed", text=document.text + DISCLOSURE_BLOCK, lang="en")
    result = audit_document(disclosed)
    assert not [f for f in result.findings if f.missing_item is not None], \
        [(f.rule_id, f.missing_item) for f in result.findings if f.missing_item]
    assert "JP-PMD-68" in {f.rule_id for f in result.findings}  # the claims themselves are still charged


def test_a_partial_block_names_the_items_present_and_missing():
    document = sample("ads/exosome-drip.md")
    partial = DISCLOSURE_BLOCK.split("- **How it is obtained.**")[0] + "\n- **Relief system.** Not covered by the relief system.\n"
    result = audit_document(Document(id="p", source="p", text=document.text + partial, lang="en"))
    findings = [f for f in result.findings if f.rule_id == "JP-LIMIT-UNAPPROVED"]
    assert sorted(f.missing_item for f in findings) == ["U2_how_obtained", "U3_domestic_equivalent", "U4_foreign_safety"]
    assert set(findings[0].disclosures_present) == {"U1_unapproved", "U5_relief_system"}
    assert "Present: U1" in findings[0].message


def test_the_compliant_disclosed_exosome_page_has_no_findings():
    assert not audit_document(sample("compliant/exosome-disclosed-jp.md")).findings


def test_botulinum_page_claiming_only_its_approved_indication_has_no_unsupported_evidence_finding():
    result = audit_document(sample("compliant/botulinum-glabellar-lines.md"))
    # naming a prescription-only medicine is a UK/EU matter, not one of evidence
    assert {f.category for f in result.findings} <= {"PRESCRIPTION_ONLY_PROMOTION"}
    assert {f.jurisdiction for f in result.findings} <= {"uk", "eu"}
    jp_only = audit_document(sample("compliant/botulinum-glabellar-lines.md"),
                             AuditOptions(selection=only("JP")))
    assert not [f for f in jp_only.findings if f.jurisdiction == "jp"]


def test_a_report_about_clinics_is_not_an_ad_so_no_disclosures_are_owed():
    for name in ("critical/news-investigation-exosome-drips.md", "critical/factcheck-nad-reverses-aging.md",
                 "critical/sports-physician-column-iv-doping.txt"):
        result = audit_document(sample(name))
        assert not [f for f in result.findings if f.missing_item], name


def test_a_one_line_ad_is_too_short_to_judge_what_it_leaves_out():
    result = audit_text("Book now: our exosome drip reverses aging!", lang="en")
    assert result.findings and not [f for f in result.findings if f.missing_item]


PAGE = """# Renew IV Lounge, Austin

Our NAD+ drip restores your energy and sharpens your focus after a single session, and regulars say they
sleep better within a week. Relax in our lounge while a registered nurse places your IV; most guests are
back at work within the hour. Book online or call (512) 555-0199 to reserve a chair.

"After three drips I feel ten years younger." (Dana, 52)
"""


def test_us_testimonials_without_typicality_and_treatment_without_risks():
    result = audit_text(PAGE, lang="en", options=AuditOptions(selection=only("US-FTC-255.2", "US-FTC-55A1")))
    assert sorted((f.rule_id, f.missing_item) for f in result.findings) == [
        ("US-FTC-255.2", "typicality"), ("US-FTC-55A1", "risks")]
    disclosed = PAGE + "\nResults vary from person to person. Possible side effects include flushing, nausea and bruising.\n"
    assert not audit_text(disclosed, lang="en", options=AuditOptions(selection=only("US-FTC-255.2", "US-FTC-55A1"))).findings


ATHLETES = """# Game-day recovery drips

Our recovery drip gets athletes back to full strength after a hard game. Pro footballers and boxers visit us
the morning after competition for a litre of fluids with B vitamins and magnesium. Book your drip online
and our nurses will have your chair ready; sessions take about 40 minutes, and team bookings are welcome
for clubs of every level from Monday to Saturday.
"""


def test_iv_service_for_athletes_needs_anti_doping_information():
    options = AuditOptions(selection=only("WADA-M2.2-INFO"))
    assert missing(audit_text(ATHLETES, lang="en", options=options).findings, "WADA-M2.2-INFO") == ["anti_doping"]
    noted = ATHLETES + "\nAnti-doping note: WADA prohibits IV infusions over 100 mL per 12 hours outside hospital care.\n"
    assert not audit_text(noted, lang="en", options=options).findings

"""Approval denied and research cited for a negative finding are no claims of approval or
evidence (lexicons/context/en.yml: "no regulator has …"; lexicons/claims/en/pseudo_evidence.yml
exclusions: "studies found no …"), while an ad's own approval or "studies show" stays charged.
Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in


@pytest.mark.parametrize("text, category", [
    ("So far no regulator in Europe has approved stem cell facials for any use.", "FALSE_APPROVAL_CLAIM"),
    ("No comparable product is approved in the UK, and the preparation is imported by our doctor.", "FALSE_APPROVAL_CLAIM"),
    ("A 2023 review of 12 trials found no reliable evidence that NAD+ infusions improve fatigue.", "PSEUDO_EVIDENCE"),
    ("The two largest studies showed no significant difference between ozone and saline injections.", "PSEUDO_EVIDENCE"),
])
def test_a_denied_approval_or_a_negative_finding_is_not_charged(text, category):
    assert category not in claim_findings_in(text), text


@pytest.mark.parametrize("text, category", [
    ("Our stem cell facial is approved by regulators in Europe.", "FALSE_APPROVAL_CLAIM"),
    ("Studies show our NAD+ infusion ends fatigue in one session.", "PSEUDO_EVIDENCE"),
])
def test_the_ads_own_approval_or_evidence_claim_is_charged(text, category):
    assert category in claim_findings_in(text), text

"""English claim constructions added after blind20's first run (lexicons/claims/en): a lifetime
success guarantee, a record of no complications offered as proof of safety, "I recommend X to every
patient" from a clinician, a body told in clothes sizes before and after, "MHRA-licensed", and
"cord-blood" written with a hyphen. Each is checked both ways: the ad's wording is charged, and a
near neighbour that is no claim is not. Every sentence here was written for this file."""

from __future__ import annotations

import pytest

from conftest import claim_findings_in, explain_english

CHARGED = [
    ("Porcelain veneers by our award-winning team, with a lifetime success guarantee.", "GUARANTEE_CERTAINTY"),
    ("Over 4,000 treatments and not one of our lip filler clients has had a complication.", "SAFETY_ABSOLUTE"),
    ("\"I recommend the Brightline sleep patch to every patient who lies awake.\" Dr Ama Owusu, GP",
     "AUTHORITY_APPEAL"),
    ("Ten weeks on our weight-loss jab programme: from a size 18 to a size 12.", "BEFORE_AFTER"),
    ("Our stem cell shots are MHRA-licensed and rebuild worn knee cartilage.", "FALSE_APPROVAL_CLAIM"),
    ("Book our cord-blood infusion and wake up ten years younger.", "UNAPPROVED_PRODUCT_PROMOTION"),
]

NOT_CHARGED = [
    ("This phone charger comes with a lifetime guarantee: if it breaks, we replace it.", "GUARANTEE_CERTAINTY"),
    ("The audit found that not one of the clinics had a written complications policy.", "SAFETY_ABSOLUTE"),
    ("Most GPs we spoke to would not recommend the patch to any patient.", "AUTHORITY_APPEAL"),
    ("The MHRA has licensed no stem cell product for knee cartilage.", "FALSE_APPROVAL_CLAIM"),
]


@pytest.mark.parametrize("text, category", CHARGED)
def test_the_construction_is_charged(text, category):
    assert category in claim_findings_in(text), explain_english(text)


@pytest.mark.parametrize("text, category", NOT_CHARGED)
def test_the_neighbour_is_not_charged(text, category):
    assert category not in claim_findings_in(text), explain_english(text)

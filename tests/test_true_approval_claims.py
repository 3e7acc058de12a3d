"""An approval claim that names a regulator or country where the knowledge base records the
linked product as approved states a fact: its findings are kept, suppressed, with the reason
(``verified_by_kb`` of FALSE_APPROVAL_CLAIM in lexicons/taxonomy.yml). Misleading forms stay
charged: an unapproved product, a compounded copy, a registration, a cell product. Every sentence
here was written for this file."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_text
from analyzer.errors import LexiconError
from analyzer.lexicon import load_taxonomy

APPROVAL = "FALSE_APPROVAL_CLAIM"


def approval_findings(text: str) -> list:
    return [f for f in audit_text(text, lang="en").findings if f.category == APPROVAL]


@pytest.mark.parametrize("text", [
    "Our GPs prescribe FDA-approved semaglutide only after a consultation and blood tests.",
    "We use Botox, which the MHRA has licensed - MHRA-approved Botox for frown lines, with risks explained.",
])
def test_a_recorded_approval_is_shown_but_not_charged(text):
    found = approval_findings(text)
    assert found, "the approval claim should still be found"
    assert all(f.suppressed for f in found), [(f.rule_id, f.suppressed) for f in found]
    assert all("knowledge base records" in (f.suppression or "") for f in found)


@pytest.mark.parametrize("text", [
    "Our exosome drip is FDA-approved and reverses ageing.",
    "Our compounded semaglutide is FDA-approved and costs half as much.",
    "Your semaglutide pens come from an FDA-registered pharmacy.",
    "Our stem cell therapy is FDA-approved and uses your own cells.",
    "Our peptide injections are MHRA-licensed for faster recovery.",
])
def test_a_misleading_approval_claim_stays_charged(text):
    assert any(not f.suppressed for f in approval_findings(text)), text


def test_an_unknown_jurisdiction_in_the_taxonomy_is_a_coded_error(tmp_path):
    path = tmp_path / "taxonomy.yml"
    path.write_text("escalators: {}\ncategories:\n  - id: FALSE_APPROVAL_CLAIM\n    title: t\n    severity: high\n"
                    "    message: m\n    verified_by_kb: {names: {fda: USA}}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_taxonomy(path)
    assert error.value.code == "CA110"

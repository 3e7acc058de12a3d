"""The bundled samples as a reader would check them: ads are flagged, critical articles and
compliant pages are not charged with the claims they only report, negate or disclose."""

from __future__ import annotations

import pytest

from analyzer.audit import audit_document
from analyzer.ingest import read_inputs
from analyzer.model import Document
from conftest import SAMPLES


def documents(folder: str) -> list[Document]:
    found = [d for d in read_inputs([str(SAMPLES / folder)]) if isinstance(d, Document)]
    assert found, folder
    return found


@pytest.mark.parametrize("document", documents("ads"), ids=lambda d: d.source.split("/")[-1])
def test_every_ad_has_a_high_or_critical_finding(document):
    result = audit_document(document)
    assert {"critical", "high"} & {f.severity for f in result.findings}, document.source


@pytest.mark.parametrize("document", documents("critical"), ids=lambda d: d.source.split("/")[-1])
def test_critical_articles_report_claims_without_being_charged_for_most(document):
    result = audit_document(document)
    span_claims = [c for c in result.claims]
    charged = [c for c in span_claims if c.assertion == "asserted"]
    assert span_claims, "the article's reported claims should be found"
    assert len(charged) <= max(2, len(span_claims) // 5), [(c.category, c.text, c.sentence) for c in charged]

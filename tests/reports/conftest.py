"""Audits shared by the report tests (each audit takes seconds, so they run once a session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.audit import audit_document
from analyzer.ingest import read_inputs
from analyzer.model import Claim, Document, DocumentResult, Finding

ROOT = Path(__file__).resolve().parents[2]
EXOSOME = ROOT / "samples" / "ads" / "exosome-drip.md"
SCRIPT_PAYLOAD = "<script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(1)>"


def audited(path: Path):
    documents = list(read_inputs([str(path)]))
    assert len(documents) == 1, documents
    return audit_document(documents[0])


@pytest.fixture(scope="session")
def exosome_result():
    return audited(EXOSOME)


@pytest.fixture(scope="session")
def payload_result():
    """The exosome ad with markup payloads written into its text and its source name."""
    text = EXOSOME.read_text(encoding="utf-8")
    text = text.replace("Turn back the clock", f"Turn back the clock {SCRIPT_PAYLOAD}", 1)
    text += (f"\nOur drip cures chronic fatigue {IMG_PAYLOAD} and it is 100% safe.\n"
             f"Book now: \"quoted\" & 'single' <b>bold</b> {SCRIPT_PAYLOAD}\n")
    document = Document(id="payload", source=f"ads/{IMG_PAYLOAD}.md", text=text, lang="en", format="markdown")
    return audit_document(document)


@pytest.fixture(scope="session")
def transcript_result():
    return audited(ROOT / "tests" / "fixtures" / "inputs" / "same-claims" / "ad.srt")


@pytest.fixture(scope="session")
def japanese_result():
    """A Japanese page with one claim and a bare finding (no clause, fix or evidence), made by
    hand so that the renderers are tested on empty optional fields whatever the lexicons say."""
    text = "銀座の当院のエクソソーム点滴は日本一。\n若返りを実感してください。\n"
    start = text.index("日本一")
    claim = Claim(id="c1", category="SUPERLATIVE_COMPARATIVE", text="日本一", start=start, end=start + 3, line=1,
                  column=start + 1, sentence="銀座の当院のエクソソーム点滴は日本一。", assertion="asserted", cues=(),
                  interventions=(), conditions=(), targets=(), confidence=0.9, rule="test")
    finding = Finding(rule_id="JP-TEST-1", category="SUPERLATIVE_COMPARATIVE", severity="high", confidence=0.9,
                      message="最上級表現（日本一）", start=claim.start, end=claim.end, line=1, column=claim.column,
                      claim_id="c1")
    document = Document(id="ja", source="samples/ja/handmade.txt", text=text, lang="ja")
    return DocumentResult(document, "ja", (claim,), (finding,))

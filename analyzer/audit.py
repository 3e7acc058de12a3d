"""The pipeline in one place: Document -> claims -> findings -> DocumentResult."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analyzer.claims import derive_claims, extract_claims
from analyzer.errors import LexiconError
from analyzer.findings import claim_findings
from analyzer.language import detect_language
from analyzer.lexicon import Taxonomy, load_lexicon, load_taxonomy
from analyzer.model import DocumentResult, Document
from analyzer.nlp import build_pipeline

SUPPORTED_LANGUAGES = ("en",)


@dataclass(frozen=True)
class AuditOptions:
    lang: str = "auto"  # auto or a language code; a document's own lang (JSONL) wins over auto
    extra_lexicon_dirs: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return load_taxonomy()


class UnsupportedLanguage(Exception):
    pass


def document_language(document: Document, options: AuditOptions) -> str:
    lang = options.lang if options.lang != "auto" else document.lang
    if lang in (None, "", "auto"):
        lang = detect_language(document.text)
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(f"language {lang!r} is not supported yet (supported: {', '.join(SUPPORTED_LANGUAGES)})")
    return lang


def audit_document(document: Document, options: AuditOptions = AuditOptions()) -> DocumentResult:
    lang = document_language(document, options)
    nlp = build_pipeline(lang, options.extra_lexicon_dirs)
    lexicon = load_lexicon(lang, options.extra_lexicon_dirs)
    doc = nlp(document.text)
    claims = derive_claims(extract_claims(doc, document, lexicon), taxonomy().derived, document)
    findings = claim_findings(claims, taxonomy())
    return DocumentResult(document, lang, tuple(claims), tuple(findings))


def audit_text(text: str, lang: str = "auto", options: AuditOptions | None = None) -> DocumentResult:
    """Convenience for tests and notebooks: audit one string."""
    return audit_document(Document(id="<text>", source="<text>", text=text, lang=lang), options or AuditOptions())


__all__ = ["AuditOptions", "LexiconError", "UnsupportedLanguage", "audit_document", "audit_text"]

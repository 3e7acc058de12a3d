"""The pipeline in one place: Document -> claims -> findings -> DocumentResult."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from analyzer.claims import clear_labelled, derive_claims, extract_claims
from analyzer.errors import LexiconError
from analyzer.disclosures import load_disclosures, page_facts
from analyzer.evidence import attach_evidence, load_kb
from analyzer.findings import claim_findings, cleared_by_disclosure, true_approval_claims, document_findings
from analyzer.language import language_runs
from analyzer.lexicon import Taxonomy, load_lexicon, load_taxonomy
from analyzer.model import Claim, DocumentResult, Document, EntityMention, evolve
from analyzer.nlp import build_pipeline, language_settings, make_doc, supported_languages
from analyzer.normalize import matching_text
from analyzer.rules import Rule, RuleSet, Selection, load_rules
from analyzer.suppress import Fingerprints, apply_suppressions, find_suppressions, source_text
from analyzer.tokens import release_view, with_text


@dataclass(frozen=True)
class AuditOptions:
    lang: str = "auto"  # auto or a language code; a document's own lang (JSONL) wins over auto
    extra_lexicon_dirs: tuple[str, ...] = ()
    extra_rule_dirs: tuple[str, ...] = ()  # directories of extra rule packs (*.yml)
    selection: Selection = Selection()  # which rules run: jurisdictions, select/ignore, severity overrides
    inline_suppressions: bool = True  # honour ``claimaudit: ignore[...]`` comments


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    return load_taxonomy()


class UnsupportedLanguage(Exception):
    pass


def _checked(lang: str) -> str:
    if lang not in supported_languages():
        raise UnsupportedLanguage(f"language {lang!r} is not supported (supported: {', '.join(supported_languages())})")
    return lang


def document_runs(document: Document, options: AuditOptions) -> list[tuple[int, int, str]]:
    """(start, end, lang) stretches of the document. A language given by the user or the
    batch record applies to the whole text; otherwise each paragraph is detected, so a
    Japanese page with an English section is audited with both pipelines."""
    lang = options.lang if options.lang != "auto" else document.lang
    if lang not in (None, "", "auto"):
        return [(0, len(document.text), _checked(lang))]
    return [(start, end, _checked(found)) for start, end, found in language_runs(document.text)]


def main_language(runs: list[tuple[int, int, str]]) -> str:
    """The main language of a document: that of its longest stretch."""
    return max(runs, key=lambda run: run[1] - run[0])[2]


def pieces(text: str, start: int, end: int, max_chars: int | None) -> list[tuple[int, int]]:
    """[start, end) cut into pieces of at most ``max_chars``, at a line break where there is
    one, else after a sentence end (。.!?), else anywhere."""
    if not max_chars or end - start <= max_chars:
        return [(start, end)]
    cuts = []
    position = start
    while end - position > max_chars:
        window = text[position:position + max_chars]
        cut = max(window.rfind("\n"), max(window.rfind(mark) for mark in "。．.!?！？"))
        cut = position + (cut + 1 if cut > 0 else max_chars)
        cuts.append((position, cut))
        position = cut
    cuts.append((position, end))
    return cuts


def find_claims(document: Document, runs: list[tuple[int, int, str]], options: AuditOptions) -> tuple[list[Claim], frozenset[str]]:
    """Claims of every language stretch, with offsets, lines and columns of the whole document;
    and the categories an ad label on the page clears (analyzer.claims.extract_claims)."""
    claims: list[Claim] = []
    cleared: frozenset[str] = frozenset()
    runs = [(a, b, lang) for start, end, lang in runs
            for a, b in pieces(document.text, start, end, language_settings()[lang].get("max_chars"))]
    for start, end, lang in runs:
        whole = start == 0 and end == len(document.text)
        part = document if whole else replace(document, text=document.text[start:end], source_map=None)
        nlp = build_pipeline(lang, options.extra_lexicon_dirs)
        lexicon = load_lexicon(lang, options.extra_lexicon_dirs)
        matching = matching_text(part.text)  # NFKC for the matcher; claims come back with original offsets
        doc = nlp(with_text(make_doc(nlp, matching.text), matching.text))
        found, labelled = extract_claims(doc, matching.stand_in(part), lexicon)
        release_view(doc)  # (the Doc is freed now, not at the garbage collector's next pass)
        found = matching.restore(found, part)
        claims.extend(found if whole else (_shifted(claim, start, document) for claim in found))
        cleared |= labelled
    return claims, cleared


def _shifted(claim: Claim, offset: int, document: Document) -> Claim:
    def move(mentions: tuple[EntityMention, ...]) -> tuple[EntityMention, ...]:
        return tuple(evolve(m, start=m.start + offset, end=m.end + offset) for m in mentions)

    line, column = document.line_col(claim.start + offset)
    return evolve(claim, start=claim.start + offset, end=claim.end + offset, line=line, column=column,
                   interventions=move(claim.interventions), conditions=move(claim.conditions), targets=move(claim.targets))


def audit_document(document: Document, options: AuditOptions = AuditOptions()) -> DocumentResult:
    runs = document_runs(document, options)
    lang = main_language(runs)
    found, cleared = find_claims(document, runs, options)
    claims = clear_labelled(derive_claims(found, taxonomy().derived, document), cleared)
    claims = attach_evidence(claims, load_kb(options.extra_lexicon_dirs), lang)
    findings, suppressions = judge(document, claims, sorted({run[2] for run in runs}), options)
    return DocumentResult(document, lang, tuple(claims), tuple(findings), tuple(suppressions))


def judge(document: Document, claims: list[Claim], langs: list[str], options: AuditOptions):
    """Findings of the selected rules (claim and document level), fingerprinted, with the
    document's inline suppressions applied; and those suppressions."""
    rule_set = load_rules(options.extra_lexicon_dirs, options.extra_rule_dirs)
    rules = options.selection.rules(rule_set)
    fingerprints = Fingerprints(document.id)  # each finding is fingerprinted as it is made, in this order
    findings = claim_findings(claims, rules, taxonomy(), options.selection, fingerprints)
    findings = true_approval_claims(findings, claims, taxonomy(), load_kb(options.extra_lexicon_dirs))
    page_rules = _page_rules(rules)
    clearing = any(claim.category in _clearing_categories() for claim in claims)
    chars = len("".join(document.text.split())) if page_rules or clearing else 0  # not white space (PageFacts.chars)
    long_enough = page_rules and chars >= min(rule.document.min_chars for rule in page_rules)
    if long_enough or clearing:
        # disclosures are read only in a language whose phrases exist (lexicons/disclosures/<lang>.yml)
        lexicons = [lexicon for lexicon in (load_disclosures(lang, options.extra_lexicon_dirs) for lang in langs)
                    if lexicon.phrase_files]
        if lexicons:
            page = page_facts(document.text, claims, lexicons, chars)
            findings = cleared_by_disclosure(findings, page, taxonomy())
            if long_enough:
                findings += document_findings(claims, page, rules, taxonomy(), options.selection, lexicons[0],
                                              fingerprints)
    if not options.inline_suppressions:
        return findings, []
    return apply_suppressions(findings, find_suppressions(source_text(document), _known_ids(rule_set)))


@lru_cache(maxsize=8)
def _page_rules(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """The document-level rules of a selection (worked out once per selection, not per document)."""
    return tuple(rule for rule in rules if rule.scope == "document")


@lru_cache(maxsize=1)
def _clearing_categories() -> frozenset[str]:
    """Categories whose restriction a page can lift by what it discloses (``cleared_by_disclosure``)."""
    return frozenset(name for name, category in taxonomy().categories.items() if category.cleared_by_disclosure)


@lru_cache(maxsize=8)
def _known_ids(rule_set: RuleSet) -> frozenset[str]:
    """Rule ids and aliases a suppression comment may name (upper case)."""
    return frozenset(key.upper() for rule in rule_set.rules for key in (rule.id, *rule.aliases))


def audit_text(text: str, lang: str = "auto", options: AuditOptions | None = None) -> DocumentResult:
    """Convenience for tests and notebooks: audit one string."""
    return audit_document(Document(id="<text>", source="<text>", text=text, lang=lang), options or AuditOptions())


__all__ = ["AuditOptions", "LexiconError", "UnsupportedLanguage", "audit_document", "audit_text"]

"""Stage 2: the spaCy pipeline. A blank language, sentence boundaries, and one matcher
component built from ``lexicons/`` that finds claim terms, cues, entities and context cues
in a single pass. No trained model is needed.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
import yaml
from spacy.language import Language
from spacy.tokens import Doc

from analyzer.extensions import HITS, register_extensions
from analyzer.lexicon import Lexicon, load_lexicon
from analyzer.patterns import PatternIndex, TokenView
from analyzer.phrases import PhraseIndex, compile_phrase
from analyzer.resources import data_dir

BULLETS = {"-", "*", "•", "・", "–", "—", "+", "✓", "✔", "→", "▶", "■", "□", "●", "◆", "★", "☆"}
SENTENCE_END = {".", "!", "?", "…", "。", "！", "？"}
# "No. 1", "approx. 3 sessions": a full stop after these does not end a sentence.
ABBREVIATIONS = {"no", "nos", "vs", "approx", "ca", "fig", "st", "mr", "mrs", "ms", "prof", "dr", "ref", "vol", "inc", "ltd", "co"}
MAX_CHARS = 60_000_000


def _is_bullet(doc: Doc, index: int) -> bool:
    token = doc[index]
    if token.text in BULLETS:
        return True
    return token.like_num and index + 1 < len(doc) and doc[index + 1].text in {".", ")"}


@Language.component("claimaudit_lines", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def claimaudit_lines(doc: Doc) -> Doc:
    """Sentence boundaries at line breaks, the way ad copy is laid out.

    A blank line always ends a sentence. A line that ends with ':' keeps the bulleted list
    under it in its sentence ("Treats:\\n- arthritis\\n- COPD"). A line that continues in
    lower case is a wrapped sentence. Any other line break ends a sentence (headings,
    bullets, short lines).
    """
    in_list = False
    for index, token in enumerate(doc):
        if (token.text == "." and 0 < index < len(doc) - 1 and doc[index - 1].lower_ in ABBREVIATIONS
                and not doc[index + 1].is_space and (doc[index + 1].like_num or doc[index + 1].is_lower)):
            doc[index + 1].is_sent_start = False
            continue
        if not (token.is_space and "\n" in token.text) or index + 1 >= len(doc):
            continue
        following = index + 1
        previous = doc[index - 1] if index > 0 else None
        blank_line = token.text.count("\n") >= 2
        if _is_bullet(doc, following) and (previous is not None and previous.text in (":", "：") or in_list):
            in_list = True  # a list stays with the line that introduces it, blank line or not
            doc[following].is_sent_start = False
            continue
        if blank_line or previous is None:
            in_list = False
            doc[following].is_sent_start = True
            continue
        if _is_bullet(doc, following) and (previous.text == ":" or in_list):
            in_list = True
            doc[following].is_sent_start = False
            continue
        in_list = False
        wrapped = previous.text not in SENTENCE_END and doc[following].is_lower
        doc[following].is_sent_start = not wrapped
    return doc


class LexiconMatcher:
    """Finds every lexicon phrase and token pattern; stores hits as ``doc._.claimaudit_hits``.

    Phrases are matched on one token attribute (``match_attr``: LOWER for English, NORM for
    Japanese), through :class:`analyzer.phrases.PhraseIndex`; token patterns (spaCy Matcher
    syntax) through :class:`analyzer.patterns.PatternIndex`.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon, match_attr: str = "LOWER"):
        self.lexicon = lexicon
        self.attribute = match_attr.lower() + "_"
        words: dict[str, tuple[str, ...]] = {}
        split = _fast_norms(nlp) if self.attribute == "norm_" else None

        def tokenize(text: str) -> tuple[str, ...]:
            # spaCy tokenizes each space-separated chunk on its own, so chunks can be cached.
            tokens: tuple[str, ...] = ()
            for chunk in text.split():
                if chunk not in words:
                    words[chunk] = split(chunk) if split else tuple(
                        getattr(t, self.attribute) for t in nlp.make_doc(chunk) if not t.is_space)
                tokens += words[chunk]
            return tokens

        compiled, patterns = [], []
        for rule in (*lexicon.claim_rules, *lexicon.entity_rules, *lexicon.context_rules):
            if getattr(rule, "pattern", None):
                patterns.append((rule.key, rule.pattern, rule.where))
            for match in rule.matches:
                compiled.append(compile_phrase(rule.key, match, tokenize, rule.where))
        self.phrases = PhraseIndex(compiled)
        self.patterns = PatternIndex(patterns)

    def __call__(self, doc: Doc) -> Doc:
        view = TokenView(doc)
        hits = self.phrases.find(view.column(self.attribute))
        hits.extend(self.patterns.find(view))
        doc._.set(HITS, tuple(hits))
        return doc


def _fast_norms(nlp: Language):
    """For Japanese: Sudachi's normalised forms of a lexicon phrase straight from SudachiPy,
    about six times faster than a spaCy Doc per phrase (the same tokenizer and split mode
    spaCy uses, so the same norms). None where the tokenizer is not Sudachi."""
    sudachi = getattr(nlp.tokenizer, "tokenizer", None)
    if sudachi is None or not hasattr(sudachi, "tokenize"):
        return None

    def norms(chunk: str) -> tuple[str, ...]:
        return tuple(m.normalized_form() for m in sudachi.tokenize(chunk) if m.surface().strip())

    return norms


@Language.factory(
    "claimaudit_matcher",
    assigns=["doc._.claimaudit_hits"],
    default_config={"lang": "en", "extra_dirs": []},
)
def make_lexicon_matcher(nlp: Language, name: str, lang: str, extra_dirs: list[str]) -> LexiconMatcher:
    register_extensions()
    return LexiconMatcher(nlp, load_lexicon(lang, tuple(extra_dirs)), language_settings()[lang]["match_attr"])


@lru_cache(maxsize=1)
def language_settings() -> dict[str, dict]:
    """``lexicons/languages.yml``: the spaCy language and match attribute of each language."""
    with (data_dir("lexicons") / "languages.yml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Languages with settings in languages.yml and claim lexicons under lexicons/claims/."""
    root = data_dir("lexicons") / "claims"
    return tuple(lang for lang in language_settings() if any((root / lang).glob("*.yml")))


@lru_cache(maxsize=8)
def build_pipeline(lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> Language:
    """A blank spaCy pipeline for ``lang`` with claimaudit's components."""
    register_extensions()
    nlp = spacy.blank(language_settings()[lang]["spacy"])
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimaudit_lines")
    nlp.add_pipe("claimaudit_matcher", config={"lang": lang, "extra_dirs": list(extra_dirs)})
    return nlp

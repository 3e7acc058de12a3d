"""Stage 2: the spaCy pipeline. A blank language, sentence boundaries, and one matcher
component built from ``lexicons/`` that finds claim terms, cues, entities and context cues
in a single pass. No trained model is needed.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from analyzer.extensions import HITS, register_extensions
from analyzer.lexicon import Lexicon, load_lexicon

BULLETS = {"-", "*", "•", "・", "–", "—", "+", "✓", "✔", "→", "▶", "■", "□", "●", "◆", "★", "☆"}
SENTENCE_END = {".", "!", "?", "…", "。", "！", "？"}
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
        if not (token.is_space and "\n" in token.text) or index + 1 >= len(doc):
            continue
        following = index + 1
        previous = doc[index - 1] if index > 0 else None
        blank_line = token.text.count("\n") >= 2
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
    """Finds every lexicon phrase and token pattern; stores hits as ``doc._.claimaudit_hits``."""

    def __init__(self, nlp: Language, lexicon: Lexicon):
        self.lexicon = lexicon
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab)
        rules = (*lexicon.claim_rules, *lexicon.entity_rules, *lexicon.context_rules)
        for rule in rules:
            if getattr(rule, "pattern", None):
                self.matcher.add(rule.key, [list(rule.pattern)])
            elif rule.phrases:
                self.phrase_matcher.add(rule.key, list(nlp.tokenizer.pipe(rule.phrases)))

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        hits = [(strings[match_id], start, end) for match_id, start, end in self.phrase_matcher(doc)]
        if len(self.matcher):
            hits.extend((strings[match_id], start, end) for match_id, start, end in self.matcher(doc))
        doc._.set(HITS, tuple(hits))
        return doc


@Language.factory(
    "claimaudit_matcher",
    assigns=["doc._.claimaudit_hits"],
    default_config={"lang": "en", "extra_dirs": []},
)
def make_lexicon_matcher(nlp: Language, name: str, lang: str, extra_dirs: list[str]) -> LexiconMatcher:
    register_extensions()
    return LexiconMatcher(nlp, load_lexicon(lang, tuple(extra_dirs)))


@lru_cache(maxsize=8)
def build_pipeline(lang: str = "en", extra_dirs: tuple[str, ...] = ()) -> Language:
    """A blank spaCy pipeline for ``lang`` with claimaudit's components."""
    register_extensions()
    nlp = spacy.blank(lang)
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimaudit_lines")
    nlp.add_pipe("claimaudit_matcher", config={"lang": lang, "extra_dirs": list(extra_dirs)})
    return nlp

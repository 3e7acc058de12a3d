"""spaCy extension attributes set by claimaudit's components (prefixed, guarded, immutable defaults)."""

from __future__ import annotations

from spacy.tokens import Doc

HITS = "claimaudit_hits"


def register_extensions() -> None:
    # Hits are (rule key, token start, token end) tuples from the lexicon matchers.
    if not Doc.has_extension(HITS):
        Doc.set_extension(HITS, default=())

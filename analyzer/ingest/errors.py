"""Why one input cannot be audited."""

from __future__ import annotations


class Unreadable(Exception):
    """Why one input cannot be audited (becomes a one-line InputFailure)."""


def megabytes(size: int) -> str:
    return f"{size / 1_048_576:.0f} MB"


def over_limit(what: str, max_bytes: int) -> Unreadable:
    return Unreadable(f"{what} is over the {megabytes(max_bytes)} limit (--max-size)")


def require_text(text: str, data: bytes, what: str = "file") -> None:
    """Refuse an input with nothing to audit."""
    if not data:
        raise Unreadable(f"empty {what}")
    if not text.strip():
        raise Unreadable("no text (only whitespace)")

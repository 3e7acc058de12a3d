"""Inline suppressions, fingerprints and baselines: what a clinic's CI needs to adopt the linter.

Inline: a comment ``claimaudit: ignore[RULE_ID, …] reason`` suppresses those rules' findings

- on its own line, when the comment follows other text on that line;
- on the block under it (the next lines up to a blank line), when the comment stands alone;
- anywhere in the document, for a document-level rule (missing disclosures have no line).

Comments are ``<!-- … -->`` (HTML, Markdown) or a line starting with ``#`` or ``//`` (text).
The reason is required; a suppression without one, or naming an unknown rule, is reported
and not applied, and so is one that suppresses nothing. Suppressed findings stay in the
results with ``suppressed: true`` and the reason.

Fingerprint: a hash of the rule, the document and the claim's words (or the missing item),
numbered when the same words recur, so that it survives edits elsewhere in the page.
A baseline is a JSON file of fingerprints; findings in it are suppressed as ``baseline``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

import regex

from analyzer.model import Document, DocumentResult, Finding, Suppression, evolve

_SUPPRESSION = regex.compile(r"claimaudit:\s*ignore\[(?P<ids>[^\]]*)\](?P<reason>.*)")
_MARKER = "claimaudit:"  # what every suppression comment contains
_COMMENT_END = regex.compile(r"\s*(-->|\*/)\s*$")
BASELINE_FORMAT = "claimaudit-baseline/1"


def source_text(document: Document) -> str:
    """The text the comments are in: the decoded source file of an HTML or Markdown page
    (whose ``text`` no longer holds comments), else the document's own text."""
    if document.source_map is None:
        return document.text
    path = Path(document.snapshot.path) if document.snapshot and document.snapshot.path else Path(document.source)
    try:
        return path.read_bytes().decode(document.encoding or "utf-8", errors="replace")
    except (OSError, LookupError):
        return document.text


def _comment_body(line: str) -> tuple[str, bool] | None:
    """The comment of a line and whether it stands alone, or None."""
    html = line.find("<!--")
    if html != -1:
        return line[html + 4:], not line[:html].strip()
    stripped = line.lstrip()
    for marker in ("#", "//"):
        if stripped.startswith(marker):
            return stripped[len(marker):], True
    return None


def find_suppressions(text: str, known_rules: set[str]) -> list[Suppression]:
    if _MARKER not in text:
        return []  # (most pages)
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines, start=1):
        if _MARKER not in line:
            continue
        comment = _comment_body(line)
        if comment is None:
            continue
        body, alone = comment
        match = _SUPPRESSION.search(body)
        if match is None:
            continue
        ids = tuple(i.strip().upper() for i in match.group("ids").split(",") if i.strip())
        reason = " ".join(_COMMENT_END.sub("", match.group("reason")).split())
        if alone:
            first = number + 1
            while first <= len(lines) and not lines[first - 1].strip():
                first += 1
            last = first
            while last + 1 <= len(lines) and lines[last].strip():
                last += 1
            applies_to = (first, last)
        else:
            applies_to = (number, number)
        problem = None
        unknown = [i for i in ids if i not in known_rules]
        if not ids:
            problem = "names no rule: write ignore[RULE_ID]"
        elif not reason:
            problem = "a reason is required after ignore[...]"
        elif unknown:
            problem = f"unknown rule {', '.join(unknown)}"
        found.append(Suppression(ids, reason, number, applies_to, problem=problem))
    return found


def _applies(suppression: Suppression, finding: Finding) -> bool:
    if suppression.problem or finding.rule_id.upper() not in suppression.rule_ids:
        return False
    if finding.line is None:
        return True
    first, last = suppression.applies_to
    return first <= finding.line <= last


def apply_suppressions(findings: list[Finding], suppressions: list[Suppression]) -> tuple[list[Finding], list[Suppression]]:
    """Findings with the inline suppressions applied, and the suppressions marked used or not."""
    if not suppressions:
        return list(findings), []
    used: set[int] = set()
    result = []
    for finding in findings:
        for index, suppression in enumerate(suppressions):
            if not finding.suppressed and _applies(suppression, finding):
                finding = evolve(finding, suppressed=True, suppression=f"inline: {suppression.reason}")
                used.add(index)
                break
        result.append(finding)
    marked = [replace(s, used=index in used) for index, s in enumerate(suppressions)]
    return result, marked


# --------------------------------------------------------------------------- fingerprints and baselines


def claim_words(text: str) -> str:
    """A claim's words as its fingerprint reads them: lower case, single spaces."""
    return " ".join(text.lower().split())


class Fingerprints:
    """The fingerprints of one document's findings, asked for in the order of the findings: a
    hash of the rule, the document, the category and what the finding is about (the claim's
    words, :func:`claim_words`, or the missing disclosure item), numbered among equal ones.
    The pipeline fingerprints each finding as it makes it (analyzer.findings)."""

    def __init__(self, document_id: str):
        self.document_id = document_id
        self._seen: dict[tuple[str, str], int] = {}  # (rule id, about) -> how many findings had it so far

    def next(self, rule_id: str, category: str, about: str) -> str:
        return self.next_about(rule_id, self.about(category, about))

    def about(self, category: str, about: str) -> str:
        """The part of a fingerprint's key after the rule id: the same for every rule's finding
        about one claim (worked out once per claim)."""
        return f"\x1f{self.document_id}\x1f{category}\x1f{about}"

    def next_about(self, rule_id: str, about: str) -> str:
        """:meth:`next`, given the rest of the key (:meth:`about`)."""
        key = (rule_id, about)  # (a pair: the two strings' hashes are known, a joined string's is not)
        number = self._seen[key] = self._seen.get(key, 0) + 1
        return hashlib.sha256(f"{rule_id}{about}\x1f{number}".encode("utf-8")).hexdigest()[:16]

    def of(self, finding: Finding) -> str:
        about = (finding.missing_item or "") if finding.start is None else claim_words(finding.claim_text or "")
        return self.next(finding.rule_id, finding.category, about)


def with_fingerprints(findings: list[Finding], document: Document) -> list[Finding]:
    """Each finding with its fingerprint (:class:`Fingerprints`), for findings made without one."""
    fingerprints = Fingerprints(document.id)
    return [evolve(finding, fingerprint=fingerprints.of(finding)) for finding in findings]


def baseline_entries(results: list[DocumentResult]) -> list[dict]:
    return [{"fingerprint": f.fingerprint, "rule_id": f.rule_id, "document": r.document.id, "line": f.line,
             "text": f.claim_text if f.start is not None else f.message}
            for r in results for f in r.findings if not f.suppressed]


def write_baseline(path: Path, results: list[DocumentResult]) -> int:
    entries = baseline_entries(results)
    path.write_text(json.dumps({"format": BASELINE_FORMAT, "findings": entries}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return len(entries)


def read_baseline(path: Path) -> frozenset[str]:
    """The fingerprints of a baseline file; ValueError with the reason when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"{path}: not a readable baseline ({error})") from error
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT or not isinstance(data.get("findings"), list):
        raise ValueError(f"{path}: not a claimaudit baseline (expected \"format\": \"{BASELINE_FORMAT}\")")
    return frozenset(str(entry.get("fingerprint")) for entry in data["findings"] if isinstance(entry, dict))


def apply_baseline(result: DocumentResult, fingerprints: frozenset[str]) -> DocumentResult:
    findings = tuple(replace(f, suppressed=True, suppression="baseline") if not f.suppressed and f.fingerprint in fingerprints
                     else f for f in result.findings)
    return replace(result, findings=findings)

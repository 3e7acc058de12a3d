"""Where the time of a full audit goes: CPU seconds per pipeline stage on the throughput corpus.

Each stage function of ``analyzer.audit`` and each spaCy component is wrapped with a CPU
timer; the corpus is audited once to warm the caches, then once more to measure. The
wrappers cost a little, so the stages add up to slightly more than a plain run.

    python benchmarks/stages.py [--lang en|ja] [--megabytes 1.0]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import analyzer.audit as audit  # noqa: E402
from analyzer.model import Document  # noqa: E402
from analyzer.nlp import build_pipeline  # noqa: E402
from throughput import corpus  # noqa: E402  (benchmarks/ is on sys.path when run as a script)

STAGES = ("extract_claims", "derive_claims", "clear_labelled", "attach_evidence", "claim_findings", "page_facts",
          "document_findings", "find_suppressions", "apply_suppressions", "matching_text",
          "document_runs")


def timed(spent: Counter, label: str, function):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--lang", choices=("en", "ja"), default="en")
    args = parser.parse_args()

    spent: Counter = Counter()
    for name in STAGES:
        setattr(audit, name, timed(spent, name, getattr(audit, name)))
    nlp = build_pipeline(args.lang, ())
    nlp.make_doc = timed(spent, "tokenizer", nlp.make_doc)
    matcher = nlp.get_pipe("claimaudit_matcher")
    matcher.phrases.find = timed(spent, "  of which phrases", matcher.phrases.find)
    matcher.patterns.find = timed(spent, "  of which token patterns", matcher.patterns.find)
    for index, (name, component) in enumerate(list(nlp._components)):
        nlp._components[index] = (name, timed(spent, f"component {name}", component))

    documents = [Document(id=str(i), source=str(i), text=t, lang=args.lang) for i, t in enumerate(corpus(args.megabytes, args.lang))]
    for document in documents:
        audit.audit_document(document)
    spent.clear()
    start = time.process_time()
    for document in documents:
        audit.audit_document(document)
    total = time.process_time() - start

    print(f"{len(documents)} {args.lang} documents, {args.megabytes:g} MB: {total:.2f} CPU s in all")
    for label, seconds in spent.most_common():
        print(f"  {label:32s} {seconds:6.2f} s  {seconds / total:5.1%}")
    inner = sum(seconds for label, seconds in spent.items() if label.startswith("  of which"))
    print(f"  {'(rest)':32s} {total - sum(spent.values()) + inner:6.2f} s")


if __name__ == "__main__":
    main()

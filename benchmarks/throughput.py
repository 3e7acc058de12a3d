"""Throughput of the full audit beside a bare spaCy blank(lang) + sentencizer, on the same
~1 MB of varied ad text, in the same run (CPU seconds of this process, best of --repeat).
Also start-up time (wall clock, a fresh CLI process) and peak memory.

    python benchmarks/throughput.py [--lang en|ja] [--megabytes 1.0] [--repeat 3]

English text comes from samples/{ads,compliant,critical} and the English gold sets
(samples/gold/en.jsonl and those of GOLD_SETS, ten items to a document); Japanese from samples/ja
and the Japanese gold sets. Each distinct text is audited once per run: text is
repeated only where the folder holds less than the size asked for (the per-word memos of the
matchers and spaCy's own tokenizer cache would do better on text they have seen). For
Japanese the bare baseline is spacy.blank("ja") (SudachiPy) and speed is also given in
characters per second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.audit import audit_document  # noqa: E402
from analyzer.model import Document  # noqa: E402


# The gold sets the corpus reads, fixed so that figures stay comparable when sets are added
# (those of the other language are skipped where the file does not exist).
GOLD_SETS = ("blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
             "blind19", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "holdout")


def corpus(megabytes: float, lang: str) -> list[str]:
    """Sample ads and gold-set texts, each once, repeated in rotation only as far as needed to
    reach the size asked for."""
    names = ("ads", "compliant", "critical") if lang == "en" else ("ja",)
    folders = [ROOT / "samples" / name for name in names]
    texts = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                try:
                    texts.append(path.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    continue  # the Shift_JIS sample: the encoding test, not the throughput test
    gold = ROOT / "samples" / "gold"
    gold_sets = [gold / f"{lang}.jsonl", *(gold / name / f"{lang}.jsonl" for name in GOLD_SETS)]
    for gold_set in (path for path in gold_sets if path.exists()):
        lines = [json.loads(line)["text"] for line in gold_set.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts += ["\n\n".join(lines[i : i + 10]) for i in range(0, len(lines), 10)]
    texts = list(dict.fromkeys(texts))  # (a sample may be in a gold set too)
    documents, size, index = [], 0, 0
    while size < megabytes * 1_000_000:
        text = texts[index % len(texts)]
        documents.append(text)
        size += len(text.encode("utf-8"))
        index += 1
    return documents


from timing import best_of  # noqa: E402  (benchmarks/ is on sys.path when run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lang", choices=("en", "ja"), default="en")
    args = parser.parse_args()

    texts = corpus(args.megabytes, args.lang)
    documents = [Document(id=str(i), source=str(i), text=t, lang=args.lang) for i, t in enumerate(texts)]
    baseline = spacy.blank(args.lang)
    baseline.add_pipe("sentencizer")
    words = sum(sum(not t.is_space and not t.is_punct for t in doc) for doc in baseline.pipe(texts))
    audit_document(documents[0])  # build the pipeline once, outside the timing

    # CPU time of this process: both sides are single-threaded, and a busy neighbour on a
    # shared machine stretches wall-clock time of the longer run more than the shorter one.
    bare = best_of(args.repeat, lambda: [None for _ in baseline.pipe(texts)], time.process_time)
    full = best_of(args.repeat, lambda: [audit_document(d) for d in documents], time.process_time)
    size = sum(len(t.encode("utf-8")) for t in texts)
    chars = sum(len(t) for t in texts)
    print(f"corpus ({args.lang}): {len(texts)} documents, {size / 1e6:.2f} MB, {chars:,} characters, {words:,} words")
    print(f"bare spacy.blank('{args.lang}') + sentencizer: {words / bare:>10,.0f} words/s {chars / bare:>12,.0f} chars/s")
    print(f"full claimaudit audit:                {words / full:>10,.0f} words/s {chars / full:>12,.0f} chars/s")
    print(f"ratio full/bare:                      {bare / full:>10.3f}  (target >= 0.25)")

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "ad.txt"
        small.write_text("Our exosome drip cures cancer and is 100% safe.\n" if args.lang == "en"
                         else "当院のエクソソーム点滴はがんに効きます。\n", encoding="utf-8")
        command = [sys.executable, "-m", "analyzer.cli", "audit", str(small), "--fail-on", "never"]
        # Python as installed writes compiled bytecode on the first run and reads it after; a
        # sandbox's PYTHONDONTWRITEBYTECODE would make every run compile our sources again.
        environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
        startup = best_of(args.repeat, lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT,
                                                              env=environment))
    print(f"start-up, one small file (CLI process): {startup:.2f} s  (target < 1.5 s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this benchmark process:  {peak:.0f} MB")


if __name__ == "__main__":
    main()

"""Wall-clock time of a batch audit from the command line with --jobs 1 and --jobs N, run
alternately on the same JSONL batch (the throughput corpus), best of --repeat each.

    python benchmarks/batch.py [--lang en|ja] [--megabytes 1.0] [--jobs 2] [--repeat 3]

Prints documents per second of each and the speed-up. Also checks that both wrote the same
report. On a machine with fewer free cores than --jobs the speed-up says so.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from throughput import corpus  # noqa: E402  (benchmarks/ is on sys.path when run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--lang", choices=("en", "ja"), default="en")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = corpus(args.megabytes, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps({"id": str(i), "text": t, "lang": args.lang}, ensure_ascii=False) + "\n"
                                 for i, t in enumerate(texts)), encoding="utf-8")
        reports = {jobs: Path(tmp) / f"report-{jobs}.jsonl" for jobs in (1, args.jobs)}
        best = {jobs: float("inf") for jobs in reports}
        for _ in range(args.repeat):
            for jobs, report in reports.items():
                command = [sys.executable, "-m", "analyzer.cli", "audit", str(batch), "--format", "jsonl", "-o", str(report),
                           "--fail-on", "never", "--jobs", str(jobs)]
                start = time.perf_counter()
                subprocess.run(command, check=True, cwd=ROOT, env=os.environ)
                best[jobs] = min(best[jobs], time.perf_counter() - start)
        same = reports[1].read_bytes() == reports[args.jobs].read_bytes()
    print(f"batch ({args.lang}): {len(texts)} documents, {args.megabytes:g} MB, one JSONL file; CPUs here: {os.cpu_count()}")
    for jobs, seconds in best.items():
        print(f"--jobs {jobs}: {seconds:6.2f} s wall  {len(texts) / seconds:7.1f} documents/s")
    print(f"speed-up with --jobs {args.jobs}: {best[1] / best[args.jobs]:.2f}x; reports identical: {same}")


if __name__ == "__main__":
    main()

"""Shared by the benchmark scripts: the best of several timed runs (the machines are noisy)."""

from __future__ import annotations

import time


def best_of(repeat: int, function) -> float:
    """The shortest wall-clock time of ``repeat`` calls of ``function``."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return min(timings)

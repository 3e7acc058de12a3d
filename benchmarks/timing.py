"""Shared by the benchmark scripts: the best of several timed runs (the machines are noisy)."""

from __future__ import annotations

import time


def best_of(repeat: int, function, clock=time.perf_counter) -> float:
    """The shortest time of ``repeat`` calls of ``function``, by ``clock``: wall-clock by
    default; ``time.process_time`` (CPU seconds of this process) for work done in-process,
    which other processes on a shared machine disturb much less."""
    timings = []
    for _ in range(repeat):
        start = clock()
        function()
        timings.append(clock() - start)
    return min(timings)

"""Auditing a stream of inputs in input order, in this process or in several (``--jobs``).

A regulator's batch holds thousands of pages. Each audit is independent and single-threaded,
so ``audit_all(items, options_for, jobs=N)`` hands them to N worker processes and gives the
outcomes back in the order the inputs came in: a report does not depend on ``--jobs``.

Each outcome is a :class:`DocumentResult`, or an :class:`InputFailure` for an input that could
not be read (passed through as it came) or whose language is not supported. A coded error
(a broken lexicon) stops the batch, as it does in one process.

Workers are forked where the system can (Linux): they start with what the parent has loaded.
Each worker builds its own spaCy pipelines for the languages it meets: memory grows with N.
A worker that dies (killed, out of memory) stops the batch with a coded error naming the
input it was given, rather than leaving the batch waiting for it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from analyzer.audit import AuditOptions, UnsupportedLanguage, audit_document
from analyzer.errors import ClaimAuditError
from analyzer.model import Document, DocumentResult, InputFailure

AHEAD_PER_WORKER = 4
Item = Document | InputFailure
Outcome = DocumentResult | InputFailure


def worker_count(jobs: int) -> int:
    """``--jobs``: 0 means one worker per CPU this process may use."""
    if jobs < 0:
        raise ValueError(f"--jobs must be 0 (one per CPU) or more, not {jobs}")
    if jobs == 0:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return jobs


def audit_item(item: Item, options: AuditOptions | None) -> Outcome:
    """The outcome of one input: its audit, or why it has none."""
    if isinstance(item, InputFailure):
        return item
    try:
        return audit_document(item, options)
    except UnsupportedLanguage as error:
        return InputFailure(item.source, str(error))


@contextmanager
def audit_all(items: Iterable[Item], options_for: Callable[[str], AuditOptions],
              jobs: int = 1) -> Iterator[Iterator[Outcome]]:
    """Outcomes of ``items`` in their order, from ``jobs`` worker processes (1: this process).

    A context manager: the workers start on entering it (before a progress bar starts its
    thread: forking beside a running thread is unsafe) and stop on leaving it."""
    pairs = ((item, None if isinstance(item, InputFailure) else options_for(item.source)) for item in items)
    if jobs <= 1:
        yield (audit_item(item, options) for item, options in pairs)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        pool.submit(int).result()  # the workers start now, on the first task
        yield _in_order(pool, pairs, jobs)


class WorkerDied(ClaimAuditError):
    code = "CA201"


def _in_order(pool: ProcessPoolExecutor, pairs: Iterator[tuple[Item, AuditOptions | None]],
              jobs: int) -> Iterator[Outcome]:
    # Inputs are read here, a few per worker ahead of the one awaited: a batch of any size
    # holds only that many documents in memory at a time.
    pending: deque[tuple[str, Future]] = deque()
    for item, options in pairs:
        pending.append((item.source, pool.submit(audit_item, item, options)))
        if len(pending) >= AHEAD_PER_WORKER * jobs:
            yield _outcome(*pending.popleft())
    while pending:
        yield _outcome(*pending.popleft())


def _outcome(source: str, future: Future) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerDied(f"a worker process stopped while auditing {source} or an input near it "
                         f"(killed, or out of memory?): {error}") from error

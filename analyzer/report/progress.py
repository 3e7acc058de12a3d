"""A progress bar for batches, on standard error, only when it is a terminal.

``batch_progress(enabled)`` is a context manager yielding ``advance(source)``; when disabled
(output piped, a single file, CI logs) it yields a function that does nothing and prints nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def is_batch(inputs: list[str]) -> bool:
    """Several inputs, a directory or a JSONL batch."""
    if len(inputs) != 1:
        return True
    only = inputs[0]
    return only.endswith(".jsonl") or (not only.startswith(("http://", "https://")) and only != "-" and Path(only).is_dir())


def count_inputs(inputs: list[str]) -> int | None:
    """How many documents and failures a batch yields, when that is cheap to know (files and
    directories, walked as ``analyzer.ingest`` walks them); None when a JSONL batch is in it."""
    total = 0
    for item in inputs:
        if item.endswith(".jsonl"):
            return None
        if item == "-" or item.startswith(("http://", "https://")) or not Path(item).is_dir():
            total += 1
            continue
        for root, dirs, files in os.walk(item):
            total += sum(1 for d in dirs if d.startswith("."))
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            if any(name.endswith(".jsonl") for name in files):
                return None
            total += len(files)
    return total


@contextmanager
def batch_progress(enabled: bool, total: int | None = None, console: Console | None = None) -> Iterator[Callable[[str], None]]:
    if not enabled:
        yield lambda source: None
        return
    # rich loads here, not at import: a single-file audit (a clinic's CI lint) never draws a bar.
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = console or Console(file=sys.stderr)
    columns = (SpinnerColumn(), TextColumn("auditing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[source]}", style="dim"))
    with Progress(*columns, console=console, transient=True, redirect_stdout=False, redirect_stderr=False) as progress:
        task = progress.add_task("audit", total=total, source="")

        def advance(source: str) -> None:
            progress.update(task, advance=1, source=source[-60:])

        yield advance

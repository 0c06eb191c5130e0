"""A console progress bar for ingest, shown only where someone is watching.

The bar appears on an interactive terminal when more than a few documents are read,
and never in pipes, logs or tests (rich's ``Console.is_terminal`` decides). The crawl
discovers its total as it goes, so the total grows as links are queued.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sources.crawl import ProgressHook

SHOW_FROM = 3  # documents; one or two do not need a bar


class RichProgress(ProgressHook):
    """Forwards crawl and folder progress to a rich bar; safe to call from fetch threads."""

    def __init__(self, progress: Progress, description: str) -> None:
        self._progress = progress
        self._lock = threading.Lock()
        self._total = 0
        self._task = progress.add_task(description, total=None, visible=False)

    def add(self, total: int) -> None:
        with self._lock:
            self._total += total
            self._progress.update(self._task, total=self._total, visible=self._total >= SHOW_FROM)

    def advance(self, done: int = 1) -> None:
        self._progress.advance(self._task, done)


@contextmanager
def console_progress(description: str = "ingesting", console: Console | None = None) -> Iterator[ProgressHook]:
    """A :class:`ProgressHook` drawing a bar on stderr, or a silent one when stderr is not a terminal."""
    console = console or Console(stderr=True)
    if not console.is_terminal:
        yield ProgressHook()
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        yield RichProgress(progress, description)

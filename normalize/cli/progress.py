"""The progress bar on stderr: shown on a terminal for runs over several files, moved after every file.

The bar is redrawn when a file is done, not by a timer: a timer thread only gets to
draw between the long stretches the pipeline spends in compiled code, so with no
worker processes the bar could sit at 0 for a whole run.
"""

from __future__ import annotations

import sys
import time

#: Redraws are at least this far apart (seconds), except the first and the last.
REDRAW_EVERY = 0.05


class Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,
        )
        self._bar.start()
        self._task = self._bar.add_task("normalizing", total=total)
        self._done = 0
        self._total = total
        self._drawn = 0.0
        self._bar.refresh()

    def advance(self) -> None:
        self._bar.advance(self._task)
        self._done += 1
        now = time.monotonic()
        if now - self._drawn >= REDRAW_EVERY or self._done == self._total or self._done == 1:
            self._bar.refresh()
            self._drawn = now

    def close(self) -> None:
        self._bar.stop()


def progress_for(total: int, quiet: bool) -> Progress | None:
    """A bar for runs over several files on a terminal, unless --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    return Progress(total)

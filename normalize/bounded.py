"""Keeping each rule's work on a document bounded: a time budget per document, and long lines cut up.

``--timeout`` is what one rule may spend on one document.  A regex timeout bounds a
single call, and a stage that calls a regex once per candidate (a doubled word
tried at every "the the" of a text) could spend it thousands of times over; a
``Budget`` is a deadline instead, and each call gets only what is left of it.

Some of the pipeline's work is superlinear in the length of what it is given at
once (a diff, ftfy's own passes), and text with no line breaks (a scraped page as
one line) gives it a whole document at once.  ``pieces`` cuts a long run of text
at spaces into parts of bounded length, which such a step then takes one by one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

#: Characters of a line handed to a superlinear step at once; longer lines are cut at a space.
PIECE_CHARACTERS = 4096


class Budget:
    """A deadline for one rule on one document; ``left()`` raises ``TimeoutError`` once it has passed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._deadline = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left (more than 0), for the next regex call's ``timeout``."""
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"budget of {self.seconds:g}s spent")
        return remaining


def pieces(text: str, start: int, end: int, size: int = PIECE_CHARACTERS) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as consecutive spans of at most about ``size`` characters, cut after a space.

    A span with no space in its second half is cut at ``size`` exactly.
    """
    while end - start > size:
        space = text.rfind(" ", start + size // 2, start + size)
        cut = space + 1 if space != -1 else start + size
        yield start, cut
        start = cut
    yield start, end

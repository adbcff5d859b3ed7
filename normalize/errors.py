"""Error types that callers can catch and that the CLI turns into one-line messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class NormalizeError(Exception):
    """Base class: every error the package raises on purpose is one of these."""


class RulePackError(NormalizeError):
    """A rule pack cannot be loaded; the message names the file and, where known, the rule."""

    def __init__(self, path: str, message: str, rule: str | None = None, line: int | None = None) -> None:
        where = path if line is None else f"{path}:{line}"
        if rule:
            where = f"{where}: rule '{rule}'"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.rule = rule
        self.line = line


class InputError(NormalizeError):
    """An input file or stream cannot be read as text."""


class SelectionError(NormalizeError):
    """``select`` or ``ignore`` names something no loaded rule is: a typo would otherwise pass in silence."""


def did_you_mean(name: str, choices: Iterable[str], otherwise: str = "") -> str:
    """The end of an error about an unknown name: the nearest real one ("; did you mean 'x'?"), or ``otherwise``."""
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f"; did you mean '{close[0]}'?" if close else otherwise

"""What every command shares: exit codes, one-line errors, plurals, colour, and the option declarations.

An option several commands take (``--rules``, ``--select``, ``--config``) is declared
once here, so its name, help and metavar cannot drift apart between commands.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from ..errors import NormalizeError

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


class UsageError(NormalizeError):
    """The options given do not fit together."""


def fail(message: str) -> None:
    typer.echo(f"normalize: error: {message}", err=True)


def warn(message: str) -> None:
    typer.echo(f"normalize: warning: {message}", err=True)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 edit', '3 edits', '1 passage', '2 passages' ("many" for an irregular plural)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


def colour_on(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (to anything: https://no-color.org)."""
    if "NO_COLOR" in os.environ:
        return False
    return stream.isatty()


def coloured(text: str, code: str, on: bool) -> str:
    """``text`` in an ANSI style (``code``: "31" red, "32" green, "1" bold, "36" cyan ...) when ``on``."""
    return f"\x1b[{code}m{text}\x1b[0m" if on and text else text


def stdout_colour() -> bool:
    return colour_on(sys.stdout)


def stderr_colour() -> bool:
    return colour_on(sys.stderr)


# --- option declarations shared by several commands -------------------------------------

CONFIG_HELP = "Settings file (default: the nearest normalize.toml, or a pyproject.toml with a tool.normalize table)."

RulesOption = Annotated[
    list[str] | None,
    typer.Option("--rules", metavar="PACK", help="Extra rule pack (name or path); repeatable."),
]
NoDefaultRules = Annotated[bool, typer.Option("--no-default-rules", help="Do not load the bundled packs.")]
SelectOption = Annotated[
    list[str] | None,
    typer.Option(metavar="NAMES", help="Only these rule ids/categories/kinds/packs (comma-separated, repeatable)."),
]
IgnoreOption = Annotated[
    list[str] | None,
    typer.Option(metavar="NAMES", help="Skip these rule ids/categories/kinds/packs (comma-separated, repeatable)."),
]
ConfigOption = Annotated[Path | None, typer.Option(metavar="FILE", help=CONFIG_HELP)]
NoConfig = Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")]
FieldOption = Annotated[str, typer.Option(metavar="NAME", help="With --jsonl, the field to repair.")]

"""`normalize version`."""

from __future__ import annotations

import typer

from .. import __version__
from .helptext import HelpCommand, settings


def register(app: typer.Typer) -> None:
    app.command("version", cls=HelpCommand, context_settings=settings())(version)


def version() -> None:
    """Print the version."""
    typer.echo(f"normalize {__version__}")

"""`normalize apply`: write a reviewed report back (see ``normalize.apply``), and say what was done."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import NormalizeError
from .common import EXIT_ERROR, EXIT_OK, fail, plural
from .helptext import HelpCommand, settings


def register(app: typer.Typer) -> None:
    app.command("apply", cls=HelpCommand, context_settings=settings())(apply_cmd)


def apply_cmd(
    report: Annotated[
        Path, typer.Argument(help="A report written by --report (.json, .jsonl or .html).", show_default=False)
    ],
    decisions: Annotated[Path | None, typer.Option(metavar="FILE", help="Decisions exported from the page.")] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Write the files under this folder, as `fix --out` does (fixed/x.txt)."),
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite the reported files in place.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Write the text with only the accepted edits applied (rejected ones keep the source)."""
    from ..apply import run_apply

    try:
        done = run_apply(report, decisions, out, in_place)
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if not quiet and (out is not None or in_place):  # printed text stays the only output
        total = done.edits + done.rejected
        suggestions = f", {plural(done.suggestions, 'suggestion')} accepted" if done.suggestions else ""
        where = f"under {out}" if out is not None else "in place"
        typer.echo(
            f"normalize: applied {done.edits} of {plural(total, 'edit')} ({done.rejected} rejected){suggestions}; "
            f"{plural(done.written, 'file')} of {done.files} written {where}",
            err=True,
        )
    raise typer.Exit(EXIT_OK)

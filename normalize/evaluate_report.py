"""Output of ``normalize eval``: the tables, the per-edit details, and the command itself.

The scoring lives in ``normalize.evaluate``; this module only shows it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .evaluate import Evaluation, evaluate, folders_of, pair_paths
from .pipeline import Normalizer

# --- output ---------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def render_tables(evaluation: Evaluation, width: int | None = None) -> None:
    """Overall, per-category and per-rule tables on standard output."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width or (None if sys.stdout.isatty() else 120))
    o = evaluation.overall
    console.print(
        f"{len(evaluation.pairs)} pairs: {o.made + o.missed} expected changes, {o.edits} edits; "
        f"precision {_percent(o.precision)}, recall {_percent(o.recall)}"
        + (f"; {evaluation.flagged_misses} missed changes were flagged for review" if evaluation.flagged_misses else "")
    )
    for title, rows in (("overall", [o]), ("by category", evaluation.by_category), ("by rule", evaluation.by_rule)):
        table = Table(title=title, title_justify="left")
        for column in ("name", "edits", "matched", "unexpected", "expected", "made", "missed", "precision", "recall"):
            table.add_column(column, justify="left" if column == "name" else "right")
        for row in rows:
            table.add_row(
                row.name,
                str(row.edits),
                str(row.matched),
                str(row.unexpected),
                str(row.made + row.missed),
                str(row.made),
                str(row.missed),
                _percent(row.precision),
                _percent(row.recall),
            )
        console.print(table)


def detail_lines(evaluation: Evaluation) -> list[str]:
    """``file:line:col: unexpected|missed ...``, one per edit that did not match and per change not made."""
    lines = []
    for pair in evaluation.pairs:
        for i, edit in enumerate(pair.edits):
            if i not in pair.matched:
                where = _position(pair.source, edit.start)
                lines.append(f"{pair.name}:{where}: unexpected {edit.rule} {edit.original!r} → {edit.replacement!r}")
        for c in pair.missed():
            change = pair.changes[c]
            note = " (flagged)" if pair.flagged(change) else ""
            where = _position(pair.source, change.start)
            lines.append(f"{pair.name}:{where}: missed {change.original!r} → {change.replacement!r}{note}")
    return lines


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


# --- the command ----------------------------------------------------------------------


def register(app: Any) -> None:
    """Add ``normalize eval`` to the command-line application."""

    @app.command("eval")
    def eval_cmd(
        ctx: typer.Context,
        folder: Annotated[
            Path | None, typer.Argument(help="A folder holding input/ and expected/ (same file names).")
        ] = None,
        input_dir: Annotated[Path | None, typer.Option("--input", help="Folder of inputs (with --expected).")] = None,
        expected_dir: Annotated[
            Path | None, typer.Option("--expected", help="Folder of reviewed texts (with --input).")
        ] = None,
        output_format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
        details: Annotated[
            bool, typer.Option("--details", help="Also list each unexpected edit and missed change.")
        ] = False,
        glob: Annotated[str, typer.Option(help="Which files to take from the folders.")] = "*.txt",
        encoding: Annotated[str, typer.Option(help="Encoding of both folders' files.")] = "utf-8",
        rules: Annotated[list[str] | None, typer.Option("--rules", help="Extra rule pack; repeatable.")] = None,
        no_default_rules: Annotated[
            bool, typer.Option("--no-default-rules", help="Do not load the bundled packs.")
        ] = False,
        select: Annotated[list[str] | None, typer.Option(help="Only these rule ids/categories/kinds/packs.")] = None,
        ignore: Annotated[list[str] | None, typer.Option(help="Skip these rule ids/categories/kinds/packs.")] = None,
        config: Annotated[Path | None, typer.Option(help="Settings file (default: the nearest normalize.toml).")] = (
            None
        ),
        no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
    ) -> None:
        """Score the rules on reviewed pairs: edits that match, edits that do not, changes missed."""
        import json

        from . import cli

        wanted = {"rules": rules, "no_default_rules": no_default_rules, "select": select, "ignore": ignore}
        try:
            if output_format not in ("table", "json"):
                raise cli.UsageError(f"--format must be table or json, not '{output_format}'")
            chosen = cli.settings_for(wanted, cli._from_command_line(ctx), config, no_config)
            selected = cli.split_names(chosen["select"])
            normalizer = Normalizer(
                packs=cli.pack_specs(chosen["rules"], chosen["no_default_rules"]),
                select=selected,
                ignore=cli.split_names(chosen["ignore"]),
            )
            pairs = pair_paths(*folders_of(folder, input_dir, expected_dir), glob)
            evaluation = evaluate(normalizer, pairs, encoding)
        except cli.NormalizeError as exc:
            cli.fail(str(exc))
            raise typer.Exit(cli.EXIT_ERROR) from None
        if output_format == "json":
            typer.echo(json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=1))
        else:
            render_tables(evaluation)
            for line in detail_lines(evaluation) if details else []:
                typer.echo(line)

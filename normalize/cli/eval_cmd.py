"""`normalize eval`: score the rules on reviewed pairs (``normalize.evaluate``; shown by ``evaluate_report``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from ..config import settings_for
from ..errors import NormalizeError
from ..evaluate import evaluate_sets, folders_of, set_pairs
from ..evaluate_report import detail_lines, render_tables
from ..pipeline import Normalizer
from .common import (
    EXIT_ERROR,
    ConfigOption,
    IgnoreOption,
    NoConfig,
    NoDefaultRules,
    RulesOption,
    SelectOption,
    UsageError,
    fail,
)
from .fix import from_command_line
from .helptext import HelpCommand, settings
from .options import pack_specs, split_names


def register(app: typer.Typer) -> None:
    app.command("eval", cls=HelpCommand, context_settings=settings())(eval_cmd)


def eval_cmd(
    ctx: typer.Context,
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="FOLDER", help="A folder holding input/ and expected/ (same names), or subfolders that each do."
        ),
    ] = None,
    input_dir: Annotated[Path | None, typer.Option("--input", help="Folder of inputs (with --expected).")] = None,
    expected_dir: Annotated[
        Path | None, typer.Option("--expected", help="Folder of reviewed texts (with --input).")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", metavar="table|json", help="table or json.")] = "table",
    details: Annotated[
        bool, typer.Option("--details", help="Also list each unexpected edit and missed change.")
    ] = False,
    glob: Annotated[str, typer.Option(metavar="PATTERN", help="Which files to take from the folders.")] = "*.txt",
    encoding: Annotated[str, typer.Option(metavar="NAME", help="Encoding of both folders' files.")] = "utf-8",
    rules: RulesOption = None,
    no_default_rules: NoDefaultRules = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    config: ConfigOption = None,
    no_config: NoConfig = False,
) -> None:
    """Score the rules on reviewed pairs: edits that match, edits that do not, changes missed."""
    wanted = {"rules": rules, "no_default_rules": no_default_rules, "select": select, "ignore": ignore}
    try:
        if output_format not in ("table", "json"):
            raise UsageError(f"--format must be table or json, not '{output_format}'")
        chosen = settings_for(wanted, from_command_line(ctx), config, no_config)
        normalizer = Normalizer(
            packs=pack_specs(chosen["rules"], chosen["no_default_rules"]),
            select=split_names(chosen["select"]) or None,
            ignore=split_names(chosen["ignore"]),
        )
        sets = set_pairs(folders_of(folder, input_dir, expected_dir), glob)
        evaluation = evaluate_sets(normalizer, sets, encoding)
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    if output_format == "json":
        typer.echo(json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=1))
    else:
        render_tables(evaluation)
        for line in detail_lines(evaluation) if details else []:
            typer.echo(line)

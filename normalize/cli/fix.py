"""`normalize fix` (the default command): its options, turned into ``FixOptions`` once, then run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from ..config import settings_for
from ..errors import NormalizeError
from ..fileguard import RUN_LOCK
from ..settings import DEFAULT_TIMEOUT
from .common import (
    EXIT_ERROR,
    ConfigOption,
    FieldOption,
    IgnoreOption,
    NoConfig,
    NoDefaultRules,
    RulesOption,
    SelectOption,
    fail,
    stderr_colour,
    stdout_colour,
)
from .helptext import HelpCommand, settings
from .inputs import usable_cpus
from .options import build_fix_options
from .run import run_fix
from .writer import Writer

EPILOG = """\
--out: with one input file, a name with a suffix (fixed.txt) is the file to write, anything else a folder
to write it into; with standard input, the file to write; with several inputs or a folder, the folder to
write under (made if missing), paths kept below it.

--check and --diff write nothing, so they take neither --out nor --in-place (nor each other).

Flagged passages are named on stderr (file:line:col rule message) unless --quiet.

A file named *.jsonl needs --jsonl; --field and --skip-bad-lines need --jsonl.

Other commands (each with -h): apply, rules list|show|test, corpus, eval, version."""


def from_command_line(ctx: typer.Context) -> Callable[[str], bool]:
    """Whether an option was given on the command line (it then wins over the settings file).

    Compared by name: newer Typer releases carry their own copy of Click's ``ParameterSource``.
    """

    def given(name: str) -> bool:
        source = ctx.get_parameter_source(name)
        return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")

    return given


def register(app: typer.Typer) -> None:
    app.command("fix", cls=HelpCommand, context_settings=settings(), epilog=EPILOG)(fix)


# Over 60 lines only with Typer's option declarations; the body is a dozen lines.
def fix(
    ctx: typer.Context,
    inputs: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Files, folders, or - for standard input.", show_default=False)
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the repaired file here, or files under this folder.")
    ] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite files in place (atomically).")] = False,
    backup: Annotated[
        str | None, typer.Option(metavar="SUFFIX", help="With --in-place, keep the original as FILE+SUFFIX.")
    ] = None,
    glob: Annotated[str, typer.Option(metavar="PATTERN", help="Which files to take from folders.")] = "*.txt",
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 if any file would change.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff instead of the text.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="List every edit and flag on stderr: path:line:col rule message.")
    ] = False,
    report: Annotated[Path | None, typer.Option(help="Write a report: .json, .jsonl or .html.")] = None,
    rules: RulesOption = None,
    no_default_rules: NoDefaultRules = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, flags or summaries.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Inputs are JSON Lines; repair one field.")] = False,
    field: FieldOption = "text",
    skip_bad_lines: Annotated[
        bool, typer.Option("--skip-bad-lines", help="With --jsonl, keep bad lines as they are and go on.")
    ] = False,
    encoding: Annotated[str, typer.Option(metavar="NAME", help="Encoding of the inputs.")] = "utf-8",
    output_encoding: Annotated[
        str | None, typer.Option(metavar="NAME", help="Encoding of the files written (default: --encoding).")
    ] = None,
    errors: Annotated[
        str, typer.Option(metavar="strict|replace", help="replace: go on past undecodable bytes.")
    ] = "strict",
    timeout: Annotated[float, typer.Option(help="Seconds one rule may spend on one document.")] = DEFAULT_TIMEOUT,
    style: Annotated[
        bool, typer.Option("--style", help="House style on: map a house style's spellings in every document.")
    ] = False,
    absolute_paths: Annotated[bool, typer.Option("--absolute-paths", help="Use absolute paths in reports.")] = False,
    stream_bytes: Annotated[
        int,
        typer.Option(metavar="BYTES", min=1024, help="Files larger than this are processed piece by piece."),
    ] = 16 * 1024 * 1024,
    config: ConfigOption = None,
    no_config: NoConfig = False,
) -> None:
    """Repair text files (the default command: `normalize FILE` is `normalize fix FILE`)."""
    raw = {k: v for k, v in locals().items() if k not in ("ctx", "config", "no_config")}
    given = from_command_line(ctx)
    try:
        options = build_fix_options(settings_for(raw, given, config, no_config), given, usable_cpus)
        code = run_fix(options, Writer(options, colour=stderr_colour(), colour_out=stdout_colour()))
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    finally:
        RUN_LOCK.release()
    raise typer.Exit(code)

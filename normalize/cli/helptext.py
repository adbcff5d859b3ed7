"""Help pages as people read them: `-o, --out PATH  Write ...`, no Python types, no boxes.

Typer's pages show each option's Python type (``<bool>``, ``<list[str]>``) and the
arguments as ``{inputs}...``; these commands show a metavar only where an option
takes a value (its own, or the type's name in capitals), as Click and most tools do.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

# Typer carries its own copy of Click, so parameters are told apart by what they say they are
# (``param_type_name``) rather than by Click's classes, and contexts and formatters are typed ``Any``.

#: The metavar of an option that names none, by the type of its value.
_METAVARS = {int: "N", float: "SECONDS", Path: "PATH", str: "TEXT"}


def _metavar(param: Any) -> str:
    if param.metavar is not None:
        return str(param.metavar)
    return _METAVARS.get(param.type_descriptor.annotation, "VALUE")


def _default(param: Any) -> str:
    value = param.default
    if (getattr(param, "is_flag", False)) or value in (None, (), [], False) or callable(value):
        return ""
    return f"  [default: {value}]"


def _record(param: Any) -> tuple[str, str]:
    help_text = getattr(param, "help", None) or ""
    if _is_argument(param):
        return _argument_name(param), help_text
    names = ", ".join(sorted(param.opts, key=len))
    if not param.is_flag:
        names += f" {_metavar(param)}"
    return names, help_text + _default(param)


def _is_argument(param: Any) -> bool:
    return bool(param.param_type_name == "argument")


def _argument_name(param: Any) -> str:
    name = param.metavar or (param.name or "").upper()
    return name if param.nargs == 1 or name.endswith("...") else f"{name}..."


class HelpCommand(TyperCommand):
    """A command whose help page is plain Click, with metavars instead of Python types."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if _is_argument(param):
                name = _argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments = [_record(p) for p in self.get_params(ctx) if _is_argument(p)]
        options = [_record(p) for p in self.get_params(ctx) if not _is_argument(p)]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        with formatter.section("Options"):
            formatter.write_dl(options)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        super(TyperCommand, self).format_help(ctx, formatter)  # Click's plain page, not Typer's boxes

    def format_epilog(self, ctx: Any, formatter: Any) -> None:
        if self.epilog:
            formatter.write_paragraph()
            for number, paragraph in enumerate(self.epilog.split("\n\n")):
                if number:
                    formatter.write_paragraph()
                formatter.write_text(" ".join(paragraph.split()))


class HelpGroup(TyperGroup):
    """A group whose help page is plain Click, as its commands' are."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        super(TyperGroup, self).format_help(ctx, formatter)  # Click's plain page, not Typer's boxes

    def format_options(self, ctx: Any, formatter: Any) -> None:
        options = [_record(p) for p in self.get_params(ctx) if not _is_argument(p)]
        with formatter.section("Options"):
            formatter.write_dl(options)
        self.format_commands(ctx, formatter)


def settings(**extra: Any) -> dict[str, Any]:
    """Context settings every command shares: `-h` as well as `--help`."""
    return {"help_option_names": ["-h", "--help"], **extra}


def group(help: str) -> typer.Typer:
    """A command group (the app, ``rules``) with plain help pages, `-h`, and no completion or pretty tracebacks."""
    return typer.Typer(
        cls=HelpGroup,
        add_completion=False,
        pretty_exceptions_enable=False,
        no_args_is_help=True,
        rich_markup_mode=None,
        context_settings=settings(),
        help=help,
    )

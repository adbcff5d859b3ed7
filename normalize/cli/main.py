"""The entry point: route `normalize FILE` to `fix`, and end every failure in one line with the right exit code."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import NormalizeError
from .common import EXIT_ERROR, fail

#: The subcommands; any other first word is an input of `fix`.
COMMANDS = {"fix", "apply", "rules", "version", "corpus", "eval"}
RULES_COMMANDS = ("list", "show", "test")


def route(args: Sequence[str]) -> list[str]:
    """A first argument that is not a command is an input, so `normalize FILE` means `normalize fix FILE`.

    `normalize --help` (or nothing at all) shows `fix`'s page, the one most people need;
    it ends with the other commands.
    """
    args = list(args)
    if args and args[0] == "--version":
        return ["version"]
    if not args or args[0] in ("--help", "-h"):
        return ["fix", "--help"]
    if args[0] not in COMMANDS:
        return ["fix", *args]
    return args


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that half-written temporary files are removed."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `normalize` command."""
    import signal

    from . import app

    args = route(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = app(args=args, prog_name="normalize", standalone_mode=False)
    except KeyboardInterrupt:
        fail("interrupted; files already written are complete, the others untouched")
        sys.exit(130)
    except Terminated:
        fail("terminated; files already written are complete, the others untouched")
        sys.exit(143)
    except NormalizeError as exc:
        fail(str(exc))
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        if type(exc).__name__ == "Abort" or _interrupted(exc):  # Click's form of Ctrl-C, or one a library caught
            fail("interrupted; files already written are complete, the others untouched")
            sys.exit(130)
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # a usage error Click found
            message = " ".join(exc.format_message().split())
            if message:  # no message: the help page was shown for a command given nothing
                fail(f"{message} (see 'normalize {_command_of(args)}--help'){_also_a_path(args)}")
            sys.exit(exc.exit_code)
        fail(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0])  # a bug of ours: one line all the same
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else 0)


def _also_a_path(args: Sequence[str]) -> str:
    """A command word that is also a file or folder here: say how to repair that instead."""
    if args and args[0] in COMMANDS and args[0] != "fix" and Path(args[0]).exists():
        return f"; '{args[0]}' is also a file or folder here: to repair it, run 'normalize fix {args[0]} ...'"
    return ""


def _interrupted(exc: BaseException) -> bool:
    """Was ``exc`` raised while handling Ctrl-C (langdetect's loader turns any exception into its own)?"""
    seen = exc.__context__
    while seen is not None:
        if isinstance(seen, (KeyboardInterrupt, Terminated)):
            return True
        seen = seen.__context__
    return False


def _command_of(args: Sequence[str]) -> str:
    """The command words of ``args`` ("fix ", "rules test "), to point at the right help page."""
    words: list[str] = []
    for arg in args:
        if arg.startswith("-") or (words and words[-1] != "rules"):
            break
        if arg in COMMANDS or (words == ["rules"] and arg in RULES_COMMANDS):
            words.append(arg)
        else:
            break
    return "".join(f"{w} " for w in words)

"""``FixOptions``: what `normalize fix` was asked to do, built and checked once, before any file is read.

Every combination that makes no sense is refused here, in one line, so that no
run does work and then fails (a report into a missing folder), and no option is
silently ignored (``--field`` without ``--jsonl``).  What ``--out`` means follows
from the inputs:

- one input file: ``--out`` with a file suffix (``fixed.txt``) that is not a folder
  already names the file to write; otherwise it is a folder (made if missing) the
  file is written into under its own name;
- standard input: ``--out`` names the file to write (it has no name to keep, so an
  existing folder is refused);
- several inputs or a folder: ``--out`` names a folder, made if missing; a folder's
  files keep their paths below it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..fileguard import check_backup_suffix, check_glob
from ..packs import DEFAULT_PACKS
from ..settings import NormalizerSettings
from .common import UsageError

REPORT_SUFFIXES = (".json", ".jsonl", ".html", ".htm")


@dataclass(frozen=True)
class FixOptions:
    """The checked options of one run; derived values (``jobs``, ``output_encoding``) already resolved."""

    inputs: tuple[str, ...]
    rules: NormalizerSettings
    out: Path | None = None
    #: ``--out`` names the one file to write (see the module's docstring), not a folder.
    out_is_file: bool = False
    #: Whether the ``--out`` folder existed before the run (if not, no target below it can be an input).
    out_existed: bool = False
    in_place: bool = False
    backup: str | None = None
    glob: str = "*.txt"
    check: bool = False
    diff: bool = False
    explain: bool = False
    report: Path | None = None
    jobs: int = 1
    quiet: bool = False
    jsonl: bool = False
    field: str = "text"
    skip_bad_lines: bool = False
    encoding: str = "utf-8"
    output_encoding: str = "utf-8"
    errors: str = "strict"
    absolute_paths: bool = False
    stream_bytes: int = 16 * 1024 * 1024

    @property
    def writes(self) -> bool:
        """Files are written (not printed, checked or diffed)."""
        return not (self.check or self.diff) and (self.out is not None or self.in_place)

    @property
    def rewrites(self) -> bool:
        """Input files are rewritten in place."""
        return self.in_place and not (self.check or self.diff)

    @property
    def needs_edits(self) -> bool:
        """Something the parent process prints or writes needs every edit (not only the repaired text)."""
        return self.report is not None or self.diff or self.explain or self.jsonl


def build_fix_options(raw: Mapping[str, Any], given: Callable[[str], bool], cpus: Callable[[], int]) -> FixOptions:
    """Check the options (``given``: named on the command line) and resolve what follows from them."""
    inputs = tuple(raw["inputs"])
    _check_values(raw)
    _check_combinations(raw, inputs, given)
    out: Path | None = raw["out"]
    one_file = len(inputs) == 1 and inputs[0] != "-" and not Path(inputs[0]).is_dir()
    out_is_file = out is not None and not out.is_dir() and (inputs == ("-",) or (one_file and bool(out.suffix)))
    if out is not None:
        _check_out(out, inputs, out_is_file)
    report: Path | None = raw["report"]
    if report is not None:
        _check_report(report, out if out is not None and not out_is_file else None)
    select = _split_names(raw["select"])
    return FixOptions(
        inputs=inputs,
        rules=NormalizerSettings.of(
            packs=_pack_specs(raw["rules"], raw["no_default_rules"]),
            select=select if raw["select"] else None,
            ignore=_split_names(raw["ignore"]),
            timeout=raw["timeout"],
            style=raw["style"],
        ),
        out=out,
        out_is_file=out_is_file,
        out_existed=out is not None and out.exists(),
        in_place=raw["in_place"],
        backup=raw["backup"],
        glob=raw["glob"],
        check=raw["check"],
        diff=raw["diff"],
        explain=raw["explain"],
        report=report,
        jobs=raw["jobs"] or cpus(),
        quiet=raw["quiet"],
        jsonl=raw["jsonl"],
        field=raw["field"],
        skip_bad_lines=raw["skip_bad_lines"],
        encoding=raw["encoding"],
        output_encoding=raw["output_encoding"] or raw["encoding"],
        errors=raw["errors"],
        absolute_paths=raw["absolute_paths"],
        stream_bytes=raw["stream_bytes"],
    )


def _check_values(raw: Mapping[str, Any]) -> None:
    if raw["errors"] not in ("strict", "replace"):
        raise UsageError("--errors must be 'strict' or 'replace'")
    if not raw["timeout"] > 0:
        raise UsageError(f"--timeout must be more than 0 seconds, not {raw['timeout']:g}")
    check_glob(raw["glob"])
    check_backup_suffix(raw["backup"])


def _check_combinations(raw: Mapping[str, Any], inputs: tuple[str, ...], given: Callable[[str], bool]) -> None:
    if raw["out"] is not None and raw["in_place"]:
        raise UsageError("--out and --in-place cannot be used together")
    if raw["backup"] is not None and not raw["in_place"]:
        raise UsageError("--backup only makes sense with --in-place")
    if raw["in_place"] and "-" in inputs:
        raise UsageError("cannot rewrite standard input in place")
    for flag in ("diff", "check"):
        if raw[flag] and (raw["out"] is not None or raw["in_place"]):
            raise UsageError(f"--{flag} changes nothing and writes nothing; drop --out / --in-place")
    if raw["diff"] and raw["check"]:
        raise UsageError("--check and --diff cannot be used together (--check lists files, --diff prints changes)")
    for name in ("field", "skip_bad_lines"):
        if given(name) and not raw["jsonl"]:
            raise UsageError(f"--{name.replace('_', '-')} only makes sense with --jsonl")


def _check_out(out: Path, inputs: tuple[str, ...], out_is_file: bool) -> None:
    """``--out`` checked against the inputs before any is read (see the module's docstring)."""
    if inputs == ("-",) and out.is_dir():
        raise UsageError(f"{out}: standard input has no file name; --out names the file to write")
    if out_is_file:
        if inputs[0] != "-" and out.exists() and os.path.samefile(out, inputs[0]):
            raise UsageError(f"{out}: --out would overwrite the input; use --in-place")
        if not out.parent.is_dir():
            raise UsageError(f"{out}: --out names a file in a folder that does not exist ({out.parent})")
        return
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: --out names a folder to write into, and this is a file")
    for item in inputs:
        if item != "-" and Path(item).is_dir() and out.exists() and os.path.samefile(out, item):
            raise UsageError(f"{out}: --out would overwrite the input; use --in-place or another folder")


def _check_report(report: Path, out_folder: Path | None) -> None:
    """A report goes into a folder that exists, or into the ``--out`` folder the run makes."""
    if report.suffix.lower() not in REPORT_SUFFIXES:
        raise UsageError(f"{report}: report format must be .json, .jsonl or .html")
    folder = report.parent
    made_by_the_run = out_folder is not None and folder.absolute().is_relative_to(out_folder.absolute())
    if not folder.is_dir() and not made_by_the_run:
        raise UsageError(f"{report}: --report into a folder that does not exist ({folder}); create it first")
    if report.is_dir():
        raise UsageError(f"{report}: --report names a file to write, and this is a folder")


def _split_names(values: Any) -> list[str]:
    """``--select a,b --select c`` → [a, b, c]."""
    return [name.strip() for value in values or () for name in value.split(",") if name.strip()]


def _pack_specs(rules: Any, no_default_rules: bool) -> list[str]:
    specs = [] if no_default_rules else list(DEFAULT_PACKS)
    specs.extend(rules or [])
    if not specs:
        raise UsageError("--no-default-rules needs at least one --rules PACK")
    return specs


split_names = _split_names
pack_specs = _pack_specs

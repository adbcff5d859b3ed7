"""The one writer: what every way of processing a file (in memory, in a worker, streamed) does with its result.

A file's result is checked (``--check``), explained (``--explain``), its flags and
skipped rules named on stderr, and then printed, diffed, or written to ``--out`` or
in place, here and only here.  What there is to print is gathered into a ``Said``
that the parent prints in input order, so a worker process says exactly what the
parent would have said.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..fileguard import InputFile, check_out_target, check_rewritable
from ..model import Result
from ..textio import KeepOriginal, make_folder, read_text, replacing, write_atomic
from .notes import check_line, check_summary, coloured_diff, explain_lines, flag_lines, problem_line, unified_diff
from .options import FixOptions

#: (record name, result): one per file, or one per record of a JSONL file.
Records = list[tuple[str, Result]]


@dataclass
class Said:
    """What processing one file produced for the parent to print, count and report."""

    shown: str
    #: Text for stdout, in order (check lines with their line breaks, a diff, or the repaired text).
    out: list[str] = field(default_factory=list)
    #: Lines for stderr, in order (explanations, flags, warnings).
    err: list[str] = field(default_factory=list)
    changed: bool = False
    edits: int = 0
    flags: int = 0
    error: str | None = None
    #: The results, kept only when a report needs them.
    records: Records | None = None


@dataclass(frozen=True)
class Writer:
    """Turns results into what the options ask for; built once per run and sent to the workers as it is."""

    options: FixOptions
    #: Colour on stderr (explanations, flags) and on stdout (diffs): a terminal, and no NO_COLOR.
    colour: bool = False
    colour_out: bool = False

    def shown(self, name: str) -> str:
        if name == "<stdin>" or not self.options.absolute_paths:
            return name
        return os.path.abspath(name)

    def notes(self, records: Records, said: Said, first_line: int = 1, check_each: bool = True) -> None:
        """Explanations, flags and warnings (stderr) and check lines (stdout) for some results of a file."""
        opts = self.options
        for name, result in records:
            said.changed = said.changed or result.changed
            said.edits += len(result.edits)
            said.flags += len(result.flags)
            if opts.quiet:
                continue
            shown = self.shown(name)
            lines = explain_lines if opts.explain else flag_lines
            said.err.extend(lines(shown, result, first_line, self.colour))
            said.err.extend(f"normalize: warning: {problem_line(shown, p)}" for p in result.problems)
            if opts.check and check_each and (result.changed or result.flags):
                said.out.append(check_line(shown, result) + "\n")

    def finish(self, file: InputFile, records: Records, rendered: str) -> Said:
        """Everything for one file whose results are all in memory; a write that fails is the file's error."""
        name, path, root = file
        said = Said(self.shown(name), records=records if self.options.report is not None else None)
        self.notes(records, said)
        try:
            self._put(said, path, root, records, rendered)
        except InputError as exc:
            return Said(said.shown, err=said.err, error=str(exc))
        return said

    def _put(self, said: Said, path: Path | None, root: Path | None, records: Records, rendered: str) -> None:
        opts = self.options
        if opts.check:
            return
        if opts.diff:
            source = "".join(r.source for _, r in records) if not opts.jsonl else self._original(path)
            said.out.append(coloured_diff(unified_diff(said.shown, source, rendered), self.colour_out))
        elif opts.in_place:
            assert path is not None
            if said.changed:
                check_rewritable(path, opts.encoding, opts.errors)
                write_atomic(path, rendered, opts.output_encoding, opts.backup)
        elif opts.out is not None:
            target = self.target(path, root)
            make_folder(target.parent)
            write_atomic(target, rendered, opts.output_encoding)
        else:
            said.out.append(rendered)

    def _original(self, path: Path | None) -> str:
        if path is None:
            raise InputError("--diff with --jsonl needs a file, not standard input")
        return read_text(path, self.options.encoding, self.options.errors)

    def target(self, path: Path | None, root: Path | None) -> Path:
        """Where ``--out`` puts a file: the file it names, or the file's path below the folder it was found in.

        Refuses a target that is the input itself: ``--out`` never rewrites an input.
        """
        out = self.options.out
        assert out is not None
        if self.options.out_is_file:
            check_out_target(out.parent, out)
            return out
        assert path is not None
        target = out / (path.relative_to(root) if root is not None else Path(path.name))
        # a target that does not exist yet is no input
        if self.options.out_existed and target.exists() and os.path.samefile(target, path):
            raise InputError(f"{target}: --out would overwrite the input; use --in-place")
        check_out_target(out, target)
        return target

    def stream(self, file: InputFile, pieces: Iterator[tuple[str, Records, int]], say: Any) -> Said:
        """A file too large to hold, piece by piece: (output text, results, first line) each.

        ``say(said)`` prints what a piece produced at once; the returned ``Said`` holds the totals.
        """
        name, path, root = file
        opts = self.options
        total = Said(self.shown(name))
        counts: Counter[str] = Counter()
        flagged: Counter[str] = Counter()

        def through(handle: IO[Any] | None) -> None:
            for text, records, first_line in pieces:
                piece = Said(total.shown)
                self.notes(records, piece, first_line, check_each=opts.jsonl)
                for _, result in records:
                    counts.update(e.rule for e in result.edits)
                    flagged.update(f.rule for f in result.flags)
                total.changed, total.edits, total.flags = (
                    total.changed or piece.changed,
                    total.edits + piece.edits,
                    total.flags + piece.flags,
                )
                if handle is not None:
                    handle.write(text)
                elif not (opts.check or opts.writes):
                    piece.out.append(text)
                say(piece)

        if opts.check or not opts.writes:
            through(None)
            if opts.check and not opts.jsonl and (counts or flagged) and not opts.quiet:
                total.out.append(check_summary(total.shown, counts, flagged) + "\n")
            return total
        assert path is not None
        target = path if opts.in_place else self.target(path, root)
        make_folder(target.parent)
        try:
            with replacing(target, opts.output_encoding, opts.backup if opts.in_place else None) as handle:
                through(handle)
                if opts.in_place and not total.changed:
                    raise KeepOriginal
                if opts.in_place:  # the backup, if any, is a second name of the file by now
                    check_rewritable(path, opts.encoding, opts.errors, names=2 if opts.backup else 1)
        except KeepOriginal:
            pass
        return total

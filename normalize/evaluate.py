"""Score the normalizer on pairs reviewed by a person: ``normalize eval FOLDER``.

A pair is an input text and the text a careful editor made of it.  The editor's
changes are recovered by aligning the two word by word: each run of changed words
between unchanged ones is one *expected change*.  The tool's output is aligned with
the expected text the same way, and everything is judged there: an edit *matches*
when the text it wrote lines up with the expected text (and taking it back would not
bring the output closer); otherwise it is *unexpected*.  An expected change whose
stretch of the output does not line up is *missed*.  Judging on the output, not by
comparing spans, keeps equivalent fixes equal: deleting the first or the second copy
of a doubled word, or a quotation-mark fix that rewrites the whole quotation.

Precision is matched edits over all edits (the share of the tool's work a reviewer
keeps); recall is expected changes made over expected changes (the share of the
editor's work the tool did).  Both are reported overall, per rule and per category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .edits import Edit, Flag, apply_edits
from .errors import InputError
from .eval_align import (
    Astray,
    Neighbourhoods,
    lines_up,
    opcodes,
    out_end,
    out_start,
    placed_edits,
    touch,
    undo_gets_closer,
)
from .pipeline import Normalizer
from .textio import read_text

NO_RULE = "(no rule)"


@dataclass(frozen=True)
class Change:
    """One change an editor made: the input's ``[start, end)`` became ``replacement``."""

    start: int
    end: int
    original: str
    replacement: str


def expected_changes(source: str, expected: str) -> list[Change]:
    """The editor's changes, as spans of ``source``: each run of changed words between unchanged ones.

    A reordering or a rename that keeps a word counts as the runs it takes ("the forces
    heroine" → "the heroic forces" is an insertion and a deletion).
    """
    return [Change(s, e, source[s:e], expected[es:ee]) for s, e, es, ee in opcodes(source, expected)]


@dataclass
class PairScore:
    """What became of each edit and each expected change in one pair."""

    name: str
    source: str
    edits: list[Edit]
    changes: list[Change]
    matched: set[int] = field(default_factory=set)  # indices into edits
    made: dict[int, list[int]] = field(default_factory=dict)  # change index -> matched edits on its stretch
    flags: list[Flag] = field(default_factory=list)

    def missed(self) -> list[int]:
        return [i for i in range(len(self.changes)) if i not in self.made]

    def wrong_edits_over(self, change: Change) -> list[Edit]:
        """Unmatched edits on the stretch of a change: rules that tried it and got it wrong."""
        over = [i for i, e in enumerate(self.edits) if touch(e.start, e.end, change.start, change.end)]
        return [self.edits[i] for i in over if i not in self.matched]

    def flagged(self, change: Change) -> bool:
        return any(touch(f.start, f.end, change.start, change.end) for f in self.flags)


def score_pair(name: str, source: str, expected: str, edits: list[Edit], flags: list[Flag] | None = None) -> PairScore:
    """Match the tool's ``edits`` on ``source`` against the changes that lead to ``expected``.

    Both are judged on the tool's output aligned with the expected text, so an edit
    that removes the second copy of a title matches an editor who removed the first:
    an edit matches when the text it wrote lines up with the expected text and undoing
    it would take the output further from it; an expected change is made when its
    stretch of the output lines up.
    """
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    score = PairScore(name, source, edits, expected_changes(source, expected), flags=list(flags or []))
    output = apply_edits(source, edits)
    wrong = [(a, b) for a, b, _, _ in opcodes(output, expected)]
    placed = placed_edits(edits)
    clean = [i for i, p in enumerate(placed) if lines_up(p.out_start, p.out_end, wrong, output)]
    neighbourhoods = Neighbourhoods.of(output, expected)
    astray = Astray(placed, edits, set(clean))
    for i in clean:
        output_bag, expected_bag = neighbourhoods.bags(placed[i].out_start, placed[i].out_end, astray)
        if not undo_gets_closer(edits[i], output_bag, expected_bag):
            score.matched.add(i)
    for c, change in enumerate(score.changes):
        if lines_up(out_start(change.start, placed), out_end(change.end, placed), wrong, output):
            score.made[c] = [
                i for i in sorted(score.matched) if touch(placed[i].start, placed[i].end, change.start, change.end)
            ]
    return score


# --- totals -------------------------------------------------------------------------


@dataclass
class Row:
    """Counts for one rule, one category, or everything."""

    name: str
    edits: int = 0
    matched: int = 0
    made: int = 0
    missed: int = 0

    @property
    def unexpected(self) -> int:
        return self.edits - self.matched

    @property
    def precision(self) -> float | None:
        return self.matched / self.edits if self.edits else None

    @property
    def recall(self) -> float | None:
        expected = self.made + self.missed
        return self.made / expected if expected else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "edits": self.edits,
            "matched": self.matched,
            "unexpected": self.unexpected,
            "expected": self.made + self.missed,
            "made": self.made,
            "missed": self.missed,
            "precision": _rounded(self.precision),
            "recall": _rounded(self.recall),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass
class Evaluation:
    """Scores of every pair, with totals overall, per rule and per category."""

    pairs: list[PairScore]
    overall: Row
    by_rule: list[Row]
    by_category: list[Row]
    flagged_misses: int
    #: One row per set when several sets were scored together (``evaluate_sets``); empty for one set.
    by_set: list[Row] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        sets = {"by_set": [row.to_dict() for row in self.by_set]} if self.by_set else {}
        return {
            "pairs": len(self.pairs),
            "overall": self.overall.to_dict() | {"missed_but_flagged": self.flagged_misses},
            **sets,
            "by_rule": [row.to_dict() for row in self.by_rule],
            "by_category": [row.to_dict() for row in self.by_category],
            "files": [_pair_dict(p) for p in self.pairs],
        }


def _pair_dict(pair: PairScore) -> dict[str, Any]:
    return {
        "name": pair.name,
        "expected": len(pair.changes),
        "made": len(pair.made),
        "edits": [
            {**edit.to_dict(), "status": "matched" if i in pair.matched else "unexpected"}
            for i, edit in enumerate(pair.edits)
        ],
        "missed": [
            {
                "start": c.start,
                "end": c.end,
                "original": c.original,
                "replacement": c.replacement,
                "flagged": pair.flagged(c),
            }
            for c in (pair.changes[i] for i in pair.missed())
        ],
    }


def summarize(pairs: list[PairScore]) -> Evaluation:
    """Totals of scored pairs.  An edit two rules made together counts in each rule's row, once overall."""
    overall = Row("overall")
    rules: dict[str, Row] = {}
    categories: dict[str, Row] = {}
    flagged = 0
    for pair in pairs:
        credit: dict[int, int] = {}  # edit index -> expected changes it helped make
        for makers in pair.made.values():
            for e in makers:
                credit[e] = credit.get(e, 0) + 1
        for i, edit in enumerate(pair.edits):
            ok = i in pair.matched
            for row in _rows_of(edit, rules, categories):
                row.edits += 1
                row.matched += ok
                row.made += credit.get(i, 0)
            overall.edits += 1
            overall.matched += ok
        overall.made += len(pair.made)
        for c in pair.missed():
            change = pair.changes[c]
            overall.missed += 1
            flagged += pair.flagged(change)
            tried = pair.wrong_edits_over(change)
            rows = {id(r): r for e in tried for r in _rows_of(e, rules, categories)}
            if not tried:
                rows = {0: rules.setdefault(NO_RULE, Row(NO_RULE)), 1: categories.setdefault(NO_RULE, Row(NO_RULE))}
            for row in rows.values():
                row.missed += 1
    return Evaluation(pairs, overall, _ordered(rules), _ordered(categories), flagged)


def _rows_of(edit: Edit, rules: dict[str, Row], categories: dict[str, Row]) -> list[Row]:
    ids = dict.fromkeys(edit.rule.split("+"))
    return [rules.setdefault(r, Row(r)) for r in ids] + [categories.setdefault(edit.category, Row(edit.category))]


def _ordered(rows: dict[str, Row]) -> list[Row]:
    """Busiest first; the changes no rule touched last."""
    return sorted(rows.values(), key=lambda r: (r.name == NO_RULE, -(r.edits + r.missed), r.name))


# --- reading a folder of pairs --------------------------------------------------------


def pair_paths(input_dir: Path, expected_dir: Path, glob: str = "*.txt") -> list[tuple[str, Path, Path]]:
    """(name, input file, expected file) for every file under ``input_dir``; both sides must have the same names."""
    for folder in (input_dir, expected_dir):
        if not folder.is_dir():
            raise InputError(f"{folder}: no such folder")
    inputs = {p.relative_to(input_dir).as_posix(): p for p in input_dir.rglob(glob) if p.is_file()}
    outputs = {p.relative_to(expected_dir).as_posix(): p for p in expected_dir.rglob(glob) if p.is_file()}
    if not inputs:
        raise InputError(f"{input_dir}: no files matching {glob}")
    for side, names, other in ((input_dir, inputs, expected_dir), (expected_dir, outputs, input_dir)):
        lonely = sorted(set(names) - set(inputs if side == expected_dir else outputs))
        if lonely:
            more = f" and {len(lonely) - 3} more" if len(lonely) > 3 else ""
            raise InputError(f"{side}: {', '.join(lonely[:3])}{more} not found in {other}")
    return [(name, inputs[name], outputs[name]) for name in sorted(inputs)]


#: (name, first path, second path): a pair's name with its input and expected files, or a set's name and folders.
PairFiles = tuple[str, Path, Path]


def folders_of(folder: Path | None, input_dir: Path | None, expected_dir: Path | None) -> list[PairFiles]:
    """The sets to score, as (set name, input folder, expected folder).

    FOLDER holds input/ and expected/ (one set, named ""), or holds sets: subfolders that
    each hold both, scored together with a row per set (a team keeps one folder of
    reviewed pairs per source or per round). --input and --expected name one set; not
    both forms at once.
    """
    if folder is not None and (input_dir is not None or expected_dir is not None):
        raise InputError("give FOLDER or --input and --expected, not both")
    if folder is None:
        if input_dir is None or expected_dir is None:
            raise InputError("give FOLDER (holding input/ and expected/) or both --input and --expected")
        return [("", input_dir, expected_dir)]
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder")
    if _holds_pairs(folder):
        return [("", folder / "input", folder / "expected")]
    sets = [(sub.name, sub / "input", sub / "expected") for sub in sorted(folder.iterdir()) if _holds_pairs(sub)]
    if sets:
        return sets
    missing = [sub for sub in ("input", "expected") if not (folder / sub).is_dir()]
    wanted = " or ".join(f"{sub}/" for sub in missing)
    raise InputError(f"{folder}: no {wanted} folder (a FOLDER holds input/ and expected/, or subfolders that do)")


def _holds_pairs(folder: Path) -> bool:
    return folder.is_dir() and (folder / "input").is_dir() and (folder / "expected").is_dir()


def set_pairs(sets: Sequence[PairFiles], glob: str = "*.txt") -> list[tuple[str, list[PairFiles]]]:
    """Each set's pairs (``pair_paths``), named "set/file" when there are several sets."""
    named: list[tuple[str, list[PairFiles]]] = []
    for label, input_dir, expected_dir in sets:
        pairs = pair_paths(input_dir, expected_dir, glob)
        named.append((label, [(f"{label}/{name}" if label else name, src, exp) for name, src, exp in pairs]))
    return named


def evaluate(normalizer: Normalizer, pairs: Sequence[tuple[str, Path, Path]], encoding: str = "utf-8") -> Evaluation:
    """Normalize every input and score it against its expected text."""
    texts = [(name, read_text(src, encoding), read_text(exp, encoding)) for name, src, exp in pairs]
    results = normalizer.normalize_many(text for _, text, _ in texts)
    scored = [
        score_pair(name, source, expected, result.edits, result.flags)
        for (name, source, expected), result in zip(texts, results, strict=True)
    ]
    return summarize(scored)


def evaluate_sets(
    normalizer: Normalizer, sets: Sequence[tuple[str, Sequence[PairFiles]]], encoding: str = "utf-8"
) -> Evaluation:
    """Several sets scored in one run: the totals of all their pairs, and a row per set when there are several."""
    evaluation = evaluate(normalizer, [pair for _, pairs in sets for pair in pairs], encoding)
    if len(sets) > 1:
        scored = iter(evaluation.pairs)
        for label, pairs in sets:
            row = summarize([next(scored) for _ in pairs]).overall
            row.name = label
            evaluation.by_set.append(row)
    return evaluation

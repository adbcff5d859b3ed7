"""Output of ``normalize eval``: the tables and the per-edit details (the command is ``normalize.cli.eval_cmd``).

The scoring lives in ``normalize.evaluate``; this module only shows it.
"""

from __future__ import annotations

import sys

from .evaluate import Evaluation

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
    tables = [("overall", [o]), ("by set", evaluation.by_set), ("by category", evaluation.by_category)]
    for title, rows in [*tables, ("by rule", evaluation.by_rule)]:
        if not rows:
            continue  # one set: no "by set" table
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

"""The rule kinds, one module each, and the pipeline: which kind runs in which stage, in order.

Adding a kind is one module here (its rule class, ``build``, ``compile`` and
``KIND``; see ``base.Kind``) and one line in ``PIPELINE``.  See docs/architecture.md.
"""

from __future__ import annotations

from . import (
    antecedent,
    body,
    capitals,
    date,
    flag,
    givenname,
    glue,
    name,
    pattern,
    place,
    quotepair,
    repeat,
    replace,
    script,
    spelling,
    term,
    title,
    unicode,
)
from .base import Kind

#: The stages in the order they run, each a stage name and the kind whose rules run there.
#: Why this order is the docstring of ``normalize.pipeline``.  A kind may run in two stages
#: (pattern rules choose "phrase" or "punctuation"); its ``compile`` picks its rules for each.
PIPELINE: list[tuple[str, Kind]] = [
    ("unicode", unicode.KIND),
    ("structure", title.KIND),
    ("structure", glue.KIND),
    ("script", script.KIND),
    ("terminology", term.KIND),
    ("terminology", name.KIND),
    ("terminology", place.KIND),
    ("terminology", body.KIND),
    ("terminology", givenname.KIND),
    ("phrase", pattern.KIND),
    ("phrase", repeat.KIND),
    ("phrase", replace.KIND),
    ("phrase", antecedent.KIND),
    ("phrase", date.KIND),
    ("punctuation", pattern.KIND),
    ("punctuation", quotepair.KIND),
    ("punctuation", capitals.KIND),
    ("review", spelling.KIND),
    ("review", flag.KIND),
]

#: Every kind by the name a pack entry gives as ``kind``.
KINDS: dict[str, Kind] = {kind.name: kind for _, kind in PIPELINE}

__all__ = ["KINDS", "PIPELINE", "Kind"]

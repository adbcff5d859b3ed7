"""What every rule kind shares: the rule's common fields, reading a pack entry, and ``Kind``.

Rules are data.  A pack author writes a mapping; ``normalize.rules.build_rule``
checks the common fields here and hands the rest to the kind's own ``build``,
which raises ``RuleError`` with a plain message when a field is missing, has the
wrong type, or holds a regex that does not compile.  The loader adds the file name
and rule id, so every problem is reported as ``file: rule 'id': what is wrong``.

A kind is one module under ``normalize/kinds`` that declares ``KIND = Kind(...)``:
its rule class, its fields, how it is built, its screen triggers, and how its rules
run on a round (``Runner``).  ``normalize/kinds/__init__.py`` lists the kinds in
pipeline order.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import regex

from ..model import Change, Problem
from ..rounds import SEPARATOR, SEPARATOR_MARK, Round

FLAG_NAMES = {
    "ignorecase": regex.IGNORECASE,
    "multiline": regex.MULTILINE,
    "dotall": regex.DOTALL,
    "verbose": regex.VERBOSE,
}


#: Tiers of a variant or a rule: an MT artefact (repaired by default), a house style's accepted
#: spelling (repaired in machine translation or when a house style is on), or a likely error that
#: only a person can decide (flagged with the suggested fix, never applied): ``normalize.tiers``.
TIERS = ("error", "style", "review")


class RuleError(ValueError):
    """A rule mapping is invalid; the loader adds where it came from."""


@dataclass(frozen=True)
class Example:
    """An input and the exact output the rule alone must turn it into."""

    source: str
    expected: str
    #: For a rule that flags rather than edits: the passages it must flag, in order.
    flagged: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """Document-level condition: apply only if any ``requires`` phrase occurs and no ``excludes`` one does.

    Judged for all rules at once by ``normalize.contexts.ContextIndex`` (whole words, any case).
    """

    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """Fields every rule has, whatever its kind."""

    id: str
    category: str
    message: str
    pack: str
    examples: tuple[Example, ...] = ()
    keep: tuple[str, ...] = ()
    context: Context = field(default_factory=Context)

    kind = "rule"


class Runner(Protocol):
    """A kind's rules, compiled for one stage: ``run`` proposes changes (``round.apply``) or flags."""

    def run(self, round: Round) -> None: ...


def no_triggers(rule: Any) -> dict[str, tuple[str, ...]]:
    """A kind whose rules the screen does not narrow: they look at the whole text."""
    return {}


#: ``Kind.compile`` not given: made from ``Kind.runner`` when the kind is declared.
_FROM_RUNNER: Any = None


@dataclass(frozen=True)
class Kind:
    """Everything the engine needs to know of one rule kind; its module declares it as ``KIND``."""

    name: str
    rule: type[Rule]
    #: Fields a pack entry of this kind may have, besides the common ones (``COMMON_FIELDS``).
    fields: frozenset[str]
    #: The rule from a pack entry and its common fields (already checked); raises ``RuleError``.
    build: Callable[[Mapping[str, Any], dict[str, Any]], Rule]
    #: The kind's selected rules of one stage, compiled, with the fast screen or without (``fast``).
    #: Most kinds have nothing to compile and give ``runner`` instead: then this is ``runner(rules)``.
    compile: Callable[[list[Any], bool], Runner] = _FROM_RUNNER
    #: The screen's triggers for one rule, by key (the rule id, or a key of its own).
    triggers: Callable[[Any], dict[str, tuple[str, ...]]] = no_triggers
    #: True: the kind only flags passages for a person and never edits; its examples list ``flags``.
    flags_only: bool = False
    #: True: a trigger Hyperscan cannot compile leaves the rule searching everywhere, not a pack error.
    optional_triggers: bool = False
    #: Whether a rule runs in the named stage, for a kind listed in more than one (``PIPELINE``).
    in_stage: Callable[[Any, str], bool] = lambda rule, stage: True
    #: The runner of the kind's rules as they are (its ``Runner`` class), for a kind without ``compile``.
    runner: Callable[[list[Any]], Runner] | None = None
    #: The checks that cost a regex compile (raises ``RuleError``); skipped for a pack that passed them
    #: before with the same rules and the same code (``normalize.checked``).
    check: Callable[[Any], None] = lambda rule: None

    def __post_init__(self) -> None:
        if self.compile is None:
            runner = self.runner
            if runner is None:
                raise TypeError(f"kind '{self.name}' needs 'compile' or 'runner'")
            object.__setattr__(self, "compile", lambda rules, fast: runner(rules))


COMMON_FIELDS = frozenset({"id", "kind", "category", "message", "examples", "keep", "context"})


def common_fields(data: Mapping[str, Any], pack: str) -> dict[str, Any]:
    """The fields every rule has, checked, as keyword arguments for the rule class."""
    return {
        "id": require_str(data, "id"),
        "category": require_str(data, "category"),
        "message": require_str(data, "message"),
        "pack": pack,
        "examples": _examples(data.get("examples", [])),
        "keep": tuple(str_list(data, "keep")),
        "context": _context(data.get("context")),
    }


def change(rule: Rule, start: int, end: int, replacement: str) -> Change:
    return Change(start, end, replacement, rule.id, rule.category, rule.message)


def timed_out(rule: Rule, timeout: float) -> Problem:
    """How a rule whose regex ran past the timeout on a document is reported (it is skipped there)."""
    return Problem(rule.id, f"regex took longer than {timeout:g}s; rule skipped for this document")


def compile_with_lists(pattern: str, flags: int, lists: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """A pattern rule's or a flag rule's regex, its named lists given to ``\\L<name>``."""
    return _compiled(document_anchors(pattern), flags, tuple(sorted(lists.items())))


#: ``\Z`` in a pattern, not preceded by an escaped backslash.
_TEXT_END = regex.compile(r"(?<!\\)((?:\\\\)*)\\Z")
_SEPARATOR_SOURCE = "".join(f"\\u{ord(character):04x}" for character in SEPARATOR)
#: What ``\Z`` stands for in a rule: its document's end, also inside a text of documents
#: ``normalize_many`` joined (``SEPARATOR`` between them), so that a document at the foot of
#: which a rule removes a line comes out the same alone and joined.  (``\A`` needs no such
#: help: the kinds that look for a document's top find each joined document's.)
_DOCUMENT_END = r"(?:\Z|(?=" + _SEPARATOR_SOURCE + "))"
#: "Any character" as a rule writes it to reach across lines, ``[\s\S]``: any but the mark
#: inside ``SEPARATOR``, so that a look for "another such line in the document" stays in it.
_ANY_CHARACTER = "[\\s\\S]"
_ANY_IN_DOCUMENT = "[^" + "".join(f"\\u{ord(c):04x}" for c in SEPARATOR_MARK) + "]"


def document_anchors(pattern: str) -> str:
    """``pattern`` with its text-end anchor and its any-character class kept to one document."""
    if _ANY_CHARACTER in pattern:
        pattern = pattern.replace(_ANY_CHARACTER, _ANY_IN_DOCUMENT)
    if "\\Z" not in pattern:
        return pattern
    return _TEXT_END.sub(lambda m: m.group(1) + _DOCUMENT_END, pattern)


def through_document_end(text: str, pattern: str, spans: list[tuple[int, int]] | None) -> list[tuple[int, int]] | None:
    """``spans`` run on to the end of their documents when ``pattern`` asks for the document's end.

    A screened rule searches each block with the block's end as the end of the string, so ``\\Z``
    would hold there ("a name on the last line" would be any paragraph's last line); searched to
    the document's end, the rule sees what it would see unscreened.
    """
    if not spans or "\\Z" not in pattern:
        return spans
    widened: list[tuple[int, int]] = []
    for start, _ in spans:
        joint = text.find(SEPARATOR, start)
        end = len(text) if joint < 0 else joint
        if widened and widened[-1][1] >= start:
            widened[-1] = (widened[-1][0], max(widened[-1][1], end))
        else:
            widened.append((start, end))
    return widened


@functools.lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int, lists: tuple[tuple[str, tuple[str, ...]], ...]) -> regex.Pattern[str]:
    """Kept here: a normalizer compiles each rule when its pack loads and again for its runner, and
    the ``regex`` module's own cache (500 patterns) is smaller than the bundled packs."""
    return regex.compile(pattern, flags, **{k: list(v) for k, v in lists})


class Deferred:
    """A rule's regex, compiled the first time a runner searches with it.

    Most rules' screens find nothing in most documents, and compiling every pattern
    when the normalizer is built was most of its start-up.
    """

    __slots__ = ("_compiled", "_rule")

    def __init__(self, rule: Any) -> None:
        self._rule = rule
        self._compiled: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = self._rule.compile()
        return self._compiled

    def __getstate__(self) -> Any:
        return self._rule

    def __setstate__(self, rule: Any) -> None:
        self._rule, self._compiled = rule, None


def regex_options(data: Mapping[str, Any]) -> tuple[int, dict[str, tuple[str, ...]]]:
    """A rule's regex flags (by name) and named lists, checked."""
    flags = 0
    for name in str_list(data, "flags"):
        if name not in FLAG_NAMES:
            raise RuleError(f"unknown flag '{name}' (expected: {', '.join(FLAG_NAMES)})")
        flags |= FLAG_NAMES[name]
    raw_lists = data.get("lists", {}) or {}
    if not isinstance(raw_lists, Mapping):
        raise RuleError("'lists' must map names to lists of strings")
    return flags, {str(k): tuple(str_list(raw_lists, k)) for k in raw_lists}


def require_str(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"missing or empty field '{key}'")
    return value


def str_list(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        raise RuleError(f"'{key}' must be a list of strings")
    for item in value:
        if not isinstance(item, str):
            hint = " (YAML reads yes/no/on/off as booleans: quote it)" if isinstance(item, bool) else ""
            raise RuleError(f"'{key}' must be a list of strings, but has {item!r}{hint}")
    return value


def positive_int(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RuleError(f"'{key}' must be a positive integer")
    return value


def boolean(data: Mapping[str, Any], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise RuleError(f"'{key}' must be true or false")
    return value


def _examples(value: Any) -> tuple[Example, ...]:
    """Examples: ``{in, out}``, or ``{in, flags}`` for a rule that flags passages without changing them."""
    if not isinstance(value, list):
        raise RuleError("'examples' must be a list of {in, out} mappings")
    out: list[Example] = []
    for item in value:
        if isinstance(item, Mapping) and isinstance(item.get("in"), str) and "flags" in item and "out" not in item:
            flagged = str_list(item, "flags")
            if not flagged:
                raise RuleError("'flags' must list the passages the example flags")
            out.append(Example(item["in"], item["in"], tuple(flagged)))
            continue
        if not isinstance(item, Mapping) or not isinstance(item.get("in"), str) or not isinstance(item.get("out"), str):
            raise RuleError("each example needs string fields 'in' and 'out' (or 'in' and 'flags')")
        if item["in"] == item["out"]:
            raise RuleError(f"example input equals its output (use 'keep' for that): {item['in']!r}")
        out.append(Example(item["in"], item["out"]))
    return tuple(out)


#: The condition of every rule that has none: one shared (frozen) object rather than one per rule,
#: since a glossary of ten thousand terms would otherwise add ten thousand objects for the
#: garbage collector to walk through.
_NO_CONTEXT = Context()


def _context(value: Any) -> Context:
    if value is None:
        return _NO_CONTEXT
    if not isinstance(value, Mapping) or set(value) - {"requires", "excludes"}:
        raise RuleError("'context' must be a mapping with 'requires' and/or 'excludes'")
    return Context(tuple(str_list(value, "requires")), tuple(str_list(value, "excludes")))

"""Rule kinds: each is a small frozen class built from one YAML mapping.

Rules are data.  A pack author writes a mapping; ``build_rule`` validates it and
returns one of the classes below, raising ``RuleError`` with a plain message when
a field is missing, has the wrong type, or holds a regex that does not compile.
The loader adds the file name and rule id, so every problem is reported as
``file: rule 'id': what is wrong``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

#: Stages in pipeline order; a rule kind (or a pattern rule's ``stage``) picks one.
STAGES = ("unicode", "structure", "script", "terminology", "phrase", "punctuation")

_FLAG_NAMES = {
    "ignorecase": regex.IGNORECASE,
    "multiline": regex.MULTILINE,
    "dotall": regex.DOTALL,
    "verbose": regex.VERBOSE,
}


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

    Judged for all rules at once by ``normalize.terms.ContextIndex`` (whole words, any case).
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

    @property
    def stage(self) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class UnicodeRule(Rule):
    """Repair mojibake and HTML entities with ftfy; quotes and line breaks stay as written."""

    kind = "unicode"

    @property
    def stage(self) -> str:
        return "unicode"


@dataclass(frozen=True)
class TitleRule(Rule):
    """Drop repeats of the headline at the top, including one glued to the first sentence."""

    max_title_length: int = 200
    starters: frozenset[str] = frozenset()
    kind = "title"

    @property
    def stage(self) -> str:
        return "structure"


@dataclass(frozen=True)
class GlueRule(Rule):
    """Split sentences glued without a space ("angerThe"), guided by a list of sentence starters."""

    starters: frozenset[str] = frozenset()
    keep_words: frozenset[str] = frozenset()
    kind = "glue"

    @property
    def stage(self) -> str:
        return "structure"


@dataclass(frozen=True)
class ScriptRule(Rule):
    """Remove short runs of a foreign script inside English prose; flag untranslated paragraphs."""

    script: str = "Arabic"
    max_words: int = 3
    kind = "script"

    @property
    def stage(self) -> str:
        return "script"


@dataclass(frozen=True)
class TermRule(Rule):
    """Map literal renderings and spelling variants to one canonical name."""

    canonical: str = ""
    variants: tuple[str, ...] = ()
    case_sensitive: bool = False
    drop_article: bool = False
    outside_quotes: bool = False
    kind = "term"

    @property
    def stage(self) -> str:
        return "terminology"


@dataclass(frozen=True)
class PatternRule(Rule):
    """A regex and a replacement template, for garbled phrases, grammar and punctuation."""

    pattern: str = ""
    replacement: str = ""
    flags: int = 0
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    match_case: bool = False
    transform: str = "none"
    stage_name: str = "phrase"
    prefilter: tuple[str, ...] = ()
    screen: tuple[str, ...] = ()
    kind = "pattern"

    @property
    def stage(self) -> str:
        return self.stage_name

    def compile(self) -> regex.Pattern[str]:
        return _compile_with_lists(self.pattern, self.flags, self.lists)


def _compile_with_lists(pattern: str, flags: int, lists: Mapping[str, tuple[str, ...]]) -> regex.Pattern[str]:
    """A pattern rule's or a flag rule's regex, its named lists given to ``\\L<name>``."""
    return regex.compile(pattern, flags, **{k: list(v) for k, v in lists.items()})


@dataclass(frozen=True)
class RepeatRule(Rule):
    """Collapse a doubled word or phrase ("the the", "support and support")."""

    connector: str = ""
    max_words: int = 1
    exceptions: frozenset[str] = frozenset()
    exception_suffixes: tuple[str, ...] = ()
    only: frozenset[str] = frozenset()
    only_suffixes: tuple[str, ...] = ()
    kind = "repeat"

    @property
    def stage(self) -> str:
        return "phrase"


@dataclass(frozen=True)
class SpellingRule(Rule):
    """Flag a name spelt two ways in one document ("al-Khazali", "al-Khazaali"), for a person to choose.

    Nothing is changed: which transliteration is right is not in the text, and two
    close spellings may be two people.  ``pattern`` finds the names to compare.
    """

    pattern: str = ""
    max_distance: int = 2
    kind = "spelling"

    @property
    def stage(self) -> str:
        return "review"

    def compile(self) -> regex.Pattern[str]:
        return regex.compile(self.pattern)


@dataclass(frozen=True)
class FlagRule(Rule):
    """Flag every match of a pattern for a person, changing nothing.

    For what a rule cannot decide: a full stop that may have been put in the middle of
    a sentence, or a word a house style wants looked at rather than replaced.  Matched
    on the repaired text, after every repair, like the other flags.
    """

    pattern: str = ""
    flags: int = 0
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    kind = "flag"

    @property
    def stage(self) -> str:
        return "review"

    def compile(self) -> regex.Pattern[str]:
        return _compile_with_lists(self.pattern, self.flags, self.lists)


RULE_KINDS: dict[str, type[Rule]] = {
    cls.kind: cls
    for cls in (UnicodeRule, TitleRule, GlueRule, ScriptRule, TermRule, PatternRule, RepeatRule, SpellingRule, FlagRule)
}

_COMMON_FIELDS = {"id", "kind", "category", "message", "examples", "keep", "context"}
_KIND_FIELDS: dict[str, set[str]] = {
    "unicode": set(),
    "title": {"max_title_length", "starters"},
    "glue": {"starters", "keep_words"},
    "script": {"script", "max_words"},
    "term": {"canonical", "variants", "case_sensitive", "drop_article", "outside_quotes"},
    "pattern": {"pattern", "replacement", "flags", "lists", "match_case", "transform", "stage", "prefilter", "screen"},
    "repeat": {"connector", "max_words", "exceptions", "exception_suffixes", "only", "only_suffixes"},
    "spelling": {"pattern", "max_distance"},
    "flag": {"pattern", "flags", "lists"},
}


def build_rule(data: Mapping[str, Any], pack: str) -> Rule:
    """Validate one rule mapping and build its rule object."""
    kind = _require_str(data, "kind")
    if kind not in RULE_KINDS:
        raise RuleError(f"unknown kind '{kind}' (expected one of: {', '.join(sorted(RULE_KINDS))})")
    unknown = set(data) - _COMMON_FIELDS - _KIND_FIELDS[kind]
    if unknown:
        raise RuleError(f"unknown field(s) for kind '{kind}': {', '.join(sorted(unknown))}")
    common: dict[str, Any] = {
        "id": _require_str(data, "id"),
        "category": _require_str(data, "category"),
        "message": _require_str(data, "message"),
        "pack": pack,
        "examples": _examples(data.get("examples", [])),
        "keep": tuple(_str_list(data, "keep")),
        "context": _context(data.get("context")),
    }
    builder = _BUILDERS[kind]
    return builder(data, common)


def _build_unicode(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    return UnicodeRule(**common)


def _build_title(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    return TitleRule(
        **common, max_title_length=_int(data, "max_title_length", 200), starters=frozenset(_str_list(data, "starters"))
    )


def _build_glue(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    starters = frozenset(_str_list(data, "starters"))
    if not starters:
        raise RuleError("'starters' must list at least one word")
    return GlueRule(**common, starters=starters, keep_words=frozenset(_str_list(data, "keep_words")))


def _build_script(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    script = data.get("script", "Arabic")
    if not isinstance(script, str):
        raise RuleError("'script' must be a string")
    try:
        regex.compile(rf"\p{{Script={script}}}")
    except regex.error as exc:
        raise RuleError(f"unknown script '{script}': {exc}") from None
    return ScriptRule(**common, script=script, max_words=_int(data, "max_words", 3))


def _build_term(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    canonical = _require_str(data, "canonical")
    variants = tuple(_str_list(data, "variants"))
    if not variants:
        raise RuleError("'variants' must list at least one variant")
    case_sensitive = data.get("case_sensitive", False)
    for variant in variants:
        if variant.casefold() == canonical.casefold() and not case_sensitive:
            raise RuleError(f"variant '{variant}' is the canonical form itself")
        if variant != canonical and _contains_as_words(canonical, variant, ignore_case=not case_sensitive):
            raise RuleError(
                f"canonical '{canonical}' contains its own variant '{variant}': each run would grow the text"
            )
    return TermRule(
        **common,
        canonical=canonical,
        variants=variants,
        case_sensitive=_bool(data, "case_sensitive", False),
        drop_article=_bool(data, "drop_article", False),
        outside_quotes=_bool(data, "outside_quotes", False),
    )


def _contains_as_words(text: str, part: str, ignore_case: bool) -> bool:
    """Does ``part`` occur in ``text`` with no letter, digit or "_" right before or after it?

    String searches rather than a regex per variant: compiling one for each variant of
    a glossary of 10,000 terms took four seconds.
    """
    if ignore_case:
        text, part = text.casefold(), part.casefold()
    start = text.find(part)
    while start != -1:
        if at_word_boundaries(text, start, start + len(part)):
            return True
        start = text.find(part, start + 1)
    return False


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """No letter, digit or underscore right before or after (a context phrase may follow "al-")."""
    return not (start > 0 and is_word_char(text[start - 1])) and not (end < len(text) and is_word_char(text[end]))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _build_pattern(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    pattern = _require_str(data, "pattern")
    replacement = data.get("replacement", "")
    if not isinstance(replacement, str):
        raise RuleError("'replacement' must be a string")
    flags, lists = _regex_options(data)
    transform = data.get("transform", "none")
    if transform not in ("none", "lower", "upper", "ascii"):
        raise RuleError("'transform' must be one of: none, lower, upper, ascii")
    stage = data.get("stage", "phrase")
    if stage not in ("phrase", "punctuation"):
        raise RuleError("'stage' must be 'phrase' or 'punctuation'")
    rule = PatternRule(
        **common,
        pattern=pattern,
        replacement=replacement,
        flags=flags,
        lists=lists,
        match_case=_bool(data, "match_case", False),
        transform=transform,
        stage_name=stage,
        prefilter=tuple(_str_list(data, "prefilter")),
        screen=tuple(_expand_lists(s, lists) for s in _str_list(data, "screen")),
    )
    try:
        compiled = rule.compile()
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    try:
        probe = compiled.search("probe") or compiled.search("")
        if probe is not None:
            probe.expand(replacement)
    except (regex.error, IndexError) as exc:
        raise RuleError(f"replacement is not valid for the pattern: {exc}") from None
    _check_template_groups(compiled, replacement)
    return rule


def _regex_options(data: Mapping[str, Any]) -> tuple[int, dict[str, tuple[str, ...]]]:
    """A rule's regex flags (by name) and named lists, checked."""
    flags = 0
    for name in _str_list(data, "flags"):
        if name not in _FLAG_NAMES:
            raise RuleError(f"unknown flag '{name}' (expected: {', '.join(_FLAG_NAMES)})")
        flags |= _FLAG_NAMES[name]
    raw_lists = data.get("lists", {}) or {}
    if not isinstance(raw_lists, Mapping):
        raise RuleError("'lists' must map names to lists of strings")
    return flags, {str(k): tuple(_str_list(raw_lists, k)) for k in raw_lists}


def _build_flag(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    flags, lists = _regex_options(data)
    rule = FlagRule(**common, pattern=_require_str(data, "pattern"), flags=flags, lists=lists)
    try:
        rule.compile()
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    if any(not example.flagged for example in rule.examples):
        raise RuleError("a flag rule only flags: each example needs 'flags', the passages it flags")
    return rule


def _expand_lists(trigger: str, lists: Mapping[str, tuple[str, ...]]) -> str:
    """Spell out ``\\L<name>`` in a screen pattern as an alternation of the list's words."""

    def spell(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in lists:
            raise RuleError(f"screen pattern refers to unknown list '{name}'")
        return "(?:" + "|".join(regex.escape(w) for w in sorted(lists[name], key=len, reverse=True)) + ")"

    return regex.sub(r"\\L<(\w+)>", spell, trigger)


def _check_template_groups(compiled: regex.Pattern[str], replacement: str) -> None:
    """Reject replacement templates that name a group the pattern lacks."""
    for match in regex.finditer(r"\\(\d+)|\\g<(\w+)>", replacement):
        number, name = match.group(1), match.group(2)
        if number is not None and int(number) > compiled.groups:
            raise RuleError(f"replacement refers to group {number}, but the pattern has {compiled.groups}")
        if name is not None and not name.isdigit() and name not in compiled.groupindex:
            raise RuleError(f"replacement refers to unknown group '{name}'")


def _build_repeat(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    connector = data.get("connector", "") or ""
    if not isinstance(connector, str):
        raise RuleError("'connector' must be a string")
    return RepeatRule(
        **common,
        connector=connector,
        max_words=_int(data, "max_words", 1),
        exceptions=frozenset(w.casefold() for w in _str_list(data, "exceptions")),
        exception_suffixes=tuple(_str_list(data, "exception_suffixes")),
        only=frozenset(w.casefold() for w in _str_list(data, "only")),
        only_suffixes=tuple(_str_list(data, "only_suffixes")),
    )


def _build_spelling(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    rule = SpellingRule(**common, pattern=_require_str(data, "pattern"), max_distance=_int(data, "max_distance", 2))
    try:
        rule.compile()
    except regex.error as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    if any(not example.flagged for example in rule.examples):
        raise RuleError("a spelling rule only flags: each example needs 'flags', the passages it flags")
    return rule


_BUILDERS: dict[str, Callable[[Mapping[str, Any], dict[str, Any]], Rule]] = {
    "unicode": _build_unicode,
    "title": _build_title,
    "glue": _build_glue,
    "script": _build_script,
    "term": _build_term,
    "pattern": _build_pattern,
    "repeat": _build_repeat,
    "spelling": _build_spelling,
    "flag": _build_flag,
}


def _require_str(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"missing or empty field '{key}'")
    return value


def _str_list(data: Mapping[str, Any], key: str) -> list[str]:
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


def _int(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise RuleError(f"'{key}' must be a positive integer")
    return value


def _bool(data: Mapping[str, Any], key: str, default: bool) -> bool:
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
            flagged = _str_list(item, "flags")
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
    return Context(tuple(_str_list(value, "requires")), tuple(_str_list(value, "excludes")))


#: Where a rule's field has another name in a pack.
_PACK_KEYS = {"stage_name": "stage"}


def pack_entry(rule: Rule) -> dict[str, Any]:
    """The rule as a pack spells it (the inverse of ``build_rule``), fields at their defaults left out.

    For ``normalize rules show``: a person reading why a rule fired sees it as it would
    be written, and can copy it into a pack of their own.
    """
    data: dict[str, Any] = {"id": rule.id, "kind": rule.kind}
    for spec in dataclasses.fields(rule):
        if spec.name in ("id", "pack", "examples", "keep", "context"):
            continue
        value = getattr(rule, spec.name)
        default = spec.default_factory() if spec.default_factory is not dataclasses.MISSING else spec.default
        if value == default and spec.name not in ("category", "message"):
            continue
        data[_PACK_KEYS.get(spec.name, spec.name)] = _plain(spec.name, value)
    context = {k: list(v) for k, v in (("requires", rule.context.requires), ("excludes", rule.context.excludes)) if v}
    if context:
        data["context"] = context
    if rule.examples:
        data["examples"] = [
            {"in": e.source, "flags": list(e.flagged)} if e.flagged else {"in": e.source, "out": e.expected}
            for e in rule.examples
        ]
    if rule.keep:
        data["keep"] = list(rule.keep)
    return data


def _plain(name: str, value: Any) -> Any:
    """A field's value as YAML data: lists for tuples and sets, flag names for regex flags."""
    if name == "flags":
        return [flag for flag, bit in _FLAG_NAMES.items() if value & bit]
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {key: list(items) for key, items in value.items()}
    return value

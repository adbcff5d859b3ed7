"""Language knowledge as data: ``rules/language/english.yaml``, read once, every value named.

Word lists and thresholds the kinds use (function words, sentence openers, language
names, descriptor nouns, gloss cues, name endings, the shares and lengths that
decide "untranslated" or "a copy of the headline") live in that file, each with a
comment saying why it exists, so that a person can read and change them without
reading Python.  A missing or malformed entry is a one-line ``RulePackError``.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import RulePackError, did_you_mean


def rules_directory() -> Path:
    """Where the bundled packs live, for both installed and source-tree use.

    A wheel carries them inside the package (``normalize/_rules``); a source
    checkout or editable install reads the top-level ``rules/`` folder.
    """
    package_dir = Path(__file__).resolve().parent
    bundled = package_dir / "_rules"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "rules"


LANGUAGE_FILE = Path("language") / "english.yaml"
#: libyaml's safe loader where PyYAML has it: read at every start-up, so a tenth of the time matters.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Untranslated:
    english_function_words: frozenset[str]
    shared_function_words: frozenset[str]
    european_function_words: frozenset[str]
    foreign_letter_share: float
    min_words_for_shares: int
    european_token_share: float
    english_token_share: float
    english_word_share: float
    names_capitalised_share: float
    short_min_european_words: int
    short_min_words: int
    short_european_share: float
    short_max_english_words: int
    short_capitalised_share: float

    @functools.cached_property
    def english_only_function_words(self) -> frozenset[str]:
        """English function words that no quoted European language shares: they alone count as English."""
        return self.english_function_words - self.shared_function_words

    @functools.cached_property
    def any_function_word(self) -> frozenset[str]:
        return self.european_function_words | self.english_function_words


@dataclass(frozen=True)
class Script:
    language_names: tuple[str, ...]
    named_language_reach: int
    near: int


@dataclass(frozen=True)
class Glue:
    never_ends_a_sentence: frozenset[str]
    preposition_starters: frozenset[str]
    after_preposition: tuple[str, ...]
    longest_word: int


@dataclass(frozen=True)
class Title:
    min_title_chars: int
    copy_min_words: int
    chars_per_edit: int
    paragraph_factor: int
    paragraph_slack: int
    glued_min_words: int
    glued_min_rest: int


@dataclass(frozen=True)
class Terms:
    articles: frozenset[str]
    descriptor_nouns: frozenset[str]
    gloss_cues: tuple[str, ...]
    gloss_reach: int
    gloss_gap: int


@dataclass(frozen=True)
class Names:
    endings: tuple[str, ...]
    sound_as: Mapping[str, str]
    silent: str


@dataclass(frozen=True)
class Repeats:
    conjunctions: frozenset[str]


@dataclass(frozen=True)
class Blocking:
    max_block_chars: int


@dataclass(frozen=True)
class Language:
    """Everything in the language file, section by section (see the file for what each value is for)."""

    untranslated: Untranslated
    script: Script
    glue: Glue
    title: Title
    terms: Terms
    names: Names
    repeats: Repeats
    blocks: Blocking


_SECTIONS: dict[str, type] = {
    "untranslated": Untranslated,
    "script": Script,
    "glue": Glue,
    "title": Title,
    "terms": Terms,
    "names": Names,
    "repeats": Repeats,
    "blocks": Blocking,
}


@functools.cache
def english() -> Language:
    """The bundled language file, read and checked on first use (once per process)."""
    return load_language(rules_directory() / LANGUAGE_FILE)


def load_language(path: Path) -> Language:
    """A language file, checked: every section and value the kinds use, of the right type."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulePackError(str(path), f"cannot read the language file: {exc}") from None
    if not isinstance(data, Mapping):
        raise RulePackError(str(path), "the language file must be a mapping of sections")
    sections = {name: _section(path, name, cls, data.get(name)) for name, cls in _SECTIONS.items()}
    return Language(**sections)


def _section(path: Path, name: str, cls: type, data: Any) -> Any:
    """One section as its dataclass, each field converted by its declared type."""
    if not isinstance(data, Mapping):
        raise RulePackError(str(path), f"section '{name}' is missing or not a mapping")
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(cls):
        if spec.name not in data:
            raise RulePackError(str(path), f"'{name}.{spec.name}' is missing")
        try:
            values[spec.name] = _convert(str(spec.type), data[spec.name])
        except (TypeError, ValueError) as exc:
            raise RulePackError(str(path), f"'{name}.{spec.name}': {exc}") from None
    return cls(**values)


def _convert(declared: str, value: Any) -> Any:
    """A YAML value as the field's type; word lists may be one string of words parted by white space."""
    if declared in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"expected a non-negative number, got {value!r}")
        return int(value) if declared == "int" else float(value)
    if declared == "str":
        if not isinstance(value, str):
            raise ValueError(f"expected a string, got {value!r}")
        return value
    if declared == "Mapping[str, str]":
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in [*value, *value.values()]):
            raise ValueError("expected a mapping of strings to strings")
        return dict(value)
    words = value.split() if isinstance(value, str) else value
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError("expected words: a string of words or a list of strings")
    return frozenset(words) if declared.startswith("frozenset") else tuple(words)


#: The values a pack may override: those its kinds read per run (``current``).  The rest are compiled
#: into regexes or tables when their module is imported, and a pack's value would be silently
#: ignored, so it is refused instead.
OVERRIDABLE: dict[str, frozenset[str]] = {
    "untranslated": frozenset(spec.name for spec in dataclasses.fields(Untranslated)),
    "title": frozenset(spec.name for spec in dataclasses.fields(Title)),
    "glue": frozenset({"never_ends_a_sentence", "preposition_starters", "longest_word"}),
    "repeats": frozenset({"conjunctions"}),
    "blocks": frozenset({"max_block_chars"}),
}


def overridden(base: Language, data: Any, path: str) -> Language:
    """``base`` with a pack's ``language:`` mapping laid over it, checked like the language file.

    The mapping has the language file's shape (``{untranslated: {english_token_share: 0.5}}``);
    a section or value it leaves out keeps ``base``'s.  An unknown name is a one-line
    ``RulePackError`` naming the pack and the key, with the nearest real name.
    """
    if not isinstance(data, Mapping):
        raise RulePackError(path, "'language' must be a mapping of sections of rules/language/english.yaml")
    sections: dict[str, Any] = {}
    for name, values in data.items():
        if name not in _SECTIONS:
            hint = did_you_mean(str(name), _SECTIONS, f" (sections: {', '.join(_SECTIONS)})")
            raise RulePackError(path, f"language: unknown section '{name}'{hint}")
        if not isinstance(values, Mapping):
            raise RulePackError(path, f"language: section '{name}' must be a mapping")
        fields = {spec.name: str(spec.type) for spec in dataclasses.fields(_SECTIONS[name])}
        changed: dict[str, Any] = {}
        for key, value in values.items():
            if key not in fields:
                raise RulePackError(path, f"language: unknown key '{name}.{key}'{did_you_mean(str(key), fields)}")
            if key not in OVERRIDABLE.get(name, ()):
                raise RulePackError(path, f"language: '{name}.{key}' cannot be overridden by a pack yet")
            try:
                changed[key] = _convert(fields[key], value)
            except (TypeError, ValueError) as exc:
                raise RulePackError(path, f"language: '{name}.{key}': {exc}") from None
        sections[name] = dataclasses.replace(getattr(base, name), **changed)
    return dataclasses.replace(base, **sections)


def language_of(overrides: Iterable[tuple[str, Mapping[str, Any]]]) -> Language:
    """The bundled language with each pack's overrides (pack path, mapping) laid over it in pack order."""
    result = english()
    for path, data in overrides:
        result = overridden(result, data, path)
    return result


#: The language of the normalizer now running in this thread (or task); the bundled one outside a run.
_CURRENT: contextvars.ContextVar[Language | None] = contextvars.ContextVar("normalize_language", default=None)


def current() -> Language:
    """The language values to use now: a normalizer's own while it runs (``using``), else the bundled ones.

    Read at call time by the kinds that a pack may tune, so that two normalizers with
    different packs in one process each see their own values.
    """
    return _CURRENT.get() or english()


@contextlib.contextmanager
def using(language: Language) -> Iterator[None]:
    """Run the block with ``language`` as ``current()`` (per thread and task, nested safely)."""
    token = _CURRENT.set(language)
    try:
        yield
    finally:
        _CURRENT.reset(token)

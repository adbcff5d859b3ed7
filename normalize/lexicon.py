"""Language knowledge as data: the files of ``rules/language``, read once, overridable by a pack.

Word lists and thresholds the kinds use (function words, sentence openers, language
names, descriptor nouns, gloss cues, name endings, the shares and lengths that
decide "untranslated" or "a copy of the headline") live in ``english.yaml``, each
with a comment saying why it exists, so that a person can read and change them
without reading Python; the other files (``langfiles.FILES``) hold the lists and
patterns of one module each.  A missing or malformed entry is a one-line
``RulePackError``.

One ``Language`` holds them all: the bundled one (``english()``), or a normalizer's,
with its packs' ``language:`` overrides laid over it (``language_of``).  A normalizer
runs inside ``using(its language)``; the code that reads a value calls ``current()``,
and the code that compiles values into a regex or a set declares a ``Compiled`` form
(``@compiled_from("names.yaml")``), cached per distinct data, so that two
normalizers with different packs in one process never see each other's values.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import regex

from .errors import RulePackError, did_you_mean
from .langfiles import FILES, DataFile, bundled_files, overridden_file, read_mapping


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
    date_labels: tuple[str, ...]
    site_name_words: int
    #: More words than this before the glue point read as a sentence, not a headline.
    glued_max_words: int = 12
    #: Words title case leaves in lower case (``normalize.titling``).
    minor_words: frozenset[str] = frozenset()
    #: A dateline line ("Baghdad / INA /") has at most this many words: a longer line is a sentence.
    dateline_max_words: int = 6


@dataclass(frozen=True)
class Terms:
    articles: frozenset[str]
    descriptor_nouns: frozenset[str]
    gloss_cues: tuple[str, ...]
    gloss_reach: int
    gloss_gap: int
    headline_speaker_words: int
    headline_words: int
    #: Initial letters of a capitalised name that take "an" (``normalize.articles``).
    vowel_initials: frozenset[str] = frozenset()
    #: Openings of such a name that sound as a consonant ("Eurasian"): it takes "a".
    consonant_openings: tuple[str, ...] = ()
    #: First words of English names that go without "the" ("Operation Dignity"), whatever their last word.
    bare_openings: frozenset[str] = frozenset()


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
    """The language file, section by section (see the file for what each value is for), and the other files.

    ``files`` holds the other files of rules/language by name (``langfiles.FILES``);
    the forms compiled from them are ``Compiled`` values, cached per distinct data.
    """

    untranslated: Untranslated
    script: Script
    glue: Glue
    title: Title
    terms: Terms
    names: Names
    repeats: Repeats
    blocks: Blocking
    files: Mapping[str, DataFile] = field(default_factory=dict, compare=False, repr=False)

    def part(self, name: str) -> Any:
        """A section of english.yaml by name ("terms"), or the data of another file ("names.yaml")."""
        if name.endswith(".yaml"):
            return self.files[name[: -len(".yaml")]].data
        return getattr(self, name)

    def origin(self, name: str) -> str:
        """Where a part's values came from: the bundled file or the pack that last overrode it."""
        if name.endswith(".yaml"):
            return self.files[name[: -len(".yaml")]].origin
        return str(rules_directory() / LANGUAGE_FILE)


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
    data = read_mapping(path, "cannot read the language file", "the language file must be a mapping of sections")
    sections = {name: _section(path, name, cls, data.get(name)) for name, cls in _SECTIONS.items()}
    return Language(**sections, files=bundled_files(path.parent))


def _section(path: Path, name: str, cls: type, data: Any) -> Any:
    """One section as its dataclass, each field converted by its declared type."""
    if not isinstance(data, Mapping):
        raise RulePackError(str(path), f"section '{name}' is missing or not a mapping")
    values: dict[str, Any] = {}
    for spec in dataclasses.fields(cls):
        if spec.name not in data:
            if spec.default is not dataclasses.MISSING:
                continue  # a later field with a default: older language files need not give it
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


def overridden(base: Language, data: Any, path: str) -> Language:
    """``base`` with a pack's ``language:`` mapping laid over it, checked like the language files.

    The mapping's sections are those of rules/language/english.yaml and the other files of
    rules/language by name (``{untranslated: {english_token_share: 0.5}, capitals: {verb_cues:
    to will}}``); ``names`` takes the keys of both english.yaml's section and names.yaml.  A
    section or value it leaves out keeps ``base``'s.  An unknown name is a one-line
    ``RulePackError`` naming the pack and the key, with the nearest real name.
    """
    if not isinstance(data, Mapping):
        raise RulePackError(path, "'language' must be a mapping of sections of the files in rules/language")
    sections: dict[str, Any] = {}
    files = dict(base.files)
    known = sorted({*_SECTIONS, *FILES})
    for name, values in data.items():
        if name not in known:
            hint = did_you_mean(str(name), known, f" (sections: {', '.join(known)})")
            raise RulePackError(path, f"language: unknown section '{name}'{hint}")
        if not isinstance(values, Mapping):
            raise RulePackError(path, f"language: section '{name}' must be a mapping")
        typed = {spec.name: str(spec.type) for spec in dataclasses.fields(_SECTIONS[name])} if name in _SECTIONS else {}
        in_file = {key: value for key, value in values.items() if key not in typed}
        if name in FILES and in_file:
            files[name] = overridden_file(files[name], in_file, path, name, also=typed)
        elif in_file:
            key = str(next(iter(in_file)))
            raise RulePackError(path, f"language: unknown key '{name}.{key}'{did_you_mean(key, typed)}")
        changed: dict[str, Any] = {}
        for key, value in values.items():
            if key in typed:
                try:
                    changed[key] = _convert(typed[key], value)
                except (TypeError, ValueError) as exc:
                    raise RulePackError(path, f"language: '{name}.{key}': {exc}") from None
        if changed:
            sections[name] = dataclasses.replace(getattr(base, name), **changed)
    return dataclasses.replace(base, **sections, files=files)


def language_of(overrides: Iterable[tuple[str, Mapping[str, Any]]]) -> Language:
    """The bundled language with each pack's overrides (pack path, mapping) laid over it in pack order.

    Normalizers built from the same overrides share one ``Language``, and so its compiled forms;
    a new one has every compiled form built now, so that a bad value fails here, not mid-run.
    """
    given = tuple(overrides)
    if not given:
        return english()
    key = repr(given)
    language = _LANGUAGES.get(key)
    if language is None:
        language = english()
        for path, data in given:
            language = overridden(language, data, path)
        check_compiled(language)
        if len(_LANGUAGES) >= 32:
            _LANGUAGES.clear()
        _LANGUAGES[key] = language
    return language


#: Languages built from packs' overrides, by the overrides' text: a cache, so that rebuilding a
#: normalizer (pickling, a worker) finds its compiled forms.
_LANGUAGES: dict[str, Language] = {}


#: The language of the normalizer now running in this thread (or task); the bundled one outside a run.
_CURRENT: contextvars.ContextVar[Language | None] = contextvars.ContextVar("normalize_language", default=None)


def current() -> Language:
    """The language values to use now: a normalizer's own while it runs (``using``), else the bundled ones.

    Read at call time by the kinds that a pack may tune, so that two normalizers with
    different packs in one process each see their own values.
    """
    return _CURRENT.get() or english()


_T = TypeVar("_T")


class Compiled(Generic[_T]):
    """A form (a regex, a set) compiled from some parts of the language, once per distinct data of those parts.

    Calling it with no language compiles from ``current()``'s parts.  Two languages that
    share a part (a pack overrode another one) share the form; the cache keys on the
    parts' identity and keeps them alive, so an identity is never reused.
    """

    def __init__(self, build: Callable[..., _T], parts: tuple[str, ...]) -> None:
        self.build = build
        self.parts = parts
        #: By the parts' identities: what languages that share the parts share.
        self._by_parts: dict[tuple[int, ...], tuple[tuple[Any, ...], _T]] = {}
        #: By the language's identity: the lookup of every call, one dict access (called per paragraph or hit).
        self._by_language: dict[int, tuple[Language, _T]] = {}
        functools.update_wrapper(self, build)

    def __call__(self, language: Language | None = None) -> _T:
        language = language or current()
        hit = self._by_language.get(id(language))
        if hit is not None and hit[0] is language:
            return hit[1]
        value = self._of_parts(language)
        if len(self._by_language) >= 64:  # many packs' languages in one long process: start again
            self._by_language.clear()
        self._by_language[id(language)] = (language, value)
        return value

    def _of_parts(self, language: Language) -> _T:
        parts = tuple(language.part(name) for name in self.parts)
        key = tuple(map(id, parts))
        hit = self._by_parts.get(key)
        if hit is None:
            try:
                hit = (parts, self.build(*parts))
            except (KeyError, IndexError, TypeError, ValueError, AttributeError, regex.error) as exc:
                origins = [language.origin(name) for name in self.parts]
                bundled = str(rules_directory())
                where = next((o for o in origins if not o.startswith(bundled)), origins[0])  # a pack's, if any
                raise RulePackError(where, f"language data ({', '.join(self.parts)}): {_problem(exc)}") from None
            if len(self._by_parts) >= 64:
                self._by_parts.clear()
            self._by_parts[key] = hit
        return hit[1]


def _problem(exc: Exception) -> str:
    if isinstance(exc, regex.error):
        return f"a pattern does not compile: {exc}"
    if isinstance(exc, KeyError):
        return f"an entry is missing: {exc}"
    return f"{type(exc).__name__}: {exc}"


#: Every compiled form, so that a new language can have them all built (``check_compiled``).
_COMPILED: list[Compiled[Any]] = []


def compiled_from(*parts: str) -> Callable[[Callable[..., _T]], Compiled[_T]]:
    """Declare a compiled form of these parts (``Language.part`` names): ``@compiled_from("names.yaml")``."""

    def register(build: Callable[..., _T]) -> Compiled[_T]:
        form = Compiled(build, parts)
        _COMPILED.append(form)
        return form

    return register


def check_compiled(language: Language) -> None:
    """Build every compiled form of ``language``: a pack's bad value is then a load error, named."""
    for form in _COMPILED:
        form(language)


@contextlib.contextmanager
def using(language: Language) -> Iterator[None]:
    """Run the block with ``language`` as ``current()`` (per thread and task, nested safely)."""
    token = _CURRENT.set(language)
    try:
        yield
    finally:
        _CURRENT.reset(token)

"""Is a word a common English word?  Webster's Second (``web2``, public domain), as the english-words package ships it.

The list writes proper nouns with their capital ("Washington") and common words in
lower case, so a word whose lower-case form is listed (or, for a plural, whose
singular is) is a common word, and one listed only with a capital, or not at all
("Baghdad", "Geagea"), is a name.  The list is read on the first question (about
60 ms), never at start-up; without the package every word counts as a name, so the
kinds that ask change nothing.
"""

from __future__ import annotations

import functools
import itertools


@functools.cache
def _web2() -> frozenset[str] | set[str]:
    """The list as the package gives it, case kept: common words in lower case, names capitalised.

    Kept as one set rather than split in two: the split took longer than reading the list.
    """
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - the package is a dependency
        return frozenset()
    words: set[str] = get_english_words_set(["web2"], lower=False, alpha=True)
    return words


def _common_words() -> frozenset[str] | set[str]:
    return _web2()


def is_also_a_name(word: str) -> bool:
    """The list also has ``word`` (or its singular) with a capital, as a name ("Turkey", "Jordan", "March")."""
    names = _web2()
    title = word[:1].upper() + word[1:].lower()
    singulars = (title[:-1], title[:-2], title[:-3] + "y") if title.endswith("s") else ()
    return title in names or any(form in names for form in singulars)


def is_common_word(word: str) -> bool:
    """``word`` (any case) or its singular is a common English word in the list."""
    words = _common_words()
    lower = word.lower()
    if lower in words:
        return True
    if lower.endswith("ies") and lower[:-3] + "y" in words:
        return True
    if lower.endswith("es") and lower[:-2] in words and lower[-3:-2] in "sxzh":
        return True
    return lower.endswith("s") and not lower.endswith("ss") and lower[:-1] in words


def is_plural(word: str) -> bool:
    """``word`` is not itself in the list but is the plural of a common word ("Weapons", "Salaries")."""
    return word.lower() not in _common_words() and is_common_word(word)


@functools.cache
def _frequent_words() -> frozenset[str]:
    """The commonest English words by frequency (rules/english_words.txt, from wordfreq), lower case."""
    from .lexicon import rules_directory

    try:
        lines = (rules_directory() / "english_words.txt").read_text(encoding="utf-8").splitlines()
    except OSError:  # pragma: no cover - the list ships with the packs
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def closed_compounds() -> frozenset[str]:
    """Words English writes closed that are two common words run together (rules/english_compounds*.txt).

    Built from wordfreq's larger list ("oilfield", "flashpoint", "heatwave"): what Webster's is
    too old to have and the commonest words too short to reach; and a hand-kept list of the
    news agencies' closed compounds wordfreq lacks ("monthslong").  Read on the first question only.
    """
    from .lexicon import rules_directory

    lines: list[str] = []
    for name in ("english_compounds.txt", "english_compounds_news.txt"):
        try:
            lines += (rules_directory() / name).read_text(encoding="utf-8").splitlines()
        except OSError:  # pragma: no cover - the lists ship with the packs
            continue
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def commonest_words(count: int) -> frozenset[str]:
    """The ``count`` commonest English words (rules/english_words.txt is in order of frequency)."""
    from .lexicon import rules_directory

    try:
        lines = (rules_directory() / "english_words.txt").read_text(encoding="utf-8").splitlines()
    except OSError:  # pragma: no cover - the list ships with the packs
        return frozenset()
    return frozenset(itertools.islice((w for w in map(str.strip, lines) if w and not w.startswith("#")), count))


def frequent_words() -> frozenset[str]:
    """The commonest English words (rules/english_words.txt), lower case; empty without the list."""
    return _frequent_words()


def is_plural_in_use(word: str) -> bool:
    """``word`` is the plural (``is_plural``) of a word English text uses: one of the commonest words.

    Webster's lists rare words ("jenkin", "dawkin") whose plurals are surnames ("Jenkins",
    "Dawkins"); a singular no common text uses says the capitalised word is a name.
    """
    if not is_plural(word):
        return False
    lower, frequent = word.lower(), _frequent_words()
    if not frequent:
        return True
    singulars = [lower[:-1]]
    if lower.endswith("ies"):
        singulars.append(lower[:-3] + "y")
    if lower.endswith("es"):
        singulars.append(lower[:-2])
    return any(s in frequent for s in singulars)


def is_listed_as_name(word: str) -> bool:
    """The list has ``word`` itself with a capital ("Burns", "Woods"), not only its singular ("School")."""
    return word[:1].upper() + word[1:].lower() in _web2()

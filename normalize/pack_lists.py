"""A pack's ``shared_lists``: named lists of words read once from the gazetteer's tables.

A pattern rule names a class of words with ``\\L<name>`` and spells the class out in its
own ``lists``.  Where the class is the gazetteer's (the Iraqi governorates and cities, the
parliamentary blocs), copying it into a rule would leave two lists to keep in step; a pack
instead says where the class lives, and every rule of the pack that uses ``\\L<name>``
without a list of that name of its own is given it when the pack loads::

    shared_lists:
      iraqi_places:
        tables: [gazetteer/places.tsv, gazetteer/cities.tsv]
        country: [IQ]
        type: [governorate, city]

A row is taken when its value in each filter column (``country``, ``type``) is one of those
listed; its canonical name, variants and house-style variants join the list, so a body named
with a misspelt place is still found (the gazetteer mends the spelling in a later round).

Three keys shape a list of proper names for the grammar rules (s20-struct: "the Barzani said",
"the Hezbollah said" keep Arabic's article before a name that takes none in English):

- ``words: last`` takes each name's last word (a person's surname) instead of the whole name;
- ``proper_only: true`` keeps only names none of whose words is a common English word, since
  a name built of English words ("Gaza Strip", "Kurdistan Region", "The Hague") is the kind
  that English gives an article, and a one-word name that is also a word ("Hit") is ambiguous;
- ``exclude`` lists names left out all the same (those English writes with "the": "Peshmerga").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import RulePackError

#: The columns whose values (parted by "|") are the names a row gives a list.
_NAME_COLUMNS = ("canonical", "variants", "style_variants")
#: The columns a list may be filtered on.
_FILTERS = ("country", "type")
_SPEC_KEYS = frozenset({"tables", "words", "proper_only", "exclude", *_FILTERS})


def expand_shared_lists(data: dict[str, Any], folder: Path, shown: str) -> dict[str, Any]:
    """``data`` with each shared list given to the rules that name it and lack their own."""
    spec = data.get("shared_lists")
    if not isinstance(spec, Mapping):
        raise RulePackError(shown, "'shared_lists' must map list names to table specifications")
    lists = {str(name): _read_list(str(name), entry, folder, shown) for name, entry in spec.items()}
    rules = [_with_lists(item, lists) for item in data.get("rules") or []]
    return {**data, "rules": rules}


def _with_lists(item: Any, lists: Mapping[str, list[str]]) -> Any:
    """The rule entry with the shared lists its pattern or screen names and it does not define."""
    if not isinstance(item, dict):
        return item
    own = item.get("lists") or {}
    if not isinstance(own, Mapping):
        return item  # the rule's own check reports it
    text = " ".join(str(item.get(key, "")) for key in ("pattern", "screen"))
    wanted = {name: words for name, words in lists.items() if f"\\L<{name}>" in text and name not in own}
    if not wanted:
        return item
    return {**item, "lists": {**own, **wanted}}


def _read_list(name: str, entry: Any, folder: Path, shown: str) -> list[str]:
    if not isinstance(entry, Mapping) or not set(entry) <= _SPEC_KEYS or not isinstance(entry.get("tables"), list):
        raise RulePackError(shown, f"shared list '{name}' must give 'tables' (and may filter on country, type)")
    filters = {key: {str(v) for v in entry[key]} for key in _FILTERS if key in entry}
    names: dict[str, None] = {}
    for table in entry["tables"]:
        for row in _rows(folder / str(table), shown):
            if all(row.get(key, "") in allowed for key, allowed in filters.items()):
                names.update(dict.fromkeys(_names(row)))
    names = _shaped(names, entry, name, shown)
    if not names:
        raise RulePackError(shown, f"shared list '{name}' is empty: no row of its tables passes its filters")
    return sorted(names)


def gazetteer_names(spec: Mapping[str, Any]) -> tuple[str, ...]:
    """The names a shared-list ``spec`` gives, read from the bundled rules folder (for a kind's own use)."""
    from .lexicon import rules_directory

    return tuple(_read_list("gazetteer", spec, rules_directory(), "gazetteer"))


def _shaped(names: dict[str, None], entry: Mapping[str, Any], name: str, shown: str) -> dict[str, None]:
    """The names as ``words``, ``proper_only`` and ``exclude`` shape them (all three optional)."""
    words = entry.get("words")
    if words not in (None, "last"):
        raise RulePackError(shown, f"shared list '{name}': 'words' may only be 'last'")
    if words == "last":
        names = dict.fromkeys(n.split()[-1] for n in names)
    if entry.get("proper_only"):
        from .wordlist import is_common_word

        names = {n: None for n in names if not any(_english(w, is_common_word) for w in regex_words(n))}
    excluded = {str(v) for v in entry.get("exclude") or ()}
    return {n: None for n in names if n not in excluded}


def regex_words(name: str) -> list[str]:
    """The letter runs of a name ("Kata'ib Hezbollah" -> Kata, ib, Hezbollah; "al-Haq" -> al, Haq), as a
    word list sees them; a run of one or two letters (an "al", a clipped "ib") is no English word."""
    return [w for w in re.findall(r"[^\W\d_]+", name) if len(w) > 2]


def _names(row: Mapping[str, str]) -> Iterable[str]:
    for column in _NAME_COLUMNS:
        for value in (row.get(column) or "").split("|"):
            if value.strip():
                yield value.strip()


def _rows(path: Path, shown: str) -> list[dict[str, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(shown, f"cannot read {path.name}: {exc}") from None
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _english(word: str, is_common_word: Callable[[str], bool]) -> bool:
    """Is the word English, in the American spelling the word list has or the British one ("Organisation")?"""
    if is_common_word(word):
        return True
    american = re.sub(r"(?<=\w{3})is(ation|e|ed|es|ing)$", r"iz\1", word)
    return american != word and is_common_word(american)

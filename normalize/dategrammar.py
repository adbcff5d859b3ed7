"""The ``grammar`` form of the date kind: Arabic day and date expressions read as a grammar.

Arabic news builds its dates from a few parts, and machine translation carries each part over
on its own: a weekday, a part of the day ("Tuesday dawn", "Monday's evening"), a relative word
("the current month", "the coming Friday", "the twentieth of next October"), an ordinal day, a
month's name (English, or the Levantine/Iraqi one transliterated: "the fifth of Kanun al-Awwal"),
a connector between a weekday or a Hijri date and the Gregorian date ("Wednesday corresponding
to 16 December"), an era ("2026 AD"), and the day of a month named earlier ("17 of the same
month").  Rather than one rule per wording, this module compiles one regex per construction from
the word tables of rules/language/dates.yaml (``grammar``) and the calendar of date.py, so every
combination of the parts is read, and writes the English the rest of the date kind writes (day
first where the document writes its dates so, month first otherwise).

Guards: a one-word Levantine month (Nisan, Tammuz, Ab) is read only beside a day, a year or
"the month of"; "the month of Ramadan" and the Hijri months stay; a relative word that ordinary
English uses ("the next year, he moved"; "over the past month") is left alone: "next" and
"coming" become English only after "the beginning/end/middle of"; a weekday's possessive stays
before a noun ("Monday's evening session").
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .datecalendar import calendar
from .kinds.base import Rule, RuleError, change
from .kinds.date import Style
from .lexicon import compiled_from
from .model import Change
from .screen import Span, whole
from .templates import read_maps

Rewrite = Callable[[regex.Match[str], str, Style], str | None]


@dataclass(frozen=True)
class Grammar:
    """The constructions, each a regex and the function that writes its English (None: leave it)."""

    constructions: tuple[tuple[regex.Pattern[str], Rewrite], ...]
    months: tuple[str, ...]
    month_of: Mapping[str, int]  # a month's name as written (English or Levantine) -> 1..12
    ordinal: Mapping[str, int]
    relative: Mapping[str, str]
    any_month: regex.Pattern[str]
    other_calendar: regex.Pattern[str]  # words of a text about another calendar with the same month names
    trigger: str


def _table(data: Mapping[str, Any], key: str) -> Any:
    grammar = data.get("grammar", {})
    if not isinstance(grammar, dict) or key not in grammar:
        raise RuleError(f"rules/language/dates.yaml: 'grammar' must hold '{key}'")
    return grammar[key]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _cap(original: str, replacement: str) -> str:
    """Keep a capital the match started with (a sentence's first word)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _day_of(word: str, ordinal: Mapping[str, int]) -> int | None:
    word = word.casefold()
    if word in ordinal:
        return ordinal[word]
    digits = regex.match(r"[0-9]{1,2}", word)
    return int(digits.group()) if digits else None


def _date_text(g: Grammar, day: int, month: int, year: int | None, style: Style) -> str | None:
    try:
        datetime.date(year or 2000, month, day)  # 2000 is a leap year: 29 February is a day
    except ValueError:
        return None
    name = g.months[month - 1]
    if style():
        return f"{day} {name} {year}" if year else f"{day} {name}"
    return f"{name} {day}, {year}" if year else f"{name} {day}"


@compiled_from("dates.yaml", "maps.yaml")
def grammar(data: Mapping[str, Any], maps: Mapping[str, Any]) -> Grammar:
    """The constructions, compiled once per distinct data, on first use."""
    cal = calendar.build(data, maps)  # the same tables: built from them, not from current()
    levantine = _table(data, "levantine_months")
    if not isinstance(levantine, dict) or not all(m in cal.months for m in levantine):
        raise RuleError("rules/language/dates.yaml: 'levantine_months' must map English months to names")
    month_of = {m.casefold(): i + 1 for i, m in enumerate(cal.months)}
    two_words: list[str] = []
    one_word: list[str] = []
    for english, names in levantine.items():
        for name in names:
            month_of[name.casefold()] = cal.months.index(english) + 1
            (two_words if " " in name else one_word).append(name)
    relative: dict[str, str] = dict(_table(data, "relative"))
    ordinal = {k.casefold(): int(v) for k, v in read_maps(maps).get("ordinal_day", {}).items()}
    words = {
        "wd": _alt(cal.weekdays),
        "en": _alt(cal.months),
        "lev2": _alt(two_words),
        "lev1": _alt(one_word),
        "ord": _alt(list(ordinal)) + "|[0-9]{1,2}(?:st|nd|rd|th)?",
        "rel": _alt(list(relative)),
        "unit": _alt(_table(data, "units")),
        "part": _alt(_table(data, "parts_of_day")),
        "moment": _alt(_table(data, "moments")),
        "conn": _alt(_table(data, "connectors")),
        "era": _alt(_table(data, "eras")),
    }
    from .dateforms import constructions  # the constructions need the grammar's words only

    built = constructions(words)
    any_month = regex.compile(rf"\b(?:{words['en']}|{words['lev2']})\b")
    # The screen's trigger (a plain alternation: the screen's engine knows no \\b): a word of any slot.
    plain = [*cal.weekdays, *cal.months, *two_words, *one_word, "month", "year", "week", "mid of"]
    trigger = "(?:" + "|".join([*plain, "yesterday", "tomorrow", "[0-9] ?A\\.?D"]) + ")"
    other = regex.compile(rf"\b{_alt(_table(data, 'other_calendars'))}\b")
    return Grammar(built, cal.months, month_of, ordinal, relative, any_month, other, trigger)


def grammar_changes(text: str, rule: Rule, spans: list[Span] | None, style: Style) -> list[Change]:
    """Every construction's matches inside the spans, written as English dates."""
    g = grammar()
    changes: list[Change] = []
    for start, end in whole(text, spans):
        for pattern, rewrite in g.constructions:
            for match in pattern.finditer(text, start, end):
                written = rewrite(match, text, style)
                if written is not None and written != match.group():
                    changes.append(change(rule, match.start(), match.end(), _cap(match.group(), written)))
    return changes

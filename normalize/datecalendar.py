"""The names and figures a date is written with, compiled from rules/language/dates.yaml.

Kept apart from the date kind (``normalize.kinds.date``) so that the kind reads as what it does
with a date, and the date grammar (``normalize.dategrammar``) can share the calendar without
importing the kind.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .kinds.base import RuleError
from .lexicon import compiled_from
from .templates import read_maps


@dataclass(frozen=True)
class Calendar:
    """The names a date is written with, and the regexes built from them."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    numeric: tuple[regex.Pattern[str], regex.Pattern[str]]
    spelt: regex.Pattern[str]
    day_first: regex.Pattern[str]
    month_first: regex.Pattern[str]
    evidence: tuple[regex.Pattern[str], ...]
    after_repairs: frozenset[str]
    worded: Mapping[str, regex.Pattern[str]]  # by form: a month named between figures
    month_names: Mapping[str, int]  # a month's name as written (English or Arabic), casefolded -> 1..12
    range_start: regex.Pattern[str]  # the first day of a range whose last day is the date after it


def _names(data: Mapping[str, Any], key: str, count: int) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) != count or not all(isinstance(v, str) for v in value):
        raise RuleError(f"rules/language/dates.yaml: '{key}' must list {count} names")
    return tuple(value)


#: A digit of a figure date, and what a date's figures are written with.
DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
DATE_CHARS = r"[0-9\u0660-\u0669\u06f0-\u06f9/. -]"


def _d(name: str, most: int) -> str:
    """A named group of figures: one to ``most`` of them (a year: exactly four)."""
    return f"(?P<{name}>{DIGIT}{{{'4' if most == 4 else '1,' + str(most)}}})"


def _str_list(data: Mapping[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleError(f"rules/language/dates.yaml: '{key}' must be a list of strings")
    return value


def _era_words(data: Mapping[str, Any]) -> list[str]:
    return _str_list(data, "era_after_date") or ["AD"]


@compiled_from("dates.yaml", "maps.yaml")
def calendar(data: Mapping[str, Any], maps: Mapping[str, Any]) -> Calendar:
    """rules/language/dates.yaml and the ordinal words, compiled once per distinct data, on first use."""
    months, weekdays = _names(data, "months", 12), _names(data, "weekdays", 7)
    month = "(?:" + "|".join(months) + ")"
    weekday = "(?:" + "|".join(weekdays) + ")"
    ordinals = sorted(read_maps(maps).get("ordinal_day", {}), key=len, reverse=True)
    ordinal = "(?:" + "|".join(regex.escape(o) for o in ordinals) + "|[0-9]{1,2}(?:st|nd|rd|th))"
    # Figures first, so that the search skips ahead to a digit (one pattern per order: an
    # alternation of the two is ten times slower); before them a weekday (perhaps with its
    # comma), or a word and a space or a bracket: a date in a sentence.
    # The digits may be Arabic-Indic or Persian (int() reads them all); the year's range is
    # checked on the value.  A day-first date's parts are parted by a slash (perhaps spaced:
    # "3 / 7 / 2024"), a dash or a dot, the same twice.
    before = (
        rf"(?:(?<=(?P<wd>{weekday})(?P<comma>,)? {DATE_CHARS}+)|(?<=\p{{L}},? {DATE_CHARS}+|\p{{L}} \({DATE_CHARS}+))"
    )
    era = "(?:" + "|".join(regex.escape(e) for e in _era_words(data)) + ")"
    # The era may be glued to the year (the Arabic letter), so the check that the date ends
    # where it should comes after it.
    after = rf"(?P<era> ?{era}(?![\p{{L}}\p{{N}}]))?(?![\p{{L}}\p{{N}}/-]|[.,]{DIGIT})"
    numeric = (
        regex.compile(
            rf"(?<![\p{{N}}/.-]){_d('d', 2)}(?P<sep> ?/ ?|[.-]){_d('m', 2)}(?P=sep){_d('y', 4)}" + before + after
        ),
        regex.compile(rf"(?<![\p{{N}}/.-]){_d('y2', 4)}/{_d('m2', 2)}/{_d('d2', 2)}" + before + after),
    )
    # "the fifth of March", or after a weekday ("Saturday 18th of July 2015", which the
    # weekday then precedes with its comma) or a bracket without "the"; a year may follow,
    # bare or in brackets ("the tenth of October (2021)").
    spelt = regex.compile(
        rf"(?:\b(?P<wd>{weekday}),? (?:the )?|\b[Tt]he |(?<=\()(?=[0-9]))(?P<day>{ordinal}) of (?:the month of )?"
        rf"(?P<month>{month})\b(?:,? (?P<year>(?:19|20)[0-9]{{2}})\b| \((?P<year>(?:19|20)[0-9]{{2}})\))?"
        r"(?![''’-])(?!,? [0-9])"
    )
    arabic = _arabic_months(data, months)
    # AP's abbreviations ("Sept. 17") tell a dateline's order as well as the names do.
    short = "|".join(regex.escape(a) for a in _str_list(data, "month_abbreviations")) or month
    return Calendar(
        months,
        weekdays,
        numeric,
        spelt,
        regex.compile(rf"\b[0-9]{{1,2}} (?:{month}\b|{short})"),
        regex.compile(rf"\b(?:{month}|{short}) [0-9]{{1,2}}\b(?! {month})"),
        tuple(regex.compile(p) for p in _str_list(data, "day_first_evidence")),
        frozenset(_str_list(data, "day_first_after_repairs_in")),
        _worded_patterns(month, weekday, arabic, after),
        {**{m.casefold(): i + 1 for i, m in enumerate(months)}, **{a.casefold(): n for a, n in arabic.items()}},
        _range_start(data),
    )


def _range_start(data: Mapping[str, Any]) -> regex.Pattern[str]:
    """A day's figure and a word of ``range_words`` (dates.yaml) ending just before a date."""
    words = "|".join(regex.escape(w) for w in _str_list(data, "range_words")) or "(?!)"
    return regex.compile(rf"(?<![\p{{N}}/.,-])\b(?P<first>[0-9]{{1,2}})(?P<to> (?:{words}) )\Z")


def _arabic_months(data: Mapping[str, Any], months: tuple[str, ...]) -> dict[str, int]:
    """``arabic_months`` of dates.yaml: a month's Arabic name (any of the three sets) -> its number."""
    value = data.get("arabic_months", {})
    if not isinstance(value, dict) or not all(isinstance(k, str) and v in months for k, v in value.items()):
        raise RuleError("rules/language/dates.yaml: 'arabic_months' must map names to English months")
    return {name: months.index(english) + 1 for name, english in value.items()}


def _worded_patterns(month: str, weekday: str, arabic: Mapping[str, int], after: str) -> dict[str, regex.Pattern[str]]:
    """A month named between figures, as a date written the Arabic way in figures keeps it.

    ``worded``: "27/December/2021" or "27-December-2021" (day first, the same mark twice);
    ``arabic-month``: the month left in Arabic ("04/أغسطس/2018", spaced as right-to-left text
    leaves it); ``dashed``: month first with stray dashes ("February -3-2018", "May- 5 - 2019").
    A weekday before the date ("Monday 27/December/2021") is part of the match: it takes a comma.
    """
    arabic_names = "(?:" + "|".join(regex.escape(a) for a in sorted(arabic, key=len, reverse=True)) + ")"
    weekday_before = rf"(?:\b(?P<wd>{weekday}),?[ \t]+)?"
    day, year = rf"(?P<d>{DIGIT}{{1,2}})", rf"(?P<y>{DIGIT}{{4}})"

    def day_first(names: str, marks: str) -> regex.Pattern[str]:
        return regex.compile(
            rf"{weekday_before}(?<![\p{{N}}/.-])(?:(?P<first>{DIGIT}{{1,2}})(?P<to>[-–]))?{day}"
            rf"[ \t]*(?P<sep>{marks})[ \t]*(?P<mon>{names})[ \t]*(?P=sep)[ \t]*{year}" + after
        )

    dashed = regex.compile(
        rf"{weekday_before}\b(?P<mon>{month})(?: -[ \t]?|-[ \t])[ \t]*{day}[ \t]*-[ \t]*{year}" + after
    )
    return {"worded": day_first(month, "/|-"), "arabic-month": day_first(arabic_names, "/|-"), "dashed": dashed}

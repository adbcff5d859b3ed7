"""Kind ``date``: a date written the Arabic way becomes an English date, in the style the document uses.

Arabic news writes dates day first, in figures ("on Tuesday 12/3/2024") or with the
day as an ordinal word ("the twelfth of March"), and machine translation keeps both.
English writes "March 12, 2024" (or "12 March 2024"), and a careful editor follows the
style the passage already uses: a document that writes "11 February" elsewhere gets
"20 February", one that writes "February 11" (or no date at all) gets "February 20".

A figure date (slashes, dashes or dots, spaced slashes, Western or Arabic-Indic digits,
an "AD" after it dropped) is changed only where its reading is certain: the year comes
first ("2024/3/12"), the day is above 12 ("14/3/2024"), a weekday before it fits the
day-first reading and not the month-first one ("Tuesday 12/3/2024"), or the document
says it writes dates day first (its other figure dates, its spelt dates, or a mark of
Arabic origin listed in dates.yaml, ``day_first_evidence``).  "7/11/2023" with nothing
to tell the two readings apart is flagged for a person and left alone, as is a date standing
at the start of a line (a page's timestamp) and, for rules with ``outside_quotes``,
a date inside a direct quotation (a speaker's words).  The month and weekday names
are data (rules/language/dates.yaml); the ordinal words are the table ``ordinal_day``
of rules/language/maps.yaml.

A date with its month named between figures ("27/December/2021", "04/أغسطس/2018",
"February -3-2018": the forms ``worded``, ``arabic-month`` and ``dashed``) is certain; it is
written like every other date here, in the order the document's own dates use ("5 March"
against "March 5", AP's "Sept. 17" counted too), month first where the document has none
or as many of each: the order news English from the region mostly writes.  A weekday before
it that the date did not fall on is flagged, not repaired.  A date that ends a range of days
("from 3 to 15/1/2022") is written with the range's first day ("from January 3 to 15, 2022").
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..datecalendar import Calendar, calendar
from ..edits import select_non_overlapping
from ..mentions import shows_a_form
from ..model import Change
from ..quotes import in_quotation
from ..rounds import Round, documents
from ..screen import Span, whole
from ..templates import shared_maps
from ..tiers import suggestion_flag
from .base import Kind, Rule, RuleError, boolean, change

#: The forms with a month named between figures (read by ``worded_changes``).
WORDED = ("worded", "arabic-month", "dashed")
FORMS = ("numeric", "spelt", "grammar", *WORDED)  # grammar: dategrammar.py


@dataclass(frozen=True)
class DateRule(Rule):
    """``form: numeric`` repairs figure dates (12/3/2024), ``form: spelt`` ordinal ones (the twelfth of March)."""

    form: str = "numeric"
    outside_quotes: bool = True
    kind = "date"


def day_first_style(text: str) -> bool:
    """Does the document write its dates day first ("11 February") more often than month first?"""
    cal = calendar()
    return len(cal.day_first.findall(text)) > len(cal.month_first.findall(text))


class Style:
    """How the document writes its dates, read on the first date there is to write.

    Called, it answers whether the document writes its spelt dates day first ("11
    February"); ``says_day_first`` whether it says its figure dates are day first: it
    writes its spelt dates so, or holds a mark of Arabic origin (``day_first_evidence``).
    """

    def __init__(self, text: str, repaired: frozenset[str] = frozenset()) -> None:
        self._text = text
        self._day_first: bool | None = None
        self._evidence: bool | None = None
        self._repaired = repaired  # the categories of the repairs already made to the document

    def __call__(self) -> bool:
        if self._day_first is None:
            self._day_first = day_first_style(self._text)
        return self._day_first

    def says_day_first(self) -> bool:
        if self._evidence is None:
            cal = calendar()
            self._evidence = (
                self() or bool(self._repaired & cal.after_repairs) or any(p.search(self._text) for p in cal.evidence)
            )
        return self._evidence


def _valid(year: int, month: int, day: int) -> datetime.date | None:
    if not 1900 <= year <= 2099:  # a Hijri year (1445) or a figure that is no year
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _convention(matches: list[regex.Match[str]]) -> bool | None:
    """Does the document write figure dates day first (True), month first (False), or either (None)?

    Only dates that can be read one way only count: "14/3/2024" is day first, "3/14/2024"
    month first.  A document with both, or with neither, tells nothing.
    """
    day_first = month_first = False
    for match in matches:
        if match.groupdict().get("d"):
            first, second = int(match["d"]), int(match["m"])
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    return None if day_first == month_first else day_first


def _certain_date(match: regex.Match[str], weekdays: tuple[str, ...], convention: bool | None) -> datetime.date | None:
    """The date a figure date stands for, where its reading is certain (see the module docstring)."""
    said = weekdays.index(match["wd"]) if match["wd"] else None
    if match.groupdict().get("y2"):
        date = _valid(int(match["y2"]), int(match["m2"]), int(match["d2"]))
        return date if date is not None and said in (None, date.weekday()) else None
    year, first, second = int(match["y"]), int(match["d"]), int(match["m"])
    day_first = _valid(year, second, first)
    if day_first is None or convention is False:
        return None
    month_first = None if first == second or first > 12 else _valid(year, first, second)
    if said is not None and day_first.weekday() != said:
        return None
    if month_first is None or (said is not None and month_first.weekday() != said):
        return day_first
    return day_first if convention else None  # both readings fit: the document's other dates decide


def _written(date: datetime.date, months: tuple[str, ...], day_first: bool, year: bool = True) -> str:
    month = months[date.month - 1]
    if day_first:
        return f"{date.day} {month} {date.year}" if year else f"{date.day} {month}"
    return f"{month} {date.day}, {date.year}" if year else f"{month} {date.day}"


def numeric_changes(
    text: str, rule: DateRule, spans: list[Span] | None, style: Style, doubtful: list[Change] | None = None
) -> list[Change]:
    """The figure dates to rewrite; those whose reading is in doubt go to ``doubtful`` with the day-first reading."""
    cal = calendar()
    found = (m for start, end in whole(text, spans) for p in cal.numeric for m in p.finditer(text, start, end))
    matches = sorted(found, key=lambda m: m.start())
    convention = _convention(matches)  # the document's figure dates, all of them, decide together
    if convention is None and any(_ambiguous(m) for m in matches) and style.says_day_first():
        convention = True
    changes: list[Change] = []
    for match in matches:
        if _left_as_written(text, rule, match):
            continue
        date = _certain_date(match, cal.weekdays, convention)
        if date is None:
            reading = _certain_date(match, cal.weekdays, True) if convention is None else None
            if reading is not None and doubtful is not None:
                doubtful.append(change(rule, *_rewritten(text, match, reading, cal, style)))
            continue
        changes.append(change(rule, *_rewritten(text, match, date, cal, style)))
    return changes


def _ambiguous(match: regex.Match[str]) -> bool:
    return bool(match.groupdict().get("d")) and int(match["d"]) <= 12 and int(match["m"]) <= 12


def _rewritten(
    text: str, match: regex.Match[str], date: datetime.date, cal: Calendar, style: Style
) -> tuple[int, int, str]:
    """Where a date's rewriting starts and ends, and what it writes there.

    A date that ends a range of days ("from 3 to 15/1/2022", "between 20 and 25/3/2022",
    "27-29/December/2021") is rewritten with the range's first day, which belongs to the same month: "from January 3 to
    15, 2022" month first, "from 3 to 15 January 2022" day first; rewritten alone, the first day
    would be left without its month ("from 3 to January 15").
    """
    first: regex.Match[str] | None = match if match.groupdict().get("first") else None
    if first is None and not match["wd"]:
        first = cal.range_start.search(text, max(0, match.start() - 24), match.start())
    if first is not None and 0 < int(first["first"]) < date.day:
        month, end = cal.months[date.month - 1], f"{first['to']}{date.day}"
        written = (
            f"{first['first']}{end} {month} {date.year}" if style() else f"{month} {first['first']}{end}, {date.year}"
        )
        return first.start("first"), match.end(), written
    written = _written(date, cal.months, style())
    if match["wd"]:
        return match.start("wd"), match.end(), f"{match['wd']}, {written}"
    return match.start(), match.end(), written


def _left_as_written(text: str, rule: DateRule, match: regex.Match[str]) -> bool:
    """A date a speaker is quoted as saying (for ``outside_quotes``), or one shown as a form.

    A style guide's "forms like 05/03/2021 are ambiguous" shows the form it warns of;
    rewriting it would make the sentence say nothing.
    """
    start = match.start()
    return (rule.outside_quotes and in_quotation(text, start)) or shows_a_form(text, start)


def spelt_changes(text: str, rule: DateRule, spans: list[Span] | None, day_first: Style) -> list[Change]:
    cal = calendar()
    ordinal = shared_maps().get("ordinal_day", {})
    changes: list[Change] = []
    for start, end in whole(text, spans):
        for match in cal.spelt.finditer(text, start, end):
            if _left_as_written(text, rule, match):
                continue
            word = match["day"].casefold()
            day = int(ordinal[word]) if word in ordinal else int(word[:-2])
            month = next(m for m in cal.months if m.casefold() == match["month"].casefold())
            year = int(match["year"]) if match["year"] else None
            date = _valid(year or 2000, cal.months.index(month) + 1, day)  # 2000 is a leap year: 29 February is a day
            said = cal.weekdays.index(match["wd"]) if match["wd"] else None
            if date is None or (year is not None and said not in (None, date.weekday())):
                continue
            written = _written(date, cal.months, day_first(), year is not None)
            replacement = f"{match['wd']}, {written}" if said is not None else written
            changes.append(change(rule, match.start(), match.end(), replacement))
    return changes


def worded_changes(
    text: str, rule: DateRule, spans: list[Span] | None, style: Style, mismatched: list[Change] | None = None
) -> list[Change]:
    """Dates with their month named between figures, written in the document's own order.

    The month is named, so the reading is certain; a weekday that does not fit the date goes to
    ``mismatched`` instead (one of the two is wrong, and a person knows which).
    """
    cal = calendar()
    pattern = cal.worded[rule.form]
    changes: list[Change] = []
    for start, end in whole(text, spans):
        for match in pattern.finditer(text, start, end):
            if _left_as_written(text, rule, match):
                continue
            month = cal.month_names.get(match["mon"].casefold())
            date = _valid(int(match["y"]), month, int(match["d"])) if month else None
            first = match.groupdict().get("first")
            if date is None or (first and not 0 < int(first) < date.day):
                continue  # no day, or a range of days that runs backwards
            found = change(rule, *_rewritten(text, match, date, cal, style))
            if match["wd"] and cal.weekdays.index(match["wd"]) != date.weekday():
                if mismatched is not None:
                    mismatched.append(found)
                continue
            changes.append(found)
    return changes


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    form = data.get("form", "numeric")
    if form not in FORMS:
        raise RuleError(f"'form' must be one of: {', '.join(FORMS)}")
    return DateRule(**common, form=form, outside_quotes=boolean(data, "outside_quotes", True))


_DIGIT = r"[0-9\x{660}-\x{669}\x{6f0}-\x{6f9}]"
_NUMERIC_TRIGGERS = (
    rf"{_DIGIT}{{1,2}} ?[/.-] ?{_DIGIT}{{1,2}} ?[/.-] ?{_DIGIT}{{4}}",
    r"(?:19|20)[0-9]{2}/[0-9]{1,2}/[0-9]{1,2}",
)


def triggers(rule: DateRule) -> dict[str, tuple[str, ...]]:
    if rule.form == "numeric":
        return {rule.id: _NUMERIC_TRIGGERS}
    if rule.form in WORDED:
        return {rule.id: (_worded_trigger(rule.form),)}
    if rule.form == "grammar":
        from ..dategrammar import grammar  # imports this module

        return {rule.id: (grammar().trigger,)}
    ordinals = "|".join(regex.escape(o) for o in sorted(shared_maps().get("ordinal_day", {}), key=len, reverse=True))
    return {rule.id: (rf"(?:[Tt]he |day,? |\()(?:{ordinals}|[0-9]{{1,2}}(?:st|nd|rd|th)) of ",)}


def _worded_trigger(form: str) -> str:
    """The screen's trigger for a worded form: the month's names beside a figure and a mark."""
    cal = calendar()
    english = "|".join(cal.months)
    if form == "dashed":
        return rf"(?:{english}) ?- ?{_DIGIT}{{1,2}} ?- ?{_DIGIT}{{4}}"
    if form == "worded":
        return rf"{_DIGIT} ?[/-] ?(?:{english}) ?[/-]"
    arabic = "|".join(sorted((n for n in cal.month_names if not n.isascii()), key=len, reverse=True))
    return rf"{_DIGIT}[ \t]*[/-][ \t]*(?:{arabic})"


@dataclass(frozen=True)
class Runner:
    rules: list[DateRule]

    def run(self, round: Round) -> None:
        if round.flags is None:
            # Later rounds see only the changed paragraphs, joined: the document's style and its
            # other figure dates, which decide, are not all there.  Dates come with the source.
            return
        silent = round.where.silent()
        proposals: list[Change] = []
        doubtful: list[Change] = []
        mismatched: list[Change] = []
        edited: list[tuple[int, int, str]] | None = None
        for rule in self.rules:
            if rule.id in silent or not round.is_active(rule.id):
                continue
            spans = round.where(rule.id)
            if spans == []:
                continue
            for start, end in documents(round.text, round.titles):  # each document its own style
                inside = [(max(a, start), min(b, end)) for a, b in whole(round.text, spans) if a < end and b > start]
                if not inside:
                    continue
                edited = _edited(round) if edited is None else edited
                style = Style(round.text[start:end], _repaired(edited, start, end))
                if rule.form == "numeric":
                    proposals.extend(numeric_changes(round.text, rule, inside, style, doubtful))
                elif rule.form in WORDED:
                    proposals.extend(worded_changes(round.text, rule, inside, style, mismatched))
                elif rule.form == "grammar":
                    from ..dategrammar import grammar_changes  # imports this module

                    proposals.extend(grammar_changes(round.text, rule, inside, style))
                else:
                    proposals.extend(spelt_changes(round.text, rule, inside, style))
        # A figure date that reads two ways, or a named one whose weekday does not fit: a person decides.
        for found, doubt in [(f, _DOUBT) for f in doubtful] + [(f, _MISMATCH) for f in mismatched]:
            if not round.left_alone.guards((found.start, found.end)):
                start, end = round.tracker.to_source(found.start), round.tracker.to_source(found.end)
                pack = next(r.pack for r in self.rules if r.id == found.rule)
                flagged = Rule(found.rule, found.category, doubt, pack)
                original = round.text[found.start : found.end]
                round.flags.append(suggestion_flag(start, end, flagged, original, found.replacement))
        round.apply(select_non_overlapping(proposals))


_DOUBT = (
    "a figure date that reads both ways (day first as Arabic writes it, or month first), "
    "with nothing in the document to decide"
)


_MISMATCH = "a date whose weekday is not the day the date fell on: the weekday or the date is wrong"


def _edited(round: Round) -> list[tuple[int, int, str]]:
    """Where the edits made so far are in the current text, and their categories."""
    return round.tracker.changed_categories()


def _repaired(edited: list[tuple[int, int, str]], start: int, end: int) -> frozenset[str]:
    """The categories of the edits inside [start, end) (``edited`` is in text order: a bisection finds them)."""
    first = bisect.bisect_left(edited, (start, -1, ""))
    last = bisect.bisect_left(edited, (end + 1, -1, ""), lo=first)
    return frozenset(category for a, b, category in edited[first:last] if b <= end)


def compile_rules(rules: list[DateRule], fast: bool) -> Runner:
    return Runner(rules)


KIND = Kind(
    name="date",
    rule=DateRule,
    fields=frozenset({"form", "outside_quotes"}),
    build=build,
    compile=compile_rules,
    triggers=triggers,
)

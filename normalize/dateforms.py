"""The constructions of the date grammar (dategrammar.py): each a regex over the grammar's words and its rewrite.

Each construction is one shape of Arabic date expression, with every word of each slot (any
weekday, part of the day, relative word, ordinal, month name, connector) drawn from the tables of
rules/language/dates.yaml.  An edit is kept as small as the repair allows, so that two
constructions meeting in one phrase ("in the mid of the current month") make two edits that do
not overlap.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from .dategrammar import Rewrite, _date_text, _day_of, grammar
from .kinds.date import Style

YEAR = r"(?:19|20)[0-9]{2}"
#: A Gregorian date after a connector: day and month, month and day, or figures.
GREG = r"(?:[0-9]{{1,2}} {en}\b|{en} [0-9]{{1,2}}\b|[0-9]{{1,2}}[/.-][0-9]{{1,2}}[/.-]{year}\b)"
#: Where a relative word after "of" is a date's: the part of a period it names.
PERIOD_PART = r"(?:beginning|start|end|middle|half|course|first week|last week|turn)"


def _spelt(m: regex.Match[str], text: str, style: Style) -> str | None:
    """ "the twentieth of next October", "the fifteenth of Haziran", "the third of Tammuz next" -> a date."""
    g = grammar()
    if not (m["rel1"] or m["rel2"] or m["month"].casefold() not in {x.casefold() for x in g.months}):
        return None  # a plain English spelt date: the spelt form of the kind writes it
    day = _day_of(m["day"], g.ordinal)
    month = g.month_of.get(m["month"].casefold())
    if day is None or month is None or (m["rel1"] or m["rel2"] or "").strip() in {"last", "the past"}:
        return None
    if m["month"].casefold() not in {x.casefold() for x in g.months} and g.other_calendar.search(text):
        return None  # Nisan and Tammuz are Hebrew months too: not in a text about that calendar
    year = int(m["year"]) if m["year"] else None
    return _date_text(g, day, month, year, style)


def _same_month(m: regex.Match[str], text: str, style: Style) -> str | None:
    """ "17 of the same month" -> "17 December", the month the sentence or the one before named."""
    g = grammar()
    before = text[max(0, m.start() - 300) : m.start()]
    named = list(g.any_month.finditer(before))
    day = _day_of(m["day"], g.ordinal)
    if not named or day is None:
        return None
    month = g.month_of.get(named[-1].group().casefold())
    return None if month is None else _date_text(g, day, month, None, style)


def _relative_unit(m: regex.Match[str], text: str, style: Style) -> str:
    """ "the current month" -> "this month"; "the end of the next year" -> "next year"."""
    return f"{grammar().relative[m['rel'].casefold()]} {m['unit']}"


def _relative_weekday(m: regex.Match[str], text: str, style: Style) -> str:
    """ "on the past Friday" -> "last Friday"; "the coming Sunday" -> "next Sunday"."""
    return f"{grammar().relative[m['rel'].casefold()]} {m['wd']}"


def _moment(m: regex.Match[str], text: str, style: Style) -> str:
    """ "on Tuesday dawn", "at noon of Friday" -> "at dawn on Tuesday", "at noon on Friday"."""
    return f"at {m['moment']} on {m['wd']}"


def _fixed(replacement: str) -> Rewrite:
    def write(m: regex.Match[str], text: str, style: Style) -> str:
        return m.expand(replacement)

    return write


def _drop(m: regex.Match[str], text: str, style: Style) -> str:
    return ""


def constructions(w: Mapping[str, str]) -> tuple[tuple[regex.Pattern[str], Rewrite], ...]:
    """The grammar's constructions, compiled from its words ``w`` (dategrammar.grammar)."""
    month_any = rf"(?:{w['lev2']}|{w['en']}|{w['lev1']})"
    greg = GREG.format(en=w["en"], year=YEAR)
    rel_after = r"(?:next|the next|the coming|last|the past)"
    c = regex.compile
    return (
        # the ordinal day of a month with a relative word or a Levantine name
        (
            c(
                rf"\b(?:[Tt]he )?(?P<day>{w['ord']}) of (?:the month of )?(?:(?P<rel1>next|the coming|the next) )?"
                rf"(?P<month>{month_any})(?![\p{{L}}-])(?: (?P<rel2>{rel_after})(?![\p{{L}}-]))?"
                rf"(?:,? (?P<year>{YEAR})(?: ?{w['era']}(?![\p{{L}}.]))?\b)?(?![''’])"
            ),
            _spelt,
        ),
        # "the current month of November" -> "November" (the month's name is enough)
        (c(rf"\b(?:[Tt]he )?(?:current|present) month of (?={month_any}(?![\p{{L}}-]))"), _drop),
        # "17 of the same month", "the seventeenth of the same month"
        (c(rf"\b(?:[Tt]he )?(?P<day>{w['ord']}) of the same month\b"), _same_month),
        # "the current month", "the beginning of the next year"
        (
            c(
                rf"(?<=\b{PERIOD_PART} of )the (?P<rel>current|present|next|coming|upcoming) (?P<unit>{w['unit']})\b"
                r"(?![''’-])"
            ),
            _relative_unit,
        ),
        # "on the past Friday", "the coming Sunday" (not "the last Friday of the month")
        (
            c(
                rf"\b(?:[Oo]n )?[Tt]he (?P<rel>past|coming|upcoming) (?P<wd>{w['wd']})\b"
                rf"(?![''’])(?! (?:of|in|before|after|that|when)\b)"
            ),
            _relative_weekday,
        ),
        # "on Tuesday dawn", "at noon of Friday", "dawn of Tuesday"
        (
            c(
                rf"\b(?:(?:[Oo]n|[Aa]t) )?(?P<wd>{w['wd']}) (?P<moment>{w['moment']})\b(?![''’-])"
                rf"|\b(?:[Aa]t )?(?P<moment>{w['moment']}) of (?P<wd>{w['wd']})\b(?![''’])"
            ),
            _moment,
        ),
        # "Monday's evening," -> "Monday evening," (not before a noun: "Monday's evening session")
        (
            c(rf"(?<=\b{w['wd']})['’]s(?= {w['part']}(?:[,.;:]| (?:a|an|the|in|at|on|to|from|with|by|when|as)\b))"),
            _drop,
        ),
        # "on last Tuesday" (an earlier repair of "the past Tuesday" may leave the "on"): English drops it
        (c(rf"\b[Oo]n (?=(?:last|next) {w['wd']}\b)"), _drop),
        # "in the mid-February," (an earlier repair of "the mid of February"): "in mid-February,"
        (
            c(
                rf"(?<=\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter) )the "
                rf"(?=mid-{w['en']}\b(?:[,.;:]| (?:and|or|to|in|at|on|the|a|an|when|as|while|until)\b))"
            ),
            _drop,
        ),
        # "late night of Tuesday" -> "late on Tuesday night"
        (c(rf"\blate (?P<part>night|evening) of (?P<wd>{w['wd']})\b(?![''’])"), _fixed(r"late on \g<wd> \g<part>")),
        # a weekday and its date joined by a connector (a Hijri date between them stays: it is English)
        (
            c(rf"(?<=\b{w['wd']}) ?,? (?:{w['conn']}) (?:the )?(?={greg})"),
            _fixed(", "),
        ),
        # the era after a year: "2026 AD" -> "2026"; "the year 2026 AD" -> "2026"; "the (2026) year" -> "2026"
        (
            c(
                rf"\b(?:the year )?\(?(?P<y>{YEAR})\)? ?(?:{w['era']})(?!\p{{L}})"
                rf"|\b[Tt]he \((?P<y>{YEAR})\) year\b|(?<=\b(?:[Ii]n|[Dd]uring) )the year \((?P<y>{YEAR})\)"
            ),
            _fixed(r"\g<y>"),
        ),
        # "the mid of October" -> "mid-October"; "the mid of the month" -> "the middle of the month"
        (c(rf"\b(?:[Tt]he )?mid of (?P<month>{w['en']})\b"), _fixed(r"mid-\g<month>")),
        (c(r"(?<!\b[Tt]he )\bmid(?= of (?:the|this|next|last)\b)"), _fixed("the middle")),
        (c(r"(?<=\b[Tt]he )mid(?= of (?:the|this|next|last)\b)"), _fixed("middle")),
        # "the day after tomorrow, Saturday," -> "Saturday,"; "on the day before yesterday" drops its "on"
        (c(rf"\b[Tt]he day (?:after tomorrow|before yesterday),? (?=(?:\(|){w['wd']}\b)"), _drop),
        (c(r"\b[Oo]n (?=the day (?:after tomorrow|before yesterday)\b(?![''’])(?!,? (?:\(|[A-Z])))"), _drop),
        # "the same month of last year" -> "the same month last year"
        (c(r"(?<=\b(?:same|this) (?:day|week|month|period|quarter|time)) of(?= (?:last|next) year\b)"), _drop),
    )

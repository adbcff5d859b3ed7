"""Session 18, idioms: the day and date calques of Arabic news ("on the evening of Saturday",
"during the current week", "at the beginning of the next year",
"starting from tomorrow", "according to Baghdad local time", "1447 Hijri") and calques of everyday
news domains: weather ("an air depression", "a dust wave", "thunderstorm rains"), municipal services
("withdraw the rain waters", "the low neighbourhoods"), traffic ("suffocating traffic jams", "the
external roads"), markets ("prices witnessed a sharp rise", "prevent the import of"), courts ("issued a
death sentence against a convict"), elections ("the electoral cards", "the participation percentage")
and health ("cases of infection with cholera", "the medical staffs").  Each repair is held to its
exact text and rule ids; the professional English beside each class is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRS = [
    (
        "Gunmen attacked a checkpoint on the night of Wednesday, and the funeral is set for the morning of Friday.",
        "Gunmen attacked a checkpoint on Wednesday night, and the funeral is set for Friday morning.",
        ["weekday-part-not-part-of-weekday", "weekday-part-not-part-of-weekday"],
    ),
    (
        "The bank will pay the salaries in the current month, after prices rose during the current week.",
        "The bank will pay the salaries this month, after prices rose this week.",
        ["this-period-not-during-the-current", "this-period-not-during-the-current"],
    ),
    (
        "Work on the bridge resumes at the start of the coming month,"
        " and the contract ends at the end of the past year.",
        "Work on the bridge resumes at the start of next month, and the contract ends at the end of last year.",
        ["next-period-without-article", "next-period-without-article"],
    ),
    (
        "The new timetable applies starting from tomorrow.",
        "The new timetable applies starting tomorrow.",
        ["starting-tomorrow-not-starting-from-tomorrow"],
    ),
    (
        "Voting opens at 7 a.m. according to Baghdad time.",
        "Voting opens at 7 a.m. Baghdad time.",
        ["city-time-not-according-to-local-time"],
    ),
    (
        "Ashura falls on the tenth of Muharram 1447 Hijri.",
        "Ashura falls on the tenth of Muharram 1447 AH.",
        ["ah-not-hijri-after-year"],
    ),
    (
        "An air depression will reach the north, bringing thunderstorm rains and a dust wave to Anbar.",
        "A low-pressure system will reach the north, bringing thunderstorms and a dust storm to Anbar.",
        ["low-pressure-not-air-depression", "thunderstorms-not-thunder-rains", "dust-storm-not-dust-wave"],
    ),
    (
        "Municipal teams are withdrawing the rain waters from the low neighbourhoods of Kut after the flood.",
        "Municipal teams are pumping out rainwater from the low-lying neighbourhoods of Kut after the flood.",
        ["pump-out-not-withdraw-rainwater", "low-lying-not-low-areas"],
    ),
    (
        "The rain waters entered dozens of homes in Sadr City.",
        "The rainwater entered dozens of homes in Sadr City.",
        ["rainwater-not-rain-waters"],
    ),
    (
        "Suffocating traffic jams closed the external roads around Hilla.",
        "Heavy traffic jams closed the highways around Hilla.",
        ["heavy-not-suffocating-traffic", "highways-not-external-roads"],
    ),
    (
        "The Muhammad al-Qasim highway witnessed a traffic momentum after the holiday.",
        "The Muhammad al-Qasim highway witnessed heavy traffic after the holiday.",
        ["heavy-traffic-not-traffic-momentum"],
    ),
    (
        "Gold prices in the Baghdad markets witnessed a significant decline, and rents are expected to witness a rise.",
        "Gold prices in the Baghdad markets declined significantly, and rents are expected to witness a rise.",
        ["measure-rose-not-witnessed-a-rise"],
    ),
    (
        "Schools will close for a period of ten days.",
        "Schools will close for ten days.",
        ["for-n-days-not-for-a-period-of"],
    ),
    (
        "The governor opened a new school, and that is within the plan to end double shifts.",
        "The governor opened a new school, as part of the plan to end double shifts.",
        ["as-part-of-not-and-that-within"],
    ),
    (
        "Naft al-Wasat beat Zakho 2-1 within the 12th round of the league.",
        "Naft al-Wasat beat Zakho 2-1 in the 12th round of the league.",
        ["in-not-within-a-league-round"],
    ),
    (
        "The ministry issued a decision to prevent the export of fodder to protect local herds.",
        "The ministry issued a decision to ban the export of fodder to protect local herds.",
        ["ban-not-prevent-the-import"],
    ),
    (
        "The court issued a death sentence against him for the killing.",
        "The court sentenced him to death for the killing.",
        ["sentenced-to-death-not-issued-a-death-sentence-against"],
    ),
    (
        "The court issued a prison sentence of ten years against a former official.",
        "The court sentenced a former official to ten years in prison.",
        ["sentenced-to-prison-not-issued-a-prison-sentence-against"],
    ),
    (
        "Voters who lost their electoral cards can apply for new ones;"
        " the percentage of participation was 43 percent in the last elections.",
        "Voters who lost their voter cards can apply for new ones; the turnout was 43 percent in the last elections.",
        ["voter-cards-not-electoral-cards", "turnout-not-participation-percentage"],
    ),
    (
        "The campaign aims to vaccinate the largest possible number of children.",
        "The campaign aims to vaccinate as many children as possible.",
        ["as-many-as-possible-not-largest-possible-number"],
    ),
    (
        "Aid reached the camps of displacement near Amiriyat al-Fallujah.",
        "Aid reached the displacement camps near Amiriyat al-Fallujah.",
        ["displacement-camps-not-camps-of-displacement"],
    ),
    (
        "Municipal teams are lifting the rubble in Old Mosul, and the lifting of encroachments continues.",
        "Municipal teams are removing the rubble in Old Mosul, and the removal of encroachments continues.",
        ["removed-not-lifted-encroachments", "removed-not-lifted-encroachments"],
    ),
    (
        "Subscribers complained about the fourth generation service, and the ministry blamed the cables.",
        "Subscribers complained about the 4G service, and the ministry blamed the cables.",
        ["g-network-not-fourth-generation"],
    ),
    (
        "The new study year begins in mid of September, after the half-year holiday of the universities.",
        "The new academic year begins in mid-September, after the mid-year holiday of the universities.",
        ["academic-year-not-study-year", "mid-month-not-mid-of", "mid-year-not-half-year-holiday"],
    ),
    (
        "The Iraqi national team for football drew negatively with Jordan in the friendly match.",
        "The Iraqi national football team drew 0-0 with Jordan in the friendly match.",
        ["national-football-team-not-national-team-for-football", "drew-not-tied-negatively"],
    ),
    (
        "A drone struck a car at the dawn of Sunday, and police arrested two men at dawn of today.",
        "A drone struck a car at dawn on Sunday, and police arrested two men at dawn today.",
        ["at-dawn-today-not-dawn-of-today", "at-dawn-today-not-dawn-of-today"],
    ),
    (
        "Fish prices recorded a sharp rise before Ramadan.",
        "Fish prices rose sharply before Ramadan.",
        ["measure-rose-not-witnessed-a-rise"],
    ),
    (
        "Imports in the first quarter of the current year 2025 fell,"
        " and talks resume after the meeting of the next week.",
        "Imports in the first quarter of 2025 fell, and talks resume after next week's meeting.",
        ["year-figure-not-the-current-year-figure", "next-weeks-match-not-match-of-the-next-week"],
    ),
    (
        "A roadside bomb wounded two soldiers before yesterday in Tarmiyah.",
        "A roadside bomb wounded two soldiers the day before yesterday in Tarmiyah.",
        ["day-before-yesterday-not-before-yesterday"],
    ),
    (
        "Hospitals in Dhi Qar received 40 cases of infection with cholera, and the health staffs were put on alert.",
        "Hospitals in Dhi Qar received 40 cases of cholera, and the health staff were put on alert.",
        ["cases-of-disease-not-infection-with", "staff-not-staffs"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRS, ids=[r[2][0] for r in REPAIRS])
def test_calque_is_rewritten(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules, any_order=True)


def test_clock_hour_is_written_in_figures_in_the_house_style() -> None:
    """The hour in words is a style-tier repair, as clock-hour-in-words is: it shows with the house style on."""
    styled = Normalizer(style=True)
    assert_repaired(
        styled,
        "Shops must close at ten o'clock at night, and banks open at half past seven in the morning.",
        "Shops must close at 10 p.m., and banks open at 7:30 a.m.",
        ["clock-hour-at-night-or-half-past", "clock-hour-at-night-or-half-past"],
    )
    assert_untouched(styled, "He worked at night and slept at two o'clock at night; the bank opens at 7:30 a.m.")


FLAGGED = [
    ("The ministry expects to finish the dam during the current year.", "this-year-not-during-the-current-year"),
    ("The new fares apply starting from next Sunday.", "starting-not-starting-from-a-day"),
    ("The club renewed the coach's contract for a period of two years.", "for-n-years-not-for-a-period-of"),
]


@pytest.mark.parametrize(("text", "rule"), FLAGGED, ids=[f[1] for f in FLAGGED])
def test_calque_an_editor_may_keep_is_flagged_not_rewritten(normalizer: Normalizer, text: str, rule: str) -> None:
    result = normalizer.normalize(text)
    assert result.text == text
    assert list(result.edits) == []
    assert [flag.rule for flag in result.flags] == [rule]


KEPT = [
    "Polls opened on Monday morning; on the night of Friday to Saturday the storm passed.",
    "The vote took place on the morning of Monday, 5 May, and the evening of Sunday's final was warm.",
    "Yesterday evening was cold, and the office was closed from yesterday morning, Monday.",
    "Revenue for the current month's invoices rose, and fasting during the current month of Ramadan is long.",
    "The report covers the next month or two, and during the next week's session the bill is read.",
    "The reforms are starting from scratch, starting from the border towns.",
    "According to Baghdad, the talks failed; the plane lands at 9 a.m. local time.",
    "The Hijri calendar is lunar, and the year 1447 AH began in June.",
    "The Great Depression hit farmers; a tropical depression formed off the coast.",
    "A heat wave and a wave of dust-related illnesses hit the south.",
    "Thunderstorms are forecast, and the rains came with thunder.",
    "Prices rose sharply after the vote, and the price of oil fell.",
    "Farmers withdraw water from the Tigris to irrigate their fields.",
    "The rain watered the fields; rainwater collected in the streets.",
    "Pay is low in the areas the survey covered.",
    "The suffocating heat kept shoppers away, and the talks gained momentum.",
    "The lease runs for a period of time agreed by both parties.",
    "The target is within reach, and that is within the rules.",
    "Applicants must register within the first week of the season.",
    "Vaccines prevent the spread of measles, and the ministry banned the import of tomatoes.",
    "The judge issued a death sentence against the advice of the jury.",
    "The labour force participation rate fell, and turnout at the stadium was high.",
    "Baghdad has the largest number of voters in the country.",
    "The general staffs of both armies met, and the medical staff were praised.",
    "The court sentenced him to ten years in prison for fraud.",
    "The government lifted the ban on imports, and lifting trade barriers helped growth.",
    "A fourth-generation farmer showed the fifth generation of the family his land.",
    "The talks resume in mid-May and end by the middle of next month.",
    "The academic year ends in June, after a year of study abroad.",
    "The bank's half-year results were strong.",
    "The current year 2024 budget was passed two days before yesterday's vote.",
    "She won the final of the last year of school, the day before yesterday.",
    "A national team of football players from abroad trained at the dawn of history.",
    "The team reacted negatively to the draw, and the station recorded a drop in rainfall.",
]


@pytest.mark.parametrize("text", KEPT)
def test_professional_english_is_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)

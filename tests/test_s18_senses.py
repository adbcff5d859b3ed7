"""Session 18, words in the wrong sense in everyday news (power, schools, weather, pilgrimage,
towns, water, elections, football) and the light words machine translation gives their
dictionary sense (bi-haqq "in the right of", jiha "side", ajal "term", mutaba'a "follow-up",
tafa'ul "interaction").  Each family of the s18-senses block in rules/senses/families.yaml is
held here to an exact repair and its rule ids, and the professional English that shares its
words to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRS = [
    (
        "The ministry interacted with the complaints of the residents of Kut.",
        "The ministry responded to the complaints of the residents of Kut.",
        ["responded-to-not-interacted-with"],
    ),
    (
        "The bridge was repaired under the direct follow-up of the governor.",
        "The bridge was repaired under the direct supervision of the governor.",
        ["supervision-not-follow-up-of"],
    ),
    (
        "Cleaning crews lifted 120 tons of garbage from the market on Friday.",
        "Cleaning crews removed 120 tons of garbage from the market on Friday.",
        ["removed-not-lifted-waste"],
    ),
    (
        "The plan covers the lifting of rubble from the old city.",
        "The plan covers the removal of rubble from the old city.",
        ["removed-not-lifted-encroachments"],  # the calques pack's rule for the same class runs first
    ),
    (
        "The teams continued removing the abuses on the river banks in Hilla.",
        "The teams continued removing the encroachments on the river banks in Hilla.",
        ["encroachments-not-abuses-on-property"],
    ),
    (
        "Residents of Nasiriyah complained of long hours of cutting the current.",
        "Residents of Nasiriyah complained of long hours of power cuts.",
        ["power-cuts-not-cutting-the-current"],
    ),
    (
        "The third role exams will be held in October.",
        "The third-round exams will be held in October.",
        ["second-round-not-second-role-exams"],
    ),
    (
        "Pupils who missed the exams of the second role can apply again.",
        "Pupils who missed the second-round exams can apply again.",
        ["second-round-not-exams-of-the-second-role"],
    ),
    (
        "A warrant was issued in their right after the exams were leaked.",
        "A warrant was issued against them after the exams were leaked.",
        ["against-not-in-the-right-of"],
    ),
    (
        "Temperatures in Mosul will fall below their rates on Thursday.",
        "Temperatures in Mosul will fall below their seasonal averages on Thursday.",
        ["seasonal-averages-not-rates"],
    ),
    (
        "Thunder rains are expected in Duhok on Monday.",
        "Thunderstorms are expected in Duhok on Monday.",
        ["thunderstorms-not-thunder-rains"],
    ),
    (
        "The external road between Kut and Amarah was closed because of fog.",
        "The highway between Kut and Amarah was closed because of fog.",
        ["highways-not-external-roads"],
    ),
    (
        "Volunteers guarded the gates of the holy thresholds in Samarra.",
        "Volunteers guarded the gates of the holy shrines in Samarra.",
        ["holy-shrines-not-thresholds"],
    ),
    (
        "The opening of the bridge was postponed to an unspecified term.",
        "The opening of the bridge was postponed indefinitely.",
        ["indefinitely-not-unspecified-term"],
    ),
    (
        "The committee postponed the vote on the contract to another term.",
        "The committee postponed the vote on the contract to a later date.",
        ["later-date-not-another-term"],
    ),
    (
        "The parties began their campaigns for the provincial electoral entitlement.",
        "The parties began their campaigns for the provincial elections.",
        ["elections-not-electoral-entitlement"],
    ),
    (
        "The cabinet decided to prevent the export of fodder for six months.",
        "The cabinet decided to ban the export of fodder for six months.",
        ["ban-not-prevent-the-import"],
    ),
    (
        "The mayor sent the report to the relevant sides on Sunday.",
        "The mayor sent the report to the relevant authorities on Sunday.",
        ["authorities-not-concerned-sides"],
    ),
    (
        "The academic council set the start of the coming study year.",
        "The academic council set the start of the coming academic year.",
        ["academic-year-not-study-year"],
    ),
    (
        "Heavy rain led the governor to suspend the study in schools on Tuesday.",
        "Heavy rain led the governor to suspend classes in schools on Tuesday.",
        ["classes-not-the-study-in-schools"],
    ),
    (
        "An unidentified side kidnapped the engineer in Baiji.",
        "An unidentified party kidnapped the engineer in Baiji.",
        ["unknown-party-not-side"],
    ),
    (
        "The amendment reduced the number of electoral circles in Baghdad.",
        "The amendment reduced the number of constituencies in Baghdad.",
        ["constituencies-not-electoral-circles"],
    ),
    (
        "The council lacks the material potentials to pave the roads.",
        "The council lacks the material resources to pave the roads.",
        ["resources-not-financial-potentials"],
    ),
    (
        "The hospital used all its medical potentials to treat the wounded.",
        "The hospital used all its medical capabilities to treat the wounded.",
        ["capabilities-not-technical-potentials"],
    ),
    (
        "The rain caused traffic crowdedness at the entrances of Basra.",
        "The rain caused traffic congestion at the entrances of Basra.",
        ["traffic-congestion-not-crowding"],
    ),
    (
        "Pilgrims walked to the shrine, and the roads were closed during the days of the visit.",
        "Pilgrims walked to the shrine, and the roads were closed during the days of the pilgrimage.",
        ["pilgrimage-not-days-of-the-visit"],
    ),
    (
        "The coach praised the striker after the two teams ended their meeting in a goalless draw.",
        "The coach praised the striker after the two teams ended their match in a goalless draw.",
        ["match-not-meeting-in-football"],
    ),
    (
        "The league match ended in a score draw 2-2 at the stadium.",
        "The league match ended in a 2-2 draw at the stadium.",
        ["draw-with-score-not-score-draw"],
    ),
    (
        "Erbil scored the equaliser goal from a penalty.",
        "Erbil scored the equaliser from a penalty.",
        ["equalizer-not-equalizer-goal"],
    ),
    (
        "Displaced students arrived without study files.",
        "Displaced students arrived without school records.",
        ["school-records-not-study-files"],
    ),
    (
        "Students who failed will sit in the second role, and the exams begin in August.",
        "Students who failed will sit in the second round, and the exams begin in August.",
        ["second-round-not-the-second-role"],
    ),
]

KEEPS = [
    "Users interacted with the app for hours, and supply interacts with demand.",
    "The patient remains under follow-up at the clinic.",
    "The government lifted the ban on waste imports and raised waste collection fees.",
    "The report documented abuses in prisons and the excesses of the former regime.",
    "The ministry is cutting the current budget, and swimmers feared the cutting current.",
    "The success rate of the surgery was high.",
    "The actor was praised for the second role in the film.",
    "He held the warrant in his right hand; she is a writer in her own right.",
    "Despite high temperatures, hotels kept their rates.",
    "Thundery showers and thunderstorms are expected.",
    "The external roadblocks were removed.",
    "The pain threshold differs between people.",
    "The judge was appointed for an indefinite term; the talks were postponed until an unspecified date.",
    "The school postponed the trip to another term.",
    "The court ruled on the electoral entitlement of prisoners.",
    "The council decided to prevent the import of fake drugs by tightening inspection at the border.",
    "The mediator urged the relevant sides to respect the ceasefire.",
    "She spent a study year abroad.",
    "Funding for the study in schools of the region ran out.",
    "The letter showed an unknown side of his character; unknown side effects were reported.",
    "Political circles welcomed the law.",
    "The technical potential of solar power is large.",
    "The closure caused traffic congestion and crowds at the entrances.",
    "The club's board ended the meeting early.",
    "The equalizing goal came late.",
    "Students can download the study files for each course from the school website.",
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRS)
def test_everyday_wrong_sense_words_take_their_news_sense(
    normalizer: Normalizer, text: str, expected: str, rules: list[str]
) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize("text", KEEPS)
def test_professional_english_with_the_same_words_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_success_rate_of_exams_is_offered_as_pass_rate_not_applied(normalizer: Normalizer) -> None:
    """Some of the region's English press writes "success rate" of exam results itself."""
    result = normalizer.normalize("The results of the intermediate exams showed that the success rate was 64 percent.")
    assert result.edits == []
    assert [flag.rule for flag in result.flags] == ["pass-rate-not-success-rate"]

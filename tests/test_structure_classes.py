"""Arabic structure carried into English (issue 21): datelines, boilerplate, dates, capitals, word order,
pronouns, quotation marks and articles, each repaired exactly by the rule named, and look-alike English kept."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "Baghdad ( ) - The Ministry of Water Resources said the dam was full.",
            "Baghdad - The Ministry of Water Resources said the dam was full.",
            ["dateline-empty-brackets"],
        ),
        (
            "Baghdad / INA / The Ministry of Trade said the silos were full.",
            "Baghdad (INA) - The Ministry of Trade said the silos were full.",
            ["dateline-outlet-in-slashes"],
        ),
        (
            "BasraShafaq News - Dozens of contractors protested on Thursday.",
            "Basra (Shafaq News) - Dozens of contractors protested on Thursday.",
            ["dateline-outlet-glued"],
        ),
        (
            "The ministry said in a statement received by / NINA / that the cut was agreed.",
            "The ministry said in a statement received by NINA that the cut was agreed.",
            ["outlet-in-slashes"],
        ),
        (
            "The airport reopened.\n\nRead also: Erbil airport receives a flight\n\nTwo flights will operate.\n\n"
            "Related News\n\nSource link\n",
            "The airport reopened.\n\nTwo flights will operate.\n",
            ["boilerplate-line", "boilerplate-line"],
        ),
        (
            "The dinar steadied.\nRead also: Gold falls in Erbil\nTraders said demand was weak.\n",
            "The dinar steadied.\nTraders said demand was weak.\n",
            ["boilerplate-line"],
        ),
        (
            "Iraq exports more oil\n2020-09-24\nIraq exports more oil\n\nThe ministry said exports rose.",
            "Iraq exports more oil\n2020-09-24\n\nThe ministry said exports rose.",
            ["title-repeat"],
        ),
        (
            "The ministry announced today Wednesday that the dam was full.",
            "The ministry announced on Wednesday that the dam was full.",
            ["today-weekday"],
        ),
        (
            "The cabinet met on Tuesday 12/3/2024 and published it on 14/3/2024.",
            "The cabinet met on Tuesday, March 12, 2024 and published it on March 14, 2024.",
            ["figure-date", "figure-date"],
        ),
        (
            "The vote was set for 18/2/2025, a week after 11 February, not the twentieth of February.",
            "The vote was set for 18 February 2025, a week after 11 February, not 20 February.",
            ["figure-date", "spelt-out-date"],
        ),
        (
            "The leader said on Saturday (November 9, 2019) that the protests would go on.",
            "The leader said on Saturday, November 9, 2019 that the protests would go on.",
            ["weekday-date-in-brackets"],
        ),
        (
            "The Ministry of Electricity Announced that the grid was stable.",
            "The Ministry of Electricity announced that the grid was stable.",
            ["capital-mid-sentence"],
        ),
        (
            "Farmers in Salahuddin should Prepare for the winter plan.",
            "Farmers in Salahuddin should prepare for the winter plan.",
            ["capital-mid-sentence"],
        ),
        (
            "The parliament will hold the session extraordinary on Thursday.",
            "The parliament will hold the extraordinary session on Thursday.",
            ["adjective-after-noun-institutional"],
        ),
        (
            "Wrote the speaker of parliament on his account on X: “The date is final.”",
            "The speaker of parliament wrote on his account on X: “The date is final.”",
            ["verb-first-writing"],
        ),
        (
            "Added the minister of planning, Mohammed Tamim, that the census would start.",
            "The minister of planning, Mohammed Tamim, added that the census would start.",
            ["verb-first-reporting"],
        ),
        (
            "Turkey announced a new water release. She said that the Tigris would receive more water.",
            "Turkey announced a new water release. It said that the Tigris would receive more water.",
            ["feminine-pronoun-for-body"],
        ),
        (
            "The spokesman said: “The hospital will open next month,”. He added nothing.",
            "The spokesman said: “The hospital will open next month.” He added nothing.",
            ["comma-for-full-stop-closing-sentence-quote"],
        ),
        (
            'The governor wrote: ".The contractor has been warned."',
            'The governor wrote: "The contractor has been warned."',
            ["full-stop-inside-opening-quote"],
        ),
        (
            "The Sudani said that the ring road around the Baghdad will be finished.",
            "Al-Sudani said that the ring road around Baghdad will be finished.",
            ["article-for-al-in-name", "article-before-city"],
        ),
        (
            "Said the source, who asked not to be named, that the convoy was hit.",
            "The source, who asked not to be named, said that the convoy was hit.",
            ["verb-first-reporting"],
        ),
        (
            "The minister met his counterpart Turkish in Ankara.",
            "The minister met his Turkish counterpart in Ankara.",
            ["adjective-after-noun"],
        ),
        (
            "The minister said, “We will stay”,” he added. The talks ended., and nothing came of it.",
            "The minister said, “We will stay,” he added. The talks ended, and nothing came of it.",
            ["doubled-closing-quote", "doubled-final-punctuation"],
        ),
        (
            "The dinar steadied.\nAdvertisement\nTraders said demand was weak.\n\n"
            "The post Dinar steadies appeared first on Iraq Daily.\n",
            "The dinar steadied.\nTraders said demand was weak.\n",
            ["boilerplate-line", "boilerplate-line"],
        ),
    ],
)
def test_each_class_is_repaired_exactly(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "Said Jalili, Iran's former nuclear negotiator, met the minister. Said a spokesman: “The talks were useful.”",
        "The two sides will meet again in The Hague on 12 March. “We will be there on the twelfth of March,” he said.",
        "BAGHDAD (Reuters) - Iraq's oil ministry said on Tuesday, November 7, 2023, that exports rose.",
        "Shafaq News/ Baghdad - The statement, dated 7/11/2023, said nothing. Today, Tuesday, is the deadline.",
        "The report, titled “Iraq Seeks to Withstand the Pressure”, was published by the International Crisis Group.",
        "Iraq Announced New Measures for the Summer Season",
        "The Baghdad government, the Sadr City district and the Assad regime; the elections parliamentary and "
        "provincial.",
        "Read also the chapter on the 1958 revolution.\nSee also the map on page 4.",
        "Iraq welcomed the new ambassador, Alina Romanowski. She said the embassy would reopen.",
        'Apples, pears, etc., were sold; see Smith et al., p. 4. The list read "a","b".',
        "She met her counterpart, Turkish officials said, and his Turkish-born aide.",
    ],
)
def test_look_alike_english_is_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text, flags_allowed=True)  # an ambiguous date is flagged, not edited


def test_the_run_in_dateline_is_flagged_not_changed(normalizer: Normalizer) -> None:
    text = "Baghdad The Ministry of Health announced ten new beds."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("dateline-run-in", "Baghdad")]


def test_empty_brackets_where_a_name_was_dropped_are_flagged(normalizer: Normalizer) -> None:
    text = "A security source told ( ) that the convoy was hit; call f() in code."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("empty-brackets", "( )")]

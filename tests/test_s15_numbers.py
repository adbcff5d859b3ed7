"""Numbers as Arabic leaves them in English MT, caught as a class: any counted noun of the plural
table after any figure or number word, any currency of the list after an amount, the percent sign,
the Arabic comma between thousands, "others" after a figure, a month glued to its figure; and the
professional English with figures that looks alike (modifiers, years, labels, names, scores, codes)."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

COUNT = "count-noun-singular-after-figure"
CURRENCY = "currency-capital-after-figure"

REPAIRED = [
    # the singular Arabic keeps after eleven and up, and its dual, after figures and number words
    (
        "A police source said that 4 person were killed and 2 child injured.",
        "A police source said that 4 people were killed and 2 children injured.",
        [COUNT, COUNT],
    ),
    (
        "Security forces arrested 14 suspect in the area and seized 3 vehicle, the source said.",
        "Security forces arrested 14 suspects in the area and seized 3 vehicles, the source said.",
        [COUNT, COUNT],
    ),
    (
        "The shelling killed twenty civilian and wounded dozens, and twelve hospital were equipped.",
        "The shelling killed twenty civilians and wounded dozens, and twelve hospitals were equipped.",
        [COUNT, COUNT],
    ),
    # after a scale word, with a thousands comma or a decimal point, and one adjective between
    (
        "Iraq exports 3.3 million barrel per day and paid 750 billion dinar to 1,200 family.",
        "Iraq exports 3.3 million barrels per day and paid 750 billion dinars to 1,200 families.",
        [COUNT, COUNT, COUNT],
    ),
    (
        "The ministry recorded 35 new case of cholera and three death among 5 Syrian refugee in the camp.",
        "The ministry recorded 35 new cases of cholera and three deaths among 5 Syrian refugees in the camp.",
        [COUNT, COUNT, COUNT],
    ),
    (
        "He was sentenced to 15 year in prison, and a thousand barrel were spilled 3 day ago.",
        "He was sentenced to 15 years in prison, and a thousand barrels were spilled 3 days ago.",
        [COUNT, COUNT, COUNT],
    ),
    # currencies after an amount: lower case and plural, with a nationality between
    (
        "The ministry paid 5 trillion Dinars in salaries and 300 million Dollars in debts.",
        "The ministry paid 5 trillion dinars in salaries and 300 million dollars in debts.",
        [CURRENCY, CURRENCY],
    ),
    (
        "Revenues reached 7 billion Dollar, or 9 trillion Iraqi Dinar, and a fine of 500 Egyptian Pounds.",
        "Revenues reached 7 billion dollars, or 9 trillion Iraqi dinars, and a fine of 500 Egyptian pounds.",
        [CURRENCY, CURRENCY, CURRENCY],
    ),
    # the percent sign, the Arabic comma as a thousands separator, "others", a glued month
    (
        "Reserves reached 18،500 million dollars and 1،250،000 tons of wheat.",
        "Reserves reached 18,500 million dollars and 1,250,000 tons of wheat.",
        ["arabic-comma-thousands", "arabic-comma-thousands", "arabic-comma-thousands"],
    ),
    (
        "Three people were killed and 12 other injured in the blast, and two other were wounded.",
        "Three people were killed and 12 others injured in the blast, and two others were wounded.",
        ["others-after-figure", "others-after-figure"],
    ),
    (
        "The talks began on Feb17 and ended in March2023.",
        "The talks began on Feb 17 and ended in March 2023.",
        ["month-glued-to-figure", "month-glued-to-figure"],
    ),
    # a bracketed figure, a hyphenated number word, a time adverb after the noun
    (
        "The attack killed (15) person and twenty-five soldier, and 3 civilian died yesterday.",
        "The attack killed 15 people and twenty-five soldiers, and 3 civilians died yesterday.",
        ["bracketed-figure", COUNT, COUNT, COUNT],
    ),
    # a range the Arabic way, "percent 20", a capitalised scale word before a currency
    (
        "The toll ranged between 20 to 30 dead, and prices rose by percent 20.",
        "The toll ranged between 20 and 30 dead, and prices rose by 20 percent.",
        ["between-figure-to-figure", "percent-before-figure"],
    ),
    (
        "The ministry said 15 Million Dinars were lost.",
        "The ministry said 15 million dinars were lost.",
        ["scale-word-capital-after-figure", CURRENCY],
    ),
    # a figure glued to the counted noun, a month or a scale word after it
    (
        "The attack killed 15people and injured 20others on 12March.",
        "The attack killed 15 people and injured 20 others on 12 March.",
        ["figure-glued-to-following-word", "figure-glued-to-following-word", "figure-glued-to-following-word"],
    ),
]

UNTOUCHED = [
    # a number as a modifier, a year, a label or a name before the figure, one of a thing
    "A 15 person team arrived, the 2018 election was held in May, and 1 person died on the way.",
    "Article 3 case law, Route 6 checkpoint in Anbar, Apollo 11 mission and the COVID 19 case in Basra.",
    "The 12 member states met in Room 101; Highway 1 checkpoint in Anbar and grade 12 student in Erbil.",
    "He served 12 years in prison after a 10 year campaign, and the 9 year old boy was freed in 2015.",
    # scores, times, dates, figures glued to something, codes and addresses
    "Iraq won 2-1 in the 90th minute; the meeting began at 10:30 on March 3, 2022 in Baghdad.",
    "Visit https://example.com/report?year=2020&count=15%20person or call 07701 234 567 for the file.",
    # titles and names keep their capitals; a currency as a modifier or a name stays
    'She wrote "15 Minute Meals" and the 12 Year Plan began; the 100 Euro note and 50 Pound Street stayed.',
    "A 100 Dollar bill, 1 Dollar and the Iraqi Dinar fell; Pounds and Dollars rose, and the 20 dollar bill.",
    # already right
    "Growth was 16.5% in 2022, 40,000 troops deployed, 3 million people moved and 15 members voted.",
    "The blast injured two other soldiers and 3 other people; ten other wounded men arrived at dawn.",
    "Iraq Pays 15 Million Dinars to Farmers in Basra\n\nThe ministry paid them between 20 and 30 percent more.",
    "It is 3km from the city; 5kg of TNT, 10MW of power, the G20, 4x4 cars, the 1990s, the 3rd day and 6pm.",
    "The #Feb17 revolution, the May 4 movement and the file june2023.pdf stayed as they were.",
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRED)
def test_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize("text", UNTOUCHED)
def test_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_spaced_percent_is_mended_in_machine_translation_and_only_offered_in_a_short_text(
    normalizer: Normalizer,
) -> None:
    # "2.1 %" is also the ISO and French house style: only a document that reads as machine
    # translation (a glued sentence, a doubled word, an Arabic comma) has it mended.
    short = normalizer.normalize("Inflation fell to 2.1 % in September.")
    assert short.text == "Inflation fell to 2.1 % in September."
    assert [f.rule for f in short.flags] == ["percent-sign-spaced"] and short.edits == []
    mt = normalizer.normalize(
        "Baghdad - Inflation fell to 2.1 % in September.The central bank said that the the prices"
        " of food rose ، and traders welcomed it."
    )
    assert mt.text == (
        "Baghdad - Inflation fell to 2.1% in September. The central bank said that the prices"
        " of food rose, and traders welcomed it."
    )
    rules = [e.rule for e in mt.edits]
    assert rules == ["percent-sign-spaced", "missing-space-after-period", "doubled-word", "arabic-comma"]

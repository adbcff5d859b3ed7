"""A known person's surname written alone later, the way the text wrote it in their full name."""

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
            "Former prime minister Nouri Al Malki spoke in Karbala on Sunday. Al Malki warned against delays.",
            "Former prime minister Nouri al-Maliki spoke in Karbala on Sunday. Al-Maliki warned against delays.",
            ["nouri-maliki-full-name", "unlisted-name-spelling"],
        ),
        (
            "Iran's top diplomat Hussein Amir Abdullahian arrived in Muscat on Monday. "
            "Talks with Amir Abdullahian lasted three hours.",
            "Iran's top diplomat Hossein Amir-Abdollahian arrived in Muscat on Monday. "
            "Talks with Amir-Abdollahian lasted three hours.",
            ["ir-amir-abdollahian", "unlisted-name-spelling"],
        ),
    ],
)
def test_surname_alone_after_the_full_name(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        # Riyad al-Malki's own surname, with the article apart: his, not Nouri al-Maliki's
        "Palestinian Foreign Minister Riyad al-Malki spoke in Ramallah. Al Malki said the talks had failed.",
        # another first name before it: another member of a Malki family
        "Nouri al-Maliki spoke on Sunday. The Saudi spokesman Turki Al Malki replied on Monday.",
        "Nouri al-Maliki spoke on Sunday. A reporter, Ahmed Al Malki, asked about the budget.",
        # no article where theirs has one: another family's name, not a spelling of al-Kadhimi
        "Mustafa al-Kadhimi met Iranian officials; Kazemi is a Persian surname.",
        # a full name left as written leaves its surname alone as written too
        "The head of the Presidential Council, Mohammed al-Manfi, met the envoy. Al-Manfi stressed the timetable.",
    ],
)
def test_surname_alone_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_two_people_named_whose_surname_it_may_be(normalizer: Normalizer) -> None:
    """Nouri al-Maliki and Riyad al-Malki both named: "Al Malki" alone is either's, flagged at most."""
    text = "Nouri al-Maliki met Riyad al-Malki in Baghdad. Al Malki said the visit was useful."
    result = assert_untouched(normalizer, text, flags_allowed=True)
    assert all(text[f.start : f.end] != "Al Malki" for f in result.flags)


def test_a_nisba_written_alone_is_another_word_not_the_surname(normalizer: Normalizer) -> None:
    """ "al-Sadri supporters" after Moqtada al-Sadr: the nisba (Sadrist) is not his surname misspelt,
    nor is another named person's first name ("Naeem" beside Basem Naim)."""
    assert_untouched(normalizer, "Moqtada al-Sadr met al-Sadri supporters. Later al-Sadr and al-Sadri spoke.")
    text = "Minister Naeem al-Aboudi visited Najaf. Hamas official Basem Naim was in Doha. Naeem said nothing."
    assert_untouched(normalizer, text)

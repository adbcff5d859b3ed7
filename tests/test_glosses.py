"""A literal rendering quoted to explain a name is left alone; the same words used as the name are repaired."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.quotes import is_gloss


@pytest.mark.parametrize(
    ("text", "variant", "canonical"),
    [
        ('Hezbollah, whose name means "Party of God", is based in Lebanon.', "Party of God", "Hezbollah"),
        ('Harakat al-Nujaba, literally "the Movement of the Nobles", met.', "Movement", "Harakat al-Nujaba"),
        ("Kata'ib Hezbollah (Hezbollah Brigades) is an Iraqi group.", "Hezbollah Brigades", "Kata'ib Hezbollah"),
        ("Kata'ib Hezbollah ( “Hezbollah Brigades” ) is an Iraqi group.", "Hezbollah Brigades", "Kata'ib Hezbollah"),
        ('Saraya al-Salam, or "Peace Brigades", fought in 2014.', "Peace Brigades", "Saraya al-Salam"),
        ("in Arabic, translated as ‘Peace Companies’", "Peace Companies", "Saraya al-Salam"),
    ],
)
def test_a_rendering_after_a_gloss_word_or_the_name_is_a_gloss(text: str, variant: str, canonical: str) -> None:
    assert is_gloss(text, text.index(variant), canonical)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi Hezbollah Brigades fired rockets.",
        'Officials said the "Iraqi Hezbollah Brigades" had claimed it.',  # quoted, but no gloss word
        "He said (Iraqi Hezbollah Brigades) were there.",  # bracketed, but not after the name
        "Hezbollah Brigades means trouble.",  # the gloss word comes after
    ],
)
def test_the_literal_name_used_as_a_name_is_not_a_gloss(text: str) -> None:
    start = text.index("Hezbollah Brigades") - (6 if "Iraqi Hezbollah" in text else 0)
    assert not is_gloss(text, start, "Kata'ib Hezbollah")


def test_glosses_make_no_edit_and_bare_names_still_do(normalizer: Normalizer) -> None:
    text = (
        'Hezbollah, whose name means "Party of God", is in Lebanon. '
        "Kata'ib Hezbollah (Hezbollah Brigades) is in Iraq. "
        'Officials said the "Iraqi Hezbollah Battalions" had claimed it.'
    )
    result = normalizer.normalize(text)
    assert [(e.start, e.end, e.original, e.replacement, e.rule) for e in result.edits] == [
        (130, 156, "Iraqi Hezbollah Battalions", "Kata'ib Hezbollah", "kataib-hezbollah")
    ]
    assert result.text == text.replace('"Iraqi Hezbollah Battalions"', '"Kata\'ib Hezbollah"')


def test_a_rendering_the_text_glossed_is_its_own_name_for_the_group_later(normalizer: Normalizer) -> None:
    # Having explained "Hezbollah Brigades", the writer may use it ("the Iraqi Hezbollah Brigades"): no MT there.
    text = "Kata'ib Hezbollah (Hezbollah Brigades) is in Iraq. Officials said the Iraqi Hezbollah Brigades claimed it."
    assert normalizer.normalize(text).edits == []


def test_a_gloss_shields_the_shorter_variants_inside_it(normalizer: Normalizer) -> None:
    # "Hezbollah Brigades" is a variant of its own; inside a glossed longer variant it stays too.
    text = "Kata'ib Hezbollah (Iraqi Hezbollah Brigades) is in Iraq."
    assert normalizer.normalize(text).edits == []


def test_a_rendering_seen_only_as_a_gloss_does_not_switch_a_context_on(normalizer: Normalizer) -> None:
    # pmf-hashd applies in documents that say "popular crowd" (a sign of MT); a gloss is no such sign.
    explainer = 'Al-Hashd al-Shaabi, sometimes rendered "popular crowd", grew. The Hashd now has 200,000 members.'
    assert normalizer.normalize(explainer).edits == []
    machine = "The popular crowd grew. The Hashd now has 200,000 members."
    result = normalizer.normalize(machine)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("popular crowd", "Popular Mobilization Forces", "pmf"),
        ("Hashd", "PMF", "pmf-hashd"),
    ]
    # Used once as a name and once as a gloss, it is a sign again.
    both = explainer + " The popular crowd fought in Tikrit."
    assert [e.rule for e in normalizer.normalize(both).edits] == ["pmf-hashd", "pmf"]


@pytest.mark.parametrize(
    "text",
    [
        'Al-Hashd al-Shaabi, sometimes rendered "popular crowd", grew. The Hashd has 200,000 members.',
        "Al-Hashd al-Shaabi, literally “the popular crowd”, grew. The Hashd has 200,000 members.",
        "The Popular Mobilization Forces (popular crowd) grew. The Hashd has 200,000 members.",
        "The Popular Mobilization Forces ( ‘Popular Crowd’ ) grew. The Hashd has 200,000 members.",
        'The "popular crowd" grew. The Hashd has 200,000 members.',
        'Rendered "popular crowd", it grew; the popular crowd fought. The Hashd has 200,000 members.',
        "Al-Hashd, literally “popular\ncrowd”, grew in Kut. The Hashd – “popular crowd” – has members.",
    ],
)
def test_the_scan_and_the_automaton_judge_glossed_contexts_alike(text: str, normalizer: Normalizer) -> None:
    unscreened = Normalizer(screen=False)
    assert normalizer.normalize(text).edits == unscreened.normalize(text).edits


_BEIRUT = "In Beirut, Hezbollah, the Party of God, was founded in 1982."
_GAZA = "In Gaza, Hamas is an acronym of the Movement of the Islamic Resistance."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BEIRUT, _BEIRUT),
        (_GAZA, _GAZA),
        ("In Beirut, the Party of God said no.", "In Beirut, Hezbollah said no."),
        (
            "In Beirut, Hezbollah met Amal. Later the Party of God said no.",
            "In Beirut, Hezbollah met Amal. Later Hezbollah said no.",
        ),
    ],
)
def test_a_rendering_in_apposition_to_its_name_is_a_gloss(text: str, expected: str, normalizer: Normalizer) -> None:
    assert normalizer.normalize(text).text == expected

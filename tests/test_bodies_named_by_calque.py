"""A body named by its calque: the distinctive word alone and lower-case calques (normalize/gazetteer_bodies.py),
with the capitals, punctuation, dateline and furniture rules mended beside them."""

from __future__ import annotations

import pytest
import yaml

from normalize import Normalizer
from normalize.calques import CalqueTableError, distinctive, load_calque_table
from normalize.evidence import PROFESSIONAL
from normalize.gazetteer import Entry
from normalize.gazetteer_bodies import body_rules

from .conftest import ROOT

_TABLE = load_calque_table(yaml.safe_load((ROOT / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8")))
_ENGLISH = frozenset({"alliance", "coalition", "conquest", "opening", "movement", "current", "giants", "the", "of"})
_COMMON = frozenset({"opening", "the", "of"})


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def _entry(canonical: str, arabic: str, romanised: str) -> Entry:
    return Entry("iq-x", canonical, arabic, "bloc", "organisation", "IQ", romanised=romanised)


def test_the_distinctive_word_is_found_by_its_arabic_when_its_romanisation_is_not_in_the_table() -> None:
    assert distinctive("Tahaluf al-Fatah", _TABLE, "تحالف الفتح") == ("al-Fatah", ["Conquest", "Opening"])
    assert distinctive("Tahaluf al-Fatah", _TABLE) == ("al-Fatah", [])
    assert distinctive("Saraya al-Salam", _TABLE) == ("al-Salam", ["Peace"])
    assert distinctive("Asa'ib Ahl al-Haq", _TABLE) == ("", [])  # a head and two words


def test_bare_frames_must_list_words() -> None:
    data = yaml.safe_load((ROOT / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8"))
    data["bare_names"]["after"] = [True]
    with pytest.raises(CalqueTableError, match="bare_names: after"):
        load_calque_table(data)


def test_a_bloc_gets_a_repairing_rule_and_a_review_rule() -> None:
    entry = _entry("Binaa Alliance", "تحالف البناء", "Tahaluf al-Binaa")
    english = _ENGLISH | {"construction", "building"}
    named, review = body_rules(entry, _TABLE, english, _COMMON, ["Iraq"], lambda v: True)
    assert named["id"] == "iq-x-named-calque" and named["replacement"] == "Binaa Alliance"
    assert named["context"] == {"requires": ["Binaa Alliance", "Tahaluf al-Binaa", "al-Binaa", "Binaa"]}
    assert "construction alliance" in named["pattern"] and "(?<=" in named["pattern"]  # calques and the bare word
    assert review["tier"] == "review" and review["context"] == {"requires": ["Iraq"]}
    assert "construction alliance" in review["pattern"] and review["replacement"] == "Binaa Alliance"


def test_a_bloc_whose_word_is_found_by_its_arabic_gets_its_bare_word_only() -> None:
    entry = _entry("Fatah Alliance", "تحالف الفتح", "Tahaluf al-Fatah")
    [named] = body_rules(entry, _TABLE, _ENGLISH, _COMMON, ["Iraq"], lambda v: True)
    assert "conquest" in named["pattern"] and "opening" not in named["pattern"]  # "opening" is common


def test_a_common_rendering_and_an_english_canonical_give_no_bare_word() -> None:
    entry = _entry("Fatah Alliance", "تحالف الفتح", "Tahaluf al-Fatah")
    assert body_rules(entry, _TABLE, _ENGLISH, _COMMON | {"conquest"}, ["Iraq"], lambda v: True) == []
    english = _entry("Sovereignty Alliance", "تحالف السيادة", "Tahaluf al-Siyada")
    rules = body_rules(english, _TABLE, _ENGLISH | {"sovereignty"}, _COMMON, ["Iraq"], lambda v: True)
    # the name's own case is another rule, with the country named or not
    calque_rules = [r for r in rules if not r["id"].endswith(("-lower-case", "-unnamed-name"))]
    assert calque_rules and all("(?<=" not in r["pattern"] for r in calque_rules)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fatah Alliance met al-Sadr in Najaf. A delegation representing the conquest left, and talks "
            "between the Sadrists and the conquest will resume.",
            "The Fatah Alliance met al-Sadr in Najaf. A delegation representing the Fatah Alliance left, and talks "
            "between the Sadrists and the Fatah Alliance will resume.",
        ),
        (
            "Leaders of the Fatah Alliance met. They saw a delegation of the Conquest Conquest and left.",
            "Leaders of the Fatah Alliance met. They saw a delegation of the Fatah Alliance and left.",
        ),
        (
            "The Marada Movement said so in Zgharta, and the giants current added that it would vote.",
            "The Marada Movement said so in Zgharta, and the Marada Movement added that it would vote.",
        ),
    ],
)
def test_the_body_named_in_the_document_is_repaired(normalizer: Normalizer, text: str, expected: str) -> None:
    assert normalizer.normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # the body is not named: the words are the words
        "A delegation representing the conquest of the old city left Baghdad for Najaf.",
        # named, but history: "the conquest of", and a frame that is not one
        "The Fatah Alliance won seats in Iraq. The leaders of the conquest of Baghdad in 1258 were Mongols.",
        "The Fatah Alliance won seats in Iraq. They wrote about the conquest and its songs.",
        # a gloss of the name
        "Saraya al-Salam (the peace brigades) deployed in Samarra, Iraq.",
        # capitals: an English name professional texts use
        "Saraya al-Salam – who really commands the Peace Brigades? A report from Iraq.",
    ],
)
def test_words_that_are_not_the_body_stay(normalizer: Normalizer, text: str) -> None:
    result = normalizer.normalize(text)
    assert result.text == text
    assert not [e for e in result.edits if e.rule.endswith("-named-calque")]


def test_a_lower_case_calque_with_only_the_country_named_is_flagged(normalizer: Normalizer) -> None:
    text = "In Cairo, the delegation party called for a boycott of the Egyptian vote."
    result = normalizer.normalize(text)
    assert result.text == text
    [flag] = [f for f in result.flags if f.rule == "eg-wafd-calque-review"]
    assert (text[flag.start : flag.end], flag.detail["suggestion"]) == ("delegation party", "Wafd Party")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy stressed the Need to stop the war, and protesters demanded the Handover of power in the "
            "Country when talks failed.",
            "The envoy stressed the need to stop the war, and protesters demanded the handover of power in the "
            "country when talks failed.",
        ),
        (
            "Security worsened in the Country when ISIS attacked the market.",
            "Security worsened in the country when ISIS attacked the market.",
        ),
        (
            "Intelligence said he was hiding West of Mosul, 30 km Southwest of Kirkuk.",
            "Intelligence said he was hiding west of Mosul, 30 km southwest of Kirkuk.",
        ),
        ("He asked: where are the salaries?. Nobody replied.", "He asked: where are the salaries? Nobody replied."),
        (
            "Aden-Saba: The port reopened on Monday after the storm.",
            "Aden (Saba) - The port reopened on Monday after the storm.",
        ),
        (
            "Category: Iraq News\n\nThe bridge in Najaf opened on Sunday.\n\n"
            "To read the full story from the office, click here.",
            "The bridge in Najaf opened on Sunday.\n",
        ),
    ],
)
def test_capitals_punctuation_datelines_and_furniture(normalizer: Normalizer, text: str, expected: str) -> None:
    assert normalizer.normalize(text).text == expected


def test_a_headline_list_holding_a_name_goes_in_a_professional_document(normalizer: Normalizer) -> None:
    body = (
        "Iraq's parliament met again on Thursday without electing a speaker, the third such session this year. "
        "Lawmakers left the chamber after the second round failed to reach a quorum, and the rival blocs traded "
        "blame for the deadlock. Diplomats in Baghdad said regional talks had done little to shift positions, "
        "while the caretaker government warned that the vacancy was paralysing decisions on the budget, the "
        "currency and the electricity sector. Analysts expect the standoff to last for months, since neither "
        "camp commands a majority in the chamber and each has refused the other's candidate.\n\n"
        "Banks, meanwhile, kept limits on withdrawals in place, and the central bank said it would publish new "
        "figures on reserves before the end of the month. Traders in the capital said the dinar had held steady "
        "for a second week, helped by the dollar auctions, though importers complained of delays at the border "
        "and of the cost of letters of credit, which they said had doubled since the spring.\n"
    )
    text = body + "\n\nRead More:\n\nMustafa al-Kazemi meets the Kurdish delegation\n\nOil exports rise in May\n"
    result = normalizer.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert result.text == body


def test_a_bodys_english_name_in_lower_case_gets_its_capitals_where_its_country_is_named(
    normalizer: Normalizer,
) -> None:
    text = "In Iraq, the forces of the coordination framework met the head of the state of law coalition."
    result = normalizer.normalize(text)
    assert (
        result.text == "In Iraq, the forces of the Coordination Framework met the head of the State of Law Coalition."
    )
    assert [(e.original, e.rule) for e in result.edits] == [
        ("coordination framework", "iq-coordination-framework-lower-case"),
        ("state of law coalition", "iq-state-of-law-lower-case"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The forces of the coordination framework met on Monday.",  # no country named
        "In Lebanon, the future movement of goods across the border worries traders.",  # "of" after it
        "In Iraq, a coordination framework for aid was agreed.",  # no "the" before it
    ],
)
def test_a_lower_case_name_is_left_alone_without_its_country_or_as_plain_words(
    normalizer: Normalizer, text: str
) -> None:
    assert normalizer.normalize(text).edits == []


def test_the_lower_case_rule_is_made_only_for_names_of_english_words_with_an_english_head() -> None:
    english = _ENGLISH | {"coordination", "framework", "peace"}
    framework = Entry("iq-cf", "Coordination Framework", "الإطار التنسيقي", "bloc", "organisation", "IQ")
    binaa = _entry("Binaa Alliance", "تحالف البناء", "Tahaluf al-Binaa")
    assert [r["id"] for r in body_rules(framework, _TABLE, english, _COMMON, ["Iraq"], lambda v: True)] == [
        "iq-cf-lower-case"
    ]
    assert not any(
        r["id"].endswith("-lower-case") for r in body_rules(binaa, _TABLE, english, _COMMON, ["Iraq"], lambda v: True)
    )
    assert body_rules(framework, _TABLE, english, _COMMON, [], lambda v: True) == []  # no country words: no rule

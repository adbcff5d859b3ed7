"""Over-correction mended by class (s16-precision): what an editor keeps stays as written.

- A date in figures, day first, is a house style of British, Gulf and court English as much as
  an Arabic layout: mended in machine translation, neither edited nor flagged in professional
  English (rules/language/evidence.yaml, ``regional_usage``).
- A city's name inside a lower-case transliterated term in brackets ("noomi basra") is a word of
  the term, not a city written in lower case (rules/mideast.yaml, city-in-lower-case).
- A nickname given as written ('known locally as "Al-Jawhara" (the Jewel)') is a mention, not a
  misspelt place (rules/language/mention_cues.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"

RESULTS_RELEASE = (
    "Gulf Horizon Telecom reports full-year 2023 results\n\n"
    "Dubai, 20 February 2024 - Gulf Horizon Telecom today reported revenue of AED 4.82 billion for the year"
    " ended 31 December 2023, up 6.1% year on year, and net profit of AED 611 million, up 9.4%. Mobile"
    " subscribers rose to 3.9 million, driven by prepaid growth in Iraq and Oman, and the EBITDA margin"
    " improved to 38.2% from 36.9%, helped by the shutdown of legacy 3G sites. Capital expenditure was AED"
    " 702 million, or 14.6% of revenue. The board proposes a final dividend of 12 fils per share, subject to"
    " approval at the annual general meeting on 28/03/2024. The chief executive said the company declined"
    " several acquisitions that did not meet its return threshold and would stay disciplined in 2024, when"
    " it expects revenue growth of four to six per cent."
)


def test_a_figure_date_in_a_results_release_is_its_house_style(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, RESULTS_RELEASE)


def test_a_figure_date_in_a_judgment_summary_is_not_flagged(normalizer: Normalizer) -> None:
    text = (CLEAN / "s16_court_judgment_summary.txt").read_text(encoding="utf-8")
    assert "14/6/2023" in text
    assert_untouched(normalizer, text)


def test_a_figure_date_in_machine_translation_is_still_mended(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry announced today, Sunday, that the exams will start on 15/6/2024 in all provinces.",
        "The ministry announced on Sunday that the exams will start on June 15, 2024 in all provinces.",
        ["today-weekday", "figure-date"],
    )


def test_a_city_inside_a_transliterated_term_keeps_its_case(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The festival in basra opened with stalls selling dried lime (noomi basra) and dates.",
        "The festival in Basra opened with stalls selling dried lime (noomi basra) and dates.",
        ["city-in-lower-case"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Some cooks add a pinch of dried lime (noomi basra) to the oil.",
        "Serve it with flatbread (khubz baghdad) and pickles.",
    ],
)
def test_transliterated_terms_with_a_city_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The convoy (from basra) reached the camp.", "The convoy (from Basra) reached the camp."),
        ("The delegation (in mosul) met the governor.", "The delegation (in Mosul) met the governor."),
    ],
)
def test_a_city_after_a_preposition_in_brackets_is_still_capitalised(
    normalizer: Normalizer, text: str, expected: str
) -> None:
    assert_repaired(normalizer, text, expected, ["city-in-lower-case"])


def test_a_stadium_nickname_with_its_sense_is_a_mention(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        'The final will be played at the Basra stadium, known locally as "Al-Jawhara" (the Jewel), on'
        " Friday.The federation said 60,000 tickets were sold in Kuwait and Iraq.",
        'The final will be played at the Basra stadium, known locally as "Al-Jawhara" (the Jewel), on'
        " Friday. The federation said 60,000 tickets were sold in Kuwait and Iraq.",
        ["missing-space-after-period"],
    )


def test_a_nickname_glossed_after_its_article_is_a_mention(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        'Fans in Kuwait and Iraq call the ground "Al-Jawhara" (the Jewel), and it holds 65,000 people.',
    )


@pytest.mark.parametrize("name", sorted(p.name for p in CLEAN.glob("s16_*.txt")))
def test_the_s16_clean_passages_come_out_untouched(normalizer: Normalizer, name: str) -> None:
    assert_untouched(normalizer, (CLEAN / name).read_text(encoding="utf-8"))


def test_a_club_named_after_a_town_keeps_its_own_spelling(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Kuwaiti club Al-Qadsia beat Al-Kuwait 2-1 and Al-Arabi drew with Al-Salmiya, while Iraq's Al-Karkh"
        " club beat Naft Maysan.The coach of Al-Karkh said the team deserved the win.",
        "The Kuwaiti club Al-Qadsia beat Al-Kuwait 2-1 and Al-Arabi drew with Al-Salmiya, while Iraq's Al-Karkh"
        " club beat Naft Maysan. The coach of Al-Karkh said the team deserved the win.",
        ["missing-space-after-period"],
    )


def test_a_misspelt_town_after_a_place_cue_is_still_mended(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Hundreds of farmers demonstrated in Nassiriyah on Sunday over the shortage of water.",
        "Hundreds of farmers demonstrated in Nasiriyah on Sunday over the shortage of water.",
        ["unlisted-place-spelling"],
    )


def test_karkh_is_a_district_of_baghdad_not_al_kharj(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Forces raided hideouts in Al-Karkh on Thursday.The command said the the operation continues.",
        "Forces raided hideouts in Al-Karkh on Thursday. The command said the operation continues.",
        ["missing-space-after-period", "doubled-word"],
    )


def test_a_listed_place_with_its_article_apart_is_no_persons_name(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "The marshes cover 9,000 square kilometres.The minister visited Al Khobar and Dammam last week and met"
        " Saudi officials.",
        "The marshes cover 9,000 square kilometres. The minister visited Al Khobar and Dammam last week and met"
        " Saudi officials.",
        ["missing-space-after-period"],
    )
    assert list(result.flags) == []


def test_a_persons_name_with_the_article_apart_is_still_read(normalizer: Normalizer) -> None:
    # the guard is for a run that is only "Al X" listed as "al-X", not for a full name that has "Al" in it
    assert_repaired(
        normalizer,
        "The cleric Ammar Al Hakeem met the delegation in Baghdad on Sunday.",
        "The cleric Ammar Al-Hakim met the delegation in Baghdad on Sunday.",
        ["unlisted-name-spelling"],
    )


def test_a_stadium_keeps_the_spelling_of_its_own_name(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Al-Shorta beat Al-Zawraa 2-1 at the Al-Madina Stadium on Friday.The coach said the the team suffered.",
        "Al-Shorta beat Al-Zawraa 2-1 at the Al-Madina Stadium on Friday. The coach said the team suffered.",
        ["missing-space-after-period", "doubled-word"],
    )
    result = normalizer.normalize("Al-Shorta beat Al-Zawraa 2-1 at the Al-Madina Stadium on Friday.")
    assert list(result.flags) == []

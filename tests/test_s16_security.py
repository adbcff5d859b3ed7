"""Field trial on security and political MT from Arabic (session 16).

The classes are counted in corpora/STUDIED.md (section s16-security); the trial passages are
corpora/trials/s16-security and the dev pairs corpora/mtdev 2430-2438.  Each test gives the
exact text and edits, and the professional English left alone.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched, edits_and_flags

# A professional wire paragraph of more than 120 words with no artefact: it reads as
# professional English (normalize/evidence.py), where low-confidence repairs are only flagged.
_WIRE = (
    "Iraqi security forces have stepped up operations in the desert west of Anbar after a series of "
    "ambushes on army convoys, officials said. Troops backed by helicopters searched wadis near the "
    "Syrian border and found weapons caches and tunnels used by the militants. The operations come "
    "as the government prepares for provincial elections later this year and seeks to reassure "
    "investors that the country is safe. Analysts say the remaining cells are small but mobile, and "
    "that the border remains hard to seal. The defence minister told parliament last week that new "
    "surveillance towers would be built along the frontier, and that the army would recruit more "
    "local men. Officials in Baghdad did not give a date for the start of the work. "
)


# --- weekday-between-commas-after-verb ---------------------------------------------------


def test_the_commas_round_the_day_after_a_verb_go(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Two soldiers were wounded, on Sunday, in an attack near Hit.",
        "Two soldiers were wounded on Sunday in an attack near Hit.",
        ["weekday-between-commas-after-verb"],
    )
    assert_repaired(
        normalizer,
        "The court ratified, on Thursday evening, the final results, and the council met, on Monday, at the palace.",
        "The court ratified on Thursday evening the final results, and the council met on Monday at the palace.",
        ["weekday-between-commas-after-verb", "weekday-between-commas-after-verb"],
    )


def test_the_commas_round_the_day_stay_where_they_close_a_clause(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "When the curfew was lifted, on Saturday, the markets reopened.")
    assert_untouched(normalizer, "The governor resigned, on Sunday, after the protests.")
    assert_untouched(normalizer, "The strike ended, on Monday, and the dockers returned to work.")
    assert_untouched(normalizer, "The talks in Basra, on Sunday, went well.")
    assert_untouched(normalizer, "He resigned, on Sunday, the ministry said.")


# --- announced-gerund-for-noun -----------------------------------------------------------


def test_a_gerund_after_announced_becomes_its_noun(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Counter-Terrorism Service announced capturing two leaders of a cell in the Hamrin mountains.",
        "The Counter-Terrorism Service announced the capture of two leaders of a cell in the Hamrin mountains.",
        ["announced-gerund-for-noun"],
    )
    assert_repaired(
        normalizer,
        "The bloc announced withdrawing its candidate, and the army announced on Monday, launching an operation.",
        "The bloc announced the withdrawal of its candidate, and the army announced on Monday"
        " the launch of an operation.",
        ["announced-gerund-for-noun", "announced-gerund-for-noun"],
    )


def test_today_weekday_and_the_gerund_together(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Security Media Cell announced today, Tuesday, arresting four terrorists in Tarmiyah.",
        "The Security Media Cell announced on Tuesday the arrest of four terrorists in Tarmiyah.",
        ["today-weekday+announced-gerund-for-noun"],
    )


def test_announced_before_a_participle_clause_or_a_that_clause_stays(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The ministry announced the arrest of four men, and the army announced it on Sunday.")
    assert_untouched(normalizer, "The police raided the house on Tuesday, arresting four men.")
    assert_untouched(normalizer, "The minister announced that killing civilians would be punished.")
    assert_untouched(normalizer, "He announced plans to reopen the crossing, closing the file.")


# --- weapon-before-object ----------------------------------------------------------------


def test_the_weapon_goes_after_its_target(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Israeli drones struck with two guided missiles a car near Naqoura, killing its driver.",
        "Israeli drones struck a car near Naqoura with two guided missiles, killing its driver.",
        ["weapon-before-object"],
    )
    assert_repaired(
        normalizer,
        "The factions targeted, with heavy weapons and homemade rockets, regime positions near Kafr Nabl.",
        "The factions targeted regime positions near Kafr Nabl with heavy weapons and homemade rockets.",
        ["weapon-before-object"],
    )


def test_a_weapon_in_its_english_place_stays(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The Houthis targeted Marib with ballistic missiles on Tuesday.")
    assert_untouched(normalizer, "The base was targeted with rockets fired from the east.")
    assert_untouched(normalizer, "Government forces hit back with artillery fire, and the drone struck with precision.")


# --- number-of-the-generic-plural --------------------------------------------------------


def test_a_number_of_the_first_mention_loses_its_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The shelling led to the displacement of a number of the families towards the camps.",
        "The shelling led to the displacement of a number of families towards the camps.",
        ["number-of-the-generic-plural"],
    )


def test_a_number_of_the_known_or_defined_plural_stays(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Forty prisoners escaped on Friday; by Sunday a number of the prisoners were caught.")
    assert_untouched(normalizer, "Ambulances evacuated a number of the families who were trapped in their homes.")
    assert_untouched(normalizer, "A number of the roads to Mosul were closed.")


def test_a_number_of_the_in_professional_english_is_flagged_not_edited(normalizer: Normalizer) -> None:
    text = _WIRE + "A number of the victims were children, hospital staff said.\n"
    assert_untouched(normalizer, text, flags_allowed=True)
    _, flags = edits_and_flags(normalizer, text)
    assert flags == [("number-of-the-generic-plural", "A number of the ")]

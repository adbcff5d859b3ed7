"""The name kind where the gazetteer's people share keys: surnames, given names and whole names alike."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from tests.kinds.gazetteer_fixtures import edits, flags

from ..conftest import assert_untouched

RULE = "unlisted-name-spelling"


@pytest.fixture(scope="module")
def alone() -> Normalizer:
    return Normalizer(select=[RULE])


def test_a_surname_several_people_share_is_only_flagged_alone(alone: Normalizer) -> None:
    # Najah, Nasr and Abdul Amir al-Shammari: no first name, no role word, nobody named
    result = alone.normalize("Al-Shammary said the decision was final.")
    assert result.edits == []
    assert flags(result) == [("Al-Shammary", "Al-Shammari")]


def test_a_shared_surname_is_repaired_once_the_text_names_one_of_them(alone: Normalizer) -> None:
    # (a vowel dropped: "al-Jobouri", an o for a u, is a house style and stays)
    text = "Kirkuk governor Rakan al-Jbouri visited the market. Al-Jbouri said the budget was late."
    result = alone.normalize(text)
    assert result.text == "Kirkuk governor Rakan al-Jubouri visited the market. Al-Jubouri said the budget was late."
    assert edits(result) == [("al-Jbouri", "al-Jubouri"), ("Al-Jbouri", "Al-Jubouri")]


def test_a_named_persons_house_style_is_not_taken_for_anothers_surname(alone: Normalizer) -> None:
    # "Fayad" is Ali Fayyad's name with one y, not Falih al-Fayyadh's misspelt, when both are named
    both = "Lebanese MP Ali Fayyad and Falih al-Fayyadh met in Beirut. Fayad said the talks would go on."
    assert_untouched(alone, both)
    # "Fayad" is also Walid Fayad's own spelling (Lebanon's energy minister): a listed person's canonical
    # spelling is never taken for a misspelling, so it stays even where only al-Fayyadh is named
    assert_untouched(alone, "PMF chairman Falih al-Fayyadh visited Mosul. Fayad said the brigades would stay.")
    one = alone.normalize("PMF chairman Falih al-Fayyadh visited Mosul. Al-Fayad said the brigades would stay.")
    assert edits(one) == [("Al-Fayad", "Al-Fayyadh")]  # with the article it is no Walid Fayad


def test_one_persons_given_name_is_anothers_surname_misspelt(alone: Normalizer) -> None:
    # نعيم: Naeem al-Aboudi's first name, Basem Naim's surname
    result = alone.normalize("Hamas official Basem Naeem was in Doha. Naeem said the reply was ready.")
    assert result.text == "Hamas official Basem Naim was in Doha. Naim said the reply was ready."
    kept = "Higher Education Minister Naeem al-Aboudi opened the university on Sunday."
    assert alone.normalize(kept).edits == []


def test_a_word_both_named_people_may_own_is_left_alone(alone: Normalizer) -> None:
    text = "Minister Naeem al-Aboudi visited Najaf. Hamas official Basem Naeem was in Doha. Naeem said nothing."
    result = alone.normalize(text)
    assert edits(result) == [("Naeem", "Naim")]  # only the one after Basem
    assert result.text.endswith("Basem Naim was in Doha. Naeem said nothing.")


def test_another_persons_surname_does_not_hide_a_misspelling(alone: Normalizer) -> None:
    # Ibrahim Kanaan, Othman al-Ghanimi and Mohammad Momani are people too, but these are Iran's and Kuwait's
    for text, edit in (
        ("Iran's foreign ministry spokesman Nasser Kanaan said the talks would go on.", ("Kanaan", "Kanaani")),
        ("Kuwaiti speaker Marzouq al-Ghanimi opened the session.", ("al-Ghanimi", "al-Ghanim")),
        ("Interior Minister Eskandar Momani said the vote was fair.", ("Momani", "Momeni")),
    ):
        assert edits(alone.normalize(text)) == [edit]
    assert alone.normalize("Lebanese MP Ibrahim Kanaan chaired the finance committee.").edits == []
    # "al-Jubouri" is near Saad al-Jabri's surname, but "Saeed" is not his first name
    assert alone.normalize("Rakan Saeed al-Jubouri said on Monday that talks would resume.").edits == []


def test_a_name_two_people_share_a_key_with_is_theirs_in_their_house_style(alone: Normalizer) -> None:
    # Jafar Hassan and Jaafar al-Husseini share a key; "Hasan" is Hassan with one s
    assert_untouched(alone, "Jordanian Prime Minister Jafar Hasan met the king.")


def test_a_name_written_right_is_not_repaired_inside(alone: Normalizer) -> None:
    # "Bagher" is near Bagheri's surname and "Awad" near al-Awda's, but each is inside a name as written
    text = "Parliament speaker Mohammad Bagher Ghalibaf and Ahmed Awad bin Mubarak met in Muscat."
    assert_untouched(alone, text)


def test_a_compound_surname_is_not_a_first_name_and_another_surname(alone: Normalizer) -> None:
    # "Abdul" opens Abdul Latif al-Qanou's first name: "Abdul Ghany" is Hassan Abdul Ghani's surname
    text = "The spokesman, Hassan Abdul Ghany, said the army had entered. Abdul Ghany added that curfews were lifted."
    result = alone.normalize(text)
    assert edits(result) == [("Ghany", "Ghani"), ("Abdul Ghany", "Abdul Ghani")]
    assert result.flags == []

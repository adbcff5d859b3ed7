"""Professional wire copy left alone: what the field trial on real agency copy found the tool doing.

Credit lines protected, people a story introduces not taken for gazetteer names, an
outlet's own spellings neither repaired nor flagged in a document that reads as
professional English, and a name the text glosses in brackets kept as the text uses it.
The clean passages are corpora/clean/wire_trial_*.txt; the cases an editor leaves
alone are tests/data/do_no_harm/wire_*.yaml.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.evidence import PROFESSIONAL, UNDETERMINED
from normalize.protect import find_protected
from tests.kinds.gazetteer_fixtures import PROFESSIONAL_PARAGRAPH

from .conftest import assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def _found(normalizer: Normalizer, text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    result = normalizer.normalize(text)
    edits = [(e.rule, e.original, e.replacement) for e in result.edits]
    flags = [(f.rule, text[f.start : f.end], str(f.detail.get("suggestion"))) for f in result.flags]
    return edits, flags


def test_credit_lines_are_protected_and_prose_is_not() -> None:
    text = (
        "By John Davison and Dominic Evans\n"
        "By attacking ships, the group claims to help.\n"
        "Troops advance near Mosul. Photo: AP/Khalid Mohammed\n"
        "Photo: INA\n"
        "Mourners in Baghdad (Chaim Goldberg/Flash90) and REUTERS/Thaier al-Sudani.\n"
        "Reporting by Timour Azhari and Maya Gebeily; Editing by Alex Richardson\n"
        "(Reporting by Suleiman al-Khalidi in Amman)\n"
    )
    credits = [text[p.start : p.end] for p in find_protected(text) if p.kind == "credit"]
    assert credits == [
        "By John Davison and Dominic Evans",
        "Photo: AP/Khalid Mohammed",
        "Chaim Goldberg/Flash90",
        "REUTERS/Thaier al-Sudani",
        "Reporting by Timour Azhari and Maya Gebeily; Editing by Alex Richardson",
        "(Reporting by Suleiman al-Khalidi in Amman)",
    ]


def test_a_reporter_s_name_is_no_misspelt_gazetteer_name(normalizer: Normalizer) -> None:
    byline = "Lebanon said it would hold talks.\n\n(Reporting by Suleiman al-Khalidi; Editing by Alex Richardson)"
    assert_untouched(normalizer, byline)
    # in prose, a first name the names list has beside the word: a person, no town of Kebili
    assert_untouched(normalizer, "Reporters Timour Azhari and Maya Gebeily said the talks would go on.")


def test_a_surname_the_text_introduced_with_another_first_name_is_that_person_s(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Nidal Shibani, 28, was killed. Islamic Jihad claimed Shibani.")
    # the same word with nobody introduced: still worth a person's look (the article in lower case mid-sentence)
    assert _found(normalizer, "Islamic Jihad claimed Shibani as a member.") == (
        [],
        [("unlisted-name-spelling", "Shibani", "al-Shaibani")],
    )
    # "Khazim" is not even that: "al-Kadhimi" is a nisba of the name, another family's (normalize/nisba.py)
    assert_untouched(normalizer, "Islamic Jihad claimed Khazim as a member.")
    # the person's own first name introduces them: both spellings repaired alike, the writer's
    # article kept because a house style of theirs has it ("Firass al-Abiad")
    text = "The Lebanese Minister of Public Health, Firas Al-Abyad, visited the hospitals. Al-Abyad said so."
    assert _found(normalizer, text) == (
        [("unlisted-name-spelling", "Al-Abyad", "Al-Abiad"), ("unlisted-name-spelling", "Al-Abyad", "Al-Abiad")],
        [],
    )
    # another first name before the surname, and no one of the family named: the family's own spelling
    text = "Taha Mikaty, a businessman in Tripoli, spoke on Monday. Mikaty said the port was closed."
    assert_untouched(normalizer, text)


def test_a_known_person_named_beside_someone_else_of_a_like_name_is_not_borrowed(normalizer: Normalizer) -> None:
    text = "Mustafa al-Kadhimi met the family of Nidal Khazim; Khazim said they wanted answers."
    assert_untouched(normalizer, text)


def test_accents_and_an_ayn_s_apostrophe_are_no_misspellings(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Mevlüt Çavuşoğlu and İbrahim Kalın met the envoy in Ankara.")
    assert_untouched(normalizer, "Jets struck villages near Ma'arat al-Nu'man in Idlib, activists said.")


def test_an_outlet_s_own_spelling_is_left_alone_in_professional_english(normalizer: Normalizer) -> None:
    sentence = "In Aden, Aidarus Al Zoubadi met the envoy."
    assert _found(normalizer, sentence) == (
        [("unlisted-name-spelling", "Aidarus Al Zoubadi", "Aidarous al-Zubaidi")],
        [],
    )
    result = assert_untouched(
        normalizer, PROFESSIONAL_PARAGRAPH + sentence + " Islamic Jihad claimed Khazim as a member."
    )
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert normalizer.normalize(sentence).evidence.verdict == UNDETERMINED  # type: ignore[union-attr]


def test_a_name_glossed_in_brackets_keeps_its_rendering(normalizer: Normalizer) -> None:
    glossed = "Kataib Hezbollah (Hezbollah Brigades) said the truce held; the Iraqi Hezbollah Brigades gave no date."
    assert_untouched(normalizer, glossed)
    bare = "The Iraqi Hezbollah Brigades said the truce held."
    assert _found(normalizer, bare) == (
        [("kataib-hezbollah", "The Iraqi Hezbollah Brigades", "Kata'ib Hezbollah")],
        [],
    )


def test_no_gazetteer_error_variant_differs_from_its_name_by_apostrophes_or_accents_alone() -> None:
    """Outlets write an ʿayn or a hamza as an apostrophe ("Gideon Sa'ar"): a house style, never MT's error."""
    import unicodedata

    import yaml

    from normalize.gazetteer import read_tables

    from .conftest import ROOT

    spec = yaml.safe_load((ROOT / "rules" / "gazetteer.yaml").read_text(encoding="utf-8"))["gazetteer"]
    entries = read_tables([ROOT / "rules" / t for t in spec["tables"]], spec["types"], frozenset(spec["countries"]))

    def plain(name: str) -> str:
        decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ı", "i"))
        return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "'’ʿʾ`")

    assert len(entries) > 1500
    assert [(e.id, v) for e in entries for v in e.variants if plain(v) == plain(e.canonical)] == []


def test_a_full_name_never_ends_on_the_article_of_the_next(normalizer: Normalizer) -> None:
    """ "Abdulla Al" of "Al Khalifa" has King Abdullah II's key once the article is left out; it is no name."""
    text = "The reshuffle named Sheikh Khalid bin Abdulla Al Khalifa as deputy prime minister."
    assert_untouched(normalizer, text)


def test_a_word_for_a_country_s_people_is_no_misspelt_name(normalizer: Normalizer) -> None:
    # "Emiratis" is close to the airline Emirates by key; the dictionary lacks it, names.yaml has it
    text = "The Emiratis and the Qataris met the Saudis in Doha on Monday."
    assert_untouched(normalizer, text)

"""The library API other pipelines import."""

from __future__ import annotations

import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from normalize import Edit, Normalizer, SelectionError, normalize_text
from normalize.language import may_not_be_english

from .conftest import INPUTS


def test_normalize_text_one_call() -> None:
    result = normalize_text("Mustafa al-Kazimi met the popular crowd .")
    assert result.text == "Mustafa al-Kadhimi met the Popular Mobilization Forces."
    assert result.changed
    assert result.edits == [
        Edit(
            8,
            17,
            "al-Kazimi",
            "al-Kadhimi",
            "kadhimi",
            "transliteration",
            "the former prime minister's name is spelt al-Kadhimi",
        ),
        Edit(
            26,
            39,
            "popular crowd",
            "Popular Mobilization Forces",
            "pmf",
            "terminology",
            'al-Hashd al-Shaabi is the Popular Mobilization Forces ("popular crowd" is a literal rendering)',
        ),
        Edit(39, 40, " ", "", "space-before-punctuation", "punctuation", "removed a space before punctuation"),
    ]


def test_unchanged_text() -> None:
    result = normalize_text("Nothing to repair here.")
    assert not result.changed
    assert result.edits == [] and result.text == result.source


def test_select_and_ignore_by_id_category_and_pack() -> None:
    text = "Mustafa al-Kazimi met the popular crowd ."
    assert (
        normalize_text(text, select=["terminology"]).text == "Mustafa al-Kazimi met the Popular Mobilization Forces ."
    )
    assert normalize_text(text, ignore=["mideast"]).text == "Mustafa al-Kazimi met the popular crowd."
    assert normalize_text(text, ignore=["kadhimi", "punctuation"]).text == (
        "Mustafa al-Kazimi met the Popular Mobilization Forces ."
    )


def test_select_or_ignore_naming_nothing_is_an_error() -> None:
    """A typo in a rule name would otherwise select no rule, or ignore none, without a word."""
    with pytest.raises(SelectionError) as error:
        Normalizer(ignore=["stray-capitol"])
    assert (
        str(error.value)
        == "ignore: no rule id, category, kind or pack is named 'stray-capitol'; did you mean 'stray-capital'?"
    )
    with pytest.raises(
        SelectionError, match=r"^select: no rule id, category, kind or pack is named 'zzz' \(`normalize"
    ):
        Normalizer(select=["terminology", "zzz"])
    # a kind and a pack are names too, and a name may be both selected and ignored
    assert Normalizer(select=["term", "core"], ignore=["term"]).rules


def test_result_apply_only_accepted_edits() -> None:
    result = normalize_text("Mustafa al-Kazimi met the popular crowd .")
    assert result.apply([0, 2]) == "Mustafa al-Kadhimi met the popular crowd."
    assert result.apply([]) == result.source
    assert result.apply(range(len(result.edits))) == result.text
    with pytest.raises(ValueError, match="no edit with index 7"):
        result.apply([7])


def test_to_dict_is_json_ready() -> None:
    data = normalize_text("the the militia").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["edits"] == [
        {
            "index": 0,
            "start": 3,
            "end": 7,
            "original": " the",
            "replacement": "",
            "rule": "doubled-word",
            "category": "repetition",
            "message": "removed a doubled word",
        }
    ]


def test_normalizer_is_picklable_and_equivalent(normalizer: Normalizer) -> None:
    copy = pickle.loads(pickle.dumps(Normalizer(select=["terminology"], timeout=1.5)))
    assert copy.timeout == 1.5
    assert copy.normalize("the popular crowd .").text == "the Popular Mobilization Forces ."


def test_normalizer_is_thread_safe(normalizer: Normalizer) -> None:
    texts = [p.read_text(encoding="utf-8") for p in INPUTS] * 4
    expected = [normalizer.normalize(t).text for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: normalizer.normalize(t).text, texts))
    assert got == expected


def test_untranslated_paragraph_is_flagged_not_deleted(normalizer: Normalizer) -> None:
    arabic = "أكدت الفصائل أن الرد على الاستهداف سيكون في الوقت والمكان المناسبين."
    text = f"The faction said:\n\n{arabic}\n\nIt gave no details."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.start, f.end, f.rule, f.category, f.detail["language"]) for f in result.flags] == [
        (19, 19 + len(arabic), "stray-arabic", "untranslated", "ar")
    ]


FRENCH = (
    "Le gouvernement a annoncé mardi que les salaires des fonctionnaires seraient versés avant la fin du mois, "
    "malgré le retard du vote sur le budget fédéral."
)
GERMAN = (
    "Die Regierung kündigte am Dienstag an, dass die Gehälter der Beamten noch vor dem Ende des Monats "
    "ausgezahlt werden, trotz der Verzögerung bei der Abstimmung über den Haushalt."
)
NAMES = (
    "Attendees: Faleh al-Fayyadh, Qais al-Khazali, Hadi al-Amiri, Akram al-Kaabi, Abu Fadak al-Mohammadawi, "
    "Ahmed al-Asadi, Humam Hamoudi, Ammar al-Hakim, Nouri al-Maliki, Haider al-Abadi."
)
CITIES = "Baghdad, Basra, Mosul, Erbil, Kirkuk, Najaf, Karbala, Nasiriyah, Ramadi, Fallujah, Tikrit, Samarra, Diyala."


def test_untranslated_latin_script_paragraphs_are_flagged_and_lists_of_names_are_not(normalizer: Normalizer) -> None:
    text = "\n\n".join([FRENCH, NAMES, GERMAN, CITIES])
    result = normalizer.normalize(text)
    assert result.edits == []
    german_start = text.index(GERMAN)
    assert [(f.start, f.end, f.detail["language"]) for f in result.flags] == [
        (0, len(FRENCH), "fr"),
        (german_start, german_start + len(GERMAN), "de"),
    ]


def test_english_rules_leave_a_paragraph_in_another_language_alone(normalizer: Normalizer) -> None:
    # "Le gouvernement a annoncé" would read as "a" before a vowel to the English article rule.
    english = "The the minister said the budget would pass ."
    text = f"{english}\n\n{FRENCH}\n\n{english}"
    fixed = "The minister said the budget would pass."
    result = normalizer.normalize(text)
    assert result.text == f"{fixed}\n\n{FRENCH}\n\n{fixed}"
    assert [(e.original, e.rule) for e in result.edits] == [
        (" the", "doubled-word"),
        (" ", "space-before-punctuation"),
        (" the", "doubled-word"),
        (" ", "space-before-punctuation"),
    ]
    assert [f.detail["language"] for f in result.flags] == ["fr"]
    [batched] = normalizer.normalize_many([text])
    assert batched.edits == result.edits


@pytest.mark.parametrize(
    ("quote", "language"),
    [
        ("« Nous ne partirons pas », a déclaré le ministre.", "fr"),
        ("El gobierno a anunciado un acuerdo.", "es"),
        ("O governo anunciou um acordo com a França.", "pt"),
    ],
)
def test_a_short_paragraph_in_another_language_is_flagged_and_left_alone(
    quote: str, language: str, normalizer: Normalizer
) -> None:
    # Under 15 words the share of English function words cannot judge; foreign function words can.
    text = f"The minister spoke to reporters in Beirut.\n\n{quote}\n\nHe then left."
    result = normalizer.normalize(text)
    assert result.edits == []
    start = text.index(quote)
    assert [(f.start, f.end, f.detail["language"]) for f in result.flags] == [(start, start + len(quote), language)]


def test_a_paragraph_whose_a_and_as_are_portuguese_is_flagged_not_given_english_articles(
    normalizer: Normalizer,
) -> None:
    # "a" and "as" are English function words too; counted as English they hid the language.
    portuguese = (
        "Você pode obter as imagens de instalação a partir do sítio oficial, e a equipa recomenda que as "
        "guarde num disco antes de começar a instalação do sistema operativo."
    )
    text = f"The minister spoke.\n\n{portuguese}\n\nHe left."
    result = normalizer.normalize(text)
    assert result.edits == []
    assert [f.detail["language"] for f in result.flags] == ["pt"]


def test_french_guillemets_with_no_break_spaces_are_left(normalizer: Normalizer) -> None:
    assert normalizer.normalize("La distribution «\u00a0sid\u00a0» est instable.").edits == []


@pytest.mark.parametrize(
    "line",
    [
        "Des Moines and La Paz",
        "Staffan de Mistura met Jean-Yves Le Drian and Des Browne",
        "The UN envoy met the UN chief",
        "Le Pen wins first round in French election",
        "Lebanon’s “Les Misérables” at Beirut’s Théâtre de la Ville",
    ],
)
def test_short_english_lines_with_foreign_names_are_not_sent_to_langdetect(line: str) -> None:
    assert not may_not_be_english(line)


def test_the_crowd_stays_a_crowd_where_a_report_also_has_real_crowds(normalizer: Normalizer) -> None:
    # pmf-crowd reads "the crowd" as the PMF in MT that says "popular crowd", but not beside protesters.
    text = "The popular crowd deployed in Tahrir Square, where the crowd of protesters chanted and the crowd dispersed."
    result = normalizer.normalize(text)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("popular crowd", "Popular Mobilization Forces", "pmf")
    ]
    without_protesters = "The popular crowd deployed in Tahrir Square, where the crowd set up checkpoints."
    assert [e.rule for e in normalizer.normalize(without_protesters).edits] == ["pmf", "pmf-crowd"]


def test_crlf_and_bom_are_kept(normalizer: Normalizer) -> None:
    text = "\ufeffThe the militia said ,\r\nMustafa al-Kazimi spoke.\r\n"
    result = normalizer.normalize(text)
    assert result.text == "\ufeffThe militia said,\r\nMustafa al-Kadhimi spoke.\r\n"


def test_catastrophic_user_regex_times_out_and_the_rest_runs(tmp_path: Path) -> None:
    pack = tmp_path / "slow.yaml"
    pack.write_text(
        "rules:\n  - {id: slow, kind: pattern, category: c, message: m, pattern: '(a|aa)+$', replacement: x}\n"
        "  - {id: ok, kind: pattern, category: c, message: m, pattern: 'militia', replacement: group}\n",
        encoding="utf-8",
    )
    normalizer = Normalizer(packs=[pack], timeout=0.2)
    result = normalizer.normalize("a" * 60 + "b militia")
    assert result.text == "a" * 60 + "b group"
    assert [(p.rule, p.message) for p in result.problems] == [
        ("slow", "regex took longer than 0.2s; rule skipped for this document")
    ]


def test_the_package_carries_its_types_for_users_mypy(tmp_path: Path) -> None:
    """PEP 561: with py.typed, a user's mypy checks calls into normalize instead of treating it as Any."""
    import subprocess
    import sys

    user = tmp_path / "use.py"
    user.write_text(
        "from normalize import Normalizer, Result\n"
        "results: list[Result] = list(Normalizer().normalize_many(['a']))\n"
        "wrong: int = results[0].text\n",
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir", str(tmp_path / "cache"), "use.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert proc.stdout.splitlines() == [
        'use.py:3: error: Incompatible types in assignment (expression has type "str", variable has type "int")  '
        "[assignment]"
    ]

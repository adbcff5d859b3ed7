"""A body's English name in Arabic's head-first order, generated for every body of the gazetteer."""

from __future__ import annotations

import pytest
import yaml

from normalize import Normalizer
from normalize.calque_table import CalqueTableError, load_calque_table
from normalize.construct import construct_renderings, name_starts, runs_on

from .conftest import ROOT, assert_repaired, assert_untouched, edits_and_flags

TABLE = load_calque_table(yaml.safe_load((ROOT / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8")))
ENGLISH = frozenset({"lebanese", "victory", "group", "wagner", "state", "law", "canal"})


def texts(canonical: str) -> list[tuple[str, bool]]:
    return [(r.text, r.review) for r in construct_renderings(canonical, TABLE, ENGLISH)]


def test_a_name_with_of_before_its_head_takes_the_genitive() -> None:
    assert texts("State of Law Coalition") == [
        ("Coalition of State of Law", False),
        ("Coalition of the State of Law", False),
    ]


def test_a_lower_case_head_is_repaired_before_a_closing_adjective_only() -> None:
    assert texts("Kurdistan Democratic Party") == [
        ("Party of Kurdistan Democratic", False),
        ("party of Kurdistan Democratic", False),
        ("Party of the Kurdistan Democratic", False),
        ("party of the Kurdistan Democratic", False),
        ("Party the Kurdistan the Democratic", False),
        ("Party the Democratic the Kurdistan", False),
        ("Democratic Kurdistan Party", False),
        ("Kurdistan Party the Democratic", True),
    ]


def test_a_lower_case_head_before_a_foreign_word_is_for_review_after_the_only() -> None:
    assert texts("Fatah Alliance") == [
        ("Alliance of Fatah", False),
        ("Alliance of the Fatah", False),
        ("alliance of the Fatah", True),
    ]


def test_adjectives_move_after_the_head_together_and_the_last_alone_for_review() -> None:
    assert texts("Federal Supreme Court") == [
        ("Court of Federal Supreme", False),
        ("court of Federal Supreme", False),
        ("Court of the Federal Supreme", False),
        ("court of the Federal Supreme", False),
        ("Court the Federal the Supreme", False),
        ("Court the Supreme the Federal", False),
        ("Federal Court the Supreme", True),
        ("Supreme Federal Court", True),  # Brazil's court: english_names
    ]
    assert ("Judicial Council the Supreme", False) in texts("Supreme Judicial Council")
    assert ("Council the Political the Supreme", False) in texts("Supreme Political Council")


def test_names_that_would_make_english_phrases_have_no_genitive() -> None:
    assert texts("Lebanese Forces") == []  # "the Forces of the Lebanese Army"
    assert texts("Victory Alliance") == []
    assert all(not t.startswith("group") for t, _ in texts("Wagner Group"))  # "a group of Wagner fighters"
    assert texts("Israeli army") == []  # a head in lower case is no part of the name
    assert texts("Council of Ministers") == [] and texts("Court of Cassation") == []
    assert texts("Shafaq News") == []  # "News" takes no genitive
    assert ("Council the Presidential", False) not in texts("Presidential Council")  # may run on into a place


def test_a_genitive_that_ends_in_another_names_opening_runs_on() -> None:
    starts = name_starts([("sdf", "Syrian Democratic Forces"), ("sdc", "Syrian Democratic Council")])
    assert runs_on("Council of the Syrian Democratic", starts, "sdc")
    assert not runs_on("Forces of the Syrian", {"syrian": frozenset({"sdf"})}, "sdf")  # its own name only
    assert not runs_on("Judicial Council the Supreme", starts, "sjc")  # no genitive


def test_a_malformed_construct_table_is_refused() -> None:
    data = yaml.safe_load((ROOT / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8"))
    data["construct_state"] = {"adjectives": "Supreme"}
    with pytest.raises(CalqueTableError, match="construct_state: adjectives"):
        load_calque_table(data)


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "In Baghdad, the Court the Federal the Supreme ruled on the appeal.",
            "In Baghdad, the Federal Supreme Court ruled on the appeal.",
            ["iq-federal-supreme-court-literal"],
        ),
        (
            "Sanaa - The Council the Political the Supreme in Sanaa received a delegation from Yemen's tribes.",
            "Sanaa - The Supreme Political Council in Sanaa received a delegation from Yemen's tribes.",
            ["ye-spc-literal"],
        ),
        (
            "In Baghdad, the Judicial Council the Supreme said the ruling is binding.",
            "In Baghdad, the Supreme Judicial Council said the ruling is binding.",
            ["iq-supreme-judicial-council-literal"],
        ),
        (
            "In Erbil, the party of the Kurdistan Democratic met the delegation.",
            "In Erbil, the Kurdistan Democratic Party met the delegation.",
            ["iq-kdp-literal"],
        ),
        (
            "Aden - The council of the Southern Transitional called on the Yemeni government to pay salaries.",
            "Aden - The Southern Transitional Council called on the Yemeni government to pay salaries.",
            ["ye-stc-literal"],
        ),
        (
            "Benghazi - The army of the Libyan National said its units repelled an attack in Libya.",
            "Benghazi - The Libyan National Army said its units repelled an attack in Libya.",
            ["ly-lna-literal"],
        ),
    ],
)
def test_construct_state_renderings_are_repaired(
    normalizer: Normalizer, text: str, expected: str, rules: list[str]
) -> None:
    assert_repaired(normalizer, text, expected, rules)


def test_uncertain_renderings_are_flagged_with_the_name(normalizer: Normalizer) -> None:
    text = "In Baghdad, the Federal Court the Supreme ruled on the appeal."
    assert edits_and_flags(normalizer, text) == (
        [],
        [("iq-federal-supreme-court-construct-review", "Federal Court the Supreme")],
    )
    text = "In Idlib in Syria, the front of the Nusra attacked the town."
    assert edits_and_flags(normalizer, text) == ([], [("sy-nusra-construct-review", "front of the Nusra")])
    text = "The Supreme Federal Court of Brazil and the Iraqi government."
    assert edits_and_flags(normalizer, text) == (
        [],
        [("iq-federal-supreme-court-construct-review", "Supreme Federal Court")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In Baghdad, the Ministry of Oil, the Council of Ministers, the Ministry of Interior and the Court of "
        "Cassation met.",
        "In Beirut, the Forces of the Lebanese Army deployed south of the Litani.",
        "In Gaza, an alliance of Fatah and Hamas was discussed.",
        "In Egypt, the authority of the Suez Canal raised its fees.",
        "In Libya, a group of Wagner fighters left the base.",
        "Brazil's Supreme Federal Court ruled on Tuesday.",
        "In Baghdad, the Federal Supreme Court and the Supreme Judicial Council met.",
        # "Syrian Democratic" opens another row's name: no genitive of either ends there
        "In Raqqa in Syria, the Military Council of the Syrian Democratic Forces met.",
        "In Raqqa in Syria, the military council of the Syrian Democratic Forces met.",
    ],
)
def test_english_names_and_phrases_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)

"""normalize/templates.py: a replacement maps a captured group through a table or changes its case."""

from __future__ import annotations

from typing import Any

import pytest

from normalize import Normalizer
from normalize.kinds.base import Deferred, RuleError
from normalize.kinds.pattern import apply_patterns
from normalize.rules import build_rule, pack_entry
from normalize.templates import follow_case, shared_maps

from .conftest import assert_repaired

RULE: dict[str, Any] = {
    "id": "numbers",
    "kind": "pattern",
    "category": "date",
    "message": "a number in words",
    "pattern": r"\b(?P<n>(?i:\L<number>)) (?P<what>days|Days)\b",
    "maps": {"number": {"one": 1, "two": "2", "three": 3}},
    "replacement": r"\M<number>{n} \M<upper>{what}",
}


def _run(rule: dict[str, Any], text: str) -> tuple[str, list[tuple[str, str]]]:
    built = build_rule(rule, "local")
    changes = apply_patterns(text, [(built, Deferred(built))], 1.0, [])  # type: ignore[list-item]
    out = text
    for c in sorted(changes, key=lambda c: c.start, reverse=True):
        out = out[: c.start] + c.replacement + out[c.end :]
    return out, [(text[c.start : c.end], c.replacement) for c in changes]


def test_a_table_maps_the_group_and_its_keys_are_the_pattern_list() -> None:
    assert _run(RULE, "In two days and Three Days, not four days.") == (
        "In 2 DAYS and 3 DAYS, not four days.",
        [("two days", "2 DAYS"), ("Three Days", "3 DAYS")],
    )


def test_a_mapped_value_takes_the_case_of_the_text() -> None:
    rule = {
        **RULE,
        "pattern": r"\b(?P<t>[Pp]resident|PRESIDENT) of parliament",
        "maps": {"speaker": {"president": "speaker"}},
        "replacement": r"\M<speaker>{t} of parliament",
    }
    assert _run(rule, "president of parliament, President of parliament, PRESIDENT of parliament")[0] == (
        "speaker of parliament, Speaker of parliament, SPEAKER of parliament"
    )
    assert [follow_case("it", m) for m in ("She", "she", "SHE", "")] == ["It", "it", "IT", "it"]


def test_a_word_the_table_lacks_leaves_the_match_alone() -> None:
    rule = {**RULE, "pattern": r"\b(?P<n>\w+) (?P<what>days)\b"}
    assert _run(rule, "seven days and one days") == ("seven days and 1 DAYS", [("one days", "1 DAYS")])


def test_operations_chain_left_to_right_and_the_shared_tables_are_used() -> None:
    rule = {
        **RULE,
        "pattern": r"^(?P<v>(?i:\L<reporting_past>)) the source that",
        "maps": {},
        "replacement": r"The source \M<reporting_past|lower>{v} that",
    }
    assert _run(rule, "Adds the source that")[0] == "The source added that"
    assert _run(rule, "Pointed out the source that")[0] == "The source pointed out that"
    assert shared_maps()["ordinal_day"]["twenty-first"] == "21"
    assert shared_maps()["ordinal_day"]["thirty first"] == "31"


def test_pad3_writes_the_part_after_a_thousands_comma_with_three_digits() -> None:
    rule = {
        **RULE,
        "pattern": r"\b(?P<n>[0-9]+) thousand and (?P<h>[0-9]{1,3})\b",
        "maps": {},
        "replacement": r"\g<n>,\M<pad3>{h}",
    }
    assert _run(rule, "3 thousand and 250, 12 thousand and 40, 1 thousand and 5") == (
        "3,250, 12,040, 1,005",
        [("3 thousand and 250", "3,250"), ("12 thousand and 40", "12,040"), ("1 thousand and 5", "1,005")],
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"replacement": r"\M<nothing>{n}"}, "replacement uses unknown table 'nothing'"),
        ({"replacement": r"\M<number>{m}"}, "replacement maps unknown group 'm'"),
        ({"replacement": r"\M<number>{7}"}, "replacement maps group 7, but the pattern has 2"),
        ({"replacement": r"\M{n}"}, "'\\M' in a replacement must read \\M<table or case>{group}"),
    ],
)
def test_a_bad_template_is_refused(change: dict[str, str], message: str) -> None:
    with pytest.raises(RuleError) as caught:
        build_rule({**RULE, **change}, "local")
    assert str(caught.value) == f"replacement is not valid for the pattern: {message}"


@pytest.mark.parametrize(
    ("maps", "message"),
    [
        (["one"], "'maps' must map table names to tables"),
        (
            {"lower": {"a": "b"}},
            "'lower' cannot name a table (a word, and not one of lower, upper, title, capitalize, pad3)",
        ),
        ({"number": {}}, "table 'number' must map words to their replacements"),
        ({"number": {"one": True}}, "table 'number' must map words to strings, but has 'one': True"),
    ],
)
def test_a_bad_table_is_refused(maps: Any, message: str) -> None:
    with pytest.raises(RuleError) as caught:
        build_rule({**RULE, "maps": maps}, "local")
    assert str(caught.value) == message


def test_a_rule_with_tables_reads_back_as_written() -> None:
    entry = pack_entry(build_rule(RULE, "local"))
    assert entry["maps"] == {"number": {"one": "1", "two": "2", "three": "3"}}
    assert entry["replacement"] == RULE["replacement"]
    assert "lists" not in entry
    assert pack_entry(build_rule(entry, "local")) == entry


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "The vote was held on the fifth of March, and the twenty first of the month of May.",
            "The vote was held on March 5, and May 21.",
            ["spelt-out-date", "spelt-out-date"],
        ),
        (
            "Stressed the ministry that calm had returned. Says a security source that the gunmen fled.",
            "The ministry stressed that calm had returned. A security source said that the gunmen fled.",
            ["verb-first-reporting", "verb-first-reporting"],
        ),
        (
            "In Baghdad, the President of the Iraqi Parliament met the head of the Lebanese parliament.",
            "In Baghdad, the Speaker of the Iraqi Parliament met the speaker of the Lebanese parliament.",
            ["speaker-of-parliament", "speaker-of-parliament"],
        ),
    ],
)
def test_the_collapsed_rules_in_the_default_packs(
    normalizer: Normalizer, text: str, expected: str, rules: list[str]
) -> None:
    assert_repaired(normalizer, text, expected, rules)

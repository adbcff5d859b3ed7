"""normalize/kinds/glue.py with ``names: true``: two capitalised words run together are split."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds.base import RuleError
from normalize.rules import build_rule, pack_entry


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(select=["glued-name"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanese Forces leader SamirGeagea said so.", "Lebanese Forces leader Samir Geagea said so."),
        ("Shafaq NewsBaghdad - The road is open.", "Shafaq News Baghdad - The road is open."),
        # a common word before a name the same text writes on its own
        (
            "Alsumaria NewsKarmat said so. Karmat is north of Fallujah.",
            "Alsumaria News Karmat said so. Karmat is north of Fallujah.",
        ),
        ("the envoy RanaKhalil and AbuMahdi", "the envoy Rana Khalil and Abu Mahdi"),
    ],
)
def test_glued_names_are_split(normalizer: Normalizer, text: str, expected: str) -> None:
    result = normalizer.normalize(text)
    assert result.text == expected
    assert [(e.rule, e.replacement) for e in result.edits] == [("glued-name", " ")] * (
        expected.count(" ") - text.count(" ")
    )


@pytest.mark.parametrize(
    "text",
    [
        "YouTube, PayPal, LinkedIn, WhatsApp, iPhone, PlayStation and JetBlue.",
        "McCain, MacArthur, DeSantis, LaGuardia, DiCaprio, LeBlanc, VanDyke and DelMonte.",
        "An OrderedDict, a NoneType and a WordPress plugin; ScrollView and HashMap.",
        "#SamirGeagea, @AbuMahdi, NewsBaghdad.com and www.SamirGeagea.org",
        "ThreeWords GluedTogetherHere stay.",
    ],
)
def test_brands_prefixes_identifiers_and_handles_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert normalizer.normalize(text).edits == []


def test_a_names_rule_reads_back_and_takes_no_starters() -> None:
    entry = {"id": "names", "kind": "glue", "category": "structure", "message": "m", "names": True}
    assert pack_entry(build_rule(entry, "local")) == entry
    with pytest.raises(RuleError) as caught:
        build_rule({**entry, "starters": ["The"]}, "local")
    assert str(caught.value) == "a glue rule splits sentences ('starters') or names ('names: true'), not both"
    with pytest.raises(RuleError) as caught:
        build_rule({**entry, "names": False}, "local")
    assert str(caught.value) == "'starters' must list at least one word"

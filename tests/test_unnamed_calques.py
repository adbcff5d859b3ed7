"""A body's calque where the document names neither the body nor its country (normalize/gazetteer_bodies.py):
flagged where the words read as no English phrase, repaired where the document reads as machine
translation (``promoted`` in normalize/evidence.py), and silent in professional English."""

from __future__ import annotations

import pytest
import yaml

from normalize import Normalizer
from normalize.calques import CalqueTableError, load_calque_table
from normalize.evidence import MACHINE_TRANSLATION, UNDETERMINED, Evidence, promoted
from normalize.gazetteer_bodies import _specific
from normalize.model import Edit, Flag

from .conftest import ROOT, assert_untouched

_DATA = yaml.safe_load((ROOT / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8"))
_TABLE = load_calque_table(_DATA)

_MT = (
    "The extension movement announced today, Monday, the suspension of its participation in the sessions, "
    "and the the spokesman stressed on the necessity of the dialogue. The meeting will be held today, Tuesday."
)


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("calque", "specific"),
    [
        ("extension movement", True),
        ("resolve alliance", True),
        ("truthful bloc", True),
        ("giants current", True),  # English never calls a body a current
        ("current of national wisdom", True),
        ("reform party", False),  # a party of that name, or any party of reform
        ("victory coalition", False),
        ("construction coalition", False),
        ("noble movement", False),  # rarer, but plain English (``ordinary``)
        ("supporters of the religious authority", False),
        ("movement", False),
    ],
)
def test_a_calque_is_specific_only_where_no_english_phrase_reads_so(calque: str, specific: bool) -> None:
    assert _specific(calque, _TABLE) is specific


def test_repaired_in_machine_translation(normalizer: Normalizer) -> None:
    result = normalizer.normalize(_MT)
    assert result.text.startswith("The Imtidad Movement announced on Monday the suspension")
    assert [e.rule for e in result.edits if e.original == "extension movement"] == ["iq-imtidad-unnamed-calque"]


def test_flagged_in_a_short_text_and_silent_in_professional_english(normalizer: Normalizer) -> None:
    short = normalizer.normalize("The extension movement met in the morning.")
    assert short.edits == []
    found = [(f.rule, f.detail["suggestion"]) for f in short.flags]
    assert found == [("iq-imtidad-unnamed-calque", "Imtidad Movement")]
    text = (ROOT / "corpora" / "clean" / "s8_unbuilt_calque_lookalikes.txt").read_text("utf-8")
    assert_untouched(normalizer, text)


def test_where_the_body_is_named_the_named_rule_repairs_it(normalizer: Normalizer) -> None:
    result = normalizer.normalize("Harakat Imtidad said so. The extension movement met in the morning.")
    assert result.text == "Harakat Imtidad said so. The Imtidad Movement met in the morning."
    assert [e.rule for e in result.edits] == ["iq-imtidad-named-calque"]


def _flag(start: int, end: int, original: str) -> Flag:
    detail = {"suggestion": "Imtidad Movement", "original": original}
    return Flag(start, end, "iq-imtidad-unnamed-calque", "terminology", "m", detail)


def test_promoted_only_in_machine_translation_and_never_over_an_edit() -> None:
    source = "The extension movement met."
    flags = [_flag(4, 22, "extension movement")]
    mt, unsure = Evidence(words=4, by_class={}, verdict=MACHINE_TRANSLATION), Evidence(4, {}, UNDETERMINED)
    edits, kept = promoted(source, [], flags, mt)
    assert [(e.start, e.end, e.replacement) for e in edits] == [(4, 22, "Imtidad Movement")] and kept == []
    assert promoted(source, [], flags, unsure) == ([], flags)
    over = [Edit(0, 10, "The extens", "x", "other", "grammar", "m")]
    assert promoted(source, over, flags, mt) == (over, flags)
    changed = [_flag(4, 22, "extension  movement")]  # a stage changed the words before the rule saw them
    assert promoted(source, [], changed, mt) == ([], changed)


def test_unnamed_calques_table_must_list_words() -> None:
    data = {**_DATA, "unnamed_calques": {"heads": [3]}}
    with pytest.raises(CalqueTableError, match="unnamed_calques: heads"):
        load_calque_table(data)


def test_the_english_name_in_lower_case_flagged_without_its_country_and_repaired_once_with_it(
    normalizer: Normalizer,
) -> None:
    short = normalizer.normalize("The sovereignty alliance met.")
    assert short.edits == [] and [f.rule for f in short.flags] == ["iq-sovereignty-unnamed-name"]
    assert normalizer.normalize("A coordination framework for aid was agreed.").flags == []
    named = normalizer.normalize("In Baghdad the sovereignty alliance met today, Monday, and the the deputies left.")
    assert named.text == "In Baghdad the Sovereignty Alliance met today, Monday, and the deputies left."
    assert [f.rule for f in named.flags] == []  # the lower-case rule repaired it: the review flag goes


def test_a_promoted_flag_over_the_same_repair_goes() -> None:
    source = "The extension movement met."
    mt = Evidence(words=4, by_class={}, verdict=MACHINE_TRANSLATION)
    same = [Edit(4, 22, "extension movement", "Imtidad Movement", "other", "terminology", "m")]
    assert promoted(source, same, [_flag(4, 22, "extension movement")], mt) == (same, [])

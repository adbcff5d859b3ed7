"""Document evidence: how strongly a document reads as machine translation, and what it lets through."""

from __future__ import annotations

from normalize import Normalizer
from normalize.evidence import MACHINE_TRANSLATION, PROFESSIONAL, UNDETERMINED

from .conftest import assert_untouched

_NORMALIZER = Normalizer()

#: A professional paragraph of some length, with nothing MT leaves behind.
_PROFESSIONAL = (
    "Lebanon's parliament met again on Thursday without electing a president, the twelfth such session since "
    "the post fell vacant last year. Speaker Nabih Berri adjourned the sitting after the second round failed "
    "to reach a quorum, and the rival blocs traded blame for the deadlock. Diplomats in Beirut said regional "
    "talks had done little to shift positions, while the caretaker government warned that the vacancy was "
    "paralysing decisions on the economy, the currency and the electricity sector. Analysts expect the "
    "standoff to last for months, since neither camp commands a majority in the chamber and each has "
    "refused the other's candidate. Banks, meanwhile, kept limits on withdrawals in place, and the "
    "central bank said it would publish new figures on reserves before the end of the month. "
)


def test_a_professional_article_gets_low_confidence_repairs_as_flags() -> None:
    text = _PROFESSIONAL + "The Hamas said on Sunday that the truce held."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert result.text == text
    assert result.edits == []
    [flag] = result.flags
    assert (flag.rule, text[flag.start : flag.end], flag.detail["suggestion"]) == (
        "article-before-name",
        "The Hamas",
        "Hamas",
    )


def test_the_same_repair_applies_in_machine_translation() -> None:
    text = (
        "The Iraqi Hezbollah Brigades said the the truce held.The popular crowd agreed. "
        + _PROFESSIONAL
        + "The Hamas said on Sunday that the truce held."
    )
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == MACHINE_TRANSLATION
    assert result.evidence.by_class == {"doubled-words": 1, "glued-sentences": 1, "literal-names": 2}
    assert "article-before-name" in {e.rule for e in result.edits}
    assert result.text.endswith("Hamas said on Sunday that the truce held.")


def test_sense_and_date_calques_count_as_signs_of_translation() -> None:
    # Real MT often has no glued or doubled words, only words and dates carried over from
    # Arabic; those repairs weigh too, so the name repairs are not held back as house style.
    text = (
        "The council said today, Monday, that two security points near the port will close. "
        + _PROFESSIONAL
        + "The late budget was signed by Mustafa al-Kazemi."
    )
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == MACHINE_TRANSLATION
    assert result.evidence.by_class == {"calques": 1, "date-calques": 1, "listed-misspellings": 1}
    assert result.text.startswith("The council said on Monday that two checkpoints near the port will close.")
    assert result.text.endswith("signed by Mustafa al-Kadhimi.")


def test_without_them_a_generated_spelling_stands_as_house_style() -> None:
    # "al-Ameri" is generated from the Arabic form, not listed: an outlet may write it so.
    text = _PROFESSIONAL + "The late budget was signed by Hadi al-Ameri."
    result = assert_untouched(_NORMALIZER, text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL


def test_a_spelling_listed_as_an_error_is_mended_in_professional_english_too() -> None:
    # "al-Kazemi" is listed by hand as an MT error, no outlet's house style: mended, and it counts.
    text = _PROFESSIONAL + "The late budget was signed by Mustafa al-Kazemi."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.by_class == {"listed-misspellings": 1}
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [("kadhimi", "al-Kazemi", "al-Kadhimi")]
    assert result.text == text.replace("al-Kazemi", "al-Kadhimi")


def test_a_listed_house_style_stays_in_professional_english() -> None:
    text = _PROFESSIONAL + "Samir Ja'ja' and Walid Junblat met Nabih Birri in Ain al-Tineh."
    result = assert_untouched(_NORMALIZER, text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL


def test_a_name_spelt_two_ways_is_no_house_style() -> None:
    # two generated spellings of one surname: the writer had no house style for it
    text = _PROFESSIONAL + "Ali al-Sistany issued the ruling, and Al-Sistanee's office published it."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert result.text.endswith("Ali al-Sistani issued the ruling, and Al-Sistani's office published it.")
    assert {e.rule for e in result.edits} == {"surname-al-sistani"}


def test_one_spelling_throughout_is_left_in_professional_english() -> None:
    text = _PROFESSIONAL + "Ali al-Sistany issued the ruling, and Al-Sistany's office published it."
    result = _NORMALIZER.normalize(text)
    assert result.text == text


def test_a_short_text_is_undetermined_and_reported() -> None:
    result = _NORMALIZER.normalize("The Hamas said on Sunday that the truce held.")
    assert result.evidence is not None and result.evidence.verdict == UNDETERMINED
    assert result.text == "Hamas said on Sunday that the truce held."
    assert result.to_dict()["evidence"] == {
        "verdict": "undetermined",
        "words": 9,
        "artefacts": 0,
        "per_thousand_words": 0.0,
        "by_class": {},
    }


def test_batches_weigh_each_document_on_its_own() -> None:
    texts = [_PROFESSIONAL + "The Hamas said on Sunday that the truce held.", "The Hamas said on Sunday."]
    results = list(_NORMALIZER.normalize_many(texts))
    assert [r.evidence.verdict for r in results if r.evidence] == [PROFESSIONAL, UNDETERMINED]
    assert [r.text for r in results] == [texts[0], "Hamas said on Sunday."]


def test_the_json_report_carries_each_document_s_evidence_and_protected_spans(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from normalize.cli import app, route

    source = tmp_path / "a.txt"
    source.write_text("The Hamas said so at https://example.com/the the page.\n", encoding="utf-8")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, route([str(source), "--no-config", "--check", "--report", str(report)]))
    assert result.exit_code == 1
    [entry] = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert entry["evidence"]["verdict"] == "undetermined"
    assert [(p["kind"], p["text"]) for p in entry["protected"]] == [("url", "https://example.com/the")]

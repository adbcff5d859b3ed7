"""Rules marked ``outside_quotes`` leave what a speaker is quoted as saying; other rules repair quotes too."""

from __future__ import annotations

from pathlib import Path

from normalize import Normalizer
from normalize.quotes import in_quotation

_TEXT = (
    "He said “the X is here” and the X left.\n\n"
    'She said "an X" then an X, «the X» and ‘the X’ and the ministers’ X.\n\n'
    "“The X will stay,” he said.\n\n"
    "“A quotation that runs on, X\n\n"
    "X opens the next paragraph."
)


def test_quotation_marks_are_counted_within_the_paragraph() -> None:
    verdicts = [in_quotation(_TEXT, i) for i, ch in enumerate(_TEXT) if ch == "X"]
    assert verdicts == [True, False, True, False, True, True, False, True, True, False]


def _pack(folder: Path, outside_quotes: str) -> Path:
    path = folder / "house.yaml"
    path.write_text(
        "pack: house\n"
        "rules:\n"
        "  - id: regime\n"
        "    kind: term\n"
        "    category: terminology\n"
        "    message: house style\n"
        "    canonical: government\n"
        "    variants: [regime]\n"
        f"    outside_quotes: {outside_quotes}\n",
        encoding="utf-8",
    )
    return path


_QUOTED = "The regime fell, and he said “the regime is gone” in Aden.\n\n“The regime lied,” she said."


def test_an_outside_quotes_rule_repairs_the_narration_only(tmp_path: Path) -> None:
    result = Normalizer(packs=[_pack(tmp_path, "true")]).normalize(_QUOTED)
    assert [(e.start, e.end, e.original, e.replacement) for e in result.edits] == [(4, 10, "regime", "government")]
    assert result.text == _QUOTED.replace("The regime fell", "The government fell")


def test_without_the_option_quotes_are_repaired_as_well(tmp_path: Path) -> None:
    result = Normalizer(packs=[_pack(tmp_path, "false")]).normalize(_QUOTED)
    assert [(e.start, e.original) for e in result.edits] == [(4, "regime"), (34, "regime"), (65, "regime")]
    assert result.text.count("government") == 3


def test_yemen_quotes_keep_the_speakers_words(normalizer: Normalizer) -> None:
    text = (
        "The legitimate government returned to Aden on Sunday.\n\n"
        "“The legitimate government will not negotiate with the Houthis,” the Yemeni minister said."
    )
    result = normalizer.normalize(text)
    assert [(e.start, e.original, e.replacement, e.rule) for e in result.edits] == [
        (4, "legitimate government", "internationally recognised government", "yemen-legitimate-government")
    ]


def test_translation_repairs_still_apply_inside_quotes(normalizer: Normalizer) -> None:
    # "popular crowd" is a mistranslation, whoever says it: the seed article's quotes are repaired.
    text = "He said that “the twelfth brigade is linked to the popular crowd.”"
    assert normalizer.normalize(text).text == (
        "He said that “the twelfth brigade is linked to the Popular Mobilization Forces.”"
    )


def test_batches_judge_quotations_like_single_documents(normalizer: Normalizer) -> None:
    docs = [
        "In Yemen, “the legitimate government",
        "will talk” said the legitimate government in Aden.",
        "The Houthis and the legitimate government met in Aden.",
    ]
    assert [r.edits for r in normalizer.normalize_many(docs)] == [normalizer.normalize(d).edits for d in docs]

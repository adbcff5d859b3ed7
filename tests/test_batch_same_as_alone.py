"""A document comes out of ``normalize_many`` exactly as it comes out of ``normalize`` alone.

Users run folders (the CLI joins their files into batches) and single texts (the library);
the same file must get the same edits either way, whatever other files share its batch.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import CLEAN, CORPORA, INPUTS

NORMALIZER = Normalizer()
DEV_INPUTS = sorted((CORPORA / "mtdev" / "input").glob("*.txt"))
OTHER = "The minister met the envoy in Baghdad on Sunday and discussed the oil exports.\n"


def _edits(result: object) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.replacement, e.rule) for e in result.edits]  # type: ignore[attr-defined]


def test_every_bundled_text_gets_the_same_edits_in_one_batch_as_alone() -> None:
    paths = INPUTS + CLEAN + DEV_INPUTS
    texts = [p.read_text(encoding="utf-8") for p in paths]
    differing = [
        path.name
        for path, text, joined in zip(paths, texts, NORMALIZER.normalize_many(texts), strict=True)
        if _edits(joined) != _edits(NORMALIZER.normalize(text))
    ]
    assert differing == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule that removes a list at the document's foot (its pattern ends in \Z)
        (
            "The envoy left Baghdad on Monday.\nRelated News:\nOil exports rise in May",
            "The envoy left Baghdad on Monday.",
        ),
        (
            "The bomber struck at noon, police said.\n\nDelta Times Live\nDelta Times Live\n",
            "The bomber struck at noon, police said.\n",
        ),
        # a lone date-and-time line under a headline stays, whatever stamp lines other documents hold
        ("Parliament meets on Thursday\n\n10/03/2013 12:00 AM\n\nThe session will vote on the law.\n", None),
    ],
)
def test_a_document_at_the_head_or_in_the_middle_of_a_batch_comes_out_as_alone(text: str, expected: str | None) -> None:
    alone = NORMALIZER.normalize(text).text
    stamped = "Other news\n\n[26/07/2018 01:59]\n\nShare\n\nThe port reopened.\n"
    first = next(iter(NORMALIZER.normalize_many([text, OTHER, stamped]))).text
    middle = list(NORMALIZER.normalize_many([stamped, text, OTHER]))[1].text
    assert first == middle == alone == (text if expected is None else expected)


def test_a_capitalised_word_another_document_names_does_not_keep_a_stray_capital() -> None:
    stray = "The minister called on farmers to Withstand the drought and not to abandon their lands.\n"
    titled = 'The report, titled "Iraq Seeks to Withstand the Pressure", was published; "We Withstand", he said.\n'
    alone = NORMALIZER.normalize(stray).text
    assert alone == "The minister called on farmers to withstand the drought and not to abandon their lands.\n"
    assert next(iter(NORMALIZER.normalize_many([stray, titled]))).text == alone

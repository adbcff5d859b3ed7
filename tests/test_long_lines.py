"""A paragraph longer than ``blocks.max_block_chars`` is cut into blocks (issue 19, item 11).

The cut only narrows where the rules search (``normalize.blocks``): the edits, their
offsets in the source, the flags and the text must be those of the paragraph left
whole.  The uncut path is the same normalizer with the limit at 0 (never cut); the
texts here are a few KB, so both run in a moment.  How long a 20 MB line takes is
measured by ``bench/long_line.py``, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.blocks import blocks_of, paragraph_cuts
from normalize.lexicon import using
from normalize.model import Result
from normalize.packs import DEFAULT_PACKS
from normalize.quotes import in_quotation

from .conftest import CORPORA, INPUTS


def _with_limit(tmp_path: Path, limit: int) -> Normalizer:
    """The default packs, and a pack of our own that sets the block limit."""
    pack = tmp_path / f"blocks-{limit}.yaml"
    pack.write_text(
        f"pack: blocks-{limit}\nlanguage:\n  blocks:\n    max_block_chars: {limit}\nrules: []\n", encoding="utf-8"
    )
    return Normalizer(packs=[*DEFAULT_PACKS, str(pack)])


def _everything(result: Result) -> tuple[str, list[tuple[object, ...]], list[tuple[object, ...]], list[object]]:
    edits = [(e.start, e.end, e.original, e.replacement, e.rule, e.message) for e in result.edits]
    flags = [(f.start, f.end, f.rule, f.message) for f in result.flags]
    return result.text, edits, flags, list(result.problems)


def _one_line(paths: list[Path]) -> str:
    """The files' text as one line: every line break a space, as in a file that lost its paragraphs."""
    return " ".join(p.read_text(encoding="utf-8") for p in paths).replace("\n", " ")


@pytest.fixture(scope="module")
def uncut(tmp_path_factory: pytest.TempPathFactory) -> Normalizer:
    return _with_limit(tmp_path_factory.mktemp("uncut"), 0)


def test_a_single_line_document_gets_the_edits_of_the_uncut_paragraph(tmp_path: Path, uncut: Normalizer) -> None:
    text = _one_line(INPUTS[:6])
    cut = _with_limit(tmp_path, 200)
    with using(cut.language):
        blocks = blocks_of(text)
    assert len(blocks.starts) > 30 and sum(blocks.soft) == len(blocks.starts) - 1  # one paragraph, cut many times
    whole = _everything(uncut.normalize(text))
    assert len(whole[1]) > 50 and whole[2]  # a real document: many edits and some flags
    assert _everything(cut.normalize(text)) == whole
    assert _everything(Normalizer().normalize(text)) == whole  # the bundled limit cuts it too


def test_the_corpora_as_single_lines_come_out_as_uncut(tmp_path: Path, uncut: Normalizer) -> None:
    # A match must fit in two neighbouring blocks: a breadcrumb, a headline copy and a "Comments
    # Off on" line run into one line are a 150-character match, so the limit here is twice that.
    cut = _with_limit(tmp_path, 300)
    paths = [*INPUTS, *sorted((CORPORA / "mtdev" / "input").glob("*.txt")), *sorted((CORPORA / "clean").glob("*.txt"))]
    for path in paths:
        text = _one_line([path])
        assert _everything(cut.normalize(text)) == _everything(uncut.normalize(text)), path.name


#: No sentence ends in it, so a small limit cuts it at spaces, inside the repairs.
RUN_ON = (
    "Officials in the province said on Monday that fighters of the popular crowd , backed by units of the army , "
    "entered the town while the the residents watched from their windows and roofs and said nothing to the reporters "
    "who came from the capital to see the damage done to the houses near the old market"
)


def test_an_edit_is_never_split_across_a_block_cut(tmp_path: Path, uncut: Normalizer) -> None:
    whole = uncut.normalize(RUN_ON)
    assert [(e.original, e.replacement, e.rule) for e in whole.edits] == [
        ("popular crowd", "Popular Mobilization Forces", "pmf"),
        (" ", "", "space-before-punctuation"),
        (" ", "", "space-before-punctuation"),
        (" the", "", "doubled-word"),
    ]
    split: set[int] = set()
    for limit in (22, 30, 37):
        cuts = paragraph_cuts(RUN_ON, 0, len(RUN_ON), limit)
        crossed = {k for k, e in enumerate(whole.edits) if any(e.start < c <= e.end for c in cuts)}
        assert crossed  # a cut falls inside this repair (or right at the end of a space the rule needs what follows)
        split |= crossed
        assert _everything(_with_limit(tmp_path, limit).normalize(RUN_ON)) == _everything(whole), limit
    assert split == {0, 1, 2, 3}  # every repair was cut through under one of the limits


def test_a_long_paragraph_is_cut_at_sentence_starts_and_a_short_one_never() -> None:
    short = "The talks resumed. Both sides met in Baghdad."
    sentences = "The talks resumed on Sunday. Both sides met in Baghdad. “We agreed,” he said. It ended."
    assert paragraph_cuts(sentences, 0, len(sentences), 40) == [29, 56, 78]
    assert [sentences[c:][:4] for c in (29, 56, 78)] == ["Both", "“We ", "It e"]
    text = f"{short}\n\n{sentences}"
    assert blocks_of(text).starts == [0, 47]  # the bundled limit is far above both
    run_on = "word " * 30
    assert paragraph_cuts(run_on, 0, len(run_on), 40) == [35, 70, 105, 140]  # no sentence end: after a space
    assert paragraph_cuts("x" * 100, 0, 100, 40) == []  # one "word" longer than the limit is not cut


def test_a_quotation_stays_open_across_a_cut(tmp_path: Path, uncut: Normalizer) -> None:
    text = (
        "In Aden, the Houthis attacked the legitimate government again. The minister said: “We are the legitimate "
        "government. The Houthis will not win. The legitimate government stays in Aden.” Later the legitimate "
        "government met in Aden."
    )
    cut = _with_limit(tmp_path, 30)
    with using(cut.language):
        blocks = blocks_of(text)
        inside = text.index("The legitimate government stays") + 4
        assert blocks.index(inside) > blocks.index(text.index("“"))  # a cut lies between the quote and the name
        assert in_quotation(text, inside)
    with using(uncut.language):
        assert in_quotation(text, inside)
    result = cut.normalize(text)
    assert _everything(result) == _everything(uncut.normalize(text))
    assert result.text.count("internationally recognised government") == 2  # the minister's own words are kept

"""The title kind looks for headline copies in a document once per text it has: again only once it changed."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds import title

from ..conftest import ROOT

#: The headline's copy becomes one only once the term stage has mapped "popular crowd": the
#: check after the later rounds finds it, in the document the repairs changed.
MADE_A_COPY = (
    "The popular crowd enters Tikrit\n\n"
    "The Popular Mobilization Forces enters Tikrit\n\n"
    "Fighters entered Tikrit on Monday after a week of clashes, officials said.\n"
)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    original = title.remove_repeated_title

    def counting(text: str, rule: title.TitleRule, timeout: float) -> list[title.Change]:
        searched.append(text)
        return original(text, rule, timeout)

    monkeypatch.setattr(title, "remove_repeated_title", counting)
    return searched


def test_a_copy_that_the_repairs_make_is_removed_after_them(
    normalizer: Normalizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched = _counting(monkeypatch)
    result = normalizer.normalize(MADE_A_COPY)
    assert result.text == (
        "The Popular Mobilization Forces enters Tikrit\n\n"
        "Fighters entered Tikrit on Monday after a week of clashes, officials said.\n"
    )
    assert [(e.rule, e.original) for e in result.edits] == [
        ("pmf", "popular crowd"),
        ("title-repeat", "The Popular Mobilization Forces enters Tikrit\n\n"),
    ]
    # As given, as repaired (a copy now), and without the copy: each text once.
    assert searched == [MADE_A_COPY, MADE_A_COPY.replace("popular crowd", "Popular Mobilization Forces"), result.text]


def test_documents_the_repairs_left_as_they_were_are_not_searched_again(
    normalizer: Normalizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = sorted((ROOT / "corpora" / "clean").glob("*.txt"))[:3]
    texts = [p.read_text(encoding="utf-8") for p in clean]
    texts.append((ROOT / "corpora" / "input" / "001_truce_factions.txt").read_text(encoding="utf-8"))
    expected = [r.text for r in normalizer.normalize_many(texts)]
    searched = _counting(monkeypatch)
    assert [r.text for r in normalizer.normalize_many(texts)] == expected
    assert expected[-1] == (ROOT / "corpora" / "expected" / "001_truce_factions.txt").read_text(encoding="utf-8")
    assert all(text in searched for text in texts[:3])
    assert len(searched) == len(set(searched))  # no document text searched twice in the run

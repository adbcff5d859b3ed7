"""Determinism (issue 19, items 13-14): the same output whichever path runs, and normalizing twice changes nothing."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner

from normalize import Normalizer
from normalize.cli import app, route

from .conftest import ROOT

RUNNER = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args))


def _fuzz() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_fuzz", ROOT / "bench" / "fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_streamed_file_is_repaired_as_the_whole_file_is(tmp_path: Path) -> None:
    filler = "".join(f"Paragraph {n} reports on the talks in Baghdad and the weather there.\n\n" for n in range(60))
    text = "The popular crowd said it would wait.\n\n" + filler + "Later the crowd withdrew .\n"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    whole = run(str(article), "--stream-bytes", "1024", "--report", str(tmp_path / "r.json"))  # held in memory
    streamed = run(str(article), "--stream-bytes", "1024")  # piece by piece
    assert whole.exit_code == streamed.exit_code == 0
    assert whole.output.endswith("Later the PMF withdrew.\n")
    assert streamed.output == whole.output


def test_a_line_that_later_stages_make_a_copy_of_the_headline_goes_in_one_pass() -> None:
    normalizer = Normalizer()
    result = normalizer.normalize("emerging coronavirus\nعام emerging coronavirus\n")
    once = result.text
    # An Arabic word opening an English line is kept and flagged (do-no-harm), so the line is
    # no copy of the headline, and a second pass agrees.
    assert once == "novel coronavirus\nعام novel coronavirus\n"
    assert [f.rule for f in result.flags] == ["stray-arabic"]
    assert normalizer.normalize(once).text == once


def test_a_language_named_in_another_paragraph_does_not_shield_a_stray_word() -> None:
    normalizer = Normalizer()
    text = (
        "The Kurdish Democratic Party of Iraq met.\n\nبغداد Berri said the presidential vacuum threatens the state.\n"
    )
    result = normalizer.normalize(text)
    once = result.text
    # The word opens an English sentence: kept (it may be a dateline), and flagged for a translator,
    # whatever language another paragraph names.
    assert (
        once == "The Kurdistan Democratic Party met.\n\nبغداد Berri said the presidential vacuum threatens the state.\n"
    )
    assert [text[f.start : f.end] for f in result.flags] == ["بغداد"]
    assert normalizer.normalize(once).text == once


def test_fuzzed_documents_are_normalized_once_and_for_all(normalizer: Normalizer) -> None:
    fuzz = _fuzz()
    texts = list(fuzz.documents(seed=19, count=300))
    assert len(set(texts)) > 250
    assert fuzz.not_idempotent(normalizer, texts) == []
    batched = list(normalizer.normalize_many(texts))
    assert [r.text for r in batched] == [normalizer.normalize(t).text for t in texts]

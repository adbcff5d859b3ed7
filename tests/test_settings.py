"""normalize/settings.py: one description of a normalizer, for pickling, the CLI's workers and Dask."""

from __future__ import annotations

import pickle

from normalize import Normalizer, NormalizerSettings
from normalize.dask import NormalizerSpec, spec_of, worker_normalizer
from normalize.settings import DEFAULT_TIMEOUT


def test_the_settings_of_a_normalizer_are_its_arguments_sorted() -> None:
    normalizer = Normalizer(
        packs=["core"], select=["stray-capital", "doubled-word"], ignore=["unicode", "glue"], timeout=1.5
    )
    assert normalizer.settings == NormalizerSettings(
        packs=("core",), select=("doubled-word", "stray-capital"), ignore=("glue", "unicode"), timeout=1.5, screen=True
    )
    assert NormalizerSettings().timeout == DEFAULT_TIMEOUT == Normalizer().timeout


def test_a_pickled_normalizer_is_rebuilt_from_its_settings() -> None:
    normalizer = Normalizer(select=["doubled-word"], timeout=3.0, screen=False)
    again = pickle.loads(pickle.dumps(normalizer))
    assert again.settings == normalizer.settings
    assert [r.id for r in again.rules] == ["doubled-word"]
    assert not again.screen.enabled
    assert again.normalize("the the talks").text == "the talks"


def test_dask_sends_the_same_settings_and_builds_one_normalizer_per_settings() -> None:
    normalizer = Normalizer(select=["doubled-word"])
    spec = spec_of(normalizer)
    assert NormalizerSpec is NormalizerSettings
    assert spec == normalizer.settings and hash(spec) == hash(normalizer.settings)
    assert spec_of(None) == NormalizerSettings()
    built = worker_normalizer(spec)
    assert worker_normalizer(NormalizerSettings.of(select=["doubled-word"])) is built
    assert [r.id for r in built.rules] == ["doubled-word"]

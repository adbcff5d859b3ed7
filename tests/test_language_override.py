"""A pack's ``language:`` mapping overrides rules/language/english.yaml for its own normalizer only."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.lexicon import current, english

#: A French paragraph between two English ones: the untranslated test flags it, by its French function words.
FRENCH = "The minister spoke on Sunday.\n\nNous ne partirons pas de cette ville, a dit le ministre.\n\nHe left."
FLAGGED = (31, 87, "stray-arabic", "paragraph reads as 'fr', not English; left for a person to translate")


def _flags(normalizer: Normalizer, text: str) -> list[tuple[int, int, str, str]]:
    return [(f.start, f.end, f.rule, f.message) for f in normalizer.normalize(text).flags]


def _pack(tmp_path: Path, language: str) -> str:
    path = tmp_path / "tuned.yaml"
    path.write_text(f"pack: tuned\nlanguage:\n{language}\nrules: []\n", encoding="utf-8")
    return str(path)


def test_an_override_changes_its_own_normalizer_only(tmp_path: Path) -> None:
    # No European function words known: the French paragraph no longer reads as foreign to the cheap test.
    tuned = Normalizer(packs=["core", _pack(tmp_path, "  untranslated:\n    european_function_words: xyzzy")])
    default = Normalizer(packs=["core"])
    assert _flags(tuned, FRENCH) == []
    assert _flags(default, FRENCH) == [FLAGGED]
    assert _flags(tuned, FRENCH) == []  # and the default's run did not leak into the tuned one
    assert current() is english()  # outside a run, the bundled values
    assert tuned.language.untranslated.european_function_words == frozenset({"xyzzy"})
    assert tuned.language.untranslated.english_function_words == english().untranslated.english_function_words


def test_a_threshold_override_is_kept_through_pickling(tmp_path: Path) -> None:
    # The short-paragraph test needs this many European function words: more than the paragraph has.
    tuned = Normalizer(packs=["core", _pack(tmp_path, "  untranslated:\n    short_min_european_words: 40")])
    rebuilt = pickle.loads(pickle.dumps(tuned))
    assert rebuilt.language.untranslated.short_min_european_words == 40
    assert _flags(rebuilt, FRENCH) == []
    assert _flags(Normalizer(packs=["core"]), FRENCH) == [FLAGGED]


def test_a_glue_override_changes_which_words_end_a_sentence(tmp_path: Path) -> None:
    # "not" never ends a sentence by default, so "notThe" is taken for an identifier; a pack may drop it.
    text = "It was notThe end."
    tuned = Normalizer(packs=["core", _pack(tmp_path, "  glue:\n    never_ends_a_sentence: is")])
    assert tuned.normalize(text).text == "It was not. The end."
    assert Normalizer(packs=["core"]).normalize(text).text == text


def test_a_pack_without_language_keeps_the_bundled_values() -> None:
    assert Normalizer(packs=["core"]).language is english()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "  untranslate:\n    short_min_words: 3",
            "language: unknown section 'untranslate'; did you mean 'untranslated'?",
        ),
        (
            "  untranslated:\n    english_token_shares: 0.5",
            "language: unknown key 'untranslated.english_token_shares'; did you mean 'english_token_share'?",
        ),
        (
            "  untranslated:\n    short_min_words: many",
            "language: 'untranslated.short_min_words': expected a non-negative number, got 'many'",
        ),
        ("  repeats: [and, or]", "language: section 'repeats' must be a mapping"),
        ("  capitals:\n    verb_cue: to", "language: unknown key 'capitals.verb_cue'; did you mean 'verb_cues'?"),
        ("  capitals:\n    verb_cues: [to]", "language: 'capitals.verb_cues': expected a string, got ['to']"),
        ("  evidence:\n    thresholds: 3", "language: 'evidence.thresholds': expected a mapping, got 3"),
        (
            "  names:\n    endings: 3",
            "language: 'names.endings': expected words: a string of words or a list of strings",
        ),
        (
            "  names:\n    male_first_name: Ali",
            "language: unknown key 'names.male_first_name'; did you mean 'male_first_names'?",
        ),
    ],
)
def test_bad_keys_are_refused_with_one_line(tmp_path: Path, language: str, message: str) -> None:
    path = _pack(tmp_path, language)
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=["core", path])
    assert str(caught.value) == f"{path}: {message}"

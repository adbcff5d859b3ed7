"""The language file (rules/language/english.yaml): read once, every value typed, bad files one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import RulePackError
from normalize.language import may_not_be_english
from normalize.lexicon import LANGUAGE_FILE, english, load_language, rules_directory

BUNDLED = rules_directory() / LANGUAGE_FILE


def test_the_bundled_file_is_read_once_with_its_values_typed() -> None:
    language = english()
    assert english() is language
    assert "the" in language.untranslated.english_function_words
    assert {"a", "in", "on", "as", "an", "was", "will"} == language.untranslated.shared_function_words
    assert language.untranslated.foreign_letter_share == 0.15
    assert language.title.chars_per_edit == 40
    assert language.script.language_names == ("Arabic", "Persian", "Farsi", "Kurdish", "Urdu", "Hebrew")
    cues = language.terms.gloss_cues
    assert {"or", "not"} <= set(cues) and all(isinstance(cue, str) for cue in cues)  # quoted: not YAML booleans
    assert dict(language.names.sound_as) == {"dh": "z", "th": "z", "zh": "z", "q": "k"}


def _language_file(tmp_path: Path, old: str, new: str) -> Path:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "english.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  foreign_letter_share: 0.15\n", "", "'untranslated.foreign_letter_share' is missing"),
        ("  longest_word: 60", "  longest_word: sixty", "'glue.longest_word': expected a non-negative number"),
        ("  near: 16", "  near: -1", "'script.near': expected a non-negative number, got -1"),
        ("  conjunctions: and or nor but", "  conjunctions: [and, 3]", "'repeats.conjunctions': expected words"),
        ("repeats:\n", "repeats: 5\nx:\n", "section 'repeats' is missing or not a mapping"),
    ],
)
def test_a_malformed_language_file_is_one_line_naming_the_value(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path = _language_file(tmp_path, old, new)
    with pytest.raises(RulePackError) as caught:
        load_language(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_an_unreadable_language_file_is_a_pack_error(tmp_path: Path) -> None:
    path = tmp_path / "english.yaml"
    path.write_text("untranslated: [unclosed\n", encoding="utf-8")
    with pytest.raises(RulePackError, match="cannot read the language file"):
        load_language(path)


def test_the_thresholds_are_the_ones_the_untranslated_test_applies() -> None:
    """15 tokens with no function word: the share test runs, and lower-case words are not a list of names."""
    prose = " ".join(["lorem"] * 15)
    assert may_not_be_english(prose)
    assert not may_not_be_english(" ".join(["lorem"] * 13 + ["the", "of"]))

"""A pack's ``language:`` mapping overrides any file of rules/language for its own normalizer only.

One case per file (and per english.yaml section that is compiled into a regex or a set):
the override changes what that normalizer does, and a default normalizer, run after
it in the same process, still does what the bundled data says.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.kinds.capitals import cues
from normalize.lexicon import english
from normalize.model import Result
from normalize.packs import DEFAULT_PACKS

SAHWA = "Arabic-speaking families returned عائلة. The market reopened."


def _pack(tmp_path: Path, language: str) -> str:
    path = tmp_path / "tuned.yaml"
    path.write_text(f"pack: tuned\nlanguage:\n{language}\nrules: []\n", encoding="utf-8")
    return str(path)


def _tuned(tmp_path: Path, language: str) -> Normalizer:
    return Normalizer(packs=[*DEFAULT_PACKS, _pack(tmp_path, language)])


def _seen(result: Result) -> tuple[str, list[tuple[str, str]], str]:
    """The text, the flags (rule, flagged text) and the evidence verdict of a result."""
    flags = [(f.rule, result.source[f.start : f.end]) for f in result.flags]
    return result.text, flags, result.evidence.verdict if result.evidence else ""


CASES = [
    pytest.param(
        "  antecedents:\n    bodies: xyzzy",
        "The ministry said on Sunday that the talks had failed. She added that a new round would follow.",
        ("The ministry said on Sunday that the talks had failed. She added that a new round would follow.", []),
        ("The ministry said on Sunday that the talks had failed. It added that a new round would follow.", []),
        id="antecedents",
    ),
    pytest.param(
        "  capitals:\n    verb_cues: xyzzy",
        "The government seeks to Withstand the pressure of the protests.",
        ("The government seeks to Withstand the pressure of the protests.", []),
        ("The government seeks to withstand the pressure of the protests.", []),
        id="capitals",
    ),
    pytest.param(
        "  deletions:\n    arabic_quoted_after: [xyzzy]\n    arabic_glossed_before: [xyzzy]",
        "The word كتاب means book.",
        ("The word كتاب means book.", [("stray-arabic", "كتاب")]),
        ("The word كتاب means book.", []),
        id="deletions",
    ),
    pytest.param(
        "  guards:\n    particle_verbs: {in: [xyzzy]}",
        "He logged in in the morning.",
        ("He logged in the morning.", []),
        ("He logged in in the morning.", []),
        id="guards",
    ),
    pytest.param(
        "  maps:\n    ordinal_day: {fifth: 6}",
        "The talks began on the fifth of March in the capital.",
        ("The talks began on March 6 in the capital.", []),
        ("The talks began on March 5 in the capital.", []),
        id="maps",
    ),
    pytest.param(
        "  mention_cues:\n    before: [xyzzy]",
        "What he called the popular crowd left.",
        ("What he called the Popular Mobilization Forces left.", []),
        ("What he called the popular crowd left.", []),
        id="mention_cues",
    ),
    pytest.param(
        "  names:\n    male_first_names: Xyzzy",
        "The visit of SamirGeagea to the capital.",
        ("The visit of SamirGeagea to the capital.", []),
        ("The visit of Samir Geagea to the capital.", []),
        id="names.yaml",
    ),
    pytest.param(
        "  protected:\n    patterns: []",
        "The company Amazon.Com said so.",
        ("The company Amazon. Com said so.", []),
        ("The company Amazon.Com said so.", []),
        id="protected",
    ),
    pytest.param(
        "  sentence_openers:\n    words: [Xyzzy]",
        "The talks were held in Baghdad.The minister left.",
        ("The talks were held in Baghdad.The minister left.", []),
        ("The talks were held in Baghdad. The minister left.", []),
        id="sentence_openers",
    ),
    pytest.param(
        "  script:\n    language_names: Xyzzy",
        SAHWA,
        ("Arabic-speaking families returned. The market reopened.", []),
        (SAHWA, []),
        id="english-script",
    ),
    pytest.param(
        "  terms:\n    articles: xyzzy",
        "The Iraqi Hezbollah Brigades fired rockets.",
        ("The Kata'ib Hezbollah fired rockets.", []),
        ("Kata'ib Hezbollah fired rockets.", []),
        id="english-terms",
    ),
    pytest.param(
        "  names:\n    endings: xyzzy",
        "Moqtada al-Sadr met al-Sadri supporters. Later al-Sadr and al-Sadri spoke.",
        (
            "Moqtada al-Sadr met al-Sadri supporters. Later al-Sadr and al-Sadri spoke.",
            [("name-spellings", "al-Sadri"), ("name-spellings", "al-Sadri")],
        ),
        ("Moqtada al-Sadr met al-Sadri supporters. Later al-Sadr and al-Sadri spoke.", []),
        id="english-names",
    ),
]


@pytest.mark.parametrize(("language", "text", "tuned_result", "default_result"), CASES)
def test_an_override_changes_its_normalizer_and_no_other(
    tmp_path: Path,
    normalizer: Normalizer,
    language: str,
    text: str,
    tuned_result: tuple[str, list[tuple[str, str]]],
    default_result: tuple[str, list[tuple[str, str]]],
) -> None:
    tuned = _tuned(tmp_path, language)
    assert _seen(tuned.normalize(text))[:2] == tuned_result
    assert _seen(normalizer.normalize(text))[:2] == default_result
    assert _seen(Normalizer().normalize(text))[:2] == default_result  # one built after the tuned one, too
    assert _seen(tuned.normalize(text))[:2] == tuned_result  # and the default's runs did not leak back
    batch = tuned.normalize_many([text, text])  # a generator: a default run between its results
    first = next(batch)
    assert _seen(next(normalizer.normalize_many([text])))[:2] == default_result
    assert [_seen(first)[:2], _seen(next(batch))[:2]] == [tuned_result, tuned_result]


def test_an_evidence_override_changes_the_verdict_of_its_normalizer_only(
    tmp_path: Path, normalizer: Normalizer
) -> None:
    # No artefact needed for machine translation: every document of some length reads as it.
    thresholds = (
        "{machine_translation: {min_artefacts: 0, per_thousand: 0.0},"
        " professional: {min_words: 1, below_per_thousand: 1.0}}"
    )
    tuned = _tuned(tmp_path, f"  evidence:\n    thresholds: {thresholds}")
    text = "The minister spoke on Sunday about the talks in the capital and the market."
    assert _seen(tuned.normalize(text))[2] == "machine-translation"
    assert _seen(normalizer.normalize(text))[2] == "undetermined"


def test_a_file_override_is_kept_through_pickling(tmp_path: Path, normalizer: Normalizer) -> None:
    rebuilt = pickle.loads(pickle.dumps(_tuned(tmp_path, "  capitals:\n    verb_cues: xyzzy")))
    text = "The government seeks to Withstand the pressure of the protests."
    assert rebuilt.normalize(text).text == text
    assert normalizer.normalize(text).text == "The government seeks to withstand the pressure of the protests."


def test_compiled_forms_are_shared_where_the_data_is(tmp_path: Path) -> None:
    # Overriding antecedents.yaml leaves capitals.yaml and names.yaml as they were: one compiled form.
    tuned = _tuned(tmp_path, "  antecedents:\n    bodies: xyzzy")
    assert cues(tuned.language) is cues(english())
    again = _tuned(tmp_path, "  antecedents:\n    bodies: xyzzy")
    assert again.language is tuned.language  # the same overrides: the same language, compiled once
    other = _tuned(tmp_path, "  capitals:\n    verb_cues: xyzzy")
    assert cues(other.language) is not cues(english())
    assert cues(other.language).verb == frozenset({"xyzzy"})
    assert cues(english()).verb >= {"to", "will"}


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("  antecedent:\n    bodies: x", "language: unknown section 'antecedent'; did you mean 'antecedents'?"),
        ("  maps:\n    ordinal_days: {}", "language: unknown key 'maps.ordinal_days'; did you mean 'ordinal_day'?"),
        (
            "  mention_cues:\n    reach: many",
            "language: 'mention_cues.reach': expected a non-negative number, got 'many'",
        ),
        ("  guards:\n    plural_names: Forces", "language: 'guards.plural_names': expected a list, got 'Forces'"),
        ("  sentence_openers:\n    words: [The, 3]", "language: 'sentence_openers.words': expected a list of strings"),
    ],
)
def test_a_bad_override_is_one_line_naming_the_pack(tmp_path: Path, language: str, message: str) -> None:
    path = _pack(tmp_path, language)
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=["core", path])
    assert str(caught.value) == f"{path}: {message}"


def test_a_value_that_does_not_compile_fails_at_load_naming_the_pack(tmp_path: Path) -> None:
    path = _pack(tmp_path, "  protected:\n    patterns: [{kind: url, pattern: '(unclosed'}]")
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=["core", path])
    message = str(caught.value)
    assert message == (
        f"{path}: language data (protected.yaml, sentence_openers.yaml): "
        "a pattern does not compile: missing ) at position 9"
    )


def test_the_readme_example_pack_loads_and_tunes_its_normalizer(tmp_path: Path, normalizer: Normalizer) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL) if "pack: my-wire" in b)
    path = tmp_path / "my-wire.yaml"
    path.write_text(example, encoding="utf-8")
    tuned = Normalizer(packs=[*DEFAULT_PACKS, str(path)])
    assert tuned.language.names.endings == ("i", "s", "is")
    assert "Samir" in tuned.language.part("names.yaml")["male_first_names"].split()
    text = "The talks began on the fifth of March. The syndicate said the talks failed. She added that it would strike."
    assert tuned.normalize(text).text == (
        "The talks began on the fifth of March. The syndicate said the talks failed. It added that it would strike."
    )
    assert normalizer.normalize(text).text == (
        "The talks began on March 5. The syndicate said the talks failed. She added that it would strike."
    )

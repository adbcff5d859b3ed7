"""Malformed rule packs fail with one clear message naming the file and the rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer, RulePackError
from normalize.kinds import KINDS
from normalize.lexicon import rules_directory
from normalize.packs import resolve_pack

GOOD_RULE = """
  - id: {id}
    kind: term
    category: terminology
    message: test
    canonical: Kata'ib Hezbollah
    variants: [{variant}]
"""


def write(tmp_path: Path, body: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def error_for(path: Path) -> str:
    with pytest.raises(RulePackError) as info:
        Normalizer(packs=[path])
    return str(info.value)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  - id: x\n    kind: [term\n")
    message = error_for(path)
    assert message.startswith(f"{path}:4: invalid YAML")


def test_unknown_kind_names_rule(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  - {id: odd, kind: magic, category: c, message: m}\n")
    kinds = ", ".join(sorted(KINDS))  # every registered kind, so a new kind needs no edit here
    assert "flag, givenname, glue, name, pattern, place, quotepair, repeat" in kinds
    assert error_for(path) == f"{path}: rule 'odd': unknown kind 'magic' (expected one of: {kinds})"


def test_missing_field_names_rule(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  - {id: t, kind: term, category: c, message: m, variants: [x]}\n")
    assert error_for(path) == f"{path}: rule 't': missing or empty field 'canonical'"


def test_duplicate_id_in_one_pack(tmp_path: Path) -> None:
    body = "rules:" + GOOD_RULE.format(id="kh", variant="a") + GOOD_RULE.format(id="kh", variant="b")
    assert error_for(write(tmp_path, body)) == f"{tmp_path / 'pack.yaml'}: rule 'kh': duplicate rule id"


def test_duplicate_id_across_packs_names_the_other_pack(tmp_path: Path) -> None:
    body = "rules:" + GOOD_RULE.format(id="pmf", variant="popular horde")
    path = write(tmp_path, body)
    with pytest.raises(RulePackError) as info:
        Normalizer(packs=["mideast", path])
    assert str(info.value) == f"{path}: rule 'pmf': rule id already defined in pack 'mideast'"


def test_variant_claimed_by_two_rules(tmp_path: Path) -> None:
    body = (
        "rules:" + GOOD_RULE.format(id="one", variant="same thing") + GOOD_RULE.format(id="two", variant="Same Thing")
    )
    assert "rule 'two': variant 'Same Thing' is already claimed by rule 'one'" in error_for(write(tmp_path, body))


def test_regex_that_does_not_compile_names_rule(tmp_path: Path) -> None:
    body = "rules:\n  - {id: broken, kind: pattern, category: c, message: m, pattern: 'a(b', replacement: x}\n"
    message = error_for(write(tmp_path, body))
    assert message.startswith(f"{tmp_path / 'pack.yaml'}: rule 'broken': pattern does not compile:")


def test_replacement_naming_a_missing_group(tmp_path: Path) -> None:
    body = "rules:\n  - {id: grp, kind: pattern, category: c, message: m, pattern: 'a(b)', replacement: '\\2'}\n"
    assert "rule 'grp': replacement refers to group 2, but the pattern has 1" in error_for(write(tmp_path, body))


def test_yaml_boolean_in_word_list_gets_a_hint(tmp_path: Path) -> None:
    body = "rules:\n  - {id: rep, kind: repeat, category: c, message: m, exceptions: [more, on]}\n"
    assert "quote it" in error_for(write(tmp_path, body))


def test_pack_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "- just a list\n")
    assert error_for(path) == f"{path}: a pack must be a mapping with a 'rules' list"


def test_missing_pack_and_unknown_name() -> None:
    with pytest.raises(RulePackError, match="rule pack not found"):
        Normalizer(packs=["/nonexistent/pack.yaml"])
    bundled = r"arabic-structure, calques, core, gazetteer, mideast, registers, senses, shapes"
    with pytest.raises(RulePackError, match=rf"no such rule pack \(bundled packs: {bundled}\)"):
        Normalizer(packs=["nosuchpack"])


def test_example_equal_to_output_is_rejected(tmp_path: Path) -> None:
    body = (
        "rules:\n  - id: ex\n    kind: term\n    category: c\n    message: m\n    canonical: B\n    variants: [A]\n"
        "    examples:\n      - {in: same, out: same}\n"
    )
    assert "example input equals its output" in error_for(write(tmp_path, body))


def test_packs_are_yaml_data_only(tmp_path: Path) -> None:
    """A Python-object tag is refused by safe_load rather than executed."""
    path = write(tmp_path, "rules: !!python/object/apply:os.system ['echo pwned']\n")
    assert "invalid YAML" in error_for(path)


def test_canonical_containing_its_own_variant_is_rejected(tmp_path: Path) -> None:
    body = (
        "rules:\n  - {id: grow, kind: term, category: c, message: m, canonical: Badr Organization, variants: [badr]}\n"
    )
    assert error_for(write(tmp_path, body)) == (
        f"{tmp_path / 'pack.yaml'}: rule 'grow': canonical 'Badr Organization' contains its own variant 'badr': "
        "each run would grow the text"
    )


def test_unknown_transform_names_rule_and_choices(tmp_path: Path) -> None:
    path = write(
        tmp_path, "rules:\n  - {id: d, kind: pattern, category: c, message: m, pattern: x, transform: roman}\n"
    )
    assert error_for(path) == f"{path}: rule 'd': 'transform' must be one of: none, lower, upper, ascii"


def test_outside_quotes_must_be_true_or_false(tmp_path: Path) -> None:
    body = (
        "rules:\n  - {id: t, kind: term, category: c, message: m, canonical: X, variants: [y], outside_quotes: often}\n"
    )
    path = write(tmp_path, body)
    message = error_for(path)
    assert message.startswith(f"{path}: rule 't': ") and "outside_quotes" in message


def test_a_spelling_rule_needs_flags_in_its_examples_and_a_pattern_that_compiles(tmp_path: Path) -> None:
    head = "rules:\n  - {id: names, kind: spelling, category: transliteration, message: m, "
    path = write(tmp_path, head + "pattern: 'al-\\w+', examples: [{in: 'al-Amiri al-Ameri', out: 'al-Amiri'}]}\n")
    assert error_for(path) == (
        f"{path}: rule 'names': a spelling rule only flags: each example needs 'flags', the passages it flags"
    )
    path = write(tmp_path, head + "pattern: 'al-(\\w+'}\n")
    assert error_for(path).startswith(f"{path}: rule 'names': pattern does not compile: ")
    path = write(tmp_path, head + "pattern: 'al-\\w+', examples: [{in: 'al-Amiri al-Ameri', flags: []}]}\n")
    assert error_for(path) == f"{path}: rule 'names': 'flags' must list the passages the example flags"


@pytest.mark.parametrize(
    ("text", "part", "ignore_case", "expected"),
    [
        ("Badr Organization", "badr", True, True),
        ("Badr Organization", "badr", False, False),
        ("Badrawi Organization", "badr", True, False),
        ("the al-Badr group", "badr", True, True),
        ("Badr_2 unit", "badr", True, False),
        ("Organization of Badr", "of badr", True, True),
        ("Saraya al-Salam", "peace brigades", True, False),
    ],
)
def test_a_variant_inside_its_canonical_name_is_found_as_whole_words(
    text: str, part: str, ignore_case: bool, expected: bool
) -> None:
    from normalize.text import contains_as_words

    assert contains_as_words(text, part, ignore_case) is expected


def test_rules_show_spells_every_bundled_rule_as_a_pack_would() -> None:
    """What `normalize rules show` prints, read back as a pack entry, is the very same rule."""
    from normalize.rules import build_rule, pack_entry

    rules = Normalizer().rules
    for rule in rules:
        assert build_rule(pack_entry(rule), rule.pack) == rule, rule.id
    assert len(rules) > 90


def test_rules_show_on_the_command_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from normalize.cli import app

    shown = CliRunner().invoke(app, ["rules", "show", "pmf", "doubled-word"])
    assert shown.exit_code == 0
    documents = shown.stdout.split("\n---\n")
    # the pack's file with its path, so that it can be opened (it named only "mideast.yaml": issue 18, defect 10)
    bundled = (rules_directory() / "mideast.yaml").resolve()
    assert documents[0].startswith(f"id: pmf\nkind: term\npack: mideast\nfile: {bundled}\ncategory: terminology\n")
    assert documents[1].startswith("id: doubled-word\nkind: repeat\npack: core\n")
    typo = CliRunner().invoke(app, ["rules", "show", "pmf-crwod"])
    assert (typo.exit_code, typo.stderr) == (
        2,
        "normalize: error: no rule 'pmf-crwod' in the loaded packs; did you mean 'pmf-crowd'?\n",
    )


def test_bare_pack_name_is_bundled_whatever_the_working_folder_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "senses").mkdir()
    (tmp_path / "core").write_text("not a pack: a core dump\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert resolve_pack("senses") == rules_directory() / "senses.yaml"
    assert resolve_pack("core") == rules_directory() / "core.yaml"
    assert Normalizer().normalize("He said ,fine.").text == "He said, fine."
    (tmp_path / "mine").write_text("rules: []\n", encoding="utf-8")
    assert resolve_pack("mine") == Path("mine")
    with pytest.raises(RulePackError, match="rule pack not found"):
        resolve_pack("./senses")

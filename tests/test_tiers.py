"""Variant tiers: errors repaired, a house style's spellings kept in professional text, review findings flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.errors import RulePackError

from .conftest import assert_repaired, assert_untouched

_MT = "The Iraqi Hezbollah Brigades said the the truce held.The popular crowd agreed, "
_HOUSE = "Kata'ib Hizballah claimed the attack, and Ayatollah Ali Khamene'i praised the Popular Mobilization Units."


def test_house_style_is_left_alone_in_professional_text() -> None:
    assert_untouched(Normalizer(), _HOUSE)


def test_house_style_is_mapped_in_machine_translation() -> None:
    result = Normalizer().normalize(_MT + _HOUSE)
    assert result.evidence is not None and result.evidence.verdict == "machine-translation"
    assert result.text.endswith(
        "Kata'ib Hezbollah claimed the attack, and Ayatollah Ali Khamenei praised the Popular Mobilization Forces."
    )


def test_house_style_on_maps_everywhere_and_survives_pickling() -> None:
    import pickle

    normalizer = pickle.loads(pickle.dumps(Normalizer(style=True)))
    assert normalizer.style is True
    assert normalizer.normalize(_HOUSE).text == (
        "Kata'ib Hezbollah claimed the attack, and Ayatollah Ali Khamenei praised the Popular Mobilization Forces."
    )
    assert [e.rule for e in normalizer.normalize(_HOUSE).edits] == ["kataib-hezbollah", "khamenei", "pmf"]


def test_a_review_variant_is_flagged_with_its_suggestion_and_never_applied() -> None:
    text = "Iraq's Hezbollah fired rockets at the base."
    result = Normalizer(style=True).normalize(text)
    assert result.text == text and result.edits == []
    [flag] = result.flags
    assert (flag.rule, text[flag.start : flag.end], flag.detail) == (
        "kataib-hezbollah",
        "Iraq's Hezbollah",
        {"suggestion": "Kata'ib Hezbollah", "original": "Iraq's Hezbollah"},
    )


def _pack(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text("pack: mine\nrules:\n" + body, encoding="utf-8")
    return path


def test_pattern_rules_have_tiers(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        """
  - id: colour
    kind: pattern
    category: spelling
    message: the house writes "color"
    pattern: '\\bcolour\\b'
    replacement: color
    tier: style
    examples: [{in: "a colour", out: "a color"}]
    keep: ["a color"]
  - id: maybe-daesh
    kind: pattern
    category: terminology
    message: '"the organization" may be ISIS'
    pattern: '\\bthe organization\\b'
    replacement: ISIS
    tier: review
    examples: [{in: "the organization", flags: ["the organization"]}]
    keep: ["ISIS"]
""",
    )
    text = "The colour of the organization changed."
    plain = Normalizer(packs=[pack]).normalize(text)
    assert plain.text == text
    assert [(f.rule, f.detail["suggestion"]) for f in plain.flags] == [("maybe-daesh", "ISIS")]
    styled = Normalizer(packs=[pack], style=True).normalize(text)
    assert styled.text == "The color of the organization changed."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "  - {id: t, kind: term, category: c, message: m, canonical: X, variants: [a], style_variants: [A]}\n",
            "variant 'A' is in both 'variants' and 'style_variants'",
        ),
        (
            "  - {id: p, kind: pattern, category: c, message: m, pattern: a, replacement: b, tier: maybe}\n",
            "'tier' must be one of: error, style, review",
        ),
    ],
)
def test_bad_tiers_are_pack_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message):
        Normalizer(packs=[_pack(tmp_path, body)])


def test_the_command_line_takes_the_house_style_from_an_option_or_the_settings_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from normalize.cli import app, route

    runner = CliRunner()
    plain = runner.invoke(app, route(["-", "--no-config"]), input=_HOUSE)
    assert (plain.exit_code, plain.stdout) == (0, _HOUSE)
    styled = runner.invoke(app, route(["-", "--no-config", "--style"]), input=_HOUSE)
    assert styled.stdout.startswith("Kata'ib Hezbollah claimed the attack")
    settings = tmp_path / "normalize.toml"
    settings.write_text("style = true\n", encoding="utf-8")
    from_file = runner.invoke(app, route(["-", "--config", str(settings)]), input=_HOUSE)
    assert from_file.stdout == styled.stdout
    settings.write_text('style = "yes"\n', encoding="utf-8")
    bad = runner.invoke(app, route(["-", "--config", str(settings)]), input=_HOUSE)
    assert bad.exit_code == 2 and "style" in bad.stderr


def test_explain_shows_a_review_suggestion() -> None:
    from typer.testing import CliRunner

    from normalize.cli import app, route

    result = CliRunner().invoke(
        app, route(["-", "--no-config", "--explain"]), input="Iraq's Hezbollah fired rockets at the base.\n"
    )
    assert result.exit_code == 0
    assert result.stderr.startswith("<stdin>:1:1 kataib-hezbollah ")
    assert result.stderr.endswith("“Iraq's Hezbollah” → suggested “Kata'ib Hezbollah”\n")


def test_a_house_style_mapped_only_on_request_does_not_hide_text_from_later_rules() -> None:
    # "INA" is a house style of the Iraqi News Agency's gazetteer row; without --style it must
    # stay "INA" while the dateline rule, which lists the agency as "INA", runs.
    text = "Baghdad / INA / The Ministry of Trade said the silos were full."
    assert_repaired(
        Normalizer(),
        text,
        "Baghdad (INA) - The Ministry of Trade said the silos were full.",
        ["dateline-outlet-in-slashes"],
    )
    ina = next(r for r in Normalizer().rules if r.id == "iq-ina")
    assert "INA" in ina.style_variants  # still listed, as `rules show` prints it
    styled = Normalizer(style=True).normalize("Najib Miqati met the envoy in Beirut.")
    assert styled.text == "Najib Mikati met the envoy in Beirut."


def test_the_gazetteer_rules_record_which_variants_were_generated() -> None:
    rules = {rule.id: rule for rule in Normalizer().rules}
    haftar = rules["ly-haftar"]
    assert "Khalifa Hafter" in haftar.variants and "Khalifa Hafter" not in haftar.generated  # the row lists it
    amiri = rules["surname-al-amiri"]
    assert {"al-Amery", "al-Amiry"} <= amiri.generated  # made from the Arabic form, no row lists them
    assert "al-Ameri" not in amiri.generated  # e for i is a house style's vowel (Hadi al-Ameri): no error
    assert rules["kadhimi"].generated == frozenset()  # a hand-written rule's variants are all listed


def test_listed_edits_are_the_repairs_of_a_hand_listed_error() -> None:
    from normalize.model import Edit
    from normalize.tiers import Tiers

    tiers = Tiers(Normalizer().rules)

    def edit(original: str, rule: str) -> Edit:
        return Edit(0, len(original), original, "", rule, "transliteration", "")

    edits = [
        edit("Khalifa Hafter", "ly-haftar"),  # listed in the row's variants
        edit("al-Ameri", "surname-al-amiri"),  # generated: some outlets' house style
        edit("al-Kazemi's", "kadhimi"),  # a hand-written rule's variant, possessive
        edit("Khamene'i", "khamenei"),  # a listed house style
        edit("al-Kazemi", "unlisted-name-spelling"),  # found by key, no term rule's
    ]
    assert tiers.listed_edits(edits) == frozenset({0, 2})

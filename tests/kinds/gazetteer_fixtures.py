"""What the tests of the key-matching kinds (name, place, body) share.

Each of those kinds is tested on what it changes and what it only flags, and on a gazetteer of
one's own built in a temporary folder from the shipped key tables; the helpers live here so the
three test modules read the same way and a change to the gazetteer pack's layout is made once.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from normalize.model import Result

RULES = Path(__file__).resolve().parents[2] / "rules"
GAZETTEER = RULES / "gazetteer"

#: Columns of a gazetteer table, in order (rules/gazetteer/*.tsv).
HEADER = "id\tcanonical\tarabic\ttype\tcountry\tvariants\tstyle_variants\trequires\tnote\n"

#: A paragraph of professional English long enough for the evidence to judge it so, with nothing MT
#: leaves behind: a sentence appended to it is read inside a professional article.
PROFESSIONAL_PARAGRAPH = (
    "Yemen's warring parties met again in Muscat on Thursday without agreeing on the release of prisoners, "
    "the third such round since the truce expired. Omani mediators said the talks would resume after the "
    "holiday, and diplomats in the capital said regional contacts had done little to shift positions. "
    "The government warned that the deadlock was paralysing decisions on salaries, the currency and the "
    "ports, while aid agencies said food prices had doubled in a year. Analysts expect the standoff to "
    "last for months, since neither side commands the ground and each has refused the other's terms. "
    "Envoys from the region are due in the capital next week to press both sides on a wider exchange. "
)

#: One person, because the person rule is built from every gazetteer and needs a row to build.
PERSON_ROW = "iq-kad\tMustafa al-Kadhimi\tمصطفى الكاظمي\tperson\tIQ\t\t\t\t\n"


def edits(result: Result) -> list[tuple[str, str]]:
    """Each edit as (text replaced, replacement)."""
    return [(e.original, e.replacement) for e in result.edits]


def flags(result: Result) -> list[tuple[str, str]]:
    """Each key-matching flag as (spelling seen, spelling suggested)."""
    return [(str(f.detail["original"]), str(f.detail["suggestion"])) for f in result.flags]


def shipped_settings(name: str) -> dict[str, object]:
    """A shipped key-settings file (``place_keys.yaml``, ...) without its rule block."""
    data: dict[str, object] = yaml.safe_load((GAZETTEER / name).read_text(encoding="utf-8"))
    data.pop("rule")
    return data


def gazetteer_pack(tmp_path: Path, kind: str, rows: str, settings: dict[str, object]) -> Path:
    """A pack whose gazetteer is ``rows`` (plus one person), with ``settings`` for ``kind`` ('place' or 'body').

    The other key-matching kind's settings are left out, so only the rule under test (and the
    person rule) is built; the shipped transliteration, calque and name-key tables are copied.
    """
    for name in ("gazetteer/transliteration.yaml", "gazetteer/calque_words.yaml", "english_words.txt"):
        (tmp_path / Path(name).name).write_bytes((RULES / name).read_bytes())
    (tmp_path / "name_keys.yaml").write_bytes((GAZETTEER / "name_keys.yaml").read_bytes())
    keys_file = f"{kind}_keys.yaml"
    (tmp_path / keys_file).write_text(yaml.safe_dump(settings), encoding="utf-8")
    (tmp_path / "own.tsv").write_text(HEADER + rows + PERSON_ROW, encoding="utf-8")
    spec = yaml.safe_load((RULES / "gazetteer.yaml").read_text(encoding="utf-8"))["gazetteer"]
    for other in ("place_keys", "body_keys"):
        spec.pop(other, None)
    spec.update(
        tables=["own.tsv"],
        defer_to=[],
        transliteration="transliteration.yaml",
        calques="calque_words.yaml",
        name_keys="name_keys.yaml",
    )
    spec[f"{kind}_keys"] = keys_file
    pack = tmp_path / "own.yaml"
    pack.write_text(yaml.safe_dump({"pack": "own", "gazetteer": spec, "rules": []}), encoding="utf-8")
    return pack

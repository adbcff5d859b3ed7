"""The source article: the exact list of edits, in source coordinates."""

from __future__ import annotations

from normalize import Normalizer

from .conftest import SEED

EXPECTED = [
    (75, "Shiite militias in Iraq tend to appease, in order to avoid American anger\n\n\n", "", "title-repeat"),
    (151, "Shiite militias in Iraq tend to appease in order to avoid American anger", "", "title-repeat"),
    (1076, "the Iraqi Hezbollah Brigades", "Kata'ib Hezbollah", "kataib-hezbollah"),
    (1621, "seizing ", "decisive ", "seizing-response"),
    (2184, "popular crowd", "Popular Mobilization Forces", "pmf"),
    (2278, "al-Kazimi", "al-Kadhimi", "kadhimi"),
    (2699, "From", "from", "stray-capital"),
    (3005, "popular crowd", "Popular Mobilization Forces", "pmf"),
    (3280, " عام", "", "stray-arabic"),
    (3334, "the Iraqi Hezbollah Brigades", "Kata'ib Hezbollah", "kataib-hezbollah"),
    (3840, ",", "", "comma-before-that-after-verb-of-saying"),
    (4198, "Corona epidemic crisis", "coronavirus crisis", "corona-epidemic-crisis"),
    (4251, "The", "the", "the-before-names"),
    (4761, "popular crowd", "Popular Mobilization Forces", "pmf"),
    (5206, "And he", "He", "and-pronoun-report"),
    (5480, "popular crowd", "Popular Mobilization Forces", "pmf"),
    (5651, " and support", "", "doubled-with-and"),
    (5923, " .", "", "stray-period-after-quote"),
    (6762, "Hashd", "PMF", "pmf-hashd"),
    (6894, "the Ansar Allah Al-Loyal Movement", "Ansar Allah al-Awfiya", "ansar-allah-al-awfiya"),
    (6954, "the crowd", "the PMF", "pmf-crowd"),
    (7037, "an", "a", "article-an-before-consonant"),
    (7128, "the Iraqi Hezbollah", "Kata'ib Hezbollah", "kataib-hezbollah"),
    (7273, "the crowd", "the PMF", "pmf-crowd"),
    (7616, "popular crowd", "Popular Mobilization Forces", "pmf"),
]


def test_seed_article_edit_list_is_exact(normalizer: Normalizer) -> None:
    source = SEED.read_text(encoding="utf-8")
    result = normalizer.normalize(source)
    got = [(e.start, e.original, e.replacement, e.rule) for e in result.edits]
    assert got == EXPECTED
    for edit in result.edits:
        assert source[edit.start : edit.end] == edit.original
        assert edit.end == edit.start + len(edit.original)


def test_seed_title_kept_once_and_split_from_body(normalizer: Normalizer) -> None:
    text = normalizer.normalize(SEED.read_text(encoding="utf-8")).text
    title = "Shiite militias in Iraq tend to appease, in order to avoid American anger"
    assert text.startswith(title + "\n\nThe remarkable change in the discourse")
    assert text.count("tend to appease") == 1


def test_seed_has_no_untranslated_paragraph_and_one_full_stop_to_check(normalizer: Normalizer) -> None:
    """Of MT's stray full stops in the seed, the one before "Without air cover." is flagged."""
    source = SEED.read_text(encoding="utf-8")
    flags = normalizer.normalize(source).flags
    assert [(f.rule, f.category, source[f.start : f.end]) for f in flags] == [
        ("stray-full-stop", "punctuation", ". Without air cover."),
        ("ministry-file", "calque", "the political file"),  # milaff: an issue, not a file
    ]

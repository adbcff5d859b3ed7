"""Protected spans: found once per document, listed in the result, never edited by any rule."""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import Normalizer, protect
from normalize.protect import csv_blocks, find_protected

_NORMALIZER = Normalizer()


def _protected(text: str) -> list[tuple[str, str]]:
    return [(text[p.start : p.end], p.kind) for p in find_protected(text)]


def test_each_kind_is_found() -> None:
    text = (
        "See https://ar.example.org/news/الحشد-الشعبي/2023, write to محمد@example.com or @popular_crowd, "
        "tag #الحشد_الشعبي, open img/al-Kazimi.jpg and /var/data/popular crowd/report.txt, run `the the`, "
        'call System.Console and renderThe(), read <b class="x">, [here](/ar/الحشد).'
    )
    assert _protected(text) == [
        ("https://ar.example.org/news/الحشد-الشعبي/2023", "url"),
        ("محمد@example.com", "email"),
        ("@popular_crowd", "handle"),
        ("#الحشد_الشعبي", "hashtag"),
        ("img/al-Kazimi.jpg", "path"),
        ("/var/data/popular crowd/report.txt", "path"),
        ("`the the`", "code"),
        ("System.Console", "identifier"),
        ("renderThe()", "identifier"),
        ('<b class="x">', "markup"),
        ("(/ar/الحشد)", "link-target"),
    ]


_EVERY_KIND = (
    "See https://ar.example.org/news/2023 or www.example.com, write to محمد@example.com, tag #وسم, "
    "open img/al-Kazimi.jpg and /var/data/report.txt or C:\\data\\x.csv, run `x`, call System.Console "
    "and renderThe(), read <b>, [here](/ar/x). (Reporting by Sam Lee; Editing by Jo Kim)\n"
    "By John Davison\nThe rally (Photo: AP/Khalid Mohammed)\n| a | b |\nAlso known as: Badr Corps\n"
)


@pytest.mark.parametrize("text", [_EVERY_KIND, "Plain prose, with no URL in it.", "Line one.\ud800 www.x.org"])
def test_the_needs_found_in_one_scan_are_the_needs_regex_finds(text: str) -> None:
    entries = protect._patterns()
    by_regex = {i for i, e in enumerate(entries) if any(need.search(text) for need in e.needs)}
    assert protect._needs_screen(entries).present(text) == by_regex


def test_a_need_hyperscan_cannot_take_is_searched_with_regex() -> None:
    entries = protect._patterns()
    behind = entries[0]._replace(needs=(regex.compile(r"(?<=\w)\.\w"),))
    screen = protect._NeedsScreen((behind, *entries[1:]))
    assert 0 in screen.present("call System.Console now")
    assert 0 not in screen.present("a sentence. Another")


def test_without_hyperscan_the_spans_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _protected(_EVERY_KIND)
    monkeypatch.setattr(protect, "hyperscan", None)
    protect._needs_screen.cache_clear()
    try:
        assert _protected(_EVERY_KIND) == expected
    finally:
        monkeypatch.undo()
        protect._needs_screen.cache_clear()
    assert [kind for _, kind in expected] == [
        *("url", "url", "email", "hashtag", "path", "path", "path", "code", "identifier", "identifier"),
        *("markup", "link-target", "credit", "credit", "credit", "table", "alias-list"),
    ]


def test_glued_sentences_are_not_identifiers() -> None:
    # "talks.The" and "year.Berri" are MT's glued sentences, for the full-stop rule to split.
    assert (
        _protected("The talks failed.The minister left; the end of the year.Berri spoke in Iraq.Officials said") == []
    )


def test_entity_residue_after_a_full_stop_is_no_identifier() -> None:
    # A forum copy's "country.quot;" or "Palestine.rdquo;" is a closing quotation that lost its
    # ampersand, for the entity rule to repair; "Users.Create" stays an identifier.
    found = _protected("the country.quot; He said Palestine.rdquo; and called Users.Create.")
    assert found == [("Users.Create", "identifier")]
    text = "He said the port inquiry must go on.rdquo; The bloc left.quot;"
    assert Normalizer().normalize(text).text == 'He said the port inquiry must go on.” The bloc left."'


def test_csv_blocks_need_rows_of_equal_shape() -> None:
    assert csv_blocks("name,role\nal-Kazimi,prime minister\n\nIn Baghdad, Basra, and Mosul.") == [(0, 34)]
    assert csv_blocks("In Baghdad, Basra, and Mosul.\nIn Erbil, Duhok, and Zakho.") == []
    # a comma closing a quotation is prose, even on two lines with as many commas
    prose = 'He said, in a statement, that it was over, at last.\n"We won, and we stayed, and we left," he said.'
    assert csv_blocks(prose) == []
    rows = 'id,quote\n1,"We won"\n2,"We left"'
    assert csv_blocks(rows) == [(0, len(rows))]


def test_a_thousands_figure_does_not_make_prose_a_csv_block() -> None:
    # Two lines of MT prose with as many commas, one of them in "24,500": prose, not data.
    prose = (
        "On Sunday, output reached 24,500 megawatts, the ministry said.\n"
        "The ministry promised, after it, to raise the supply."
    )
    assert csv_blocks(prose) == []
    assert csv_blocks("year,megawatts\n2023,24500\n") == [(0, 25)]
    result = _NORMALIZER.normalize(prose + "\nIt raised the hours of processing, the electricity minister said.")
    assert [(e.original, e.replacement) for e in result.edits] == [("processing", "supply")]


def test_an_indented_paragraph_is_prose_but_an_indented_command_is_code() -> None:
    text = (
        "    Baghdad - INA\n\n"
        "    The governor of Anbar said today, Monday, that the displaced families will return soon.\n\n"
        "    rows = load(year=2023)\n"
    )
    assert _protected(text) == [
        ("    Baghdad - INA\n", "indented-code"),
        ("    rows = load(year=2023)\n", "indented-code"),
    ]
    assert "said on Monday that" in _NORMALIZER.normalize(text).text


def test_the_result_lists_what_was_protected_and_leaves_it_alone() -> None:
    text = "The popular crowd posted at https://example.com/popular crowd and `popular crowd`."
    result = _NORMALIZER.normalize(text)
    assert (
        result.text
        == "The Popular Mobilization Forces posted at https://example.com/popular crowd and `popular crowd`."
    )
    assert [(p["text"], p["kind"]) for p in result.to_dict()["protected"]] == [
        ("https://example.com/popular", "url"),
        ("`popular crowd`", "code"),
    ]


def test_fenced_code_and_quoted_forms_are_left_whole() -> None:
    text = 'Write it so:\n\n```\nf( a ) ;\nthe the popular crowd\n```\n\nThe phrase "the the" is a typo.'
    assert _NORMALIZER.normalize(text).edits == []


_PROTECTED = st.sampled_from(
    [
        "https://example.org/ar/الحشد/popular-crowd",
        "#الحشد_الشعبي",
        "محمد@example.com",
        "al-Kazimi@pm.gov.iq",
        "@Hezbollah_Brigades",
        "img/al-Kazimi.jpg",
        "`f( a ) ;`",
        "`the the popular crowd`",
        "System.Console",
        "Amazon.Com",
        "renderThe()",
        '<span class="Hezbollah Brigades">',
        "[x](/ar/الحشد)",
    ]
)
_PROSE = st.sampled_from(
    [
        "the popular crowd",
        "the the",
        "angerThe minister",
        "عام",
        "al-Kazimi",
        "Iraqi Hezbollah Brigades",
        "support and support",
        "said ,in",
        "the Hamas said",
        "( a )",
        "and",
        "٢٠٢٣",
        "«yes»",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PROSE, _PROTECTED), min_size=1, max_size=6))
def test_text_inside_protected_spans_is_byte_identical(parts: list[tuple[str, str]]) -> None:
    text = " ".join(f"{prose} {protected}" for prose, protected in parts) + "."
    result = _NORMALIZER.normalize(text)
    for span in result.protected:
        for edit in result.edits:
            assert edit.end <= span.start or edit.start >= span.end or edit.start == edit.end == span.start
    # and every sampled protected piece is there, unchanged, in the output
    for _, protected in parts:
        assert protected in result.text

"""The name, place and body matchers' shortcuts give what the plain computation gives.

Each shortcut taken for speed (verdicts kept in sets, a bracket found from bracket to
bracket, a list of places matched from its last " of ") is compared with a direct
implementation of what it computes, on fixed cases and on many generated texts.
"""

from __future__ import annotations

import itertools
import random

import pytest
import regex

from normalize import glosses, namewords
from normalize.namewords import Screen


def test_a_screen_says_what_its_judge_says_and_asks_once_per_word() -> None:
    asked: list[str] = []

    def judge(word: str) -> bool:
        asked.append(word)
        return word.startswith("Al")

    screen = Screen(judge)
    assert screen.among({"Alwan", "Baghdad", "Alani", "Rasheed"}) == {"Alwan", "Alani"}
    assert screen("Alwan") and not screen("Baghdad")
    assert screen.among({"Alani", "Basra", "Baghdad"}) == {"Alani"}
    assert not screen("Basra")
    assert sorted(asked) == ["Alani", "Alwan", "Baghdad", "Basra", "Rasheed"]


def test_a_full_screen_forgets_and_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(namewords, "_SEEN_LIMIT", 3)
    asked: list[str] = []

    def judge(word: str) -> bool:
        asked.append(word)
        return len(word) > 4

    screen = Screen(judge)
    words = {"Amman", "Sur", "Homs", "Raqqa", "Idlib"}
    assert screen.among(words) == {"Amman", "Raqqa", "Idlib"}
    assert screen.among(words) == {"Amman", "Raqqa", "Idlib"} and len(asked) == 5  # known: none asked again
    assert screen("Sur") is False and len(asked) == 5
    assert screen("Deraa") is True and asked[5:] == ["Deraa"]  # over the limit: the sets emptied first
    assert screen.among(words) == {"Amman", "Raqqa", "Idlib"}  # forgotten, so judged again
    assert sorted(asked[6:]) == sorted(words)


def _open_bracket_plainly(text: str, start: int, limit: int) -> int:
    """Character by character backwards, counting the brackets closed on the way."""
    depth = 0
    for i in range(start - 1, limit - 1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return i
            depth -= 1
    return -1


def test_the_open_bracket_is_found_as_a_walk_back_finds_it() -> None:
    assert glosses._open_bracket("Kataib Hezbollah (Brigades of (the) Party", 40, 0) == 17
    assert glosses._open_bracket("Ansar Allah (Supporters) said", 29, 0) == -1
    assert glosses._open_bracket("(a) (b", 6, 5) == -1  # the bracket lies before the limit
    for size in range(9):
        for letters in itertools.product("()a", repeat=size):
            text = "".join(letters)
            for start in range(len(text) + 1):
                for limit in range(start + 1):
                    assert glosses._open_bracket(text, start, limit) == _open_bracket_plainly(text, start, limit)


def _list_head_plainly(text: str, start: int) -> str | None:
    """The list's head as a search over the whole reach finds it."""
    found = namewords._LIST_BEFORE.search(text, max(0, start - namewords._LIST_REACH), start)
    return None if found is None else found.group(1)


def _list_head(text: str, start: int) -> str | None:
    """The head ``_in_a_list_of_places`` accepts, found by asking it with each candidate head."""
    heads = frozenset(w.casefold() for w in regex.findall(r"\p{L}+", text[:start]))
    if not namewords._in_a_list_of_places(text, start, heads):
        return None
    for word in sorted(heads):
        if namewords._in_a_list_of_places(text, start, frozenset({word})):
            return word
    raise AssertionError("accepted with every head but with none alone")


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        ("the wilayats of Khasab, Nakhal and Sur", "Sur", "wilayats"),
        ("the provinces of the Abc, Def al Ghi, and Jkl", "Jkl", "provinces"),
        ("Minister of Defence Ali", "Ali", None),  # "Defence Ali" is no list's item: a space, no comma
        ("the cities of Homs and of Hama", "Hama", "and"),  # the last " of " opens the list
        ("the towns of x of Raqqa", "Raqqa", "x"),
        ("regions of\nAbc", "Abc", None),
    ],
)
def test_a_list_of_places_is_read_from_its_last_of(text: str, word: str, head: str | None) -> None:
    start = text.rindex(word)
    expected = _list_head_plainly(text, start)
    assert (expected.casefold() if expected else None) == head
    assert _list_head(text, start) == head


def test_a_list_of_places_is_found_as_the_search_over_the_reach_finds_it() -> None:
    pieces = ["of ", "the ", "Abc", "Def", " ", ", ", ", and ", " and ", "al ", "x", "\n", "of", "’", "-"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        for start in range(0, len(text) + 1, 3):
            expected = _list_head_plainly(text, start)
            heads = frozenset({expected.casefold()}) if expected else frozenset({"of", "abc"})
            assert namewords._in_a_list_of_places(text, start, heads) == (expected is not None)

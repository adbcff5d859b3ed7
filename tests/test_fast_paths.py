"""Shortcuts taken for speed give what the plain computation gives.

Each test here compares a function that is written for speed with a direct
implementation of what it computes, on fixed cases and on many random strings made of
the characters the shortcut treats specially (non-ASCII white space, apostrophes,
combining marks, Arabic letters and digits).
"""

from __future__ import annotations

import random

from normalize.blocks import QUOTE_MARK, Blocks, _after, _compute
from normalize.deletions import _WORD, _content_words, _lists
from normalize.edits import Change, EditTracker
from normalize.evidence import _WORDS, count_words

#: Characters the shortcuts treat specially, for the random strings.
ALPHABET = "aZ09 \t\n\x1c\u00a0\u2009é.’'-_\u0627\u0661²\u0301ß"


def _random_texts(seed: int, count: int, longest: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _count_words_plainly(text: str) -> int:
    """Every white-space token that is not plain ASCII letters and digits goes through the regex."""
    tokens = text.split()
    others = [token for token in tokens if not (token.isascii() and token.isalnum())]
    return len(tokens) - len(others) + len(_WORDS.findall(" ".join(others)))


def test_count_words_on_fixed_cases() -> None:
    assert count_words("") == 0
    assert count_words("The minister met 12 envoys") == 5
    assert count_words("He said: “We will not go back,” and left.") == 9
    assert count_words("al-Kazimi’s office\u00a0said") == 4  # a no-break space separates, the hyphen splits
    assert count_words("x" * 100_000) == 1  # a long plain token is one word, found in one pass


def test_count_words_matches_the_plain_count_on_random_text() -> None:
    for text in _random_texts(seed=2, count=3000, longest=40):
        assert count_words(text) == _count_words_plainly(text), repr(text)


def _content_words_plainly(text: str) -> set[str]:
    lists = _lists()
    long_enough = (w.casefold() for w in _WORD.findall(text) if len(w) >= lists.min_letters)
    return {w for w in long_enough if w not in lists.function_words}


def test_content_words_on_a_headline() -> None:
    assert _content_words("Strasse talks: Iraq and Syria agree after 2024 border clash") == {
        "strasse",
        "talks",
        "iraq",
        "syria",
        "agree",
        "2024",
        "border",
        "clash",
    }


def test_content_words_match_the_plain_filter_on_random_text() -> None:
    for text in _random_texts(seed=3, count=3000, longest=40):
        assert _content_words(text) == _content_words_plainly(text), repr(text)


def _quote_states_plainly(blocks: Blocks) -> list[frozenset[str]]:
    """One walk over every quotation mark of the text, as the states were first computed."""
    states: list[frozenset[str]] = []
    marks = iter(list(QUOTE_MARK.finditer(blocks.text)))
    mark = next(marks, None)
    open_marks: frozenset[str] = frozenset()
    for start, soft in zip(blocks.starts, blocks.soft, strict=True):
        while mark is not None and mark.start() < start:
            open_marks = _after(open_marks, mark.group())
            mark = next(marks, None)
        if not soft:
            open_marks = frozenset()
        states.append(open_marks)
    return states


def test_quote_states_carry_over_soft_cuts_only() -> None:
    text = (
        "He said: “The talks went well. They will go on. We hope so.” Then he left.\n\n"
        "“A quote that runs on. Into the next sentence. And ‘inner’ too.\n\n"
        'Plain "straight" quotes. And "one left open. Over a cut.'
    )
    blocks = _compute(text, 20)
    assert any(blocks.soft) and not all(blocks.soft[1:])  # cuts inside paragraphs and paragraph starts
    states = [blocks.quotes_open(k) for k in range(len(blocks.starts))]
    assert states == _quote_states_plainly(blocks)
    second = blocks.index(text.index("They will"))
    assert states[second] == frozenset({"double"})  # opened in the block before the cut
    assert states[blocks.index(text.index("“A quote"))] == frozenset()  # a paragraph starts with none open


def test_quote_states_match_one_walk_on_random_text() -> None:
    rng = random.Random(4)
    pieces = ["“", "”", '"', "‘", "’", "«", "»", "a", "b. C", ". D", "x’s", " ", "\n\n", "ok. “Q"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        blocks = _compute(text, rng.choice([5, 12, 30]))
        assert [blocks.quotes_open(k) for k in range(len(blocks.starts))] == _quote_states_plainly(blocks), repr(text)


def test_isolated_changes_keep_the_untouched_pieces_between_them() -> None:
    tracker = EditTracker("one two three four five six")
    tracker.apply([Change(4, 7, "TWO", "r1", "c", "m"), Change(19, 23, "FIVE", "r1", "c", "m")])
    tracker.apply([Change(0, 3, "ONE", "r2", "c", "m"), Change(14, 18, "FOUR", "r2", "c", "m")])
    assert tracker.text == "ONE TWO three FOUR FIVE six"
    assert [(e.start, e.end, e.replacement, e.rule) for e in tracker.edits()] == [
        (0, 3, "ONE", "r2"),
        (4, 7, "TWO", "r1"),
        (14, 18, "FOUR", "r2"),
        (19, 23, "FIVE", "r1"),
    ]

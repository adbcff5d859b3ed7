"""Quoted text: a glossary variant quoted as a rendering of a name (a gloss), and direct quotations.

The term matcher (``normalize.terms``) leaves a variant alone where the writer
explains a name with its literal translation ('Hezbollah, whose name means "Party of
God"'), and, for rules marked ``outside_quotes``, inside what a speaker is quoted as
saying.
"""

from __future__ import annotations

import re

import regex

from .blocks import blocks_of, quotes_after
from .lexicon import Terms, compiled_from, current

#: What a gloss opens with (not the straight apostrophe, which is in every other English sentence).
_GLOSS_QUOTES = '“"‘'
#: What a gloss opens with: a bracket or one of those quotes.
GLOSS_OPENINGS = "(" + _GLOSS_QUOTES
_OPENING = f"[{regex.escape(GLOSS_OPENINGS)}]"
#: The cheap test before ``is_gloss``: an opening bracket or quote near a hit.
OPENING_NEAR = re.compile(_OPENING)


def gloss_gap() -> int:
    """How far before a gloss its opening quote or bracket can be (room for white space and "the").

    ``gloss_gap`` of section ``terms`` of rules/language/english.yaml, the running normalizer's.
    """
    return current().terms.gloss_gap


@compiled_from("terms")
def _gloss_cue(terms: Terms) -> regex.Pattern[str]:
    """The end of the text before a gloss: a word that introduces a rendering ('means', 'or'), then
    an opening quote ('whose name means "Party of God"'); or just an opening bracket or quote,
    which counts when the rule's own name stands right before it ('Saraya al-Salam ("Peace Brigades")')."""
    return regex.compile(
        r"(?:\b(?:" + "|".join(map(regex.escape, terms.gloss_cues)) + r")"
        r"[,:]?\s*)?"
        rf"(?P<opening>{_OPENING}|\(\s*[{_GLOSS_QUOTES}])\Z",
        regex.IGNORECASE,
    )


def is_gloss(text: str, start: int, canonical: str) -> bool:
    """Is the variant at ``start`` quoted as a rendering of the name, not used as the name?

    Professional English explains a name with its literal translation: 'Hezbollah,
    whose name means "Party of God"', 'Kata'ib Hezbollah ("Hezbollah Brigades")',
    'Saraya al-Salam, or "Peace Brigades"'.  Replacing the rendering with the name
    would turn the explanation into nonsense, so a variant right after an opening
    quote or bracket (and perhaps "the") is left alone when a gloss word ("means",
    "literally", "or") or the canonical name itself comes just before.  Machine
    translation uses the literal name bare, where it is repaired as before.
    """
    i = _last_visible(text, start)
    if i >= 2 and text[i] in "eE" and text[i - 2 : i + 1].casefold() == "the" and not text[i - 3 : i - 2].isalnum():
        i = _last_visible(text, i - 2)
    terms = current().terms  # its gloss_gap, and gloss_reach: how much text before a hit is read
    if i < max(0, start - terms.gloss_gap) or text[i] not in GLOSS_OPENINGS:  # nearly every hit: nothing quoted
        return False
    before = text[max(0, i + 1 - terms.gloss_reach) : i + 1]
    cue = _gloss_cue().search(before)
    if cue is None:
        return False
    if cue.start("opening") > cue.start():  # a gloss word came before the quote
        return True
    return _plain(before[: cue.start()].rstrip(" ,")).endswith(_plain(canonical))


#: A rendering in brackets, perhaps quoted, right after a name: 'Kataib Hezbollah (Hezbollah Brigades)'.
_BRACKETED = regex.compile(r"\(\s*[“\"‘]?(?P<rendering>[^()“”\"‘’\n]{3,80}?)[”\"’]?\s*\)")


_APOSTROPHES = regex.compile("['’ʿʾ]")


def glossed_earlier(text: str, start: int, end: int, names: tuple[str, ...]) -> bool:
    """Has the text, before the hit, glossed one of ``names`` with a rendering the hit holds?

    A writer who explains 'Kataib Hezbollah (Hezbollah Brigades)' may go on to write "the
    Iraqi Hezbollah Brigades": the rendering is then the text's own English name for the
    group, chosen and explained, not MT's literal rendering left in by mistake.
    """
    hit = f" {_plain(text[start:end])} "
    folded = tuple(_plain(name) for name in names)
    for gloss in _BRACKETED.finditer(text, 0, start):
        named = _plain(text[max(0, gloss.start() - 80) : gloss.start()])
        if f" {_plain(gloss.group('rendering'))} " in hit and named.endswith(folded):
            return True
    return False


def _plain(text: str) -> str:
    """Lower case, single spaces, no apostrophes: "Kataib Hezbollah" is "Kata'ib Hezbollah" glossed."""
    return " ".join(_APOSTROPHES.sub("", text.casefold()).split())


#: The most characters a headline's word takes, with its space: bounds how far a line is read.
_WORD_CHARS = 24
#: A line that opens with a capitalised speaker of a few words and a colon ("Al-Eryani: ...").
_SPEAKER = regex.compile(r"[ \t]*\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+[\p{L}\p{M}'’.\-]+)*:[ \t]+\S")


def in_attributed_headline(text: str, start: int) -> bool:
    """Is ``start`` in the claim of a headline that names its speaker before a colon?

    Agency headlines attribute without quotation marks ("Vice President: 85% of Yemen is
    under control of the legitimate government"): what follows the colon is the speaker's.
    A line counts when it is short (``headline_words``), its speaker part has at most
    ``headline_speaker_words`` words, and it ends without a full stop.
    """
    terms = current().terms
    reach = terms.headline_words * _WORD_CHARS  # a longer line is no headline: read no further than this
    lo, hi = max(0, start - reach), min(len(text), start + reach)
    begin = text.rfind("\n", lo, start) + 1
    end = text.find("\n", start, hi)
    if (begin == 0 and lo > 0) or (end < 0 and hi < len(text)):
        return False
    line = text[begin : hi if end < 0 else end].rstrip()
    found = _SPEAKER.match(line)
    if found is None or begin + found.end() - 1 > start or line.endswith("."):
        return False
    speaker = line[: found.end() - 1].split(":")[0].split()
    return len(speaker) <= terms.headline_speaker_words and len(line.split()) <= terms.headline_words


def in_quotation(text: str, start: int) -> bool:
    """Is ``start`` inside a direct quotation (counted from the start of its paragraph)?

    Some repairs are a matter of house style, not of translation: a Yemeni minister who
    speaks of "the legitimate government" is claiming legitimacy, and a report keeps his
    words.  Rules marked ``outside_quotes`` skip what a speaker is quoted as saying.
    The count (``blocks.quotes_after``) starts at the paragraph, so a text judged alone
    (a verification round, documents joined in a batch) gets the same answer; a
    quotation still open at the end of a paragraph is news style for one that runs on
    (the next paragraph opens it again).  In a paragraph cut into blocks it starts at
    the block, from the quotations known to be open there, which is the same count.
    """
    blocks = blocks_of(text)
    k = blocks.index(start)
    return bool(quotes_after(text, blocks.starts[k], start, blocks.quotes_open(k))) or in_attributed_headline(
        text, start
    )


def _last_visible(text: str, end: int) -> int:
    """Index of the last character before ``end`` that is not white space (-1 if none)."""
    i = end - 1
    while i >= 0 and text[i] in " \t\r\n":
        i -= 1
    return i

"""Is a paragraph English?  A cheap test on function words first, langdetect only where it is in doubt.

Used by the script kind to flag untranslated paragraphs.  langdetect is slow and
unsure on short or name-heavy text, so the cheap test settles most paragraphs and
sends only the doubtful ones to it.
"""

from __future__ import annotations

import re

import regex

from .text import LETTERS

_NON_LATIN_LETTER = regex.compile(r"[^\P{L}\p{Latin}]")


_FUNCTION_WORDS_TEXT = (
    "the of and to in a is that for on with as was by at from it his her their its be are were "
    "has have had this which who not but or an said after about will would"
)


_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


_ASCII_WORD = re.compile(r"[a-z]+")


def may_not_be_english(paragraph: str, has_foreign: bool = True) -> bool:
    """Cheap test run before langdetect: many non-Latin letters, or almost no English function words."""
    foreign = len(_NON_LATIN_LETTER.findall(paragraph)) if has_foreign and not paragraph.isascii() else 0
    if foreign and foreign / len(paragraph) > 0.15:
        return True
    lowered = paragraph.lower()
    tokens = lowered.split()
    if len(tokens) >= 15:
        # English prose has a function word in every three or so; counted on whitespace tokens
        # (in C), a share well above the bar settles it before the word-by-word count. Words
        # English shares with French, Portuguese or German ("a", "as", "in", "was") do not count,
        # and where French, Spanish... function words outnumber English ones, langdetect decides.
        english = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, tokens))
        european = sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, tokens))
        if european > english and european >= 0.08 * len(tokens):
            return True
        if english >= 0.12 * len(tokens):
            return False
    words = _ASCII_WORD.findall(lowered)
    if len(words) < 15:  # headlines have few function words: a short paragraph needs a foreign one's
        return _reads_as_a_european_language(paragraph, tokens)
    common = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, words))
    if common / len(words) >= 0.06:
        return False
    # A list of names (attendees, places, a dateline and credits) has no function words either,
    # and langdetect calls it Indonesian; prose in another language is mostly lower-case words.
    return not _mostly_names(_ASCII_WORD_ANY_CASE.findall(paragraph))


_ASCII_WORD_ANY_CASE = re.compile(r"[A-Za-z]+")


#: Function words of the European languages a news text quotes most (French, Spanish, Italian,
#: Portuguese, German), without those that are also English words or parts of names ("a", "as",
#: "do", "son", "pour", "al", "hat").
_EUROPEAN_FUNCTION_WORDS = frozenset(
    "le la les des du de et est une un il elle nous vous ils ne pas qui dans sur avec au aux cette sa ses leur "
    "été sont mais où à el los las del y en por para una está pero su sus se como más gli della delle dei di com ao "
    "è che per non sono nel nella hanno os um uma dos das da em não der die das und ist nicht ein eine mit auf "
    "für von zu dem den im sich auch wird werden kann ihr sie wir oder aber wenn dass nach bei aus es si ou très "
    "peut cela ces ça je aussi pode são também foi sua seu esta este isso ele ela anche questo questa può "
    "dal alla alle degli essere sobre muy fue han estos cuando donde porque entre nas nos há estes estas esse "
    "essa aos às pela pelo num numa".split()
)


#: English function words that are also French, Portuguese or German ones ("a déclaré", "as
#: imagens", "in der", "an die", "was ist", "will nicht").
_SHARED_FUNCTION_WORDS = frozenset({"a", "in", "on", "as", "an", "was", "will"})


_ENGLISH_ONLY_FUNCTION_WORDS = _ENGLISH_FUNCTION_WORDS - _SHARED_FUNCTION_WORDS


_ANY_FUNCTION_WORD = _EUROPEAN_FUNCTION_WORDS | _ENGLISH_FUNCTION_WORDS


def _reads_as_a_european_language(paragraph: str, tokens: list[str]) -> bool:
    """Cheap test for a short paragraph: several French, Spanish, German... function words and no English ones.

    Headlines and datelines are short and have few function words of any language, so
    the share-of-English test above cannot judge them; a short quotation in French
    ("« Nous ne partirons pas », a déclaré le ministre.") has foreign ones.  Names
    ("Des Moines and La Paz", "Staffan de Mistura") have one or two of them among
    capitalised words, and are left out the way lists of names are.  Upper-case
    tokens are acronyms: "UN" is not Spanish "un".
    """
    # Most short paragraphs (headlines, datelines) have not even two such words among their
    # whitespace tokens, which a count in C tells.
    if sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, tokens)) < 2:
        return False
    words = LETTERS.findall(paragraph)
    if len(words) < 4:
        return False
    folded = [w.lower() for w in words if not (len(w) > 1 and w.isupper())]
    foreign = sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, folded))
    if foreign < 2 or foreign < 0.2 * len(words):
        return False
    english = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, folded))
    if english > 1:
        return False
    content = [w for w in words if w.lower() not in _ANY_FUNCTION_WORD]
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised <= 0.5 * len(content)


def _mostly_names(words: list[str]) -> bool:
    """At least half the words capitalised ("Faleh al-Fayyadh, Qais al-Khazali, ..."); all-capital words are not."""
    capitalised = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return capitalised >= 0.5 * len(words)


def detect_language(paragraph: str) -> tuple[str, float]:
    """langdetect's best guess, made deterministic by fixing its seed.

    langdetect's time goes into its random trials, not the text's length: three
    trials over the first 200 characters name a paragraph's language with the same
    confidence as its default seven over the whole paragraph, at a third of the cost.
    """
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    init_factory()
    from langdetect.detector_factory import _factory

    detector = _factory.create()
    detector.n_trial = 3
    try:
        detector.append(paragraph[:200])
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "unknown", 0.0
    return best.lang, float(best.prob)

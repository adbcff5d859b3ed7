"""Is a paragraph English?  A cheap test on function words first, langdetect only where it is in doubt.

Used by the script kind to flag untranslated paragraphs.  langdetect is slow and
unsure on short or name-heavy text, so the cheap test settles most paragraphs and
sends only the doubtful ones to it.
"""

from __future__ import annotations

import re

import regex

from .lexicon import Untranslated, current
from .text import LETTERS

_NON_LATIN_LETTER = regex.compile(r"[^\P{L}\p{Latin}]")


_ASCII_WORD = re.compile(r"[a-z]+")


def may_not_be_english(paragraph: str, has_foreign: bool = True) -> bool:
    """Cheap test run before langdetect: many non-Latin letters, or almost no English function words.

    Its word lists and thresholds are the running normalizer's (``lexicon.current``, section
    ``untranslated`` of rules/language/english.yaml, which a pack may override).
    """
    u = current().untranslated
    foreign = len(_NON_LATIN_LETTER.findall(paragraph)) if has_foreign and not paragraph.isascii() else 0
    if foreign and foreign / len(paragraph) > u.foreign_letter_share:
        return True
    lowered = paragraph.lower()
    tokens = lowered.split()
    if len(tokens) >= u.min_words_for_shares:
        # English prose has a function word in every three or so; counted on whitespace tokens
        # (in C), a share well above the bar settles it before the word-by-word count. Words
        # English shares with French, Portuguese or German ("a", "as", "in", "was") do not count,
        # and where French, Spanish... function words outnumber English ones, langdetect decides.
        english = sum(map(u.english_only_function_words.__contains__, tokens))
        european = sum(map(u.european_function_words.__contains__, tokens))
        if european > english and european >= u.european_token_share * len(tokens):
            return True
        if english >= u.english_token_share * len(tokens):
            return False
    words = _ASCII_WORD.findall(lowered)
    if len(words) < u.min_words_for_shares:  # headlines have few function words: a short one needs a foreign one's
        return _reads_as_a_european_language(paragraph, tokens, u)
    common = sum(map(u.english_only_function_words.__contains__, words))
    if common / len(words) >= u.english_word_share:
        return False
    # A list of names (attendees, places, a dateline and credits) has no function words either,
    # and langdetect calls it Indonesian; prose in another language is mostly lower-case words.
    return not _mostly_names(_ASCII_WORD_ANY_CASE.findall(paragraph), u)


_ASCII_WORD_ANY_CASE = re.compile(r"[A-Za-z]+")


def _reads_as_a_european_language(paragraph: str, tokens: list[str], u: Untranslated) -> bool:
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
    if sum(map(u.european_function_words.__contains__, tokens)) < u.short_min_european_words:
        return False
    words = LETTERS.findall(paragraph)
    if len(words) < u.short_min_words:
        return False
    folded = [w.lower() for w in words if not (len(w) > 1 and w.isupper())]
    foreign = sum(map(u.european_function_words.__contains__, folded))
    if foreign < u.short_min_european_words or foreign < u.short_european_share * len(words):
        return False
    english = sum(map(u.english_only_function_words.__contains__, folded))
    if english > u.short_max_english_words:
        return False
    content = [w for w in words if w.lower() not in u.any_function_word]
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised <= u.short_capitalised_share * len(content)


def _mostly_names(words: list[str], u: Untranslated) -> bool:
    """At least half the words capitalised ("Faleh al-Fayyadh, Qais al-Khazali, ..."); all-capital words are not."""
    capitalised = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return capitalised >= u.names_capitalised_share * len(words)


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

"""Unseen spellings of the gazetteer's people, found by key and repaired only with evidence.

A name no rule lists ("Najib Mikaty", "Abdul Hamid Dabaiba", "al-Hothi") is found by
its key (``normalize.namekeys``): each run of capitalised words is cut at role words
and common English words, and its words are looked up among the keys of every
person's full name and surname.  What is found is repaired only where the evidence
is good:

- a full name (two words or more) whose key is one person's, every changed word close
  to the canonical one (``min_similarity``);
- a surname alone, close to one family's surname, where the document names the person
  (the canonical name or surname, or a full name found here), the sentence has their
  first name, or a role word comes just before it ("Prime Minister Mikaty") and the
  key is long enough to go on that alone.

Anything weaker (two people share the key, a different first name, no evidence) is a
finding for review: flagged with the suggested fix, never applied.  A word that is a
common English word, or is itself a listed spelling of some gazetteer name (a house
style such as "Miqati" among them), is never a candidate.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex
from rapidfuzz import fuzz

from . import namelater, namewords
from .namecompare import (
    compound_article,
    dropped_double,
    house_style,
    same_spelling,
    with_compounds_glued,
)
from .namefinding import Finding
from .namepeople import NameIndex, Person, bare_word
from .namestyle import (
    HOUSE,
    TWO_WAYS,
    foreign_article,
    generated_style,
    has_article,
    with_their_article,
    written_as_canonical,
)
from .namesurname import owner_named, surname_alone, surname_part
from .namewords import (
    Token,
    Words,
    capitalised,
    first_names,
    fold,
    words_of,
)
from .nisba import nisba_differs
from .terms import fit_case

#: The article hyphened to a surname, which the canonical surname brings where the text left it out.
_ARTICLE = regex.compile(r"(?i)^(?:al|el)-")

#: A capitalised article written apart and the word after it, as one word ("Ammar Al Hakeem").
_CAPITALISED_APART = regex.compile(r"(?:Al|El) \p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?![\p{L}\p{M}\p{N}])")
#: Is there an article written apart before a capitalised word at all (most texts: no)?
_APART = regex.compile(r"(?<![\p{L}\p{M}\p{N}\-])(?:Al|El) \p{Lu}\p{Ll}")


def find(text: str, index: NameIndex, words: Words | None = None) -> list[Finding]:
    """Every repair and review finding in ``text``, in order, none overlapping (``words``: its ``capitalised``)."""
    findings: list[Finding] = []
    named: set[int] = set()
    leftover: list[list[Token]] = []
    words = given = words or capitalised(text)
    if _APART.search(text):
        words = _article_apart_joined(text, words, index)
    for tokens in _runs(text, index, words):
        if _listed_with_article_apart(tokens, index):
            continue  # "Al Khobar": a listed spelling ("Al-Khobar") with its article set apart, no one's name
        found, rest = _full_names(tokens, index)
        if not found and (not rest or surname_part(text, rest, index) is None):
            continue  # nothing to find in the run: whether it is a place's name is not asked
        if len(tokens) > 1 and namewords.in_a_place(text, [(t.start, t.end, t.text) for t in tokens], index.table):
            continue  # "Qasr Al Hosn", "Jabal Mukaber": a place's name, none of its words a person's
        findings.extend(f for f in found if f.end > f.start)
        named.update(f.who for f in found if f.who >= 0)
        if rest:
            leftover.append(rest)
    for tokens in leftover:
        findings.extend(surname_alone(text, tokens, index, named))
    findings.extend(_repeated(text, findings, index))
    taken = [(f.start, f.end) for f in findings if f.certain]
    # a full name left in a generated house style leaves its surname alone to ``_surname``, which
    # marks it so too: repaired later with it, it would stand where the full name is held back
    repaired = {f.who for f in findings if f.certain and f.who >= 0 and not f.style}
    later = namelater.later_surnames(text, index, taken, repaired, given)
    findings = [f for f in findings if not any(a < f.end and f.start < b for a, b, _, _ in later)]
    findings.extend(Finding(a, b, repair, True, canonical) for a, b, repair, canonical in later)
    misspelt = {f.who for f in findings if f.certain and f.who >= 0 and not f.style and f.end > f.start}
    findings = [_two_ways(text, f, index, misspelt) for f in findings]
    findings.sort(key=lambda f: f.start)
    return findings


def _listed_with_article_apart(tokens: list[Token], index: NameIndex) -> bool:
    """Is the run "Al X" (or "El X") a spelling the gazetteer lists as "al-X"?

    The article written apart makes two words, and their key may be some person's full name
    ("Al Khobar" and Sultan al-Jaber); the listed word with its article is a place's or a
    body's name as written, which no person's name matcher should offer to respell.
    """
    if len(tokens) != 2 or tokens[0].text not in ("Al", "El"):
        return False
    return f"{tokens[0].text}-{tokens[1].text}".casefold() in index.known


def _article_apart_joined(text: str, words: Words, index: NameIndex) -> Words:
    """The words with "Al" written apart joined to the next where that is an English word alone.

    Webster's has "hakeem", so "Ammar Al Hakeem" reads as a name and an English word; after
    the article, as after "al-", the word is Arabic.  Where the next word is a name's word
    alone ("Al Abbadi", "Al Sabah") the words stay as they are, and so does what they find.
    """
    matches = words.matches
    out: list[regex.Match[str]] = []
    skip = False
    for i, match in enumerate(matches):
        if skip:
            skip = False
            continue
        after = matches[i + 1] if i + 1 < len(matches) else None
        if match.group() in ("Al", "El") and after is not None and after.start() == match.end() + 1:
            joined = None if index.name_like(after.group()) else _CAPITALISED_APART.match(text, match.start())
            if joined is not None and joined.end() == after.end():
                out.append(joined)
                skip = True
                continue
        out.append(match)
    return words_of(text, out) if len(out) != len(matches) else words


def _repeated(text: str, findings: Sequence[Finding], index: NameIndex) -> list[Finding]:
    """The same misspelling elsewhere in the text as a word of a name repaired here ("Rasheed ... Rasheed said").

    Not a word of the name of someone the text names ("Naeem" of Naeem al-Aboudi beside Basem "Naeem"):
    alone, it may be theirs.
    """
    taken = [(f.start, f.end) for f in findings]
    again: list[Finding] = []
    for finding in [f for f in findings if f.certain and " " not in text[f.start : f.end]]:
        if owner_named(text, text[finding.start : finding.end], index):
            continue
        for match in _as_a_word(text[finding.start : finding.end]).finditer(text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                taken.append(match.span())
                repair = fit_case(finding.replacement, match.group())  # "Al-Shamari" opening a sentence
                again.append(replace(finding, start=match.start(), end=match.end(), replacement=repair))
    return again


def _two_ways(text: str, finding: Finding, index: NameIndex, misspelt: set[int]) -> Finding:
    """A generated house-style spelling of a person the text also names otherwise: ``TWO_WAYS``.

    Otherwise is as the gazetteer does ("Hadi al-Amiri" beside "al-Ameri"), or misspelt in a way
    no house style writes ("Amar el-Hakim": a shadda dropped): the writer follows no house style.
    """
    if finding.style != HOUSE or finding.who < 0:
        return finding
    if finding.who not in misspelt and not written_as_canonical(text, finding.replacement):
        return finding
    return replace(finding, style=TWO_WAYS)


@functools.lru_cache(maxsize=1024)
def _as_a_word(word: str) -> regex.Pattern[str]:
    """The word alone, not inside another, its first letter in either case ("al-Shamari", "Al-Shamari").

    Kept compiled: ``regex``'s own cache costs more to ask.
    """
    # only an article's letter: "Hadi" is no "hadi", but a sentence opens "Al-Shamari" as the name's own
    head = f"(?i:{regex.escape(word[0])})" if _ARTICLE.match(word) else regex.escape(word[:1])
    return regex.compile(rf"(?<![\p{{L}}\-']){head}{regex.escape(word[1:])}(?![\p{{L}}])")


def _runs(text: str, index: NameIndex, words: Words) -> Iterator[list[Token]]:
    """The runs of name-like capitalised words around each word that may be a misspelt name.

    Most capitalised words cannot be one (``namepeople.Verdict.screened``): only those that can are
    looked at, with their name-like neighbours ("Abdul Latif" before "Rasheed"), joined by
    a space or a lower-case connector ("bin", "al").
    """
    matches, strings = words.matches, words.strings
    screened = index.screened(words.distinct)
    if not screened:
        return
    hot = [i for i, w in enumerate(strings) if w in screened and _hot(text, words, i, index)]
    done = -1
    for i in hot:
        if i <= done:
            continue
        first = i
        while first > 0 and _joined(text, matches[first - 1], matches[first], index):
            first -= 1
        last = i
        while last + 1 < len(matches) and _joined(text, matches[last], matches[last + 1], index):
            last += 1
        done = last
        yield _tokens(text, words, first, last)


def _hot(text: str, words: Words, i: int, index: NameIndex) -> bool:
    """Worth a look: a word no name lists, or a listed one ("Rasheed", a bank's) beside a person's name word."""
    matches, strings = words.matches, words.strings
    verdict = index.verdict(strings[i])
    if verdict.shadow and i > 0:  # "Basem Naeem", "Nasser Kanaan": one name's word where another's stands
        previous = index.verdict(strings[i - 1])
        return previous.canonical and _joined(text, matches[i - 1], matches[i], index)
    if not verdict.screened:
        return False
    if verdict.candidate:
        return True
    before = i > 0 and index.verdict(strings[i - 1]).canonical and _joined(text, matches[i - 1], matches[i], index)
    after = i + 1 < len(matches) and index.verdict(strings[i + 1]).canonical
    return before or (after and _joined(text, matches[i], matches[i + 1], index))


def _joined(text: str, left: regex.Match[str], right: regex.Match[str], index: NameIndex) -> bool:
    """Are two capitalised words next to each other in one name, both name-like?"""
    gap = text[left.end() : right.start()]
    wrapped = gap == "\n" and _ARTICLE.match(right.group()) is not None and right.group()[0].islower()
    if gap != " " and not wrapped and not (gap[:1] == gap[-1:] == " " and gap[1:-1] in index.table.connectors):
        return False  # a line may break inside a name, before its "al-" surname: no line opens with "al-" in lower case
    return index.name_like(left.group()) and index.name_like(right.group())


def _tokens(text: str, words: Words, first: int, last: int) -> list[Token]:
    """The words ``first`` to ``last`` of a run, possessive endings off, with the connectors between them."""
    matches = words.matches
    tokens = [words.bare(first)]
    for i in range(first + 1, last + 1):
        before, after = matches[i - 1].end(), matches[i].start()
        if after - before > 1:  # a connector: " bin "
            tokens.append(Token(before + 1, after - 1, text[before + 1 : after - 1]))
        tokens.append(words.bare(i))
    return tokens


def _full_names(tokens: list[Token], index: NameIndex) -> tuple[list[Finding], list[Token]]:
    """The full name found in a run (longest first), and the words after it, left for the surname test."""
    if not tokens:
        return [], []
    keys = [index.word_key(t.text) for t in tokens]  # a stretch's key is its words' keys joined
    for size in range(len(tokens), 1, -1):
        for start in range(len(tokens) - size + 1):
            first = tokens[start].text
            if first.casefold() in index.table.connectors and first.islower():
                continue  # a name begins with a name: "bin Jabor" (son of Jabor) is no "Bayan Jabr"
            people = index.full.get("".join(keys[start : start + size]))
            if not people or tokens[start + size - 1].text.casefold() in index.table.glued_articles:
                continue  # "Al" opens the next name
            part = tokens[start : start + size]
            if not _off(index, part, people):  # a name as written ("Mohammad Bagher Ghalibaf"): none inside it
                return [], tokens[start + size :]
            people = _as_written(index, part, people)
            who = min(people)
            if len({index.people[i].canonical for i in people}) > 1:  # two people: a person decides
                text = " ".join(t.text for t in part)
                canonical = index.people[who].canonical
                return [Finding(part[0].start, part[-1].end, fit_case(canonical, text), False, canonical)], []
            return _repairs(part, who, index), tokens[start + size :]
    found = _patronymic(tokens, keys, index)
    return (found, []) if found else _misread(tokens, keys, index)


def _patronymic(tokens: list[Token], keys: list[str], index: NameIndex) -> list[Finding]:
    """A two-word name with the father's name between its words ("Asaad Hassan al-Shibani", Asaad al-Shaibani).

    Arabic news gives a person's full chain of names where the gazetteer has two; the first
    name as the person's own (in a spelling of theirs) is the evidence, and the father's
    name is left as written.  Only the surname and the first name are compared.
    """
    if len(tokens) != 3 or tokens[1].text.islower() or tokens[1].text.casefold() in index.table.compound_heads:
        return []  # "bin", "al": a connector; "Ahmed Abdul Hussein": a compound, no father's name between
    if not index.candidate(tokens[2].text):
        return []  # "Ahmed Hassan Husni" is no misspelling: a spelling some name has is another family's
    people = {i for i in index.full.get(keys[0] + keys[2], ()) if len(index.people[i].words) == 2}
    if len({index.people[i].canonical for i in people}) != 1:
        return []
    part = [tokens[0], tokens[2]]
    who = min(people)
    if not _off(index, part, people) or not _theirs(index, [tokens[0].text], who):
        return []
    return [f for f in _repairs(part, who, index) if f.end > f.start]


def _misread(tokens: list[Token], keys: list[str], index: NameIndex) -> tuple[list[Finding], list[Token]]:
    """A surname one misread letter from a person's ("Najib Nikati"), after their given names as written.

    The given names are the evidence: a surname alone so changed is anyone's.
    """
    table = index.table
    for end in range(len(tokens), 1, -1):
        last = tokens[end - 1]
        if not index.candidate(last.text):
            continue
        head = keys[: end - 1]
        for variant in table.misread(bare_word(last.text)):
            for start in range(end - 2, -1, -1):
                people = index.full.get("".join(head[start:]) + index.word_key(variant), set())
                words = [t.text for t in tokens[start : end - 1]]
                mine = [i for i in people if len(index.people[i].words) == len(words) + 1 and _exactly(index, words, i)]
                if len({index.people[i].canonical for i in mine}) == 1:
                    one = index.people[mine[0]]
                    if last.text.casefold() in one.styles:
                        return [], tokens[end:]  # "Walid Junblat": a house style of theirs, not a misreading
                    repair = fit_case(one.words[-1], last.text)
                    return [Finding(last.start, last.end, repair, True, one.canonical, mine[0])], tokens[end:]
    return [], tokens


def _exactly(index: NameIndex, words: Sequence[str], who: int) -> bool:
    """Are the words the person's given names as the gazetteer writes them (a misread surname needs them so)?"""
    return all(w.casefold() == c.casefold() for w, c in zip(words, index.people[who].words, strict=False))


def _as_written(index: NameIndex, part: Sequence[Token], people: set[int]) -> set[int]:
    """Of people sharing a key, the one whose name the words are in a house style ("Jafar Hasan"), if one is."""
    words = [t.text for t in part]
    styled = {i for i in people if len(index.people[i].words) == len(words) and _theirs(index, words, i)}
    if len(people) > 1 and len({index.people[i].canonical for i in styled}) == 1:
        return styled
    # failing that, the one whose given names the words are, as many words as theirs ("Rashad al-Olaimi":
    # Rashad al-Alimi, not Rachid Talbi Alami, whose first name and surname share the key)
    given = {i for i in people if len(index.people[i].words) == len(words) and _theirs(index, words[:-1], i)}
    return given if len(people) > 1 and len({index.people[i].canonical for i in given}) == 1 else people


def _theirs(index: NameIndex, words: Sequence[str], who: int) -> bool:
    """Are the words the first words of the person's name, each as written or in a house style of theirs?"""
    one = index.people[who]
    return len(words) <= len(one.words) and all(
        same_spelling(index.table, w, c) or w.casefold() in one.styles for w, c in zip(words, one.words, strict=False)
    )


def _off(index: NameIndex, part: Sequence[Token], people: set[int]) -> bool:
    """May the words be a misspelt full name of one of ``people``?

    Yes if a word is no name's word, or if the last is close to a surname of theirs and
    the words before it are theirs ("Basem Naeem"; not "Saeed al-Jubouri" for Saad al-Jabri).
    """
    if any(index.unusual(t.text) for t in part):
        return True
    words = [t.text for t in part[:-1]]
    shadow = len(part) > 1 and index.verdict(part[-1].text).shadow
    return shadow and any(len(index.people[i].words) == len(part) and _theirs(index, words, i) for i in people)


def _repairs(part: list[Token], who: int, index: NameIndex) -> list[Finding]:
    """The words of a found full name that differ from the canonical one, each repaired if it is close."""
    table, one = index.table, index.people[who]
    words = [t.text for t in part]
    if fold(" ".join(words)) in one.style_names | {fold(one.canonical)} and not any(
        generated_style(index, one, w, c) for w, c in zip(words, one.words, strict=False)
    ):
        return []  # the name in a house style of theirs, or as listed with the article set apart
    if len(words) != len(one.words):
        if nisba_differs(words[-1], one.words[-1]):
            return []  # "Hussein el-Husseini" is not Hussein Hajj Hassan: another family's name
        whole = with_compounds_glued(table, one.words)
        if all(w.casefold() in one.styles or any(same_spelling(table, w, c) for c in whole) for w in words):
            return []  # a short form, or a compound in one word ("Abdrabbuh Mansur Hadi"), each word theirs
        text = " ".join(words)
        certain = fuzz.ratio(table.light(text), table.light(one.canonical)) >= table.min_similarity
        return [Finding(part[0].start, part[-1].end, fit_case(one.canonical, text), certain, one.canonical, who)]
    if nisba_differs(words[-1], one.words[-1]) and has_article(table, words[-1]) != has_article(table, one.words[-1]):
        # "Muhammad al-Baqir" is not Mohammad Bagheri: the Arabic adjective with its article and the
        # Persian surname with its nisba are two families' names; "Nasser Kanaan" for Kanaani is a misspelling
        return []
    findings = []
    house: list[Finding] = []  # words in a generated house style: repaired only where the evidence says MT
    given = len(one.words) - len(one.surname)
    styled = False  # the other words of a name the writer spells in a house style are that style too
    for position, (token, word) in enumerate(zip(part, one.words, strict=True)):
        folded = token.text.casefold()
        # a spelling some name or rule has, or a first name as names.yaml lists it ("Zeinab" for Zainab):
        # a given name in a common spelling is the writer's, whatever the person's canonical one
        listed = not index.candidate(token.text) or (position < given and token.text in first_names())
        kept = listed and (position < given or one.deferred)
        if (
            position >= given  # a given name in another style is the writer's ("Omid" for Omed): editors keep it
            and not kept
            and generated_style(index, one, token.text, word)
            and not dropped_double(table, folded, word)
        ):
            house.append(Finding(token.start, token.end, fit_case(word, token.text), True, one.canonical, who, HOUSE))
            continue
        dropped = not kept and folded not in one.styles and dropped_double(table, folded, word)
        if (same_spelling(table, folded, word) and not dropped) or kept:
            continue  # as the name has it, or a first name as other names write it
        if folded in table.compound_heads and word.casefold() in table.compound_heads:
            continue  # "Abd al-Ghani" for Abdul Ghani: the head of a compound in another style, not a misspelling
        if dropped:  # a shadda dropped ("Thabet al-Abasi"): the rest of the name as theirs is the evidence
            findings.append(_dropped(part, position, one, who, index))
            continue
        if folded in one.styles or (position and compound_article(table, part[position - 1].text, folded, word)):
            # a house style, or "Abd Alhamid" (Abd al-Hamid in one word); a styled surname or glued article vouch
            styled = styled or position >= given or folded not in one.styles
            continue
        similarity = fuzz.ratio(table.light(token.text), table.light(word))
        if similarity < table.min_similarity and position >= given and not findings:
            continue  # first names alike, surnames far apart ("Muhammad Muhi", Mohammed al-Mayyahi): another man
        certain = similarity >= table.min_similarity and not foreign_article(one, token.text, word)
        word = with_their_article(one, token.text, word)
        findings.append(Finding(token.start, token.end, fit_case(word, token.text), certain, one.canonical, who))
    findings = [replace(f, certain=False) for f in [*findings, *house]] if styled else [*findings, *house]
    return findings or [Finding(part[0].start, part[0].start, "", False, one.canonical, who)]


def _dropped(part: list[Token], position: int, one: Person, who: int, index: NameIndex) -> Finding:
    """The word with its shadda restored: certain where every other word of the name is theirs as written."""
    token, word = part[position], one.words[position]
    others = [(t.text, w) for i, (t, w) in enumerate(zip(part, one.words, strict=True)) if i != position]
    certain = all(house_style(index.table, t, w) or t.casefold() in one.styles for t, w in others)
    return Finding(token.start, token.end, fit_case(word, token.text), certain, one.canonical, who)

"""A short alias in brackets right after a person's name, which the name matchers leave alone.

Reference pages list people with the other name they go by: "Abu Maytham AlSadeeqi
(AlDarajii)", "Abu Ahad AlNaqeeb (Abdol Kareem)".  The bracket records a name as the writer
found it (a real name beside a nom de guerre, a family name beside a kunya); it is not the
name before it misspelt, and a fuzzy match of it to some other known person ("al-Zarqawi")
destroys what the page says.  ``glosses.py`` does the same for a name's literal translation.

The limits (words in the bracket, the lower-case connectors a name may hold) are data in
``rules/language/mention_cues.yaml`` (``alias_*``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .lexicon import compiled_from
from .namewords import english_word

_NAME_WORD = r"(?:(?:al|el)-)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"


@dataclass(frozen=True)
class _Settings:
    #: The whole bracket's text: one to ``alias_bracket_words`` name words, connectors between them.
    inside: regex.Pattern[str]
    #: The two or more name words that end the text before the bracket.
    before: regex.Pattern[str]
    glued_style_min: int


@compiled_from("mention_cues.yaml")
def _settings(cues: Mapping[str, Any]) -> _Settings:
    most = int(cues["alias_bracket_words"])
    connector = "(?:" + "|".join(regex.escape(str(c)) for c in cues["alias_connectors"]) + ")"
    word = rf"(?:{_NAME_WORD}|{connector}(?= ))"
    return _Settings(
        inside=regex.compile(rf"[ \t]*{word}(?:[ \t]+{word}){{0,{most - 1}}}[ \t]*"),
        before=regex.compile(
            rf"(?:^|(?<=[\s,;:]))(?:{_NAME_WORD}|{connector})(?:[ \t]+(?:{connector}[ \t]+)*{_NAME_WORD})+[ \t]*\Z"
        ),
        glued_style_min=int(cues["glued_style_min_names"]),
    )


def bracketed_alias(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a short bracket of name words that follows a person's name on its line?"""
    opening = text.rfind("(", max(0, start - 80), start)
    if opening < 0 or "\n" in text[opening:start] or ")" in text[opening:start]:
        return False
    closing = text.find(")", end, end + 80)
    if closing < 0 or "\n" in text[end:closing] or "(" in text[end:closing]:
        return False
    settings = _settings()
    if settings.inside.fullmatch(text, opening + 1, closing) is None:
        return False
    line = text.rfind("\n", 0, opening) + 1
    name = settings.before.search(text, line, opening)
    if name is None:
        return False
    last = name.group().split()[-1]
    return not english_word(last.rsplit("-", 1)[-1])


#: The article glued to a name with the name's capital kept ("AlBasri"): a writer's style, where MT glues in lower case.
_CAPITAL_GLUED = regex.compile(r"(?<![\p{L}\p{M}\-'’])Al\p{Lu}\p{Ll}[\p{L}\p{M}]*")


def glued_house_style(text: str, start: int, end: int) -> bool:
    """Is the hit a name with its article glued on before a capital, in a text that writes several names so?"""
    if _CAPITAL_GLUED.fullmatch(text, start, end) is None:
        return False
    names = {m.group() for m in _CAPITAL_GLUED.finditer(text)}
    return len(names) >= _settings().glued_style_min

"""What the name matchers find: a span, its repair, and how sure the repair is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A span to repair (``certain``) or to flag for review, with the canonical spelling."""

    start: int
    end: int
    replacement: str
    certain: bool
    canonical: str
    #: The person a full name was found for (their index), so that their surname alone is known later.
    who: int = -1
    #: "" for a misspelling; ``HOUSE`` for a spelling only the transliteration table's style tier
    #: makes (no row lists it), repaired only in machine translation; ``TWO_WAYS`` for such a
    #: spelling in a document that also names the person as the gazetteer does: no house style.
    style: str = ""

"""Do no harm in house styles the clean corpus lacked: a scholar's IJMES romanisation, a UN situation
report, an energy wire, a football report, a court interpreter's glossary quoting MT as a warning, a
visitor's guide to Karbala, a teaching note on MT, a Gulf markets wire, a history of the shrine
cities, a glossary of political terms, a profile of the power grid, a Gulf Cup report, an NGO water
brief, a historiographical note and a desk style sheet (our own passages).

Each untouched text is a class of wrong edit found on them: a currency sign with a country prefix
spaced as UN agencies space it, a rendering a text says a system gives, quoted after "renders ... as"
or "turns ... into", a labelled line of MT quoted as the error on show, a romanised name glossed in
its bracket after a comma without quotes, "visitor" in a guidebook or in an English compound, what a
system or a language itself writes or gives, quoted, the spellings a text shows ("appears as ..."), a
quoted romanisation glossed in lower case, a short form or a rendering a glossary names, and a style
sheet's rejected forms.
The repairs beside each guard still happen on MT.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

CLEAN = Path(__file__).parent.parent / "corpora" / "clean"
PASSAGES = sorted(CLEAN.glob("s15_harm_*.txt"))

UNTOUCHED = [
    # a country-prefixed sign, spaced in the UN agencies' house style
    "The plan is 31 per cent funded (US$ 58.4 million of US$ 186.7 million), or about US$ 73 a person.",
    # a rendering quoted after "renders ... as"
    'A typical system renders the Arabic mudhakkirat qabd as "arrest memorandum", when the English term'
    ' is "arrest warrant".',
    # ... and after "turns ... into", the verb far back in the sentence
    'MT turns the Iraqi Federal Court of Cassation (Mahkamat al-Tamyiz al-Ittihadiya) into "the Federal'
    ' Discrimination Court", because tamyiz also means "discrimination".',
    # a labelled line of MT quoted as a warning
    'In our glossary:\n\n    MT: "The court issued an arrest memorandum against the accused."\n'
    '    Correct: "The court issued an arrest warrant for the accused."',
    'A glossary warns against such output:\n\n    MT: "The court sentenced the accused according to Article 4'
    ' terrorism."\n    Correct: "The court sentenced the accused under Article 4 of the Anti-Terrorism Law."',
    # a romanised name in its bracket, a comma, and its literal gloss unquoted
    "The Imam Hussein Shrine (al-Ataba al-Husayniya al-Muqaddasa, the Holy Husseini Threshold) stands over"
    " his tomb in Karbala.",
    # a guidebook's reader, and "visitor" opening an English compound
    "Karbala in Arbaeen: A Visitor's Guide. Visitors should note that the old city is closed to cars.",
    "During Ashura the shrine publishes visitor numbers and visitor information each evening.",
    # what a system or a language writes or gives, quoted as a form
    'Arabic puts the article on names, so a system writes "the Hezbollah said" where English has "Hezbollah said".',
    'A system renders al-Hashd al-Shaabi as "the popular crowd", which is not the English name.',
    'Google Translate gives "the Iraqi Hezbollah Brigades" for Kata\'ib Hezbollah.',
    'Arabic writes "2 billion and 500 million dinars", which an editor turns into "2.5 billion dinars", and counts'
    ' "3 thousand fighters" where English has "3,000 fighters".',
    # the spellings a text shows, listed after "appears as": no edit, no review flag
    "Names suffer too: the same prime minister appears as al-Kadhimi, al-Kazimi and al-Kathimi within one wire.",
    # a quoted romanisation glossed in brackets in lower case is a word, not the outlet of that name
    'Pilgrims call the annual walk to Karbala "al-masira" (the march).',
    # a short form and a rendering a glossary names ("shortened to", "rendered it")
    'The Popular Mobilization Forces, often shortened to "the Hashd", were formed in 2014. Early wire copy'
    ' rendered it "the popular crowd"; avoid.',
    'Tayyar al-Hikma is the National Wisdom Movement of Ammar al-Hakim. Machine translation gives "the wisdom'
    ' current".',
    # a style sheet's rejected forms, after "not" or a "Literal:" label
    'Write 2.5 billion, not "2 billion and 500 million"; write 3,000 fighters, not "3 thousand fighters".',
    '- Hashd / PMF: write Popular Mobilization Forces on first mention, then PMF. Literal: "popular crowd"'
    " → do not use.",
]


@pytest.mark.parametrize("path", PASSAGES, ids=lambda p: p.stem)
def test_each_passage_is_byte_identical(normalizer: Normalizer, path: Path) -> None:
    assert_untouched(normalizer, path.read_text(encoding="utf-8"))


def test_there_are_fifteen_passages() -> None:
    assert len(PASSAGES) == 15


@pytest.mark.parametrize("text", UNTOUCHED)
def test_professional_text_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_bare_spaced_sign_is_still_closed_up(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Wheat rose to $ 320 a tonne and aid reached € 14 million.",
        "Wheat rose to $320 a tonne and aid reached €14 million.",
        ["space-after-currency-sign", "space-after-currency-sign"],
    )


def test_a_quotation_of_speech_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        'The judge said: "The court issued an arrest memorandum against him."',
        'The judge said: "The court issued an arrest warrant against him."',
        ["arrest-warrant"],
    )


def test_an_unlabelled_indented_line_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The court issued an arrest memorandum against the accused in Baghdad on Sunday.",
        "The court issued an arrest warrant against the accused in Baghdad on Sunday.",
        ["arrest-warrant"],
    )


def test_the_pilgrimage_report_still_has_pilgrims(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "For Arbaeen, the number of visitors exceeded 21 million, and a visitor from Basra arrived on foot.",
        "For Arbaeen, the number of pilgrims exceeded 21 million, and a pilgrim from Basra arrived on foot.",
        ["pilgrims-not-visitors-of-arbaeen", "pilgrims-not-visitors-of-arbaeen"],
    )


def test_the_rendering_used_bare_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Holy Husseini Threshold said on Monday that 21 million pilgrims reached Karbala.",
        "The Imam Hussein Holy Shrine said on Monday that 21 million pilgrims reached Karbala.",
        ["iq-hussein-shrine"],
    )


def test_a_person_quoted_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        'The spokesman wrote "the Hezbollah said it would respond" on his page.',
        'The spokesman wrote "Hezbollah said it would respond" on his page.',
        ["article-before-name"],
    )


def test_two_spellings_used_bare_are_still_flagged(normalizer: Normalizer) -> None:
    result = normalizer.normalize(
        "Falih al-Fayyadh met the envoy. Al-Fayyadh said the talks went well. Later al-Fayadh left for Tehran."
    )
    assert [f.rule for f in result.flags] == ["name-spellings"]


def test_the_outlet_named_is_still_respelt(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Houthi channel Al-Masira said on Monday that two drones were shot down.",
        "The Houthi channel Al-Masirah said on Monday that two drones were shot down.",
        ["ye-masirah"],
    )


def test_a_quotation_after_not_in_speech_of_figures_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry said 3 thousand fighters took part in the operation.",
        "The ministry said 3,000 fighters took part in the operation.",
        ["thousand-as-figure"],
    )

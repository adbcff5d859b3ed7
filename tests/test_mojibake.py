"""The Unicode stage repairs exactly what ``ftfy.fix_text`` repairs, and the screen never hides a line from it."""

from __future__ import annotations

import ftfy
import ftfy.bad_codecs  # registers the "sloppy-windows-125x" codecs, which ftfy itself decodes with
import pytest
from ftfy.badness import is_bad
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from normalize import Normalizer, mojibake, screen
from normalize.kinds.unicode import FTFY_CONFIG as _FTFY
from normalize.kinds.unicode import UNICODE_TRIGGERS
from normalize.protect import find_protected

from .conftest import assert_untouched

_UNICODE_ONLY = Normalizer(select=["unicode-repair"])
_UNICODE_UNSCREENED = Normalizer(select=["unicode-repair"], screen=False)
_DEFAULT = Normalizer()


def _garble(text: str, *encodings: str) -> str:
    """``text`` as UTF-8 bytes read as ``encodings[0]``, that result as UTF-8 read as the next, and so on."""
    for encoding in encodings:
        text = text.encode("utf-8").decode(encoding)
    return text


def _fixed(text: str) -> str:
    return ftfy.fix_text(text, _FTFY)


# --- fixed cases: each kind of mojibake, repaired to the exact original ------------------------

_REPAIRS = [
    # UTF-8 read as MacRoman (French); the issue's "g√¢teaux".
    ("Les g√¢teaux de la f√™te sont pr√™ts.", "Les gâteaux de la fête sont prêts."),
    # UTF-8 read as Windows-1250: Liège, and Arabic ("Ř±ŘłŘ§Ů„Ř©" is "رسالة").
    ("Le festival de LiĂ¨ge a ouvert ses portes.", "Le festival de Liège a ouvert ses portes."),
    ("Ř±ŘłŘ§Ů„Ř© Ř§Ů„Ů\x88Ř˛ŮŠŘ±", "رسالة الوزير"),
    # Russian, UTF-8 read as Windows-1251 twice over.
    (
        _garble("Переговоры возобновятся в понедельник.", "sloppy-windows-1251", "sloppy-windows-1251"),
        "Переговоры возобновятся в понедельник.",
    ),
    # Russian, UTF-8 read as code page 437.
    ("╨┐╤Ç╨░╨▓╨╕╤é╨╡╨╗╤î╤ü╤é╨▓╨╛ ╨╛╨▒╤è╤Å╨▓╨╕╨╗╨╛", "правительство объявило"),
    # Hebrew, UTF-8 read as MacRoman.
    ("◊î◊û◊©◊ê ◊ï◊û◊™◊ü ◊†◊û◊©◊ö", "המשא ומתן נמשך"),
    # Arabic, UTF-8 read as Windows-1252 (the commonest kind in Arabic-origin copy).
    ("Ø§Ù„Ø¨Ø±Ù„Ù…Ø§Ù† Ø§Ù„Ø¹Ø±Ø§Ù‚ÙŠ", "البرلمان العراقي"),
    # Persian, UTF-8 read as Windows-1252: پ, چ, ژ and گ are beyond Arabic's letters.
    (_garble("گزارش پژوهشی درباره چند شهر", "sloppy-windows-1252"), "گزارش پژوهشی درباره چند شهر"),
    # French: the no-break space of "Ã\xa0" became a plain one, and was doubled up; ftfy still reads "à".
    ("voilÃ  le travail", "voilà le travail"),
    ("Il est arrivÃ© Ã  Paris.", "Il est arrivé à Paris."),
    # Portuguese, UTF-8 read as Windows-1252 and as Latin-1 (the C1 control of "ç" in Latin-1 too).
    ("A informaÃ§Ã£o nÃ£o foi confirmada.", "A informação não foi confirmada."),
    (_garble("A decisão já está tomada.", "latin-1"), "A decisão já está tomada."),
    # An apostrophe through Windows-1252, and an entity, in English copy.
    ("Iraqâ€™s parliament met &amp; voted.", "Iraq’s parliament met & voted."),
]


@pytest.mark.parametrize(("garbled", "original"), _REPAIRS)
def test_each_kind_of_mojibake_is_repaired_as_ftfy_repairs_it(garbled: str, original: str) -> None:
    assert _fixed(garbled) == original
    result = _UNICODE_ONLY.normalize(garbled)
    assert result.text == original
    assert {edit.rule for edit in result.edits} == {"unicode-repair"}
    assert _UNICODE_UNSCREENED.normalize(garbled).text == original


def test_the_issues_mojibake_is_repaired_by_the_whole_pipeline() -> None:
    # One encoding per line: ftfy undoes one kind of mojibake per line (as does the stage).
    text = "Les g√¢teaux de la f√™te.\nLiĂ¨ge en hiver.\nEt voilÃ  le travail.\n\nIraqâ€™s prime minister spoke."
    repaired = "Les gâteaux de la fête.\nLiège en hiver.\nEt voilà le travail.\n\nIraq’s prime minister spoke."
    assert _fixed(text) == repaired
    result = _DEFAULT.normalize(text)
    assert result.text == _fixed(text)
    assert [(e.original, e.replacement) for e in result.edits] == [
        ("√¢", "â"),
        ("√™", "ê"),
        ("Ă¨", "è"),
        ("Ã ", "à"),
        ("â€™", "’"),
    ]


def test_ftfy_repairs_quoted_mojibake_and_so_does_the_stage() -> None:
    """Parity over guessing: ftfy reads a sample of mojibake as mojibake, so the stage does too.

    Except where the sentence quotes it as a form ('the pair "Ã©" is ...'): that quotation is a
    protected span (issue 17, ``normalize.protect``), which no stage edits.
    """
    quoted = 'the pair "Ã©" is how é looks when misread'
    assert _fixed(quoted) == 'the pair "é" is how é looks when misread'
    assert _DEFAULT.normalize(quoted).text == quoted
    bare = "the pair Ã© turns up where é was misread"
    assert _fixed(bare) == "the pair é turns up where é was misread"
    assert _DEFAULT.normalize(bare).text == _fixed(bare)


# --- negative cases: odd-looking but right, unchanged by ftfy and by the whole pipeline ---------

_RIGHT_AS_IS = [
    # Emoticons and kaomoji.
    "The build failed again :( but the second run passed :) in the end.",
    "OK??:(   `¬´    ):",
    "He shrugged ( o¬ô ) and walked off.",
    "She was furious ( >_< ) about the delay, then wept ( ;_; ) at the news.",
    "The reply was just ( ͡° ͜ʖ ͡°) and nothing else; then (╯°□°)╯︵ ┻━┻ and ¯\\_(ツ)_/¯.",
    "Good luck ;-) and see you soon :-D, I <3 this city :P",
    # Maths.
    "If x ≥ 0 then |x| = x, and 3 × 4 = 12 while ½ + ¼ = ¾.",
    "The area is πr² ≈ 78.5 cm² for r = 5 cm, and ∑ 1/n² = π²/6.",
    "A temperature of −5 °C, a rate of 2‰ a year and ±3 % error; f(x) = (x − 1)² for x ∈ ℝ.",
    # Greek quotation habits: « » and the Greek question mark (a semicolon).
    "Ο υπουργός είπε: «Δεν θα υπάρξει συμφωνία». Γιατί;",
    "Η εφημερίδα έγραψε «Νέα εποχή» στο πρωτοσέλιδο· ο πρωθυπουργός δεν σχολίασε.",
    # Portuguese quotation habits: « », dialogue dashes, and capitals with a tilde.
    "O ministro disse: «Não haverá acordo.» E acrescentou — «ainda não».",
    "— Não sei, respondeu ela. — Talvez amanhã.",
    "A manchete dizia «SÃO PAULO PARA» e, À NOITE, a cidade parou. NÃO!",
    # Text about mojibake that spells its characters out one by one.
    "In mojibake an apostrophe often turns up as three characters, â, € and ™, one after another.",
    # Accents, currency and symbols of ordinary text.
    "The café on Rue de Liège served crème brûlée; Müller, Ørsted and Đoković met in Kraków and Łódź.",
    "Prices: £5, €7 and ¥800; the 2nd floor; 25°C; © 2024 Reuters™; “naïve” and the coöperative.",
]


@pytest.mark.parametrize("text", _RIGHT_AS_IS)
def test_odd_looking_but_right_text_is_left_alone(text: str) -> None:
    assert _fixed(text) == text
    assert_untouched(_DEFAULT, text, flags_allowed=True)  # another script may be flagged untranslated


# --- how ftfy is applied: per line, per document, before anything else --------------------------


def test_entities_after_a_tag_are_kept_in_that_document_only() -> None:
    """With unescape_html="auto", fix_text stops unescaping from the first line with "<" on."""
    first = "Q&amp;A\n<b>bold</b>\nTom &amp; Jerry"
    second = "Tom &amp; Jerry"
    assert _fixed(first) == "Q&A\n<b>bold</b>\nTom &amp; Jerry"
    results = list(_UNICODE_ONLY.normalize_many([first, second, first]))
    assert [r.text for r in results] == [_fixed(first), "Tom & Jerry", _fixed(first)]
    assert _UNICODE_ONLY.normalize(first).text == _fixed(first)


def test_a_joined_documents_last_line_is_fixed_without_the_joints_line_break() -> None:
    """Each joined document is fixed as if alone: to ftfy, "œ" before a line break is bad, at the very end not."""
    texts = ["the word cœur ends in œ", "Ã©tÃ©", "a line\r\nwith CRLF Ã©tÃ©\r\n"]
    assert [r.text for r in _UNICODE_ONLY.normalize_many(texts)] == [_fixed(t) for t in texts]


def test_lone_surrogates_are_replaced_as_ftfy_replaces_them() -> None:
    text = "an escaped JSON string \ud83d alone"
    assert _UNICODE_ONLY.normalize(text).text == _fixed(text) == "an escaped JSON string \ufffd alone"


# --- the screen: derived from ftfy's badness regex, never narrower -----------------------------

_SCREEN = screen.Screen({"unicode": UNICODE_TRIGGERS})
_MOJIBAKE_ALPHABET = (
    "ÂÃÎÐØÙàáâãäåçèéêëìíîïðñòóôõöùúûüýþÿ€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷"
    "\x80\x81\x8d\x9dВГРСвЂЃЉЊЋЌЏђѓљњћќџўЎ√∂≈≠≤≥∞‚ΒΓΞΟβā╨╤┐│┤╡"
)
_NEAR_MOJIBAKE = st.text(alphabet=_MOJIBAKE_ALPHABET + "ab Z.,\n\t&#;<x1", max_size=24)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEAR_MOJIBAKE)
def test_every_line_ftfy_looks_at_is_inside_a_screened_block(text: str) -> None:
    where = _SCREEN.scan(text).spans("unicode")
    assert where is not None
    for line in text.splitlines(keepends=True):
        if mojibake.opens_a_gate(line, unescape_html=True):
            assert mojibake.may_change(line)
            start = text.index(line)
            assert any(a <= start < b for a, b in where), (line, where)
        else:
            assert ftfy.fix_and_explain(line, _FTFY).text == line
    if not find_protected(text):  # a protected span (``normalize.protect``) is left as it is by every stage
        assert _UNICODE_ONLY.normalize(text).text == _fixed(text)


def test_a_trigger_for_each_alternative_of_ftfys_badness_regex() -> None:
    # One per alternative, then the HTML entity and the terminal escape.
    assert len(UNICODE_TRIGGERS) == len(mojibake._alternatives()) + 2
    assert screen.trigger_error("|".join(UNICODE_TRIGGERS)) is None
    assert is_bad("f√™te") and mojibake.may_change("f√™te")
    assert not mojibake.may_change("“Curly quotes” – and an em dash — stay…")


# --- the property: mojibake of many scripts through every single-byte encoding ------------------

_SCRIPTS = {
    "latin": "abcdefghijlmnopqrstuvzàâäçéèêëîïôöùûüÿñãõáíóúœæß",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ",
    "persian": "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשתךםןףץ",
    "russian": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
}
# Every single-byte encoding ftfy's list knows (chardata.CHARMAP_ENCODINGS), and Hebrew's and
# Arabic's Windows code pages, which ftfy does not undo: there the stage must leave what ftfy leaves.
_ENCODINGS = [
    "latin-1",
    "sloppy-windows-1252",
    "sloppy-windows-1250",
    "sloppy-windows-1251",
    "sloppy-windows-1253",
    "sloppy-windows-1254",
    "sloppy-windows-1255",
    "sloppy-windows-1256",
    "sloppy-windows-1257",
    "macroman",
    "cp437",
]


@st.composite
def _garbled_documents(draw: st.DrawFn) -> list[str]:
    documents = []
    for _ in range(draw(st.integers(1, 3))):
        letters = _SCRIPTS[draw(st.sampled_from(sorted(_SCRIPTS)))]
        words = draw(st.lists(st.text(alphabet=letters, min_size=1, max_size=9), min_size=1, max_size=8))
        sentence = " ".join(words) + draw(st.sampled_from(["", ".", "!", " 2024.", "»", "”"]))
        encodings = draw(st.lists(st.sampled_from(_ENCODINGS), min_size=1, max_size=2))
        garbled = _garble(sentence, *encodings)
        frame = draw(st.sampled_from(["{}", "The minister said {} today.", "Report:\n\n{}\n\nEnd.", "{}\n{}"]))
        documents.append(frame.format(garbled, garbled))
    return documents


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_garbled_documents())
def test_the_unicode_stage_gives_what_ftfy_gives(documents: list[str]) -> None:
    assume(not any(find_protected(text) for text in documents))  # left as they are by every stage
    expected = [_fixed(text) for text in documents]
    assert [r.text for r in _UNICODE_ONLY.normalize_many(documents)] == expected
    assert [_UNICODE_ONLY.normalize(text).text for text in documents] == expected
    assert _UNICODE_UNSCREENED.normalize(documents[0]).text == expected[0]


def test_the_pipelines_configuration_is_one_the_screen_serves_and_another_is_fixed_whole() -> None:
    assert mojibake.screens(_FTFY)
    curling = _FTFY._replace(uncurl_quotes=True)
    assert not mojibake.screens(curling)
    text = "“Quoted” and Ã©tÃ©\nplain ‘line’"
    assert list(mojibake.repairs(text, curling, [(0, len(text))], [(0, len(text))])) == [
        (0, text, "\"Quoted\" and été\nplain 'line'")
    ]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=60), min_size=1, max_size=3))
def test_any_text_comes_out_as_ftfy_gives_it(texts: list[str]) -> None:
    # Text inside a protected span (code, a URL, a quoted form: ``normalize.protect``) is left
    # byte for byte by every stage, this one included; elsewhere the stage is ftfy.
    assume(not any(find_protected(text) for text in texts))
    assert [r.text for r in _UNICODE_ONLY.normalize_many(texts)] == [_fixed(text) for text in texts]

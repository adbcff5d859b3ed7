"""The one-pass screen (normalize/screen.py) only saves time: screened and unscreened runs agree exactly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import Normalizer, RulePackError
from normalize.kinds import term
from normalize.screen import Screen, available, cheapen
from normalize.terms import TermMatcher

from .conftest import CLEAN, CORPORA, INPUTS
from .test_properties import _VOCAB

pytestmark = pytest.mark.skipif(not available(), reason="Hyperscan has no wheel for this platform")

SCREENED = Normalizer()
UNSCREENED = Normalizer(screen=False)

_FRAGMENTS = [p.read_text(encoding="utf-8")[:400] for p in INPUTS + CLEAN]
_MIXED = st.lists(st.one_of(st.sampled_from(_VOCAB), st.sampled_from(_FRAGMENTS)), max_size=30).map(" ".join)
_ODD = st.text(alphabet='aAn ,.;:!?()”’"  \n\u0627\u0644Tt\u060c', max_size=120)
_TEXTS = st.one_of(_MIXED, st.text(max_size=300), _ODD)


def _same(text: str) -> None:
    screened, unscreened = SCREENED.normalize(text), UNSCREENED.normalize(text)
    assert screened.edits == unscreened.edits
    assert screened.flags == unscreened.flags
    assert screened.text == unscreened.text


def test_the_default_packs_screen_their_rules() -> None:
    assert SCREENED.screen.enabled and not UNSCREENED.screen.enabled
    pattern_rules = [r for r in SCREENED.rules if r.kind == "pattern"]
    assert pattern_rules and all(r.screen for r in pattern_rules)


#: The dev pairs' inputs too: their sentences are MT as it comes, and a trigger Hyperscan
#: misses in such a sentence (it has missed "its cadres" behind a four-way alternation
#: sharing "the " once the text held "department") shows here as a lost repair.
DEV_INPUTS = sorted((CORPORA / "mtdev" / "input").glob("*.txt"))


@pytest.mark.parametrize("path", INPUTS + CLEAN + DEV_INPUTS, ids=lambda p: p.name)
def test_corpus_files_give_the_same_edits_screened_or_not(path: Path) -> None:
    _same(path.read_text(encoding="utf-8"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_generated_text_gives_the_same_edits_screened_or_not(text: str) -> None:
    _same(text)


def test_rules_run_only_in_the_blocks_where_their_trigger_hit() -> None:
    screen = Screen({"dash": ["--"], "quiet": ["zzz"]})
    text = "first block\n\nsecond -- block\nstill second\n\n\nthird -- here"
    where = screen.scan(text)
    assert where.spans("dash") == [(text.index("second"), len(text))]  # neighbouring blocks merge
    assert screen.scan("a -- b\n\nplain\n\nc -- d").spans("dash") == [(0, 8), (15, 21)]
    assert where.spans("quiet") == []
    assert where.spans("unscreened") is None


def test_non_ascii_text_maps_bytes_back_to_characters() -> None:
    screen = Screen({"x": ["X"]})
    text = "“é” ünïcödé\n\nپارسی X here\n\nlast"
    spans = screen.scan(text).spans("x")
    assert spans is not None and len(spans) == 1
    start, end = spans[0]
    assert text[start:end].startswith("پارسی X here")
    assert "last" not in text[start:end]


def _pack(folder: Path, name: str, body: str) -> Path:
    """A rule pack file written for one test."""
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("screen", [True, False])
def test_a_trigger_with_look_around_is_refused_with_file_and_rule(tmp_path: Path, screen: bool) -> None:
    """Checked when the screen is compiled (one by one only if the whole fails), and with the screen off too."""
    pack = _pack(
        tmp_path,
        "bad.yaml",
        "pack: bad\nrules:\n  - id: needs-lookbehind\n    kind: pattern\n    category: c\n    message: m\n"
        "    pattern: 'x'\n    replacement: 'y'\n    screen: ['(?<=a)x']\n",
    )
    with pytest.raises(RulePackError) as info:
        Normalizer(packs=["core", pack], screen=screen)
    message = str(info.value)
    assert "bad.yaml" in message and "needs-lookbehind" in message and "screen pattern '(?<=a)x'" in message
    assert Normalizer(packs=["core", pack], ignore=["needs-lookbehind"], screen=screen).rules


def test_screen_patterns_may_name_the_rules_word_lists(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        "lists.yaml",
        "pack: lists\nrules:\n  - id: shout\n    kind: pattern\n    category: c\n    message: m\n"
        "    pattern: '\\L<w>!'\n    lists: {w: [Stop, Go]}\n    replacement: '\\g<0>'\n    transform: lower\n"
        "    screen: ['\\L<w>!']\n",
    )
    normalizer = Normalizer(packs=[pack], screen=True)
    rule = normalizer.rules[0]
    assert rule.screen == ("(?:Stop|Go)!",)
    assert normalizer.normalize("first\n\nthen Stop! and Go!").text == "first\n\nthen stop! and go!"
    assert normalizer.normalize("first\n\nthen Stop and Go").edits == []


@pytest.mark.parametrize("reach", ["paragraph", "document"])
def test_a_rule_that_reaches_the_document_matches_across_paragraphs_once_its_trigger_hits(
    tmp_path: Path, reach: str
) -> None:
    pack = _pack(
        tmp_path,
        "reach.yaml",
        "pack: reach\nrules:\n  - id: tail\n    kind: pattern\n    category: c\n    message: m\n"
        "    pattern: '\\n+More:\\n+[^\\n]+\\n?'\n    replacement: ''\n"
        f"    screen: ['More:']\n    reach: {reach}\n",
    )
    text = "Body text.\n\nMore:\n\nAnother story\n"
    screened, unscreened = Normalizer(packs=[pack]), Normalizer(packs=[pack], screen=False)
    assert unscreened.normalize(text).text == "Body text."
    # Confined to the heading's paragraph, the match cannot reach the line after the blank line.
    expected = "Body text." if reach == "document" else text
    assert screened.normalize(text).text == expected
    assert screened.normalize("Body text.\n\nAnother story\n").edits == []


def test_a_rule_that_looks_for_the_documents_end_searches_to_it_whatever_its_reach(tmp_path: Path) -> None:
    """``\\Z`` is the document's end: a screened rule's search runs on to it from the block its trigger hit."""
    pack = _pack(
        tmp_path,
        "tail.yaml",
        "pack: tail\nrules:\n  - id: tail\n    kind: pattern\n    category: c\n    message: m\n"
        "    pattern: '\\n+More:\\n+[^\\n]+\\n?\\Z'\n    replacement: ''\n"
        "    screen: ['More:']\n",
    )
    screened, unscreened = Normalizer(packs=[pack]), Normalizer(packs=[pack], screen=False)
    for text, expected in (
        ("Body text.\n\nMore:\n\nAnother story\n", "Body text."),
        ("Body text.\n\nMore:\n\nAnother story\n\nThe body goes on.\n", None),
    ):
        assert screened.normalize(text).text == unscreened.normalize(text).text == (expected or text)


def test_reach_must_be_paragraph_or_document(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        "badreach.yaml",
        "pack: badreach\nrules:\n  - id: far\n    kind: pattern\n    category: c\n    message: m\n"
        "    pattern: 'x'\n    replacement: 'y'\n    screen: ['x']\n    reach: everywhere\n",
    )
    with pytest.raises(RulePackError, match="'reach' must be 'paragraph' or 'document'"):
        Normalizer(packs=[pack])


def test_unicode_classes_are_widened_outside_and_narrowed_inside_negated_classes() -> None:
    assert cheapen(r"\p{Ll}\p{Lu}") == r"[a-z\x{80}-\x{10FFFF}][A-Z\x{80}-\x{10FFFF}]"
    assert cheapen(r"(?:^|[^\p{L}'-])an") == r"(?:^|[^A-Za-z'-])an"
    assert cheapen(r"[\p{N}%]\]") == r"[0-9\x{80}-\x{10FFFF}%]\]"
    assert cheapen(r"[]\p{L}]\p{NoSuchProperty}") == r"[]A-Za-z\x{80}-\x{10FFFF}]\p{NoSuchProperty}"


@pytest.mark.parametrize("name", ["Arabic", "Script=Arabic", "Greek", "Hebrew"])
def test_other_classes_become_the_exact_characters_of_the_regex_module(name: str) -> None:
    """Hyperscan's Unicode tables are older than regex's: U+10EFA is Arabic to one and not the other."""
    import regex

    from normalize.screen import candidate_characters

    def as_python(hyperscan_pattern: str) -> regex.Pattern[str]:
        return regex.compile(regex.sub(r"\\x\{(\w+)\}", lambda m: f"\\U{int(m[1], 16):08x}", hyperscan_pattern))

    everything = candidate_characters()
    exact = regex.compile(rf"\p{{{name}}}").findall(everything)
    assert as_python(cheapen(rf"\p{{{name}}}")).findall(everything) == exact
    negated = rf"[^\p{{{name}}}a]"
    assert as_python(cheapen(negated)).findall(everything) == regex.compile(negated).findall(everything)
    if name.endswith("Arabic"):
        assert "\U00010efa" in exact


@pytest.mark.parametrize(
    ("exact", "ranges"),
    [(r"[^\P{L}\p{Latin}]", "script.MAYBE_FOREIGN"), (r"\p{Ll}", "glue.MAYBE_LOWER")],
    ids=["non-Latin letters", "lower-case letters"],
)
def test_the_cheap_ranges_of_built_in_triggers_cover_every_character_of_their_class(exact: str, ranges: str) -> None:
    import regex

    from normalize import kinds

    module, name = ranges.split(".")
    python_syntax = regex.sub(
        r"\\x\{([0-9a-f]+)\}", lambda m: f"\\U{int(m.group(1), 16):08x}", getattr(getattr(kinds, module), name)
    )
    cheap = regex.compile(f"[{python_syntax}]")
    exact_class = regex.compile(exact)
    missed = [hex(c) for c in range(0x110000) if exact_class.match(chr(c)) and not cheap.match(chr(c))]
    assert missed == []


# --- context conditions: one Hyperscan scan per document, the same verdicts as the automaton ---------

_PHRASES = SCREENED.contexts.phrases
_NEIGHBOURS = st.sampled_from(["", *" \né\u0628\u0663_x1”’-\u00a0★\u212a'"])
_AROUND = st.tuples(_NEIGHBOURS, st.sampled_from(_PHRASES), _NEIGHBOURS, st.sampled_from(["lower", "upper", "title"]))


def _occurrence(parts: tuple[str, str, str, str]) -> str:
    before, phrase, after, case = parts
    spelt = getattr(phrase, case)().replace("'", "’").replace(" ", "\n", 1)
    return before + spelt + after


@settings(max_examples=300, deadline=None)
@given(st.lists(_AROUND.map(_occurrence), min_size=1, max_size=6).map(" ".join))
def test_context_verdicts_are_the_same_from_the_scan_and_the_automaton(text: str) -> None:
    contexts = SCREENED.contexts
    assert contexts.phrases_in(text, scan=True) == contexts.phrases_in(text, scan=False)
    assert contexts.verdicts(text) == UNSCREENED.contexts.verdicts(text)


def test_the_kelvin_sign_is_the_only_character_beyond_ascii_that_lower_cases_to_ascii() -> None:
    """The scan folds ASCII case only; a text with such a character is left to the automaton."""
    from normalize.contexts import FOLDS_TO_ASCII

    folding = [c for c in map(chr, range(0x80, 0x110000)) if len(c.lower()) == 1 and c.lower().isascii()]
    assert folding == [FOLDS_TO_ASCII]
    assert SCREENED.contexts.phrases_in("\u212aata'ib Hezbollah", scan=True) == {"kata'ib hezbollah", "hezbollah"}


def test_a_pack_with_a_phrase_beyond_ascii_judges_it_apart_from_the_scan(tmp_path: Path) -> None:
    """Hyperscan folds ASCII case only, so such a phrase is looked for apart from the scan, with the same verdicts."""
    pack = _pack(
        tmp_path,
        "local.yaml",
        "rules:\n"
        "  - {id: crowd, kind: term, category: terminology, message: m, canonical: Popular Mobilization Forces,\n"
        "     variants: [popular crowd], context: {requires: [Ḥashd, Iraq]}}\n",
    )
    normalizer = Normalizer(packs=[pack])
    assert normalizer.contexts.scans  # the ASCII phrases still go to the scan
    fixed = normalizer.normalize("The popular crowd in the ḤASHD.").text
    assert fixed == "The Popular Mobilization Forces in the ḤASHD."
    assert normalizer.normalize("The popular crowd met.").text == "The popular crowd met."


def test_phrases_with_symbols_are_literal_in_the_scan(tmp_path: Path) -> None:
    """Every character but a letter or digit goes to Hyperscan as an escaped byte, so none means syntax."""
    pack = _pack(
        tmp_path,
        "odd.yaml",
        "rules:\n"
        "  - {id: odd, kind: term, category: terminology, message: m, canonical: Odd Item, variants: [odd thing],\n"
        "     context: {requires: ['C++ (beta)', 'a.b*', 'x#y|z', '$5 [sic]']}}\n",
    )
    contexts = Normalizer(packs=[pack]).contexts
    assert contexts.scans
    texts = ["uses C++ (beta) now", "aXb* no", "a.b* yes", "x#y|z", "xy", "costs $5 [sic].", "$5 sic", "c++ (BETA)"]
    for text in texts:
        assert contexts.phrases_in(text, scan=True) == contexts.phrases_in(text, scan=False), text
    assert contexts.phrases_in("a.b* and x#y|z", scan=True) == {"a.b*", "x#y|z"}


# --- glossary terms: one Hyperscan literal scan, the same hits as the automaton ---------------------


def _matcher(normalizer: Normalizer) -> TermMatcher:
    """The term stage's matcher (``normalize.kinds.term``)."""
    runner = next(stage.runner for stage in normalizer.stages if stage.kind.name == "term")
    assert isinstance(runner, term.Runner)
    return runner.matcher


_TERMS = _matcher(SCREENED)
_KEYS = sorted(_TERMS.keys)
_TERM_NEIGHBOURS = st.sampled_from(["", *" \né\u0628\u0663_x1”’-\u00a0★\u212a'İ", "al-", "the "])
_CASES = st.sampled_from(["lower", "upper", "title"])
_TERM_AROUND = st.tuples(_TERM_NEIGHBOURS, st.sampled_from(_KEYS), _TERM_NEIGHBOURS, _CASES)


def _term_hits(matcher: TermMatcher, text: str) -> list[tuple[int, int, str]]:
    return matcher.occurrences(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TERM_AROUND.map(_occurrence), min_size=1, max_size=6).map(" ".join))
def test_term_hits_are_the_same_from_the_literal_scan_and_the_automaton(text: str) -> None:
    assert _TERMS.scans and not _matcher(UNSCREENED).scans
    assert _term_hits(_TERMS, text) == _term_hits(_matcher(UNSCREENED), text)
    assert _TERMS.find(text) == _matcher(UNSCREENED).find(text)


def test_term_hits_beyond_ascii_overlapping_and_repeated_are_found_by_the_scan(tmp_path: Path) -> None:
    """Keys with letters beyond ASCII, keys inside keys, and text whose bytes and characters differ."""
    pack = _pack(
        tmp_path,
        "terms.yaml",
        "rules:\n"
        "  - {id: hashd, kind: term, category: terminology, message: m, canonical: Popular Mobilization Forces,\n"
        "     variants: ['Ḥashd al-Shaʿbi', popular crowd, popular crowd forces]}\n"
        "  - {id: crowd, kind: term, category: terminology, message: m, canonical: Throng, variants: [crowd]}\n",
    )
    matcher, automaton = _matcher(Normalizer(packs=[pack])), _matcher(Normalizer(packs=[pack], screen=False))
    assert matcher.scans and not automaton.scans
    text = "“ḤASHD AL-SHAʿBI” — the popular crowd forces; a Popular\nCrowd. ★ crowd crowd ḥashd al-shaʿbi"
    assert _term_hits(matcher, text) == _term_hits(automaton, text)
    found = [(c.start, c.end, text[c.start : c.end], c.replacement) for c in matcher.find(text)]
    assert found == [
        (1, 16, "ḤASHD AL-SHAʿBI", "POPULAR MOBILIZATION FORCES"),
        (24, 44, "popular crowd forces", "Popular Mobilization Forces"),
        (48, 61, "Popular\nCrowd", "Popular Mobilization Forces"),
        (65, 70, "crowd", "Throng"),
        (71, 76, "crowd", "Throng"),
        (77, 92, "ḥashd al-shaʿbi", "Popular Mobilization Forces"),
    ]


def test_a_script_trigger_hyperscan_cannot_compile_leaves_that_rule_searching_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not a pack error: the rule runs unscreened, with the same edits, and the rest stay screened."""
    from normalize.kinds import script

    monkeypatch.setattr(script, "script_triggers", lambda rule: ("(?<=x)\\p{Arabic}",))
    normalizer = Normalizer()
    assert normalizer.screen.enabled
    script_ids = {rule.id for rule in normalizer.rules if rule.kind == "script"}
    assert script_ids and not script_ids & normalizer.screen.screened
    assert "stray-capital" in normalizer.screen.screened
    text = "The minister said الحشد the talks would resume, and the leaders Of the factions met."
    assert normalizer.normalize(text).edits == UNSCREENED.normalize(text).edits != []


def test_the_screen_is_cut_into_parts_the_largest_stage_alone() -> None:
    screen = SCREENED.screen
    sizes = [len(part.keys) for part in screen._parts]
    assert len(sizes) == 3 and sizes[1] == max(sizes)
    phrase = [n for n, (stage, kind, _) in enumerate(SCREENED.stages) if stage == "phrase" and kind.name == "pattern"]
    assert [screen.stage_parts[n] for n in phrase] == [1]
    stages = screen.stages
    before = {screen.part_of(key) for n in range(phrase[0]) for key in stages[n]}
    after = {screen.part_of(key) for n in range(phrase[0] + 1, len(stages)) for key in stages[n]}
    assert before == {0} and after == {2}
    assert screen.part_of("no-such-rule") is None


def test_the_parts_find_what_one_database_of_every_trigger_finds() -> None:
    triggers = SCREENED.screen.triggers
    whole = Screen(triggers)
    assert len(whole._parts) == 1
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in INPUTS + CLEAN)
    one, parted = whole.scan(text), SCREENED.screen.scan(text)
    keys = sorted(triggers)
    assert [parted.spans(k) for k in keys] == [one.spans(k) for k in keys]
    assert parted.silent() == one.silent() and len(one.silent()) > 100
    assert sum(bool(one.spans(k)) for k in keys) > 50
    for n in range(3):
        alone = SCREENED.screen.scan(text, part=n)
        assert alone.silent() == one.silent() & SCREENED.screen._parts[n].screened


def test_a_change_costs_a_scan_of_only_the_parts_asked_about_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from normalize.edits import EditTracker
    from normalize.model import Change
    from normalize.rounds import Screening

    screen = SCREENED.screen
    scanned: list[int] = []
    for n, part in enumerate(screen._parts):
        original = part.matches
        monkeypatch.setattr(part, "matches", lambda data, n=n, original=original: scanned.append(n) or original(data))
    tracker = EditTracker(INPUTS[0].read_text(encoding="utf-8"))
    where = Screening(screen, tracker)
    last = screen._parts[2].keys[0]
    where.part = 1
    where.silent()
    where(last)
    assert scanned == [1, 2]
    tracker.apply([Change(0, 0, "A ", "test", "test", "test")])
    where(last)
    assert scanned == [1, 2, 2]  # the phrase rules' part is not scanned again until asked

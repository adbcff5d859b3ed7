"""Session 18, mechanical classes in the shapes a survey of Iraqi MT pages found: datelines
with the outlet hyphened to the city ("Kirkuk-Alsumaria News:"), quotations typed with two
apostrophes, double primes or « » in a text quoting with straight marks, a spaced doubled comma,
a doubled exclamation mark, a quotation's stop glued to the next sentence, a lone space before a
closing quote, "the organization" and "the Daesh" for the group a report names, "Comments Off
on" before the only headline, a spaced "/ End".  Each repair is held to its exact text and rule
ids; the professional English beside each class is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRS = [
    (
        "Kirkuk-Alsumaria News: A security source said two rockets fell near the airport.",
        "Kirkuk (Alsumaria News) - A security source said two rockets fell near the airport.",
        ["dateline-outlet-hyphened"],
    ),
    (
        "Erbil-Kurdistan TV June 3: The national team arrived in the city on Saturday.",
        "Erbil, June 3 (Kurdistan TV) - The national team arrived in the city on Saturday.",
        ["dateline-outlet-hyphened-dated"],
    ),
    (
        "The source told the agency: ''The attackers fled towards the orchards.''",
        'The source told the agency: "The attackers fled towards the orchards."',
        ["apostrophes-for-quotation-marks"],
    ),
    (
        "The coach said ″the players are ready″, and left the hall.",
        'The coach said "the players are ready", and left the hall.',
        ["double-primes-for-quotation-marks"],
    ),
    (
        "Salaries are secured until the end of the year ,, and there is no cut.",
        "Salaries are secured until the end of the year, and there is no cut.",
        ["doubled-mark-after-space"],
    ),
    (
        "No losses were recorded among the security forces!!\nThe operation ended on Friday.",
        "No losses were recorded among the security forces!\nThe operation ended on Friday.",
        ["doubled-exclamation-mark"],
    ),
    (
        'The company said, "The ship unloaded 2,000 containers".The statement added that 14 ships arrived.',
        'The company said, "The ship unloaded 2,000 containers". The statement added that 14 ships arrived.',
        ["quotation-stop-glued-to-next-sentence"],
    ),
    (
        "The area saw attacks by remnants of the Daesh in recent months.",
        "The area saw attacks by remnants of Daesh in recent months.",
        ["the-before-jihadist-group-name"],
    ),
    (
        "A force killed three members of ISIS and destroyed tunnels used by the organization to store weapons.",
        "A force killed three members of ISIS and destroyed tunnels used by ISIS to store weapons.",
        ["organization-for-named-isis"],
    ),
    (
        "Remnants of Daesh attacked a village, and the army blamed sleeper cells of the Organization.",
        "Remnants of Daesh attacked a village, and the army blamed sleeper cells of Daesh.",
        ["organization-for-named-daesh"],
    ),
    (
        "Comments Off on Finance Committee: salaries are secured\n\nBaghdad - A member of the committee said so.",
        "Finance Committee: salaries are secured\n\nBaghdad - A member of the committee said so.",
        ["comments-off-headline"],
    ),
    (
        "The sleeper cells were dismantled, the ministry said. / End\n",
        "The sleeper cells were dismantled, the ministry said.\n",
        ["agency-end-marker"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRS)
def test_mechanical_artefact_is_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


def test_comments_off_line_with_its_title_repeated_goes_whole(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Comments Off on Sadr quits politics\n\nSadr quits politics\n\nMuqtada al-Sadr said on Monday he was quitting.",
        "Sadr quits politics\n\nMuqtada al-Sadr said on Monday he was quitting.",
        ["comments-off-line"],
    )


def test_guillemets_in_curly_quoted_text_stay_curly(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He called it «a historic day», and the envoy said “we agree”.",
        "He called it “a historic day”, and the envoy said “we agree”.",
        ["guillemets"],
    )


KEEP = [
    "BAGHDAD (Reuters) - Iraq's oil ministry said on Monday that exports rose in May.",
    "Kirkuk (Alsumaria News) - A source said so.\nMosul-Dohuk road: the road was closed on Monday.",
    "Erbil-Baghdad Highway: traffic resumed after the storm.",
    "In code, s = '' + name + ''; the group's plan and it's done.",
    "A 5″ pipe and a 7″ valve were fitted; the star moved 12′ 30″ in an hour.",
    "The list reads a,,b in the file, and the year ended quietly.",
    'He posted "Never again!!" on Monday.\nWow!!! That was loud.',
    'The company said, "The ship unloaded." The statement added more. The class "x".Name is code.',
    'Type "yes " or "no"; the prompt "Enter your name: " appears.',
    "The Daesh fighters in Anbar and the ISIS threat to Mosul were discussed; the ISIS of 2014 is gone.",
    "ISIS lost Mosul in 2017; the organization's leaders fled, and analysts say the organization is weaker.",
    "The blog turned Comments Off on Monday for its readers.",
    'He said "we will stay" and left... "We were sending patients to Baghdad... now they stay," he said.',
    "The file is at docs/End.txt; the road runs from Start/End of the map.",
]


@pytest.mark.parametrize("text", KEEP)
def test_professional_english_is_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)

"""A repair that fits the sentence it lands in: case, article and the name's own article.

A rewording put into a title-cased name or headline takes title case ("the Prime Minister",
"the Cybercrime Law", "Was Adjourned"); a name put in for another takes the indefinite article
its own first letter needs ("a Badr Organization commander"); an unseen spelling of a body whose
name goes without "the" takes the article in ("Kata'ib Hezbollah said"), unless a descriptor
noun follows ("the Kata'ib Hezbollah militia").
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_a_title_cased_rendering_takes_title_case(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The head of the ministers chaired the session, and the President of Ministers left.",
        "The prime minister chaired the session, and the Prime Minister left.",
        ["prime-minister-of-the-ministers", "prime-minister-of-the-ministers"],
    )
    assert_repaired(
        normalizer,
        "Parliament in Baghdad read the Information Crimes Law on Monday.",
        "Parliament in Baghdad read the Cybercrime Law on Monday.",
        ["cybercrime-law"],
    )


def test_a_rewording_in_a_title_cased_headline_is_title_cased(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Session Was Raised Until Sunday After a Row in Baghdad",
        "The Session Was Adjourned Until Sunday After a Row in Baghdad",
        ["session-was-adjourned"],
    )


def test_running_text_keeps_lower_case(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The session was raised until Sunday, and the information crimes law was read.",
        "The session was adjourned until Sunday, and the cybercrime law was read.",
        ["session-was-adjourned", "cybercrime-law"],
    )


def test_the_indefinite_article_follows_the_name_put_in(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "In Baghdad, an Organization of Badr commander was wounded.",
        "In Baghdad, a Badr Organization commander was wounded.",
        ["badr"],
    )
    assert_repaired(
        normalizer,
        "In Baghdad, a League of the People of Truth commander was arrested.",
        "In Baghdad, an Asa'ib Ahl al-Haq commander was arrested.",
        ["asaib-ahl-al-haq"],
    )


def test_an_article_that_did_not_agree_is_left_to_the_grammar_rules(normalizer: Normalizer) -> None:
    # "an" never went with "Badr Organization": the writer's article says nothing of the name put in
    assert_untouched(normalizer, "In Baghdad, a Badr Organization commander and an Iraqi officer were wounded.")


def test_an_unseen_spelling_of_a_bare_name_takes_its_article_in(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "In Baghdad, the Kata'eb Hizbullah said on Monday that it would respond.",
        "In Baghdad, Kata'ib Hezbollah said on Monday that it would respond.",
        ["unlisted-body-spelling"],
    )
    assert_repaired(
        normalizer,
        "The Asaeb Ahl al-Haq said on Monday in Baghdad that it would respond.",
        "Asa'ib Ahl al-Haq said on Monday in Baghdad that it would respond.",
        ["unlisted-body-spelling"],
    )


def test_a_descriptor_noun_keeps_the_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "In Baghdad, the Kata'eb Hizbullah militia said on Monday that it would respond.",
        "In Baghdad, the Kata'ib Hezbollah militia said on Monday that it would respond.",
        ["unlisted-body-spelling"],
    )


def test_a_part_of_the_day_after_the_weekday_takes_its_comma_with_it(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry announced yesterday, Sunday evening, the arrest of three suspects.",
        "The ministry announced on Sunday evening the arrest of three suspects.",
        ["today-weekday-part-of-day"],
    )
    assert_repaired(
        normalizer,
        "He resigned today, Sunday evening, after the vote.",
        "He resigned on Sunday evening, after the vote.",
        ["today-weekday-part-of-day"],
    )


def test_a_military_point_of_view_is_no_post(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "From a military point of view, the Iraqi army's withdrawal from Mosul was a rout.")
    assert_repaired(
        normalizer,
        "Gunmen attacked a military point near Daraa in southern Syria.",
        "Gunmen attacked a military post near Daraa in southern Syria.",
        ["security-post-not-point"],
    )

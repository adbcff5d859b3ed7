"""The arabic-structure and calques packs end to end: MT passages repaired exactly, professional English left alone."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.packs import DEFAULT_PACKS, load_packs

from .conftest import assert_untouched

MT_PASSAGE = """Home » News » Iraq » Allawi withdraws from forming the government

Allawi withdraws from forming the government

Comments Off on Allawi withdraws from forming the government

Baghdad - The prime minister-designate, Mohammed Tawfiq Allawi, apologized for forming the government today, \
Sunday, after parliament failed for the second time to vote on his cabinet.

The commissioned prime minister said in a letter to the president that he "refuses to continue at the expense of \
the people",. Added the same source that the blocs had not agreed on the ministers.

The Sadrist movement said in a statement that it respected the decision. She added that the next candidate must be \
independent.

The factions seek to Withstand the pressure, and Muqtada al-Sadr called again for resolving the parliament and \
holding early elections.

In a related context, a security source said that two Katyusha missiles fell near the airport, and a marching plane \
was shot down over the organization Daesh's former positions. The court issued an arrest memorandum against a man \
who attacked a policeman with a white weapon.

The Ministry of Interior, in a statement, that the roads would reopen the past Monday.
"""

REPAIRED = """Allawi withdraws from forming the government

Baghdad - The prime minister-designate, Mohammed Tawfiq Allawi, declined to form the government on Sunday, \
after parliament failed for the second time to vote on his cabinet.

The prime minister-designate said in a letter to the president that he "refuses to continue at the expense of the \
people". The same source added that the blocs had not agreed on the ministers.

The Sadrist movement said in a statement that it respected the decision. It added that the next candidate must be \
independent.

The factions seek to withstand the pressure, and Muqtada al-Sadr called again for dissolving the parliament and \
holding early elections.

In a related development, a security source said that two Katyusha rockets fell near the airport, and a drone was \
shot down over Daesh's former positions. The court issued an arrest warrant against a man who attacked a policeman \
with a bladed weapon.

The Ministry of Interior, in a statement, that the roads would reopen last Monday.
"""

# Professional English that looks like each pattern: a woman named before "She added", "Said" as a
# name, inversion in quotations and journalese, "the organization" on its own, a headline in title
# case, "this past Monday", "Today, Sunday," as a subject, an apology that is one, Europe's President.
PROFESSIONAL = """Iraq Seeks to Withstand Pressure From Washington

BAGHDAD (Wire) - Health Minister Hanan al-Fatlawi toured the new ward on Sunday. She said the hospital would take \
patients this past Monday, and she added that staff had been trained.

The ministry said the ward had cost $4 million. She added that more beds were coming. Said Jaber, a hospital \
administrator, said that the beds arrived in March.

"It will not be easy," said the spokesman. Said a spokesman for the coalition: "We are delighted with the result."

The terrorist organization ISIS claimed the attack, and the group said its fighters had withdrawn. Prime \
Minister-designate Mohammed Allawi apologized for the delay and later withdrew from forming the government.

Talks failed to resolve the parliament's deadlock. The President of the European Parliament met Speaker Nabih Berri \
in Beirut; the two men kept in telephone contact afterwards.

Three Katyusha rockets hit the airport, and a knife was found near the White House. The shop sells the expensive and \
the cheap. He blamed the government, Iraqi officials said. She donated to Save the Children.

Today, Sunday, is a public holiday, and the offices are open today, Saturday, and Sunday. In the last days of the \
campaign, turnout rose. To change it, click Home » Settings » Privacy.

"Come in," she said. The poem reads: "Said the raven, nevermore." In the report it is mentioned that the vote was \
held in 2021, and the sons of the founder run the firm. The talks collapsed, which led to new clashes.
"""


# More of the same: an anniversary "Today, Sunday,", a show's name after "on", a group's name made of
# common nouns, an apology that is one, a nationality after a comma, real wheels, Europe's President.
PROFESSIONAL_MORE = (
    "Today, Sunday, marks the tenth anniversary of the liberation of Mosul, officials said.\n"
    "\n"
    "The commission met on the day of Sunday's vote and again the following week. "
    "Over the past few days, aid arrived.\n"
    "\n"
    "She appeared on Face the Nation and said she would return to Baghdad on Monday.\n"
    "\n"
    "A group called Families for Justice said the Salaries Committee met on Monday.\n"
    "\n"
    'The minister said: "We will stay." Then she left, and the ministry said nothing more.\n'
    "\n"
    "He apologized for forming the committee without consulting the board.\n"
    "\n"
    "Kurdish forces and Iraqi troops met; the forces, Iraqi officials said, were ready.\n"
    "\n"
    "The army's rear wheels were stuck, and the police vehicles waited.\n"
    "\n"
    "The Popular Mobilization Forces (PMF), which fought in 2014, denied it. "
    "The ministry's statement, issued on Monday, was short.\n"
    "\n"
    '"It was a historic day," she said. In a related development, the talks resumed.\n'
    "\n"
    "The Speaker of the Lebanese Parliament, Nabih Berri, met "
    "the President of the European Parliament in Beirut.\n"
    "\n"
    "Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, said the group would not disband.\n"
    "\n"
    "Security points of view differ, he said, and the sniper's rifle was found.\n"
)


def test_the_new_packs_are_default_packs() -> None:
    assert {"arabic-structure", "calques"} <= set(DEFAULT_PACKS)
    names = [pack.name for pack in load_packs(None)]
    assert "arabic-structure" in names and "calques" in names


def test_an_mt_passage_is_repaired_exactly(normalizer: Normalizer) -> None:
    result = normalizer.normalize(MT_PASSAGE)
    assert result.text == REPAIRED
    changes = [(e.rule, MT_PASSAGE[e.start : e.end], e.replacement) for e in result.edits]
    assert changes == [
        ("breadcrumb-line", "Home » News » Iraq » Allawi withdraws from forming the government\n\n", ""),
        ("comments-off-line", "Comments Off on Allawi withdraws from forming the government\n\n", ""),
        ("apologized-for-forming", "apologized for forming", "declined to form"),
        ("today-weekday", "today, Sunday", "on Sunday"),
        ("prime-minister-designate", "commissioned prime minister", "prime minister-designate"),
        ("doubled-final-punctuation", ",", ""),
        ("verb-first-reporting", "Added the same source", "The same source added"),
        ("feminine-pronoun-for-body", "She", "It"),
        ("capital-mid-sentence", "Withstand", "withstand"),
        ("dissolve-not-resolve", "resolving ", "dissolving "),
        ("related-context", "In a related context", "In a related development"),
        ("katyusha-rockets", "Katyusha missiles", "Katyusha rockets"),
        ("drone-calque", "marching plane", "drone"),
        ("organization-before-daesh", "the organization ", ""),
        ("arrest-warrant", "arrest memorandum", "arrest warrant"),
        ("white-weapon", "white ", "bladed "),
        ("the-past-weekday", "the past ", "last "),
    ]
    assert [(f.rule, MT_PASSAGE[f.start : f.end]) for f in result.flags] == [
        ("dropped-reporting-verb", "in a statement, that")
    ]
    assert normalizer.normalize(result.text).edits == []  # a fixed point


@pytest.mark.parametrize("text", [PROFESSIONAL, PROFESSIONAL_MORE], ids=["wire", "more"])
def test_professional_english_is_left_alone(text: str, normalizer: Normalizer) -> None:
    assert_untouched(normalizer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "She" for the body, in a chain of one-sentence paragraphs and after a quotation.
        (
            "The Ministry of Health said the hospital had reopened.\n\nShe added that ten beds were ready.",
            "The Ministry of Health said the hospital had reopened.\n\nIt added that ten beds were ready.",
        ),
        (
            "In a statement, the army said the road was open. “No one was hurt,” she added.",
            "In a statement, the army said the road was open. “No one was hurt,” it added.",
        ),
        # A woman named earlier: "she" is hers.
        (
            "Spokeswoman Rana Khalil spoke first. The ministry said the road was open. She added that it was safe.",
            "Spokeswoman Rana Khalil spoke first. The ministry said the road was open. She added that it was safe.",
        ),
        (
            "The Islamic Resistance said in her statement that the drone hit its target.",
            "The Islamic Resistance said in its statement that the drone hit its target.",
        ),
        ("The delegation met the side Iraqi.", "The delegation met the Iraqi side."),
        (
            "Clashes broke out yesterday evening, Monday, near the airport.",
            "Clashes broke out on Monday evening near the airport.",
        ),
        ("Families fled during the past hours.", "Families fled during the past few hours."),
        ("The session will be held on the day of Sunday.", "The session will be held on Sunday."),
        ("He said.“We will stay.”", "He said: “We will stay.”"),
        ("He wrote: “.The vote was rigged.”", "He wrote: “The vote was rigged.”"),
        ("It was hit.“Two died,” he said.", "It was hit. “Two died,” he said."),
        (
            "He called it “a farce”,and the PMF (Hashd),which fought in 2014,denied it.",
            "He called it “a farce”, and the PMF (Hashd), which fought in 2014, denied it.",
        ),
        ("The court sentenced him to death by hanging until death.", "The court sentenced him to death by hanging."),
        ("An adhesive charge exploded under a car.", "A sticky bomb exploded under a car."),
        ("Iraq's President of Parliament met the envoy.", "Iraq's Speaker of Parliament met the envoy."),
        ("He received a phone contact from the emir.", "He received a phone call from the emir."),
        ("The minister stressed on the need for calm.", "The minister stressed the need for calm."),
        ("The sons of the province rejected it.", "The people of the province rejected it."),
        ("the killing of two and the injury of five others", "the killing of two and the wounding of five others"),
        ("ready to sacrifice the precious and the cheap for Iraq", "ready to sacrifice everything for Iraq"),
        (
            "Said the spokesman for the Ministry of Interior, Ali Saad, that the road was open.",
            "The spokesman for the Ministry of Interior, Ali Saad, said that the road was open.",
        ),
        ("Adds the same source that it burned.", "The same source added that it burned."),
        ("Stressed the ministry that calm had returned.", "The ministry stressed that calm had returned."),
        ("The ministry stated in a statement that output rose.", "The ministry said in a statement that output rose."),
        ("The ministry stressed on its commitment to the deal.", "The ministry stressed its commitment to the deal."),
        (
            "Three members of the organization Daesh were killed, and the organization's remnants fled.",
            "Three members of Daesh were killed, and the group's remnants fled.",
        ),
        ("He praised the forces heroine that won.", "He praised the heroic forces that won."),
        ("He thanked the countries friendly that helped.", "He thanked the friendly countries that helped."),
        ("The court ruled on Monday 27/December/2021.", "The court ruled on Monday, December 27, 2021."),
        (
            "The al-Sadr said it would go on; the al-Sadr's office agreed.",
            "Al-Sadr said it would go on; al-Sadr's office agreed.",
        ),
        ("“The road is open.” the ministry said.", "“The road is open,” the ministry said."),
        ("The talks ended.\n\nSource link\n\nRelated Articles\n\nEnd.", "The talks ended.\n\nEnd."),
        (
            "Visitors of Imam Hussein reached Karbala for the Arbaeen visit.",
            "Pilgrims of Imam Hussein reached Karbala for the Arbaeen pilgrimage.",
        ),
        ("Trucks queued at the border outlets.", "Trucks queued at the border crossings."),
        ("He threw a hand bomb.", "He threw a hand grenade."),
        ("Baghdad recorded 21 new injuries with Corona.", "Baghdad recorded 21 new cases of Corona."),
        ("Gunmen attacked two security points in Mosul.", "Gunmen attacked two checkpoints in Mosul."),
        (
            "The Sistani office said the supreme religious reference in Najaf called for calm.",
            "The Sistani office said the supreme religious authority in Najaf called for calm.",
        ),
        ("Iraq's commissioned prime minister met the blocs.", "Iraq's prime minister-designate met the blocs."),
        ("A source who refused to reveal his name said so.", "A source who declined to be named said so."),
        ("The rocket damaged four civilian wheels.", "The rocket damaged four civilian vehicles."),
        ("The government of conducting daily affairs met.", "The caretaker government met."),
        ("They formed the most numerous bloc.", "They formed the largest bloc."),
        ("He lost his movable and immovable funds.", "He lost his movable and immovable property."),
        ("He was shot with a sniper weapon.", "He was shot with a sniper rifle."),
        ("Two men were killed on the hands of gunmen.", "Two men were killed at the hands of gunmen."),
        ("The talks ended. From his side, the envoy left.", "The talks ended. For his part, the envoy left."),
        ("He urged them to hand over Weapons to the state.", "He urged them to hand over weapons to the state."),
        ("The vote was on the tenth of October (2021).", "The vote was on October 10, 2021."),
    ],
)
def test_one_pattern_each(text: str, expected: str, normalizer: Normalizer) -> None:
    assert normalizer.normalize(text).text == expected


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        (
            "The ministry said Minister Jaafar had left. She added that talks would follow.",
            "feminine-pronoun-unclear",
            "She",
        ),
        ("Wrote the minister in a long post on Monday: “The vote is a farce.”", "verb-first-reporting-flag", "Wrote"),
        (
            "The agency, a source in the alliance as saying that the talks failed.",
            "dropped-reporting-verb",
            "as saying",
        ),
        ("The envoy apologized from attending the session.", "apologized-declined", "apologized from attending"),
        ("The talks collapsed, the thing that led to new clashes.", "the-thing-that", ", the thing that"),
        ("Relations soured on the background of the border dispute.", "on-the-background-of", "on the background of"),
        ("The army took over the security file in Basra.", "ministry-file", "the security file"),
        ("The envoy met the council. Al-Manfi the need to agree on the laws.", "dropped-reporting-verb", "Al-Manfi"),
    ],
)
def test_review_cases_are_flagged_not_changed(text: str, rule: str, flagged: str, normalizer: Normalizer) -> None:
    result = normalizer.normalize(text)
    assert result.edits == []
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [(rule, flagged)]


def test_documents_joined_in_a_batch_get_the_same_edits(normalizer: Normalizer) -> None:
    """normalize_many joins documents; a woman in one must not keep "she" in the next as hers."""
    docs = [
        "Spokeswoman Rana Khalil spoke first.",
        "The ministry said the road was open. She added that it was safe.",
        "Home » News » Roads reopen\n\nRoads reopen\n\nThe road is open.",
        "Comments Off on Roads reopen\n\nThe road is open.",
    ]
    alone = [normalizer.normalize(doc).text for doc in docs]
    assert [result.text for result in normalizer.normalize_many(docs)] == alone
    assert alone[1:] == [
        "The ministry said the road was open. It added that it was safe.",
        "Roads reopen\n\nThe road is open.",
        # the title the line names is found nowhere else: only the prefix goes (comments-off-headline)
        "Roads reopen\n\nThe road is open.",
    ]

"""Session 17, idioms: multi-word Arabic set phrases of news carried over word for word
(ihya' al-dhikra "revive the anniversary", rafa' al-jalsa "lift the session", alqa kalima
"delivered a word", al-tabadul al-tijari "trade exchange", qata' al-tariq "cut off the road",
al-murabba' al-dhahabi "the golden square" ...).  Each repair is held to its exact text and
rule ids; the professional English beside each class is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRS = [
    (
        "Crowds gathered in Kadhimiya to revive the anniversary of the death of Imam Musa al-Kadhim,"
        " and pilgrims revived the rituals at the shrine.",
        "Crowds gathered in Kadhimiya to mark the anniversary of the death of Imam Musa al-Kadhim,"
        " and pilgrims observed the rituals at the shrine.",
        ["mark-not-revive-the-anniversary", "observe-not-revive-the-rituals"],
    ),
    (
        "The Sadrist movement organized a millionth demonstration in Tahrir Square on Friday.",
        "The Sadrist movement organized a million-strong demonstration in Tahrir Square on Friday.",
        ["million-strong-not-millionth"],
    ),
    (
        "Pilgrims in Karbala prepared for the millionth visit of mid-Sha'ban.",
        "Pilgrims in Karbala prepared for the million-strong pilgrimage of mid-Sha'ban.",
        ["million-strong-pilgrimage-not-millionth-visit"],
    ),
    (
        "The speaker lifted today's session until further notice.",
        "The speaker adjourned today's session until further notice.",
        ["adjourned-not-lifted-the-session"],
    ),
    (
        "The governor delivered a word at the graduation ceremony of the police college.",
        "The governor gave a speech at the graduation ceremony of the police college.",
        ["gave-a-speech-not-delivered-a-word"],
    ),
    (
        "During their reception of the UN envoy, the leaders of the blocs stressed the need for dialogue.",
        "When they received the UN envoy, the leaders of the blocs stressed the need for dialogue.",
        ["when-he-received-not-during-his-reception"],
    ),
    (
        "The minister said the volume of trade exchange with Iran reached ten billion dollars.",
        "The minister said the volume of trade with Iran reached ten billion dollars.",
        ["trade-not-trade-exchange"],
    ),
    (
        "Protesters cut off the bridge in Nasiriyah demanding the dismissal of the governor.",
        "Protesters blocked the bridge in Nasiriyah demanding the dismissal of the governor.",
        ["blocked-not-cut-off-the-road"],
    ),
    (
        "The command imposed a curfew of wandering in Tuz Khurmatu after the clashes.",
        "The command imposed a curfew in Tuz Khurmatu after the clashes.",
        ["curfew-not-curfew-of-wandering"],
    ),
    (
        "The minister visited the hospital to stand on the reality of the services provided to patients.",
        "The minister visited the hospital to assess the state of the services provided to patients.",
        ["assess-not-stand-on-the-reality"],
    ),
    (
        "The coach said his players presented a great level against the leaders.",
        "The coach said his players put in a great performance against the leaders.",
        ["put-in-a-performance-not-presented-a-level"],
    ),
    (
        "Erbil reached the golden square of the league cup after beating Duhok on penalties.",
        "Erbil reached the semi-finals of the league cup after beating Duhok on penalties.",
        ["semi-finals-not-golden-square"],
    ),
    (
        "The municipality will place the foundation stone of the bridge next month.",
        "The municipality will lay the foundation stone of the bridge next month.",
        ["laid-the-foundation-stone-not-put"],
    ),
    (
        "The ministry opened the door of registration for the housing loans.",
        "The ministry opened registration for the housing loans.",
        ["opened-applications-not-the-door-of-applying"],
    ),
    (
        "The council declared an official mourning for seven days.",
        "The council declared seven days of official mourning.",
        ["declared-days-of-mourning"],
    ),
    (
        "The defender scored the goal of the equalizer in the 90th minute of the match.",
        "The defender scored the equaliser in the 90th minute of the match.",
        ["winning-goal-not-goal-of-the-victory"],
    ),
    (
        "It is scheduled that the delegation will arrive in Ankara on Sunday.",
        "The delegation is scheduled to arrive in Ankara on Sunday.",
        ["is-scheduled-to-not-it-is-scheduled-that"],
    ),
    (
        "The match ended with a positive tie, and Naft Al-Wasat beat Al-Karkh with two clean goals in the league.",
        "The match ended in a score draw, and Naft Al-Wasat beat Al-Karkh 2-0 in the league.",
        ["ended-in-a-draw-not-with", "positive-tie-score-draw", "score-in-words"],
    ),
    (
        "The deputies failed to complete the legal quorum for the second time.",
        "The deputies failed to reach a quorum for the second time.",
        ["reach-a-quorum-not-the-legal-quorum"],
    ),
    (
        "Two teams drew with a positive tie 1-1 in the league match in Basra.",
        "Two teams drew 1-1 in the league match in Basra.",
        ["drew-not-drew-with-a-tie"],
    ),
    (
        "The committee caught the official in the flagrant act,"
        " and the body of a guard was found thrown near the gate.",
        "The committee caught the official red-handed, and the body of a guard was found dumped near the gate.",
        ["red-handed-not-in-the-flagrant-act", "found-dumped-not-found-thrown"],
    ),
    (
        "The minister opened the works of the investment forum in Erbil.",
        "The minister opened the investment forum in Erbil.",
        ["the-conference-not-the-works-of-the-conference"],
    ),
    (
        "Hundreds performed the prayer on the body of the journalist,"
        " and the reason for his death was due to a heart attack.",
        "Hundreds performed the funeral prayer for the journalist, and the reason for his death was a heart attack.",
        ["funeral-prayer-for-not-prayer-on-the-body", "the-reason-is-not-the-reason-is-due-to"],
    ),
    (
        "The mayor made a field tour in the old market and will pay a field visit to the bus station.",
        "The mayor toured the old market and will visit the bus station.",
        ["toured-not-made-a-field-tour", "visited-not-paid-a-field-visit"],
    ),
    (
        "The budget committee resumed its works on Sunday; the ministry gives a big importance to the dams.",
        "The budget committee resumed its work on Sunday; the ministry attaches great importance to the dams.",
        ["concluded-its-work-not-its-works", "attaches-importance-not-gives"],
    ),
    (
        "The agreement enjoys a special importance for the farmers.",
        "The agreement is of special importance for the farmers.",
        ["is-of-great-importance-not-enjoys"],
    ),
    (
        "The Olympic team qualified to the semi-finals of the West Asian championship.",
        "The Olympic team qualified for the semi-finals of the West Asian championship.",
        ["qualified-for-not-qualified-to"],
    ),
    (
        "The water plant was rehabilitated with local cadres in a record time.",
        "The water plant was rehabilitated by local staff in record time.",
        ["by-local-workers-not-with-local-hands", "in-record-time-not-in-a-record-time"],
    ),
    (
        "The speaker hosted the two leaders in an attempt to bring the views closer.",
        "The speaker hosted the two leaders in an attempt to narrow the differences.",
        ["narrow-differences-not-bring-views-closer"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRS, ids=[r[2][0] for r in REPAIRS])
def test_calqued_phrase_is_rewritten(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules, any_order=True)


def test_radical_solutions_are_flagged_not_rewritten(normalizer: Normalizer) -> None:
    result = normalizer.normalize("The government is seeking radical solutions to the housing crisis.")
    assert result.text == "The government is seeking radical solutions to the housing crisis."
    assert [flag.rule for flag in result.flags] == ["lasting-not-radical-solutions"]


KEPT = [
    "The plan aims to revive the economy, and talks to revive the truce failed in Karbala.",
    "The museum welcomed its millionth visitor, and a million-strong march set off.",
    "The speaker adjourned the session, and the government lifted the ban on imports.",
    "The minister delivered a word of thanks to the volunteers and gave a speech.",
    "The reception of the television signal was poor during the storm.",
    "The grain is traded on a commodity exchange, and trade between the two countries grew.",
    "The floods cut off the road to the village, and the army cut the road between the two towns.",
    "The city imposed a curfew, and the ban on roaming dogs was lifted.",
    "The statue stands on the edge of the square, and inspectors assessed the state of the work.",
    "The players showed a high level of fitness and put in a good performance.",
    "The officers of the Golden Square seized Baghdad in 1941.",
    "Trust is the cornerstone of the plan, and the governor laid the foundation stone.",
    "The company delivered the project on schedule and within the specified time.",
    "The deal opened the door to talks on the border.",
    "The judge called it a flagrant act of defiance.",
    "The government declared three days of official mourning.",
    "The goal of the team is to win the league match.",
    "The governor announced a holiday for tomorrow and the day after tomorrow.",
    "A body was found dumped in the river; the stone was thrown in anger.",
    "The delay is due to the rain; for that reason the match was moved.",
    "The team won the first leg 2-0, and the return match is in Tehran.",
    "The cleric called for unity, and the blocs closed ranks.",
    "The minister is scheduled to visit Tehran; it is expected that he will return on Monday.",
    "The conference opened, and the works of the exhibition were sold.",
    "The session was adjourned for lack of a quorum.",
    "The council voted on the law as a whole; the crisis in its totality is hard to grasp.",
    "The students went on a field trip, and the company completed its works on the bridge.",
    "The players enjoy the support of the fans; she is qualified to teach the final year.",
    "The sprinter finished in a record time of 9.58 seconds, and the city fell into Iraqi hands.",
    "The team's coach said the dam on the river showed a low level.",
    "The goal of the draw is to seed the teams before the league match.",
]


@pytest.mark.parametrize("text", KEPT)
def test_professional_english_is_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)

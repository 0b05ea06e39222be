"""Categories found by the blind corpus round 19 (tests/corpus/fresh17.jsonl).

Each test holds sentences that are not in the corpus, and a counter-case that the new
rule must not sweep up (docs/reading.md, round 19).
"""

from __future__ import annotations

import pytest

from flows.checklist import read_checklist
from flows.facts import UNSURE
from flows.questions import QUESTIONS
from flows.reading import Certainty, read


def test_a_hedged_item_beside_a_plain_one_is_asked_not_left_out() -> None:
    screen = next(q for q in QUESTIONS if "fever" in q.group and q.items)
    text = "bit hot and shivery tonight i reckon? and i fell down the stairs on monday"
    found = read_checklist(screen, list(screen.group), text, False, {})
    assert found.values.get("trauma") is True
    # the fever is neither taken as a "no" nor dropped: it gets its own question
    assert "fever" not in found.values
    assert found.one_by_one


def test_a_plain_list_still_leaves_out_what_it_does_not_name() -> None:
    screen = next(q for q in QUESTIONS if "fever" in q.group and q.items)
    found = read_checklist(screen, list(screen.group), "I fell down the stairs", False, {})
    assert found.values.get("trauma") is True
    assert not found.one_by_one


@pytest.mark.parametrize(
    "text",
    [
        "feeling feverish, might that be an infection?",
        "bit clammy, could it be a chest infection or something",
    ],
)
def test_a_cause_wondered_about_is_no_infection_had(text: str) -> None:
    assert read(text, "infection_risk").value is not True


def test_an_infection_had_is_still_one() -> None:
    assert read("I had a chest infection a fortnight ago", "infection_risk").value is True


@pytest.mark.parametrize(
    "text",
    [
        "two leg hurting now, first only right",
        "it was only ever the left, now the right too",
    ],
)
def test_only_one_side_in_the_past_is_no_no_to_both_legs_now(text: str) -> None:
    reading = read(text, "both_legs")
    assert reading.value is True


def test_one_side_now_after_both_in_the_past_is_still_one() -> None:
    reading = read("used to be both legs years back, now only the right", "both_legs")
    assert reading.value is False


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "the only thing leaking in this house is the roof. no"),
        ("saddle_numbness", "only numb thing round here is my husband's sense of humour. no"),
        ("leg_weakness", "no weakness, the only thing that gave way was the deckchair"),
    ],
)
def test_a_symptom_given_to_no_part_of_the_body_is_a_joke_and_the_no_is_shown_back(
    fact: str, text: str
) -> None:
    reading = read(text, fact)
    assert reading.value in (False, "none")
    assert reading.certainty is Certainty.likely
    assert not any(a.fact == fact for a in reading.red_flags)


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("saddle_numbness", "the only numb bit is my bottom"),
        ("leg_weakness", "the only thing that gave way was my right knee"),
    ],
)
def test_the_only_thing_is_no_joke_when_it_is_the_body(fact: str, text: str) -> None:
    assert read(text, fact).value in (True, "stable", "worsening")


@pytest.mark.parametrize(
    "text",
    [
        "my foot won't lift properly, it scuffs on the floor",
        "the toes drag along the floor when i walk",
    ],
)
def test_a_foot_that_does_not_lift_is_weakness(text: str) -> None:
    assert read(text, "leg_weakness").value in ("stable", "worsening")


def test_a_weakness_not_like_this_on_a_day_named_is_worsening() -> None:
    text = "my left leg is properly weak now, it was not like this on monday"
    assert read(text, "leg_weakness").value == "worsening"


def test_a_carer_tells_a_leg_that_went_from_under_her() -> None:
    text = "typing for my mum, her left leg went from under her in the garden"
    reading = read(text, "leg_weakness")
    assert reading.value in ("stable", "worsening")


@pytest.mark.parametrize(
    "text",
    [
        "i feel like i haven't finished, there's still some left",
        "never quite finish when i wee these days",
    ],
)
def test_not_emptying_told_in_everyday_words_is_a_yes(text: str) -> None:
    assert read(text, "bladder_bowel").value is True


def test_a_meal_not_finished_is_not_retention() -> None:
    assert read("no, I never finish my dinner though", "bladder_bowel").value is not True


@pytest.mark.parametrize(
    "text",
    [
        "down there feels like after the dentist injection",
        "it goes a bit dead when i sit on the loo seat",
    ],
)
def test_the_dentist_and_the_seat_one_goes_on_are_the_saddle(text: str) -> None:
    assert read(text, "saddle_numbness").value in (True, UNSURE)


@pytest.mark.parametrize(
    "text",
    [
        "the nurse said she'd call me back but no one has",
        "left a message with the chemo line, still waiting",
    ],
)
def test_a_message_nobody_answered_is_no_team_told(text: str) -> None:
    assert read(text, "team_aware").value is not True


def test_a_team_that_rang_back_knows() -> None:
    assert read("yes they know, the nurse rang me back", "team_aware").value is True


@pytest.mark.parametrize("text", ["I'd prefer not to say", "pass on that one thanks"])
def test_declining_a_red_flag_question_is_not_sure(text: str) -> None:
    assert read(text, "sexual_change").value == UNSURE


def test_coming_off_a_drug_is_no_fall() -> None:
    reading = read("came off letrozole in the summer", "treatment")
    assert not any(a.fact == "trauma" for a in reading.red_flags)
    assert read("came off my bike last week", "trauma").value is True


@pytest.mark.parametrize(
    ("fact", "text", "expected"),
    [
        ("cancer_type", "colin cancer, they took part of the bowel", "colorectal"),
        ("had_physio", "saw a physio, the stretches do help", "helped"),
        ("duration", "fife weeks or so", 35),
    ],
)
def test_slips_and_learners_words(fact: str, text: str, expected: object) -> None:
    assert read(text, fact).value == expected


def test_the_only_one_told_put_down_to_a_cause_then_a_no_is_a_no_shown_back() -> None:
    text = "only numb bum i've had was from the long drive to cornwall. no, nothing else"
    reading = read(text, "saddle_numbness")
    assert reading.value is False
    assert reading.certainty is Certainty.likely


def test_what_follows_the_cause_is_judged_on_its_own() -> None:
    reading = read("the only problem is from my bladder leaking", "bladder_bowel")
    assert reading.value is True


def test_a_learners_plural_names_someone_else() -> None:
    reading = read("my childrens had the fever, me no", "fever")
    assert reading.value is not True
    assert not any(a.fact == "fever" for a in reading.red_flags)


def test_no_sex_life_to_judge_by_is_not_sure() -> None:
    reading = read("not really applicable, no sex for years", "sexual_change")
    assert reading.value == UNSURE


def test_joints_that_feel_old_are_stiff() -> None:
    assert read("my joints feel ancient since the letrozole", "joint_stiffness").value is True

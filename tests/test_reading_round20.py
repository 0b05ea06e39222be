"""Categories found by the blind corpus round 20 (tests/corpus/fresh18.jsonl).

Each test holds sentences that are not in the corpus, and a counter-case that the new
rule must not sweep up (docs/reading.md, round 20).
"""

from __future__ import annotations

import pytest

from flows.facts import UNSURE
from flows.reading import Certainty, read


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "wet myself laughing at the question lol, but no"),
        ("leg_weakness", "I go weak at the knees for a good curry, legs are fine otherwise"),
        ("leg_numbness", "honestly numb to it all now, but the leg has feeling"),
        ("fever", "only fever of excitement here, no"),
        ("both_legs", "it aches on both sides of my lower back, but only the right leg"),
    ],
)
def test_idioms_of_a_symptom_raise_nothing(fact: str, text: str) -> None:
    reading = read(text, fact)
    assert reading.value in (False, "none", None)
    assert not any(a.fact == fact for a in reading.red_flags)


def test_a_real_accident_beside_the_idiom_is_still_one() -> None:
    text = "I nearly wet myself laughing, but I did wet myself in bed last night too"
    assert read(text, "bladder_bowel").value is True


def test_a_no_then_actually_tells_what_follows() -> None:
    text = "sneezed a lot, no actually I wet myself when I stood up"
    reading = read(text, "bladder_bowel")
    assert reading.value is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("both_legs", "it began on the left and now the right is aching too"),
        ("both_legs", "pins and needles in boat legs"),
        ("saddle_numbness", "inside of thighs numb since monday"),
        ("saddle_numbness", "like sitting on a bag of ice down below"),
    ],
)
def test_everyday_and_dictated_words_for_red_flags(fact: str, text: str) -> None:
    assert read(text, fact).value is True


def test_a_question_that_says_the_patient_has_it_tells() -> None:
    reading = read("is it normal for your bum to go numb? because mine does", "saddle_numbness")
    assert reading.value is True
    # a question alone still only asks, and "i have" may tell something else
    assert read("is it normal for your bum to go numb?", "saddle_numbness").value is None
    assert read("what is a weak immune system? I have asthma", "infection_risk").value is None


def test_a_fever_put_down_to_a_bug_is_still_a_fever() -> None:
    text = "sweats and shivers all night, probably just the flu going round"
    assert read(text, "fever").value is True
    # the cold of a room still explains a shiver away
    assert read("a bit shivery? could just be cold in here", "fever").value == UNSURE


def test_a_feeling_put_on_another_part_is_not_the_saddle() -> None:
    reading = read("oh sure, and my face is numb too. No.", "saddle_numbness")
    assert reading.value is False
    # with a "yes" opening the joke, the yes is shown back, never raised at once
    mocked = read("oh yes and my face is numb too. No.", "saddle_numbness")
    assert mocked.certainty is Certainty.likely
    assert not any(a.fact == "saddle_numbness" for a in mocked.red_flags)


def test_a_leak_no_different_now_from_years_ago_is_no_new_one() -> None:
    text = "a little leak when I cough since the twins, it's no different now"
    assert read(text, "bladder_bowel").value is False


def test_a_leg_that_will_not_lift_is_raised_at_another_question() -> None:
    reading = read("fine down there, but my leg, it will not lift properly", "sexual_change")
    assert any(a.fact == "leg_weakness" for a in reading.red_flags)


@pytest.mark.parametrize(
    ("fact", "text", "expected"),
    [
        ("cancer_type", "cancer of my whom", "gynaecological"),
        ("saddle_numbness", "nthn odd there", False),
    ],
)
def test_slips(fact: str, text: str, expected: object) -> None:
    assert read(text, fact).value == expected


def test_a_side_told_beside_a_bare_yes_at_the_checklist_is_not_a_no_to_both_legs() -> None:
    from flows.checklist import read_checklist
    from flows.questions import QUESTIONS

    checklist = next(q for q in QUESTIONS if "both_legs" in q.group and q.items)
    text = "yes, and on the left it goes past the knee"
    found = read_checklist(checklist, list(checklist.group), text, False, {})
    assert "both_legs" not in found.values
    assert found.one_by_one


def test_no_thermometer_is_not_a_no_to_fever() -> None:
    reading = read("he feels warm but says he's fine. we've no thermometer", "fever")
    assert reading.value == UNSURE


def test_a_growth_asked_about_is_not_sure() -> None:
    text = "had abnormal cells burnt off years ago, they said pre-cancer, does that count?"
    assert read(text, "cancer_history").value == UNSURE
    assert read("a benign cyst removed, that's all", "cancer_history").value == "none"

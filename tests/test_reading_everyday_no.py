"""Everyday ways of saying "no" or "yes" that are not the words "no" and "yes".

Each test is a category (docs/reading.md), with a counter-case that must not be
swept up by it: a phrase for "all normal", a "no" dated by "since ...", a bare "no"
before a symptom told with its own "not", places above the knee, a day cut down.
"""

from __future__ import annotations

import pytest

from flows.facts import UNSURE
from flows.reading import Certainty, read


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("saddle_numbness", "everything feels as it should down below, dear"),
        ("saddle_numbness", "everything works as it should"),
        ("sexual_change", "everything's in working order"),
        ("bladder_bowel", "all in working order down there"),
    ],
)
def test_working_as_it_should_is_a_no(fact: str, text: str) -> None:
    assert read(text, fact).value is False


def test_not_working_as_it_should_is_no_no() -> None:
    assert read("yes, not working as it should", "bladder_bowel").value is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("joint_stiffness", "knees been bad since i was 40, nothing new since the tabs"),
        (
            "bladder_bowel",
            "he's had the prostate thing for years, but nothing new since his back started",
        ),
    ],
)
def test_nothing_new_since_the_start_is_a_no(fact: str, text: str) -> None:
    assert read(text, fact).value is False


def test_an_event_then_nothing_new_since_then_is_the_event() -> None:
    # "since then" points back at the wetting: it is the new thing
    reading = read("i wet myself yesterday, nothing new since then though", "bladder_bowel")
    assert reading.value is True
    assert [flag.fact for flag in reading.red_flags] == ["bladder_bowel"]


def test_nothing_different_since_they_saw_me_says_the_team_knows() -> None:
    # at the team question a "no" word is not a "no": the same since the team saw it
    text = "mine yes, the team know, nothing different since they saw me"
    assert read(text, "team_aware").value is not False


@pytest.mark.parametrize(
    "text",
    [
        "no since monday i cant feel when i need to go",
        "no, since monday i cant feel when i need to go",
    ],
)
def test_a_bare_no_does_not_deny_a_symptom_told_with_its_own_not(text: str) -> None:
    reading = read(text, "bladder_bowel")
    assert reading.value is True
    assert [flag.fact for flag in reading.red_flags] == ["bladder_bowel"]


@pytest.mark.parametrize("text", ["no not had any accidents", "nope, never lost control"])
def test_a_no_before_a_denied_symptom_is_still_a_no(text: str) -> None:
    assert read(text, "bladder_bowel").value is False


@pytest.mark.parametrize(
    "text",
    [
        "nobody's told me anything like that, love",
        "doctor say it go to the liver, not the bone",
    ],
)
def test_told_nothing_of_the_bones_is_a_no(text: str) -> None:
    assert read(text, "bone_mets").value == "no"


def test_in_the_bone_not_the_liver_is_a_yes() -> None:
    assert read("they said it's in the bone, not the liver", "bone_mets").value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "just my bottom and the top of my leg, dear",
        "mostly my bum and the back of my thigh i think",
    ],
)
def test_places_above_the_knee_alone_are_a_no(text: str) -> None:
    assert read(text, "pain_below_knee").value is False


@pytest.mark.parametrize(
    "text",
    [
        "mostly the thigh but it goes to my foot at night",
        "the back of my thigh and down to my calf",
    ],
)
def test_the_thigh_then_below_the_knee_is_a_yes(text: str) -> None:
    assert read(text, "pain_below_knee").value is True


def test_still_doing_the_day_is_not_limited() -> None:
    text = "i can still do my shopping and potter in the garden, slowly."
    assert read(text, "function_limited").value is False


@pytest.mark.parametrize(
    "text",
    ["i can still walk the dog but not much else", "i can walk to the shop and not much else"],
)
def test_a_day_cut_down_to_one_thing_is_limited(text: str) -> None:
    assert read(text, "function_limited").value is True


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("bladder_bowel", "🚽👌", False),
        ("bladder_bowel", "🚽👎", True),
        ("sexual_change", "🍆👍", False),
        ("sexual_change", "🍆👎 since the pain", True),
        ("sexual_change", "my willy 👎", True),
    ],
)
def test_a_thumb_on_the_subject_judges_it_and_is_shown_back(
    fact: str, text: str, value: bool
) -> None:
    reading = read(text, fact)
    assert (reading.value, reading.certainty) == (value, Certainty.likely)


@pytest.mark.parametrize("thumb", ["👍", "👌", "👎"])
def test_a_thumb_alone_to_a_red_flag_stays_a_not_sure(thumb: str) -> None:
    reading = read(thumb, "saddle_numbness")
    assert (reading.value, reading.certainty) == (UNSURE, Certainty.likely)


def test_a_thumb_on_the_subject_does_not_hide_a_symptom_told_after_it() -> None:
    assert read("🍆👍 but i cant feel much", "sexual_change").value is True


@pytest.mark.parametrize(
    "text",
    ["only when i turn over in bed, then i drop off again", "only when i turn over"],
)
def test_a_pain_only_on_turning_over_is_positional(text: str) -> None:
    assert read(text, "night_pain").value is False


@pytest.mark.parametrize(
    "text",
    [
        "constant, even when i roll over",
        "it wakes me up and i cant get back to sleep",
        "turning over doesn't help",
        "moving doesnt make a difference, it's there all night",
    ],
)
def test_a_night_pain_that_turning_does_not_ease_is_a_yes(text: str) -> None:
    assert read(text, "night_pain").value is True


@pytest.mark.parametrize(
    "text",
    [
        "roasting, but it's 35 degrees out here in brisbane. no fever mate",
        "roasting but its the weather, no fever",
    ],
)
def test_hot_put_down_to_the_weather_then_denied_is_a_no_shown_back(text: str) -> None:
    reading = read(text, "fever")
    assert (reading.value, reading.certainty) == (False, Certainty.likely)


def test_hot_weather_alone_is_a_not_sure_and_a_reading_stays_a_fever() -> None:
    assert read("i feel hot in this heatwave", "fever").value == UNSURE
    assert read("38.5 in this heatwave, no fever though", "fever").value is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "im drinking 3L of water a day so i pee loads but its all normal"),
        ("bladder_bowel", "i take lasix so i'm peeing all day, but that's nothing new"),
        ("sexual_change", "at my age dear that ship sailed long ago. nothing new to report."),
    ],
)
def test_a_closing_verdict_after_a_story_is_a_no(fact: str, text: str) -> None:
    assert read(text, fact).value is False


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("sexual_change", "cant get it up, nothing new to report otherwise"),
        ("sexual_change", "cant get it up, nothing new otherwise"),
        ("bladder_bowel", "wet myself, nothing new apart from that"),
    ],
)
def test_nothing_new_otherwise_keeps_what_was_told(fact: str, text: str) -> None:
    reading = read(text, fact)
    assert reading.value is True
    assert fact in [flag.fact for flag in reading.red_flags]


def test_nothing_to_report_after_no_action_is_no_sure_no() -> None:
    text = (
        "we've got a newborn so there's been no action in that area for months, nothing to report"
    )
    reading = read(text, "sexual_change")
    assert (reading.value, reading.certainty) != (False, Certainty.sure)


def test_a_slowness_put_down_to_codeine_with_the_feeling_kept_is_a_no_shown_back() -> None:
    text = "bit bunged up from the co-codamol but i still know when i need to go, it takes ages"
    reading = read(text, "bladder_bowel")
    assert (reading.value, reading.certainty) == (False, Certainty.likely)


@pytest.mark.parametrize(
    "text",
    [
        "bunged up from the codeine and i cant feel when i need to go",
        "constipated from the codeine and i wet myself",
        "takes ages to pee, i can feel when i need to go",
    ],
)
def test_codeine_does_not_explain_away_lost_feeling_or_an_unexplained_slowness(text: str) -> None:
    assert read(text, "bladder_bowel").value is True

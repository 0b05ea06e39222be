"""Categories found by the blind corpus round 18 (tests/corpus/fresh16.jsonl).

Each test holds sentences that are not in the corpus, and a counter-case that the new
rule must not sweep up (docs/reading.md, round 18).
"""

from __future__ import annotations

import pytest

from flows.facts import UNSURE
from flows.reading import Certainty, read
from flows.reading.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i don't even feel it", ("i", "do", "not", "feel", "it")),
        ("i can't rightly say", ("i", "can", "not", "say")),
        # "not even a bit" keeps its shape, and "even" elsewhere stays
        ("not even a bit", ("not", "even", "a", "bit")),
        ("even the left leg", ("even", "the", "left", "leg")),
    ],
)
def test_an_adverb_that_only_stresses_a_negation_is_left_out(
    text: str, expected: tuple[str, ...]
) -> None:
    assert normalise(text).tokens == expected


@pytest.mark.parametrize(
    "text",
    [
        "i don't even get the urge to go now",
        "can't rightly tell when I'm weeing, it just happens",
        "my waterworks have packed in, nothing since breakfast",
        "haven't passed a drop since last night",
    ],
)
def test_everyday_words_for_retention_and_lost_sensation_are_a_yes(text: str) -> None:
    assert read(text, "bladder_bowel").value is True


def test_a_drink_not_had_is_not_retention() -> None:
    assert read("I haven't had a drop to drink since lunch", "bladder_bowel").value is not True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "I guess not? honestly hard to tell"),
        ("saddle_numbness", "don't think so, but I've not really been paying attention"),
        ("sexual_change", "not that I've noticed, though I can't say I've checked"),
        ("trauma", "not that I recall. my memory is terrible these days"),
    ],
)
def test_a_hedged_no_that_then_cannot_know_is_not_sure(fact: str, text: str) -> None:
    reading = read(text, fact)
    assert reading.value == UNSURE
    assert reading.certainty is Certainty.likely


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        # a plain no stays a no; a doubt about why stays about why
        ("bladder_bowel", "no, not that I've noticed"),
        ("bladder_bowel", "I don't think so, idk why my back is this bad though"),
    ],
)
def test_a_no_with_no_word_of_not_knowing_stays_a_no(fact: str, text: str) -> None:
    assert read(text, fact).value is False


@pytest.mark.parametrize(
    "text",
    [
        "first it was my right leg, then it jumped to the left",
        "the pain keeps swapping sides",
        "it goes from one leg to the other",
    ],
)
def test_pain_that_moves_between_the_legs_is_both_legs(text: str) -> None:
    assert read(text, "both_legs").value is True


@pytest.mark.parametrize(
    "text",
    [
        "started in my back and moved to the left leg",
        "it moved from my bum down to the right leg",
    ],
)
def test_pain_that_moves_from_the_back_to_one_leg_is_one_leg(text: str) -> None:
    assert read(text, "both_legs").value is not True


def test_the_inside_of_the_thighs_is_the_saddle() -> None:
    assert read("pins and needles on the inside of the thighs", "saddle_numbness").value is True


def test_wiping_that_feels_far_away_is_shown_back() -> None:
    reading = read("since friday wiping feels far away, odd", "saddle_numbness")
    assert reading.value is True
    assert reading.certainty is Certainty.likely


def test_legs_that_do_what_they_are_told_are_not_weak() -> None:
    assert read("I'm tired all over but my legs do what they're told", "leg_weakness").value == (
        "none"
    )


def test_a_growth_asked_about_as_cancer_is_not_sure() -> None:
    assert read("they burnt off a polyp, is that cancer?", "cancer_history").value == UNSURE
    assert read("they burnt off a benign polyp", "cancer_history").value == "none"


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("previous_episode", "had it once before my first baby", True),
        ("previous_episode", "1st time ever", False),
        ("nsaid_caution", "I had a duodenal all sir years ago", True),
        ("fever", "shivers and sweats all night, idk temp, no thermometer", True),
    ],
)
def test_smaller_categories(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value

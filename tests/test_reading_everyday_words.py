"""Red flags and answers told in everyday, non-native or dictated words.

Categories found by the blind corpus round 15 (tests/corpus/fresh13.jsonl), each with
a counter-case that the new words must not sweep up.
"""

from __future__ import annotations

import pytest

from flows.reading import Certainty, read


@pytest.mark.parametrize(
    "text",
    [
        "from two days motion is coming out without my knowing, very shameful for me",
        "poo coming out without me noticing",
    ],
)
def test_soiling_without_knowing_is_the_bladder_and_bowel_red_flag(text: str) -> None:
    reading = read(text, "bladder_bowel")
    assert reading.value is True
    assert "bladder_bowel" in [flag.fact for flag in reading.red_flags]


def test_a_part_that_will_not_stand_is_a_sexual_change() -> None:
    reading = read("sorry to say, my man part is not standing since one week", "sexual_change")
    assert reading.value is True


def test_someone_elses_part_that_will_not_stand_is_not_the_patients() -> None:
    text = "my husband's thing is not standing but mine is fine"
    assert read(text, "sexual_change").value is False


@pytest.mark.parametrize(
    "text",
    [
        "started in my right leg, but since yesterday the left one's doing it too",
        "mostly the left, but i think the right's starting to tingle a bit too?",
        "the other one is doing it too",
    ],
)
def test_the_other_side_at_it_too_is_both_legs(text: str) -> None:
    reading = read(text, "both_legs")
    assert reading.value is True


def test_someone_elses_other_leg_doing_it_too_is_not_both_legs() -> None:
    text = "my mum's left leg is doing it too but mine is just the right"
    assert read(text, "both_legs").value is False


@pytest.mark.parametrize(
    "text", ["body is hot and i am feeling cold at the same time", "my body is hot"]
)
def test_a_hot_body_is_a_fever(text: str) -> None:
    assert read(text, "fever").value is True


def test_down_the_stairs_on_the_backside_is_a_fall() -> None:
    text = "i went down the last three stairs on my backside on sunday"
    assert read(text, "trauma").value is True
    assert read("i walked down the stairs fine", "trauma").value is False


@pytest.mark.parametrize(("text", "days"), [("fortnight", 14), ("week", 7), ("a fortnight", 14)])
def test_a_unit_alone_is_one_of_it(text: str, days: int) -> None:
    assert read(text, "duration").value == days


def test_a_plural_unit_alone_is_no_duration() -> None:
    assert read("weeks", "duration").value is None


def test_dictated_homophones_of_the_leg_words() -> None:
    assert read("only my write leg", "both_legs").value is False
    assert read("it goes down past my need", "pain_below_knee").value is True


def test_findings_on_a_list_of_places_with_a_bone_are_bone_secondaries() -> None:
    text = "the scan showed 'spots' on my hip and ribs and they started me on a drip"
    assert read(text, "bone_mets").value == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "there's a spot on my hip they're keeping an eye on",
        "the pain spreads to my hip",
    ],
)
def test_one_spot_watched_or_a_pain_that_spreads_is_not_a_bone_yes(text: str) -> None:
    assert read(text, "bone_mets").value != "yes"


@pytest.mark.parametrize(
    "text",
    [
        "i've been taking loads of pills but they're for my blood pressure, nothing for the back",
        "i'm on loads of tablets for my heart",
    ],
)
def test_a_regime_of_tablets_for_another_illness_is_no_overdose(text: str) -> None:
    assert read(text, "painkillers_tried").emergencies == ()


@pytest.mark.parametrize(
    "text",
    [
        "i took loads of pills last night",
        "took loads of paracetamol for my back",
        "i've taken a whole load of tablets",
        "im on loads of tablets and i took a handful of paracetamol",
    ],
)
def test_many_tablets_taken_is_still_an_overdose(text: str) -> None:
    assert read(text, "painkillers_tried").emergencies == ("overdose",)


def test_cabin_fever_is_no_fever_but_a_temperature_beside_it_is() -> None:
    assert read("only fever ive got is cabin fever 🙄", "fever").value is not True
    assert read("cabin fever and a temp of 38.6", "fever").value is True


def test_sweating_from_a_walk_then_no_fever_is_a_no_shown_back() -> None:
    text = "sweating cos i just walked up the hill from the bus stop haha, no fever"
    assert read(text, "fever").value is False


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("leg_numbness", "leg went dead from sitting on the loo too long, fine after a minute"),
        ("both_legs", "both went dead on the sofa for a few minutes, fine once i stood up"),
        ("hands_feet_tingling", "my hand goes to sleep if i lie on it, i shake it and it's fine"),
        ("saddle_numbness", "my bum went numb on the bike, fine once i stood up"),
    ],
)
def test_a_limb_gone_to_sleep_that_woke_at_once_is_a_no_shown_back(fact: str, text: str) -> None:
    reading = read(text, fact)
    assert (reading.value, reading.certainty) == (False, Certainty.likely)


def test_a_numbness_that_stays_is_still_a_yes() -> None:
    assert read("my leg is numb all the time", "leg_numbness").value is True
    assert read("my leg went dead an hour ago and is still dead", "leg_numbness").value is True


def test_an_s_typed_without_its_apostrophe_names_the_subject() -> None:
    assert read("bladders fine", "bladder_bowel").value is False

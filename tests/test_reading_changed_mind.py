"""Answers taken back, other people's words, verdicts of normal, a nurse's jargon.

Categories found by the blind corpus round 16 (tests/corpus/fresh14.jsonl), each with
a counter-case that the new rule must not sweep up.
"""

from __future__ import annotations

import pytest

from flows.reading import Certainty, read


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        (
            "saddle_numbness",
            "Yes. Sorry, no! I read that as pain, not numbness. No numbness",
            False,
        ),
        ("bladder_bowel", "yes - sorry I misread it as pain when peeing. No, it's normal", False),
        ("fever", "Yes. Oops, fat fingers, meant no. No temperature at all", False),
        ("both_legs", "both. no sorry, just the one leg, thank god", False),
        ("team_aware", "No. Sorry, yes, they do know, the specialist saw it last week", True),
        ("saddle_numbness", "nope. no wait, yes actually its numb down there", True),
        # "no wait", "no actually" at the start: the opening "no" taken back
        ("bladder_bowel", "no wait i wet myself yesterday", True),
        ("fever", "no actually i have had a temperature", True),
    ],
)
def test_an_answer_taken_back_gives_the_new_answer_shown_back(
    fact: str, text: str, value: object
) -> None:
    reading = read(text, fact)
    assert reading.value == value
    assert reading.certainty is Certainty.likely  # a changed answer is always shown back
    assert "changed from" in reading.decided_by


def test_a_red_flag_taken_back_raises_nothing() -> None:
    reading = read("both. no sorry, just the one leg", "both_legs")
    assert "both_legs" not in [flag.fact for flag in reading.red_flags]


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        # politeness, not a correction: the answer stands
        ("bladder_bowel", "yes i wet myself, sorry its embarrassing, nothing else", True),
        ("bladder_bowel", "no sorry, never had that", False),
        ("fever", "yes sorry for the late reply", True),
        # a red flag's yes goes down only to a bare answer, never to a remark after it
        ("bladder_bowel", "yes sorry, no pain though", True),
        ("bladder_bowel", "yes sorry i misread. no pain but i can't always hold it", True),
        ("saddle_numbness", "yes i mean it's not completely numb", True),
        ("bladder_bowel", "yes. sorry, not sure how to say it", True),
        ("fever", "yes sorry, no thermometer though", True),
    ],
)
def test_a_sorry_that_takes_nothing_back_leaves_the_answer(
    fact: str, text: str, value: object
) -> None:
    reading = read(text, fact)
    assert reading.value == value
    assert "changed from" not in reading.decided_by


def test_the_cancer_type_is_where_it_began() -> None:
    reading = read("it's in my lungs but it started in the bowel", "cancer_type")
    assert reading.value == "colorectal"
    assert read("it's in my liver now, it was originally breast", "cancer_type").value == "breast"
    assert read("breast cancer that spread to my bones", "cancer_type").value == "breast"


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (
            "both_legs",
            "Both my kids have had growing pains in their legs but mine is only the right",
        ),
        ("painkillers_tried", "I hate tablets so I've just been using a hot water bottle"),
        (
            "pain_after_infusion",
            "my chemo buddy gets pain after hers, mine came nowhere near a treatment day",
        ),
    ],
)
def test_someone_elses_symptom_or_advice_is_not_the_patients(fact: str, text: str) -> None:
    assert read(text, fact).value is False


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("bladder_bowel", "my mum who i care for is incontinent and now so am i"),
        ("saddle_numbness", "heard that numbness is bad, i have it down there"),
        ("both_legs", "read that both legs is serious and mine are both numb"),
        ("both_legs", "both my legs are numb"),
        ("painkillers_tried", "the gp told me to take ibuprofen and it helps a bit"),
    ],
)
def test_the_patients_own_symptom_beside_someone_else_stays(fact: str, text: str) -> None:
    assert read(text, fact).value is True


def test_a_verdict_of_normal_closing_a_story_is_a_no_shown_back() -> None:
    text = "Since the back pain started in May everything down there has been normal."
    reading = read(text, "bladder_bowel")
    assert (reading.value, reading.certainty) == (False, Certainty.likely)


@pytest.mark.parametrize(
    "text",
    [
        "um I think it's normal? I honestly haven't paid attention",  # a guess, asked
        "they said it's fine. i wet myself yesterday",  # reported, and a symptom told
        "since may nothing down there has been normal",  # normal denied
        "i wonder if it is normal",
        "i don't always know when i need to go but no tho",  # a "no" behind a tail word
    ],
)
def test_a_guessed_or_reported_verdict_is_not_a_sure_no(text: str) -> None:
    reading = read(text, "saddle_numbness" if "down there" in text else "bladder_bowel")
    assert not (reading.value is False and reading.certainty is Certainty.sure)


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        (
            "saddle_numbness",
            "I think I've got some perianal paraesthesia, new since yesterday",
            True,
        ),
        ("leg_numbness", "Sensation intact, just dysaesthetic pain", False),
        ("fever", "Just vasomotor hot flushes from the tamoxifen, I'm afebrile", False),
    ],
)
def test_a_nurses_words_are_read(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("cancer_type", "it was my thigh roid", "thyroid"),
        ("age", "I'm sixty tree", 63),
        ("treatment", "vino rel bean every two weeks", ("vinca",)),
        ("painkillers_tried", "just the paris eat a mall from the chemist", True),
        ("leg_weakness", "my foot is floppy and its getting worst by the our", "worsening"),
    ],
)
def test_dictated_names_and_numbers_are_read(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value


def test_a_wee_not_noticed_is_the_bladder_red_flag() -> None:
    reading = read("ngl i peed a little and didnt even notice until after", "bladder_bowel")
    assert reading.value is True
    assert read("i noticed i needed a wee and went", "bladder_bowel").value is not True


def test_the_skin_felt_as_someone_elses_is_saddle_numbness() -> None:
    text = "When I wiped it felt like it was someone else's bum. Like at the dentist"
    assert read(text, "saddle_numbness").value is True


def test_a_question_of_how_to_tell_is_no_fever_had() -> None:
    assert read("how do i even know if its a fever lol", "fever").value is not True
    assert read("i know i have a fever, 38.5 on the thermometer", "fever").value is True


@pytest.mark.parametrize(
    "text",
    [
        "there's a spot on my hip they're keeping an eye on, they haven't said it's spread",
        "they mentioned hot spots on the bone scan but want an MRI to be sure",
    ],
)
def test_a_finding_under_watch_is_a_not_sure_at_the_bone_question(text: str) -> None:
    assert read(text, "bone_mets").value == "unsure"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("physio was great at explaining but it made no difference", "not_helped"),
        ("six weeks of physio and was doing great, then it flared right up again", "helped"),
        ("physio was not great, no better", "not_helped"),
    ],
)
def test_physio_that_was_great_before_a_flare_helped(text: str, value: str) -> None:
    assert read(text, "had_physio").value == value


def test_touch_felt_fine_is_no_numb_leg_and_a_dictated_nun_is_numb() -> None:
    assert read("just pins and needles, I can feel touch fine", "leg_numbness").value is False
    assert read("the outside of my calf is nun", "leg_numbness").value is True


def test_a_joke_that_deflects_is_no_leak() -> None:
    text = "No. I am 84 and the only thing I leak is gossip."
    assert read(text, "bladder_bowel").value is False
    assert read("the only thing is i leak when i cough now", "bladder_bowel").value is True


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("saddle_numbness", "it no longer feels normal down there"),
        ("saddle_numbness", "nothing feels normal down there"),
        ("both_legs", "no lol both"),
        ("both_legs", "just the one tbh, the other is a bit tingly"),
        ("fever", "no mate, just sweaty and shaky at night"),
    ],
)
def test_a_red_flag_told_after_a_no_or_a_normal_denied_is_never_a_sure_no(
    fact: str, text: str
) -> None:
    reading = read(text, fact)
    assert not (reading.value in (False, "none") and reading.certainty is Certainty.sure)


def test_an_old_leak_that_nothing_has_changed_since_the_pain_is_a_no_shown_back() -> None:
    text = (
        "I have had a little leakage when I cough ever since my children were born, "
        "decades ago, but nothing has changed since the back pain began."
    )
    reading = read(text, "bladder_bowel")
    assert (reading.value, reading.certainty) == (False, Certainty.likely)


@pytest.mark.parametrize(
    "text",
    [
        "i wet myself on monday, nothing has changed since",
        "i wet myself on monday, nothing has changed since then",
    ],
)
def test_an_event_that_nothing_has_changed_since_is_still_new(text: str) -> None:
    assert read(text, "bladder_bowel").value is True

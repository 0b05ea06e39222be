"""The conversation issue: short questions, emergencies first, the right words at the end."""

from __future__ import annotations

import statistics

import pytest

from flows.engine import Engine
from flows.outcomes import COMMUNITY, EMERGENCY_COMFORT
from flows.questions import QUESTIONS, USUAL_QUESTIONS, not_asked
from tests.test_engine import press, say, started
from tests.test_vignettes import ALL_CASES, UNSEEN, answers_sent, play, types

ENGINE = Engine()
MOST_WORDS = 25


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.ask_if is not not_asked])
def test_every_question_is_under_25_words(question) -> None:  # type: ignore[no-untyped-def]
    for text in (question.text, question.follow_up):
        assert len(text.split()) < MOST_WORDS, f"{question.id}: {text!r}"


def test_no_question_assumes_the_patients_sex() -> None:
    for question in QUESTIONS:
        words = f"{question.text} {question.follow_up}".lower()
        for gendered in ("erection", "ejaculat", "vagina", "penis", "coming?"):
            assert gendered not in words, question.id


def test_the_consent_message_tells_the_true_number_of_questions() -> None:
    counts = [
        answers_sent(play(c))
        for c in ALL_CASES + UNSEEN
        if not types(c) and play(c)["outcome"] != "emergency"
    ]
    assert abs(statistics.median(counts) - USUAL_QUESTIONS) <= 1


def test_fever_brings_the_cancer_questions_forward() -> None:
    session, reply = started()
    say(session, "none of these", "none of these")
    reply = say(session, "bit of a temperature last night")
    assert reply.fact == "cancer_history"  # not age, the next question in order
    reply = say(session, "yes, im on chemo now")
    assert reply.fact == "treatment"
    reply = say(session, "oxaliplatin")
    assert reply.level == "emergency"
    assert "24-hour cancer line" in reply.messages[0]


def test_a_weak_leg_brings_fever_and_cancer_forward() -> None:
    session, reply = started()
    say(session, "none of these")
    reply = say(session, "my right foot drags when i walk")
    assert reply.fact == "fever"
    reply = say(session, "no")
    assert reply.fact == "cancer_history"
    reply = say(session, "breast cancer 4 years ago, all done now")
    assert reply.level == "emergency"


def test_an_emergency_tells_the_patient_what_to_say_to_the_call_handler() -> None:
    session, reply = started()
    reply = say(session, "just the numbness down there")
    assert reply.level == "emergency"
    assert "new numbness between my legs" in reply.messages[0]
    assert "cauda equina syndrome" in reply.messages[0]


def test_the_support_group_paragraph_is_never_under_an_emergency() -> None:
    session, reply = started()
    reply = say(session, "i wet myself this morning without noticing")
    assert reply.level == "emergency"
    assert COMMUNITY not in reply.messages
    assert EMERGENCY_COMFORT in reply.messages


def test_every_level_below_emergency_says_whom_to_contact() -> None:
    session, reply = started()
    say(session, "none of these", "none of these", "none of these", "40")
    reply = say(session, "no", "2 weeks", "9", "yes, paracetamol does nothing")
    assert reply.level == "urgent"
    assert "GP" in reply.messages[0]


def test_a_fact_told_in_passing_is_confirmed_in_one_tap_not_asked_again() -> None:
    session, reply = started()
    reply = say(session, "im on chemo, oxaliplatin for bowel cancer. none of these")
    say(session, "none of these", "none of these")
    reply = say(session, "61")
    assert reply.fact == "cancer_history"
    assert reply.confirm == ("cancer_history", "active")
    assert "Earlier you told me" in reply.messages[-1]
    reply = press(session, reply, "confirm_yes")
    assert reply.confirm == ("treatment", ("platinum",))
    reply = press(session, reply, "confirm_yes")
    assert session.answers["treatment"] == ("platinum",)
    assert reply.fact != "cancer_type"  # never asked: it changes nothing


def test_a_patients_question_after_the_outcome_is_answered() -> None:
    session, reply = started()
    say(session, "none of these", "none of these", "none of these", "50", "no", "3 weeks", "4")
    reply = say(session, "no", "no")
    assert reply.finished
    reply = say(session, "is it cancer?")
    assert "most back and leg pain is not cancer" in reply.messages[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("can you just tell me what pills to take", "pharmacist"),
        ("im on letrozole does that count?", "hormone tablets"),
    ],
)
def test_a_patients_question_gets_an_answer_then_the_question(text: str, words: str) -> None:
    session, reply = started()
    reply = say(session, text)
    assert words in reply.messages[0]
    assert "didn't quite get" not in " ".join(reply.messages)
    assert reply.state == "nerve_checklist"


@pytest.mark.parametrize("text", ["im so scared its the cancer back", "didnt want to bother them"])
def test_a_fear_is_heard_in_one_short_sentence(text: str) -> None:
    session, reply = started()
    for _ in range(3):  # a fear is never counted as a misread, however often it comes
        reply = say(session, text)
    joined = " ".join(reply.messages)
    assert "worried" in joined or "not alone" in joined
    assert "didn't quite get" not in joined
    assert reply.state == "nerve_checklist"


def test_the_answer_to_the_open_checklist_is_not_thanked_as_news() -> None:
    session, reply = started()
    say(session, "none of these", "none of these")
    reply = say(session, "constant pain, worse at night, it keeps me awake whatever i do")
    assert session.answers["night_pain"] is True
    assert not any("Thank you for telling me about" in m for m in reply.messages)


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.ask_if is not not_asked])
def test_why_do_you_ask_has_an_answer_at_every_question(question) -> None:  # type: ignore[no-untyped-def]
    from flows.replies import ANSWERS, WHY

    why, source = WHY[question.id]
    assert len(why.split()) < MOST_WORDS
    assert why != ANSWERS["why_ask"][0]
    assert source.split("_")[0] in {"000", "001", "002", "003", "004"}


def test_why_at_a_question_gets_that_questions_reason() -> None:
    from flows.replies import WHY

    session, reply = started()
    say(session, "none of these")
    reply = say(session, "why do you need to know that?")
    assert reply.messages[0] == WHY["leg_checklist"][0]
    assert reply.state == "leg_checklist"


def test_a_red_flag_in_a_question_about_oneself_is_asked_about_even_after_a_no() -> None:
    session, reply = started()
    say(session, "none of these")  # no bladder trouble, at first
    reply = say(session, "is it normal to wet myself when i cough?")
    assert reply.confirm == ("bladder_bowel", True)
    assert "Is this happening to you now?" in reply.messages[-1]
    reply = press(session, reply, "confirm_yes")
    assert reply.level == "emergency"


def test_a_general_question_about_a_symptom_is_only_answered() -> None:
    session, reply = started()
    reply = say(session, "can sciatica be in both legs?")
    assert reply.confirm is None and not session.answers

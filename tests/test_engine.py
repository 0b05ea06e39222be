"""The conversation engine: commands, buttons, free text, uncertainty, garbage."""

from __future__ import annotations

import random

import pytest

from flows.engine import Engine, Inbound, Reply, Session
from flows.facts import FACTS, UNSURE
from flows.machine import MACHINE
from flows.questions import ORDER, QUESTIONS_BY_FACT

ENGINE = Engine()


def say(session: Session, *texts: str) -> Reply:
    reply = None
    for text in texts:
        reply = ENGINE.handle(session, Inbound(text))
    assert reply is not None
    return reply


def press(session: Session, reply: Reply, value: str) -> Reply:
    option = next(o for o in reply.options if o.data.split(":", 1)[1] == value)
    return ENGINE.handle(session, Inbound(button=option.data))


def started() -> tuple[Session, Reply]:
    session = ENGINE.new_session()
    say(session, "/start")
    return session, say(session, "yes")


def one_at_a_time() -> tuple[Session, Reply]:
    """Started, with the first checklist taken one question at a time ("Not sure")."""
    session, reply = started()
    assert reply.state == "nerve_checklist"
    reply = say(session, "not sure")
    assert reply.fact == "bladder_bowel"
    return session, reply


#: The safety screen, tapped: three checklists, then age.
NO_RED_FLAGS = ("none of these", "none of these", "none of these", "52")


def test_start_asks_for_consent_before_any_health_question() -> None:
    session = ENGINE.new_session()
    reply = say(session, "/start")
    assert reply.state == "consent"
    assert reply.fact is None
    assert [o.label for o in reply.options] == ["Yes, let's start", "Not now"]


def test_declining_consent_asks_nothing_and_gives_the_emergency_net() -> None:
    session = ENGINE.new_session()
    reply = say(session, "/start", "no")
    assert reply.state == "consent"
    assert "emergency" in reply.messages[-1] or "112" in reply.messages[-1]
    assert session.answers == {}


def test_the_safety_screen_comes_first_as_three_checklists() -> None:
    session, reply = started()
    for state in ("nerve_checklist", "leg_checklist", "cause_checklist", "age"):
        assert reply.state == state
        reply = say(session, "none of these" if state != "age" else "52")
    assert reply.fact == "cancer_history"
    assert [f for f in ORDER[:15] if f in FACTS] == session.asked[:-1]  # then cancer


def test_a_whole_check_in_by_buttons_reaches_an_outcome() -> None:
    session, reply = started()
    turns = 0
    while not reply.finished and turns < 60:
        values = [o.data.split(":", 1)[1] for o in reply.options]
        choice = next((v for v in ("no", "none", "13 days", "4") if v in values), None)
        reply = press(session, reply, choice) if choice else say(session, "45")
        turns += 1
    assert reply.level == "self_care"
    assert any("Why:" in m for m in reply.messages)
    assert "Summary for your doctor" in reply.messages[-2]
    assert "Can I check in with you" in reply.messages[-1]


def test_back_undoes_the_last_answer() -> None:
    session, reply = one_at_a_time()
    reply = say(session, "no")
    assert reply.fact == "saddle_numbness"
    reply = say(session, "/back")
    assert reply.fact == "bladder_bowel"
    assert "bladder_bowel" not in session.answers
    reply = say(session, "no")
    assert reply.fact == "saddle_numbness"


def test_back_with_nothing_to_undo_says_so() -> None:
    session, reply = started()
    reply = say(session, "/back")
    assert reply.state == "nerve_checklist"
    assert "no earlier answer" in reply.messages[0]


def test_back_from_an_emergency_lets_the_patient_correct_a_mistaken_yes() -> None:
    session, reply = one_at_a_time()
    reply = say(session, "yes")
    assert reply.level == "emergency"
    reply = say(session, "/back")
    assert reply.fact == "bladder_bowel"
    assert not reply.finished
    reply = say(session, "no")
    assert reply.fact == "saddle_numbness"


def test_restart_forgets_everything_but_consent() -> None:
    session, reply = started()
    say(session, "none of these", "none of these")
    reply = say(session, "/restart")
    assert reply.restarted
    assert reply.state == "nerve_checklist"
    assert session.answers == {}
    assert session.consent


def test_not_sure_gets_one_plain_follow_up_then_counts_the_safe_way() -> None:
    session, reply = one_at_a_time()
    first_text = reply.messages[-1]
    reply = say(session, "not sure")
    assert reply.fact == "bladder_bowel"
    assert reply.messages[-1] != first_text
    reply = say(session, "dunno")
    assert session.answers["bladder_bowel"] == UNSURE
    assert reply.fact == "saddle_numbness"


def test_two_unreadable_answers_take_not_sure_and_say_so() -> None:
    session, reply = started()
    say(session, *NO_RED_FLAGS[:3])
    reply = say(session, "purple")
    assert reply.fact == "age"
    assert "'58'" in reply.messages[0]
    reply = say(session, "banana")
    assert "not sure" in reply.messages[0]
    assert session.answers["age"] == UNSURE
    assert reply.fact == "cancer_history"


def test_a_stale_button_gets_a_polite_reply_and_the_current_question() -> None:
    session, reply = one_at_a_time()
    old = reply.options[1].data
    say(session, "no")
    reply = ENGINE.handle(session, Inbound(button=old))
    assert "passed" in reply.messages[0]
    assert reply.fact == "saddle_numbness"
    assert "saddle_numbness" not in session.answers


def test_a_forged_button_changes_nothing() -> None:
    session, reply = started()
    reply = ENGINE.handle(session, Inbound(button="999:yes"))
    assert "passed" in reply.messages[0]
    assert session.answers == {}


@pytest.mark.parametrize("at", range(0, 12))
def test_a_red_flag_typed_at_any_question_jumps_to_emergency(at: int) -> None:
    session, reply = started()
    for _ in range(at):
        options = [o.data.split(":", 1)[1] for o in reply.options]
        reply = (
            press(session, reply, "none" if "none" in options else "no")
            if ("no" in options or "none" in options)
            else say(session, "50")
        )
    reply = say(session, "I can't feel anything when I wipe")
    assert reply.level == "emergency"
    assert reply.emergency
    assert reply.messages[0].startswith("🚨")
    assert session.answers["saddle_numbness"] is True


def test_a_red_flag_after_the_outcome_raises_it() -> None:
    session, reply = started()
    while not reply.finished:
        values = [o.data.split(":", 1)[1] for o in reply.options]
        choice = next((v for v in ("no", "none", "13 days", "3") if v in values), None)
        reply = press(session, reply, choice) if choice else say(session, "45")
    assert reply.level == "self_care"
    reply = say(session, "oh and I've had a fever since last night")
    assert reply.level == "urgent"


def test_no_but_numb_down_there_is_a_yes() -> None:
    session, reply = one_at_a_time()
    say(session, "no")
    reply = say(session, "no, but it's a bit numb down there")
    assert session.answers["saddle_numbness"] is True
    assert reply.level == "emergency"


def test_crisis_words_get_crisis_wording_at_once() -> None:
    # SPEC 4: despair gets the crisis line at once and the check-in can go on ...
    session, reply = started()
    reply = say(session, "I just want to kill myself")
    assert reply.level is None and reply.state == "nerve_checklist"
    assert "crisis line" in reply.messages[0] or "Samaritans" in reply.messages[0]
    assert "crisis_words" in session.alarms


def test_a_plan_gets_the_emergency_outcome_with_the_crisis_line() -> None:
    # ... and a plan, intent or danger now gets the emergency wording
    session, reply = started()
    reply = say(session, "I want to kill myself, I have the pills ready for tonight")
    assert reply.level == "emergency"
    assert "crisis line" in reply.messages[0] or "Samaritans" in reply.messages[0]


def test_garbage_at_every_question_still_reaches_a_safe_outcome() -> None:
    rng = random.Random(7)
    junk = ["asdf", "🙂🙂", "???", "lorem ipsum", "\u200b", "שלום", "%%%", "zzz", "/nonsense"]
    session, reply = started()
    turns = 0
    while not reply.finished and turns < 120:
        reply = say(session, rng.choice(junk))
        turns += 1
    assert reply.finished
    assert reply.level in ("urgent", "emergency")  # unsure red flags are never self-care


def test_one_machine_serves_every_session_and_keeps_no_models() -> None:
    sessions = [started()[0] for _ in range(50)]
    assert all(s.state == "nerve_checklist" for s in sessions)
    assert MACHINE.models == []


def test_session_survives_a_round_trip_through_a_dict() -> None:
    session, _reply = started()
    say(
        session,
        *NO_RED_FLAGS[:3],
        "60",
        "yes, now",
        "docetaxel and radiotherapy",
    )
    copy = Session.from_dict(session.to_dict())
    assert copy == session
    assert copy.answers["treatment"] == ("taxane", "radiotherapy")


def test_every_question_offers_not_sure() -> None:
    for fact, question in QUESTIONS_BY_FACT.items():
        assert "not sure" in [value for _, value in question.options], fact


def test_the_outcome_names_the_uncertain_answers() -> None:
    session, reply = one_at_a_time()
    reply = say(session, "not sure", "not sure")
    while not reply.finished:
        values = [o.data.split(":", 1)[1] for o in reply.options]
        choice = next((v for v in ("no", "none", "13 days", "3") if v in values), None)
        reply = press(session, reply, choice) if choice else say(session, "45")
    assert reply.level == "urgent"
    assert "not sure about: bladder or bowel changes" in reply.messages[0]

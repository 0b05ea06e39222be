"""The terminal-chat examples of the reading issue, each as SPEC sections 3 and 4 say."""

from __future__ import annotations

import pytest

from flows.engine import Engine, Inbound, Reply, Session
from flows.facts import UNSURE
from flows.reading import Certainty, read
from tests.test_engine import press, say, started

ENGINE = Engine()


def answer_until(session: Session, reply: Reply, fact: str) -> Reply:
    """Answer "no" (or "none") to every question until ``fact`` is asked."""
    while reply.fact != fact:
        assert not reply.finished, reply.messages
        if reply.facts:
            # a checklist: "Not sure" takes its items one at a time
            reply = say(session, "not sure" if fact in reply.facts else "none of these")
            continue
        reply = say(session, "none" if reply.fact == "leg_weakness" else "no")
    return reply


@pytest.mark.parametrize(
    "text",
    [
        "honestly i dont see the point anymore",
        "i cant cope with this anymore",
        "i feel hopeless",
    ],
)
def test_despair_gets_the_crisis_line_and_the_question_again(text: str) -> None:
    session, reply = started()
    reply = say(session, text)
    joined = " ".join(reply.messages)
    assert "didn't quite get" not in joined
    assert "not alone" in joined and "talk to someone" in joined
    assert reply.state == "nerve_checklist" and not reply.finished
    assert session.crisis == "crisis"


def test_a_plan_gets_the_emergency_wording() -> None:
    session, reply = started()
    reply = say(session, "i have the pills here and im going to take them all tonight")
    assert reply.level == "emergency"


def test_safe_after_a_crisis_is_not_escalated_again() -> None:
    session, _ = started()
    say(session, "i feel hopeless")
    reply = say(session, "I'm not going to do anything, just feel low")
    assert not reply.finished
    assert session.crisis == "safe"
    assert reply.state == "nerve_checklist"


def test_a_thumbs_up_to_a_red_flag_question_is_shown_back_not_taken() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "sexual_change")
    reply = say(session, "👍")
    assert not reply.finished
    # a thumb may be "yes" or "all fine": shown back as not sure, never taken as either
    assert reply.confirm == ("sexual_change", "unsure")
    assert "I read that as" in reply.messages[-1]
    reply = press(session, reply, "confirm_no")
    assert reply.fact == "sexual_change" and "sexual_change" not in session.answers


def test_the_re_ask_on_a_red_flag_question_gives_balanced_examples() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "bladder_bowel")
    reply = say(session, "purple")
    assert "'yes, a bit'" in reply.messages[-2] or "'yes, a bit'" in reply.messages[0]
    assert "'not sure'" in " ".join(reply.messages)


def test_the_re_ask_on_a_checklist_offers_an_item_none_and_not_sure() -> None:
    session, reply = started()
    reply = say(session, "purple")
    asked_again = reply.messages[0]
    assert "didn't quite get" in asked_again
    assert "'leaks when I cough'" in asked_again and "None of these" in asked_again
    assert "Not sure" in asked_again
    assert reply.state == "nerve_checklist" and not session.answers


def test_hard_to_get_comfy_sometimes_is_not_constant_night_pain() -> None:
    reading = read("sometimes, its hard to get comfy in bed", "night_pain")
    assert reading.value is not True


def test_a_pause_is_not_a_misread_and_the_count_starts_afresh() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "saddle_numbness")
    reply = say(session, "purple")  # one attempt that cannot be read
    reply = ENGINE.handle(session, Inbound("sorry phone died, where was i", after_pause=True))
    assert reply.fact == "saddle_numbness"
    assert "saddle_numbness" not in session.answers
    reply = say(session, "purple")
    assert "saddle_numbness" not in session.answers, "one misread after the pause is not two"
    assert session.answers.get("saddle_numbness") != UNSURE


def test_a_red_flag_typed_at_another_question_survives_back_and_a_no() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "both_legs")
    reply = say(session, "i think i peed myself a bit this morning")
    assert session.answers["bladder_bowel"] is True
    assert reply.level == "emergency"
    assert "peed myself" in session.said["bladder_bowel"]
    say(session, "/back")
    reply = say(session, "no")
    assert session.answers["bladder_bowel"] is True
    assert reply.level == "emergency"
    summary = reply.messages[-1]
    assert "no red flags" not in summary and "peed myself" in summary


def test_a_red_flag_is_cleared_only_after_two_plain_answers() -> None:
    session, reply = started()
    say(session, "my foot drags when i walk")  # leg weakness: urgent, the check-in goes on
    assert session.answers["leg_weakness"] in ("stable", "worsening")
    reply = say(session, "sorry no, my foot doesnt drag, that was wrong")
    assert reply.confirm is not None and "mistake" in reply.messages[-1]
    reply = press(session, reply, "confirm_yes")
    assert "leg_weakness" in session.answers, "one answer is not enough"
    reply = press(session, reply, "confirm_yes")
    assert "leg_weakness" not in session.answers
    assert session.corrections and session.corrections[0]["fact"] == "leg_weakness"


def test_a_red_flag_kept_once_is_not_asked_about_again_for_the_same_denial() -> None:
    # the patient says "no, not a mistake", then sends the same words again (simulate
    # does, and so do patients pasting): asking again each time would never end
    session, reply = started()
    say(session, "my foot drags when i walk")
    denial = "sorry no, my foot doesnt drag, that was wrong"
    reply = say(session, denial)
    assert reply.confirm is not None and "mistake" in reply.messages[-1]
    reply = press(session, reply, "confirm_no")
    assert session.answers["leg_weakness"] in ("stable", "worsening")
    reply = say(session, denial)
    assert reply.confirm is None or reply.confirm[0] != "leg_weakness"
    assert session.answers["leg_weakness"] in ("stable", "worsening")


def test_a_story_before_the_first_answer_is_not_a_yes_to_the_bladder_question() -> None:
    session, reply = started()
    reply = say(session, "my leg has been killing me since tuesday, cant sit at work")
    assert "bladder_bowel" not in session.answers
    assert reply.state == "nerve_checklist"


def test_a_likely_reading_is_likely_and_a_plain_one_sure() -> None:
    assert read("i guess not?", "bladder_bowel").certainty is Certainty.likely
    assert read("nope", "bladder_bowel").certainty is Certainty.sure
    assert read("no have", "cancer_history").value == "none"


def test_the_service_tells_the_engine_of_a_pause(tmp_path: pytest.TempPathFactory) -> None:
    """A patient who writes after a quarter of an hour has paused: the misread count restarts."""
    from pathlib import Path

    from bot.service import PAUSE_SECONDS, ConversationService
    from storage import SessionStore, connect

    db = connect(Path(str(tmp_path)) / "pause.db")
    service = ConversationService(SessionStore(db), Engine())
    for text in ("/start", "yes", "purple"):
        service.handle("p", Inbound(text))
    stored = service.store.load("p")
    assert stored is not None and stored.session.misreads == 1
    db.execute(
        "update sessions set updated_at = ? where id = ?",
        ["2020-01-01T00:00:00.000+00:00", stored.id],
    )
    assert service.store.load("p").idle_seconds() > PAUSE_SECONDS  # type: ignore[union-attr]
    turn = service.handle("p", Inbound("purple"))
    assert turn is not None
    assert "bladder_bowel" not in service.store.load("p").session.answers  # type: ignore[union-attr]
    assert service.store.load("p").session.misreads == 1  # type: ignore[union-attr]
    db.close()


@pytest.mark.parametrize(
    "text",
    [
        "not sure tbh, i pee more often but i have been drinking loads of water",
        "maybe? i think the stream is a bit slower but i am 70 so who knows",
    ],
)
def test_a_hedged_red_flag_at_the_first_checklist_is_asked_about_before_any_emergency(
    text: str,
) -> None:
    session, reply = started()
    assert reply.state == "nerve_checklist"
    reply = say(session, text)
    assert reply.state != "emergency"
    assert "bladder_bowel" not in session.answers or session.answers["bladder_bowel"] is not True


def test_a_plain_red_flag_at_the_first_checklist_is_an_emergency_at_once() -> None:
    session, reply = started()
    reply = say(session, "i cant tell when my bladder is full any more")
    assert reply.state == "emergency"


def test_the_same_question_sent_again_and_again_does_not_hold_the_check_in() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "fever")
    question = "why are you asking me that?"
    for _ in range(6):
        reply = say(session, question)
    # still answered each time, but the check-in moves on ("not sure" after two attempts)
    assert "fever" in session.answers
    assert session.answers["fever"] == UNSURE
    assert "fever" in session.assumed


def test_a_red_flag_said_not_to_be_the_patients_is_not_asked_about_again() -> None:
    session, reply = started()
    text = "i look after my dad, he has dementia and she is in pads anyway"
    reply = say(session, text)
    assert reply.confirm is not None and reply.confirm[0] == "bladder_bowel"
    reply = press(session, reply, "confirm_no")
    reply = say(session, text)
    assert reply.confirm is None
    assert "bladder_bowel" not in session.said


@pytest.mark.parametrize("doubt", ["not sure", "im not sure tbh", "not sure yet", "dunno"])
def test_not_sure_to_a_shown_back_no_is_not_a_confirmation(doubt: str) -> None:
    # the "sure" inside "not sure" had confirmed "no bladder trouble": an under-triage
    session, reply = started()
    reply = answer_until(session, reply, "bladder_bowel")
    reply = say(session, "i dont think so")
    assert reply.confirm == ("bladder_bowel", False)
    say(session, doubt)
    assert session.answers.get("bladder_bowel") in (None, UNSURE)


@pytest.mark.parametrize(
    "doubt", ["not sure yet", "im not sure about this", "not sure, who sees it?"]
)
def test_not_sure_at_consent_starts_nothing_and_says_what_starting_means(doubt: str) -> None:
    session = ENGINE.new_session()
    say(session, "/start")
    reply = say(session, doubt)
    assert reply.state == "consent" and not session.consent
    joined = " ".join(reply.messages)
    assert "no rush" in joined and "didn't quite get" not in joined
    reply = say(session, "ok lets go")
    assert session.consent and reply.state != "consent"


def test_putting_it_off_at_consent_is_a_not_now() -> None:
    session = ENGINE.new_session()
    say(session, "/start")
    reply = say(session, "can we do this tomorrow instead")
    assert not session.consent
    assert "change your mind" in " ".join(reply.messages)


def test_a_likely_no_typed_at_a_checklist_is_asked_on_its_own_and_shown_back() -> None:
    # "bunged up, but that's the co-codamol": explained away, so only likely; the bot
    # neither thanks the patient and asks the whole list again, nor takes a sure "no"
    session, reply = started()
    text = "bit bunged up but thats the codeine, peeing's normal"
    reply = say(session, text)
    assert reply.fact == "bladder_bowel"
    assert "bladder_bowel" not in session.answers
    reply = say(session, text)
    assert reply.confirm == ("bladder_bowel", False)


def test_a_no_that_passes_the_strength_test_is_not_raised_before_it_is_confirmed() -> None:
    session, reply = started()
    reply = answer_until(session, reply, "leg_weakness")
    reply = say(session, "no, im limping cos it hurts but the leg does what i tell it")
    assert reply.confirm == ("leg_weakness", "none")
    assert "leg_weakness" not in session.said
    reply = press(session, reply, "confirm_yes")
    assert session.answers["leg_weakness"] == "none"

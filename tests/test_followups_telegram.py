"""Follow-ups over both Telegram backends and the fake Bot API (real HTTP): the offer is
tapped, the follow-up comes due, and it reaches the patient through the outbox once."""

from __future__ import annotations

import asyncio

import pytest

from bot.pseudonym import patient_key
from bot.telegram import runtime
from tests.harness import PATIENT, SECRET, Running, keyboard_data
from tests.test_telegram import load_case, play


@pytest.fixture
def fast_followups(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "FOLLOWUPS_EVERY", 0.05)


@pytest.mark.asyncio
async def test_a_follow_up_is_sent_through_the_outbox_once_and_can_be_stopped(
    fast_followups: None, running: Running
) -> None:
    await play(running, load_case("pub-17-acute-self-care"), buttons=True)
    await running.fake.wait_for(
        lambda f: "Can I check in" in f.sent_messages(PATIENT)[-1]["text"], 10
    )
    offer = running.messages()[-1]
    assert "Can I check in with you" in offer["text"]
    replies = await running.press(keyboard_data(offer)["followup_yes"])
    assert "I'll message you" in replies[-1]["text"]
    tag = patient_key(SECRET, "telegram", PATIENT)
    (contact,) = running.db_rows("select contact from followups where patient = ? limit 1", tag)
    assert contact[0] and str(PATIENT).encode() not in contact[0]  # sealed, never in the clear
    before = len(running.messages())
    db = __import__("storage").connect(running.settings.database_path)
    try:
        with db.conn:
            db.execute(
                "update followups set due_at = '2000-01-01T00:00:00+00:00' where id = "
                "(select min(id) from followups where patient = ?)",
                [tag],
            )
    finally:
        db.close()
    await running.fake.wait_for(lambda f: len(f.sent_messages(PATIENT)) > before, 10)
    await asyncio.sleep(0.3)  # several more rounds of the follow-up loop: still once
    arrived = running.messages()[before:]
    assert [m["text"] for m in arrived if "How is it now?" in m["text"]] == [arrived[0]["text"]]
    assert set(keyboard_data(arrived[-1])) == {"better", "same", "worse", "new"}
    replies = await running.press(keyboard_data(arrived[-1])["worse"])
    assert "warning signs again" in " ".join(m["text"] for m in replies)
    replies = await running.say("/checkins")
    assert "Stop these check-ins" in str(replies[-1].get("reply_markup"))
    replies = await running.press("checkins:stop")
    assert "won't check in again" in replies[-1]["text"]
    statuses = running.db_rows("select status, contact from followups where patient = ?", tag)
    assert {s for s, _ in statuses} <= {"stopped", "answered"} and all(
        c is None for _, c in statuses
    )


@pytest.mark.asyncio
async def test_something_new_three_days_after_self_care_with_a_typed_red_flag_is_an_emergency(
    fast_followups: None, running: Running
) -> None:
    await play(running, load_case("pub-17-acute-self-care"), buttons=True)
    await running.fake.wait_for(
        lambda f: "Can I check in" in f.sent_messages(PATIENT)[-1]["text"], 10
    )
    assert "in 3 days" in running.messages()[-1]["text"]
    await running.press(keyboard_data(running.messages()[-1])["followup_yes"])
    tag = patient_key(SECRET, "telegram", PATIENT)
    (days,) = running.db_rows("select min(days) from followups where patient = ?", tag)[0]
    assert days == 3
    before = len(running.messages())
    db = __import__("storage").connect(running.settings.database_path)
    try:
        with db.conn:
            db.execute(
                "update followups set due_at = '2000-01-01T00:00:00+00:00' "
                "where patient = ? and days = 3",
                [tag],
            )
    finally:
        db.close()
    await running.fake.wait_for(lambda f: len(f.sent_messages(PATIENT)) > before, 10)
    await running.outbox_sent()
    question = running.messages()[-1]
    assert "How is it now?" in question["text"]
    replies = await running.press(keyboard_data(question)["new"])
    assert "warning signs again" in " ".join(m["text"] for m in replies)
    replies = await running.say("since yesterday i cant feel myself when i wipe")
    assert replies[0]["text"].startswith("🚨"), [m["text"] for m in replies]

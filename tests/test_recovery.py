"""What a restart does with the work a crash left: replies first, in order, once.

``tests/test_crash.py`` reaches these states by chance with ``kill -9``; here each is
built on purpose in the database of a stopped bot, so the order is checked every run.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.pseudonym import patient_key
from bot.sealing import Sealer
from bot.telegram.bridge import Button, Outgoing
from storage import connect
from storage.delivery import Inbox, Outbox
from tests.harness import PATIENT, SECRET, Running

pytestmark = pytest.mark.asyncio

LEFT_OVER = ["A reply the crash left unsent.", "And the one after it."]


def leave_work_behind(
    bot: Running, update: dict[str, object], sending_probe_from: int | None = None
) -> None:
    """The database as a crash leaves it: replies queued, the next message not handled."""
    sealer = Sealer(SECRET)
    tag = patient_key(SECRET, "telegram", PATIENT)
    db = connect(bot.settings.database_path)
    try:
        with db.conn:
            outbox = Outbox(db)
            ids = outbox.add(
                None, tag, [sealer.seal(Outgoing(PATIENT, t).to_json()) for t in LEFT_OVER]
            )
            if sending_probe_from is not None:
                outbox.mark_sending(ids[0], sending_probe_from)
            Inbox(db).store_new([(int(update["update_id"]), sealer.seal(update))])  # type: ignore[call-overload]
    finally:
        db.close()


async def restart(bot: Running) -> None:
    bot.stop = asyncio.Event()
    await bot.start()


async def test_replies_a_crash_left_go_before_the_next_answer_once_each(running: Running) -> None:
    await running.say("/start")
    await running.close()
    before = len(running.messages())
    update = running.fake.push_text(PATIENT, "yes")
    leave_work_behind(running, update)

    await restart(running)
    await running.fake.wait_for_messages(PATIENT, before + len(LEFT_OVER) + 1, timeout=10)
    await asyncio.sleep(0.3)  # anything sent twice would arrive now
    texts = [m["text"] for m in running.messages()[before:]]
    assert texts[: len(LEFT_OVER)] == LEFT_OVER
    assert all(text not in LEFT_OVER for text in texts[len(LEFT_OVER) :])


async def test_a_probe_after_a_restart_never_edits_an_earlier_bot_message(
    running: Running,
) -> None:
    await running.say("/start")
    earlier = running.messages()
    await running.close()
    update = running.fake.push_text(PATIENT, "yes")
    # The crashed process had marked the first left-over reply "sending" with a probe
    # start that points at one of the bot's earlier messages: its memory of ids was lost
    # with the process, and the patient's message it had seen last is older.
    leave_work_behind(running, update, sending_probe_from=earlier[0]["message_id"])

    await restart(running)
    await running.fake.wait_for_messages(PATIENT, len(earlier) + len(LEFT_OVER) + 1, timeout=10)
    await asyncio.sleep(0.3)
    after = running.messages()
    assert [m["text"] for m in after[: len(earlier)]] == [m["text"] for m in earlier]
    assert [m["text"] for m in after[len(earlier) :][: len(LEFT_OVER)]] == LEFT_OVER


def leave_delivered_reply_unmarked(bot: Running) -> tuple[int, int]:
    """The bot's last message arrived, but the crash came before the outbox heard so.

    Returns the outbox row and the message id.
    """
    sent = bot.messages()[-1]
    markup = (sent.get("reply_markup") or {}).get("inline_keyboard", [])
    buttons = tuple(
        tuple(Button(b["text"], b.get("callback_data"), b.get("url")) for b in row)
        for row in markup
    )
    payload = Sealer(SECRET).seal(Outgoing(PATIENT, sent["text"], buttons).to_json())
    db = connect(bot.settings.database_path)
    try:
        with db.conn:
            row_id, probe_from = db.execute(
                "select id, probe_from from outbox where message_id = ?", [sent["message_id"]]
            ).fetchone()
            assert probe_from is not None, "the reply was marked with where to look for it"
            db.execute(
                "update outbox set sent_at = null, message_id = null, payload = ? where id = ?",
                [payload, row_id],
            )
    finally:
        db.close()
    return row_id, sent["message_id"]


async def test_a_reply_that_arrived_just_before_a_crash_is_not_sent_again(
    running: Running,
) -> None:
    """Even when it is the chat's first reply, and the process knew no message ids yet."""
    await running.say("/start")
    await running.close()
    row_id, message_id = leave_delivered_reply_unmarked(running)
    before = len(running.messages())

    await restart(running)
    await running.fake.wait_for(lambda f: bool(f.calls("editMessageText")), timeout=10)
    await asyncio.sleep(0.5)  # a second copy would have arrived by now
    assert len(running.messages()) == before
    assert running.db_rows("select message_id from outbox where id = ?", row_id) == [(message_id,)]

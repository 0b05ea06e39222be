"""Delivery (bot/telegram/delivery.py) against the in-process fake backend: the outbox
is sent once and in order, 429s wait, a blocked chat ends its follow-ups, and a reply
left "sending" by a crash is probed for instead of sent twice. Nothing sleeps long:
retry waits are patched to zero."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.sealing import Sealer
from bot.service import AsyncService, open_service
from bot.telegram import delivery as delivery_module
from bot.telegram.bridge import Outgoing, render
from bot.telegram.delivery import Delivery
from bot.telegram.mailbox import Mailbox
from bot.telegram.port import Failure
from flows.engine import Inbound, Reply
from storage import connect
from tests.fakebackend import FakeBackend

CHAT = 4242


@pytest_asyncio.fixture
async def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[Any, ...]]:
    real_sleep = asyncio.sleep
    monkeypatch.setattr(delivery_module.asyncio, "sleep", lambda _s: real_sleep(0))
    db = connect(tmp_path / "bot.db")
    writer = AsyncService(open_service(db))
    mailbox = Mailbox(writer, Sealer("secret"))
    backend = FakeBackend()
    tasks: list[asyncio.Task[None]] = []

    def spawn(coroutine: Any) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coroutine)
        tasks.append(task)
        return task

    delivery = Delivery(backend, mailbox, spawn, asyncio.Semaphore(4))
    yield backend, mailbox, delivery, db
    for task in tasks:
        task.cancel()
    writer.close()
    db.close()


def _messages(reply: Reply) -> list[dict[str, Any]]:
    return [m.to_json() for m in render(CHAT, reply)]


async def _step(mailbox: Mailbox, text: str, update_id: int) -> None:
    await mailbox.store_updates([{"update_id": update_id}])
    await mailbox.step("chat", Inbound(text), _messages, update_id=update_id)


@pytest.mark.asyncio
async def test_the_outbox_is_sent_once_and_in_order(setup: tuple[Any, ...]) -> None:
    backend, mailbox, delivery, _ = setup
    await _step(mailbox, "/start", 1)
    await _step(mailbox, "i wet myself and my bum is numb", 2)
    await delivery.flush("chat")
    await delivery.flush("chat")  # nothing left: nothing sent again
    texts = [m.text for m in backend.sent()]
    assert "sciatica check-in" in texts[0]
    assert texts[1].startswith("🚨")  # the emergency first of its reply
    assert len(texts) == len(set(texts))
    unsent, _ = await mailbox.unsent("chat")
    assert unsent == []


@pytest.mark.asyncio
async def test_a_429_is_waited_out_then_sent(setup: tuple[Any, ...]) -> None:
    backend, mailbox, delivery, _ = setup
    await _step(mailbox, "/start", 1)
    backend.queue(Failure("retry_after", 0.01, "429"), 555)
    await delivery.flush("chat")
    calls = [method for method, _ in backend.requests]
    assert calls == ["sendMessage", "sendMessage"]
    unsent, last = await mailbox.unsent("chat")
    assert unsent == [] and last == 555


@pytest.mark.asyncio
async def test_a_blocked_chat_ends_its_follow_ups(setup: tuple[Any, ...]) -> None:
    backend, mailbox, delivery, db = setup
    db.execute(
        "insert into followups (session_id, patient, contact, level, days, due_at, status, "
        "created_at) values ('s', 'chat', x'00', 'soon', 2, ?, 'pending', ?)",
        [datetime.now(UTC).isoformat(), datetime.now(UTC).isoformat()],
    )
    db.conn.commit()
    await _step(mailbox, "/start", 1)
    backend.queue(Failure("gone", why="403 blocked"))
    await delivery.flush("chat")
    assert db.execute("select status, contact from followups").fetchall() == [("blocked", None)]


@pytest.mark.asyncio
async def test_a_reply_left_sending_by_a_crash_is_probed_not_sent_twice(
    setup: tuple[Any, ...],
) -> None:
    backend, mailbox, delivery, _ = setup
    await _step(mailbox, "/start", 1)
    (row,), _ = await mailbox.unsent("chat")
    await mailbox.mark_sending(row.id, 7)  # then the process died
    # the probe edits message 7 to its own text: "not modified" means it arrived
    backend.queue(Failure("drop", why="400 message is not modified"))
    await delivery.flush("chat")
    assert [method for method, _ in backend.requests] == ["editMessageText"]
    unsent, last = await mailbox.unsent("chat")
    assert unsent == [] and last == 7


@pytest.mark.asyncio
async def test_a_message_that_can_never_go_is_dropped_not_retried_forever(
    setup: tuple[Any, ...],
) -> None:
    backend, _, delivery, _ = setup
    backend.queue(Failure("drop", why="400 chat not found"))
    assert await delivery.send(Outgoing(CHAT, "hello")) == 0
    assert len(backend.requests) == 1


@pytest.mark.asyncio
async def test_the_same_words_moments_later_are_not_sent_again(setup: tuple[Any, ...]) -> None:
    backend, mailbox, delivery, _ = setup
    await _step(mailbox, "/start", 1)
    await _step(mailbox, "i wet myself and my bum is numb", 2)  # an emergency
    await delivery.flush("chat")
    first = len(backend.sent())
    await _step(mailbox, "what do i do", 3)  # "please don't wait" again, and again
    await _step(mailbox, "hello??", 4)
    await delivery.flush("chat")
    again = [m.text for m in backend.sent()[first:]]
    assert len(again) == len(set(again))  # each distinct text once
    assert any(t.startswith("🚨") for t in again) or any(
        m.text.startswith("🚨") for m in backend.sent()[:first]
    )
    unsent, _ = await mailbox.unsent("chat")
    assert unsent == []  # nothing left queued: the repeats were marked sent


@pytest.mark.asyncio
async def test_a_button_spinner_is_answered_again_after_a_5xx(setup: tuple[Any, ...]) -> None:
    from bot.telegram.port import best_effort

    backend, *_ = setup
    backend.queue(Failure("retry", why="502"), None)
    await best_effort(backend, "answerCallbackQuery", lambda: backend.answer_callback("q"))
    assert [m for m, _ in backend.requests] == ["answerCallbackQuery", "answerCallbackQuery"]


def _buttons(label: str) -> tuple[tuple[Any, ...], ...]:
    from bot.telegram.bridge import Button

    return ((Button(label, data=f"1:{label}"),),)


async def _settled(delivery: Delivery) -> None:
    delivery.settle_keyboards(CHAT)
    for _ in range(5):  # the removals run as their own tasks
        await asyncio.sleep(0)


def _edits(backend: FakeBackend) -> list[Any]:
    return [args for method, args in backend.requests if method == "editMessageReplyMarkup"]


@pytest.mark.asyncio
async def test_answered_buttons_stay_when_the_reply_brings_its_own(
    setup: tuple[Any, ...],
) -> None:
    backend, _, delivery, _ = setup
    first = await delivery.send(Outgoing(CHAT, "Q1", _buttons("yes")))
    delivery.answered(CHAT, tapped=first)  # the patient taps Q1's button
    await delivery.send(Outgoing(CHAT, "Q2", _buttons("no")))
    await _settled(delivery)
    assert _edits(backend) == []  # Q2's buttons are the last on screen: one call saved


@pytest.mark.asyncio
async def test_answered_buttons_go_after_a_reply_without_buttons(setup: tuple[Any, ...]) -> None:
    backend, _, delivery, _ = setup
    first = await delivery.send(Outgoing(CHAT, "Q1", _buttons("yes")))
    delivery.answered(CHAT)  # typed past the buttons
    await _settled(delivery)
    assert _edits(backend) == []  # no reply yet: nothing decided
    await delivery.send(Outgoing(CHAT, "How old are you?"))
    await _settled(delivery)
    assert _edits(backend) == [(CHAT, first)]
    assert [m for m, _ in backend.requests][-1] == "editMessageReplyMarkup"  # after the reply


@pytest.mark.asyncio
async def test_buttons_pressed_after_they_passed_go_once_however_often_pressed(
    setup: tuple[Any, ...],
) -> None:
    backend, _, delivery, _ = setup
    first = await delivery.send(Outgoing(CHAT, "Q1", _buttons("yes")))
    delivery.answered(CHAT, tapped=first)
    await delivery.send(Outgoing(CHAT, "Q2", _buttons("no")))
    await _settled(delivery)
    for _ in range(2):  # a double tap on Q1, answered "that question has passed" + Q2
        delivery.answered(CHAT, tapped=first)
        await delivery.send(Outgoing(CHAT, "passed; Q2", _buttons("no")))
        await _settled(delivery)
    assert _edits(backend) == [(CHAT, first)]  # never twice: "message is not modified"


# What a turn renders to: as few messages as fit, the same words in the same order.


def _reply(*messages: str, emergency: bool = False, options: bool = False) -> Reply:
    from flows.engine import Option

    buttons = (Option("Yes", "3:yes"), Option("No", "3:no")) if options else ()
    return Reply(tuple(messages), buttons, "q", None, None, emergency)


def test_an_acknowledgement_goes_with_the_question_after_it() -> None:
    out = render(CHAT, _reply("That's fine.", "Is a leg weak?", options=True))
    assert [m.text for m in out] == ["That's fine.\n\nIs a leg weak?"]
    assert out[0].buttons


def test_an_outcome_is_three_messages_the_summary_alone_the_offer_last() -> None:
    from flows.summary import SUMMARY_HEADING

    summary = f"{SUMMARY_HEADING}\nTriage: SOON."
    out = render(
        CHAT, _reply("Noted.", "See a GP.", "What helps.", summary, "Check in?", options=True)
    )
    assert [m.text for m in out] == ["Noted.\n\nSee a GP.\n\nWhat helps.", summary, "Check in?"]
    assert [bool(m.buttons) for m in out] == [False, False, True]


def test_an_emergency_keeps_its_short_first_message_alone_and_first() -> None:
    from bot.telegram.flood import Priority
    from flows.replies import CRISIS
    from flows.summary import SUMMARY_HEADING

    summary = f"{SUMMARY_HEADING}\nTriage: EMERGENCY."
    out = render(CHAT, _reply("🚨 Call now.", "Noted.", "You did right.", summary, emergency=True))
    assert [m.text for m in out] == ["🚨 Call now.", "Noted.\n\nYou did right.", summary]
    assert {m.priority for m in out} == {Priority.emergency}
    crisis = render(CHAT, _reply(CRISIS, "Is a leg weak?", options=True))
    assert [m.text for m in crisis] == [CRISIS, "Is a leg weak?"]


def test_texts_are_joined_only_while_they_fit_one_telegram_message() -> None:
    from bot.telegram.bridge import TELEGRAM_LIMIT

    long = "a" * (TELEGRAM_LIMIT - 11)  # with "Noted." it fits; "Next?" no longer does
    out = render(CHAT, _reply("Noted.", long, "Next?"))
    assert [m.text for m in out] == [f"Noted.\n\n{long}", "Next?"]
    assert render(CHAT, _reply("a" * TELEGRAM_LIMIT, "Next?"))[1].text == "Next?"

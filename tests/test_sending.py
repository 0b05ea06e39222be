"""Sending when Telegram misbehaves: a lost answer, a 429 in a probe, a long outage.

Each reply must arrive exactly once: not twice because an answer got lost on the
way back, not never because every attempt failed for a while.
"""

from __future__ import annotations

import asyncio

import pytest

import bot.telegram.delivery as delivery
from tests.harness import Running
from tests.test_recovery import leave_delivered_reply_unmarked, restart

pytestmark = pytest.mark.asyncio


async def test_a_reply_whose_answer_got_lost_is_not_sent_again(running: Running) -> None:
    await running.say("/start")
    # Telegram sends the message, but the bot only hears a 502 from a proxy.
    running.fake.fail_next("sendMessage", 502, after_effect=True)
    replies = await running.say("yes")
    await asyncio.sleep(1.0)  # a retry would have gone by now
    texts = [m["text"] for m in running.messages()]
    assert len(texts) == len(set(texts)), texts
    assert replies and running.fake.calls("editMessageText"), "it asked before sending again"


async def test_a_429_while_probing_waits_instead_of_sending_twice(running: Running) -> None:
    await running.say("/start")
    await running.close()
    before = len(running.messages())
    leave_delivered_reply_unmarked(running)
    running.fake.fail_next("editMessageText", 429, retry_after=1)

    await restart(running)
    await running.fake.wait_for(lambda f: len(f.calls("editMessageText")) >= 2, timeout=10)
    await asyncio.sleep(0.5)
    assert len(running.messages()) == before


async def test_a_reply_stuck_through_an_outage_goes_later_by_itself(
    running: Running, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(delivery, "MAX_ATTEMPTS", 2)
    monkeypatch.setattr(delivery, "STUCK_RETRY_AFTER", 0.5)
    await running.say("/start")
    before = len(running.messages())
    running.fake.fail_next("sendMessage", 502, times=2)  # every attempt of the first round
    running.fake.push_text(5550001, "yes")
    # Nobody writes again: the retry comes from the bot itself.
    await running.fake.wait_for_messages(5550001, before + 1, timeout=10)
    assert len(running.fake.calls("sendMessage")) >= 2 + before + 1

"""Nothing Telegram would refuse, over both backends and real HTTP, flood policy as
shipped: no chat gets more than a burst a second, no group more than 20 a minute, the
bot never more than 30 a second, and no edit is answered "message is not modified"
(which would mean an edit of a message that has no keyboard, such as a second edit of a
message tapped twice)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.harness import PATIENT, Running, bot_running, keyboard_data

GROUP = -1009990001
BURST = 5  # bot.settings' flood_chat_burst default


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def shipped(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Running]:
    async with bot_running(request.param, tmp_path) as bot:  # the flood policy as shipped
        assert bot.settings.flood_chat_burst == BURST
        yield bot


def _most_in_window(times: list[float], window: float) -> int:
    return max((sum(1 for t in times if s <= t < s + window) for s in times), default=0)


SENDS = ("sendMessage", "sendPhoto", "editMessageReplyMarkup", "editMessageText")


@pytest.mark.asyncio
async def test_a_burst_after_an_emergency_and_a_group_rush_stay_within_the_limits(
    shipped: Running,
) -> None:
    fake = shipped.fake
    welcome = await shipped.say("/start")
    consent, tapped = keyboard_data(welcome[-1])["yes"], welcome[-1]["message_id"]
    before = len(shipped.messages())
    for _ in range(2):  # a double tap: the second press has passed ("that question has")
        fake.push_callback(PATIENT, consent, message_id=tapped)
    await shipped.reply_to(before)
    await shipped.outbox_sent(PATIENT)
    await shipped.say("i keep wetting myself and i cant feel my bum")  # an emergency
    for n in range(8):  # the patient keeps typing: the bot must not answer 16 times at once
        fake.push_text(PATIENT, f"what do i do {n}")
    for _ in range(30):  # a support group posts the link and everyone taps /start
        fake.push_text(GROUP, "/start", chat_type="supergroup")
    await asyncio.sleep(3.0)
    await shipped.outbox_sent(PATIENT)
    calls = [c for m in SENDS for c in fake.calls(m)]
    to_patient = [c.at for c in calls if c.params.get("chat_id") == PATIENT]
    to_group = [c.at for c in calls if c.params.get("chat_id") == GROUP]
    assert _most_in_window(to_patient, 1.0) <= BURST
    assert 0 < len(to_group) <= 20
    assert _most_in_window([c.at for c in calls], 1.0) <= 30
    refused = [c for c in calls if c.status == 429]
    assert refused == []
    await asyncio.sleep(0.5)  # old buttons go after the replies, as housekeeping
    edits = fake.calls("editMessageReplyMarkup")
    not_modified = [c for c in edits if c.status == 400]
    assert not_modified == [], "an edit of a message without a keyboard"
    assert len({(c.params["chat_id"], c.params["message_id"]) for c in edits}) == len(edits)

"""A flood from one patient gets bounded replies and barely slows anyone else.

200 messages from one chat arrive within a couple of seconds while another
patient goes through questions; the other patient's reply time is compared with
the same steps without the flood, and the ratio is printed.
"""

from __future__ import annotations

import asyncio
import statistics
import time

import pytest

from tests.harness import PATIENT, Running

FLOODER = PATIENT + 100
FLOOD = 200
STEPS = 8


async def step_times(bot: Running, answers: list[str]) -> list[float]:
    times = []
    for answer in answers:
        start = time.monotonic()
        await bot.say(answer)
        times.append(time.monotonic() - start)
    return times


@pytest.mark.asyncio
async def test_a_flood_gets_bounded_replies_and_others_are_not_held_up(running: Running) -> None:
    await running.say("/start")
    await running.say("yes")
    quiet = await step_times(running, ["no", "no", "no", "no"])
    await running.say("/restart")

    async def flood() -> None:
        for i in range(FLOOD):
            running.fake.push_text(FLOODER, f"message {i} 🙃")
            if i % 20 == 0:
                await asyncio.sleep(0.1)

    flooding = asyncio.create_task(flood())
    busy = await step_times(running, ["no", "no", "no", "no"])
    await flooding
    await running.fake.wait_for(lambda f: not f.pending_updates, 20)
    await asyncio.sleep(1.0)

    replies = len(running.messages(FLOODER))
    ratio = statistics.median(busy) / statistics.median(quiet)
    print(
        f"\nflood: {FLOOD} messages from one patient got {replies} replies; another patient's "
        f"median reply time {statistics.median(quiet) * 1000:.0f} ms alone, "
        f"{statistics.median(busy) * 1000:.0f} ms during the flood (x{ratio:.1f})"
    )
    assert 1 <= replies <= 40
    assert ratio < 4
    # the flooder still gets an answer to what they send next
    answered = await running.say("/help", chat_id=FLOODER)
    assert answered

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

from tests.harness import PATIENT, Running, keyboard_data

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


@pytest.mark.asyncio
@pytest.mark.parametrize("then", ["/privacy", "/share", "/delete"])
async def test_a_command_right_after_an_answer_does_not_swallow_the_next_question(
    running: Running, then: str
) -> None:
    # What the answer gets on its own, in another chat.
    other = PATIENT + 1
    alone = (await running.say("/start", chat_id=other))[-1]
    question = (await running.press(keyboard_data(alone)["yes"], chat_id=other))[-1]["text"]

    consent = (await running.say("/start"))[-1]
    before = len(running.messages())
    # Two messages queued at once: the flood guard must not hush the answer's reply,
    # because the command after it does not show where the check-in stands.
    running.fake.push_callback(PATIENT, keyboard_data(consent)["yes"])
    running.fake.push_text(PATIENT, then)
    await running.fake.wait_for_messages(PATIENT, before + 2, timeout=10)
    await asyncio.sleep(0.3)
    texts = [m.get("text") or m.get("caption") or "" for m in running.messages()[before:]]
    assert texts[0] == question, texts

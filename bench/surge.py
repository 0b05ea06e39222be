"""The surge: the bot as shipped, at Telegram's ceiling, with Telegram's limits enforced.

A support group posts the bot's link: :attr:`Sizes.patients` patients arrive spread
over :attr:`Sizes.arrive_within` seconds (uniformly at random, seeded), and each plays
a whole check-in, one of the clinical cases in turn (:func:`bench.workload.scripts`
with ``taps=True``: a button is tapped where one says the answer, the rest is typed),
reading each reply and answering after a pause of :attr:`Sizes.think` seconds. The
bot is ``sciatica-bot run`` as shipped (its flood policy on, bot/telegram/flood.py)
against ``tests/fakebotapi.FakeBotAPI`` with Telegram's limits enforced
(:class:`tests.fakebotapi.FloodLimits`: 30 messages a second for the bot, a burst of 5
then one a second per chat, 20 a minute per group), so a message past them is answered
429 with ``retry_after`` and counted, as Telegram would.

Measured, per backend: messages a second (every call the limits count: sends and
edits) over the whole seconds throughout which the patients waiting for a reply were
owed at least :data:`CEILING` messages (their replies' messages still to come, and
the edit that takes the last buttons away when the reply brings none): a second's
work at the ceiling, so a bot that kept up with Telegram would send 30 in each; the
time from a patient's ``/start`` to the first message of the reply; the time from an
update whose reply is an emergency (or crisis) reply to that reply's first message,
and to what comes before it (the tap's spinner answered); the 429s the
fake gave; the bot process's peak resident memory (VmHWM); and Bot API calls (every
method but ``getUpdates``) per patient message (texts and taps).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.core import percentile
from bench.endtoend import (
    FAKE_TOKEN,
    _pinned,
    bot_environment,
    load_fake,
    say,
    sciatica_bot_command,
    start_bot,
)
from bench.workload import Script

#: Telegram's ceiling for one bot, messages a second (the fake enforces it).
CEILING = 30
#: When a message arrives at the fake (time.monotonic()).
Arrival = asyncio.Future[float]


@dataclass(frozen=True)
class Sizes:
    patients: int
    arrive_within: float  # seconds over which they arrive
    think: tuple[float, float] = (1.0, 3.0)  # seconds a patient takes to answer a reply
    step_timeout: float = 600.0  # a patient waiting longer than this for a reply gives up


FULL = Sizes(patients=500, arrive_within=60.0)
#: ``--only surge --quick``: a small surge, at the ceiling for some 5 to 15 s of it (50
#: patients no longer reach it since a check-in takes fewer calls); its messages a
#: second are mostly the start's, when the reading matchers are still being built.
QUICK = Sizes(patients=100, arrive_within=6.0, step_timeout=120.0)
#: ``--quick`` (every section, the smoke test): quick patients, figures meaningless.
SMOKE = Sizes(patients=10, arrive_within=2.0, think=(0.2, 0.5), step_timeout=60.0)


@dataclass
class Surge:
    """What one backend did in the surge."""

    name: str
    sizes: Sizes
    seconds: float = 0.0  # first arrival to the last reply
    first_reply: list[float] = field(default_factory=list)  # /start -> first message (s)
    emergency: list[float] = field(default_factory=list)  # update -> emergency reply (s)
    #: For those: update -> its button's spinner answered (a tap; a worker has it) and
    #: -> the last buttons taken away (both come before the step that makes the reply).
    emergency_taken: list[float] = field(default_factory=list)
    emergency_cleared: list[float] = field(default_factory=list)
    steps: list[float] = field(default_factory=list)  # each message -> its reply's last (s)
    busy_seconds: int = 0  # seconds with at least CEILING patients waiting
    busy_messages: int = 0  # messages accepted in those seconds
    messages: int = 0  # messages accepted (sends and edits) in the whole surge
    refused: dict[str, int] = field(default_factory=dict)  # 429s by limit
    hwm_mb: float = 0.0
    calls: dict[str, int] = field(default_factory=dict)  # Bot API calls by method, no getUpdates
    texts: int = 0
    taps: int = 0
    finished: int = 0  # patients who got their whole check-in
    timeouts: int = 0
    untapped: int = 0  # taps typed instead, the button not found
    notes: list[str] = field(default_factory=list)

    @property
    def busy_rate(self) -> float:
        return self.busy_messages / self.busy_seconds if self.busy_seconds else 0.0

    @property
    def rate(self) -> float:
        return self.messages / self.seconds if self.seconds else 0.0

    @property
    def too_many(self) -> int:
        return sum(self.refused.values())

    @property
    def calls_per_message(self) -> float:
        said = self.texts + self.taps
        return sum(self.calls.values()) / said if said else 0.0

    def p(self, values: list[float], q: float) -> float:
        return percentile(values, q)


class Patients:
    """Watches the bot's messages at the fake, wakes the patient waiting, and keeps the
    work owed: the messages waiting patients are still owed (the reply's messages, and
    the edit that takes the last buttons away, when the reply brings none), as
    ``(moment, change)`` events."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.counts: dict[int, int] = defaultdict(int)
        self.last_id: dict[int, int] = {}
        self.buttons: dict[int, dict[str, str]] = {}  # the last message's: label -> data
        self.owed: dict[int, list[int]] = {}  # chat -> [messages, edits] still to come
        self.work: list[tuple[float, int]] = []
        self.callbacks: dict[str, int] = {}  # callback query id -> chat
        self.answered_at: dict[int, float] = {}  # chat -> its last callback answered
        self.cleared_at: dict[int, float] = {}  # chat -> its last buttons taken away
        self._waiting: dict[int, tuple[int, int, Arrival, Arrival]] = {}
        original = fake._handlers["sendmessage"][1]
        original_edit = fake._handlers["editmessagereplymarkup"][1]
        original_answer = fake._handlers["answercallbackquery"][1]

        def edit_markup(params: dict[str, Any]) -> Any:
            # past the limits: a slot used, whether or not Telegram finds the buttons
            chat = params.get("chat_id")
            if isinstance(chat, int):
                self.cleared_at[chat] = time.monotonic()
            self._paid(chat, 1)
            return original_edit(params)

        def answer_callback(params: dict[str, Any]) -> Any:
            chat = self.callbacks.pop(str(params.get("callback_query_id")), None)
            if chat is not None:
                self.answered_at[chat] = time.monotonic()
            return original_answer(params)

        def send_message(params: dict[str, Any]) -> Any:
            result = original(params)  # raises for a refused or bad request: not delivered
            at = time.monotonic()
            chat = int(result["chat"]["id"])
            self._paid(chat, 0)
            self.counts[chat] += 1
            self.last_id[chat] = int(result["message_id"])
            rows = (result.get("reply_markup") or {}).get("inline_keyboard") or []
            self.buttons[chat] = {
                str(b["text"]).strip().lower(): str(b["callback_data"])
                for row in rows
                for b in row
                if "callback_data" in b
            }
            waiter = self._waiting.get(chat)
            if waiter is not None:
                first_at, done_at, first, done = waiter
                if self.counts[chat] >= first_at and not first.done():
                    first.set_result(at)
                if self.counts[chat] >= done_at and not done.done():
                    done.set_result(at)
            return result

        fake.register("sendMessage", send_message)
        fake.register("editMessageReplyMarkup", edit_markup)
        fake.register("answerCallbackQuery", answer_callback)

    def _paid(self, chat: Any, kind: int) -> None:
        owed = self.owed.get(chat) if isinstance(chat, int) else None
        if owed and owed[kind] > 0:
            owed[kind] -= 1
            self.work.append((time.monotonic(), -1))

    def expect(self, chat: int, replies: int, keyed: bool = False) -> tuple[Arrival, Arrival]:
        """Futures of the arrival times of the next reply's first and last message; the
        reply's messages (and an edit, if the last message has buttons and the reply,
        not ``keyed``, brings none of its own) are owed."""
        loop = asyncio.get_running_loop()
        first: Arrival = loop.create_future()
        done: Arrival = loop.create_future()
        now = self.counts[chat]
        self._waiting[chat] = (now + 1, now + replies, first, done)
        self.settle(chat)
        owed = [replies, 1 if self.buttons.get(chat) and not keyed else 0]
        self.owed[chat] = owed
        self.work.append((time.monotonic(), sum(owed)))
        return first, done

    def forget(self, chat: int) -> None:
        self._waiting.pop(chat, None)

    def settle(self, chat: int) -> None:
        """Whatever the chat is still owed is owed no more (the patient stopped waiting)."""
        owed = self.owed.pop(chat, None)
        if owed and sum(owed):
            self.work.append((time.monotonic(), -sum(owed)))


async def play(fake: Any, plays: list[Script], sizes: Sizes, result: Surge, chat: int) -> None:
    """Every patient arrives at their moment and plays their whole check-in."""
    rng = random.Random(23)
    arrivals = sorted(rng.uniform(0.0, sizes.arrive_within) for _ in range(sizes.patients))
    pauses = [random.Random(1000 + i) for i in range(sizes.patients)]
    patients = Patients(fake)
    start = time.monotonic()

    async def patient(n: int, chat: int, script: Script, arrive: float) -> None:
        await asyncio.sleep(max(0.0, start + arrive - time.monotonic()))
        for i, (text, replies) in enumerate(zip(script.texts, script.replies, strict=True)):
            if i:
                await asyncio.sleep(pauses[n].uniform(*sizes.think))
            keyed = bool(script.keyed and script.keyed[i])
            first, done = patients.expect(chat, replies, keyed)
            label = script.taps[i] if script.taps else None
            data = patients.buttons.get(chat, {}).get(label.lower()) if label else None
            pushed = time.monotonic()
            if data is not None:
                update = fake.push_callback(chat, data, message_id=patients.last_id[chat])
                patients.callbacks[str(update["callback_query"]["id"])] = chat
                result.taps += 1
            else:
                fake.push_text(chat, text)
                result.texts += 1
                result.untapped += label is not None
            if replies == 0:
                patients.forget(chat)
                continue
            try:
                last = await asyncio.wait_for(done, sizes.step_timeout)
            except TimeoutError:
                result.timeouts += 1
                patients.settle(chat)
                return
            finally:
                patients.forget(chat)
            result.steps.append(last - pushed)
            if i == 0:
                result.first_reply.append(first.result() - pushed)
            if script.urgent and script.urgent[i]:
                arrived = first.result()
                result.emergency.append(arrived - pushed)
                taken = patients.answered_at.get(chat, 0.0)
                if data is not None and pushed < taken <= arrived:
                    result.emergency_taken.append(taken - pushed)
                cleared = patients.cleared_at.get(chat, 0.0)
                if pushed < cleared <= arrived:
                    result.emergency_cleared.append(cleared - pushed)
        result.finished += 1
        patients.settle(chat)

    await asyncio.gather(
        *(patient(n, chat + n, plays[n % len(plays)], arrive) for n, arrive in enumerate(arrivals))
    )
    end = time.monotonic()
    result.seconds = end - start
    result.busy_seconds, result.busy_messages = busy(patients.work, accepted(fake), start, end)


def accepted(fake: Any) -> list[float]:
    """Arrival times of the messages the limits counted and let through."""
    fakebotapi = load_fake()
    return [
        c.at
        for c in fake.requests
        if c.method.lower() in fakebotapi.LIMITED_METHODS and c.status != 429
    ]


def busy(
    work: list[tuple[float, int]], sent: list[float], start: float, end: float
) -> tuple[int, int]:
    """Whole seconds from ``start`` throughout which waiting patients were owed at least
    CEILING messages (a second's work at the ceiling), and the messages sent in them."""
    events = sorted(work)
    count, e = 0, 0
    seconds = messages = 0
    sent = sorted(sent)
    s = 0
    t = start
    while t + 1.0 <= end:
        while e < len(events) and events[e][0] <= t:
            count += events[e][1]
            e += 1
        lowest = count
        while e < len(events) and events[e][0] < t + 1.0:
            count += events[e][1]
            lowest = min(lowest, count)
            e += 1
        while s < len(sent) and sent[s] < t:
            s += 1
        in_bin = 0
        while s < len(sent) and sent[s] < t + 1.0:
            in_bin += 1
            s += 1
        if lowest >= CEILING:
            seconds += 1
            messages += in_bin
        t += 1.0
    return seconds, messages


async def measure(
    name: str, plays: list[Script], folder: Path, sizes: Sizes, cpu: int | None
) -> Surge:
    fakebotapi = load_fake()
    fake = fakebotapi.FakeBotAPI(token=FAKE_TOKEN, limits=fakebotapi.FloodLimits())
    await fake.start()
    result = Surge(name, sizes)
    try:
        where = folder / f"surge-{name}"
        env = bot_environment(fake, name, where / "bot.db")
        cpus = {cpu} if cpu is not None else None
        bot, _ = await start_bot(fake, where, sciatica_bot_command(), env, cpus=cpus)
        seen = len(fake.requests)
        try:
            await play(fake, plays, sizes, result, 7_000_000)
            result.hwm_mb = bot.memory()[1]
        finally:
            code = await bot.stop()
            if code not in (0, -signal.SIGTERM):
                result.notes.append(f"bot exited with {code}: {bot.log()[-2000:]}")
        during = fake.requests[seen:]
        result.calls = dict(
            sorted(Counter(c.method for c in during if c.method.lower() != "getupdates").items())
        )
        result.messages = sum(
            1 for c in during if c.method.lower() in fakebotapi.LIMITED_METHODS and c.status != 429
        )
        result.refused = dict(Counter(r.limit for r in fake.refused))
    finally:
        await fake.stop()
    return result


def run(plays: list[Script], folder: Path, sizes: Sizes, backends: list[str]) -> list[Surge]:
    """Each backend in turn; the bot on one CPU, the fake and the patients on the other."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    bot_cpu = cpus[-1] if len(cpus) > 1 else None
    results = []
    with _pinned({cpus[0]} if bot_cpu is not None else None):
        for name in backends:
            say(
                f"{name}: surge of {sizes.patients} patients over {sizes.arrive_within:g} s "
                "(as shipped, Telegram's limits enforced)"
            )
            surge = asyncio.run(measure(name, plays, folder, sizes, bot_cpu))
            say(
                f"{name}: {surge.busy_rate:.1f} messages/s with work queued, first reply p99 "
                f"{surge.p(surge.first_reply, 99):.1f} s, emergency p99 "
                f"{surge.p(surge.emergency, 99):.2f} s, {surge.too_many} 429s, "
                f"{surge.calls_per_message:.2f} calls a message, {surge.seconds:.0f} s"
            )
            results.append(surge)
    return results

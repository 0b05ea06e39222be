"""kill -9 the real bot process at random moments, restart it, and lose nothing.

The bot runs as a subprocess (``python -m bot run``) against the fake Bot API on
127.0.0.1, alternating the two backends over one database. Simulated patients
keep answering their check-ins (each waits for the reply to its last message),
while the process is killed with SIGKILL at random points, ``CRASH_ROUNDS``
times (default 50). In the end every chat must have received exactly the
messages that ``simulate`` produces for the same answers: every reply there,
none twice, no answer lost, each conversation carried on at its question.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.simulate import simulate
from bot.telegram.bridge import group, split_text
from tests.fakebotapi import FakeBotAPI

ROUNDS = int(os.environ.get("CRASH_ROUNDS", "50"))
PATIENTS_AT_ONCE = 4
TOKEN = "123456:TEST-crash-token-0123456789abcdef"
CASES = Path(__file__).parent / "cases"
ROOT = Path(__file__).parent.parent


@dataclass
class Patient:
    chat_id: int
    case_id: str
    said: list[str]
    #: How many bot messages have arrived once the reply to said[i] is complete.
    replies_after: list[int]
    expected: list[str]
    next_message: int = 0
    done: bool = False
    waits: list[float] = field(default_factory=list)


def patients() -> list[tuple[str, list[str], list[int], list[str]]]:
    scripts = []
    for name in ("public.jsonl", "own.jsonl"):
        for line in (CASES / name).read_text().splitlines():
            case = {k: v for k, v in json.loads(line).items() if k not in ("expect", "why")}
            played = simulate(case)
            said, counts, bot = [], [], []
            turns: list[list[str]] = []
            for entry in played["transcript"]:
                if entry["from"] == "patient":
                    said.append(entry["text"])
                    turns.append([])
                else:
                    turns[-1].append(entry["text"])
            for i, turn in enumerate(turns):
                # each turn as Telegram gets it: its texts joined as the bridge joins them
                last = i == len(turns) - 1
                emergency = last and played["outcome"] == "emergency"
                bot += [part for text in group(tuple(turn), emergency) for part in split_text(text)]
                counts.append(len(bot))
            scripts.append((case["id"], said, counts, bot))
    return scripts


def bot_process(tmp: Path, url: str, backend: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_SERVER=url,
        TELEGRAM_BACKEND=backend,
        PSEUDONYM_SECRET="crash-test-secret",
        DATABASE_PATH=str(tmp / "bot.db"),
        LOG_LEVEL="ERROR",
    )
    with open(tmp / "bot.log", "ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


@pytest.mark.asyncio
async def test_kill_9_at_random_points_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path,
) -> None:
    rng = random.Random(20261122)
    scripts = patients()
    fake = FakeBotAPI(token=TOKEN)
    url = await fake.start()
    waiting: list[Patient] = []
    active: list[Patient] = []
    next_chat = 7_000_001

    def admit() -> None:
        nonlocal next_chat
        while len(active) < PATIENTS_AT_ONCE:
            case_id, said, counts, bot = scripts[(next_chat - 7_000_001) % len(scripts)]
            active.append(Patient(next_chat, case_id, said, counts, bot))
            next_chat += 1

    crashing = True

    async def drive() -> None:
        while crashing or active:
            for patient in list(active):
                got = len(fake.sent_messages(patient.chat_id))
                i = patient.next_message
                ready = i == 0 or got >= patient.replies_after[i - 1]
                if i == len(patient.said) and ready:
                    patient.done = True
                    active.remove(patient)
                    waiting.append(patient)
                elif ready and i < len(patient.said):
                    fake.push_text(patient.chat_id, patient.said[i])
                    patient.next_message += 1
            if crashing:
                admit()
            await asyncio.sleep(0.01)

    driver = asyncio.create_task(drive())
    kills = 0
    try:
        for round_number in range(ROUNDS):
            backend = ("ptb", "aiogram")[round_number % 2]
            process = bot_process(tmp_path, url, backend)
            await asyncio.sleep(rng.uniform(0.3, 2.5))
            process.send_signal(signal.SIGKILL)
            await asyncio.to_thread(process.wait)
            kills += 1
        crashing = False
        process = bot_process(tmp_path, url, "ptb")
        try:
            await asyncio.wait_for(driver, timeout=120)
        finally:
            process.terminate()
            await asyncio.to_thread(process.wait, 20)
    finally:
        crashing = False
        driver.cancel()
        await fake.stop()

    lost = duplicated = wrong = 0
    for patient in waiting:
        texts = [m.get("text") or m.get("caption") for m in fake.sent_messages(patient.chat_id)]
        if texts != patient.expected:
            at = next(
                (
                    i
                    for i, (a, b) in enumerate(zip(texts, patient.expected, strict=False))
                    if a != b
                ),
                min(len(texts), len(patient.expected)),
            )
            print(
                f"\n{patient.case_id} differs at bot message {at}: got "
                f"{texts[at - 1 : at + 2]!r}, expected {patient.expected[at - 1 : at + 2]!r}"
            )
            got, want = Counter(texts), Counter(patient.expected)
            duplicated += sum((got - want).values())
            lost += sum((want - got).values())
            wrong += 1
    messages = sum(len(p.said) for p in waiting)
    probes = len(fake.calls("editMessageText"))
    print(
        f"\nkill -9 rounds: {kills}; conversations finished: {len(waiting)}; patient messages: "
        f"{messages}; replies lost: {lost}; replies sent twice: {duplicated}; conversations "
        f"that differ from simulate: {wrong}; probe calls (editMessageText): {probes}"
    )
    assert kills == ROUNDS >= 1
    assert len(waiting) >= PATIENTS_AT_ONCE
    assert (lost, duplicated, wrong) == (0, 0, 0)

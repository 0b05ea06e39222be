"""Webhook mode, and ``sciatica-bot run`` as a real process carrying a patient to an outcome."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.settings import Settings
from bot.simulate import answer_for, simulate
from bot.telegram import serve
from storage import connect
from tests.fakebotapi import FakeBotAPI
from tests.harness import CASES, PATIENT, keyboard_data

TOKEN = "123456:TEST-process-token-0123456789abcdef"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.asyncio
@pytest.mark.parametrize("backend", ["ptb", "aiogram"])
async def test_webhook_mode_checks_the_secret_and_answers(tmp_path: Path, backend: str) -> None:
    fake = FakeBotAPI()
    url = await fake.start()
    port = free_port()
    settings = Settings(
        _env_file=None,
        telegram_bot_token=fake.token,
        telegram_api_server=url,
        telegram_backend=backend,
        database_path=tmp_path / "bot.db",
        pseudonym_secret="webhook-test",
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        webhook_secret="s3cret-token",
        webhook_port=port,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, stop))
    try:
        await fake.wait_for(lambda f: bool(f.calls("setWebhook")), 10)
        assert fake.webhook_secret_token == "s3cret-token"
        assert not fake.calls("getUpdates")
        async with aiohttp.ClientSession() as client:
            forged = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "text": "/start",
                    "chat": {"id": PATIENT, "type": "private"},
                },
            }
            async with client.post(
                settings.webhook_url or "",
                json=forged,
                headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"},
            ) as r:
                assert r.status == 403
        fake.push_text(PATIENT, "/start")
        assert await fake.deliver_webhook() == [200]
        messages = await fake.wait_for_messages(PATIENT, 1, 10)
        assert "sciatica check-in" in messages[0]["text"]
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await fake.stop()


async def _settled(fake: FakeBotAPI, chat: int, quiet: float = 1.15) -> int:
    """The number of messages to ``chat`` once none has come for ``quiet`` seconds: a
    reply of several messages is paced at about one a second after a burst, as Telegram
    asks, so its question may come a second after its first line."""
    count = len(fake.sent_messages(chat))
    while True:
        await asyncio.sleep(quiet)
        now = len(fake.sent_messages(chat))
        if now == count:
            return count
        count = now


@pytest.mark.asyncio
async def test_sciatica_bot_run_carries_a_patient_to_an_outcome_by_buttons(
    tmp_path: Path,
) -> None:
    case = json.loads((CASES / "public.jsonl").read_text().splitlines()[12])  # pub-13
    expected = simulate({k: v for k, v in case.items() if k not in ("expect", "why")})
    fake = FakeBotAPI(token=TOKEN)
    url = await fake.start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_SERVER=url,
        PSEUDONYM_SECRET="p",
        DATABASE_PATH=str(tmp_path / "bot.db"),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        fake.push_text(PATIENT, "/start")
        count = 1
        await fake.wait_for_messages(PATIENT, count, 20)
        for _ in range(40):
            db = connect(tmp_path / "bot.db")
            state, level = db.execute("select state, level from sessions").fetchone()
            db.close()
            if level:
                break
            last = fake.sent_messages(PATIENT)[-1]
            answer = answer_for(case, None if state == "consent" else state)
            data = keyboard_data(last).get(answer)
            if data:
                fake.push_callback(PATIENT, data)
            else:
                fake.push_text(PATIENT, answer)
            before = count
            await fake.wait_for(lambda f, b=before: len(f.sent_messages(PATIENT)) > b, 10)
            count = await _settled(fake, PATIENT)
        assert level == expected["outcome"] == "soon"
        assert len(fake.calls("answerCallbackQuery")) >= 10
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.to_thread(process.communicate, timeout=20)
        await fake.stop()
    assert process.returncode == 0, err.decode()
    assert TOKEN not in (out + err).decode()  # the token never reaches a log

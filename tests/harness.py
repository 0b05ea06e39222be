"""A bot running against the fake Bot API, for the Telegram tests (fixture in conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.pseudonym import patient_key
from bot.settings import Settings
from bot.telegram import serve
from storage import connect
from tests.fakebotapi import FakeBotAPI

SECRET = "test-pseudonym-secret"
CASES = Path(__file__).parent / "cases"
PATIENT = 5550001


class Running:
    """A bot process-in-a-task against a fake Bot API."""

    def __init__(self, fake: FakeBotAPI, settings: Settings) -> None:
        self.fake = fake
        self.settings = settings
        self.stop = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(serve(self.settings, self.stop))
        await self.fake.wait_for(lambda f: bool(f.calls("getUpdates")), timeout=10)

    async def close(self) -> None:
        self.stop.set()
        if self.task:
            await asyncio.wait_for(self.task, 10)

    def db_rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        db = connect(self.settings.database_path)
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    def messages(self, chat_id: int = PATIENT) -> list[dict[str, Any]]:
        return self.fake.sent_messages(chat_id)

    async def reply_to(self, count_before: int, chat_id: int = PATIENT) -> list[dict[str, Any]]:
        """Wait until the bot has answered: a message arrived, no update waits, and the
        chat's outbox is empty (the flood policy may pace the rest of a long reply)."""
        await self.fake.wait_for(lambda f: len(f.sent_messages(chat_id)) > count_before, 10)
        await asyncio.sleep(0.05)  # the rest of the same reply
        await self.fake.wait_for(lambda f: not self._busy(), 10)
        await self.outbox_sent(chat_id)
        return self.messages(chat_id)[count_before:]

    async def outbox_sent(self, chat_id: int = PATIENT) -> None:
        """Wait until every reply queued for the chat has gone (the flood policy paces a
        burst: a long reply's last messages may come a second after its first)."""
        tag = patient_key(self.settings.pseudonym_secret or SECRET, "telegram", chat_id)
        deadline = asyncio.get_running_loop().time() + 10
        sql = "select 1 from outbox where chat = ? and sent_at is null limit 1"
        while self.db_rows(sql, tag) and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)

    def _busy(self) -> bool:
        return bool(self.fake.pending_updates)

    async def say(
        self, text: str, chat_id: int = PATIENT, chat_type: str = "private"
    ) -> list[dict[str, Any]]:
        before = len(self.messages(chat_id))
        self.fake.push_text(chat_id, text, chat_type=chat_type)
        return await self.reply_to(before, chat_id)

    async def press(self, data: str, chat_id: int = PATIENT) -> list[dict[str, Any]]:
        before = len(self.messages(chat_id))
        self.fake.push_callback(chat_id, data)
        return await self.reply_to(before, chat_id)


def keyboard_data(message: dict[str, Any]) -> dict[str, str]:
    """Button value -> callback data, for the message's inline keyboard."""
    markup = message.get("reply_markup") or {}
    return {
        b["callback_data"].split(":", 1)[1]: b["callback_data"]
        for row in markup.get("inline_keyboard", [])
        for b in row
        if "callback_data" in b
    }


@asynccontextmanager
async def bot_running(backend: str, folder: Path, **settings: Any) -> AsyncIterator[Running]:
    """The bot on ``backend`` against a fresh fake Bot API, with its database in
    ``folder``; ``settings`` override the defaults (a fixture's, or a test's own)."""
    fake = FakeBotAPI()
    url = await fake.start()
    options: dict[str, Any] = {
        "_env_file": None,
        "telegram_bot_token": fake.token,
        "telegram_api_server": url,
        "telegram_backend": backend,
        "database_path": folder / "bot.db",
        "pseudonym_secret": SECRET,
        **settings,
    }
    bot = Running(fake, Settings(**options))
    await bot.start()
    try:
        yield bot
    finally:
        await bot.close()
        await fake.stop()

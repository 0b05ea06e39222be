"""The python-telegram-bot backend: an ExtBot, nothing more (the flood policy is ours,
shared with aiogram: bot/telegram/flood.py).

Conversation state stays in our SQLite (not ConversationHandler or PicklePersistence),
and polling is the runtime's own durable loop, so only the HTTP client is PTB's.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

# PTB 22 returns durations as timedelta when this is set, and warns otherwise.
os.environ.setdefault("PTB_TIMEDELTA", "true")

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.telegram.bridge import Button
from bot.telegram.port import (
    ALLOWED_UPDATES,
    CHATS_AT_ONCE,
    LibraryErrors,
    SharedCalls,
)


def _seconds(error: RetryAfter) -> float:
    wait = error.retry_after
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


ERRORS = LibraryErrors(
    retry_after=RetryAfter,
    gone=Forbidden,
    refused=InvalidToken,
    bad_request=BadRequest,
    transient=(TimedOut, NetworkError, TelegramError),
    seconds=_seconds,
)


class PTBBackend(SharedCalls):
    name = "ptb"
    errors = ERRORS

    def __init__(self, token: str, server: str) -> None:
        server = server.rstrip("/")
        self.bot = ExtBot(
            token,
            base_url=f"{server}/bot",
            base_file_url=f"{server}/file/bot",
            request=HTTPXRequest(
                connection_pool_size=CHATS_AT_ONCE + 2, connect_timeout=10, read_timeout=15
            ),
            get_updates_request=HTTPXRequest(connect_timeout=10, read_timeout=40),
        )

    async def start(self) -> str:
        await self.bot.initialize()
        return str(self.bot.username)

    async def close(self) -> None:
        await self.bot.shutdown()

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict[str, Any]]:
        updates = await self.bot.get_updates(
            offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES
        )
        return [update.to_dict() for update in updates]

    async def delete_webhook(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)

    async def set_webhook(self, url: str, secret: str) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def set_commands(self, commands: tuple[tuple[str, str], ...]) -> None:
        await self.bot.set_my_commands([BotCommand(name, text) for name, text in commands])

    def markup(self, buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        return InlineKeyboardMarkup(
            [
                [InlineKeyboardButton(b.label, callback_data=b.data, url=b.url) for b in row]
                for row in buttons
            ]
        )

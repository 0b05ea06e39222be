"""The aiogram 3 backend: an aiogram Bot over an AiohttpSession, nothing more (the flood
policy is ours, shared with python-telegram-bot: bot/telegram/flood.py).

Like the PTB backend, it only moves JSON: conversation state and polling belong to
our runtime. aiogram's polling never calls deleteWebhook, and its dispatcher would
let two updates of one chat race, so neither is used.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods.base import Response
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)

from bot.telegram.bridge import Button
from bot.telegram.port import (
    ALLOWED_UPDATES,
    CHATS_AT_ONCE,
    LibraryErrors,
    SharedCalls,
)

# aiogram parses every answer with ``Response[method.__returning__]``, a pydantic class
# that pydantic caches only weakly: after a garbage collection it is built again, a few
# ms each time (docs/performance.md). Holding the ones this bot uses keeps them built.
_RESPONSE_TYPES = (
    Response[Message],
    Response[Message | bool],
    Response[list[Update]],
    Response[bool],
)


ERRORS = LibraryErrors(
    retry_after=TelegramRetryAfter,
    gone=TelegramForbiddenError,
    refused=TelegramUnauthorizedError,
    bad_request=TelegramBadRequest,
    transient=(TelegramServerError, TelegramNetworkError),
    seconds=lambda error: float(error.retry_after),
)


class AiogramBackend(SharedCalls):
    name = "aiogram"
    errors = ERRORS

    def __init__(self, token: str, server: str) -> None:
        session = AiohttpSession(
            api=TelegramAPIServer.from_base(server.rstrip("/")), limit=CHATS_AT_ONCE + 2
        )
        self.bot = Bot(token, session=session)

    async def start(self) -> str:
        me = await self.bot.get_me()
        return str(me.username)

    async def close(self) -> None:
        await self.bot.session.close()

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict[str, Any]]:
        updates = await self.bot.get_updates(
            offset=offset,
            timeout=timeout,
            allowed_updates=ALLOWED_UPDATES,
            request_timeout=timeout + 15,
        )
        return [u.model_dump(mode="json", by_alias=True, exclude_none=True) for u in updates]

    async def delete_webhook(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)

    async def set_webhook(self, url: str, secret: str) -> None:
        await self.bot.set_webhook(url, secret_token=secret, allowed_updates=ALLOWED_UPDATES)

    async def set_commands(self, commands: tuple[tuple[str, str], ...]) -> None:
        await self.bot.set_my_commands(
            [BotCommand(command=name, description=text) for name, text in commands]
        )

    def photo(self, data: bytes) -> BufferedInputFile:
        return BufferedInputFile(data, "invite.png")

    def markup(self, buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        return InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text=b.label, callback_data=b.data, url=b.url) for b in row]
                for row in buttons
            ]
        )

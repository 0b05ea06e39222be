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

from bot.telegram.bridge import Button, Outgoing
from bot.telegram.port import ALLOWED_UPDATES, CHATS_AT_ONCE, Failure

# aiogram parses every answer with ``Response[method.__returning__]``, a pydantic class
# that pydantic caches only weakly: after a garbage collection it is built again, a few
# ms each time (docs/performance.md). Holding the ones this bot uses keeps them built.
_RESPONSE_TYPES = (
    Response[Message],
    Response[Message | bool],
    Response[list[Update]],
    Response[bool],
)


class AiogramBackend:
    name = "aiogram"

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

    async def send(self, message: Outgoing) -> int:
        markup = _markup(message.buttons)
        if message.photo is not None:
            sent = await self.bot.send_photo(
                message.chat_id,
                BufferedInputFile(message.photo, "invite.png"),
                caption=message.text,
                reply_markup=markup,
            )
        else:
            sent = await self.bot.send_message(message.chat_id, message.text, reply_markup=markup)
        return sent.message_id

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[Button, ...], ...]
    ) -> None:
        await self.bot.edit_message_text(
            text=text, chat_id=chat_id, message_id=message_id, reply_markup=_markup(buttons)
        )

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        await self.bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=message_id, reply_markup=None
        )

    async def answer_callback(self, callback_id: str) -> None:
        await self.bot.answer_callback_query(callback_id)

    def classify(self, error: BaseException) -> Failure:
        if isinstance(error, TelegramRetryAfter):
            return Failure(
                "retry_after",
                float(error.retry_after),
                f"429 flood control, retry after {error.retry_after} s",
            )
        if isinstance(error, TelegramForbiddenError):
            return Failure("gone", why=f"403 {error.message}")
        if isinstance(error, TelegramUnauthorizedError):
            return Failure("fatal", why="the bot token was refused")
        if isinstance(error, TelegramBadRequest):
            return Failure("drop", why=f"400 {error.message}")
        if isinstance(error, (TelegramServerError, TelegramNetworkError)):
            return Failure("retry", why=f"server or network: {error}")
        return Failure("retry", why=type(error).__name__)


def _markup(buttons: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=b.label, callback_data=b.data, url=b.url) for b in row]
            for row in buttons
        ]
    )

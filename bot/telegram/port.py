"""The port between the runtime and a Telegram library, and the one backoff rule.

A backend (:mod:`bot.telegram.ptb`, :mod:`bot.telegram.aiogram_bot`) moves JSON over
HTTP with its library and classifies every error as one :class:`Failure`; the runtime
never sees a library's own exceptions.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from bot.telegram.bridge import Outgoing

log = logging.getLogger("sciatica_bot.telegram")

POLL_TIMEOUT = 25
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
MAX_ATTEMPTS = 6
#: Chats worked on at once. More only queue for the one CPU and the HTTP pool, and a
#: bigger pool costs every request a scan of its connections (docs/performance.md).
CHATS_AT_ONCE = 16


@dataclass(frozen=True)
class Failure:
    """How to treat an error from the Bot API."""

    kind: str  # retry_after, retry, gone (blocked or chat deleted), drop (bad request), fatal
    wait: float = 0.0
    why: str = ""

    def backoff(self, attempt: int) -> float:
        """The one backoff rule: Telegram's retry_after, else doubling from 0.4 s."""
        return self.wait if self.kind == "retry_after" else 0.2 * 2**attempt


class Unclear(Exception):
    """Telegram's errors kept a delivery probe from knowing whether a reply arrived."""


class Backend(Protocol):
    """What a Telegram library must do for the runtime; see ptb.py and aiogram_bot.py."""

    name: str

    async def start(self) -> str: ...  # returns the bot's username

    async def close(self) -> None: ...

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict[str, Any]]: ...

    async def delete_webhook(self) -> None: ...

    async def set_webhook(self, url: str, secret: str) -> None: ...

    async def set_commands(self, commands: tuple[tuple[str, str], ...]) -> None: ...

    async def send(self, message: Outgoing) -> int: ...

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None: ...

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[Any, ...], ...]
    ) -> None: ...

    async def answer_callback(self, callback_id: str) -> None: ...

    def classify(self, error: BaseException) -> Failure: ...


@dataclass(frozen=True)
class LibraryErrors:
    """A library's exception classes for each kind of :class:`Failure`, so that both
    backends classify by one rule (:func:`classify`)."""

    retry_after: type[BaseException]
    gone: type[BaseException]  # 403: blocked, or the chat was deleted
    refused: type[BaseException]  # 401: the token
    bad_request: type[BaseException]  # 400
    transient: tuple[type[BaseException], ...]  # 5xx, time-outs, the network
    seconds: Callable[[Any], float]  # the retry_after of a 429, in seconds


def classify(error: BaseException, errors: LibraryErrors) -> Failure:
    """The one rule: 429 waits as told, 403 ends the chat, 401 stops, 400 is dropped, the
    rest is tried again."""
    message = getattr(error, "message", "") or str(error)
    if isinstance(error, errors.retry_after):
        wait = errors.seconds(error)
        return Failure("retry_after", wait, f"429 flood control, retry after {wait:g} s")
    if isinstance(error, errors.gone):
        return Failure("gone", why=f"403 {message}")
    if isinstance(error, errors.refused):
        return Failure("fatal", why="the bot token was refused")
    if isinstance(error, errors.bad_request):
        return Failure("drop", why=f"400 {message}")
    if isinstance(error, errors.transient):
        return Failure("retry", why=f"server or network: {message}")
    return Failure("retry", why=type(error).__name__)


class SharedCalls:
    """The Bot API calls both libraries spell alike, and the one error rule; a backend
    supplies ``bot``, ``errors`` and ``markup`` (its own keyboard type)."""

    bot: Any
    #: The library's exceptions, for the one rule of :func:`classify`.
    errors: LibraryErrors

    def markup(self, buttons: tuple[tuple[Any, ...], ...]) -> Any:
        raise NotImplementedError

    def classify(self, error: BaseException) -> Failure:
        return classify(error, self.errors)

    def photo(self, data: bytes) -> Any:
        """The library's form of an image to upload (ptb takes the bytes themselves)."""
        return data

    async def send(self, message: Outgoing) -> int:
        markup = self.markup(message.buttons)
        if message.photo is not None:
            sent = await self.bot.send_photo(
                message.chat_id,
                self.photo(message.photo),
                caption=message.text,
                reply_markup=markup,
            )
        else:
            sent = await self.bot.send_message(message.chat_id, message.text, reply_markup=markup)
        return int(sent.message_id)

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[Any, ...], ...]
    ) -> None:
        await self.bot.edit_message_text(
            text=text, chat_id=chat_id, message_id=message_id, reply_markup=self.markup(buttons)
        )

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        await self.bot.edit_message_reply_markup(
            chat_id=chat_id, message_id=message_id, reply_markup=None
        )

    async def answer_callback(self, callback_id: str) -> None:
        await self.bot.answer_callback_query(callback_id)


async def retrying(backend: Backend, method: str, call: Callable[[], Awaitable[Any]]) -> Any:
    """A call that must succeed (getMe, setWebhook ...): retried, fatal errors raised."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            return await call()
        except Exception as error:
            failure = backend.classify(error)
            if failure.kind == "fatal" or attempt == MAX_ATTEMPTS:
                raise
            wait = failure.backoff(attempt)
            log.warning("%s failed (%s); trying again in %.1f s", method, failure.why, wait)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")


async def best_effort(
    backend: Backend, method: str, call: Callable[[], Awaitable[Any]], attempts: int = 2
) -> None:
    """A call the patient does not miss if it fails (a spinner, old buttons): tried again
    once after a 5xx or a timeout, then let go."""
    for attempt in range(1, attempts + 1):
        try:
            await call()
            return
        except Exception as error:
            failure = backend.classify(error)
            if failure.kind not in ("retry", "retry_after") or attempt == attempts:
                log.info("%s failed (%s); carrying on", method, failure.why)
                return
            await asyncio.sleep(min(failure.backoff(attempt), 1.0))

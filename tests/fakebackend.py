"""A small in-process Telegram backend for unit tests, in the spirit of aiogram's mocked
bot: it queues the responses a test wants (a message id, or an error) and records every
request. No HTTP: the end-to-end tests use tests/fakebotapi.py for that.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from bot.telegram.bridge import Outgoing
from bot.telegram.port import Failure


class FakeError(Exception):
    """An error the fake raises; it carries the Failure the backend classifies it as."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.why)
        self.failure = failure


@dataclass
class FakeBackend:
    """Implements bot.telegram.port.Backend; ``queue`` what the next calls answer."""

    name: str = "fake"
    requests: list[tuple[str, Any]] = field(default_factory=list)
    answers: deque[Any] = field(default_factory=deque)
    next_id: int = 100

    def queue(self, *answers: Any) -> None:
        """The next calls' answers, in order: a Failure to raise, or a value to return."""
        self.answers.extend(answers)

    def sent(self) -> list[Outgoing]:
        return [args for method, args in self.requests if method == "sendMessage"]

    async def _answer(self, method: str, args: Any, default: Any) -> Any:
        self.requests.append((method, args))
        if self.answers:
            answer = self.answers.popleft()
            if isinstance(answer, Failure):
                raise FakeError(answer)
            return answer
        return default

    async def start(self) -> str:
        return str(await self._answer("getMe", None, "fake_bot"))

    async def close(self) -> None:
        return None

    async def get_updates(self, offset: int | None, timeout: int) -> list[dict[str, Any]]:
        return list(await self._answer("getUpdates", offset, []))

    async def delete_webhook(self) -> None:
        await self._answer("deleteWebhook", None, None)

    async def set_webhook(self, url: str, secret: str) -> None:
        await self._answer("setWebhook", url, None)

    async def set_commands(self, commands: tuple[tuple[str, str], ...]) -> None:
        await self._answer("setMyCommands", commands, None)

    async def send(self, message: Outgoing) -> int:
        self.next_id += 1
        return int(await self._answer("sendMessage", message, self.next_id))

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        await self._answer("editMessageReplyMarkup", (chat_id, message_id), None)

    async def edit_text(
        self, chat_id: int, message_id: int, text: str, buttons: tuple[tuple[Any, ...], ...]
    ) -> None:
        await self._answer("editMessageText", (chat_id, message_id, text), None)

    async def answer_callback(self, callback_id: str) -> None:
        await self._answer("answerCallbackQuery", callback_id, None)

    def classify(self, error: BaseException) -> Failure:
        if isinstance(error, FakeError):
            return error.failure
        return Failure("retry", why=type(error).__name__)

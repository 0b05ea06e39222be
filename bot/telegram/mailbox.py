"""The Telegram runtime's one door to storage: updates in, replies out, each one trip.

Every method is one call on the conversation service, run on its writer thread
(:class:`bot.service.AsyncService`), so each is one transaction. Updates are sealed
before they are stored and opened when read back; replies are rendered and sealed
into the outbox by the service in the step's own transaction. Nothing in
``bot/telegram`` reaches storage any other way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from bot.sealing import Sealer
from bot.service import AsyncService, ReplyTo, Turn
from flows.engine import Inbound, Reply
from storage.delivery import Pending
from storage.followups import FollowUp


class Mailbox:
    """Sealed updates and replies for one bot process."""

    def __init__(self, service: AsyncService, sealer: Sealer) -> None:
        self._writer = service  # runs each call on the one writer thread
        self._conversation = service.service
        self.sealer = sealer

    # Updates.

    async def store_updates(self, updates: Sequence[dict[str, Any]]) -> set[int]:
        """Store updates before Telegram is told they arrived; returns the new ids."""
        sealed = [(int(u["update_id"]), self.sealer.seal(u)) for u in updates]
        return set(await self._writer.run(self._conversation.store_updates, sealed))

    async def pending_updates(self) -> list[tuple[int, dict[str, Any]]]:
        rows = await self._writer.run(self._conversation.pending_updates)
        return [(update_id, self.sealer.open(payload)) for update_id, payload in rows]

    async def next_offset(self) -> int | None:
        return await self._writer.run(self._conversation.next_offset)  # type: ignore[no-any-return]

    # Steps: each is one trip to the writer and one commit, replies included.

    async def step(
        self,
        chat: str,
        inbound: Inbound,
        render: Callable[[Reply], Sequence[dict[str, Any]]],
        *,
        update_id: int | None,
        referral: str | None = None,
        contact: Any = None,
        probe_from: int | None = None,
    ) -> Turn | None:
        """Step the conversation; ``render`` gives the messages to queue (as JSON)."""
        reply_to = ReplyTo(chat, self._sealed(render), probe_from)
        sealed_contact = self.sealer.seal(contact) if contact is not None else None
        return await self._writer.handle(  # type: ignore[no-any-return]
            chat,
            inbound,
            referral=referral,
            update_id=update_id,
            reply_to=reply_to,
            contact=sealed_contact,
        )

    async def respond(
        self,
        update_id: int | None,
        chat: str | None = None,
        messages: Sequence[dict[str, Any]] = (),
        probe_from: int | None = None,
    ) -> bool:
        """Queue replies that change no session (or none, to mark an update handled)."""
        payloads = [self.sealer.seal(m) for m in messages]
        return await self._writer.run(  # type: ignore[no-any-return]
            self._conversation.respond, update_id, chat, payloads, probe_from
        )

    async def answer_erasure(
        self, chat: str, update_id: int | None, message: dict[str, Any], seen: int, erase: bool
    ) -> bool:
        payloads = [self.sealer.seal(message)]
        service = self._conversation
        return await self._writer.run(  # type: ignore[no-any-return]
            lambda: service.answer_erasure(chat, update_id, payloads, seen, erase=erase)
        )

    # Delivery.

    async def unsent(self, chat: str | None = None) -> tuple[list[Pending], int | None]:
        return await self._writer.run(self._conversation.unsent, chat)  # type: ignore[no-any-return]

    def open(self, payload: bytes) -> Any:
        return self.sealer.open(payload)

    async def mark_sending(self, outbox_id: int, probe_from: int | None) -> None:
        await self._writer.run(self._conversation.mark_sending, outbox_id, probe_from)

    async def mark_sent(self, outbox_id: int, message_id: int | None) -> None:
        await self._writer.run(self._conversation.mark_sent, outbox_id, message_id)

    async def blocked(self, chat: str) -> None:
        await self._writer.run(self._conversation.blocked, chat)

    # Follow-ups and housekeeping.

    async def send_followups(
        self, render: Callable[[int, Reply], Sequence[dict[str, Any]]], moment: datetime | None
    ) -> list[tuple[FollowUp, Reply]]:
        """Start due follow-ups; each queued to its sealed chat id in its own transaction."""

        def address(row: FollowUp) -> ReplyTo | None:
            if row.contact is None:
                return None  # stopped or erased meanwhile: nobody to write to
            chat_id = int(self.sealer.open(row.contact))
            return ReplyTo(row.patient, self._sealed(lambda reply: render(chat_id, reply)))

        service = self._conversation
        return await self._writer.run(lambda: service.send_due(moment, address))  # type: ignore[no-any-return]

    async def housekeeping(
        self, retention: timedelta, idle: timedelta, delivered: timedelta, typed_text: timedelta
    ) -> None:
        await self._writer.run(
            self._conversation.housekeeping, retention, idle, delivered, typed_text
        )

    def _sealed(
        self, render: Callable[[Reply], Sequence[dict[str, Any]]]
    ) -> Callable[[Reply], list[bytes]]:
        return lambda reply: [self.sealer.seal(m) for m in render(reply)]

"""Running the bot on Telegram: start, stop, per-chat order, follow-ups, housekeeping.

Shared by both backends. The order of things for every update:

1. :mod:`bot.telegram.receiving` seals it into the inbox and only then acknowledges
   it (the next ``getUpdates`` offset, or the webhook's 200);
2. the chat's worker here hands it to the :class:`~bot.telegram.bridge.Bridge`, which
   steps the conversation through the :class:`~bot.telegram.mailbox.Mailbox`: the
   replies are queued in the outbox in the same transaction that marks it handled;
3. :mod:`bot.telegram.delivery` sends the chat's outbox in order, retrying 429s
   (after ``retry_after``), 5xx and timeouts, and giving up on a chat that blocked
   the bot.

Updates of one chat are handled in order; different chats run concurrently. On
start-up, updates and replies left by a crash are picked up again.
See docs/reliability.md and docs/architecture.md.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from itertools import islice
from typing import Any

from bot.commands import COMMANDS
from bot.sealing import Sealer
from bot.service import AsyncService
from bot.settings import Settings
from bot.telegram.bridge import Bridge, Incoming, Outgoing, parse_update, render
from bot.telegram.delivery import Delivery
from bot.telegram.flood import FloodPolicy, Limits, Priority
from bot.telegram.mailbox import Mailbox
from bot.telegram.port import CHATS_AT_ONCE, Backend, best_effort, retrying
from bot.telegram.receiving import Receiver, sleep_or_stop

log = logging.getLogger("sciatica_bot.telegram")

HOUSEKEEPING_EVERY = 3600.0
#: How often due follow-ups are looked for (SPEC 7: a day's grain; a minute is plenty).
FOLLOWUPS_EVERY = 60.0
IDLE_IS_ABANDONED = timedelta(hours=24)
FORGET_DELIVERED_AFTER = timedelta(days=2)
APOLOGY = (
    "Sorry, something went wrong on my side. Please send that again in a moment. If this is "
    "an emergency, call your local emergency number now."
)


class Runtime:
    """One bot process on Telegram."""

    def __init__(
        self, backend: Backend, service: AsyncService, sealer: Sealer, settings: Settings
    ) -> None:
        self.backend = backend
        self.service = service
        self.mailbox = Mailbox(service, sealer)
        self.settings = settings
        self.bridge: Bridge | None = None
        self._queues: dict[int, deque[Incoming]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._working = asyncio.Semaphore(CHATS_AT_ONCE)
        policy = FloodPolicy(
            Limits(
                settings.flood_per_second,
                settings.flood_chat_burst,
                1.0,
                settings.flood_group_per_minute,
            )
        )
        self.delivery = Delivery(backend, self.mailbox, self._spawn, self._working, policy)
        self.receiver = Receiver(backend, self.mailbox, settings, self.submit)

    # Start and stop.

    async def start(self) -> None:
        username = await retrying(self.backend, "getMe", self.backend.start)
        assert self.settings.pseudonym_secret is not None
        self.bridge = Bridge(
            self.mailbox,
            self.settings.pseudonym_secret,
            username,
            self.settings.retention_days,
        )
        await retrying(self.backend, "setMyCommands", lambda: self.backend.set_commands(COMMANDS))
        # Everything loaded so far lives as long as the process: leave it out of every
        # later garbage collection, whose full passes over it paused replies 40-140 ms.
        gc.collect()
        gc.freeze()
        await self.recover()

    async def run(self, stop: asyncio.Event) -> None:
        """Serve until ``stop`` is set: a webhook when WEBHOOK_URL is set, else long polling."""
        await self.start()
        housekeeping = asyncio.create_task(self._housekeeping(stop))
        followups = asyncio.create_task(self._followups(stop))
        try:
            if self.settings.webhook_url:
                await self.receiver.serve_webhook(stop)
            else:
                await retrying(self.backend, "deleteWebhook", self.backend.delete_webhook)
                await self.receiver.poll(stop)
        finally:
            housekeeping.cancel()
            followups.cancel()
            await self.drain()
            await self.backend.close()

    async def drain(self) -> None:
        self.delivery.stop()
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def recover(self) -> None:
        """Hand on what a crash left: unsent replies first, then unhandled updates.

        The replies were made before those updates were handled, so they must reach
        the patient first: their flushes are started (and take each chat's lock) before
        any update is handled.
        """
        unsent, _ = await self.mailbox.unsent()
        for chat in dict.fromkeys(row.chat for row in unsent):
            self._spawn(self.delivery.flush_when_free(chat))
        await asyncio.sleep(0)  # let the flushes start
        for update_id, update in await self.mailbox.pending_updates():
            self.submit(update_id, update)

    # Receiving.

    def submit(self, update_id: int, raw: dict[str, Any]) -> None:
        """Queue an update behind the others of its chat."""
        assert self.bridge is not None
        incoming = parse_update(raw, self.bridge.bot_username)
        key = incoming.chat_id or 0
        queue = self._queues.get(key)
        if queue is None:
            queue = self._queues[key] = deque()
            self._spawn(self._drain_chat(key, queue))
        queue.append(incoming)

    def _spawn(self, coroutine: Any) -> asyncio.Task[None]:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _drain_chat(self, key: int, queue: deque[Incoming]) -> None:
        assert self.bridge is not None
        try:
            while queue:
                # A flood: while a newer message of this chat waits that will step the
                # conversation (and so show where it stands), answer only that one (and
                # anything urgent), so one chat cannot use up everyone's sending rate.
                quiet = any(self.bridge.steps(later) for later in islice(queue, 1, None))
                deliver: Callable[[], Awaitable[None]] | None = None
                async with self._working:
                    try:
                        deliver = await self._process(queue[0], quiet=quiet)
                    except Exception:
                        # A storage or sending failure: the update stays in the inbox (or
                        # its replies in the outbox) for the next flush or start.
                        log.exception("an update could not be finished; it is kept")
                # The reply waits for its slots outside the workers: a worker is for
                # stepping, so an emergency further back is stepped, and its reply put
                # first, while this chat's messages wait (the chat's order still holds:
                # its next update waits for this delivery).
                if deliver is not None:
                    try:
                        await deliver()
                    except Exception:
                        log.exception("a reply could not be sent; it stays in the outbox")
                    if key:
                        self.delivery.settle_keyboards(key)
                queue.popleft()
        finally:
            self._queues.pop(key, None)

    async def _process(
        self, incoming: Incoming, quiet: bool = False
    ) -> Callable[[], Awaitable[None]] | None:
        """Step the conversation for one update; returns what sends its reply."""
        assert self.bridge is not None
        chat_id = incoming.chat_id
        if chat_id is not None and incoming.seen_id is not None:
            self.delivery.saw(chat_id, incoming.seen_id)
        if incoming.callback_id:
            callback = incoming.callback_id
            await best_effort(
                self.backend, "answerCallbackQuery", lambda: self.backend.answer_callback(callback)
            )
        if chat_id is not None and incoming.kind in ("text", "button", "edited", "unsupported"):
            # the chat's buttons are old now; whether they are taken away (housekeeping,
            # after the reply, which an emergency must not queue behind) depends on the
            # reply: see Delivery.settle_keyboards
            self.delivery.answered(chat_id, incoming.message_id if incoming.keyed else None)
        try:
            plan = await self.bridge.handle(incoming, quiet=quiet)
        except Exception:
            log.exception("handling an update failed; the patient gets an apology")
            if chat_id is not None and incoming.chat_type == "private":
                apology = Outgoing(chat_id, APOLOGY)

                async def say_sorry() -> None:
                    await self.delivery.send(apology)

                return say_sorry
            return None
        chat_tag, direct = plan.chat_tag, list(plan.direct)

        async def deliver() -> None:
            if chat_tag is not None:
                await self.delivery.flush(chat_tag, then=direct)
            else:
                for message in direct:
                    await self.delivery.send(message)

        return deliver

    # Follow-ups (SPEC 7).

    async def _followups(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.send_followups()
            await sleep_or_stop(stop, FOLLOWUPS_EVERY)

    async def send_followups(self, moment: datetime | None = None) -> int:
        """Queue every follow-up due (each in its own transaction) and flush those chats."""
        try:
            sent = await self.mailbox.send_followups(
                lambda chat_id, reply: [
                    m.to_json() for m in render(chat_id, reply, Priority.housekeeping)
                ],
                moment,
            )
        except Exception:
            log.exception("sending follow-ups failed; they are tried again in a minute")
            return 0
        for chat in dict.fromkeys(row.patient for row, _ in sent):
            self._spawn(self.delivery.flush_when_free(chat))
        return len(sent)

    # Housekeeping.

    async def _housekeeping(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                await self.mailbox.housekeeping(
                    timedelta(days=self.settings.retention_days),
                    IDLE_IS_ABANDONED,
                    FORGET_DELIVERED_AFTER,
                    timedelta(days=self.settings.typed_text_days),
                )
            except Exception:
                log.exception("housekeeping failed; it runs again in an hour")
            await sleep_or_stop(stop, HOUSEKEEPING_EVERY)

"""Running the bot on Telegram: durable polling or webhook, per-chat order, patient delivery.

Shared by both backends. The order of things for every update:

1. it is sealed and written to the inbox (:mod:`storage.delivery`), and only then
   acknowledged (the next ``getUpdates`` offset, or the webhook's 200);
2. the chat's worker hands it to the :class:`~bot.telegram.bridge.Bridge`, which
   steps the conversation and queues the replies in the outbox in the same
   transaction that marks the update handled;
3. the worker sends the chat's outbox in order, retrying 429s (after
   ``retry_after``), 5xx and timeouts, and giving up on a chat that blocked the bot.

Updates of one chat are handled in order; different chats run concurrently. On
start-up, updates and replies left by a crash are picked up again.
See docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from bot.commands import COMMANDS
from bot.sealing import Sealer
from bot.service import AsyncService
from bot.settings import Settings
from bot.telegram.bridge import Bridge, Incoming, Outgoing, parse_update

if TYPE_CHECKING:
    from aiohttp import web  # imported when a webhook starts: polling bots start faster

log = logging.getLogger("sciatica_bot.telegram")

POLL_TIMEOUT = 25
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
MAX_ATTEMPTS = 6
#: A delivery probe looks at up to this many bot-side ids (the patient's own messages
#: are skipped and not counted), and at most PROBE_LIMIT ids in all.
PROBE_IDS = 4
PROBE_LIMIT = 50
#: A reply that could not be sent after MAX_ATTEMPTS is tried again this much later.
STUCK_RETRY_AFTER = 30.0
HOUSEKEEPING_EVERY = 3600.0
#: How often due follow-ups are looked for (SPEC 7: a day's grain; a minute is plenty).
FOLLOWUPS_EVERY = 60.0
IDLE_IS_ABANDONED = timedelta(hours=24)
FORGET_DELIVERED_AFTER = timedelta(days=2)
#: Chats worked on at once. More only queue for the one CPU and the HTTP pool, and a
#: bigger pool costs every request a scan of its connections (docs/performance.md).
CHATS_AT_ONCE = 16


@dataclass(frozen=True)
class Failure:
    """How to treat an error from the Bot API."""

    kind: str  # retry_after, retry, gone (blocked or chat deleted), drop (bad request), fatal
    wait: float = 0.0
    why: str = ""


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


class Runtime:
    """One bot process on Telegram."""

    def __init__(
        self, backend: Backend, service: AsyncService, sealer: Sealer, settings: Settings
    ) -> None:
        self.backend = backend
        self.service = service
        self.sealer = sealer
        self.settings = settings
        self.bridge: Bridge | None = None
        self._queues: dict[int, deque[Incoming]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._keyboards: dict[int, int] = {}
        self._newest_id: dict[int, int] = {}
        # One flush at a time per chat: two would interleave (or both send) its replies.
        self._flushing: dict[str, tuple[asyncio.Lock, int]] = {}  # lock, flushes using it
        self._working = asyncio.Semaphore(CHATS_AT_ONCE)
        self._stuck: dict[str, asyncio.Task[None]] = {}  # chats with a flush planned later
        self._gone: set[int] = set()  # chats that blocked the bot since the last flush

    # Start and stop.

    async def start(self) -> None:
        username = await self._retrying("getMe", self.backend.start)
        assert self.settings.pseudonym_secret is not None
        self.bridge = Bridge(
            self.service,
            self.sealer,
            self.settings.pseudonym_secret,
            username,
            self.settings.retention_days,
        )
        await self._retrying("setMyCommands", lambda: self.backend.set_commands(COMMANDS))
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
                await self._serve_webhook(stop)
            else:
                await self._retrying("deleteWebhook", self.backend.delete_webhook)
                await self.poll(stop)
        finally:
            housekeeping.cancel()
            followups.cancel()
            await self.drain()
            await self.backend.close()

    async def drain(self) -> None:
        for task in list(self._stuck.values()):
            task.cancel()  # their replies stay in the outbox for the next start
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def recover(self) -> None:
        """Hand on what a crash left: unsent replies first, then unhandled updates.

        The replies were made before those updates were handled, so they must reach
        the patient first: their flushes are started (and take each chat's lock) before
        any update is handled.
        """
        inbox, outbox = self.service.service.inbox, self.service.service.outbox
        chats = dict.fromkeys(row.chat for row in await self.service.run(outbox.pending))
        for chat in chats:
            self._spawn(self._recover_chat(chat))
        await asyncio.sleep(0)  # let the flushes start
        for update_id, payload in await self.service.run(inbox.pending):
            self.submit(update_id, self.sealer.open(payload))

    async def _recover_chat(self, chat_tag: str) -> None:
        async with self._working:
            await self.flush(chat_tag)

    # Receiving.

    async def poll(self, stop: asyncio.Event) -> None:
        inbox = self.service.service.inbox
        offset = await self.service.run(inbox.next_offset)
        while not stop.is_set():
            fetch = asyncio.ensure_future(self.backend.get_updates(offset, POLL_TIMEOUT))
            stopped = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            if fetch not in done:
                fetch.cancel()
                with contextlib.suppress(BaseException):
                    await fetch
                break
            try:
                updates = fetch.result()
            except Exception as error:
                failure = self.backend.classify(error)
                log.warning(
                    "getUpdates failed (%s); trying again in %.0f s",
                    failure.why,
                    max(failure.wait, 1.0),
                )
                await _sleep_or_stop(stop, max(failure.wait, 1.0))
                continue
            if updates:
                offset = await self.receive(updates)

    async def receive(self, updates: list[dict[str, Any]]) -> int:
        """Store updates durably, then hand the new ones on; returns the next offset."""
        inbox = self.service.service.inbox
        sealed = [(int(u["update_id"]), self.sealer.seal(u)) for u in updates]
        new = set(await self.service.run(inbox.store_new, sealed))
        for update in updates:
            if int(update["update_id"]) in new:
                self.submit(int(update["update_id"]), update)
        return max(int(u["update_id"]) for u in updates) + 1

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
                async with self._working:
                    try:
                        await self._process(queue[0], quiet=quiet)
                    except Exception:
                        # A storage or sending failure: the update stays in the inbox (or
                        # its replies in the outbox) for the next flush or start.
                        log.exception("an update could not be finished; it is kept")
                queue.popleft()
        finally:
            self._queues.pop(key, None)

    async def _process(self, incoming: Incoming, quiet: bool = False) -> None:
        assert self.bridge is not None
        chat_id = incoming.chat_id
        if chat_id is not None and incoming.seen_id is not None:
            self._saw(chat_id, incoming.seen_id)
        if incoming.callback_id:
            await self._best_effort(
                "answerCallbackQuery", self.backend.answer_callback(incoming.callback_id)
            )
        if chat_id is not None and incoming.kind in ("text", "button", "edited", "unsupported"):
            held = (self._keyboards.pop(chat_id, None), incoming.message_id)
            stale = {message_id for message_id in held if message_id is not None}
            for message_id in stale:  # old buttons cannot be pressed twice
                await self._best_effort(
                    "editMessageReplyMarkup", self.backend.clear_keyboard(chat_id, message_id)
                )
        try:
            plan = await self.bridge.handle(incoming, quiet=quiet)
        except Exception:
            log.exception("handling an update failed; the patient gets an apology")
            if chat_id is not None and incoming.chat_type == "private":
                await self._send(Outgoing(chat_id, APOLOGY))
            return
        if plan.chat_tag is not None:
            await self.flush(plan.chat_tag, then=plan.direct)
        else:
            for message in plan.direct:
                await self._send(message)

    # Sending.

    async def flush(self, chat_tag: str, then: list[Outgoing] | None = None) -> None:
        """Send a chat's queued replies in order, then ``then`` (replies not in the outbox).

        Each reply is marked "sending" (with the lowest message id it can get) before it
        goes and "sent" (with the id it got) after. A reply found "sending" was in
        flight when the process died: :meth:`_already_delivered` asks Telegram whether
        it arrived, so that it is neither lost nor sent twice. One flush at a time per
        chat, so that its replies go once each and in order.
        """
        lock, users = self._flushing.get(chat_tag, (asyncio.Lock(), 0))
        self._flushing[chat_tag] = (lock, users + 1)
        try:
            async with lock:
                if not await self._flush(chat_tag):
                    self._retry_later(chat_tag)
                for message in then or ():
                    await self._send(message)
        finally:
            lock, users = self._flushing[chat_tag]
            if users == 1:
                del self._flushing[chat_tag]  # so idle chats cost no memory
            else:
                self._flushing[chat_tag] = (lock, users - 1)

    async def _flush(self, chat_tag: str) -> bool:
        """True when the outbox of this chat is empty; False when a reply must wait."""
        outbox = self.service.service.outbox
        # Ids are remembered in memory, lost with the process; the outbox keeps the
        # id of every reply sent, so a probe never starts at an earlier bot message.
        rows, last_sent = await self.service.run(
            lambda: (outbox.pending(chat_tag), outbox.last_message_id(chat_tag))
        )
        for row in rows:
            message = Outgoing.from_json(self.sealer.open(row.payload))
            if last_sent is not None:
                self._saw(message.chat_id, last_sent)
            if row.sending_at and row.probe_from:
                # In flight when the process died: look from where it was recorded then
                # (what this process has seen since may be newer than the reply).
                start = max(row.probe_from, (last_sent or 0) + 1)
                try:
                    delivered = await self._already_delivered(message, start)
                except Unclear as why:
                    log.warning("could not tell whether a reply arrived (%s); later", why)
                    return False
                if delivered is not None:
                    await self.service.run(outbox.mark_sent, row.id, delivered)
                    last_sent = delivered
                    continue
            # The lowest id it can get: past the message it answers (kept with it), past
            # every message this process has seen, past the last reply recorded.
            newest = self._newest_id.get(message.chat_id, 0)
            probe_from = max(row.probe_from or 0, newest + 1, (last_sent or 0) + 1)
            await self.service.run(outbox.mark_sending, row.id, probe_from)
            sent = await self._send(message, probe_from)
            if sent == 0 and message.chat_id in self._gone:
                self._gone.discard(message.chat_id)
                # a blocked bot ends the patient's follow-ups (SPEC 7)
                await self.service.run(self.service.service.followups.block, chat_tag)
            if sent is None:
                return False  # left in the outbox; sent before anything newer for this chat
            await self.service.run(outbox.mark_sent, row.id, sent or None)
            last_sent = sent or last_sent
        return True

    def _retry_later(self, chat_tag: str) -> None:
        """A reply is stuck (Telegram failing): flush the chat again in a while."""
        if chat_tag in self._stuck:
            return

        async def later() -> None:
            try:
                await asyncio.sleep(STUCK_RETRY_AFTER)
            finally:
                self._stuck.pop(chat_tag, None)
            async with self._working:
                await self.flush(chat_tag)

        self._stuck[chat_tag] = self._spawn(later())

    async def _already_delivered(self, message: Outgoing, probe_from: int) -> int | None:
        """Did this reply reach the chat? Its message id if it did, None if it did not.

        Message ids in a private chat count up for both sides, so the reply, if it
        arrived, has one of the next ids after ``probe_from`` (past the bot's last known
        message) that are not the patient's. Editing a message to its own text and
        buttons fails with "message is not modified" exactly when it is that message;
        an edit that succeeds can only have hit the reply itself with its buttons since
        removed, so it was delivered too. Raises :class:`Unclear` when Telegram's
        errors keep it from knowing: then the reply must neither be sent nor dropped.
        """
        if message.photo is not None:
            return None  # a photo has no text to edit: sent again rather than lost
        looked = attempts = 0
        message_id = probe_from
        while looked < PROBE_IDS and message_id < probe_from + PROBE_LIMIT:
            try:
                await self.backend.edit_text(
                    message.chat_id, message_id, message.text, message.buttons
                )
            except Exception as error:
                why = str(error).lower()
                if "not modified" in why:
                    self._saw(message.chat_id, message_id)
                    return message_id
                if "can't be edited" in why:
                    message_id += 1  # the patient's own message: look further, uncounted
                    continue
                failure = self.backend.classify(error)
                if failure.kind in ("retry_after", "retry", "fatal"):
                    attempts += 1
                    if failure.kind == "fatal" or attempts >= MAX_ATTEMPTS:
                        raise Unclear(failure.why) from error
                    wait = failure.wait if failure.kind == "retry_after" else 0.2 * 2**attempts
                    await asyncio.sleep(wait)
                    continue  # the same id again
                if failure.kind == "gone":
                    return None  # blocked: sending will say so and drop it
                looked += 1  # not found, or not a text message: not the reply
                message_id += 1
                continue
            self._delivered(message, message_id)  # its buttons are back, if it had any
            return message_id
        return None

    def _delivered(self, message: Outgoing, message_id: int) -> None:
        """Remember a reply that is in the chat, and its buttons to take away later."""
        self._saw(message.chat_id, message_id)
        if message.buttons and any(b.data for row in message.buttons for b in row):
            self._keyboards[message.chat_id] = message_id

    def _saw(self, chat_id: int, message_id: int) -> None:
        if message_id > self._newest_id.get(chat_id, 0):
            self._newest_id[chat_id] = message_id

    async def _send(self, message: Outgoing, probe_from: int | None = None) -> int | None:
        """Send with retries; the message id, 0 when it can never go, None to try later.

        After a timeout or a 5xx the message may have arrived all the same: with a
        ``probe_from``, Telegram is asked before it is sent again.
        """
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                message_id = await self.backend.send(message)
            except Exception as error:
                failure = self.backend.classify(error)
                if failure.kind in ("gone", "drop", "fatal"):
                    if failure.kind == "gone":
                        self._gone.add(message.chat_id)
                    log.warning("a reply was dropped: %s", failure.why)
                    return 0
                wait = failure.wait if failure.kind == "retry_after" else 0.2 * 2**attempt
                log.warning(
                    "sending a reply failed (%s); attempt %d of %d, next in %.1f s",
                    failure.why,
                    attempt,
                    MAX_ATTEMPTS,
                    wait,
                )
                await asyncio.sleep(wait)
                if failure.kind == "retry" and probe_from is not None:
                    with contextlib.suppress(Unclear):
                        arrived = await self._already_delivered(message, probe_from)
                        if arrived is not None:
                            return arrived
                continue
            self._delivered(message, message_id)
            return message_id
        log.error("a reply could not be sent after %d attempts; it stays queued", MAX_ATTEMPTS)
        return None

    async def _best_effort(self, method: str, call: Any) -> None:
        try:
            await call
        except Exception as error:
            log.info("%s failed (%s); carrying on", method, self.backend.classify(error).why)

    async def _retrying(self, method: str, call: Any) -> Any:
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                return await call()
            except Exception as error:
                failure = self.backend.classify(error)
                if failure.kind == "fatal" or attempt == MAX_ATTEMPTS:
                    raise
                wait = failure.wait if failure.kind == "retry_after" else 0.2 * 2**attempt
                log.warning("%s failed (%s); trying again in %.1f s", method, failure.why, wait)
                await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    # Webhook.

    async def _serve_webhook(self, stop: asyncio.Event) -> None:
        from aiohttp import web

        app = web.Application()
        app.router.add_post(WEBHOOK_PATH, self._on_webhook)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.webhook_listen, self.settings.webhook_port)
        await site.start()
        assert self.settings.webhook_url and self.settings.webhook_secret
        await self._retrying(
            "setWebhook",
            lambda: self.backend.set_webhook(
                self.settings.webhook_url or "", self.settings.webhook_secret or ""
            ),
        )
        log.info(
            "webhook listening on %s:%s", self.settings.webhook_listen, self.settings.webhook_port
        )
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    async def _on_webhook(self, request: web.Request) -> web.Response:
        from aiohttp import web

        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if secret != self.settings.webhook_secret:
            return web.Response(status=403)
        try:
            update = await request.json()
            int(update["update_id"])
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400)
        await self.receive([update])  # stored before Telegram hears 200
        return web.Response(status=200)

    # Follow-ups (SPEC 7).

    async def _followups(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.send_followups()
            await _sleep_or_stop(stop, FOLLOWUPS_EVERY)

    async def send_followups(self, moment: datetime | None = None) -> int:
        """Queue every follow-up due (in its own transaction) and flush those chats."""
        bridge = self.bridge
        if bridge is None:
            return 0
        try:
            sent = await self.service.run(
                self.service.service.send_due, moment, bridge.queue_followup
            )
        except Exception:
            log.exception("sending follow-ups failed; they are tried again in a minute")
            return 0
        for chat in dict.fromkeys(row.patient for row, _ in sent):
            self._spawn(self._recover_chat(chat))
        return len(sent)

    # Housekeeping.

    async def _housekeeping(self, stop: asyncio.Event) -> None:
        service = self.service.service
        while not stop.is_set():
            try:
                await self.service.run(service.store.abandon_idle, IDLE_IS_ABANDONED)
                await self.service.run(
                    service.store.purge, timedelta(days=self.settings.retention_days)
                )
                await self.service.run(
                    service.followups.purge,
                    datetime.now(UTC) - timedelta(days=self.settings.retention_days),
                )
                await self.service.run(service.inbox.forget_older_than, FORGET_DELIVERED_AFTER)
                await self.service.run(service.outbox.forget_older_than, FORGET_DELIVERED_AFTER)
            except Exception:
                log.exception("housekeeping failed; it runs again in an hour")
            await _sleep_or_stop(stop, HOUSEKEEPING_EVERY)


WEBHOOK_PATH = "/telegram"
APOLOGY = (
    "Sorry, something went wrong on my side. Please send that again in a moment. If this is "
    "an emergency, call your local emergency number now."
)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)

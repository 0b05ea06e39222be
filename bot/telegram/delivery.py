"""Delivery: a chat's queued replies sent in order, once each, whatever fails.

Each reply is marked "sending" (with the lowest message id it can get) before it goes
and "sent" (with the id it got) after. One found "sending" after a crash is probed
for (:meth:`Delivery._already_delivered`), so it is neither lost nor sent twice. One
flush at a time per chat. See docs/reliability.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from bot.commands import DELETE_DONE
from bot.telegram.bridge import Outgoing
from bot.telegram.flood import FloodPolicy, Priority
from bot.telegram.mailbox import Mailbox
from bot.telegram.port import MAX_ATTEMPTS, Backend, Unclear, best_effort
from flows.engine import FINISHED
from storage.delivery import Pending

log = logging.getLogger("sciatica_bot.telegram")

#: A delivery probe looks at up to this many bot-side ids (the patient's own messages
#: are skipped and not counted), and at most PROBE_LIMIT ids in all.
PROBE_IDS = 4
PROBE_LIMIT = 50
#: A reply that only repeats, within this many seconds, what the chat was just told is
#: not sent again when it is an emergency's "please don't wait" or one of SAID_ONCE.
SAID_ALREADY_WITHIN = 30.0
#: Replies that say where things stand, worth once: "your check-in is done", "erased".
SAID_ONCE = frozenset([FINISHED, DELETE_DONE])
#: How many messages whose buttons were taken away are remembered (all chats).
CLEARED_KEPT = 4096
#: A reply that could not be sent after MAX_ATTEMPTS is tried again this much later.
STUCK_RETRY_AFTER = 30.0


class Delivery:
    """Sends the outbox, chat by chat; remembers what it saw of each chat's messages."""

    def __init__(
        self,
        backend: Backend,
        mailbox: Mailbox,
        spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Task[None]],
        working: asyncio.Semaphore,
        policy: FloodPolicy | None = None,
    ) -> None:
        self.backend = backend
        self.mailbox = mailbox
        #: Telegram's limits, one policy for both backends: every message waits its turn.
        self.policy = policy or FloodPolicy()
        self._spawn = spawn
        self._working = working
        #: The message with buttons last sent to each chat: the buttons to use now.
        self.keyboards: dict[int, int] = {}
        #: Buttons the patient has answered (tapped, or typed past), per chat: message id
        #: -> whether they go even if the reply brings buttons of its own (a stale press).
        self._answered: dict[int, dict[int, bool]] = {}
        #: Chats sent a message without buttons since their buttons were answered.
        self._unbuttoned: set[int] = set()
        #: Messages whose buttons were taken away lately: never edited twice (Telegram
        #: answers "message is not modified"), though a double tap names them again.
        self._cleared: dict[tuple[int, int], None] = {}
        self._newest_id: dict[int, int] = {}
        # One flush at a time per chat: two would interleave (or both send) its replies.
        self._flushing: dict[str, tuple[asyncio.Lock, int]] = {}  # lock, flushes using it
        self._stuck: dict[str, asyncio.Task[None]] = {}  # chats with a flush planned later
        self._gone: set[int] = set()  # chats that blocked the bot since the last flush
        #: What each chat was told lately: text -> (message id, when), to not say it twice.
        self._told: dict[int, dict[str, tuple[int, float]]] = {}

    def answered(self, chat_id: int, tapped: int | None = None) -> None:
        """The patient answered: typed, or tapped the buttons of message ``tapped``. The
        chat's buttons are now old; whether they are taken away is settled by the reply
        (:meth:`settle_keyboards`)."""
        current = self.keyboards.pop(chat_id, None)
        pending = self._answered.get(chat_id, {})
        if current is not None:
            pending[current] = pending.get(current, False)
        if tapped is not None and tapped != current:
            pending[tapped] = True  # buttons pressed after they had passed: they mislead
        if pending:
            self._answered[chat_id] = pending  # idle chats cost no memory

    def settle_keyboards(self, chat_id: int) -> None:
        """After the reply to an update: answered buttons go when the reply brought none of
        its own, so that the last buttons on screen are never old ones. When it did, the
        old ones stay (a press on them is answered "that question has passed"), saving a
        call a message; a reply still to come (none sent yet) settles them later."""
        if chat_id in self._unbuttoned:
            self._unbuttoned.discard(chat_id)
            for message_id in self._answered.pop(chat_id, {}):
                self._clear_later(chat_id, message_id)

    def _superseded(self, chat_id: int) -> None:
        """New buttons reached the chat: answered ones stay, but for those that misled."""
        self._unbuttoned.discard(chat_id)
        for message_id, must_go in self._answered.pop(chat_id, {}).items():
            if must_go:
                self._clear_later(chat_id, message_id)

    def _clear_later(self, chat_id: int, message_id: int) -> None:
        if (chat_id, message_id) in self._cleared:
            return
        self._cleared[(chat_id, message_id)] = None
        while len(self._cleared) > CLEARED_KEPT:
            del self._cleared[next(iter(self._cleared))]
        self._spawn(self.clear_keyboard(chat_id, message_id))

    async def clear_keyboard(self, chat_id: int, message_id: int) -> None:
        """Take old buttons away, as housekeeping: after every waiting answer, each try in
        a slot of its own (a retry is a message too)."""

        async def in_a_slot() -> None:
            async with self.policy.slot(chat_id, Priority.housekeeping):
                await self.backend.clear_keyboard(chat_id, message_id)

        await best_effort(self.backend, "editMessageReplyMarkup", in_a_slot)

    def stop(self) -> None:
        """Nothing more goes out: planned retries and messages waiting for a slot are
        dropped from memory; their rows stay in the outbox for the next start."""
        self.cancel_retries()
        self.policy.close()

    def cancel_retries(self) -> None:
        for task in list(self._stuck.values()):
            task.cancel()  # their replies stay in the outbox for the next start

    async def flush_when_free(self, chat_tag: str) -> None:
        async with self._working:
            await self.flush(chat_tag)

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
                    await self.send(message)
        finally:
            lock, users = self._flushing[chat_tag]
            if users == 1:
                del self._flushing[chat_tag]  # so idle chats cost no memory
            else:
                self._flushing[chat_tag] = (lock, users - 1)

    async def _flush(self, chat_tag: str) -> bool:
        """True when the outbox of this chat is empty; False when a reply must wait."""
        # Ids are remembered in memory, lost with the process; the outbox keeps the
        # id of every reply sent, so a probe never starts at an earlier bot message.
        rows, last_sent = await self.mailbox.unsent(chat_tag)
        messages = [Outgoing.from_json(self.mailbox.open(row.payload)) for row in rows]
        repeated: dict[int, int] = {}
        for n, (row, message) in enumerate(zip(rows, messages, strict=True)):
            if last_sent is not None:
                self.saw(message.chat_id, last_sent)
            if n == 0 or _reply_of(rows[n - 1]) != _reply_of(row):
                # a reply's first message: does the whole reply only repeat what was said?
                reply = [(r, m) for r, m in zip(rows[n:], messages[n:], strict=True)]
                reply = [(r, m) for r, m in reply if _reply_of(r) == _reply_of(row)]
                repeated = self._repeated(reply)
            if row.id in repeated:
                # the same reply again, moments later ("please don't wait", a second
                # erase confirmation): the patient has it on screen; the calls are saved
                await self.mailbox.mark_sent(row.id, repeated[row.id])
                continue
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
                    await self.mailbox.mark_sent(row.id, delivered)
                    last_sent = delivered
                    continue
            # The lowest id it can get: past the message it answers (kept with it), past
            # every message this process has seen, past the last reply recorded.
            newest = self._newest_id.get(message.chat_id, 0)
            probe_from = max(row.probe_from or 0, newest + 1, (last_sent or 0) + 1)
            await self.mailbox.mark_sending(row.id, probe_from)
            sent = await self.send(message, probe_from)
            if sent == 0 and message.chat_id in self._gone:
                self._gone.discard(message.chat_id)
                # a blocked bot ends the patient's follow-ups (SPEC 7)
                await self.mailbox.blocked(chat_tag)
            if sent is None:
                return False  # left in the outbox; sent before anything newer for this chat
            await self.mailbox.mark_sent(row.id, sent or None)
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
            await self.flush_when_free(chat_tag)

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
                async with self.policy.slot(message.chat_id, Priority.housekeeping):
                    await self.backend.edit_text(
                        message.chat_id, message_id, message.text, message.buttons
                    )
            except Exception as error:
                why = str(error).lower()
                if "not modified" in why:
                    self.saw(message.chat_id, message_id)
                    return message_id
                if "can't be edited" in why:
                    message_id += 1  # the patient's own message: look further, uncounted
                    continue
                failure = self.backend.classify(error)
                if failure.kind in ("retry_after", "retry", "fatal"):
                    attempts += 1
                    if failure.kind == "fatal" or attempts >= MAX_ATTEMPTS:
                        raise Unclear(failure.why) from error
                    wait = failure.backoff(attempts)
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

    def _repeated(self, reply: list[tuple[Pending, Outgoing]]) -> dict[int, int]:
        """A reply that only repeats, word for word and without buttons, an emergency's
        words or a SAID_ONCE status the chat was told within SAID_ALREADY_WITHIN: row id
        -> the message id it repeats. A reply is let go whole or not at all, so a
        question or an answer to a press is never left out."""
        now = time.monotonic()
        told = [self._told.get(m.chat_id, {}).get(m.text) for _, m in reply]
        if all(
            t is not None
            and now - t[1] < SAID_ALREADY_WITHIN
            and not m.buttons
            and not row.sending_at
            and (m.priority is Priority.emergency or m.text in SAID_ONCE)
            for t, (row, m) in zip(told, reply, strict=True)
        ):
            return {row.id: t[0] for t, (row, _) in zip(told, reply, strict=True) if t}
        return {}

    def _delivered(self, message: Outgoing, message_id: int) -> None:
        """Remember a reply that is in the chat, and its buttons to take away later."""
        self.saw(message.chat_id, message_id)
        now = time.monotonic()
        recent = {
            text: (known, at)
            for text, (known, at) in self._told.pop(message.chat_id, {}).items()
            if now - at < SAID_ALREADY_WITHIN
        }
        recent[message.text] = (message_id, now)
        self._told[message.chat_id] = recent
        if len(self._told) > 1000:  # chats quiet for a while cost no memory
            self._told = {
                chat: texts
                for chat, texts in self._told.items()
                if any(now - at < SAID_ALREADY_WITHIN for _, at in texts.values())
            }
        if message.buttons and any(b.data for row in message.buttons for b in row):
            self.keyboards[message.chat_id] = message_id
            self._cleared.pop((message.chat_id, message_id), None)  # buttons back (a probe)
            self._superseded(message.chat_id)
        elif message.chat_id in self._answered:
            self._unbuttoned.add(message.chat_id)

    def saw(self, chat_id: int, message_id: int) -> None:
        if message_id > self._newest_id.get(chat_id, 0):
            self._newest_id[chat_id] = message_id

    async def send(self, message: Outgoing, probe_from: int | None = None) -> int | None:
        """Send with retries; the message id, 0 when it can never go, None to try later.

        After a timeout or a 5xx the message may have arrived all the same: with a
        ``probe_from``, Telegram is asked before it is sent again.
        """
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                async with self.policy.slot(message.chat_id, message.priority):
                    message_id = await self.backend.send(message)
            except Exception as error:
                failure = self.backend.classify(error)
                if failure.kind in ("gone", "drop", "fatal"):
                    if failure.kind == "gone":
                        self._gone.add(message.chat_id)
                    log.warning("a reply was dropped: %s", failure.why)
                    return 0
                wait = failure.backoff(attempt)
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


def _reply_of(row: Pending) -> object:
    """The rows queued for one update are one reply."""
    return row.update_id if row.update_id is not None else ("row", row.id)

"""The conversation service: the one place that loads a session, steps the engine and saves.

Every front end (terminal, simulate, python-telegram-bot, aiogram) calls
:meth:`ConversationService.handle` with a patient key and what the patient
sent, and renders the :class:`~flows.engine.Reply` it gets back. Nothing here
knows about Telegram.

Failure policy (docs/reliability.md): the patient always gets a reply. If the
engine fails, they get a kind "please try again" with the emergency number; if
the step cannot be stored, they still get the engine's reply, with a line that
it was not saved and the emergency number.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from bot.followups import DEFAULT_TIME_ZONE, FollowUpService
from bot.reply_to import ReplyTo
from flows.engine import Engine, Inbound, Reply
from flows.outcomes import Contacts
from flows.reading import warm
from storage.delivery import Inbox, Outbox, Pending
from storage.followups import ANSWERED, REMINDED, SENT, FollowUp, FollowUps
from storage.sessions import RESTARTED, Event, SessionStore, StoredSession

log = logging.getLogger(__name__)

EMERGENCY_LINE = "If this is an emergency, call your local emergency number now."
SORRY = (
    "Sorry, something went wrong on my side. Your earlier answers are safe. Please send that "
    "again in a moment. " + EMERGENCY_LINE
)
NOT_SAVED = "I could not save that answer just now, so I may ask it again. " + EMERGENCY_LINE
#: How long after start the reading layer's matchers are built (see AsyncService).
WARM_AFTER_SECONDS = 2.0
#: A patient who writes again after this long has paused ("sorry phone died").
PAUSE_SECONDS = 15 * 60


@dataclass(frozen=True)
class Turn:
    """What the service hands back: the reply, and the session it belongs to."""

    reply: Reply
    session_id: str | None
    saved: bool = True


class ConversationService:
    """Load, step, save: synchronous, for one thread at a time (see :class:`AsyncService`)."""

    def __init__(
        self, store: SessionStore, engine: Engine, time_zone: str = DEFAULT_TIME_ZONE
    ) -> None:
        self.store = store
        self.engine = engine
        self.inbox = Inbox(store.db)
        self.outbox = Outbox(store.db)
        self.followups = FollowUps(store.db)
        self.checkins = FollowUpService(store, engine, self._queue, time_zone)

    def handle(
        self,
        patient: str,
        inbound: Inbound,
        *,
        referral: str | None = None,
        update_id: int | None = None,
        reply_to: ReplyTo | None = None,
        contact: bytes | None = None,
        moment: datetime | None = None,
    ) -> Turn | None:
        """One step, in one transaction: the session, its event, the update marked
        handled, and the reply queued for ``reply_to``.

        ``contact`` is the sealed chat id, kept only if the patient says yes to a
        follow-up (SPEC 7); ``moment`` is now (a test's clock). With an ``update_id``
        already handled, nothing happens and None is returned: a re-delivered update
        changes nothing.
        """
        if update_id is not None and self.inbox.is_handled(update_id):
            return None
        moment = moment or datetime.now(UTC)
        checkins = self.checkins.command(patient, inbound)
        if checkins is not None:
            with self.store.db.atomic():
                if update_id is not None:
                    self.inbox.mark_handled(update_id)
                self._queue(update_id, reply_to, checkins)
            return Turn(checkins, None)
        try:
            stored = self.store.load(patient) or self.store.create(patient, referral=referral)
        except Exception as error:
            log.error("could not load a session (%s); replied without storage", _one_line(error))
            return Turn(self._fallback(), None, saved=False)
        before = stored.session.state
        # the engine has no clock: the service tells it the day, and that the patient
        # comes back after a pause (the count of unreadable answers starts afresh, SPEC 4)
        inbound = replace(
            inbound,
            today=inbound.today or datetime.now(UTC).date(),
            after_pause=inbound.after_pause or stored.idle_seconds() > PAUSE_SECONDS,
        )
        tapped = None
        if inbound.button is not None and stored.row is None:
            tapped = self.store.tapped(stored.id, inbound.button)
        try:
            reply = self.engine.handle(stored.session, inbound)
        except Exception:
            # A bug, not an outside fault: the operator needs the traceback, the patient never.
            log.exception("the engine failed on a message; the session is left as it was")
            return Turn(self._fallback(), stored.id, saved=False)
        event = Event(
            kind="button" if inbound.button is not None else _kind(inbound.text),
            state_before=before,
            state_after=stored.session.state,
            text=None if inbound.button is not None else inbound.text,
            fact=before if before != stored.session.state or reply.finished else None,
            value=stored.session.answers.get(before),
            keep=reply.keep,
            said=reply.messages,
            offered=tuple((o.label, o.data) for o in reply.options),
            tapped=tapped,
        )

        def in_the_same_transaction() -> None:
            if update_id is not None:
                self.inbox.mark_handled(update_id)
            if reply.followups and stored.session.outcome is not None:
                level = stored.session.outcome["level"]
                self.followups.schedule(stored.id, patient, contact, level, reply.followups, moment)
            if reply.finished and stored.session.checkin is not None:
                row = self.followups.by_session(stored.id)
                if row is not None and row.status in (SENT, REMINDED):
                    self.followups.mark(row.id, ANSWERED, moment)
            self._queue(update_id, reply_to, reply)

        try:
            with self.store.db.atomic():  # one commit for the whole step
                if reply.restarted:
                    stored = self._start_over(stored, before)
                self.store.save(stored, event, in_the_same_transaction)
        except Exception as error:
            log.error(
                "could not store a step (%s); the patient still got a reply", _one_line(error)
            )
            return Turn(_with_note(reply, NOT_SAVED), stored.id, saved=False)
        return Turn(reply, stored.id)

    def respond(
        self,
        update_id: int | None,
        chat: str | None = None,
        payloads: Sequence[bytes] = (),
        probe_from: int | None = None,
    ) -> bool:
        """A reply that changes no session (/privacy, /share, ...), queued exactly once."""
        with self.store.db.atomic():
            if update_id is not None:
                if self.inbox.is_handled(update_id):
                    return False
                self.inbox.mark_handled(update_id)
            if chat is not None and payloads:
                self.outbox.add(update_id, chat, payloads, probe_from)
        return True

    def answer_erasure(
        self,
        patient: str,
        update_id: int | None,
        payloads: Sequence[bytes],
        seen: int,
        *,
        erase: bool,
    ) -> bool:
        """The answer to "erase it all?": erase when ``erase``, then queue the reply past
        the last one the patient had (read before an erasure removes its record)."""
        with self.store.db.atomic():
            if update_id is not None:
                if self.inbox.is_handled(update_id):
                    return False
                self.inbox.mark_handled(update_id)
            after = max(seen, self.outbox.last_message_id(patient) or 0)
            if erase:
                self.erase(patient)
            self.outbox.add(update_id, patient, payloads, after + 1 if after else None)
        return True

    def _queue(self, update_id: int | None, reply_to: ReplyTo | None, reply: Reply) -> None:
        if reply_to is not None:
            payloads = reply_to.payloads(reply)
            if payloads:
                self.outbox.add(update_id, reply_to.chat, payloads, reply_to.probe_from)

    # The inbox and the outbox, for a front end that must survive a crash (Telegram).

    def store_updates(self, sealed: Iterable[tuple[int, bytes]]) -> list[int]:
        with self.store.db.atomic():
            return self.inbox.store_new(sealed)

    def pending_updates(self) -> list[tuple[int, bytes]]:
        return self.inbox.pending()

    def next_offset(self) -> int | None:
        return self.inbox.next_offset()

    def unsent(self, chat: str | None = None) -> tuple[list[Pending], int | None]:
        """Replies not yet sent (to one chat, or all), and the chat's last known message."""
        return self.outbox.pending(chat), self.outbox.last_message_id(chat) if chat else None

    def mark_sending(self, outbox_id: int, probe_from: int | None) -> None:
        with self.store.db.atomic():
            self.outbox.mark_sending(outbox_id, probe_from)

    def mark_sent(self, outbox_id: int, message_id: int | None) -> None:
        with self.store.db.atomic():
            self.outbox.mark_sent(outbox_id, message_id)

    def blocked(self, patient: str) -> None:
        """The patient blocked the bot: their follow-ups end (SPEC 7)."""
        with self.store.db.atomic():
            self.followups.block(patient)

    def housekeeping(
        self,
        retention: timedelta,
        idle: timedelta,
        delivered: timedelta,
        typed_text: timedelta,
    ) -> None:
        """The hourly sweep: idle check-ins abandoned, old ones purged, typed text older
        than ``typed_text`` removed, traces forgotten."""
        self.store.abandon_idle(idle)
        self.store.purge(retention)
        self.store.forget_typed_text(typed_text)
        with self.store.db.atomic():
            self.followups.purge(datetime.now(UTC) - retention)
        self.inbox.forget_older_than(delivered)
        self.outbox.forget_older_than(delivered)

    def _start_over(self, old: StoredSession, before: str) -> StoredSession:
        """``/restart``: the old check-in stays as it ended; a new one begins."""
        if old.session.outcome is None:
            self.store.end(old, RESTARTED, before)
        new = self.store.create(old.patient, restarted_from=old.id)
        new.session = old.session
        return new

    def erase(self, patient: str) -> int:
        """Every session and event of this patient, their follow-ups (and sealed chat id),
        and the traces of replies sent to them."""
        self.outbox.forget_chat(patient)
        self.followups.erase(patient)
        return self.store.delete_patient(patient)

    # Follow-ups (SPEC 7).

    def send_due(
        self,
        moment: datetime | None = None,
        address: Callable[[FollowUp], ReplyTo | None] | None = None,
    ) -> list[tuple[FollowUp, Reply]]:
        """Start every follow-up due at ``moment``, and the one reminder of those left
        unanswered, each queued for ``address(row)`` in its own transaction (SPEC 7)."""
        return self.checkins.send_due(moment, address)

    def _fallback(self) -> Reply:
        return Reply((SORRY,), (), "error", None, None)


def open_service(
    db: Database, contacts: Contacts | None = None, time_zone: str = DEFAULT_TIME_ZONE
) -> ConversationService:
    """The conversation service over ``db``: the one way front ends and tools build it."""
    return ConversationService(SessionStore(db), Engine(contacts), time_zone)


class AsyncService:
    """The service for async front ends: every step runs on one writer thread, in order.

    One thread means one SQLite writer (as Datasette does it) and a strict order
    of steps; a step costs well under a millisecond, so one thread keeps up with
    Telegram's own limits (see docs/performance.md).
    """

    def __init__(self, service: ConversationService) -> None:
        self.service = service
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-writer")
        # Build the reading layer's matchers on the writer thread once the bot is up: start-up
        # is not held up, and a patient who writes after the first seconds does not pay.
        self._warming = threading.Timer(WARM_AFTER_SECONDS, self._warm)
        self._warming.daemon = True
        self._warming.start()

    async def handle(self, patient: str, inbound: Inbound, **options: Any) -> Turn | None:
        return await self.run(lambda: self.service.handle(patient, inbound, **options))

    async def run(self, func: Callable[..., Any], *args: Any) -> Any:
        """Run any storage call on the writer thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, lambda: func(*args))

    def _warm(self) -> None:
        with contextlib.suppress(RuntimeError):  # closed in the meantime: nothing to warm
            self._writer.submit(warm)

    def close(self) -> None:
        self._warming.cancel()
        self._writer.shutdown(wait=True)


def _one_line(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}".splitlines()[0]


def _kind(text: str) -> str:
    return "command" if text.strip().startswith("/") else "text"


def _with_note(reply: Reply, note: str) -> Reply:
    return replace(reply, messages=(*reply.messages, note))

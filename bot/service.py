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
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from flows.engine import Engine, Inbound, Reply
from flows.outcomes import Contacts
from flows.reading import warm
from storage.delivery import Inbox, Outbox
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

    def __init__(self, store: SessionStore, engine: Engine) -> None:
        self.store = store
        self.engine = engine
        self.inbox = Inbox(store.db)
        self.outbox = Outbox(store.db)

    def handle(
        self,
        patient: str,
        inbound: Inbound,
        *,
        referral: str | None = None,
        update_id: int | None = None,
        also: Callable[[Reply], None] | None = None,
    ) -> Turn | None:
        """One step. ``also(reply)`` runs in the same transaction (it queues the replies).

        With an ``update_id`` already handled, nothing happens and None is returned:
        a re-delivered update changes nothing.
        """
        if update_id is not None and self.inbox.is_handled(update_id):
            return None
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
        )

        def in_the_same_transaction() -> None:
            if update_id is not None:
                self.inbox.mark_handled(update_id)
            if also is not None:
                also(reply)

        try:
            if reply.restarted:
                stored = self._start_over(stored, before)
            self.store.save(stored, event, in_the_same_transaction)
        except Exception as error:
            log.error(
                "could not store a step (%s); the patient still got a reply", _one_line(error)
            )
            return Turn(_with_note(reply, NOT_SAVED), stored.id, saved=False)
        return Turn(reply, stored.id)

    def respond(self, update_id: int | None, also: Callable[[], None]) -> bool:
        """A reply that changes no session (/privacy, /share, ...), queued exactly once."""
        with self.store.db.atomic():
            if update_id is not None:
                if self.inbox.is_handled(update_id):
                    return False
                self.inbox.mark_handled(update_id)
            also()
        return True

    def _start_over(self, old: StoredSession, before: str) -> StoredSession:
        """``/restart``: the old check-in stays as it ended; a new one begins."""
        if old.session.outcome is None:
            self.store.end(old, RESTARTED, before)
        new = self.store.create(old.patient)
        new.session = old.session
        return new

    def erase(self, patient: str) -> int:
        """Every session and event of this patient, and the traces of replies sent to them."""
        self.outbox.forget_chat(patient)
        return self.store.delete_patient(patient)

    def _fallback(self) -> Reply:
        return Reply((SORRY,), (), "error", None, None)


def open_service(db: Database, contacts: Contacts | None = None) -> ConversationService:
    """The conversation service over ``db``: the one way front ends and tools build it."""
    return ConversationService(SessionStore(db), Engine(contacts))


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

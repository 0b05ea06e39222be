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
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database

from flows import followup
from flows.engine import Engine, Inbound, Option, Reply, command_of
from flows.outcomes import Contacts
from flows.reading import warm
from storage.delivery import Inbox, Outbox
from storage.followups import ANSWERED, LAPSED, REMINDED, SENT, FollowUp, FollowUps
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
#: Follow-ups of patients who gave no time zone go by this one (FOLLOWUP_TIMEZONE).
DEFAULT_TIME_ZONE = "Europe/London"
CHECKINS_STOP = "checkins:stop"
CHECKINS_LIST = "I'll check in with you on:\n{lines}\nBetween 9am and 8pm. Tap below to stop these."
CHECKINS_NONE = "You have no check-ins planned. Send /start any time for a new check-in."
CHECKINS_STOPPED = (
    "Done: I won't check in again, and I no longer keep your chat id. Send /start any "
    "time for a new check-in."
)
TIMEZONE_HELP = (
    "Tell me your time zone like this: /timezone Europe/London or /timezone America/New_York. "
    "I only use it to message you between 9am and 8pm."
)
TIMEZONE_SET = "Thank you. I'll use {zone} time for your check-ins."


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
        #: The deployment's time zone, for follow-ups of patients who gave none (SPEC 7).
        self.time_zone = time_zone

    def handle(
        self,
        patient: str,
        inbound: Inbound,
        *,
        referral: str | None = None,
        update_id: int | None = None,
        also: Callable[[Reply], None] | None = None,
        contact: bytes | None = None,
        moment: datetime | None = None,
    ) -> Turn | None:
        """One step. ``also(reply)`` runs in the same transaction (it queues the replies).

        ``contact`` is the sealed chat id, kept only if the patient says yes to a
        follow-up (SPEC 7); ``moment`` is now (a test's clock). With an ``update_id``
        already handled, nothing happens and None is returned: a re-delivered update
        changes nothing.
        """
        if update_id is not None and self.inbox.is_handled(update_id):
            return None
        moment = moment or datetime.now(UTC)
        checkins = self._checkins(patient, inbound)
        if checkins is not None:
            with self.store.db.atomic():
                if update_id is not None:
                    self.inbox.mark_handled(update_id)
                if also is not None:
                    also(checkins)
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
            if reply.followups and stored.session.outcome is not None:
                level = stored.session.outcome["level"]
                self.followups.schedule(stored.id, patient, contact, level, reply.followups, moment)
            if reply.finished and stored.session.checkin is not None:
                row = self.followups.by_session(stored.id)
                if row is not None and row.status in (SENT, REMINDED):
                    self.followups.mark(row.id, ANSWERED, moment)
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
        """Every session and event of this patient, their follow-ups (and sealed chat id),
        and the traces of replies sent to them."""
        self.outbox.forget_chat(patient)
        self.followups.erase(patient)
        return self.store.delete_patient(patient)

    # Follow-ups (SPEC 7).

    def send_due(
        self,
        moment: datetime | None = None,
        deliver: Callable[[FollowUp, Reply], None] | None = None,
    ) -> list[tuple[FollowUp, Reply]]:
        """Start every follow-up due at ``moment`` and send the one reminder of those left
        unanswered; ``deliver(row, reply)`` queues each in the same transaction as the
        row moves on, so a crash neither loses one nor sends one twice."""
        moment = moment or datetime.now(UTC)
        remind_before = moment - timedelta(hours=followup.REMIND_AFTER_HOURS)
        work = [(row, self._start_followup) for row in self.followups.due(moment)]
        work += [(row, self._remind) for row in self.followups.waiting(remind_before)]
        sent: list[tuple[FollowUp, Reply]] = []
        for row, step in work:
            with self.store.db.atomic():
                reply = step(row, moment)
                if reply is not None:
                    if deliver is not None:
                        deliver(row, reply)
                    sent.append((row, reply))
        return sent

    def next_allowed(self, row: FollowUp, moment: datetime) -> datetime:
        """``moment``, or the next 09:00 in the patient's time zone if it is night there."""
        zone = _zone(row.time_zone or self.time_zone)
        local = moment.astimezone(zone)
        if followup.DAY_STARTS_HOUR <= local.hour < followup.DAY_ENDS_HOUR:
            return moment
        morning = local.replace(hour=followup.DAY_STARTS_HOUR, minute=0, second=0, microsecond=0)
        if local.hour >= followup.DAY_ENDS_HOUR:
            morning += timedelta(days=1)
        return morning.astimezone(UTC)

    def _start_followup(self, row: FollowUp, moment: datetime) -> Reply | None:
        allowed = self.next_allowed(row, moment)
        if allowed > moment:
            self.followups.defer(row.id, allowed)  # never at night (SPEC 7)
            return None
        current = self.store.load(row.patient)
        if current is None:
            self.followups.mark(row.id, LAPSED, moment)  # erased meanwhile
            return None
        if current.session.outcome is None and current.session.step > 0:
            # in the middle of a check-in: do not break into it
            self.followups.defer(row.id, moment + timedelta(hours=2))
            return None
        session, reply = self.engine.begin_followup(current.session, row.level, row.days)
        stored = self.store.create(
            row.patient,
            session=session,
            followup_of=row.session_id,
            flow_version=followup.FOLLOWUP_VERSION,
        )
        event = Event(kind="followup", state_before=followup.STATE, state_after=followup.STATE)
        self.store.save(stored, event)
        self.followups.mark(row.id, SENT, moment, followup_session=stored.id)
        return reply

    def _remind(self, row: FollowUp, moment: datetime) -> Reply | None:
        current = self.store.load(row.patient)
        waiting = (
            current is not None
            and current.id == row.followup_session
            and current.session.state == followup.STATE
        )
        if row.status == REMINDED or not waiting or current is None:
            self.followups.mark(row.id, LAPSED, moment)  # at most one reminder (SPEC 7)
            return None
        if self.next_allowed(row, moment) > moment:
            return None  # the reminder waits for the morning
        self.followups.mark(row.id, REMINDED, moment)
        return self.engine.remind(current.session)

    def _checkins(self, patient: str, inbound: Inbound) -> Reply | None:
        """``/checkins``: what is planned, and one tap to stop it; ``/timezone Area/City``."""
        text = (inbound.text or "").strip()
        command = command_of(text)
        if inbound.button == CHECKINS_STOP:
            stopped = self.followups.stop(patient)
            return _notice(CHECKINS_STOPPED if stopped else CHECKINS_NONE)
        if command == "timezone":
            name = text.split(maxsplit=1)[1].strip() if " " in text else ""
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                return _notice(TIMEZONE_HELP)
            changed = self.followups.set_time_zone(patient, name)
            return _notice(TIMEZONE_SET.format(zone=name) if changed else CHECKINS_NONE)
        if command != "checkins":
            return None
        planned = self.followups.open_for(patient)
        if not planned:
            return _notice(CHECKINS_NONE)
        lines = [
            f"• {f.due_at.astimezone(_zone(f.time_zone or self.time_zone)):%A %d %B}"
            for f in planned
        ]
        text = CHECKINS_LIST.format(lines="\n".join(lines))
        return _notice(text, (Option("Stop these check-ins", CHECKINS_STOP),))

    def _fallback(self) -> Reply:
        return Reply((SORRY,), (), "error", None, None)


def open_service(
    db: Database, contacts: Contacts | None = None, time_zone: str = DEFAULT_TIME_ZONE
) -> ConversationService:
    """The conversation service over ``db``: the one way front ends and tools build it."""
    return ConversationService(SessionStore(db), Engine(contacts), time_zone)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _notice(text: str, options: tuple[Option, ...] = ()) -> Reply:
    return Reply((text,), options, "checkins", None, None)


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

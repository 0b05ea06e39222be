"""Follow-up check-ins as the service runs them (SPEC 7): sent when due, by day only,
one reminder, and the /checkins and /timezone commands.

:class:`bot.service.ConversationService` owns one :class:`FollowUpService`; the
schedule rows live in :mod:`storage.followups`, the conversation in
:mod:`flows.followup` and the engine. Every follow-up is started in its own
transaction, its message queued in the outbox in that same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.reply_to import ReplyTo
from flows import followup
from flows.engine import Engine, Inbound, Option, Reply, command_of
from storage.followups import LAPSED, REMINDED, SENT, FollowUp, FollowUps
from storage.sessions import Event, SessionStore

#: Follow-ups of patients who gave no time zone go by this one (FOLLOWUP_TIMEZONE).
DEFAULT_TIME_ZONE = "Europe/London"
#: The kinds of the events that hold a follow-up's messages: its question, its reminder.
FOLLOWUP_KIND, REMINDER_KIND = "followup", "reminder"
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


class FollowUpService:
    """Starts due follow-ups and answers the commands about them."""

    def __init__(
        self,
        store: SessionStore,
        engine: Engine,
        queue: Callable[[int | None, ReplyTo | None, Reply], None],
        time_zone: str = DEFAULT_TIME_ZONE,
    ) -> None:
        self.store = store
        self.engine = engine
        self.rows = FollowUps(store.db)
        self.queue = queue
        #: The deployment's time zone, for patients who gave none (FOLLOWUP_TIMEZONE).
        self.time_zone = time_zone

    def send_due(
        self,
        moment: datetime | None = None,
        address: Callable[[FollowUp], ReplyTo | None] | None = None,
    ) -> list[tuple[FollowUp, Reply]]:
        """Start every follow-up due at ``moment`` and send the one reminder of those left
        unanswered; each is queued for ``address(row)`` in the same transaction as the
        row moves on, so a crash neither loses one nor sends one twice."""
        moment = moment or datetime.now(UTC)
        remind_before = moment - timedelta(hours=followup.REMIND_AFTER_HOURS)
        work = [(row, self._start_followup) for row in self.rows.due(moment)]
        work += [(row, self._remind) for row in self.rows.waiting(remind_before)]
        sent: list[tuple[FollowUp, Reply]] = []
        for row, step in work:
            with self.store.db.atomic():
                reply = step(row, moment)
                if reply is not None:
                    self.queue(None, address(row) if address else None, reply)
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
            self.rows.defer(row.id, allowed)  # never at night (SPEC 7)
            return None
        current = self.store.load(row.patient)
        if current is None:
            self.rows.mark(row.id, LAPSED, moment)  # erased meanwhile
            return None
        if current.session.outcome is None and current.session.step > 0:
            # in the middle of a check-in: do not break into it
            self.rows.defer(row.id, moment + timedelta(hours=2))
            return None
        session, reply = self.engine.begin_followup(current.session, row.level, row.days)
        stored = self.store.create(
            row.patient,
            session=session,
            followup_of=row.session_id,
            flow_version=followup.FOLLOWUP_VERSION,
        )
        self.store.save(stored, _sent(FOLLOWUP_KIND, reply))
        self.rows.mark(row.id, SENT, moment, followup_session=stored.id)
        return reply

    def _remind(self, row: FollowUp, moment: datetime) -> Reply | None:
        current = self.store.load(row.patient)
        waiting = (
            current is not None
            and current.id == row.followup_session
            and current.session.state == followup.STATE
        )
        if row.status == REMINDED or not waiting or current is None:
            self.rows.mark(row.id, LAPSED, moment)  # at most one reminder (SPEC 7)
            return None
        if self.next_allowed(row, moment) > moment:
            return None  # the reminder waits for the morning
        self.rows.mark(row.id, REMINDED, moment)
        reply = self.engine.remind(current.session)
        # in the follow-up's transcript, as the patient saw it (issue 14)
        self.store.note(current, _sent(REMINDER_KIND, reply))
        return reply

    def command(self, patient: str, inbound: Inbound) -> Reply | None:
        """``/checkins``: what is planned, and one tap to stop it; ``/timezone Area/City``."""
        text = (inbound.text or "").strip()
        command = command_of(text)
        if inbound.button == CHECKINS_STOP:
            stopped = self.rows.stop(patient)
            return _notice(CHECKINS_STOPPED if stopped else CHECKINS_NONE)
        if command == "timezone":
            name = text.split(maxsplit=1)[1].strip() if " " in text else ""
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                return _notice(TIMEZONE_HELP)
            changed = self.rows.set_time_zone(patient, name)
            return _notice(TIMEZONE_SET.format(zone=name) if changed else CHECKINS_NONE)
        if command != "checkins":
            return None
        planned = self.rows.open_for(patient)
        if not planned:
            return _notice(CHECKINS_NONE)
        lines = [
            f"• {f.due_at.astimezone(_zone(f.time_zone or self.time_zone)):%A %d %B}"
            for f in planned
        ]
        text = CHECKINS_LIST.format(lines="\n".join(lines))
        return _notice(text, (Option("Stop these check-ins", CHECKINS_STOP),))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _notice(text: str, options: tuple[Option, ...] = ()) -> Reply:
    return Reply((text,), options, "checkins", None, None)


def _sent(kind: str, reply: Reply) -> Event:
    """What the bot sent at a follow-up, for its transcript: the words and the buttons."""
    return Event(
        kind=kind,
        state_before=followup.STATE,
        state_after=followup.STATE,
        said=reply.messages,
        offered=tuple((o.label, o.data) for o in reply.options),
    )

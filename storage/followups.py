"""Follow-up check-ins in SQLite (SPEC 7): the schedule, what was sent, and when it stops.

A row is one planned follow-up. It is written in the same transaction as the step in
which the patient said yes, and moved on (sent, reminded, answered, lapsed, stopped,
blocked) in the transaction that queues what it sends, so a crash leaves every row
either still due or sent, never both. The sealed chat id (``contact``) is kept only
while one of the patient's follow-ups is open, and erased with the last one
(docs/privacy.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

PENDING, SENT, REMINDED, ANSWERED, LAPSED, STOPPED, BLOCKED = (
    "pending",
    "sent",
    "reminded",
    "answered",
    "lapsed",
    "stopped",
    "blocked",
)
#: Rows still to do something: to send, or waiting for an answer.
OPEN = (PENDING, SENT, REMINDED)


@dataclass(frozen=True)
class FollowUp:
    id: int
    session_id: str
    patient: str
    contact: bytes | None
    level: str
    days: int
    time_zone: str | None
    due_at: datetime
    status: str
    sent_at: datetime | None
    followup_session: str | None


_COLUMNS = (
    "id, session_id, patient, contact, level, days, time_zone, due_at, status, sent_at, "
    "followup_session"
)


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _row(row: tuple[object, ...]) -> FollowUp:
    values = list(row)
    values[7] = datetime.fromisoformat(str(values[7]))
    values[9] = datetime.fromisoformat(str(values[9])) if values[9] else None
    return FollowUp(*values)  # type: ignore[arg-type]


class FollowUps:
    """The follow-up schedule; every method runs inside the caller's transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def schedule(
        self,
        session_id: str,
        patient: str,
        contact: bytes | None,
        level: str,
        days: Iterable[int],
        moment: datetime,
        time_zone: str | None = None,
    ) -> int:
        """Plan one follow-up per entry of ``days``, counted from ``moment``."""
        rows = 0
        for day in days:
            self.db.execute(
                "insert into followups (session_id, patient, contact, level, days, time_zone, "
                "due_at, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    patient,
                    contact,
                    level,
                    day,
                    time_zone,
                    _stamp(moment + timedelta(days=day)),
                    PENDING,
                    _stamp(moment),
                ],
            )
            rows += 1
        return rows

    def due(self, moment: datetime) -> list[FollowUp]:
        """Follow-ups due at ``moment`` (the caller checks the patient's hour)."""
        rows = self.db.execute(
            f"select {_COLUMNS} from followups where status = ? and due_at <= ? order by due_at",
            [PENDING, _stamp(moment)],
        ).fetchall()
        return [_row(r) for r in rows]

    def waiting(self, before: datetime) -> list[FollowUp]:
        """Follow-ups sent (or reminded) before ``before`` and not answered."""
        rows = self.db.execute(
            f"select {_COLUMNS} from followups where status in (?, ?) "
            "and coalesce(reminded_at, sent_at) <= ? order by sent_at",
            [SENT, REMINDED, _stamp(before)],
        ).fetchall()
        return [_row(r) for r in rows]

    def of_patient(self, patient: str) -> list[FollowUp]:
        rows = self.db.execute(
            f"select {_COLUMNS} from followups where patient = ? order by due_at", [patient]
        ).fetchall()
        return [_row(r) for r in rows]

    def open_for(self, patient: str) -> list[FollowUp]:
        return [f for f in self.of_patient(patient) if f.status in OPEN]

    def by_session(self, followup_session: str) -> FollowUp | None:
        row = self.db.execute(
            f"select {_COLUMNS} from followups where followup_session = ?", [followup_session]
        ).fetchone()
        return _row(row) if row else None

    def mark(
        self,
        followup_id: int,
        status: str,
        moment: datetime,
        followup_session: str | None = None,
    ) -> None:
        column = {SENT: "sent_at", REMINDED: "reminded_at"}.get(status)
        stamp_sql = f", {column} = ?" if column else ""
        args: list[object] = [status, *([_stamp(moment)] if column else [])]
        session_sql = ""
        if followup_session is not None:
            session_sql = ", followup_session = ?"
            args.append(followup_session)
        self.db.execute(
            f"update followups set status = ?{stamp_sql}{session_sql} where id = ?",
            [*args, followup_id],
        )
        if status not in OPEN:
            self._forget_contact_if_done(followup_id)

    def defer(self, followup_id: int, until: datetime) -> None:
        self.db.execute(
            "update followups set due_at = ? where id = ?", [_stamp(until), followup_id]
        )

    def stop(self, patient: str) -> int:
        """``/checkins`` → stop: no more follow-ups for this patient."""
        return self._end_all(patient, STOPPED)

    def block(self, patient: str) -> int:
        """The patient blocked the bot: their schedule ends."""
        return self._end_all(patient, BLOCKED)

    def _end_all(self, patient: str, status: str) -> int:
        cursor = self.db.execute(
            "update followups set status = ?, contact = null where patient = ? "
            "and status in (?, ?, ?)",
            [status, patient, *OPEN],
        )
        return cursor.rowcount

    def set_time_zone(self, patient: str, time_zone: str) -> int:
        cursor = self.db.execute(
            "update followups set time_zone = ? where patient = ? and status in (?, ?, ?)",
            [time_zone, patient, *OPEN],
        )
        return cursor.rowcount

    def erase(self, patient: str) -> int:
        """``/delete``: every follow-up row of this patient."""
        return self.db.execute("delete from followups where patient = ?", [patient]).rowcount

    def purge(self, older_than: datetime) -> int:
        """The retention purge: closed rows, and rows of check-ins already purged."""
        cursor = self.db.execute(
            "delete from followups where (status not in (?, ?, ?) and created_at < ?) "
            "or session_id not in (select id from sessions)",
            [*OPEN, _stamp(older_than)],
        )
        return cursor.rowcount

    def _forget_contact_if_done(self, followup_id: int) -> None:
        row = self.db.execute(
            "select patient from followups where id = ?", [followup_id]
        ).fetchone()
        if row is None:
            return
        still_open = self.db.execute(
            "select count(*) from followups where patient = ? and status in (?, ?, ?)",
            [row[0], *OPEN],
        ).fetchone()[0]
        if not still_open:
            self.db.execute("update followups set contact = null where patient = ?", [row[0]])

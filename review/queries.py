"""What the review reads from the bot's database: sessions and one session's events.

Only ever SELECTs, on a read-only connection. The patient key (``sessions.patient``)
is never selected: the review has no use for it, and it would link sessions of
the same person.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from flows.facts import RED_FLAG_FACTS
from review.filters import Filters

_COLUMNS = (
    "id, flow_version, state, status, started_at, level, reasons, sources, red_flags, "
    "ended_state, referral, language, age_band, turns, reached"
)


def _list(text: str | None) -> list[str]:
    return list(json.loads(text)) if text else []


@dataclass(frozen=True)
class SessionRow:
    """One check-in as the list and the exports show it."""

    id: str
    flow_version: str
    state: str
    status: str
    started_at: str
    level: str | None
    reasons: list[str]
    sources: list[str]
    red_flags: list[str]
    ended_state: str | None
    referral: str | None
    language: str | None
    age_band: str | None
    turns: int
    #: The highest level its answers reached (for an abandoned check-in: before any advice).
    reached: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SessionRow:
        return cls(
            id=row["id"],
            flow_version=row["flow_version"],
            state=row["state"],
            status=row["status"],
            started_at=row["started_at"],
            level=row["level"],
            reasons=_list(row["reasons"]),
            sources=_list(row["sources"]),
            red_flags=_list(row["red_flags"]),
            ended_state=row["ended_state"],
            referral=row["referral"],
            language=row["language"],
            age_band=row["age_band"],
            turns=row["turns"] or 0,
            reached=(row["reached"] or ":").partition(":")[2] or None,
        )

    @property
    def day(self) -> date:
        """The day it started (the time of day is not shown: it adds nothing to a review)."""
        return date.fromisoformat(self.started_at[:10])

    @property
    def week(self) -> date:
        """The Monday of the week it started."""
        return self.day - timedelta(days=self.day.weekday())


@dataclass(frozen=True)
class EventRow:
    """One step of a transcript."""

    minutes: float  # since the session started
    kind: str
    state_before: str | None
    state_after: str | None
    fact: str | None
    value: Any
    text: str | None


@dataclass(frozen=True)
class Transcript:
    """One session with its stored engine state and its steps."""

    session: SessionRow
    answers: dict[str, Any]
    uncertain: list[str]
    asked: list[str]
    events: list[EventRow] = field(default_factory=list)
    #: The follow-ups planned after this check-in (SPEC 7).
    followups: list[FollowUpRow] = field(default_factory=list)
    #: For a follow-up check-in: the session it follows.
    followup_of: str | None = None


@dataclass(frozen=True)
class FollowUpRow:
    """A planned follow-up check-in (SPEC 7) and, once sent, what the patient said."""

    check_in: str  # the session it follows
    days: int
    due: date
    status: str  # pending, sent, reminded, answered, lapsed, stopped, blocked
    session_id: str | None  # the follow-up's own session, once sent
    said: str | None  # better, same, worse, new, got_help, not_yet; None if unanswered
    level: str | None  # where the follow-up ended
    earlier_level: str  # the level of the check-in it follows

    @property
    def week(self) -> date:
        return self.due - timedelta(days=self.due.weekday())


@dataclass(frozen=True)
class Choices:
    """What the filter menus offer, from the data itself."""

    referrals: list[str]
    languages: list[str]
    red_flags: list[str]


def _rows(conn: sqlite3.Connection, sql: str, args: list[Any]) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, args).fetchall()


def sessions(conn: sqlite3.Connection, filters: Filters) -> list[SessionRow]:
    """Every session the filters let through, newest first."""
    where, args = filters.where()
    sql = f"select {_COLUMNS} from sessions where {where} order by started_at desc, id"
    return [SessionRow.from_row(r) for r in _rows(conn, sql, args)]


def choices(conn: sqlite3.Connection) -> Choices:
    """The referral groups, languages and red flags that occur."""

    def distinct(sql: str) -> list[str]:
        return sorted(str(r[0]) for r in conn.execute(sql) if r[0] is not None)

    seen = distinct("select distinct j.value from sessions, json_each(sessions.red_flags) j")
    flags = list(RED_FLAG_FACTS) + [f for f in seen if f not in RED_FLAG_FACTS]
    return Choices(
        referrals=distinct("select distinct referral from sessions"),
        languages=distinct("select distinct language from sessions"),
        red_flags=flags,
    )


def _minutes(start: str, at: str) -> float:
    delta = datetime.fromisoformat(at) - datetime.fromisoformat(start)
    return round(delta.total_seconds() / 60, 1)


def transcript(conn: sqlite3.Connection, session_id: str) -> Transcript | None:
    """One session and its events in order, or None when there is no such session."""
    found = _rows(conn, f"select {_COLUMNS}, data from sessions where id = ?", [session_id])
    if not found:
        return None
    session = SessionRow.from_row(found[0])
    data = json.loads(found[0]["data"])
    events = [
        EventRow(
            minutes=_minutes(session.started_at, r["at"]),
            kind=r["kind"],
            state_before=r["state_before"],
            state_after=r["state_after"],
            fact=r["fact"],
            value=None if r["value"] is None else json.loads(r["value"]),
            text=r["text"],
        )
        for r in _rows(
            conn,
            "select at, kind, state_before, state_after, fact, value, text from events "
            "where session_id = ? order by id",
            [session_id],
        )
    ]
    outcome = data.get("outcome") or {}
    of = _rows(conn, "select followup_of from sessions where id = ?", [session_id])
    return Transcript(
        session=session,
        answers=dict(data.get("answers") or {}),
        uncertain=list(outcome.get("uncertain") or []),
        asked=list(data.get("asked") or []),
        events=events,
        followups=followups(conn, session_id),
        followup_of=of[0]["followup_of"] if of else None,
    )


_FOLLOWUPS = (
    "select f.session_id, f.days, f.due_at, f.status, f.followup_session, "
    "json_extract(s.data, '$.checkin.said') as said, s.level, f.level as earlier "
    "from followups f left join sessions s on s.id = f.followup_session"
)


def followups(conn: sqlite3.Connection, check_in: str | None = None) -> list[FollowUpRow]:
    """The follow-ups of one check-in, or of all, earliest due first."""
    where, args = (" where f.session_id = ?", [check_in]) if check_in else ("", [])
    return [
        FollowUpRow(
            check_in=r["session_id"],
            days=r["days"],
            due=date.fromisoformat(str(r["due_at"])[:10]),
            status=r["status"],
            session_id=r["followup_session"],
            said=r["said"],
            level=r["level"],
            earlier_level=r["earlier"],
        )
        for r in _rows(conn, _FOLLOWUPS + where + " order by f.due_at, f.id", args)
    ]


#: What needs a human (issue 14): why a check-in is in the safety queue.
QUEUE_REASONS = {
    "no_advice": "A red flag or crisis, and no advice reached the patient",
    "crisis": "Words of despair or self-harm",
    "emergency": "Emergency outcome",
    "urgent": "Urgent outcome",
    "unsure_red_flag": "A red-flag answer the bot could not read, or the patient corrected",
}
_CRISIS = ("crisis_words", "self_harm")


@dataclass(frozen=True)
class QueueItem:
    session: SessionRow
    why: str


def queue(conn: sqlite3.Connection, since: str) -> list[QueueItem]:
    """Check-ins since ``since`` that need a clinician's eyes, the most pressing first."""
    rows = _rows(
        conn,
        f"select {_COLUMNS}, json_extract(data, '$.assumed') as assumed, "
        "json_extract(data, '$.corrections') as corrections from sessions "
        "where started_at >= ? order by started_at desc, id",
        [since],
    )
    items: list[QueueItem] = []
    for r in rows:
        try:
            session = SessionRow.from_row(r)
            assumed = set(_list(r["assumed"]))
            corrected = {c.get("fact") for c in json.loads(r["corrections"] or "[]")}
        except (ValueError, TypeError, AttributeError):
            continue  # a malformed row is the list's to show, not the queue's to break on
        why = _why(session, (assumed | corrected) & set(RED_FLAG_FACTS))
        if why is not None:
            items.append(QueueItem(session, why))
    order = list(QUEUE_REASONS)
    return sorted(items, key=lambda item: order.index(item.why))


def _why(session: SessionRow, unsure_flags: set[Any]) -> str | None:
    crisis = any(flag in _CRISIS for flag in session.red_flags)
    unfinished = session.status in ("abandoned", "restarted")
    if unfinished and (session.red_flags or session.reached in ("urgent", "emergency")):
        return "no_advice"
    if crisis:
        return "crisis"
    if session.level in ("emergency", "urgent"):
        return session.level
    if unsure_flags:
        return "unsure_red_flag"
    return None

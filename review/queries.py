"""What the review reads from the bot's database: sessions and one session's events.

Only ever SELECTs, on a read-only connection. The patient key (``sessions.patient``)
is never selected: the review has no use for it, and it would link sessions of
the same person.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from flows.facts import RED_FLAG_FACTS
from flows.rules import LEVEL_NAMES
from review.filters import FLAGS, Filters

#: The columns of a session row the review reads (never the patient key).
SESSION_COLUMNS = (
    "id, flow_version, state, status, started_at, level, reasons, sources, red_flags, "
    "ended_state, referral, language, age_band, turns, reached"
)


class _Unreadable(ValueError):
    """A stored value is not what the bot writes (bad JSON, a wrong type, NULL)."""


def _list(text: object) -> list[str]:
    """A JSON list of strings (NULL is an empty list); anything else is unreadable."""
    if text is None:
        return []
    if not isinstance(text, str):
        raise _Unreadable
    try:
        value = json.loads(text)
    except ValueError:
        raise _Unreadable from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Unreadable
    return value


def _text(value: object, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Unreadable
    return value


def _required(value: object) -> str:
    text = _text(value, optional=False)
    assert text is not None
    return text


def _day(value: object) -> date:
    try:
        return date.fromisoformat(_required(value)[:10])
    except ValueError:
        raise _Unreadable from None


def _level(value: object) -> str | None:
    level = _text(value)
    if level is not None and level not in LEVEL_NAMES:
        raise _Unreadable
    return level


def _turns(value: object) -> int:
    if value is None:
        return 0
    if not isinstance(value, int):
        raise _Unreadable
    return value


def _reached(value: object) -> str | None:
    return (_text(value) or ":").partition(":")[2] or None


#: How each column of a session row is read; a column that fails makes the row unreadable.
_READERS: dict[str, Callable[[object], Any]] = {
    "flow_version": _required,
    "state": _required,
    "status": _required,
    "started_at": _required,
    "level": _level,
    "reasons": _list,
    "sources": _list,
    "red_flags": _list,
    "ended_state": _text,
    "referral": _text,
    "language": _text,
    "age_band": _text,
    "turns": _turns,
    "reached": _reached,
}
#: What a column holds when it cannot be read.
_BLANK: dict[str, Any] = {
    "flow_version": "",
    "state": "",
    "status": "",
    "started_at": "",
    "reasons": [],
    "sources": [],
    "red_flags": [],
    "turns": 0,
}


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
    #: The day it started (the time of day is not shown: it adds nothing to a review).
    day: date = date.min
    #: The columns that could not be read (bad JSON, a wrong type, NULL): such a row is
    #: listed as "unreadable row", counted under that status, and in no other aggregate.
    unreadable: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> SessionRow:
        values: dict[str, Any] = {}
        unreadable: list[str] = []
        for column, read in _READERS.items():
            try:
                values[column] = read(row[column])
            except _Unreadable:
                values[column] = _BLANK.get(column)
                unreadable.append(column)
        try:
            day = _day(row["started_at"])
        except _Unreadable:
            day = date.min
            if "started_at" not in unreadable:
                unreadable.append("started_at")
        return cls(id=str(row["id"]), day=day, unreadable=tuple(unreadable), **values)

    @property
    def week(self) -> date:
        """The Monday of the week it started."""
        return self.day - timedelta(days=self.day.weekday())

    @property
    def outcome(self) -> str | None:
        """The level the review files it under: its advice, or for one that stopped
        before the advice, the level its answers had reached (self-care, where every
        check-in starts, says nothing, so it has none)."""
        if self.level:
            return self.level
        return self.reached if self.reached != "self_care" else None


@dataclass(frozen=True)
class EventRow:
    """One step of a transcript."""

    minutes: float | None  # since the session started (None when a time cannot be read)
    kind: str | None
    state_before: str | None
    state_after: str | None
    fact: str | None
    value: Any
    text: str | None
    #: Why the typed text was kept (flows/keeping.py); None: it never was.
    kept: str | None = None
    #: Some of this step could not be read; what could is shown.
    unreadable: bool = False
    #: The bot's reply to this step as the patient saw it; None: not recorded (a
    #: check-in stored before the bot's words were kept).
    said: tuple[str, ...] | None = None
    #: The labels of the buttons offered under that reply.
    offered: tuple[str, ...] = ()
    #: The label of the button the patient tapped for this step, when known.
    tapped: str | None = None


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
    #: What of the session could not be read: its columns, "data", "events".
    unreadable: tuple[str, ...] = ()
    #: The check-in this one continues after a /restart, and the one that continued it.
    restarted_from: str | None = None
    restarted_as: str | None = None


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
    #: What the bot sent, as the patient saw it: the question, then the one reminder
    #: (read for one check-in's transcript only; empty in the follow-ups list).
    prompts: tuple[FollowUpPrompt, ...] = ()
    #: The patient's first answer: the label tapped, or their words where kept.
    answer: str | None = None

    @property
    def week(self) -> date:
        return self.due - timedelta(days=self.due.weekday())


@dataclass(frozen=True)
class FollowUpPrompt:
    """One message of a follow-up's (its question, or its reminder) as it was sent."""

    kind: str  # "followup" (the question) or "reminder"
    said: tuple[str, ...]
    offered: tuple[str, ...] = ()


@dataclass(frozen=True)
class Choices:
    """What the filter menus offer, from the data itself."""

    referrals: list[str]
    languages: list[str]
    red_flags: list[str]
    flow_versions: list[str] = field(default_factory=list)


def _rows(conn: sqlite3.Connection, sql: str, args: list[Any]) -> list[sqlite3.Row]:
    conn.row_factory = sqlite3.Row
    return conn.execute(sql, args).fetchall()


def in_groups(groups: tuple[str, ...] | None) -> tuple[str, list[str]]:
    """A condition keeping only the sessions of these referral groups (None: all)."""
    if groups is None:
        return "1 = 1", []
    if not groups:
        return "0 = 1", []
    return f"referral in ({', '.join('?' for _ in groups)})", list(groups)


def sessions(
    conn: sqlite3.Connection, filters: Filters, groups: tuple[str, ...] | None = None
) -> list[SessionRow]:
    """Every session the filters let through (of ``groups`` only, if given), newest first."""
    where, args = filters.where()
    scope, more = in_groups(groups)
    sql = (
        f"select {SESSION_COLUMNS} from sessions where ({where}) and {scope} "
        "order by started_at desc, id"
    )
    return [SessionRow.from_row(r) for r in _rows(conn, sql, args + more)]


def answers(
    conn: sqlite3.Connection, filters: Filters, groups: tuple[str, ...] | None = None
) -> dict[str, dict[str, Any]]:
    """The canonical answers of every session the filters let through, by session id (an
    engine state that cannot be read gives no answers: its row says it is unreadable)."""
    where, args = filters.where()
    scope, more = in_groups(groups)
    sql = (
        "select id, case when json_valid(data) and json_type(data, '$.answers') = 'object' "
        f"then json_extract(data, '$.answers') end from sessions where ({where}) and {scope}"
    )
    return {
        str(session_id): json.loads(found)
        for session_id, found in conn.execute(sql, args + more)
        if isinstance(found, str)
    }


def choices(conn: sqlite3.Connection, groups: tuple[str, ...] | None = None) -> Choices:
    """The referral groups, languages and red flags that occur (in ``groups``, if given)."""
    scope, args = in_groups(groups)

    def distinct(sql: str) -> list[str]:
        found = conn.execute(f"{sql} where {scope}", args)
        return sorted({str(r[0]) for r in found if r[0] is not None})

    seen = distinct(f"select distinct j.value from sessions, json_each({FLAGS}) j")
    flags = list(RED_FLAG_FACTS) + [f for f in seen if f not in RED_FLAG_FACTS]
    return Choices(
        referrals=distinct("select distinct referral from sessions"),
        languages=distinct("select distinct language from sessions"),
        red_flags=flags,
        flow_versions=distinct("select distinct flow_version from sessions"),
    )


def _minutes(start: str, at: object) -> float | None:
    try:
        delta = datetime.fromisoformat(str(at)) - datetime.fromisoformat(start)
    except (ValueError, TypeError):
        return None
    return round(delta.total_seconds() / 60, 1)


def _json(text: object) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise _Unreadable from None


def _event(row: sqlite3.Row, start: str) -> EventRow:
    """One step; a column that cannot be read is left out, and the step says so."""
    unreadable = False
    values: dict[str, Any] = {}
    for column, read in (
        ("kind", _text),
        ("state_before", _text),
        ("state_after", _text),
        ("fact", _text),
        ("value", _json),
        ("text", _text),
        ("kept", _text),
    ):
        try:
            values[column] = read(row[column])
        except _Unreadable:
            values[column], unreadable = None, True
    words: dict[str, Any] = {}
    try:
        words["said"] = _said(row["said"])
        words["offered"] = _offered(row["offered"])
        words["tapped"] = _text(row["tapped"])
    except _Unreadable:
        unreadable = True
    minutes = _minutes(start, row["at"])
    return EventRow(minutes=minutes, unreadable=unreadable or minutes is None, **values, **words)


def _said(text: object) -> tuple[str, ...] | None:
    """The bot's messages of one step, stored as a JSON list of strings."""
    if text is None:
        return None
    said = _json(text)
    if not isinstance(said, list) or not all(isinstance(m, str) for m in said):
        raise _Unreadable
    return tuple(said)


def _offered(text: object) -> tuple[str, ...]:
    """The labels of the buttons offered, stored as JSON [[label, data], ...]."""
    if text is None:
        return ()
    offered = _json(text)
    if not isinstance(offered, list) or not all(
        isinstance(o, list) and o and isinstance(o[0], str) for o in offered
    ):
        raise _Unreadable
    return tuple(o[0] for o in offered)


def _engine_state(text: object) -> tuple[dict[str, Any], list[str], list[str]]:
    """The answers, "not sure" facts and questions asked, from the stored engine state."""
    data = _json(text)
    if not isinstance(data, dict):
        raise _Unreadable
    answers, outcome, asked = data.get("answers"), data.get("outcome"), data.get("asked")
    uncertain = outcome.get("uncertain") if isinstance(outcome, dict) else None
    if not isinstance(answers or {}, dict) or not isinstance(asked or [], list):
        raise _Unreadable
    if not isinstance(uncertain or [], list) or not all(
        isinstance(v, str) for v in uncertain or []
    ):
        raise _Unreadable
    return dict(answers or {}), list(uncertain or []), [str(a) for a in asked or []]


def _columns(conn: sqlite3.Connection, table: str, wanted: tuple[str, ...]) -> str:
    """``wanted`` columns of ``table`` for a select, each NULL in a copy made before it
    existed (the review never migrates the bot's database)."""
    present = {str(r[1]) for r in conn.execute(f"pragma table_info({table})")}
    return ", ".join(c if c in present else f"null as {c}" for c in wanted)


def transcript(conn: sqlite3.Connection, session_id: str) -> Transcript | None:
    """One session and its events in order, or None when there is no such session.

    A value that cannot be read (bad JSON, a wrong type, NULL) never stops the page:
    the transcript names what could not be read and shows the rest.
    """
    found = _rows(
        conn,
        f"select {SESSION_COLUMNS}, data, followup_of, "
        f"{_columns(conn, 'sessions', ('restarted_from',))} from sessions where id = ?",
        [session_id],
    )
    if not found:
        return None
    session = SessionRow.from_row(found[0])
    unreadable = list(session.unreadable)
    try:
        answers, uncertain, asked = _engine_state(found[0]["data"])
    except _Unreadable:
        answers, uncertain, asked = {}, [], []
        unreadable.append("data")
    events = [
        _event(r, session.started_at)
        for r in _rows(
            conn,
            "select at, kind, state_before, state_after, fact, value, text, "
            f"{_columns(conn, 'events', ('kept', 'said', 'offered', 'tapped'))} "
            "from events where session_id = ? order by id",
            [session_id],
        )
    ]
    if any(e.unreadable for e in events):
        unreadable.append("events")
    of, restarted_from = found[0]["followup_of"], found[0]["restarted_from"]
    continued = (
        _rows(conn, "select id from sessions where restarted_from = ? limit 1", [session_id])
        if _columns(conn, "sessions", ("restarted_from",)) == "restarted_from"
        else []
    )
    return Transcript(
        session=session,
        answers=answers,
        uncertain=uncertain,
        asked=asked,
        events=events,
        followups=followups(conn, session_id),
        followup_of=None if of is None else str(of),
        unreadable=tuple(unreadable),
        restarted_from=None if restarted_from is None else str(restarted_from),
        restarted_as=str(continued[0]["id"]) if continued else None,
    )


_FOLLOWUPS = (
    "select f.session_id, f.days, f.due_at, f.status, f.followup_session, "
    "case when json_valid(s.data) then json_extract(s.data, '$.checkin.said') end as said, "
    "s.level, f.level as earlier "
    "from followups f left join sessions s on s.id = f.followup_session"
)


#: The kinds of the events that hold a follow-up's own messages (bot/followups.py).
PROMPT_KINDS = ("followup", "reminder")


def _prompts(
    conn: sqlite3.Connection, session_id: str | None
) -> tuple[tuple[FollowUpPrompt, ...], str | None]:
    """A follow-up session's question and reminder as sent, and the patient's first answer
    (a value that cannot be read is left out: the follow-up's own transcript says so)."""
    if session_id is None:
        return (), None
    wanted = _columns(conn, "events", ("said", "offered", "tapped"))
    prompts: list[FollowUpPrompt] = []
    answer: str | None = None
    for kind, text, said, offered, tapped in conn.execute(
        f"select kind, text, {wanted} from events where session_id = ? order by id",
        [session_id],
    ):
        if kind not in PROMPT_KINDS:
            answer = tapped if isinstance(tapped, str) else text if isinstance(text, str) else None
            answer = answer or ("tapped a button" if kind == "button" else "typed text not kept")
            break
        try:
            prompts.append(FollowUpPrompt(kind, _said(said) or (), _offered(offered)))
        except _Unreadable:
            continue
    return tuple(prompts), answer


def followups(conn: sqlite3.Connection, check_in: str | None = None) -> list[FollowUpRow]:
    """The follow-ups of one check-in (with what was sent and answered), or of all,
    earliest due first."""
    where, args = (" where f.session_id = ?", [check_in]) if check_in else ("", [])
    found = []
    for r in _rows(conn, _FOLLOWUPS + where + " order by f.due_at, f.id", args):
        try:
            due = date.fromisoformat(str(r["due_at"])[:10])
        except ValueError:
            continue  # a follow-up without a readable due day has nothing to chart or list
        said = r["said"] if isinstance(r["said"], str) else None
        level = r["level"] if r["level"] in LEVEL_NAMES else None
        prompts, answer = _prompts(conn, r["followup_session"]) if check_in else ((), None)
        found.append(
            FollowUpRow(
                check_in=r["session_id"],
                days=r["days"],
                due=due,
                status=r["status"],
                session_id=r["followup_session"],
                said=said,
                level=level,
                earlier_level=r["earlier"],
                prompts=prompts,
                answer=answer,
            )
        )
    return found


#: What needs a human (issue 14): why a check-in is in the safety queue, most pressing
#: first (the queue's order).
QUEUE_REASONS = {
    "no_advice": "A red flag or crisis, and no advice reached the patient",
    "crisis": "Words of despair or self-harm",
    "emergency": "Emergency outcome",
    "urgent": "Urgent outcome",
    "unsure_red_flag": (
        "A red-flag answer the bot could not read, had to confirm, or the patient corrected"
    ),
    "unreadable": "An unreadable row: open it and check by hand",
}
CRISIS_FLAGS = ("crisis_words", "self_harm")
#: The reasons an event's typed text was kept that put its reading in doubt.
DOUBT_REASONS = ("unreadable", "confirm")
#: Check-ins on one page of the queue.
QUEUE_PAGE = 50


@dataclass(frozen=True)
class QueueItem:
    session: SessionRow
    why: str


@dataclass(frozen=True)
class QueuePage:
    """One page of the queue: its items, where it starts, and whether more follow."""

    items: list[QueueItem]
    offset: int
    more: bool


def queue(
    conn: sqlite3.Connection,
    since: str,
    reviewed: Collection[str] = (),
    *,
    done: bool = False,
    offset: int = 0,
    limit: int = QUEUE_PAGE,
) -> QueuePage:
    """Check-ins since ``since`` that need a clinician's eyes, the most pressing first,
    then newest first: those not in ``reviewed`` (or, ``done``, those in it), one page.

    Row by row, every row in the window parsed: the path for a database copied before
    the summary (review/summary.py has the fast one, and gives the same)."""
    rows = _rows(
        conn,
        f"select {SESSION_COLUMNS}, "
        "case when json_valid(data) then json_extract(data, '$.assumed') end as assumed, "
        "case when json_valid(data) then json_extract(data, '$.corrections') end "
        "as corrections, json_valid(data) as data_ok from sessions "
        "where started_at >= ? order by started_at desc, id",
        [since],
    )
    doubted = _doubted_events(conn, since)
    items: list[QueueItem] = []
    for r in rows:
        if (str(r["id"]) in reviewed) != done:
            continue
        session = SessionRow.from_row(r)
        if session.unreadable:
            items.append(QueueItem(session, "unreadable"))  # it could be anything: look
            continue
        try:
            assumed = set(_list(r["assumed"]))
            corrected = {c.get("fact") for c in json.loads(r["corrections"] or "[]")}
        except (ValueError, TypeError, AttributeError):
            assumed, corrected = set(), set()
        unsure = (assumed | corrected | doubted.get(session.id, set())) & set(RED_FLAG_FACTS)
        why = _why(session, unsure)
        if why is None and not r["data_ok"]:
            why = "unreadable"  # its engine state may hide an unsure red-flag answer
        if why is not None:
            items.append(QueueItem(session, why))
    order = list(QUEUE_REASONS)
    items.sort(key=lambda item: order.index(item.why))
    return QueuePage(items[offset : offset + limit], offset, len(items) > offset + limit)


def _doubted_events(conn: sqlite3.Connection, since: str) -> dict[str, set[Any]]:
    """Per session since ``since``: the states at which a typed answer could not be read
    or was shown back to confirm."""
    found: dict[str, set[Any]] = {}
    for session_id, state in conn.execute(
        "select e.session_id, e.state_before from events e join sessions s "
        "on s.id = e.session_id where e.kept in (?, ?) and s.started_at >= ?",
        [*DOUBT_REASONS, since],
    ):
        found.setdefault(str(session_id), set()).add(state)
    return found


def _why(session: SessionRow, unsure_flags: set[Any]) -> str | None:
    crisis = any(flag in CRISIS_FLAGS for flag in session.red_flags)
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

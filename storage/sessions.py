"""Sessions and their events in SQLite: the only module that writes them.

A patient is known only by an opaque key that the front end passes in (an HMAC
of the chat id, see :mod:`bot.pseudonym`). Each patient has at most one active
session; :meth:`SessionStore.save` writes the session and appends its event in
one transaction, so a reply is only sent for a step that is on disk.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlite_utils import Database

from flows.rules import red_flags, triage
from flows.session import FLOW_VERSION, Session
from storage.clock import ago, now
from storage.redact import age_band, redact

ACTIVE = "active"
FINISHED = "finished"
RESTARTED = "restarted"
ABANDONED = "abandoned"


@dataclass
class StoredSession:
    """A session as loaded: its row id and key, and the engine's state."""

    id: str
    patient: str
    session: Session
    turns: int = 0
    #: When the session was last written (ISO, UTC); None for a new one.
    updated_at: str | None = None
    #: A new session's row, written with its first save (so a first step is one commit).
    row: dict[str, Any] | None = None

    def idle_seconds(self, moment: datetime | None = None) -> float:
        """How long since the patient's last step (0 for a new session)."""
        if self.updated_at is None:
            return 0.0
        then = datetime.fromisoformat(self.updated_at)
        return ((moment or datetime.now(UTC)) - then).total_seconds()


@dataclass(frozen=True)
class Event:
    """One step of a conversation, as stored."""

    kind: str
    state_before: str
    state_after: str
    text: str | None = None
    fact: str | None = None
    value: Any = None
    #: Why staff need ``text`` (flows/keeping.py); without a reason it is not stored.
    keep: str | None = None
    #: The bot's reply to this step, message by message, as the patient saw it.
    said: tuple[str, ...] = ()
    #: The buttons under the reply's last message, as (label, data).
    offered: tuple[tuple[str, str], ...] = ()
    #: The label of the button the patient tapped, when they tapped one.
    tapped: str | None = None


def _json(value: Any) -> str:
    # orjson: the session is written on every message, and it is 5-10x faster than json.
    return orjson.dumps(value).decode()


def _stored_answers(answers: dict[str, Any]) -> dict[str, Any]:
    if isinstance(answers.get("age"), int):
        answers = {**answers, "age": age_band(answers["age"])}
    return answers


def _session_json(session: Session) -> str:
    data = session.to_dict()
    data["answers"] = _stored_answers(session.answers)
    data["undo"] = [
        _banded_undo(entry) if "age" in entry["facts"] else entry for entry in session.undo
    ]
    return _json(data)


def _banded_undo(entry: dict[str, Any]) -> dict[str, Any]:
    """An undo entry with an earlier age kept only as its band, like the answer itself."""
    facts = {**entry["facts"]}
    had, old = facts["age"]
    facts["age"] = [had, age_band(old)]
    return {**entry, "facts": facts}


def _stored_text(event: Event) -> str | None:
    if event.text is None or event.keep is None:
        return None  # what it was read to mean is in fact and value; the words are not
    if event.state_before == "age":
        return "[age]"  # the exact age is never kept, only its band
    return redact(event.text)


_YEARS_OLD = re.compile(r"\b(\d{1,3})(?= years old\b)")


def _bot_words(messages: tuple[str, ...], session: Session) -> str | None:
    """The bot's messages as stored: the exact age, wherever the bot repeats it ("I read
    that as: 57 years old", the doctor's summary), becomes its band, as in the answers.
    Nothing else the bot says is the patient's own words, so nothing else is redacted."""
    if not messages:
        return None
    ages = {
        str(a)
        for a in (session.answers.get("age"), (session.confirming or {}).get("value"))
        if isinstance(a, int)
    }

    def banded(match: re.Match[str]) -> str:
        return age_band(int(match.group(0))) or "[age]"

    masked = []
    for message in messages:
        message = _YEARS_OLD.sub(banded, message)
        for age in ages:
            message = re.sub(rf"(?<![\d/.:-]){age}(?![\d/.:-])", banded, message)
        masked.append(message)
    return _json(masked)


def _red_flags(session: Session) -> list[str]:
    """Red flags as the rules see them, and any raised in free text (they stick)."""
    flags = red_flags(session.answers, session.standing_alarms())
    return flags + [f for f in session.said if f not in flags]


def recorded_red_flags(data: dict[str, Any]) -> list[str]:
    """The red flags a stored engine state records (for a migration recording them again)."""
    return _red_flags(Session.from_dict(data))


def _reached(session: Session) -> str:
    """The highest level the answers so far give, as "<rank>:<level>" so that SQL's max
    keeps the highest: an abandoned check-in still shows the level it had reached."""
    level = triage(session.answers, session.standing_alarms()).level
    return f"{int(level)}:{level.name}"


class SessionStore:
    """Load and save check-ins by patient key."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, patient: str) -> StoredSession | None:
        """The patient's active (or last finished) session, if any."""
        row = self.db.execute(
            "select id, data, turns, updated_at from sessions "
            "where patient = ? and status in (?, ?) order by started_at desc, rowid desc limit 1",
            [patient, ACTIVE, FINISHED],
        ).fetchone()
        if row is None:
            return None
        session = Session.from_dict(orjson.loads(row[1]))
        return StoredSession(row[0], patient, session, row[2] or 0, row[3])

    def create(
        self,
        patient: str,
        *,
        referral: str | None = None,
        language: str = "en",
        session: Session | None = None,
        followup_of: str | None = None,
        flow_version: str = FLOW_VERSION,
        restarted_from: str | None = None,
    ) -> StoredSession:
        """A new session for this patient: empty, or ``session`` for a follow-up check-in
        (``followup_of`` the check-in it follows). Its row is written by its first save."""
        stored = StoredSession(secrets.token_hex(12), patient, session or Session())
        stored.row = {
            "flow_version": flow_version,
            "referral": referral,
            "language": language,
            "followup_of": followup_of,
            "restarted_from": restarted_from,
            "started_at": now(),
        }
        return stored

    def save(
        self, stored: StoredSession, event: Event, also: Callable[[], None] | None = None
    ) -> None:
        """Write the session (its row first, if new) and append its event, atomically
        (with ``also``, if given)."""
        session = stored.session
        stored.turns += 1
        stamp = now()
        outcome = session.outcome
        with self.db.atomic():
            if stored.row is not None:
                self._insert(stored)
            self.db.execute(
                "update sessions set state = ?, status = ?, data = ?, updated_at = ?, "
                "finished_at = ?, level = ?, reasons = ?, sources = ?, red_flags = ?, "
                "age_band = ?, turns = ?, ended_state = null, "
                "reached = max(coalesce(reached, ''), ?) where id = ?",
                [
                    session.state,
                    FINISHED if outcome else ACTIVE,
                    _session_json(session),
                    stamp,
                    stamp if outcome else None,
                    outcome["level"] if outcome else None,
                    _json(outcome["reasons"]) if outcome else None,
                    _json(outcome["sources"]) if outcome else None,
                    _json(_red_flags(session)),
                    age_band(session.answers.get("age")),
                    stored.turns,
                    _reached(session),
                    stored.id,
                ],
            )
            self.db.execute(
                "insert into events (session_id, at, kind, state_before, state_after, fact, "
                "value, text, kept, said, offered, tapped) "
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    stored.id,
                    stamp,
                    event.kind,
                    event.state_before,
                    event.state_after,
                    event.fact,
                    None
                    if event.value is None
                    else _json(age_band(event.value) if event.fact == "age" else event.value),
                    _stored_text(event),
                    event.keep if event.text is not None else None,
                    _bot_words(event.said, session),
                    _json([list(o) for o in event.offered]) if event.offered else None,
                    event.tapped,
                ],
            )
            if also is not None:
                also()

    def _insert(self, stored: StoredSession) -> None:
        row = stored.row or {}
        self.db.execute(
            "insert into sessions (id, patient, flow_version, state, status, data, started_at, "
            "updated_at, referral, language, turns, followup_of, restarted_from) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            [
                stored.id,
                stored.patient,
                row["flow_version"],
                stored.session.state,
                ACTIVE,
                _session_json(stored.session),
                row["started_at"],
                row["started_at"],
                row["referral"],
                row["language"],
                row["followup_of"],
                row.get("restarted_from"),
            ],
        )
        stored.row = None

    def note(self, stored: StoredSession, event: Event) -> None:
        """A message of the bot's alone (a follow-up's one reminder) in the session's
        transcript; the session row is left as it was (the patient did nothing, so
        its turns and idle time are unchanged)."""
        self.db.execute(
            "insert into events (session_id, at, kind, state_before, state_after, said, offered) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [
                stored.id,
                now(),
                event.kind,
                event.state_before,
                event.state_after,
                _bot_words(event.said, stored.session),
                _json([list(o) for o in event.offered]) if event.offered else None,
            ],
        )

    def tapped(self, session_id: str, data: str) -> str | None:
        """The label of the button with ``data`` among those the bot last offered in this
        session (None when the button is from a message too old to find)."""
        rows = self.db.execute(
            "select offered from events where session_id = ? and offered is not null "
            "order by id desc limit 3",
            [session_id],
        ).fetchall()
        for (offered,) in rows:
            for label, sent in orjson.loads(offered):
                if sent == data:
                    return str(label)
        return None

    def end(self, stored: StoredSession, status: str, ended_state: str) -> None:
        """Close a session that will not go on (restarted or abandoned)."""
        self.db.execute(
            "update sessions set status = ?, ended_state = ?, updated_at = ? where id = ?",
            [status, ended_state, now(), stored.id],
        )

    def abandon_idle(self, idle: timedelta) -> int:
        """Mark active sessions untouched for ``idle`` as abandoned, where they stopped."""
        cutoff = ago(idle)
        cursor = self.db.execute(
            "update sessions set status = ?, ended_state = state where status = ? "
            "and updated_at < ?",
            [ABANDONED, ACTIVE, cutoff],
        )
        return cursor.rowcount

    def delete_patient(self, patient: str) -> int:
        """Erase every row about this patient; returns how many sessions went."""
        with self.db.atomic():
            ids = [
                r[0]
                for r in self.db.execute(
                    "select id from sessions where patient = ?", [patient]
                ).fetchall()
            ]
            for session_id in ids:
                self.db.execute("delete from events where session_id = ?", [session_id])
            self.db.execute("delete from sessions where patient = ?", [patient])
        return len(ids)

    def forget_typed_text(self, older_than: timedelta) -> int:
        """Remove the typed text of events written more than ``older_than`` ago (the rest
        of each event stays until its session's own retention); how many lost it."""
        with self.db.atomic():
            cursor = self.db.execute(
                "update events set text = null where text is not null and at < ?",
                [ago(older_than)],
            )
        return cursor.rowcount

    def purge(self, older_than: timedelta) -> int:
        """Erase sessions (and their events) last touched more than ``older_than`` ago."""
        cutoff = ago(older_than)
        with self.db.atomic():
            self.db.execute(
                "delete from events where session_id in "
                "(select id from sessions where updated_at < ?)",
                [cutoff],
            )
            cursor = self.db.execute("delete from sessions where updated_at < ?", [cutoff])
        return cursor.rowcount

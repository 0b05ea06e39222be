"""The SQL of the demo data (bot/demo.py): counting and backdating made-up check-ins.

The demo's patients talk to the real conversation service; only moving their
timestamps back over the weeks, as if they had come over time, needs SQL of its own.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from storage.clock import stamp


def count(db: Database) -> int:
    return int(db.execute("select count(*) from sessions").fetchone()[0])


def by_status(db: Database) -> dict[str, int]:
    rows = db.execute("select status, count(*) from sessions group by status").fetchall()
    return {str(status): int(n) for status, n in rows}


def spread_over_weeks(db: Database, rng: random.Random, weeks: int, skip: int) -> None:
    """Move the new sessions' timestamps back over the last weeks, keeping each in order."""
    now = datetime.now(UTC)
    execute = db.execute
    rows = execute("select id, patient from sessions order by rowid").fetchall()[skip:]
    clock: dict[str, datetime] = {}
    with db.atomic():
        for session_id, patient in rows:
            if patient not in clock:
                days_ago = rng.triangular(0.2, weeks * 7, 0.2)
                day = now - timedelta(days=days_ago)
                clock[patient] = day.replace(hour=rng.randint(7, 22), minute=rng.randint(0, 59))
            at = clock[patient]
            started = at
            for (event_id,) in execute(
                "select id from events where session_id = ? order by id", [session_id]
            ).fetchall():
                at += timedelta(seconds=rng.randint(8, 90))
                execute("update events set at = ? where id = ?", [_iso(at), event_id])
            execute(
                "update sessions set started_at = ?, updated_at = ?, "
                "finished_at = case when finished_at is null then null else ? end where id = ?",
                [_iso(started), _iso(at), _iso(at), session_id],
            )
            clock[patient] = at + timedelta(seconds=30)


def _iso(moment: datetime) -> str:
    return stamp(moment)


def date_follow_ups(db: Database) -> None:
    """Follow-ups due (and their sessions started) the planned days after their check-in."""
    with db.atomic():
        db.execute(
            "update followups set due_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', "
            "(select finished_at from sessions where id = followups.session_id), "
            "'+' || days || ' days') where exists "
            "(select 1 from sessions where id = followups.session_id and finished_at is not null)"
        )
        db.execute(
            "update sessions set started_at = (select due_at from followups "
            "where followup_session = sessions.id), updated_at = (select due_at from followups "
            "where followup_session = sessions.id) where followup_of is not null"
        )

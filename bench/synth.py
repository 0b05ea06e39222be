"""Synthetic stored sessions: a real database file grown to 1 thousand, 100 thousand, 1 million.

Every row is a copy of a row the real service wrote for a real case
(:func:`bench.workload.templates`): the same ``data`` JSON (2 to 3 kB, most of
it the ``/back`` history), outcome columns and events, with a new random id, a
new random 64-hex-digit patient key, and times spread over the 90 days of
retention. One patient in five came back for a second check-in. Each session
has its events (about 17), so a million sessions come with about 17 million
events, as a real database would.

The real rows go into scratch tables with sqlite-utils' bulk ``insert_all``;
SQLite then copies them into ``sessions`` and ``events`` with ``INSERT ...
SELECT`` (new ids from ``randomblob``), all in one transaction, with the journal
off while loading (nothing else has the file open); the file is then put back
in WAL mode, the way :func:`storage.connect` keeps it. Copying inside SQLite
runs at about 50,000 sessions (with their events) a second; building a million
Python rows for ``insert_all`` was 10 times slower. The schema is the project's
own: the file is created by :func:`storage.connect`.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bench.workload import Templates
from storage import connect

SESSION_COLUMNS = (
    "id",
    "patient",
    "flow_version",
    "state",
    "status",
    "data",
    "started_at",
    "updated_at",
    "finished_at",
    "level",
    "reasons",
    "sources",
    "red_flags",
    "ended_state",
    "referral",
    "language",
    "age_band",
    "turns",
)
EVENT_COLUMNS = (
    "session_id",
    "at",
    "kind",
    "state_before",
    "state_after",
    "fact",
    "value",
    "text",
)
RETENTION = timedelta(days=90)


def create(path: Path) -> None:
    """An empty database with the project's schema (migrations applied)."""
    connect(path).close()


def count_sessions(path: Path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("select count(*) from sessions").fetchone()[0])
    finally:
        conn.close()


def grow(path: Path, target: int, templates: Templates) -> int:
    """Add finished sessions (and their events) until ``path`` holds ``target``; returns added."""
    have = count_sessions(path)
    if target <= have:
        return 0
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1000000")  # 1 GB while loading
        conn.execute("PRAGMA temp_store = MEMORY")
        db = Database(conn)
        conn.execute("BEGIN")
        _load_templates(db, templates)
        now = datetime.now(UTC) - timedelta(days=1)
        conn.execute(
            "create temp table bench_gen (n integer primary key, id text, patient text, "
            "tpl integer, started real, finished real)"
        )
        # A new random id and key per session, a real row picked at random, a start
        # within retention, and 10 to 30 s a turn to finish.
        conn.execute(
            "insert into bench_gen (n, id, patient, tpl, started) "
            "with recursive k(n) as (select ? union all select n + 1 from k where n < ?) "
            "select n, lower(hex(randomblob(12))), lower(hex(randomblob(32))), "
            "abs(random()) % ?, ? - ? * (abs(random()) % 1000000) / 1000000.0 from k",
            [have, target - 1, len(templates.finished), _julian(now), RETENTION.days],
        )
        conn.execute(
            "update bench_gen set finished = started + (select turns from bench_tpl_sessions t "
            "where t.tpl = bench_gen.tpl) * (10 + abs(random()) % 20) / 86400.0"
        )
        # One patient in five came back for a second check-in.
        conn.execute(
            "update bench_gen set patient = (select p.patient from bench_gen p "
            "where p.n = bench_gen.n - 1) where n % 5 = 4 and n > ?",
            [have],
        )
        conn.execute(
            f"insert into sessions ({', '.join(SESSION_COLUMNS)}) select g.id, g.patient, "
            f"t.flow_version, t.state, t.status, t.data, {_iso('g.started')}, "
            f"{_iso('g.finished')}, {_iso('g.finished')}, t.level, t.reasons, t.sources, "
            "t.red_flags, t.ended_state, t.referral, t.language, t.age_band, t.turns "
            "from bench_gen g join bench_tpl_sessions t on t.tpl = g.tpl order by g.n"
        )
        conn.execute(
            f"insert into events ({', '.join(EVENT_COLUMNS)}) select g.id, "
            f"case when e.seq * 2 < t.events then {_iso('g.started')} "
            f"else {_iso('g.finished')} end, "
            "e.kind, e.state_before, e.state_after, e.fact, e.value, e.text "
            "from bench_gen g join bench_tpl_sessions t on t.tpl = g.tpl "
            "join bench_tpl_events e on e.tpl = g.tpl order by g.n, e.seq"
        )
        for table in ("bench_gen", "bench_tpl_sessions", "bench_tpl_events"):
            conn.execute(f"drop table {table}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    sync(path)
    return target - have


def sync(path: Path) -> None:
    """Flush the loaded file to disk, so the first checkpoint measured does not pay for it."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _load_templates(db: Database, templates: Templates) -> None:
    """The real rows, in scratch tables, with sqlite-utils' bulk ``insert_all``."""
    db.table("bench_tpl_sessions").insert_all(
        [
            {"tpl": i, "events": len(templates.events[i]), **row}
            for i, row in enumerate(templates.finished)
        ],
        pk="tpl",
    )
    db.table("bench_tpl_events").insert_all(
        [
            {"tpl": i, "seq": seq, **event}
            for i, rows in enumerate(templates.events)
            for seq, event in enumerate(rows)
        ]
    )
    db.table("bench_tpl_events").create_index(["tpl", "seq"])


def _julian(moment: datetime) -> float:
    return moment.timestamp() / 86400.0 + 2440587.5


def _iso(column: str) -> str:
    """A julian day as storage.clock.now() writes times: 2026-11-22T04:54:05.252+00:00."""
    return f"strftime('%Y-%m-%dT%H:%M:%f+00:00', {column})"


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def add_active(path: Path, rows: list[tuple[str, dict[str, Any]]], *, seed: int = 11) -> None:
    """Store check-ins in progress: (patient key, a half-way ``sessions`` row) each."""
    rng = random.Random(seed)
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        db = Database(conn)
        now = datetime.now(UTC)
        conn.execute("BEGIN")

        def records() -> Iterator[tuple[Any, ...]]:
            yield SESSION_COLUMNS
            for patient, row in rows:
                started = now - timedelta(minutes=30 * rng.random())
                values = dict(row)
                values.update(
                    id=os.urandom(12).hex(),
                    patient=patient,
                    started_at=_stamp(started),
                    updated_at=_stamp(started + timedelta(minutes=2)),
                )
                yield tuple(values[c] for c in SESSION_COLUMNS)

        db.table("sessions").insert_all(records(), batch_size=1000)
        conn.execute("COMMIT")
    finally:
        conn.close()

"""The review's SQL path (review/summary.py over storage/summary.py) against the row-by-row
path it replaced: the same counts, the same pages in the same order, the same charts and
evaluation, the same menus, malformed rows included; and the summary kept right by every
write (issue 14, point 7). Speed is the benchmark's (bench/review.py), not a test's.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.demo import fill
from review import aggregates, evaluation, queries, summary
from review.filters import Filters
from review.views import SORTS, sorted_rows
from storage import SessionStore, connect
from storage.summary import COLUMNS
from tests.test_review_roles import insert_session

NO_GROUP = "(none)"
LONG_AGO = (datetime.now(UTC) - timedelta(days=400)).isoformat(timespec="milliseconds")
#: Rows no bot writes, each unreadable (or odd) in its own way.
ODD_ROWS: dict[str, dict[str, Any]] = {
    "bad-json": {"red_flags": "[not json", "referral": "clinic-north"},
    "bad-type": {"reasons": '{"a": 1}', "started_at": "last tuesday"},
    "bad-level": {"level": "catastrophic", "turns": "many"},
    "bad-data": {"data": "{broken", "level": "emergency"},
    "not-strings": {"red_flags": "[1, 2]", "sources": '["a", null]'},
    "no-day": {"started_at": "2023-02-30T10:00:00.000+00:00"},
    "year-zero": {"started_at": "0000-01-01T10:00:00.000+00:00"},
    "blob-state": {"state": b"\x00\x01"},
    "float-turns": {"turns": 2.5},
    "blob-referral": {"referral": b"7", "language": None, "age_band": None},
    "number-referral": {"referral": 7},  # stored as the text "7": readable
    "escaped-flag": {"red_flags": '["\\u0066ever"]', "level": "urgent"},
    "data-list": {"data": "[1, 2]", "status": "abandoned", "ended_state": "age"},
    "empty-ended": {"status": "abandoned", "ended_state": "", "state": "pain_score"},
    "long-ago": {"started_at": LONG_AGO, "level": None},
    "odd-answers": {
        "data": json.dumps(
            {
                "consent": False,
                "asked": [],
                "answers": {"cancer_history": "active", "treatment": "chemo"},
            }
        )
    },
    "treated": {
        "data": json.dumps(
            {
                "asked": ["age", "age", "bladder_bowel", 3, None],
                "answers": {"cancer_history": "past", "treatment": ["tamoxifen"]},
                "outcome": {"uncertain": ["fever", "fever"]},
            }
        ),
        "finished_at": "2026-01-01T00:00:00.000+00:00",
        "started_at": "2026-01-01T00:10:00.000+00:00",
    },
}
FILTERS: list[dict[str, str]] = [
    {},
    {"level": "emergency"},
    {"level": "urgent"},
    {"status": "abandoned"},
    {"status": "active"},
    {"red_flag": "any"},
    {"red_flag": "none"},
    {"red_flag": "fever"},
    {"red_flag": "bladder_bowel"},
    {"referral": "clinic-north"},
    {"referral": NO_GROUP},
    {"language": "en"},
    {"flow_version": "test-1"},
    {"cancer": "active"},
    {"cancer": "none"},
    {"treatment": "hormone"},
    {"treatment": "chemotherapy"},
    {"date_from": "2026-01-01"},
    {"date_to": "2025-12-31"},
    {"status": "finished", "red_flag": "any", "referral": "clinic-north"},
]
GROUPS: list[tuple[str, ...] | None] = [None, ("clinic-north",), ("physio-east", "gp-south")]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's check-ins (every status, level and group), then the odd rows."""
    path = tmp_path_factory.mktemp("scale") / "bot.db"
    fill(path, sessions=160, seed=14)
    with closing(sqlite3.connect(path)) as conn:
        for session_id, columns in ODD_ROWS.items():
            insert_session(conn, session_id, **columns)
        conn.commit()
    return path


@pytest.fixture
def conn(database: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        yield db


def _recomputed(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The summary as it would be made afresh from the sessions stored now."""
    return conn.execute(
        f"select {', '.join(COLUMNS.values())} from sessions r order by r.id"
    ).fetchall()


def _summary(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    return conn.execute(f"select {', '.join(COLUMNS)} from session_summary order by id").fetchall()


def test_the_demo_has_what_the_comparisons_need(conn: sqlite3.Connection) -> None:
    statuses = {r[0] for r in conn.execute("select status from sessions")}
    assert {"finished", "abandoned", "restarted"} <= statuses
    assert conn.execute("select count(distinct referral) from sessions").fetchone()[0] >= 3
    flagged = "select count(*) from sessions where red_flags not in ('[]')"
    assert conn.execute(flagged).fetchone()[0] > 5
    assert summary.available(conn)


def test_the_summary_says_unreadable_exactly_where_the_rows_are(
    conn: sqlite3.Connection,
) -> None:
    conn.row_factory = sqlite3.Row
    parsed = {
        str(r["id"]): bool(queries.SessionRow.from_row(r).unreadable)
        for r in conn.execute(f"select {queries.SESSION_COLUMNS} from sessions")
    }
    said = {
        str(r[0]): bool(r[1])
        for r in conn.execute(f"select id, {summary.UNREADABLE} from session_summary")
    }
    assert said == parsed
    assert {i for i, bad in parsed.items() if bad} >= {
        "bad-json",
        "bad-type",
        "bad-level",
        "not-strings",
        "no-day",
        "year-zero",
        "blob-state",
        "float-turns",
        "blob-referral",
    }
    assert not parsed["bad-data"] and not parsed["escaped-flag"] and not parsed["long-ago"]


@pytest.mark.parametrize("given", FILTERS, ids=lambda f: "&".join(map("=".join, f.items())))
@pytest.mark.parametrize("groups", GROUPS)
def test_the_list_counts_and_pages_as_the_rows_do(
    conn: sqlite3.Connection, given: dict[str, str], groups: tuple[str, ...] | None
) -> None:
    filters = Filters.from_query(given)
    rows = queries.sessions(conn, filters, groups)
    size = 7  # several pages, and the unreadable rows' own
    for column in SORTS:
        for descending in (False, True):
            ordered = sorted_rows(rows, column, descending)
            pages = max(1, math.ceil(len(rows) / size))
            for page in (1, 2, pages, pages + 1):
                offset = (min(page, pages) - 1) * size
                old = summary.Listing.of(rows, ordered, offset, size)
                new = summary.listing(conn, filters, groups, column, descending, page, size)
                assert (new.total, new.levels, new.statuses) == (
                    old.total,
                    old.levels,
                    old.statuses,
                )
                assert [r.id for r in new.rows] == [r.id for r in old.rows], (column, page)
                assert new.rows == old.rows


@pytest.mark.parametrize("given", FILTERS, ids=lambda f: "&".join(map("=".join, f.items())))
@pytest.mark.parametrize("groups", GROUPS)
def test_the_charts_and_the_evaluation_count_as_the_rows_do(
    conn: sqlite3.Connection, given: dict[str, str], groups: tuple[str, ...] | None
) -> None:
    filters = Filters.from_query(given)
    rows = queries.sessions(conn, filters, groups)
    assert summary.tally(conn, filters, groups, NO_GROUP) == aggregates.tally(rows, NO_GROUP)
    assert summary.gather(conn, filters, groups) == evaluation.gather(conn, filters, groups)


@pytest.mark.parametrize("groups", GROUPS)
def test_the_menus_offer_what_the_rows_hold(
    conn: sqlite3.Connection, groups: tuple[str, ...] | None
) -> None:
    assert summary.choices(conn, groups) == queries.choices(conn, groups)


def test_every_sort_of_the_list_has_its_sql() -> None:
    assert set(summary.SORT_KEYS) == set(SORTS)


def test_every_write_keeps_the_summary_right(tmp_path: Path) -> None:
    """Saves, ends, abandoning, backdating, erasure, purge and rows written by hand."""
    path = tmp_path / "bot.db"
    fill(path, sessions=40, seed=3)  # the service's saves, follow-ups, the demo's backdating
    db = connect(path)
    store = SessionStore(db)
    with closing(sqlite3.connect(path)) as conn:
        assert _summary(conn) == _recomputed(conn) and _summary(conn)
        insert_session(conn, "by-hand", red_flags="[oops")
        conn.execute("update sessions set level = 'emergency', id = 'moved' where id = 'by-hand'")
        # a REPLACE fires no delete trigger for the row it replaces
        conn.execute(
            "insert or replace into sessions (id, patient, flow_version, state, status, data, "
            "started_at, level) select id, patient, flow_version, 'age', 'abandoned', '{}', "
            "started_at, null from sessions where id = 'moved'"
        )
        conn.commit()
        assert _summary(conn) == _recomputed(conn)
        patient, mine = conn.execute(
            "select patient, group_concat(id) from sessions group by patient "
            "order by count(*) desc limit 1"
        ).fetchone()
    store.abandon_idle(timedelta(seconds=0))
    assert store.delete_patient(patient) >= 1
    store.purge(timedelta(days=30))
    with closing(sqlite3.connect(path)) as conn:
        assert _summary(conn) == _recomputed(conn)
        left = {r[0] for r in conn.execute("select id from session_summary")}
        assert not left & set(mine.split(","))  # erased: nothing of theirs stays behind
        assert "moved" in left and "by-hand" not in left
    db.close()

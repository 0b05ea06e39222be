"""The safety queue on the session summary (issue 14): an abandoned check-in keeps the
level it reached (in the level filter, the charts and the queue), a red-flag reading the
patient confirmed is queued, and the queue is paged; the summary's SQL path gives what
the row-by-row path gives. On real SQLite files made by the bot's own migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.service import ConversationService
from flows.engine import Engine, Inbound
from review import aggregates, queries, summary
from review.filters import Filters
from storage import SessionStore, connect
from tests.test_review_roles import insert_session

SINCE = (datetime.now(UTC) - timedelta(days=14)).date().isoformat()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    found = tmp_path / "bot.db"
    connect(found).close()
    return found


@pytest.fixture
def conn(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(path)) as db:
        yield db


def both(conn: sqlite3.Connection, **kw: object) -> list[tuple[str, str]]:
    """The queue by the summary, checked against the row-by-row path."""
    fast = summary.queue(conn, SINCE, **kw)  # type: ignore[arg-type]
    slow = queries.queue(conn, SINCE, **kw)  # type: ignore[arg-type]
    found = [(i.session.id, i.why) for i in fast.items]
    assert found == [(i.session.id, i.why) for i in slow.items]
    assert fast.more == slow.more
    return found


def test_an_emergency_reached_then_abandoned_keeps_its_level(conn: sqlite3.Connection) -> None:
    flags = '["bladder_bowel"]'
    insert_session(
        conn,
        "gone",
        status="abandoned",
        level=None,
        reached="4:emergency",
        red_flags=flags,
        state="saddle_numbness",
        ended_state="saddle_numbness",
    )
    insert_session(
        conn,
        "floor",
        status="abandoned",
        level=None,
        reached="0:self_care",
        state="consent",
        ended_state="consent",
    )
    insert_session(conn, "advised", level="emergency", reached="4:emergency", red_flags=flags)
    conn.commit()
    assert conn.execute(
        "select reached, outcome from session_summary where id = 'gone'"
    ).fetchone() == ("emergency", "emergency")
    filters = Filters.from_query({"level": "emergency", "status": "abandoned"})
    assert [r.id for r in queries.sessions(conn, filters)] == ["gone"]
    listed = summary.listing(conn, filters, None, "started", True, 1, 50)
    assert [r.id for r in listed.rows] == ["gone"] and listed.levels["emergency"] == 1
    # the charts file it under emergency; the floor (self-care) says nothing: no outcome
    counts = summary.tally(conn, Filters(), None, "(none)")
    assert counts == aggregates.tally(queries.sessions(conn, Filters()), "(none)")
    assert sum(week["emergency"] for week in counts.weekly.values()) == 2
    assert sum(week["none"] for week in counts.weekly.values()) == 1
    assert dict(both(conn)) == {"gone": "no_advice", "advised": "emergency"}


def test_a_red_flag_reading_the_patient_confirmed_is_queued(path: Path) -> None:
    db = connect(path)
    service = ConversationService(SessionStore(db), Engine())
    # "not sure" at the checklist, then a hedged no shown back ("I read that as: no new
    # trouble with peeing or pooing. Is that right?") and confirmed
    for text in ("/start", "yes", "not sure", "i guess not?", "yes"):
        service.handle("patient", Inbound(text))
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        status, level, flags = conn.execute(
            "select status, level, red_flags from sessions"
        ).fetchone()
        assert (status, level, flags) == ("active", None, "[]")  # nothing else would queue it
        assert [why for _, why in both(conn)] == ["unsure_red_flag"]
        doubted = conn.execute("select doubted from session_summary").fetchone()[0]
        assert "bladder_bowel" in doubted


def test_the_queue_comes_a_page_at_a_time_most_pressing_first(conn: sqlite3.Connection) -> None:
    start = datetime.now(UTC)
    for n in range(70):
        level = "urgent" if n % 2 else "emergency"
        at = (start - timedelta(minutes=n)).isoformat(timespec="milliseconds")
        insert_session(conn, f"s{n:03d}", level=level, started_at=at)
    insert_session(conn, "old", level="emergency", started_at="2020-01-01T00:00:00.000+00:00")
    insert_session(conn, "calm", level="routine")
    conn.commit()
    first = both(conn)
    second = both(conn, offset=50)
    assert len(first) == 50 and len(second) == 20
    assert summary.queue(conn, SINCE).more and not summary.queue(conn, SINCE, offset=50).more
    whys = [why for _, why in first + second]
    assert whys == ["emergency"] * 35 + ["urgent"] * 35
    reviewed = {"s000", "s002"}
    assert ("s000", "emergency") not in both(conn, reviewed=reviewed)
    assert both(conn, reviewed=reviewed, done=True) == [
        ("s000", "emergency"),
        ("s002", "emergency"),
    ]

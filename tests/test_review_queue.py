"""The safety queue on the session summary (issue 14): an abandoned check-in keeps the
level it reached (in the level filter, the charts and the queue), a red-flag reading the
patient confirmed is queued, and the queue is paged; the summary's SQL path gives what
the row-by-row path gives. On real SQLite files made by the bot's own migrations."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.service import ConversationService
from flows.engine import Engine, Inbound
from review import accounts, aggregates, queries, roles, summary
from review.config import ReviewConfig
from review.filters import Filters
from storage import SessionStore, connect
from tests.test_review_roles import Client, add_staff, insert_session, login
from tests.test_review_roles import client_for as client_for  # the fixture

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


#: A check-in through the cancer pathway: no warning sign, active cancer, new pain,
#: the cancer team not aware (SPEC 3: "cancer, and any back, buttock or leg pain").
CANCER_PAIN = (
    "/start",
    "yes",
    "none of these",
    "none of these",
    "none of these",
    "60",
    "yes, I have cancer now",
    "radiotherapy",
    "no",  # no tingling in hands or feet
    "no",  # the cancer team does not know
    "3 weeks",
    "6",
)


def test_the_cancer_pathway_is_a_red_flag_in_what_staff_see(
    path: Path, client_for: Callable[..., Client]
) -> None:
    """The urgent cancer pathway, finished or stopped part way, counts as a red flag in the
    list's filter and counts, the charts, the safety queue and the transcript."""
    db = connect(path)
    service = ConversationService(SessionStore(db), Engine())
    for text in CANCER_PAIN:
        service.handle("finished", Inbound(text))
    for text in CANCER_PAIN[:8]:  # stops after its treatment: no advice reached them
        service.handle("stopped", Inbound(text))
    service.store.abandon_idle(timedelta(minutes=-1))
    db.close()
    flag = "cancer_new_nerve_pain"
    with closing(sqlite3.connect(path)) as conn:
        rows = {
            status: (level, json.loads(flags))
            for status, level, flags in conn.execute(
                "select status, level, red_flags from sessions"
            )
        }
        assert rows == {"finished": ("urgent", [flag]), "abandoned": (None, [flag])}
        for query in ({"red_flag": "any"}, {"red_flag": flag}):
            filters = Filters.from_query(query)
            assert len(queries.sessions(conn, filters)) == 2
            assert summary.listing(conn, filters, None, "started", True, 1, 50).total == 2
        assert not queries.sessions(conn, Filters.from_query({"red_flag": "none"}))
        counts = summary.tally(conn, Filters(), None, "(none)")
        assert counts.red_flags[flag] == 2
        assert flag in summary.choices(conn).red_flags
        assert sorted(why for _, why in both(conn)) == ["no_advice", "urgent"]
        finished = conn.execute("select id from sessions where status = 'finished'").fetchone()[0]
    add_staff(path, ("nurse", roles.CLINICIAN, ()))
    client = client_for(ReviewConfig(path, accounts.staff_path(path)))
    assert login(client, "nurse").status_code == 303
    page = client.get(f"/sessions/{finished}").text
    shown = re.search(r'id="red-flags">([^<]*)<', page)
    assert shown and shown.group(1).strip() == "cancer, with new back or leg pain"


def test_check_ins_stored_before_gain_their_cancer_pathway_flag(path: Path) -> None:
    """The migration records the flag for a check-in saved when it recorded none."""
    db = connect(path)
    service = ConversationService(SessionStore(db), Engine())
    for text in CANCER_PAIN:
        service.handle("p", Inbound(text))
    db.execute("update sessions set red_flags = '[]'")
    db.execute("delete from _sqlite_migrations where name = 'm011_cancer_pathway_red_flags'")
    db.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("select flags from session_summary").fetchone()[0] == "[]"
    db = connect(path)  # the migration runs again
    assert db.execute("select red_flags from sessions").fetchone()[0] == (
        '["cancer_new_nerve_pain"]'
    )
    assert db.execute("select flag_count from session_summary").fetchone()[0] == 1
    db.close()

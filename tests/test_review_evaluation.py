"""Service evaluation (issue 14, point 4): rates per question and per week, time to the
advice, declined consent apart, and the filters by flow version, cancer and treatment;
every rate standing on protected counts. On a real SQLite file made by the bot's own
migrations, rows written as the bot writes them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from review import aggregates, roles, summary
from review.evaluation import Evaluation, QuestionRates, evaluate, gather
from review.filters import Filters
from review.queries import sessions
from storage import connect
from tests.reviewkit import running_review
from tests.test_review_roles import add_staff, insert_session, login

MONDAY = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    path = tmp_path / "bot.db"
    connect(path).close()  # the bot's own tables, through its migrations
    with closing(sqlite3.connect(path)) as db:
        yield db


def add(
    conn: sqlite3.Connection,
    n: int,
    *,
    asked: tuple[str, ...] = ("age", "pain_score"),
    unsure: tuple[str, ...] = (),
    answers: dict[str, Any] | None = None,
    misread_at: str | None = None,
    minutes: float = 3.0,
    day: datetime = MONDAY,
    **columns: Any,
) -> None:
    """``n`` check-ins alike, with their engine state as the bot stores it."""
    abandoned = columns.get("status") == "abandoned"
    for _ in range(n):
        session_id = f"s{conn.execute('select count(*) from sessions').fetchone()[0]:05d}"
        data = {
            "consent": True,
            "asked": list(asked),
            "answers": answers or {},
            "outcome": {"uncertain": list(unsure)}
            if columns.get("status") != "abandoned"
            else None,
        }
        finished = (day + timedelta(minutes=minutes)).isoformat(timespec="milliseconds")
        insert_session(
            conn,
            session_id,
            data=json.dumps(data),
            started_at=day.isoformat(timespec="milliseconds"),
            finished_at=None if abandoned else finished,
            **columns,
        )
        if misread_at:
            conn.execute(
                "insert into events (session_id, at, kind, state_before, state_after, kept) "
                "values (?, ?, 'text', ?, ?, 'unreadable')",
                [session_id, day.isoformat(), misread_at, misread_at],
            )
    conn.commit()


def evaluated(conn: sqlite3.Connection, filters: Filters | None = None) -> Evaluation:
    filters = filters or Filters()
    board = aggregates.board(sessions(conn, filters), "(none)")
    return evaluate(conn, filters, board)


def question(found: Evaluation, name: str) -> QuestionRates:
    return next(q for q in found.questions if q.question == name)


def test_rates_per_question_count_check_ins_that_reached_it(conn: sqlite3.Connection) -> None:
    add(conn, 8, unsure=("age",))
    add(conn, 6, misread_at="age")
    add(conn, 6, status="abandoned", level=None, state="pain_score", ended_state="pain_score")
    add(conn, 10)
    found = evaluated(conn)
    age, pain = question(found, "age"), question(found, "pain_score")
    assert age.reached == "30"
    assert age.unsure.text == "8 (27%)"
    assert age.misread.text == "6 (20%)"
    assert pain.stopped.text == "6 (20%)"
    assert age.stopped.text == "0 (0%)"


def test_a_small_count_and_a_small_complement_are_both_hidden(conn: sqlite3.Connection) -> None:
    add(conn, 3, unsure=("age",))
    add(conn, 15, unsure=("pain_score",))
    add(conn, 3)
    found = evaluated(conn)
    assert question(found, "age").unsure.text == "<5"  # 3 of 21
    assert question(found, "age").unsure.percent is None
    # 15 of 21 with 6 without: both shown; 18 of 21 would leave 3 to work out
    assert question(found, "pain_score").unsure.text == "15 (71%)"
    add(conn, 18, asked=("duration",), unsure=("duration",))
    add(conn, 3, asked=("duration",))
    hidden = question(evaluated(conn), "duration").unsure
    assert hidden.percent is None and hidden.text == "5+"


def test_a_checklists_items_are_one_question(conn: sqlite3.Connection) -> None:
    add(conn, 6, asked=("leg_weakness", "leg_numbness"), unsure=("leg_weakness", "leg_numbness"))
    add(conn, 6, asked=("leg_weakness", "leg_numbness"))
    found = evaluated(conn)
    assert [q.question for q in found.questions] == ["leg_checklist"]
    assert question(found, "leg_checklist").reached == "12"
    assert question(found, "leg_checklist").unsure.text == "6 (50%)"


def test_stopping_and_misreads_at_a_checklist_item_count_for_its_checklist(
    conn: sqlite3.Connection,
) -> None:
    # "not sure" at the nerve checklist: its items asked one by one, each its own state
    items = ("nerve_checklist", "bladder_bowel", "saddle_numbness", "sexual_change", "both_legs")
    add(conn, 6, asked=items, status="abandoned", level=None, state="saddle_numbness")
    add(conn, 6, asked=items, misread_at="bladder_bowel")
    add(conn, 8, asked=items)
    found = evaluated(conn)
    checklist = question(found, "nerve_checklist")
    assert [q.question for q in found.questions] == ["nerve_checklist"]
    assert checklist.reached == "20"
    assert checklist.stopped.text == "6 (30%)"
    assert checklist.misread.text == "6 (30%)"
    # the chart beside it stops at the checklist too, and the summary's path agrees
    board = aggregates.board(sessions(conn, Filters()), "(none)")
    assert [(c.key, c.count) for c in board.drop_off] == [("nerve_checklist", 6)]
    assert summary.gather(conn, Filters()) == gather(conn, Filters())


def test_declined_consent_is_kept_apart(conn: sqlite3.Connection) -> None:
    for n in range(6):
        insert_session(
            conn,
            f"declined{n}",
            status="abandoned",
            level=None,
            state="consent",
            ended_state="consent",
            data=json.dumps({"consent": False, "asked": []}),
        )
    add(conn, 7)
    conn.commit()
    found = evaluated(conn)
    assert found.declined == "6"
    assert "consent" not in [q.question for q in found.questions]
    assert question(found, "age").reached == "7"


def declined(conn: sqlite3.Connection, n: int) -> None:
    for i in range(n):
        insert_session(
            conn,
            f"declined{i}",
            status="abandoned",
            level=None,
            state="consent",
            ended_state="consent",
            data=json.dumps({"consent": False, "asked": []}),
        )


def test_no_reach_or_declined_count_gives_a_hidden_few_away_from_the_total(
    conn: sqlite3.Connection,
) -> None:
    declined(conn, 3)
    add(conn, 12, unsure=("age",))
    add(conn, 8)
    found = evaluated(conn)
    board = aggregates.board(sessions(conn, Filters()), "(none)")
    assert board.total == "23"
    assert found.declined == "<5"
    # "23 sessions, 20 reached the first question" would say 3 declined
    age = question(found, "age")
    assert age.reached == "5+"
    # and "12 (60%)" would say it was 12 of 20: counts only
    assert age.unsure.text == "12" and age.unsure.percent is None


def test_a_declined_count_near_the_total_is_banded(conn: sqlite3.Connection) -> None:
    declined(conn, 20)
    add(conn, 3)
    assert evaluated(conn).declined == "5+"  # else 23 - 20 gives the 3 who went on


def test_time_to_outcome_is_a_median_over_five_or_more(conn: sqlite3.Connection) -> None:
    for minutes in (2, 3, 4, 5, 60):
        add(conn, 1, minutes=minutes, level="routine")
    add(conn, 4, minutes=1, level="emergency")
    times = dict(evaluated(conn).time_to_outcome)
    assert times["routine"] == pytest.approx(4.0, abs=0.01)
    assert times["emergency"] is None


def test_a_week_with_a_hidden_cell_shows_no_shares(conn: sqlite3.Connection) -> None:
    add(conn, 6, level="routine")
    add(conn, 4, level="self_care")
    add(conn, 6, level="routine", day=MONDAY + timedelta(days=7))
    add(conn, 9, level="self_care", day=MONDAY + timedelta(days=7))
    weeks = dict(evaluated(conn).weekly_rates)
    first, second = weeks[MONDAY.date()], weeks[MONDAY.date() + timedelta(days=7)]
    assert all(r.percent is None for r in first)
    shares = {r.cell.key: r.text for r in second}
    assert shares["routine"] == "6 (40%)" and shares["self_care"] == "9 (60%)"


def test_filters_by_flow_version_cancer_and_treatment(conn: sqlite3.Connection) -> None:
    add(conn, 2, answers={"cancer_history": "active", "treatment": ["taxane"]})
    add(conn, 3, answers={"cancer_history": "past", "treatment": ["tamoxifen"]})
    add(conn, 4, answers={"cancer_history": "none"}, flow_version="2026.11.1")
    insert_session(conn, "broken", data="{not json")
    conn.commit()

    def ids(**given: str) -> int:
        return len(sessions(conn, Filters.from_query(given)))

    # a row whose engine state cannot be read is kept by every such filter (listed as
    # unreadable), as the red-flag filters keep one
    assert ids(cancer="active") == 2 + 1
    assert ids(cancer="none") == 4 + 1
    assert ids(treatment="chemotherapy") == 2 + 1
    assert ids(treatment="hormone") == 3 + 1
    assert ids(treatment="radiotherapy") == 0 + 1
    assert ids(flow_version="2026.11.1") == 4
    assert ids(cancer="sometimes", treatment="'; drop table sessions") == 10  # ignored


@pytest.mark.slow
def test_the_charts_page_shows_the_evaluation_to_a_researcher(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    connect(path).close()
    with closing(sqlite3.connect(path)) as db:
        add(db, 8, unsure=("age",), answers={"cancer_history": "none"})
        add(db, 12, answers={"cancer_history": "none"})
        add(db, 30, answers={"cancer_history": "past"})  # filtered out
    add_staff(path, ("researcher", roles.RESEARCHER, ()))
    with running_review(path) as base, httpx.Client(base_url=base) as client:
        login(client, "researcher")
        page = client.get("/charts", params={"cancer": "none"}).text
    assert 'id="evaluation"' in page and 'id="per-question"' in page
    assert "8 (40%)" in page  # age: finished not sure

"""The researcher's export keeps the charts' small-count rule (issue 14, point 2), a
clinician's stays exact, and the follow-ups page's counts are protected in pairs.

The researcher's export is one row per check-in; these tests count its rows the way a
reader would (by period and outcome) and check that no count of 1 to 4 comes out, and
that no period hides a single cell its total would give back. Over the demo data
(``bot.demo.fill``), rows made by hand with small groups in them, and the ASGI app.
"""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.demo import fill
from review import accounts, aggregates, exports
from review.aggregates import SUPPRESSED, THRESHOLD
from review.config import ReviewConfig
from review.exports import DEIDENTIFIED, FIELDS
from review.queries import FollowUpRow, SessionRow
from tests.test_review_roles import PEOPLE, Client, _query, add_staff, login
from tests.test_review_roles import (
    client_for as client_for,  # the fixture
)

LEVELS = ["emergency", "urgent", "soon", "routine", "self_care"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("export") / "bot.db"
    fill(database, sessions=150, seed=4)
    add_staff(database, *PEOPLE)
    return database


@pytest.fixture
def config(world: Path) -> ReviewConfig:
    return ReviewConfig(world, accounts.staff_path(world))


def _row(n: int, day: date, level: str | None, status: str = "finished") -> SessionRow:
    return SessionRow(
        id=f"s{n:04d}",
        flow_version="2026.1",
        state="done",
        status=status,
        started_at=day.isoformat(),
        level=level,
        reasons=[],
        sources=[],
        red_flags=[],
        ended_state=None if status == "finished" else "duration",
        referral=None,
        language="en",
        age_band="50-59",
        turns=9,
        day=day,
    )


def _rows(plan: dict[tuple[date, str], int]) -> list[SessionRow]:
    made: list[SessionRow] = []
    for (day, level), count in plan.items():
        made += [_row(len(made) + i, day, level) for i in range(count)]
    return made


def check_researcher_export(rows: Sequence[SessionRow], exported: list[dict[str, Any]]) -> None:
    """Fails when a reader of ``exported`` could count a (period, outcome) group of 1 to
    4, or find a period that hides exactly one outcome (its count would be the number of
    suppressed rows)."""
    assert len(exported) == len(rows)
    counted = Counter((r["period"], r["outcome"]) for r in exported)
    small = {key: n for key, n in counted.items() if 0 < n < THRESHOLD}
    assert not small, small
    # what the suppressed rows of each period really are: the period's true outcomes
    # less those shown (a reader knows the shown ones; the rest is the hidden cells)
    truth: dict[str, Counter[str]] = {}
    for r in rows:
        truth.setdefault(r.day.strftime("%Y-%m"), Counter())[r.outcome or "none"] += 1
    shown_periods = {r["period"] for r in exported} - {SUPPRESSED}
    pooled: Counter[str] = Counter()
    for month, outcomes in truth.items():
        if month not in shown_periods:
            pooled += outcomes
    for period in {r["period"] for r in exported}:
        real = pooled if period == SUPPRESSED else truth[period]
        visible = Counter(
            r["outcome"] for r in exported if r["period"] == period and r["outcome"] != SUPPRESSED
        )
        for outcome, n in visible.items():
            assert real[outcome] == n, (period, outcome)  # a shown count is exact
        hidden = real - visible
        assert len(hidden) != 1, (period, hidden)
    # and the period itself: a suppressed pool is 0 or at least 5 rows, from 2+ months
    pool = sum(1 for r in exported if r["period"] == SUPPRESSED)
    assert pool == 0 or (pool >= THRESHOLD and len(set(truth) - shown_periods) >= 2)


def test_a_small_outcome_hides_the_next_smallest_beside_it() -> None:
    march, april = date(2026, 3, 2), date(2026, 4, 6)
    plan = {(march, "routine"): 10, (march, "urgent"): 2, (march, "soon"): 8}
    plan |= {(april, "routine"): 7, (april, "urgent"): 6}
    rows = _rows(plan)
    exported = exports.deidentify(rows)
    counted = Counter((r["period"], r["outcome"]) for r in exported)
    # March: the 2 urgent alone would be the 2 suppressed rows; the 8 soon go with them
    assert counted == {
        ("2026-03", "routine"): 10,
        ("2026-03", SUPPRESSED): 10,
        ("2026-04", "routine"): 7,
        ("2026-04", "urgent"): 6,
    }
    check_researcher_export(rows, exported)


def test_a_month_too_small_to_protect_is_pooled_with_the_next_smallest() -> None:
    plan = {(date(2026, 1, 5), "routine"): 3}  # a month of 3: a small group on its own
    plan |= {(date(2026, 2, 2), "routine"): 6, (date(2026, 3, 2), "urgent"): 20}
    plan |= {(date(2026, 3, 9), "routine"): 20}
    rows = _rows(plan)
    exported = exports.deidentify(rows)
    periods = Counter(r["period"] for r in exported)
    assert periods == {SUPPRESSED: 9, "2026-03": 40}
    check_researcher_export(rows, exported)
    # the order tells nothing: the rows are sorted by what they show
    assert exported == sorted(exported, key=lambda r: [(v is not None, str(v)) for v in r.values()])


def test_no_count_of_one_to_four_comes_out_of_random_exports() -> None:
    for seed in range(40):
        rng = random.Random(seed)
        start = date(2026, 1, 5)
        rows = [
            _row(
                n,
                start + timedelta(days=rng.randrange(120)),
                rng.choice([*LEVELS, None]),
                rng.choice(["finished", "finished", "abandoned"]),
            )
            for n in range(rng.randrange(5, 90))
        ]
        check_researcher_export(rows, exports.deidentify(rows))


def test_every_grouping_column_of_the_researchers_export_keeps_the_rule(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path
) -> None:
    client = client_for(config)
    login(client, "res")
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert tuple(rows[0]) == DEIDENTIFIED
    assert len(rows) == _query(world, "select count(*) from sessions")[0][0]
    assert {r["period"] for r in rows} - {SUPPRESSED} and all(
        r["period"] == SUPPRESSED or len(r["period"]) == len("2026-03") for r in rows
    )
    for column in DEIDENTIFIED[1:]:
        counted = Counter((r["period"], r[column]) for r in rows)
        assert not [n for n in counted.values() if 0 < n < THRESHOLD], (column, counted)
        for period in {r["period"] for r in rows}:
            # never exactly one value hidden in a period: it would be counted whole
            hidden = [r for r in rows if r["period"] == period and r[column] == SUPPRESSED]
            assert not hidden or len(hidden) >= THRESHOLD
    assert Counter(r["period"] for r in rows)[SUPPRESSED] in (0, *range(THRESHOLD, 10**6))
    exported = client.get("/export.json").json()
    assert exported["deidentified"] is True
    assert [{k: v or "" for k, v in r.items()} for r in exported["sessions"]] == rows


def test_the_researchers_export_of_the_demo_hides_what_the_old_one_counted_exactly(
    client_for: Callable[..., Client], config: ReviewConfig
) -> None:
    """The demo has months with 1 to 4 check-ins of some outcome: the export must hide
    them (it did not: it listed each check-in with its level and week)."""
    client = client_for(config)
    login(client, "res")
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    assert any(r["outcome"] == SUPPRESSED for r in rows)
    assert not {"id", "started", "week", "level", "red_flags", "reasons"} & set(rows[0])


def test_a_clinicians_export_is_exact_and_unchanged(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path
) -> None:
    nurse = client_for(config)
    login(nurse, "nurse")
    full = list(csv.DictReader(io.StringIO(nurse.get("/export.csv").text)))
    assert tuple(full[0])[: len(FIELDS)] == FIELDS
    stored = {
        r[0]: (r[1], r[2], r[3])
        for r in _query(world, "select id, level, status, substr(started_at, 1, 10) from sessions")
    }
    assert {r["id"]: (r["level"] or None, r["status"], r["started"]) for r in full} == stored
    assert SUPPRESSED not in {v for r in full for v in r.values()}
    listed = nurse.get("/export.json").json()["sessions"]
    assert {s["id"]: (s["level"], s["status"], s["started"]) for s in listed} == stored


# The follow-ups page: its counts are protected in pairs, like the charts page's.


def _followup(n: int, sent: bool, said: str | None = "better") -> FollowUpRow:
    due = date(2026, 3, 2) + timedelta(days=n % 3)
    return FollowUpRow(
        check_in=f"c{n}",
        days=14,
        due=due,
        status="answered" if sent else "pending",
        session_id=f"f{n}" if sent else None,
        said=said if sent else None,
        level="routine" if sent else None,
        earlier_level="soon",
    )


def test_follow_ups_sent_beside_those_planned_cannot_give_the_unsent_away() -> None:
    rows = [_followup(n, sent=n < 20) for n in range(23)]  # 3 not sent
    board = aggregates.followup_board(rows)
    assert (board.planned, board.sent) == ("23", aggregates.SHIELD)
    assert board.sent == aggregates.beside_total("sent", 20, 23).text
    everyone = aggregates.followup_board([_followup(n, sent=True) for n in range(23)])
    assert (everyone.planned, everyone.sent) == ("23", "23")
    # the weekly chart adds up to those sent: a lone "<5" gets a "5+" beside it
    said = [_followup(n, True, "better" if n < 18 else "worse") for n in range(20)]
    weekly = aggregates.followup_board(said).weekly
    assert weekly is not None
    cells = [c for _, week in weekly for c in week]
    assert any(c.text == aggregates.SMALL for c in cells)
    assert aggregates.SHIELD in {c.text for c in cells}
    assert not [c for c in cells if c.count is not None and 0 < c.count < THRESHOLD]


def test_the_follow_ups_page_shows_the_protected_counts(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path
) -> None:
    nurse = client_for(config)
    login(nurse, "nurse")
    page = nurse.get("/followups").text
    planned, sent = (
        _query(world, "select count(*) from followups")[0][0],
        _query(world, "select count(*) from followups where followup_session is not null")[0][0],
    )
    expected = aggregates.beside_total("sent", sent, planned).text
    assert f'<span id="sent">{expected.replace("<", "&lt;")}</span>' in page
    assert f'<span id="planned">{aggregates.shown(planned)}</span>' in page

"""Roles in the staff review (issue 14, point 2), and the small-count rule they see.

Clinicians see everything; coordinators the charts of their own referral groups;
researchers charts and de-identified exports. Over the ASGI app (Starlette's
TestClient) on real SQLite files, and in Debian's Chromium against a real
``sciatica-bot review`` process.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from click.testing import CliRunner
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from bot.cli import cli
from bot.demo import fill
from review import accounts, aggregates, roles
from review.app import ROUTES, create_app
from review.config import ReviewConfig
from review.exports import ANSWER_FIELDS, DEIDENTIFIED, FIELDS
from review.labels import fact_label
from storage import connect
from tests.reviewkit import chromium, log_in, running_review

PASSWORD = "correct horse battery staple"
GROUP, OTHER_GROUP = "clinic-north", "physio-east"
#: Who logs in: (name, role, groups).
PEOPLE = (
    ("nurse", roles.CLINICIAN, ()),
    ("coord", roles.COORDINATOR, (GROUP,)),
    ("coord2", roles.COORDINATOR, (GROUP, OTHER_GROUP)),
    ("res", roles.RESEARCHER, ()),
)


# Helpers (test_review_audit.py uses them too).


def add_staff(database: Path, *people: tuple[str, str, tuple[str, ...]]) -> Path:
    """Make the staff database beside ``database`` with these accounts."""
    path = accounts.staff_path(database)
    db = accounts.open_accounts(path)
    for name, role, groups in people:
        accounts.add(db, name, PASSWORD, role, groups)
    db.close()
    return path


class Client:
    """httpx over the ASGI app itself, called synchronously through an anyio portal."""

    def __init__(self, portal: BlockingPortal, app: Any) -> None:
        self.portal = portal
        transport = httpx.ASGITransport(app=app)
        self.http = httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1")

    def get(self, url: str, **options: Any) -> httpx.Response:
        return self.portal.call(lambda: self.http.get(url, **options))

    def post(self, url: str, **options: Any) -> httpx.Response:
        return self.portal.call(lambda: self.http.post(url, **options))

    def close(self) -> None:
        self.portal.call(self.http.aclose)


@pytest.fixture
def client_for() -> Iterator[Callable[..., Client]]:
    """Makes clients of a fresh app over a config (one app per config, like one server)."""
    with start_blocking_portal() as portal:
        apps: dict[int, Any] = {}
        made: list[Client] = []

        def make(config: ReviewConfig) -> Client:
            app = apps.setdefault(id(config), create_app(config))
            made.append(Client(portal, app))
            return made[-1]

        yield make
        for client in made:
            client.close()


def form_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


def login(client: Client | httpx.Client, name: str, password: str = PASSWORD) -> Any:
    token = form_token(client.get("/login").text)
    return client.post("/login", data={"csrf_token": token, "name": name, "password": password})


def insert_session(conn: sqlite3.Connection, session_id: str, **columns: Any) -> None:
    """A sessions row written directly (the columns the bot writes, overridable)."""
    row: dict[str, Any] = {
        "id": session_id,
        "patient": f"key-{session_id}",
        "flow_version": "test-1",
        "state": "done",
        "status": "finished",
        "data": "{}",
        "started_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "level": "routine",
        "reasons": "[]",
        "sources": "[]",
        "red_flags": "[]",
        "turns": 9,
    }
    row.update(columns)
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f"insert into sessions ({names}) values ({marks})", list(row.values()))


def _query(database: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(sql, args).fetchall()


def _svg(page: str, chart: str) -> str:
    start = page.index(f"svg id='{chart}'")
    return page[start : page.index("</svg>", start)]


def _bar_labels(svg: str) -> list[str]:
    return re.findall(r"<g class='bar'><title>([^<]+?): [^<]*</title>", svg)


# The databases.


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """150 demo check-ins in five referral groups (and none), and one account per role."""
    database = tmp_path_factory.mktemp("roles") / "bot.db"
    fill(database, sessions=150, seed=4)
    add_staff(database, *PEOPLE)
    return database


@pytest.fixture
def config(world: Path) -> ReviewConfig:
    return ReviewConfig(world, accounts.staff_path(world))


@pytest.fixture
def small(tmp_path: Path) -> ReviewConfig:
    """Check-ins written row by row, so every count is known.

    Group ``g-a``: 20 finished (routine), and 18 abandoned: 2 at the age question, 7 at
    the duration, 9 at leg weakness. Group ``g-b``: 2 finished. Group ``g-c``: 5
    finished and 1 abandoned, in one week (a chart that cannot hide its small group).
    """
    database = tmp_path / "bot.db"
    connect(database).close()
    week = datetime.now(UTC) - timedelta(days=3)
    with closing(sqlite3.connect(database)) as conn:
        n = 0

        def put(referral: str, count: int, **columns: Any) -> None:
            nonlocal n
            for _ in range(count):
                n += 1
                started = (week + timedelta(minutes=n)).isoformat(timespec="milliseconds")
                insert_session(conn, f"s{n:03d}", referral=referral, started_at=started, **columns)

        put("g-a", 20)
        for state, count in (("age", 2), ("duration", 7), ("leg_weakness", 9)):
            put("g-a", count, status="abandoned", level=None, ended_state=state, state=state)
        put("g-b", 2)
        put("g-c", 5)
        put("g-c", 1, status="abandoned", level=None, ended_state="age", state="age")
        conn.commit()
    add_staff(
        database,
        ("nurse", roles.CLINICIAN, ()),
        ("coord-a", roles.COORDINATOR, ("g-a",)),
        ("coord-c", roles.COORDINATOR, ("g-c",)),
        ("res", roles.RESEARCHER, ()),
    )
    return ReviewConfig(database, accounts.staff_path(database))


# Every route is guarded, and each role gets only its own.

#: What each page needs (the routes' own marks are checked against this).
PAGES = {
    "/": roles.Can.QUEUE,
    "/sessions": roles.Can.CHECKINS,
    "/sessions/{id}": roles.Can.TRANSCRIPTS,
    "/followups": roles.Can.FOLLOWUPS,
    "/charts": roles.Can.CHARTS,
    "/export.csv": roles.Can.EXPORT,
    "/export.json": roles.Can.EXPORT,
    "/audit": roles.Can.AUDIT,
}


def test_every_route_names_what_it_needs() -> None:
    for route in ROUTES:
        if route.path == "/login":
            continue
        need = roles.required(route.endpoint)
        assert need is not None, route.path
        page = route.path.replace("{session_id:str}", "{id}")
        if page in PAGES:
            assert need == PAGES[page], page
    assert roles.required(lambda request: None) is None  # unmarked: refused to everyone


@pytest.mark.parametrize("name", [p[0] for p in PEOPLE])
def test_each_role_is_refused_what_it_may_not_see_with_a_plain_403(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path, name: str
) -> None:
    role = next(r for n, r, _ in PEOPLE if n == name)
    session_id = _query(world, "select id from sessions where level = 'emergency' limit 1")[0][0]
    client = client_for(config)
    assert login(client, name).status_code == 303
    for page, need in PAGES.items():
        response = client.get(page.replace("{id}", session_id))
        if roles.permits(role, need):
            assert response.status_code == 200, (name, page)
        elif page == "/":
            assert response.status_code == 303  # the landing page sends them to theirs
            assert response.headers["location"] == roles.HOME[role]
        else:
            assert response.status_code == 403, (name, page)
            body = response.text
            assert 'id="forbidden"' in body and "not part of your account" in body
            assert session_id not in body and "<svg" not in body and "Emergency" not in body
    token = form_token(client.get("/charts").text)
    marked = client.post("/queue/reviewed", data={"csrf_token": token, "session_id": session_id})
    if roles.permits(role, roles.Can.QUEUE):
        assert marked.status_code == 303
    else:
        assert marked.status_code == 403
        with closing(sqlite3.connect(config.staff_database)) as conn:
            assert not conn.execute("select 1 from reviews where staff = ?", [name]).fetchall()


def test_the_navigation_shows_only_what_the_role_may_open(
    client_for: Callable[..., Client], config: ReviewConfig
) -> None:
    expected = {
        "nurse": ["/", "/sessions", "/charts", "/followups", "/audit"],
        "coord": ["/charts"],
        "res": ["/charts"],
    }
    for name, links in expected.items():
        client = client_for(config)
        login(client, name)
        page = client.get("/charts").text
        nav = page[page.index("<nav>") : page.index("</nav>")]
        assert re.findall(r'href="([^"]+)"', nav) == links, name
        assert ("export-csv" in page) == (name != "coord")


def test_a_coordinator_sees_only_their_own_groups(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path
) -> None:
    client = client_for(config)
    login(client, "coord")
    page = client.get("/charts").text
    mine = _query(world, "select count(*) from sessions where referral = ?", (GROUP,))[0][0]
    assert mine >= 5
    assert re.search(rf'id="total">{mine}<', page)
    assert _bar_labels(_svg(page, "referrals")) == [GROUP]
    assert f'value="{OTHER_GROUP}"' not in page and 'value="(none)"' not in page
    # another group, or "no group", is refused outright, not shown empty
    for other in (OTHER_GROUP, "(none)"):
        refused = client.get("/charts", params={"referral": other})
        assert refused.status_code == 403 and "<svg" not in refused.text
    # a coordinator of two groups sees both, and only those
    two = client_for(config)
    login(two, "coord2")
    labels = _bar_labels(_svg(two.get("/charts").text, "referrals"))
    assert sorted(labels) == sorted([GROUP, OTHER_GROUP])
    # a clinician's charts count every group
    nurse = client_for(config)
    login(nurse, "nurse")
    assert len(_bar_labels(_svg(nurse.get("/charts").text, "referrals"))) == 6


def test_a_researcher_exports_only_de_identified_rows(
    client_for: Callable[..., Client], config: ReviewConfig, world: Path
) -> None:
    client = client_for(config)
    login(client, "res")
    text = client.get("/export.csv").text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == DEIDENTIFIED and "id" not in rows[0] and "started" not in rows[0]
    assert len(rows) == _query(world, "select count(*) from sessions")[0][0]
    ids = [r[0] for r in _query(world, "select id from sessions")]
    exported = client.get("/export.json").json()
    assert exported["deidentified"] is True
    for session_id in ids:
        assert session_id not in text and session_id not in json.dumps(exported)
    # no referral group, language or age band is shared by 1 to 4 rows in a period
    # (tests/test_review_export.py checks every column and the suppressed cells)
    for column in ("referral", "language", "age_band"):
        counts = Counter((r["period"], r[column]) for r in rows)
        assert not [n for n in counts.values() if 0 < n < 5], (column, counts)
    assert not any(f.startswith("answer_") for f in rows[0])
    assert all("answers" not in r for r in exported["sessions"])
    # a clinician's export keeps the ids (they can open those check-ins anyway), and
    # every answer as the check-in recorded it
    nurse = client_for(config)
    login(nurse, "nurse")
    full = list(csv.DictReader(io.StringIO(nurse.get("/export.csv").text)))
    assert tuple(full[0]) == FIELDS + ANSWER_FIELDS and {r["id"] for r in full} == set(ids)
    stored = {
        r[0]: json.loads(r[1]).get("answers", {})
        for r in _query(world, "select id, data from sessions where json_valid(data)")
    }
    answered = [r for r in full if stored.get(r["id"], {}).get("cancer_history")]
    assert answered, "the world has no answered cancer question"
    for r in answered:
        assert r["answer_cancer_history"] == stored[r["id"]]["cancer_history"]
    listed = nurse.get("/export.json").json()["sessions"]
    assert any(s["answers"] == stored[s["id"]] for s in listed if stored.get(s["id"]))


def test_exports_of_fewer_than_five_rows_are_withheld_for_every_role(
    client_for: Callable[..., Client], small: ReviewConfig
) -> None:
    for name in ("nurse", "res"):
        client = client_for(small)
        login(client, name)
        exported = client.get("/export.json", params={"referral": "g-b"}).json()
        assert (exported["count"], exported["sessions"], exported["withheld"]) == ("<5", [], True)
        assert len(client.get("/export.csv", params={"referral": "g-b"}).text.splitlines()) == 1


# The small-count rule: what coordinators and researchers see, never a clinician's list.


def test_a_clinicians_list_is_exact_while_charts_hide_small_groups(
    client_for: Callable[..., Client], small: ReviewConfig
) -> None:
    nurse = client_for(small)
    login(nurse, "nurse")
    listed = nurse.get("/sessions", params={"referral": "g-b"}).text
    assert re.search(r'id="total">2<', listed) and listed.count('class="open"') == 2
    for name in ("nurse", "res"):
        client = client_for(small)
        login(client, name)
        page = client.get("/charts", params={"referral": "g-b"}).text
        assert re.search(r'id="total">&lt;5<', page) and "g-b: 2" not in page


def test_a_hidden_stopping_point_cannot_be_worked_out_from_the_others(
    client_for: Callable[..., Client],
    small: ReviewConfig,
) -> None:
    client = client_for(small)
    login(client, "coord-a")
    page = client.get("/charts").text
    assert re.search(r'id="total">38<', page)
    dropoff = _svg(page, "dropoff")
    shown = dict(re.findall(r"<g class='bar'><title>([^<]+?): ([^<]*)</title>", dropoff))
    assert shown == {
        fact_label("age"): "&lt;5",
        fact_label("duration"): "5+",
        fact_label("leg_checklist"): "9",  # an item counts for its checklist
    }
    assert not re.search(r">\s*[1-8]\s*</text></g>", dropoff)  # no exact 2 or 7 anywhere
    # the weekly chart holds all 38 in one week, so nothing there is small
    assert "&lt;5" not in _svg(page, "weekly") and "5+" not in _svg(page, "weekly")


def test_a_page_that_cannot_hide_its_small_group_is_withheld(
    client_for: Callable[..., Client], small: ReviewConfig
) -> None:
    client = client_for(small)
    login(client, "coord-c")
    page = client.get("/charts").text  # 5 routine and 1 abandoned, in one week
    assert 'id="withheld"' in page and "<svg" not in page
    assert not re.search(r'id="total">6<', page)


def _feasible(counts: list[int], hidden: dict[int, bool]) -> dict[int, set[int]]:
    """Every value each hidden cell could have, to a reader who knows the labels, the
    cells shown and the total."""
    total = sum(counts)
    known = sum(n for i, n in enumerate(counts) if i not in hidden)
    cells = sorted(hidden)
    ranges = [range(1, 5) if hidden[i] else range(5, total + 1) for i in cells]
    found: dict[int, set[int]] = {i: set() for i in cells}
    for values in itertools.product(*ranges):
        if known + sum(values) == total:
            for i, v in zip(cells, values, strict=True):
                found[i].add(v)
    return found


def test_no_hidden_cell_can_be_worked_out_from_its_row() -> None:
    rng = random.Random(14)
    protected = withheld = 0
    for _ in range(400):
        counts = [
            rng.choice([0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 9, 14]) for _ in range(rng.randint(2, 5))
        ]
        try:
            hidden = aggregates.protect(counts)
        except aggregates.Unprotectable:
            withheld += 1
            continue
        assert {i for i, n in enumerate(counts) if 0 < n < 5} <= set(hidden)
        assert all(counts[i] >= 5 for i, small in hidden.items() if not small)
        if sum(counts) >= 5 and hidden:
            protected += 1
            for i, values in _feasible(counts, hidden).items():
                assert counts[i] in values and len(values) >= 2, (counts, hidden, i)
    assert protected > 150 and 0 < withheld < 100


def test_one_small_cell_hides_the_next_smallest_and_red_flags_only_their_own() -> None:
    cells = aggregates.row([("a", 30), ("b", 2), ("c", 7), ("d", 11)])
    assert [c.text for c in cells] == ["30", "<5", "5+", "11"]
    assert all(c.drawn == 5 for c in cells if c.suppressed)
    # two small cells whose sum would give both away (1 + 1) take a third with them
    assert [c.text for c in aggregates.row([("a", 1), ("b", 1), ("c", 8), ("d", 20)])] == [
        "<5",
        "<5",
        "5+",
        "20",
    ]
    # nothing of a row under 5 in all can be worked out: its total is "<5" too
    assert [c.text for c in aggregates.row([("a", 1), ("b", 2)])] == ["<5", "<5"]
    # a session can have several red flags or none: they add up to nothing shown
    flags = aggregates.row([("fever", 3), ("trauma", 6)], partition=False)
    assert [c.text for c in flags] == ["<5", "6"]
    assert [c.text for c in aggregates.row([("x", 3), ("y", 6)], exact=True)] == ["3", "6"]


# Making accounts with roles.


def test_staff_add_takes_a_role_and_groups_and_list_shows_them(tmp_path: Path) -> None:
    runner = CliRunner()
    base = ["--database", str(tmp_path / "bot.db")]

    def add(*args: str) -> Any:
        return runner.invoke(
            cli, ["staff", "add", *args, "--password-stdin", *base], input=PASSWORD
        )

    assert add("ana").exit_code == 0  # clinician by default: old scripts keep working
    refused = add("cy", "--role", "coordinator")
    assert refused.exit_code != 0 and "at least one" in refused.output
    assert add("dee", "--role", "researcher", "--group", GROUP).exit_code != 0
    assert add("eve", "--role", "coordinator", "--group", "not a code!").exit_code != 0
    assert add("fay", "--role", "nurse").exit_code != 0
    made = add("bo", "--role", "coordinator", "--group", GROUP, "--group", OTHER_GROUP)
    assert made.exit_code == 0, made.output
    assert add("res", "--role", "researcher").exit_code == 0
    listed = runner.invoke(cli, ["staff", "list", *base]).output.splitlines()
    table = {line.split("\t")[0]: line.split("\t")[2:] for line in listed}
    assert table == {
        "ana": ["clinician"],
        "bo": ["coordinator", f"{GROUP},{OTHER_GROUP}"],
        "res": ["researcher"],
    }


def test_accounts_made_before_roles_become_clinicians(tmp_path: Path) -> None:
    path = tmp_path / "bot.staff.db"
    old = Migrations(accounts.MIGRATIONS.name)  # the staff database as it was before roles
    old()(accounts.m001_staff)
    old()(accounts.m002_reviews)
    db = Database(sqlite3.connect(path))
    old.apply(db)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(
        "insert into staff (name, password_hash, created_at) values (?, ?, ?)",
        ["amira", accounts.HASHER.hash(PASSWORD), stamp],
    )
    db.conn.commit()
    db.close()
    migrated = accounts.open_accounts(path)
    assert [(a.name, a.role, a.groups) for a in accounts.accounts(migrated)] == [
        ("amira", "clinician", ())
    ]
    migrated.close()


# In the browser.


@pytest.mark.slow
def test_in_a_browser_a_coordinator_sees_their_groups_charts_and_no_transcript(
    world: Path,
) -> None:
    session_id = _query(world, "select id from sessions where referral = ? limit 1", (GROUP,))[0][0]
    with running_review(world) as base, chromium() as browser:
        context = browser.new_context(base_url=base)
        page = context.new_page()
        log_in(page, "coord", PASSWORD, landing="svg#referrals")
        assert page.url.endswith("/charts")
        assert page.locator("header nav a").all_text_contents() == ["Charts"]
        assert page.text_content("#role") == "coordinator"
        bars = page.locator("svg#referrals g.bar title").all_text_contents()
        assert bars and all(b.startswith(f"{GROUP}:") for b in bars)
        assert page.locator("svg#weekly rect.segment").count() > 0
        # even their own group's check-ins are not for them, nor the list or exports
        for path in (f"/sessions/{session_id}", "/sessions", "/export.csv", "/audit"):
            response = page.goto(path)
            assert response is not None and response.status == 403, path
            assert "not part of your account" in (page.text_content("#forbidden") or "")
            assert page.locator("ol.transcript, table#sessions, svg").count() == 0
        page.click("#forbidden a")
        page.wait_for_selector("svg#referrals")
        context.close()

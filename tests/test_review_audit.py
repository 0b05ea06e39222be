"""Server-side review sessions, the audit log, and malformed rows (issue 14, point 5).

Logging out (or ``staff remove``) ends a session on the server, so a copied cookie
stops working at once; an idle session ends after ``idle_minutes``, none outlives
8 hours. The audit log records logins, failed logins (the name tried, never the
password), who viewed which check-in and who exported what. A row of the bot's
database that cannot be read shows as "unreadable row" and breaks nothing. Over
the ASGI app on real SQLite files, and in Debian's Chromium against a real
``sciatica-bot review`` process.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.demo import fill
from review import accounts, audit, roles
from review.config import ReviewConfig
from tests.reviewkit import chromium, log_in, running_review
from tests.test_review_roles import (
    PASSWORD,
    Client,
    add_staff,
    form_token,
    insert_session,
    login,
)
from tests.test_review_roles import (
    client_for as client_for,  # the fixture
)

WRONG = "not-the-password-zz9"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.db"
    fill(path, sessions=30, seed=8)
    add_staff(
        path,
        ("nurse", roles.CLINICIAN, ()),
        ("amira", roles.CLINICIAN, ()),
        ("coord", roles.COORDINATOR, ("clinic-north",)),
        ("res", roles.RESEARCHER, ()),
    )
    return path


class Clock:
    """The review's idea of now, moved on by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def wait(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _config(database: Path, **options: object) -> ReviewConfig:
    return ReviewConfig(database, accounts.staff_path(database), **options)  # type: ignore[arg-type]


def _staff_rows(config: ReviewConfig, sql: str, *args: object) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(config.staff_database)) as conn:
        return conn.execute(sql, args).fetchall()


def _a_session(database: Path) -> str:
    with closing(sqlite3.connect(database)) as conn:
        return str(conn.execute("select id from sessions order by id limit 1").fetchone()[0])


# Sessions on the server.


def test_logging_out_ends_the_session_even_for_a_copied_cookie(
    client_for: Callable[..., Client], database: Path
) -> None:
    config = _config(database)
    mine, copy = client_for(config), client_for(config)
    assert login(mine, "nurse").status_code == 303
    cookie = mine.http.cookies["review_session"]
    payload = base64.urlsafe_b64decode(cookie.split(".")[0] + "==")
    assert b"sid" in payload and b"nurse" not in payload  # the cookie names no one
    copy.http.cookies.set("review_session", cookie, domain="127.0.0.1")
    assert copy.get("/sessions").status_code == 200
    assert _staff_rows(config, "select count(*) from review_sessions where staff = 'nurse'") == [
        (1,)
    ]
    token = form_token(mine.get("/").text)
    assert mine.post("/logout", data={"csrf_token": token}).status_code == 303
    assert _staff_rows(config, "select count(*) from review_sessions") == [(0,)]
    refused = copy.get("/sessions")
    assert refused.status_code == 303 and refused.headers["location"] == "/login"
    assert copy.get("/export.csv").status_code == 401


def test_an_idle_session_ends_and_none_outlives_eight_hours(
    client_for: Callable[..., Client], database: Path
) -> None:
    clock = Clock()
    config = _config(database, clock=clock, idle_minutes=30)
    client = client_for(config)
    login(client, "nurse")
    for _ in range(3):  # in use: every 29 minutes keeps it going
        clock.wait(minutes=29)
        assert client.get("/sessions").status_code == 200
    clock.wait(minutes=31)
    assert client.get("/sessions").status_code == 303  # idle for 31 minutes: ended
    assert _staff_rows(config, "select count(*) from review_sessions") == [(0,)]
    login(client, "nurse")
    for _ in range(23):  # busy all day: 23 x 20 minutes is 7 h 40
        clock.wait(minutes=20)
        assert client.get("/charts").status_code == 200
    clock.wait(minutes=21)
    assert client.get("/charts").status_code == 303  # past 8 hours, however busy


def test_staff_remove_ends_that_persons_sessions_at_once(
    client_for: Callable[..., Client], database: Path
) -> None:
    config = _config(database)
    nurse, amira = client_for(config), client_for(config)
    login(nurse, "nurse")
    login(amira, "amira")
    result = CliRunner().invoke(cli, ["staff", "remove", "nurse", "--database", str(database)])
    assert result.exit_code == 0 and "1 open review session(s) ended" in result.output
    assert nurse.get("/").status_code == 303
    assert _staff_rows(config, "select staff from review_sessions") == [("amira",)]
    assert amira.get("/").status_code == 200
    assert login(nurse, "nurse").status_code == 401  # and no new one


# The audit log.


def test_the_audit_log_records_logins_views_exports_and_refusals(
    client_for: Callable[..., Client], database: Path
) -> None:
    config = _config(database)
    session_id = _a_session(database)
    anyone = client_for(config)
    assert login(anyone, "nurse", WRONG).status_code == 401
    assert login(anyone, "mallory", WRONG).status_code == 401
    nurse = client_for(config)
    login(nurse, "nurse")
    assert nurse.get(f"/sessions/{session_id}").status_code == 200
    assert (
        nurse.get("/export.csv", params={"status": "finished", "level": "nope"}).status_code == 200
    )
    researcher = client_for(config)
    login(researcher, "res")
    researcher.get("/export.json", params={"referral": "clinic-north"})
    coordinator = client_for(config)
    login(coordinator, "coord")
    assert coordinator.get(f"/sessions/{session_id}").status_code == 403
    rows = _staff_rows(config, "select staff, action, target, detail from audit order by id")
    assert rows == [
        ("nurse", audit.LOGIN_FAILED, "", ""),
        ("mallory", audit.LOGIN_FAILED, "", ""),
        ("nurse", audit.LOGIN, "", ""),
        ("nurse", audit.VIEWED, session_id, ""),
        # the filters applied, and that a clinician's export carried the answers
        ("nurse", audit.EXPORTED, "/export.csv", "status=finished (with answers)"),
        ("res", audit.LOGIN, "", ""),
        ("res", audit.EXPORTED, "/export.json", "referral=clinic-north (de-identified)"),
        ("coord", audit.LOGIN, "", ""),
        ("coord", audit.REFUSED, f"/sessions/{session_id}", ""),
    ]
    assert WRONG.encode() not in config.staff_database.read_bytes()  # never a password
    page = nurse.get("/audit").text
    actions = re.findall(r'<td class="action">([^<]+)</td>', page)
    assert actions[0] == audit.REFUSED and actions[-1] == audit.LOGIN_FAILED  # newest first
    assert f'<a href="/sessions/{session_id}">{session_id}</a>' in page
    assert 'id="forbidden"' in researcher.get("/audit").text


def test_the_audit_page_is_paged_newest_first(
    client_for: Callable[..., Client], database: Path
) -> None:
    config = _config(database)
    client = client_for(config)
    login(client, "nurse")  # entry 1
    with closing(sqlite3.connect(config.staff_database)) as conn:
        start = datetime(2026, 1, 1, tzinfo=UTC)
        for n in range(119):
            audit.record(conn, start + timedelta(minutes=n), "amira", audit.VIEWED, f"s{n:03d}")
    first = client.get("/audit").text
    targets = re.findall(r'<td class="target"><a href="/sessions/(s\d+)">', first)
    assert targets == [f"s{n:03d}" for n in range(118, 68, -1)]  # 50, newest first
    assert "Page 1 of 3" in first and 'href="/audit?page=2"' in first
    last = client.get("/audit", params={"page": 3}).text
    assert len(re.findall(r'class="audit-entry"', last)) == 20 and audit.LOGIN in last


# Malformed rows.


def test_a_malformed_row_shows_as_unreadable_and_breaks_nothing(
    client_for: Callable[..., Client], database: Path
) -> None:
    with closing(sqlite3.connect(database)) as conn:
        insert_session(conn, "bad-json", red_flags="[not json", referral="clinic-north")
        insert_session(conn, "bad-type", reasons='{"a": 1}', started_at="last tuesday")
        insert_session(conn, "bad-level", level="catastrophic", turns="many")
        insert_session(conn, "bad-data", data="{broken", level="emergency")
        insert_session(conn, "nulls", red_flags=None, reasons=None, sources=None, level=None)
        conn.execute(
            "insert into events (session_id, at, kind, state_before, state_after, value, text) "
            "values ('nulls', null, 'text', 'age', 'age', '{bad', 'I am seventy')"
        )
        conn.commit()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    unreadable = {"bad-json", "bad-type", "bad-level"}
    # every row on one page: the demo's check-ins are dated from noon today, so on a
    # smaller page the malformed rows' place depended on the hour the test ran
    config = _config(database, page_size=100)
    nurse = client_for(config)
    login(nurse, "nurse")
    listing = nurse.get("/sessions")
    assert listing.status_code == 200
    assert listing.text.count('class="unreadable-row"') == 3
    for session_id in unreadable:
        assert f'href="/sessions/{session_id}"' in listing.text
    assert re.search(r"<td>unreadable row</td><td class=\"n\">3</td>", listing.text)
    # a red-flag filter keeps the row whose red flags cannot be read: it might have any
    for flag in ("any", "none", "fever"):
        filtered = nurse.get("/sessions", params={"red_flag": flag})
        assert filtered.status_code == 200 and 'href="/sessions/bad-json"' in filtered.text
    for session_id in unreadable:
        page = nurse.get(f"/sessions/{session_id}")
        assert page.status_code == 200 and "<h1>Unreadable row</h1>" in page.text
    # never "none" for red flags it could not read
    bad = nurse.get("/sessions/bad-json").text
    assert re.search(r'id="red-flags"><span class="unreadable">unreadable</span>', bad)
    data = nurse.get("/sessions/bad-data").text
    assert 'id="unreadable"' in data and "data" in data and "Emergency" in data
    nulls = nurse.get("/sessions/nulls").text
    assert "time unreadable" in nulls and "I am seventy" in nulls
    for path in ("/", "/charts", "/followups", "/export.json", "/audit"):
        assert nurse.get(path).status_code == 200, path
    queue = nurse.get("/", params={"days": 366}).text
    assert "An unreadable row" in queue and 'href="/sessions/bad-json"' in queue
    exported = list(csv.DictReader(io.StringIO(nurse.get("/export.csv").text)))
    marked = {r["id"]: r["unreadable"] for r in exported if r["unreadable"]}
    assert set(marked) == unreadable
    assert marked["bad-json"] == "red_flags"
    assert set(marked["bad-type"].split(";")) == {"reasons", "started_at"}
    assert set(marked["bad-level"].split(";")) == {"level", "turns"}
    records = json.loads(nurse.get("/export.json").text)["sessions"]
    assert {r["id"] for r in records if r["unreadable"]} == unreadable
    for name in ("res", "coord"):  # the aggregates of the other roles work too
        client = client_for(config)
        login(client, name)
        assert client.get("/charts").status_code == 200
    researcher = client_for(config)
    login(researcher, "res")
    assert researcher.get("/export.csv").status_code == 200
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before  # still read-only


# In the browser.


@pytest.fixture
def served(database: Path) -> Iterator[str]:
    with running_review(database) as base:
        yield base


@pytest.mark.slow
def test_in_a_browser_a_cookie_used_after_logout_is_refused(served: str) -> None:
    with chromium() as browser:
        context = browser.new_context(base_url=served)
        page = context.new_page()
        log_in(page, "nurse", PASSWORD)
        copied = context.cookies()
        assert [c["name"] for c in copied] == ["review_session"]
        page.click("header form.who button[type=submit]")
        page.wait_for_url(re.compile(r"/login$"))
        # another browser holding the cookie as it was before logging out gets nothing
        thief = browser.new_context(base_url=served)
        thief.add_cookies(copied)  # type: ignore[arg-type]
        stolen = thief.new_page()
        stolen.goto("/sessions")
        assert stolen.url.endswith("/login") and stolen.locator("#sessions").count() == 0
        value = copied[0]["value"]
        plain = httpx.get(f"{served}/export.csv", cookies={"review_session": value})
        assert plain.status_code == 401
        thief.close()
        context.close()


@pytest.mark.slow
def test_in_a_browser_the_audit_page_lists_a_view(served: str, database: Path) -> None:
    session_id = _a_session(database)
    with chromium() as browser:
        context = browser.new_context(base_url=served)
        page = context.new_page()
        page.goto("/login")
        page.fill("input[name=name]", "nurse")
        page.fill("input[name=password]", WRONG)
        page.click("button[type=submit]")
        page.wait_for_selector("[role=alert]")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_selector("#queue")
        page.goto(f"/sessions/{session_id}")
        page.wait_for_selector("ol.transcript")
        page.click("header nav a:text('Audit log')")
        page.wait_for_selector("#audit")
        newest = page.locator("#audit tbody tr").first
        assert newest.locator("td.action").text_content() == audit.VIEWED
        assert newest.locator("td:nth-child(2)").text_content() == "nurse"
        newest.locator(f"a[href='/sessions/{session_id}']").click()
        page.wait_for_selector("ol.transcript")
        page.goto("/audit")
        actions = page.locator("#audit td.action").all_text_contents()
        assert actions[-2:] == [audit.LOGIN, audit.LOGIN_FAILED]
        assert WRONG not in (page.content() or "")
        context.close()

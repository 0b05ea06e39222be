"""The staff review, in a real browser and over plain HTTP.

The server runs as ``sciatica-bot review`` in a subprocess on 127.0.0.1 and a
free port, over a temporary database filled by the demo generator plus planted
sessions whose typed text holds a raw chat id, a name and a phone number.
Headless Chromium is Debian's (``make test`` installs it), driven by Playwright
without any browser download.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page

from bot.cli import cli
from bot.demo import fill
from bot.pseudonym import patient_key
from bot.service import ConversationService
from flows.engine import FLOW_VERSION, Engine, Inbound
from flows.followup import FOLLOWUP_VERSION
from review import accounts
from review.aggregates import cell, shown
from review.app import ROUTES
from review.exports import ANSWER_FIELDS, FIELDS
from review.filters import Filters
from storage import SessionStore, connect
from tests.reviewkit import chromium, running_review

SECRET = "review-test-pepper"
CHAT_ID = 7712345678
NAME, SURNAME, PHONE = "Margaret", "Thornton", "07700 900123"
NURSE, PASSWORD = "nurse", "correct horse battery staple"
LOCKED = "locked-nurse"
SMALL_GROUP = "tiny-group"
FORBIDDEN = (str(CHAT_ID), NAME, SURNAME, PHONE, "900123")


# The database, the server and the browser.


def _plant(path: Path) -> list[str]:
    """Sessions a real patient could make, with identifiers in what they typed."""
    db = connect(path)
    service = ConversationService(SessionStore(db), Engine())
    planted = patient_key(SECRET, "telegram", CHAT_ID)
    said = {
        "bladder_bowel": f"no. my name is {NAME} {SURNAME}, call me on {PHONE}",
        "saddle_numbness": f"no, my telegram chat is {CHAT_ID}",
        "leg_weakness": "none",
        "age": "I'm 71",
        "cancer_history": "none",
    }
    keys = [planted, *(patient_key(SECRET, "telegram", 100 + n) for n in range(2))]
    for n, key in enumerate(keys):
        referral = SMALL_GROUP if n else None
        turn = service.handle(key, Inbound("/start"), referral=referral)
        for _ in range(60):
            assert turn is not None
            if turn.reply.finished:
                break
            fact = turn.reply.fact
            text = "yes" if fact is None else said.get(fact, "no") if n == 0 else "no"
            turn = service.handle(key, Inbound(text))
    db.close()
    return keys


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "review.db"
    fill(path, sessions=150, seed=3)
    _plant(path)
    staff = accounts.open_accounts(accounts.staff_path(path))
    accounts.add(staff, NURSE, PASSWORD)
    accounts.add(staff, LOCKED, PASSWORD)
    staff.close()
    return path


@pytest.fixture(scope="module")
def server(database: Path) -> Iterator[str]:
    with running_review(database) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=server, accept_downloads=True)
    yield context.new_page()
    context.close()


def login(page: Page, name: str = NURSE, password: str = PASSWORD, then: str = "/sessions") -> None:
    """Log in (which lands on the safety queue), then open ``then``."""
    page.goto("/")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_selector("#queue, [role=alert]")
    if then != "/" and page.locator("#queue").count():
        page.goto(then)


@pytest.fixture
def http(server: str) -> Iterator[Callable[..., httpx.Client]]:
    """Makes plain HTTP clients (logged in as the nurse unless ``name`` is None)."""
    made: list[httpx.Client] = []

    def make(name: str | None = NURSE, **options: Any) -> httpx.Client:
        client = httpx.Client(base_url=server, timeout=10, **options)
        made.append(client)
        if name is not None:
            token = _token(client.get("/login").text)
            form = {"csrf_token": token, "name": name, "password": PASSWORD}
            assert client.post("/login", data=form).status_code == 303
        return client

    yield make
    for client in made:
        client.close()


def _query(database: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(database)) as conn:
        return conn.execute(sql).fetchall()


def _token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


# In the browser.


def test_login_refuses_a_wrong_password_then_lets_staff_in(page: Page) -> None:
    login(page, password="not the password at all")
    assert "do not match" in page.text_content("[role=alert]")
    login(page)
    page.wait_for_selector("#sessions")
    assert page.text_content("header") and NURSE in page.text_content("header")
    total = int(page.text_content("#total"))
    assert total >= 150


def test_the_safety_queue_is_the_landing_page_and_keeps_a_reviewed_mark(
    page: Page, database: Path
) -> None:
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    login(page, then="/")
    rows = page.locator("#queue-open tbody tr")
    assert rows.count() > 3
    whys = page.locator("#queue-open tbody tr td:nth-child(2)").all_text_contents()
    assert "Emergency outcome" in whys
    # the most pressing first: nothing emergency-level after an urgent one
    order = [w for w in whys if w in ("Emergency outcome", "Urgent outcome")]
    assert order == sorted(order, key=lambda w: w != "Emergency outcome")
    first = page.locator("#queue-open tbody tr").first
    opened = first.locator("a.open").get_attribute("href")
    first.locator("input[name=note]").fill("Called the patient: seen in A&E")
    first.locator("button[type=submit]").click()
    page.wait_for_selector("#queue-done")
    done = page.text_content("#queue-done") or ""
    assert "Called the patient: seen in A&amp;E" in page.content() or "seen in A&E" in done
    assert NURSE in done
    assert page.locator(f"#queue-open a[href='{opened}']").count() == 0
    assert page.locator(f"#queue-done a[href='{opened}']").count() == 1
    # the mark lives with the staff accounts: the bot's database is untouched
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_filters_narrow_the_list_and_its_counts(page: Page) -> None:
    login(page)
    total_all = int(page.text_content("#total") or 0)
    page.select_option("select[name=level]", "emergency")
    page.select_option("select[name=status]", "finished")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"level=emergency"))
    outcomes = page.locator("#sessions tr td:nth-child(3)").all_text_contents()
    statuses = page.locator("#sessions tr td:nth-child(2)").all_text_contents()
    assert outcomes and {o.strip() for o in outcomes} == {"Emergency"}
    assert set(statuses) == {"finished"}
    total = page.text_content("#total")
    assert total == "<5" or int(total) >= len(outcomes)
    page.select_option("select[name=level]", "")
    page.select_option("select[name=status]", "")
    page.select_option("select[name=red_flag]", "any")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"red_flag=any"))
    flags = page.locator("#sessions tr td:nth-child(4)").all_text_contents()
    assert flags and all(f.strip() for f in flags)
    assert int(page.text_content("#total") or 0) < total_all


def test_a_transcript_shows_answers_outcome_reasons_and_flow_version(page: Page) -> None:
    login(page)
    page.select_option("select[name=status]", "finished")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=finished"))
    page.click("a.open >> nth=0")
    page.wait_for_selector("ol.transcript")
    # the newest finished session may be a follow-up check-in, with its own flow version
    assert page.text_content("#flow-version") in (FLOW_VERSION, FOLLOWUP_VERSION)
    text = page.text_content("main")
    for heading in ("Outcome", "Why", "Answers", "Transcript", "Patient:"):
        assert heading in text


def test_the_planted_transcript_is_redacted(page: Page, http: Callable[..., httpx.Client]) -> None:
    login(page)
    client = http()
    listing = client.get("/export.json").json()["sessions"]
    planted = [s for s in listing if s["age_band"] == "70-79" and s["referral"] is None]
    texts = []
    for session in planted:
        page.goto(f"/sessions/{session['id']}")
        texts.append(page.text_content("ol.transcript"))
    redacted = [t for t in texts if "my telegram chat is [number]" in t]
    assert redacted, "the planted session was not found"
    assert "my name is [name], call me on [number]" in redacted[0]


def test_the_csv_download_is_the_filtered_list(page: Page) -> None:
    login(page)
    page.select_option("select[name=status]", "abandoned")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=abandoned"))
    total = int(page.text_content("#total"))
    with page.expect_download() as info:
        page.click("#export-csv")
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == total
    assert {r["status"] for r in rows} == {"abandoned"}
    assert tuple(rows[0]) == FIELDS + ANSWER_FIELDS and "patient" not in rows[0]


def test_charts_are_drawn(page: Page) -> None:
    login(page)
    page.goto("/charts")
    for chart in ("weekly", "dropoff", "redflags", "referrals"):
        assert page.locator(f"svg#{chart}").is_visible()
    assert page.locator("svg#weekly rect.segment").count() > 10
    assert page.locator("svg#referrals g.bar").count() >= 5


def test_follow_ups_are_charted_and_urgent_ones_listed_by_whether_help_was_got(
    page: Page, database: Path
) -> None:
    login(page)
    page.goto("/followups")
    assert page.locator("svg#followups rect.segment").count() > 3
    assert page.locator("svg#gothelp g.bar").count() >= 2
    text = page.text_content("main") or ""
    assert "Got help" in text and "Not yet" in text
    said = _query(
        database,
        "select count(*) from sessions s join followups f on f.followup_session = s.id "
        "where json_extract(s.data, '$.checkin.said') = 'not_yet'",
    )[0][0]
    assert page.locator("td.said-not_yet").count() == said > 0


def test_a_check_in_shows_its_follow_ups_and_a_follow_up_links_back(
    page: Page, database: Path
) -> None:
    check_in, followup = _query(
        database,
        "select session_id, followup_session from followups where status = 'answered' limit 1",
    )[0]
    login(page)
    page.goto(f"/sessions/{check_in}")
    section = page.text_content("#followups") or ""
    assert "After" in section and "answered" in section
    page.click(f"#followups a[href='/sessions/{followup}']")
    page.wait_for_selector("#followup-of")
    assert page.locator(f"#followup-of a[href='/sessions/{check_in}']").count() == 1
    assert (page.text_content("#flow-version") or "").startswith("followup-")


# Over plain HTTP.


def test_no_identifier_appears_in_any_page_or_export(
    http: Callable[..., httpx.Client], database: Path
) -> None:
    client = http()
    exported = client.get("/export.json").json()
    paths = ("/", "/sessions", "/charts", "/followups", "/export.csv", "/export.json")
    bodies = [client.get(path).text for path in paths]
    pages = -(-int(exported["count"]) // 50)
    bodies += [client.get(f"/sessions?page={n}").text for n in range(2, pages + 1)]
    bodies += [client.get(f"/sessions/{s['id']}").text for s in exported["sessions"]]
    keys = [r[0] for r in _query(database, "select distinct patient from sessions")]
    assert len(bodies) > 150
    for body in bodies:
        for secret in (*FORBIDDEN, *keys):
            assert secret not in body, secret
    assert any("[name]" in body for body in bodies)  # the planted session is there, redacted


def test_every_page_and_export_is_refused_without_login(
    http: Callable[..., httpx.Client], database: Path
) -> None:
    session_id = _query(database, "select id from sessions limit 1")[0][0]
    anonymous = http(None)
    forged = http(None, cookies={"review_session": "eyJzdGFmZiI6"})
    paths = {route.path.replace("{session_id:str}", session_id) for route in ROUTES}
    paths |= {"/charts?level=urgent", "/export.csv?status=finished", "/nope", "/sessions/x"}
    for client in (anonymous, forged):
        for path in paths - {"/login"}:
            for method in ("GET", "POST", "HEAD"):
                response = client.request(method, path)
                assert response.status_code in (303, 401, 403, 405), (method, path)
                if response.status_code == 303:
                    assert response.headers["location"] == "/login"
                assert session_id not in response.text and "Emergency" not in response.text


def test_forms_without_the_csrf_token_are_refused(http: Callable[..., httpx.Client]) -> None:
    client = http()
    assert client.post("/logout").status_code == 403
    assert client.post("/logout", data={"csrf_token": "guess"}).status_code == 403
    token = _token(client.get("/").text)
    evil = {"origin": "http://evil.example"}
    assert client.post("/logout", data={"csrf_token": token}, headers=evil).status_code == 403
    assert client.get("/").status_code == 200  # still logged in: nothing happened
    fresh = http(None)
    fresh.get("/login")
    response = fresh.post("/login", data={"name": NURSE, "password": PASSWORD})
    assert response.status_code == 403
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/").status_code == 303


def test_groups_under_five_are_shown_as_less_than_five(http: Callable[..., httpx.Client]) -> None:
    client = http()
    charts = client.get("/charts").text
    referrals = charts[charts.index("svg id='referrals'") :]
    assert re.search(rf"{SMALL_GROUP}: &lt;5</title>", referrals)
    assert not re.search(rf"{SMALL_GROUP}: \d", referrals)
    # a clinician's list of individual check-ins is never hidden: rows and exact counts
    small = client.get(f"/sessions?referral={SMALL_GROUP}").text
    assert re.search(r'id="total">2<', small) and small.count('class="open"') == 2
    exported = client.get(f"/export.json?referral={SMALL_GROUP}").json()
    assert (exported["count"], exported["sessions"], exported["withheld"]) == ("<5", [], True)
    assert client.get(f"/export.csv?referral={SMALL_GROUP}").text.strip() == ",".join(
        FIELDS + ANSWER_FIELDS
    )
    for body in (charts,):  # no aggregate anywhere is 1 to 4
        numbers = re.findall(r"<td class=\"n\">(\d+)</td>|: (\d+)</title>|>(\d+)</text></g>", body)
        found = {n for group in numbers for n in group if n}
        assert found and not found & {"1", "2", "3", "4"}


def test_repeated_failed_logins_are_slowed_down(http: Callable[..., httpx.Client]) -> None:
    client = http(None)
    token = _token(client.get("/login").text)

    def attempt(password: str) -> httpx.Response:
        return client.post(
            "/login", data={"csrf_token": token, "name": LOCKED, "password": password}
        )

    assert [attempt("wrong password!").status_code for _ in range(3)] == [401, 401, 401]
    refused = attempt(PASSWORD)  # even the right password must wait now
    assert refused.status_code == 429 and "Too many failed logins" in refused.text
    wait = int(refused.headers["retry-after"])
    assert 1 <= wait <= 2
    time.sleep(wait + 0.2)
    assert attempt(PASSWORD).status_code == 303


def test_the_review_never_writes_to_the_database(
    database: Path, http: Callable[..., httpx.Client]
) -> None:
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    client = http()
    for path in ("/", "/sessions", "/charts", "/followups", "/export.csv", "/export.json"):
        client.get(path)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert _query(database, "select count(*) from sessions")[0][0] >= 150


def test_erased_and_purged_sessions_leave_no_trace_in_the_review(
    http: Callable[..., httpx.Client], database: Path
) -> None:
    client = http()
    finished = [s["id"] for s in client.get("/export.json?status=finished").json()["sessions"]]
    erased = finished[-1]
    assert client.get(f"/sessions/{erased}").status_code == 200
    db = connect(database)  # the bot keeps writing while the review runs
    store = SessionStore(db)

    def patient_of(session_id: str) -> str:
        row = db.execute("select patient from sessions where id = ?", [session_id]).fetchone()
        return str(row[0])

    patient = patient_of(erased)
    # another patient's check-in: erasing the first patient must not take it too
    purged = next(s for s in reversed(finished) if patient_of(s) != patient)
    assert store.delete_patient(patient) >= 1
    db.execute(
        "update sessions set updated_at = '2020-01-01T00:00:00.000+00:00' where id = ?", [purged]
    )
    db.conn.commit()
    assert store.purge(timedelta(days=90)) == 1
    db.close()
    for session_id in (erased, purged):
        assert client.get(f"/sessions/{session_id}").status_code == 404
        assert session_id not in client.get("/export.csv").text
        assert session_id not in client.get("/").text
        assert session_id not in client.get("/sessions").text


# The pieces, without a server.


def test_staff_accounts_keep_only_argon2id_hashes(tmp_path: Path) -> None:
    runner = CliRunner()
    # strong enough for the password policy (length and zxcvbn's estimate)
    ana_password, bo_password = "lantern oboe crimson kettle", "quiet marble fjord sparrow"
    base = ["--database", str(tmp_path / "bot.db")]
    result = runner.invoke(
        cli, ["staff", "add", "ana", "--password-stdin", *base], input=ana_password
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli, ["staff", "add", "bo", *base], input=f"{bo_password}\n{bo_password}\n"
    )
    assert result.exit_code == 0, result.output
    assert runner.invoke(
        cli, ["staff", "add", "cy", "--password-stdin", *base], input="short"
    ).exit_code
    listed = runner.invoke(cli, ["staff", "list", *base]).output.splitlines()
    assert [line.split()[0] for line in listed] == ["ana", "bo"]
    db = accounts.open_accounts(tmp_path / "bot.staff.db")
    stored = db.execute("select password_hash from staff where name = 'ana'").fetchone()[0]
    assert stored.startswith("$argon2id$") and ana_password not in stored
    assert accounts.check_password(stored, ana_password)
    assert not accounts.check_password(stored, ana_password[:-1])
    assert not accounts.check_password(None, ana_password)
    assert runner.invoke(cli, ["staff", "remove", "ana", *base]).exit_code == 0
    assert runner.invoke(cli, ["staff", "remove", "ana", *base]).exit_code != 0
    assert [a.name for a in accounts.accounts(db)] == ["bo"]


def test_purge_and_demo_data_commands(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "demo.db"
    result = runner.invoke(cli, ["demo-data", "--sessions", "12", "--database", str(path)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["demo-data", "--database", str(path)]).exit_code != 0
    db = connect(path)
    stamps = [r[0] for r in db.execute("select started_at from sessions")]
    assert len({s[:10] for s in stamps}) > 3  # spread over weeks, not all today
    db.execute("update sessions set updated_at = '2020-01-01T00:00:00.000+00:00' where rowid < 4")
    db.conn.commit()
    db.close()
    result = runner.invoke(cli, ["purge", "--database", str(path)])
    assert result.exit_code == 0 and "Purged 3 sessions" in result.output


def test_small_counts_are_hidden_but_none_is_zero() -> None:
    assert [shown(n) for n in (0, 1, 4, 5, 17)] == ["0", "<5", "<5", "5", "17"]
    assert cell("x", 3).drawn == 5 and cell("x", 3).text == "<5"


def test_filters_drop_what_does_not_parse() -> None:
    filters = Filters.from_query(
        {"level": "drop table", "status": "finished", "date_from": "2026-13-40", "referral": "a b"}
    )
    assert filters == Filters(status="finished")
    where, args = Filters.from_query({"red_flag": "fever", "referral": "(none)"}).where()
    assert "referral is null" in where and args == ["fever"]

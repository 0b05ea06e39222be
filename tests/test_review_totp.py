"""The review's optional second factor (issue 14): a TOTP code from an authenticator app.

Enrolled with ``sciatica-bot staff totp NAME`` (or ``staff add --totp``), which shows
the otpauth address as a QR code; logging in then needs the 6-digit code as well, one
30-second step early or late, and never the same code twice. Over the ASGI app on
real SQLite files, the review's clock moved by the test.
"""

from __future__ import annotations

import asyncio
import io
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pyotp
import pytest
import segno
from click.testing import CliRunner
from limits import RateLimitItemPerMinute

from bot.cli import cli
from review import accounts, audit, roles, views
from review.app import create_app
from review.config import ReviewConfig
from review.throttle import LoginThrottle
from storage import connect
from tests.test_review_roles import (
    PASSWORD,
    Client,
    add_staff,
    form_token,
)
from tests.test_review_roles import (
    client_for as client_for,  # the fixture
)

START = datetime(2026, 3, 2, 9, 0, 10, tzinfo=UTC)  # 10 s into a 30-second step


class Clock:
    """The review's idea of now, moved on by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.db"
    connect(path).close()
    add_staff(path, ("nurse", roles.CLINICIAN, ()), ("amira", roles.CLINICIAN, ()))
    return path


def _enrol(database: Path, name: str = "nurse") -> pyotp.TOTP:
    """Enrolled and confirmed with a code from a minute before the tests' clock, so the
    codes around START are still unused."""
    db = accounts.open_accounts(accounts.staff_path(database))
    try:
        totp = pyotp.TOTP(accounts.enrol_totp(db, name))
        early = START - timedelta(seconds=60)
        assert accounts.confirm_totp(db, name, totp.at(early), early)
        return totp
    finally:
        db.close()


#: The secret the next enrolment makes (pyotp's random_base32, patched by ``secrets``).
SECRETS = [
    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA",
    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
]


@pytest.fixture
def secrets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Enrolments make these secrets in turn, so a test can type the code first."""
    queue = list(SECRETS)
    monkeypatch.setattr(accounts.pyotp, "random_base32", lambda: queue.pop(0))
    return SECRETS


def _now_code(secret: str) -> str:
    return pyotp.TOTP(secret).now()


#: For the tests of codes, not of the throttle: failures pause no one.
LENIENT = (RateLimitItemPerMinute(100, 1),)


def _config(database: Path, clock: Clock, throttle: LoginThrottle | None = None) -> ReviewConfig:
    gate = throttle or LoginThrottle(pair=LENIENT)
    return ReviewConfig(database, accounts.staff_path(database), clock=clock, throttle=gate)


def _wrong(totp: pyotp.TOTP, now: datetime) -> str:
    """A code that is none of the three accepted at ``now``."""
    accepted = {totp.at(now, counter_offset=n) for n in (-1, 0, 1)}
    return next(c for c in (f"{n:06d}" for n in range(1000, 1_000_000, 7919)) if c not in accepted)


def _login(client: Client, name: str, code: str | None, password: str = PASSWORD) -> int:
    token = form_token(client.get("/login").text)
    form = {"csrf_token": token, "name": name, "password": password}
    if code is not None:
        form["code"] = code
    return client.post("/login", data=form).status_code


def _staff_rows(database: Path, sql: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(accounts.staff_path(database))) as conn:
        return conn.execute(sql).fetchall()


# Enrolling, on the command line.


def test_staff_totp_shows_a_qr_code_and_the_key_and_staff_list_says_so(
    database: Path, secrets: list[str]
) -> None:
    runner = CliRunner()
    base = ["--database", str(database)]
    result = runner.invoke(cli, ["staff", "totp", "nurse", *base], input=_now_code(secrets[0]))
    assert result.exit_code == 0, result.output
    uri = re.search(r"^otpauth://\S+$", result.output, re.MULTILINE)
    assert uri, result.output
    parts = urlsplit(uri.group(0))
    query = parse_qs(parts.query)
    assert (parts.netloc, parts.path) == ("totp", "/sciatica-bot%20review:nurse")
    assert query["issuer"] == [accounts.TOTP_ISSUER]
    secret = query["secret"][0]
    assert secret == secrets[0]
    assert f"Key: {secret}" in result.output and len(secret) == 32
    picture = io.StringIO()
    segno.make(uri.group(0), error="l").terminal(out=picture, compact=True)
    assert picture.getvalue() in result.output  # the QR code of exactly that address
    assert "The 6-digit code the app shows now" in result.output  # it asked
    assert "now needs a code from the app" in result.output
    stored = _staff_rows(
        database, "select name, totp_secret, totp_pending, totp_step is null from staff"
    )
    # the code typed to confirm is used up: it never logs in
    assert sorted(stored) == [("amira", None, None, 1), ("nurse", secret, None, 0)]
    listed = runner.invoke(cli, ["staff", "list", *base]).output.splitlines()
    assert [line.split("\t")[2:] for line in listed] == [["clinician"], ["clinician", "", "totp"]]
    off = runner.invoke(cli, ["staff", "totp", "nurse", "--off", *base])
    assert off.exit_code == 0 and "password only" in off.output
    assert _staff_rows(database, "select totp_secret from staff where name = 'nurse'") == [(None,)]
    missing = runner.invoke(cli, ["staff", "totp", "nobody", "--code", "123456", *base])
    assert missing.exit_code != 0 and "no account called nobody" in missing.output


def test_a_new_secret_counts_only_once_a_code_from_it_is_right(
    database: Path, secrets: list[str]
) -> None:
    runner = CliRunner()
    base = ["--database", str(database)]
    first = runner.invoke(cli, ["staff", "totp", "nurse", "--code", _now_code(secrets[0]), *base])
    assert first.exit_code == 0, first.output
    # a mis-scanned QR code: the code typed is not the new secret's, so the old one stays
    wrong = pyotp.TOTP(secrets[1])
    bad = _wrong(wrong, datetime.now(UTC))
    again = runner.invoke(cli, ["staff", "totp", "nurse", "--code", bad, *base])
    assert again.exit_code != 0
    assert "That code did not match, so nothing has changed" in again.output
    assert "nurse still logs in with the code from the old app" in again.output
    assert "Traceback" not in again.output
    rows = "select totp_secret, totp_pending from staff where name = 'nurse'"
    assert _staff_rows(database, rows) == [(secrets[0], None)]
    # a new account asked with --totp, typing nonsense: it exists, with the password alone
    added = runner.invoke(
        cli,
        ["staff", "add", "lin", "--totp", "--password-stdin", "--code", "12 34", *base],
        input=PASSWORD,
    )
    assert added.exit_code != 0 and "Added lin (clinician)." in added.output
    assert "lin still logs in with the password alone" in added.output
    assert _staff_rows(database, "select totp_secret from staff where name = 'lin'") == [(None,)]


def test_a_pending_secret_logs_no_one_in_and_the_old_one_keeps_working(
    client_for: Callable[..., Client], database: Path
) -> None:
    old = _enrol(database)
    db = accounts.open_accounts(accounts.staff_path(database))
    try:
        pending = pyotp.TOTP(accounts.enrol_totp(db, "nurse"))  # shown, not yet confirmed
        nurse = accounts.account(db, "nurse")
        assert nurse is not None and nurse.second_factor
    finally:
        db.close()
    clock = Clock()
    client = client_for(_config(database, clock))
    assert _login(client, "nurse", pending.at(START)) == 401  # the new app: not yet
    clock.wait(30)
    assert _login(client, "nurse", old.at(clock.now)) == 303  # the old app: still
    # amira never had one: a pending secret alone asks for no code
    db = accounts.open_accounts(accounts.staff_path(database))
    try:
        accounts.enrol_totp(db, "amira")
        amira = accounts.account(db, "amira")
        assert amira is not None and not amira.second_factor
    finally:
        db.close()
    assert _login(client_for(_config(database, clock)), "amira", None) == 303


def test_staff_add_totp_enrols_the_new_account_once_its_code_is_typed(
    database: Path, secrets: list[str]
) -> None:
    result = CliRunner().invoke(
        cli,
        ["staff", "add", "lin", "--totp", "--password-stdin", "--database", str(database)],
        input=f"{PASSWORD}\n{_now_code(secrets[0])}\n",
    )
    assert result.exit_code == 0, result.output
    assert "Added lin (clinician)." in result.output and "otpauth://totp/" in result.output
    enrolled = "select name from staff where totp_secret is not null"
    assert _staff_rows(database, enrolled) == [("lin",)]


def test_the_pending_column_is_added_to_an_older_staff_database(tmp_path: Path) -> None:
    path = tmp_path / "bot.staff.db"
    accounts.open_accounts(path).close()
    with closing(sqlite3.connect(path)) as conn, conn:  # as it was before m007
        conn.execute("alter table staff drop column totp_pending")
        conn.execute("delete from _sqlite_migrations where name = 'm007_totp_pending'")
        conn.execute(
            "insert into staff (name, password_hash, created_at, role, totp_secret) "
            "values ('old', 'x', '2026-01-01', 'clinician', 'JBSWY3DPEHPK3PXP')"
        )
    db = accounts.open_accounts(path)
    try:
        names = [r[1] for r in db.execute("pragma table_info(staff)").fetchall()]
        assert names[-3:] == ["totp_secret", "totp_step", "totp_pending"]
        old = accounts.account(db, "old")
        assert old is not None and old.second_factor  # an active secret stays active
    finally:
        db.close()


# Logging in with it.


def test_logging_in_needs_the_code_once_enrolled_and_a_code_works_once(
    client_for: Callable[..., Client], database: Path
) -> None:
    totp = _enrol(database)
    clock = Clock()
    config = _config(database, clock)
    client = client_for(config)
    code = totp.at(clock.now)
    assert _login(client, "nurse", None) == 401  # the password alone is not enough
    assert _login(client, "nurse", _wrong(totp, clock.now)) == 401
    assert _login(client, "nurse", code, password="not the password at all") == 401
    assert _login(client, "nurse", f"{code[:3]} {code[3:]}") == 303  # spaces are fine
    assert client.get("/").status_code == 200
    other = client_for(config)
    assert _login(other, "nurse", code) == 401  # the same code again: refused
    assert _login(other, "nurse", totp.at(clock.now, counter_offset=-1)) == 401  # an older one
    clock.wait(30)
    assert _login(other, "nurse", totp.at(clock.now)) == 303  # the next step's code
    # the audit log says when the password was right and the code was not; never a code
    rows = _staff_rows(database, "select staff, action, detail from audit order by id")
    assert rows == [
        ("nurse", audit.LOGIN_FAILED, views.WRONG_CODE),
        ("nurse", audit.LOGIN_FAILED, views.WRONG_CODE),
        ("nurse", audit.LOGIN_FAILED, ""),
        ("nurse", audit.LOGIN, ""),
        ("nurse", audit.LOGIN_FAILED, views.WRONG_CODE),
        ("nurse", audit.LOGIN_FAILED, views.WRONG_CODE),
        ("nurse", audit.LOGIN, ""),
    ]
    assert code.encode() not in accounts.staff_path(database).read_bytes()


def test_a_code_one_step_early_or_late_is_taken_and_two_steps_is_not(
    client_for: Callable[..., Client], database: Path
) -> None:
    totp = _enrol(database)
    clock = Clock()
    client = client_for(_config(database, clock))
    assert _login(client, "nurse", totp.at(clock.now, counter_offset=-2)) == 401
    assert _login(client, "nurse", totp.at(clock.now, counter_offset=2)) == 401
    assert _login(client, "nurse", totp.at(clock.now, counter_offset=-1)) == 303  # a slow phone
    late = client_for(_config(database, clock))
    clock.wait(2.5)
    assert _login(late, "nurse", totp.at(clock.now, counter_offset=1)) == 303  # a fast one
    # its step is now the newest used: the present step's code is older, so refused
    assert _login(client_for(_config(database, clock)), "nurse", totp.at(clock.now)) == 401


def test_an_account_without_a_second_factor_logs_in_as_before(
    client_for: Callable[..., Client], database: Path
) -> None:
    _enrol(database, "nurse")
    client = client_for(_config(database, Clock()))
    assert _login(client, "amira", None) == 303
    assert _login(client_for(_config(database, Clock())), "amira", "123456") == 303  # ignored


def test_wrong_codes_count_towards_the_throttle(
    client_for: Callable[..., Client], database: Path
) -> None:
    totp = _enrol(database)
    clock = Clock()
    client = client_for(
        _config(database, clock, LoginThrottle(pair=(RateLimitItemPerMinute(3, 15),)))
    )
    for _ in range(3):
        assert _login(client, "nurse", _wrong(totp, clock.now)) == 401
    assert _login(client, "nurse", totp.at(clock.now)) == 429  # even the right code waits


@pytest.mark.asyncio
async def test_the_same_code_sent_twice_at_once_logs_in_once(database: Path) -> None:
    totp = _enrol(database)
    clock = Clock()
    app = create_app(_config(database, clock))
    clients = []
    for n in range(2):  # two browsers, on two addresses
        transport = httpx.ASGITransport(app=app, client=(f"10.0.0.{n}", 123))
        clients.append(httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1"))
    tokens = [form_token((await c.get("/login")).text) for c in clients]
    code = totp.at(clock.now)

    async def login(n: int) -> int:
        form = {"csrf_token": tokens[n], "name": "nurse", "password": PASSWORD, "code": code}
        return (await clients[n].post("/login", data=form)).status_code

    assert sorted(await asyncio.gather(login(0), login(1))) == [303, 401]
    for client in clients:
        await client.aclose()


def test_check_code_takes_six_digits_only(database: Path) -> None:
    totp = _enrol(database)
    with closing(sqlite3.connect(accounts.staff_path(database))) as conn:
        secret = totp.secret
        for bad in ("", "12345", "1234567", "abcdef", totp.at(START) + "0"):
            assert not accounts.check_code(conn, "nurse", secret, bad, START)
        assert accounts.check_code(conn, "nurse", secret, f" {totp.at(START)}\n", START)
        assert not accounts.check_code(conn, "nurse", secret, totp.at(START), START)  # used
        # a secret replaced since it was read (staff totp again): its code does nothing
        later, old = START + timedelta(seconds=30), pyotp.TOTP("A" * 32)
        assert not accounts.check_code(conn, "nurse", old.secret, old.at(later), later)
        assert accounts.check_code(conn, "nurse", secret, totp.at(later), later)

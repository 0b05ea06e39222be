"""The review's security behaviour as a person meets it (issue 14, points 5 and 8), in
Debian's Chromium against a real ``sciatica-bot review`` process: repeated wrong
passwords get a clear "wait" message, an account with a second factor needs its
6-digit code, an idle session sends its user back to the login page, and behind the
documented HTTPS proxy settings a login works with a Secure cookie.

tests/test_review_security.py and tests/test_review_totp.py test the same over HTTP,
with the rules and edge cases; these only check what the browser shows.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, Page, Route

from review import accounts, roles
from review.views import WRONG
from storage import connect
from tests.reviewkit import chromium, log_in, running_review
from tests.test_review_roles import PASSWORD, add_staff

pytestmark = pytest.mark.slow

PUBLIC = "https://review.example.org"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as found:
        yield found


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "bot.db"
    connect(path).close()
    add_staff(path, ("nurse", roles.CLINICIAN, ()), ("amira", roles.CLINICIAN, ()))
    return path


@pytest.fixture
def page(browser: Browser, database: Path) -> Iterator[Page]:
    with running_review(database) as base:
        context = browser.new_context(base_url=base)
        yield context.new_page()
        context.close()


def _submit(page: Page, name: str, password: str, code: str = "") -> str:
    """Send the login form once; the alert it shows (empty when it logged in)."""
    page.goto("/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.fill("input[name=code]", code)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    alert = page.locator("p.error[role=alert]")
    return (alert.text_content() or "") if alert.count() else ""


def test_repeated_wrong_passwords_get_a_clear_message_to_wait(page: Page) -> None:
    # one name from one address: 3 failures in 2 s pause it, 5 in 15 minutes stop it
    # (review/throttle.py); a refusal is not a failure, so the count stops with it
    waiting = re.compile(
        r"^Too many failed logins\. Please wait \d+ (second|minute)s?, then try again\.$"
    )
    shown: list[str] = []
    while not (shown and waiting.match(shown[-1])):
        assert len(shown) < 6, shown
        shown.append(_submit(page, "nurse", "not the password"))
    assert len(shown) > 3 and set(shown[:-1]) == {WRONG}
    assert page.input_value("input[name=name]") == "nurse"  # the form is there to try again
    # another account from the same browser is not locked out by it
    assert _submit(page, "amira", PASSWORD) == ""
    page.wait_for_selector("#queue")


def test_an_account_with_a_second_factor_needs_its_code(page: Page, database: Path) -> None:
    db = accounts.open_accounts(accounts.staff_path(database))
    try:
        totp = pyotp.TOTP(accounts.enrol_totp(db, "nurse"))
        early = datetime.now(UTC) - timedelta(seconds=90)  # its code is used up
        assert accounts.confirm_totp(db, "nurse", totp.at(early), early)
    finally:
        db.close()
    assert _submit(page, "nurse", PASSWORD) == WRONG  # the password alone is not enough
    assert page.locator("#queue").count() == 0
    assert _submit(page, "nurse", PASSWORD, totp.now()) == ""
    page.wait_for_selector("#queue")


def test_an_idle_session_sends_its_user_back_to_the_login_page(page: Page, database: Path) -> None:
    log_in(page, "nurse", PASSWORD)
    page.goto("/sessions")
    page.wait_for_selector("table")
    # 31 minutes without a request (REVIEW_IDLE_MINUTES, 30 by default), as the staff
    # database records it: no test waits half an hour
    long_ago = (datetime.now(UTC) - timedelta(minutes=31)).isoformat(timespec="seconds")
    with closing(sqlite3.connect(accounts.staff_path(database))) as conn:
        conn.execute("update review_sessions set last_seen = ?", [long_ago])
        conn.commit()
    page.goto("/sessions")
    page.wait_for_selector("input[name=password]")
    assert page.url.endswith("/login")
    page.goto("/charts")  # and the cookie it still has opens nothing
    assert page.url.endswith("/login")


def test_behind_an_https_proxy_a_login_works_with_a_secure_cookie(
    browser: Browser, database: Path
) -> None:
    """The browser talks to https://review.example.org; Playwright stands in for the TLS
    proxy, passing each request on to the review over plain HTTP (as nginx would)."""
    with running_review(database, "--public-url", PUBLIC) as base:
        context = browser.new_context(base_url=PUBLIC)

        def proxy(route: Route) -> None:
            request = route.request
            headers = {**request.all_headers(), "host": "review.example.org"}
            response = route.fetch(
                url=base + request.url.removeprefix(PUBLIC),
                headers=headers,
                max_redirects=0,
            )
            route.fulfill(response=response)

        context.route(f"{PUBLIC}/**", proxy)
        page = context.new_page()
        log_in(page, "nurse", PASSWORD)
        assert page.url == f"{PUBLIC}/"
        (cookie,) = context.cookies(PUBLIC)
        assert cookie["secure"] and cookie["httpOnly"]
        page.goto("/sessions")  # the Secure cookie goes with the next request
        page.wait_for_selector("table")
        context.close()

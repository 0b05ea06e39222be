"""The review's login under a crowd, behind an HTTPS proxy, and its password policy:
over the ASGI app itself (httpx's ASGI transport), no server process needed."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from pathlib import Path

import httpx
import pytest

from review import accounts, views
from review.app import create_app
from review.config import ReviewConfig
from storage import connect

NURSE, PASSWORD = "nurse", "correct horse battery staple"


def _config(tmp_path: Path, **options: object) -> ReviewConfig:
    database = tmp_path / "bot.db"
    connect(database).close()
    staff = accounts.staff_path(database)
    db = accounts.open_accounts(staff)
    accounts.add(db, NURSE, PASSWORD)
    for n in range(30):
        accounts.add(db, f"staff{n}", PASSWORD)
    db.close()
    return ReviewConfig(database, staff, **options)  # type: ignore[arg-type]


async def _client(
    config: ReviewConfig, base: str = "http://127.0.0.1", app: object = None
) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app or create_app(config))  # type: ignore[arg-type]
    return httpx.AsyncClient(transport=transport, base_url=base)


async def _token(client: httpx.AsyncClient) -> str:
    page = (await client.get("/login")).text
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match
    return match.group(1)


@pytest.mark.asyncio
async def test_a_crowd_of_logins_never_runs_more_than_two_password_checks_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(tmp_path)
    running, most = 0, 0
    lock = threading.Lock()
    real = views._verify

    def counting(*args: object) -> bool:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02)
        try:
            return real(*args)  # type: ignore[arg-type]
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(views, "_verify", counting)
    app = create_app(config)  # one server, many browsers
    clients = [await _client(config, app=app) for _ in range(60)]
    tokens = [await _token(c) for c in clients]

    async def attempt(n: int, name: str) -> int:
        form = {"csrf_token": tokens[n], "name": name, "password": "wrong password here"}
        return (await clients[n].post("/login", data=form)).status_code

    # 60 at once for one name: one check at a time for it, the rest refused outright
    codes = await asyncio.gather(*(attempt(n, NURSE) for n in range(60)))
    assert most == 1
    assert set(codes) <= {401, 429} and codes.count(429) >= 50
    # 30 at once for 30 names: never more than two argon2 runs together
    most = 0
    codes = await asyncio.gather(*(attempt(n, f"staff{n}") for n in range(30)))
    assert most <= config.hashing_at_once and set(codes) == {401}
    for client in clients:
        await client.aclose()


@pytest.mark.asyncio
async def test_behind_an_https_proxy_the_cookie_is_secure_and_the_public_origin_passes(
    tmp_path: Path,
) -> None:
    config = _config(tmp_path, public_url="https://review.example.org")
    client = await _client(config, "https://review.example.org")
    token = await _token(client)
    form = {"csrf_token": token, "name": NURSE, "password": PASSWORD}
    response = await client.post(
        "/login", data=form, headers={"origin": "https://review.example.org"}
    )
    assert response.status_code == 303
    assert "secure" in response.headers["set-cookie"].lower()
    elsewhere = await client.post("/logout", headers={"origin": "https://evil.example"})
    assert elsewhere.status_code == 403
    await client.aclose()
    wrong_host = await _client(config, "https://evil.example")
    assert (await wrong_host.get("/login")).status_code == 400
    await wrong_host.aclose()


def test_a_guessable_password_is_refused(tmp_path: Path) -> None:
    db = accounts.open_accounts(tmp_path / "staff.db")
    for weak in ("password1234", "qwertyuiop123", "nurse-nurse-nurse"):
        with pytest.raises(accounts.AccountError, match="easy to guess"):
            accounts.add(db, "nurse", weak)
    accounts.add(db, "nurse", "violet tractor misty harbour")
    db.close()

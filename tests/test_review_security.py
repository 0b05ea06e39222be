"""The review's login under a crowd, behind an HTTPS proxy, and its password policy:
over the ASGI app itself (httpx's ASGI transport), and a flood of simultaneous wrong
passwords at a real ``sciatica-bot review`` process (the figures in docs/review.md)."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import httpx
import limits.storage.memory
import psutil
import pytest

from review import accounts, throttle, views
from review.app import create_app
from review.config import ReviewConfig
from review.throttle import ADDRESS, NAME, PAIR, LoginThrottle
from storage import connect
from tests.reviewkit import running_review

NURSE, PASSWORD = "nurse", "correct horse battery staple"
WRONG = "wrong password here"
MIB = 1024 * 1024


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
    config: ReviewConfig,
    base: str = "http://127.0.0.1",
    app: object = None,
    address: str = "127.0.0.1",
) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app or create_app(config), client=(address, 123))  # type: ignore[arg-type]
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
    running, most, checks = 0, 0, 0
    lock = threading.Lock()
    real = views._verify

    def counting(*args: object) -> tuple[bool, str | None]:
        nonlocal running, most, checks
        with lock:
            running, checks = running + 1, checks + 1
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

    async def attempt(n: int, name: str, client: httpx.AsyncClient | None = None) -> int:
        form = {"csrf_token": tokens[n], "name": name, "password": WRONG}
        return (await (client or clients[n]).post("/login", data=form)).status_code

    # 60 at once for one name from one address: the short pause's 3 checks, the rest
    # refused outright (each took its place before any password was checked)
    codes = await asyncio.gather(*(attempt(n, NURSE) for n in range(60)))
    assert PAIR[0].amount <= checks <= PAIR[1].amount  # 5 if it took more than 2 seconds
    assert Counter(codes) == {401: checks, 429: 60 - checks} and most <= config.hashing_at_once
    assert config.throttle.pending() == 0
    # 30 at once for 30 names from 30 addresses: all checked, never more than two at once
    most = 0
    elsewhere = [await _client(config, app=app, address=f"10.0.0.{n}") for n in range(30)]
    for n, client in enumerate(elsewhere):
        tokens[n] = await _token(client)
    codes = await asyncio.gather(*(attempt(n, f"staff{n}", c) for n, c in enumerate(elsewhere)))
    assert most <= config.hashing_at_once and set(codes) == {401}
    for client in clients + elsewhere:
        await client.aclose()


# The throttle's rules, on a clock the test moves (the limits library's and the throttle's).


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[float]]:
    now = [1_800_000_000.0]
    fake = SimpleNamespace(time=lambda: now[0])
    monkeypatch.setattr(limits.storage.memory, "time", fake)
    monkeypatch.setattr(throttle, "time", fake)
    yield now


def _fail(gate: LoginThrottle, name: str, address: str, times: int = 1) -> None:
    for _ in range(times):
        attempt = gate.attempt(name, address)
        assert attempt.wait == 0
        attempt.failed()


def test_a_name_from_one_address_pauses_briefly_then_for_the_window(clock: list[float]) -> None:
    gate = LoginThrottle()
    _fail(gate, "Ana", "10.0.0.1", 3)
    assert 1 <= gate.attempt("ana", "10.0.0.1").wait <= 2  # names are counted in any case
    clock[0] += 2.5
    _fail(gate, "ana", "10.0.0.1", 2)  # 5 in 15 minutes: the door closes until the first goes
    wait = gate.attempt("ana", "10.0.0.1").wait
    assert 15 * 60 - 5 <= wait <= 15 * 60
    clock[0] += wait + 0.01
    assert gate.attempt("ana", "10.0.0.1").wait == 0


def test_a_success_starts_the_names_count_from_that_address_again(clock: list[float]) -> None:
    gate = LoginThrottle()
    _fail(gate, "ana", "10.0.0.1", 2)
    gate.attempt("ana", "10.0.0.1").succeeded()
    _fail(gate, "ana", "10.0.0.1", 3)  # three more before the pause, not one


def test_failures_from_elsewhere_never_lock_a_name_out_of_a_fresh_address(
    clock: list[float],
) -> None:
    gate = LoginThrottle()

    def attack(minute: int) -> None:  # ten new addresses a minute keep the name's window full
        for n in range(NAME.amount):
            _fail(gate, "ana", f"10.{minute}.0.{n}")

    attack(0)
    assert gate.attempt("ana", "10.0.0.1").wait > 0  # an address that failed waits
    for minute in range(1, 21):  # for 20 minutes, Ana (never failed) is let in throughout
        clock[0] += 60
        attack(minute)
        let_in = gate.attempt("ana", "192.168.1.5")
        assert let_in.wait == 0
        let_in.release()
    # she mistypes once while the attack goes on: she waits, but never past the window
    _fail(gate, "ana", "192.168.1.5")
    assert 1 <= gate.attempt("ana", "192.168.1.5").wait <= 15 * 60
    for minute in range(21, 37):
        clock[0] += 60
        attack(minute)
    assert gate.attempt("ana", "192.168.1.5").wait == 0


def test_one_address_is_limited_whatever_the_names(clock: list[float]) -> None:
    gate = LoginThrottle()
    for n in range(ADDRESS.amount):
        _fail(gate, f"guess{n}", "10.0.0.9")
    assert gate.attempt("someone-else", "10.0.0.9").wait > 0
    assert gate.attempt("someone-else", "10.0.0.10").wait == 0


def test_tries_under_way_hold_their_place(clock: list[float]) -> None:
    gate = LoginThrottle()
    held = [gate.attempt("ana", "10.0.0.1") for _ in range(10)]  # simultaneous, none settled
    assert [a.wait == 0 for a in held] == [True] * PAIR[0].amount + [False] * 7
    assert held[-1].wait == 1.0  # the window has room: the checks under way will settle
    for attempt in held:
        attempt.release()  # no check made: nothing counted
        attempt.release()  # and only once
    assert gate.pending() == 0
    _fail(gate, "ana", "10.0.0.1", 3)


# A flood at a real server: how many passwords it checks, its memory and its time.


@dataclass
class Flood:
    attempts: int
    addresses: int
    checked: int = 0  # answered 401: the password was checked (and wrong)
    refused: int = 0  # answered 429 by the throttle, no password checked
    logged: int = 0  # "login failed" rows in the audit log
    idle_rss: int = 0
    peak_rss: int = 0
    seconds: float = 0.0
    during: int = 0  # the right password from a fresh address, in the middle of it
    during_seconds: float = 0.0
    after: int = 0  # and once it is over

    @property
    def growth(self) -> int:
        return self.peak_rss - self.idle_rss

    def row(self) -> str:
        where = "one address" if self.addresses == 1 else f"{self.addresses} addresses"
        return (
            f"| {self.attempts} at once, {where} | {self.checked} | {self.refused} | "
            f"{self.idle_rss / MIB:.0f} → {self.peak_rss / MIB:.0f} MiB "
            f"(+{self.growth / MIB:.0f}) | {self.seconds:.1f} s | "
            f"{self.during} in {self.during_seconds:.1f} s, then {self.after} |"
        )


#: (simultaneous wrong passwords for one name, from how many addresses)
FLOODS = ((60, 1), (300, 1), (60, 10), (300, 50))


class PeakMemory(threading.Thread):
    """Samples a process's resident memory every 2 ms, keeping the highest."""

    def __init__(self, process: psutil.Process) -> None:
        super().__init__(daemon=True)
        self.process, self.peak, self.done = process, 0, threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, self.process.memory_info().rss)
            time.sleep(0.002)


def _server(base: str) -> psutil.Process:
    port = base.rsplit(":", 1)[1]
    found = [p for p in psutil.Process().children(recursive=True) if port in " ".join(p.cmdline())]
    assert len(found) == 1, found
    return found[0]


async def _flood(base: str, server: psutil.Process, name: str, flood: Flood, net: int) -> None:
    async with httpx.AsyncClient(base_url=base) as first:
        token = re.findall(r'name="csrf_token" value="([^"]+)"', (await first.get("/login")).text)
        cookies = dict(first.cookies)
    many = httpx.Limits(max_connections=None, max_keepalive_connections=None)

    def client(address: str) -> httpx.AsyncClient:
        transport = httpx.AsyncHTTPTransport(local_address=address, limits=many)
        return httpx.AsyncClient(base_url=base, transport=transport, cookies=cookies, timeout=120)

    sources = [client(f"127.{net}.{n // 200}.{n % 200 + 1}") for n in range(flood.addresses)]
    fresh = [client(f"127.{net}.250.{n}") for n in (1, 2)]

    async def post(c: httpx.AsyncClient, password: str) -> int:
        form = {"csrf_token": token[0], "name": name, "password": password}
        return (await c.post("/login", data=form)).status_code

    async def meanwhile() -> int:
        await asyncio.sleep(0.05)  # the flood is in: every guess has its answer or its place
        started = time.perf_counter()
        code = await post(fresh[0], PASSWORD)
        flood.during_seconds = time.perf_counter() - started
        return code

    await asyncio.sleep(0.5)
    flood.idle_rss = server.memory_info().rss
    sampler = PeakMemory(server)
    sampler.start()
    started = time.perf_counter()
    guesses = [post(sources[n % flood.addresses], WRONG) for n in range(flood.attempts)]
    *codes, flood.during = await asyncio.gather(*guesses, meanwhile())
    flood.seconds = time.perf_counter() - started
    sampler.done.set()
    sampler.join()
    flood.peak_rss = sampler.peak
    flood.after = await post(fresh[1], PASSWORD)
    counted = Counter(codes)
    assert set(counted) <= {401, 429}, counted
    flood.checked, flood.refused = counted[401], counted[429]
    for c in [*sources, *fresh]:
        await c.aclose()


@pytest.mark.slow
def test_a_flood_of_wrong_passwords_checks_few_and_keeps_memory_bounded(tmp_path: Path) -> None:
    database = tmp_path / "bot.db"
    connect(database).close()
    db = accounts.open_accounts(accounts.staff_path(database))
    for n in range(len(FLOODS)):
        accounts.add(db, f"target{n}", PASSWORD)
    db.close()
    floods = [Flood(attempts, addresses) for attempts, addresses in FLOODS]
    with running_review(database) as base:
        server = _server(base)
        for n, flood in enumerate(floods):
            asyncio.run(_flood(base, server, f"target{n}", flood, net=n + 1))
    with closing(sqlite3.connect(accounts.staff_path(database))) as conn:
        for n, flood in enumerate(floods):
            flood.logged = conn.execute(
                "select count(*) from audit where staff = ? and action = 'login failed'",
                [f"target{n}"],
            ).fetchone()[0]
    print("\n" + "\n".join(f.row() for f in floods))  # for docs/review.md (pytest -s)
    hashing = ReviewConfig(database, database).hashing_at_once
    for flood in floods:
        assert flood.checked + flood.refused == flood.attempts
        assert flood.logged == flood.checked  # every check is in the audit log, no 429 is
        assert flood.during == flood.after == 303  # the real person gets in, during and after
        # each password check (argon2id) takes 64 MiB, at most two at once
        assert flood.growth < (hashing + 1) * 64 * MIB, flood.row()
        if flood.addresses == 1:  # the short pause's 3, or the window's 5, however many
            assert flood.checked <= PAIR[1].amount, flood.row()
        else:  # a fresh address gets one check; past that, the name's window
            assert flood.checked <= flood.addresses + NAME.amount, flood.row()
    small, large = floods[0], floods[1]
    assert large.growth < small.growth + 32 * MIB  # 5 times the guesses, no more memory
    assert large.seconds < 30  # answering 300 requests, not 300 password checks


# Behind a proxy, and the password policy.


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


# Behind a reverse proxy: whose address the throttle counts.

PROXY, STRANGER = "127.9.0.1", "127.9.0.2"  # loopback addresses the tests connect from


def _from(base: str, address: str, cookies: dict[str, str]) -> httpx.Client:
    transport = httpx.HTTPTransport(local_address=address)
    return httpx.Client(base_url=base, transport=transport, cookies=cookies, timeout=60)


def _logins(client: httpx.Client, token: str, password: str, forwarded: list[str]) -> list[int]:
    """One login per X-Forwarded-For value, in turn: the answers' status codes."""
    form = {"csrf_token": token, "name": NURSE, "password": password}
    return [
        client.post("/login", data=form, headers={"x-forwarded-for": value}).status_code
        for value in forwarded
    ]


def _refused_in_time(codes: list[int]) -> bool:
    """Wrong passwords from one client: some checked (401), then refused (429) by the
    short pause (3 in 2 seconds) or the window (5), whichever the timing meets first."""
    checked = codes.index(429) if 429 in codes else len(codes)
    return 3 <= checked <= PAIR[1].amount and set(codes[checked:]) == {429}


@pytest.mark.slow
def test_forwarded_addresses_count_only_from_a_trusted_proxy(tmp_path: Path) -> None:
    config = _config(tmp_path)
    tries = PAIR[1].amount + 1  # one more than the window for one name from one address
    with running_review(config.database, "--trusted-proxies", f"{PROXY}, 10.20.0.0/16") as base:
        with httpx.Client(base_url=base) as first:
            token = re.findall(r'name="csrf_token" value="([^"]+)"', first.get("/login").text)[0]
            cookies = dict(first.cookies)
        # a peer that is no trusted proxy: its X-Forwarded-For, new each time, is ignored,
        # so its guesses share one window (its own address)
        with _from(base, STRANGER, cookies) as stranger:
            forged = _logins(stranger, token, WRONG, [f"198.51.100.{n}" for n in range(tries)])
        assert _refused_in_time(forged), forged
        with _from(base, PROXY, cookies) as proxy:
            # through the proxy: the right-most entry it did not add itself is the client,
            # whatever the client wrote to the left of it
            one = [f"192.0.2.{n}, 203.0.113.5" for n in range(tries)]
            first_client = _logins(proxy, token, WRONG, one)
            # another client through the same proxy has a window of its own, and gets in;
            # another trusted hop (10.20.0.7) on the way is passed over too
            other = _logins(proxy, token, WRONG, ["203.0.113.6, 10.20.0.7"])
            # the proxy's own requests, with no header: the proxy's address
            own = _logins(proxy, token, WRONG, [""])
            other += _logins(proxy, token, PASSWORD, ["203.0.113.6"])  # a new session
        assert _refused_in_time(first_client), first_client
        assert (other, own) == ([401, 303], [401])
    with closing(sqlite3.connect(config.staff_database)) as conn:
        logged = Counter(r[0] for r in conn.execute("select address from audit"))
    assert logged == {
        STRANGER: forged.count(401),
        "203.0.113.5": first_client.count(401),
        "203.0.113.6": 2,  # a failure and the login
        PROXY: 1,
    }


def test_trusted_proxies_are_addresses_or_networks_never_everyone(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli import cli
    from review.config import trusted_proxies

    assert trusted_proxies(None) == trusted_proxies(" ") == ()
    assert trusted_proxies("10.0.0.5, 10.1.0.0/16 ::1,10.0.0.5") == (
        "10.0.0.5",
        "10.1.0.0/16",
        "::1",
    )
    assert trusted_proxies("10.1.2.3/16") == ("10.1.0.0/16",)
    for bad in ("*", "proxy.example.org", "10.0.0.300"):
        with pytest.raises(ValueError, match="IP address or network"):
            trusted_proxies(bad)
    config = _config(tmp_path)
    result = CliRunner().invoke(
        cli, ["review", "--database", str(config.database)], env={"REVIEW_TRUSTED_PROXIES": "*"}
    )
    assert result.exit_code != 0 and "not '*'" in result.output

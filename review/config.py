"""How one review server is set up: which files it reads, and its secrets."""

from __future__ import annotations

import ipaddress
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from sqlite_utils import Database

from review.accounts import open_accounts
from review.readonly import open_readonly
from review.throttle import LoginThrottle


@dataclass(frozen=True)
class ReviewConfig:
    """The databases (both opened read-only) and the login settings."""

    database: Path
    staff_database: Path
    immutable: bool = False
    #: Signs the session cookies. New at each start: a restart logs everyone out.
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    #: No review session lasts longer than this, however busy.
    session_hours: int = 8
    #: A review session unused for this long ends (``REVIEW_IDLE_MINUTES``).
    idle_minutes: int = 30
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    page_size: int = 50
    #: Where staff reach the review, behind a proxy: "https://review.example.org". With
    #: https, the cookie is Secure and that origin passes the form check; its host (and
    #: the loopback names) are the only Host headers answered.
    public_url: str | None = None
    #: Proxies (addresses or networks) whose X-Forwarded-For names the client: only a
    #: request whose direct peer is one of them gets its address from that header
    #: (``REVIEW_TRUSTED_PROXIES``; see :func:`trusted_proxies`). None by default.
    trusted_proxies: tuple[str, ...] = ()
    #: Password checks at once: argon2 takes memory, so a crowd of logins waits its turn.
    hashing_at_once: int = 2
    #: The time now (UTC); tests move it on to try the idle timeout.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    @property
    def idle(self) -> timedelta:
        return timedelta(minutes=self.idle_minutes)

    @property
    def longest(self) -> timedelta:
        return timedelta(hours=self.session_hours)

    @property
    def secure(self) -> bool:
        return bool(self.public_url and self.public_url.startswith("https://"))

    @property
    def origins(self) -> frozenset[str]:
        return frozenset([self.public_url.rstrip("/")] if self.public_url else [])

    @property
    def allowed_hosts(self) -> list[str]:
        hosts = ["127.0.0.1", "localhost", "::1", "[::1]"]
        if self.public_url:
            hosts.append(urlsplit(self.public_url).hostname or "")
        return hosts

    def patients(self) -> sqlite3.Connection:
        """A read-only connection to the bot's database, for one request."""
        return open_readonly(self.database, immutable=self.immutable)

    def staff(self) -> sqlite3.Connection:
        """A read-only connection to the staff accounts, for one request."""
        return open_readonly(self.staff_database)

    def staff_writer(self) -> Database:
        """The staff database, created and migrated, for writing (never the bot's database)."""
        return open_accounts(self.staff_database)

    def staff_records(self) -> sqlite3.Connection:
        """A connection to the (migrated) staff database that writes sessions and the audit
        log, for one request: the only writes the review makes."""
        return sqlite3.connect(self.staff_database, timeout=5, check_same_thread=False)


def trusted_proxies(value: str | None) -> tuple[str, ...]:
    """The trusted proxies from a list of addresses and networks ("10.0.0.5, 10.1.0.0/16"),
    each checked; empty for none. "*" is refused: uvicorn would then trust every peer and
    take the left-most X-Forwarded-For entry, which any client can write."""
    found: list[str] = []
    for item in (value or "").replace(",", " ").split():
        try:
            network = ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(
                f"a trusted proxy is an IP address or network (10.0.0.5, 10.1.0.0/16), not {item!r}"
            ) from None
        found.append(str(network.network_address) if network.num_addresses == 1 else str(network))
    return tuple(dict.fromkeys(found))

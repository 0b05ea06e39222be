"""How one review server is set up: which files it reads, and its secrets."""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

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
    session_hours: int = 8
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    page_size: int = 50

    def patients(self) -> sqlite3.Connection:
        """A read-only connection to the bot's database, for one request."""
        return open_readonly(self.database, immutable=self.immutable)

    def staff(self) -> sqlite3.Connection:
        """A read-only connection to the staff accounts, for one request."""
        return open_readonly(self.staff_database)

"""Staff accounts, in a small database file of their own beside the bot's.

Kept apart from the patient data so the review opens the patient database
strictly read-only, and so staff credentials never travel with it (backups,
exports, purges). Passwords are stored only as argon2id hashes (argon2-cffi's
defaults: salted, memory-hard). See docs/review.md.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("sciatica-bot-staff")
HASHER = PasswordHasher()  # argon2id
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
#: Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = HASHER.hash("not a real password, only here to spend the same time")


class AccountError(ValueError):
    """A staff account cannot be added or removed as asked."""


@dataclass(frozen=True)
class StaffAccount:
    """One staff member, as listed (the hash is never handed out)."""

    name: str
    created_at: str


@MIGRATIONS()
def m001_staff(db: Database) -> None:
    db.table("staff").create(
        {"name": str, "password_hash": str, "created_at": str},
        pk="name",
        not_null={"password_hash", "created_at"},
    )


def staff_path(database: Path) -> Path:
    """Where the staff accounts live for a bot database: ``data/sciatica.db`` → ``.staff.db``."""
    return database.with_name(f"{database.stem}.staff.db")


def open_accounts(path: Path) -> Database:
    """Open (creating and migrating) the staff database for writing: the CLI only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(sqlite3.connect(str(path)))
    MIGRATIONS.apply(db)
    return db


def add(db: Database, name: str, password: str) -> None:
    """Create an account; refuses a taken or malformed name and a short password."""
    if not NAME.match(name):
        raise AccountError("a name is 2 to 64 letters, digits, dots, dashes or underscores")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
    if db.execute("select 1 from staff where name = ?", [name]).fetchone():
        raise AccountError(f"there is already an account called {name}")
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with db.conn:
        db.execute(
            "insert into staff (name, password_hash, created_at) values (?, ?, ?)",
            [name, HASHER.hash(password), stamp],
        )


def remove(db: Database, name: str) -> None:
    """Delete an account; its open review sessions end at their next request."""
    with db.conn:
        cursor = db.execute("delete from staff where name = ?", [name])
    if not cursor.rowcount:
        raise AccountError(f"there is no account called {name}")


def accounts(db: Database | sqlite3.Connection) -> list[StaffAccount]:
    """Every account, by name."""
    rows = db.execute("select name, created_at from staff order by name").fetchall()
    return [StaffAccount(name, created) for name, created in rows]


def password_hash(conn: sqlite3.Connection, name: str) -> str | None:
    """The stored hash for ``name``, or None when there is no such account."""
    row = conn.execute("select password_hash from staff where name = ?", [name]).fetchone()
    return None if row is None else str(row[0])


def exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from staff where name = ?", [name]).fetchone() is not None


def check_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches; an unknown account (None) costs the same and fails."""
    try:
        return HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False

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
from zxcvbn import zxcvbn

MIGRATIONS = Migrations("sciatica-bot-staff")
HASHER = PasswordHasher()  # argon2id
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
#: zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" against online attack.
MIN_STRENGTH = 3
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


@MIGRATIONS()
def m002_reviews(db: Database) -> None:
    # A clinician's "reviewed" mark and note on a check-in in the safety queue: kept with
    # the staff accounts, so the bot's database stays read-only to the review.
    db.table("reviews").create(
        {"session_id": str, "staff": str, "reviewed_at": str, "note": str},
        pk="session_id",
        not_null={"staff", "reviewed_at"},
    )


def mark_reviewed(db: Database, session_id: str, staff: str, note: str) -> None:
    """Mark a check-in reviewed (again: the newest mark and note replace the last)."""
    with db.conn:
        db.execute(
            "insert or replace into reviews (session_id, staff, reviewed_at, note) "
            "values (?, ?, ?, ?)",
            [session_id, staff, datetime.now(UTC).isoformat(timespec="seconds"), note[:2000]],
        )


def reviews(conn: sqlite3.Connection | Database) -> dict[str, tuple[str, str, str]]:
    """session id -> (staff, when, note), for every check-in marked reviewed."""
    try:
        rows = conn.execute("select session_id, staff, reviewed_at, note from reviews").fetchall()
    except sqlite3.OperationalError:
        return {}  # a staff database made before reviews existed: nothing reviewed yet
    return {r[0]: (r[1], r[2], r[3] or "") for r in rows}


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
    strength = zxcvbn(password[:100], user_inputs=[name, "sciatica", "review"])
    if strength["score"] < MIN_STRENGTH:
        hint = strength["feedback"].get("warning") or "it is easy to guess"
        raise AccountError(
            f"that password is too easy to guess ({hint}); try a few unrelated words"
        )
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

"""Staff accounts, in a small database file of their own beside the bot's.

Kept apart from the patient data so the review opens the patient database
strictly read-only, and so staff credentials never travel with it (backups,
exports, purges). Passwords are stored only as argon2id hashes (argon2-cffi's
defaults: salted, memory-hard). An account may also have a second factor: a TOTP
secret (RFC 6238, 30-second codes, pyotp), with the last time-step a code was
accepted for, so that no code logs in twice. See docs/review.md.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from pyotp.utils import strings_equal
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations
from zxcvbn import zxcvbn

from review import roles
from storage.clock import REFERRAL_CODE

MIGRATIONS = Migrations("sciatica-bot-staff")
HASHER = PasswordHasher()  # argon2id
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD = 12
#: zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" against online attack.
MIN_STRENGTH = 3
#: Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = HASHER.hash("not a real password, only here to spend the same time")
#: What an authenticator app shows beside the account's name.
TOTP_ISSUER = "sciatica-bot review"
#: A code is accepted one 30-second step early or late, for a phone's clock.
TOTP_WINDOW = 1
CODE = re.compile(r"^[0-9]{6}$")


class AccountError(ValueError):
    """A staff account cannot be added or removed as asked."""


@dataclass(frozen=True)
class StaffAccount:
    """One staff member, as listed (the hash is never handed out)."""

    name: str
    created_at: str
    role: str = roles.DEFAULT
    #: A coordinator's referral groups: all they may see.
    groups: tuple[str, ...] = ()
    #: Whether logging in also needs a code from an authenticator app (TOTP).
    second_factor: bool = False

    @property
    def scope(self) -> tuple[str, ...] | None:
        """The referral groups this account is limited to (None: every group)."""
        return self.groups if self.role == roles.COORDINATOR else None


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


@MIGRATIONS()
def m003_roles(db: Database) -> None:
    # Every account made before roles is a clinician's: it keeps what it could see.
    db.table("staff").add_column("role", str, not_null_default=roles.DEFAULT)
    db.table("staff_groups").create(
        {"staff": str, "referral": str}, pk=("staff", "referral"), not_null={"referral"}
    )


@MIGRATIONS()
def m004_review_sessions(db: Database) -> None:
    # Logged-in review sessions: the cookie holds a random id, this table its SHA-256, so
    # logging out (or `staff remove`) ends a session at once, even on a copied cookie.
    db.table("review_sessions").create(
        {"id": str, "staff": str, "created_at": str, "last_seen": str},
        pk="id",
        not_null={"staff", "created_at", "last_seen"},
    )
    db.table("review_sessions").create_index(["staff"])


@MIGRATIONS()
def m005_audit(db: Database) -> None:
    # Who logged in (or failed to), viewed which check-in and exported what, and when.
    db.table("audit").create(
        {
            "id": int,
            "at": str,
            "staff": str,  # the account, or for a failed login the name tried
            "action": str,
            "target": str,  # a check-in's id, an export's path, a refused path
            "detail": str,  # an export's filters
            "address": str,  # the client's address
        },
        pk="id",
        not_null={"at", "staff", "action"},
    )


@MIGRATIONS()
def m006_totp(db: Database) -> None:
    # The optional second factor: a TOTP secret (base32), and the last time-step a code
    # was accepted for (a code is never accepted for that step or an earlier one again).
    db.table("staff").add_column("totp_secret", str)
    db.table("staff").add_column("totp_step", int)


@MIGRATIONS()
def m007_totp_pending(db: Database) -> None:
    # A new TOTP secret waits here until the staff member types a code from it: one
    # mis-scanned QR code must not lock anyone out, so the old secret (or none) stays in
    # force until then.
    db.table("staff").add_column("totp_pending", str)


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


def _groups(role: str, groups: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The referral groups of a new account, checked against its role."""
    if role not in roles.ROLES:
        raise AccountError(f"a role is one of {', '.join(roles.ROLES)}, not {role!r}")
    chosen = tuple(dict.fromkeys(g.strip() for g in groups))
    bad = [g for g in chosen if not REFERRAL_CODE.match(g)]
    if bad:
        raise AccountError(f"not a referral group code: {bad[0]!r}")
    if role == roles.COORDINATOR and not chosen:
        raise AccountError("a coordinator needs at least one referral group (--group CODE)")
    if role != roles.COORDINATOR and chosen:
        raise AccountError(f"only a coordinator is limited to groups; a {role} sees them all")
    return chosen


def add(
    db: Database,
    name: str,
    password: str,
    role: str = roles.DEFAULT,
    groups: tuple[str, ...] | list[str] = (),
) -> None:
    """Create an account; refuses a taken or malformed name, a weak password, and a role
    without the groups it needs (a coordinator) or with groups it cannot have."""
    if not NAME.match(name):
        raise AccountError("a name is 2 to 64 letters, digits, dots, dashes or underscores")
    chosen = _groups(role, groups)
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
            "insert into staff (name, password_hash, created_at, role) values (?, ?, ?, ?)",
            [name, HASHER.hash(password), stamp, role],
        )
        for group in chosen:
            db.execute("insert into staff_groups (staff, referral) values (?, ?)", [name, group])


def remove(db: Database, name: str) -> None:
    """Delete an account and end its open review sessions at once."""
    with db.conn:
        cursor = db.execute("delete from staff where name = ?", [name])
        db.execute("delete from staff_groups where staff = ?", [name])
        db.execute("delete from review_sessions where staff = ?", [name])
    if not cursor.rowcount:
        raise AccountError(f"there is no account called {name}")


def _groups_of(db: Database | sqlite3.Connection, name: str) -> tuple[str, ...]:
    rows = db.execute(
        "select referral from staff_groups where staff = ? order by referral", [name]
    ).fetchall()
    return tuple(str(r[0]) for r in rows)


_COLUMNS = "select name, created_at, role, totp_secret is not null from staff"


def _account(db: Database | sqlite3.Connection, row: tuple[str, str, str, int]) -> StaffAccount:
    name, created, role, second_factor = row
    return StaffAccount(name, created, role, _groups_of(db, name), bool(second_factor))


def accounts(db: Database | sqlite3.Connection) -> list[StaffAccount]:
    """Every account, by name, with its role and groups."""
    rows = db.execute(f"{_COLUMNS} order by name").fetchall()
    return [_account(db, row) for row in rows]


def account(db: Database | sqlite3.Connection, name: str) -> StaffAccount | None:
    """One account, or None when there is none of that name."""
    row = db.execute(f"{_COLUMNS} where name = ?", [name]).fetchone()
    return None if row is None else _account(db, row)


def password_hash(conn: sqlite3.Connection, name: str) -> str | None:
    """The stored hash for ``name``, or None when there is no such account."""
    return credentials(conn, name)[0]


def credentials(conn: sqlite3.Connection, name: str) -> tuple[str | None, str | None]:
    """The stored hash and TOTP secret for ``name`` (None for what it has not got)."""
    row = conn.execute(
        "select password_hash, totp_secret from staff where name = ?", [name]
    ).fetchone()
    return (None, None) if row is None else (str(row[0]), row[1])


def check_password(stored: str | None, password: str) -> bool:
    """Whether ``password`` matches; an unknown account (None) costs the same and fails."""
    try:
        return HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


# The second factor (TOTP).


def enrol_totp(db: Database, name: str) -> str:
    """Make ``name`` a new TOTP secret and return it, pending: nothing changes for
    logging in (an earlier secret keeps working) until :func:`confirm_totp` gets a right
    code from it. A second enrolment replaces a pending secret, never an active one."""
    secret = pyotp.random_base32()  # 32 base32 characters: 160 bits, as RFC 4226 advises
    with db.conn:
        cursor = db.execute("update staff set totp_pending = ? where name = ?", [secret, name])
    if not cursor.rowcount:
        raise AccountError(f"there is no account called {name}")
    return secret


def confirm_totp(db: Database, name: str, code: str, now: datetime) -> bool:
    """Whether ``code`` is right for ``name``'s pending secret at ``now`` (one step either
    side). If so the pending secret becomes the one logging in needs (the old one stops
    working), and that code's step counts as used, so the code typed here never logs in.
    If not, the pending secret is dropped and everything stays as it was."""
    row = db.execute("select totp_pending from staff where name = ?", [name]).fetchone()
    if row is None:
        raise AccountError(f"there is no account called {name}")
    pending = row[0]
    step = _matching_step(pending, code, now) if pending else None
    with db.conn:
        if step is None:
            db.execute(
                "update staff set totp_pending = null where name = ? and totp_pending = ?",
                [name, pending],
            )
            return False
        cursor = db.execute(
            "update staff set totp_secret = totp_pending, totp_step = ?, totp_pending = null "
            "where name = ? and totp_pending = ?",
            [step, name, pending],
        )
    return cursor.rowcount == 1  # not if another enrolment replaced it meanwhile


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The latest time-step around ``now`` whose code is ``code``, or None."""
    code = "".join(code.split())
    if not CODE.match(code):
        return None
    totp = pyotp.TOTP(secret)
    step = totp.timecode(now)
    offsets = range(-TOTP_WINDOW, TOTP_WINDOW + 1)
    matches = [step + n for n in offsets if strings_equal(code, totp.generate_otp(step + n))]
    return max(matches) if matches else None


def drop_totp(db: Database, name: str) -> bool:
    """Take ``name``'s second factor away; whether it had one."""
    if account(db, name) is None:
        raise AccountError(f"there is no account called {name}")
    with db.conn:
        db.execute("update staff set totp_pending = null where name = ?", [name])
        cursor = db.execute(
            "update staff set totp_secret = null, totp_step = null "
            "where name = ? and totp_secret is not null",
            [name],
        )
    return bool(cursor.rowcount)


def totp_uri(name: str, secret: str) -> str:
    """The ``otpauth://`` address an authenticator app reads (from its QR code)."""
    return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=TOTP_ISSUER)


def check_code(conn: sqlite3.Connection, name: str, secret: str, code: str, now: datetime) -> bool:
    """Whether ``code`` is ``name``'s code at ``now`` (one step either side), for a later
    time-step than any code accepted before; if so that step is remembered, so the
    same code (or an older one) never works again, even sent twice at once."""
    step = _matching_step(secret, code, now)
    if step is None:
        return False
    with conn:
        cursor = conn.execute(
            "update staff set totp_step = ? where name = ? and totp_secret = ? "
            "and (totp_step is null or totp_step < ?)",
            [step, name, secret, step],
        )
    return cursor.rowcount == 1

"""The audit log, in the staff database: who logged in (or failed to), who viewed which
check-in, who exported what, and who was refused a page, with the time.

A failed login records the name that was tried, never the password; an attempt
refused outright while the door is closed (429) is not recorded, so that a flood of
them cannot fill the disk (the failures that closed the door are). Clinicians read
the log at ``/audit``, newest first. See docs/review.md.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

LOGIN = "login"
LOGIN_FAILED = "login failed"
LOGOUT = "logout"
VIEWED = "viewed check-in"
EXPORTED = "exported"
REFUSED = "refused (not for this role)"


@dataclass(frozen=True)
class Entry:
    at: str
    staff: str
    action: str
    target: str
    detail: str
    address: str

    @property
    def check_in(self) -> str | None:
        """The check-in this entry is about, to link to."""
        return self.target if self.action == VIEWED and self.target else None


def record(
    conn: sqlite3.Connection,
    now: datetime,
    staff: str,
    action: str,
    target: str = "",
    detail: str = "",
    address: str = "",
) -> None:
    with conn:
        conn.execute(
            "insert into audit (at, staff, action, target, detail, address) "
            "values (?, ?, ?, ?, ?, ?)",
            [
                now.isoformat(timespec="seconds"),
                staff[:64],
                action,
                target[:200],
                detail[:1000],
                address[:64],
            ],
        )


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("select count(*) from audit").fetchone()[0])


def entries(conn: sqlite3.Connection, offset: int = 0, limit: int = 50) -> list[Entry]:
    """A page of the log, newest first."""
    rows = conn.execute(
        "select at, staff, action, target, detail, address from audit "
        "order by id desc limit ? offset ?",
        [limit, offset],
    ).fetchall()
    return [Entry(*(r if r is not None else "" for r in row)) for row in rows]

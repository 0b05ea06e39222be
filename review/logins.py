"""Logged-in review sessions, kept on the server in the staff database.

The (signed) cookie holds only a random token; the table ``review_sessions`` holds
its SHA-256, the account, when it began and when it was last used. So logging out
deletes the row and a copied cookie stops working at once; a session unused for
``idle`` ends, and none lasts longer than ``longest``; ``staff remove`` ends them all.
A stolen copy of the staff database holds no token that would log anyone in.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from datetime import datetime, timedelta

from review.accounts import StaffAccount, account

#: ``last_seen`` is written at most this often (a page is many requests, all reading).
TOUCH = timedelta(seconds=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def start(conn: sqlite3.Connection, name: str, now: datetime) -> str:
    """A new session for ``name``: the token for its cookie."""
    token = secrets.token_urlsafe(32)
    with conn:
        conn.execute(
            "insert into review_sessions (id, staff, created_at, last_seen) values (?, ?, ?, ?)",
            [_digest(token), name, _stamp(now), _stamp(now)],
        )
    return token


def resume(
    conn: sqlite3.Connection,
    token: object,
    now: datetime,
    idle: timedelta,
    longest: timedelta,
) -> StaffAccount | None:
    """The account behind a cookie's token, or None when its session has ended.

    A session past its idle timeout or its longest life is deleted here; a live one
    has its ``last_seen`` moved on.
    """
    if not isinstance(token, str) or not token:
        return None
    key = _digest(token)
    row = conn.execute(
        "select staff, created_at, last_seen from review_sessions where id = ?", [key]
    ).fetchone()
    if row is None:
        return None
    name, created, seen = row[0], datetime.fromisoformat(row[1]), datetime.fromisoformat(row[2])
    found = account(conn, name)
    if found is None or now - seen > idle or now - created > longest:
        end(conn, token)
        return None
    if now - seen >= TOUCH:
        with conn:
            conn.execute(
                "update review_sessions set last_seen = ? where id = ?", [_stamp(now), key]
            )
    return found


def end(conn: sqlite3.Connection, token: object) -> None:
    """End one session (logging out)."""
    if isinstance(token, str) and token:
        with conn:
            conn.execute("delete from review_sessions where id = ?", [_digest(token)])


def end_all(conn: sqlite3.Connection, name: str) -> int:
    """End every session of ``name``; how many there were."""
    with conn:
        return conn.execute("delete from review_sessions where staff = ?", [name]).rowcount


def sweep(conn: sqlite3.Connection, now: datetime, idle: timedelta, longest: timedelta) -> int:
    """Delete the sessions that have ended (idle or too old); how many went."""
    with conn:
        return conn.execute(
            "delete from review_sessions where last_seen < ? or created_at < ?",
            [_stamp(now - idle), _stamp(now - longest)],
        ).rowcount


def active(conn: sqlite3.Connection, name: str) -> int:
    """How many sessions ``name`` has open."""
    return int(
        conn.execute("select count(*) from review_sessions where staff = ?", [name]).fetchone()[0]
    )

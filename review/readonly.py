"""Read-only connections: the review can read the databases but never change them.

``mode=ro`` makes SQLite refuse every write, and ``PRAGMA query_only`` refuses
them again at the statement level. The bot may be writing at the same time (the
database is in WAL mode), so the live file is opened ``mode=ro``; a copy that
nothing writes to can be opened ``immutable=1`` (``--immutable``), which takes
no locks at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote


class MissingDatabase(FileNotFoundError):
    """The database file to review does not exist."""


def open_readonly(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A connection to ``path`` that cannot write, for one request."""
    if not path.is_file():
        raise MissingDatabase(f"no database at {path}")
    mode = "immutable=1" if immutable else "mode=ro"
    uri = f"file:{quote(str(path.resolve()))}?{mode}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)
    conn.execute("PRAGMA query_only = ON")
    return conn

"""SQLite storage through sqlite-utils: the only package that writes SQL."""

from storage.database import Checkpointer, connect
from storage.sessions import SessionStore

__all__ = ["Checkpointer", "SessionStore", "connect"]

"""Faults around the bot: a locked, read-only or full database, and a failing engine.

Whatever breaks, the patient gets a reply that says to call the emergency number
if this is an emergency, never a traceback; the operator gets one clear log line.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.service import ConversationService
from flows.engine import Engine, Inbound
from storage import SessionStore, connect

PATIENT = "f" * 64
EMERGENCY_LINE = "If this is an emergency, call your local emergency number"


def service_on(path: Path, busy_timeout_ms: int = 5000) -> ConversationService:
    return ConversationService(SessionStore(connect(path, busy_timeout_ms)), Engine())


def started(path: Path, busy_timeout_ms: int = 5000) -> ConversationService:
    service = service_on(path, busy_timeout_ms)
    service.handle(PATIENT, Inbound("/start"))
    service.handle(PATIENT, Inbound("yes"))
    return service


def hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Another writer that holds the database's write lock for a while."""
    ready = threading.Event()

    def writer() -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("begin immediate")
        ready.set()
        time.sleep(seconds)
        conn.execute("commit")
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    ready.wait()
    return thread


def state_on_disk(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select state from sessions").fetchone()[0]
    finally:
        conn.close()


def test_a_briefly_locked_database_waits_and_then_saves(tmp_path: Path) -> None:
    service = started(tmp_path / "bot.db")
    thread = hold_write_lock(tmp_path / "bot.db", 0.5)
    turn = service.handle(PATIENT, Inbound("no"))
    thread.join()
    assert turn is not None and turn.saved
    assert state_on_disk(tmp_path / "bot.db") == "leg_checklist"


def test_a_database_locked_too_long_still_gets_the_patient_a_reply(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    service = started(tmp_path / "bot.db", busy_timeout_ms=200)
    thread = hold_write_lock(tmp_path / "bot.db", 1.5)
    with caplog.at_level(logging.ERROR):
        turn = service.handle(PATIENT, Inbound("no"))
    thread.join()
    assert turn is not None and not turn.saved
    assert "Is a leg or foot weak or numb" in turn.reply.messages[0]  # the reply itself
    assert EMERGENCY_LINE in turn.reply.messages[-1]
    assert state_on_disk(tmp_path / "bot.db") == "nerve_checklist"  # nothing half-written
    assert [r.getMessage() for r in caplog.records] == [
        "could not store a step (OperationalError: database is locked); "
        "the patient still got a reply"
    ]
    assert caplog.records[0].exc_info is None


def test_a_read_only_database_still_gets_the_patient_a_reply(tmp_path: Path) -> None:
    started(tmp_path / "bot.db").store.db.close()
    read_only = sqlite3.connect(
        f"file:{tmp_path / 'bot.db'}?mode=ro", uri=True, check_same_thread=False
    )
    from sqlite_utils import Database

    service = ConversationService(SessionStore(Database(read_only)), Engine())
    turn = service.handle(PATIENT, Inbound("no"))
    assert turn is not None and not turn.saved
    assert EMERGENCY_LINE in turn.reply.messages[-1]


def test_a_full_disk_still_gets_the_patient_a_reply(tmp_path: Path) -> None:
    service = started(tmp_path / "bot.db")
    db = service.store.db
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages}")
    for n in range(40):  # each new patient needs room the file no longer has
        turn = service.handle(f"{n:064d}", Inbound("/start " + "x" * 3000))
        assert turn is not None
        if not turn.saved:
            break
    assert not turn.saved
    assert EMERGENCY_LINE in turn.reply.messages[-1]


def test_an_engine_failure_is_an_apology_with_the_emergency_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = started(tmp_path / "bot.db")

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(service.engine, "handle", broken)
    turn = service.handle(PATIENT, Inbound("no"))
    assert turn is not None
    text = " ".join(turn.reply.messages)
    assert "Sorry, something went wrong" in text
    assert EMERGENCY_LINE in text
    assert "Traceback" not in text and "boom" not in text

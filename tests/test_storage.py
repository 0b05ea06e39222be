"""Storage on a real SQLite file: resume after a restart, what is kept, erasure and purge."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from bot.service import ConversationService
from flows.engine import FLOW_VERSION, Engine, Inbound
from storage import SessionStore, connect
from storage.redact import age_band

PATIENT = "a" * 64


def service_on(path: Path) -> ConversationService:
    return ConversationService(SessionStore(connect(path)), Engine())


def send(service: ConversationService, *texts: str):  # type: ignore[no-untyped-def]
    turn = None
    for text in texts:
        turn = service.handle(PATIENT, Inbound(text))
    return turn


def test_a_session_survives_a_process_restart(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    first = service_on(db_file)
    send(first, "/start", "yes", "not sure", "no", "no", "no")
    first.store.db.close()

    second = service_on(db_file)  # a new process would do exactly this
    turn = send(second, "/start")
    assert turn.reply.fact == "both_legs"
    assert "Welcome back" in turn.reply.messages[0]
    loaded = second.store.load(PATIENT)
    assert loaded is not None
    assert loaded.session.answers == {
        "bladder_bowel": False,
        "saddle_numbness": False,
        "sexual_change": False,
    }


def test_the_database_is_a_wal_file_with_the_schema_migrated(tmp_path: Path) -> None:
    db = connect(tmp_path / "bot.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert {"sessions", "events", "_sqlite_migrations"} <= set(db.table_names())


def test_each_step_is_an_event_with_its_time_and_the_session_keeps_the_flow_version(
    tmp_path: Path,
) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes", "no")
    db = service.store.db
    row = db.execute("select flow_version, state, status from sessions").fetchone()
    assert row == (FLOW_VERSION, "leg_checklist", "active")
    events = db.execute(
        "select kind, state_before, state_after, fact, value, at from events order by id"
    ).fetchall()
    assert [e[:5] for e in events] == [
        ("command", "consent", "consent", None, None),
        ("text", "consent", "nerve_checklist", "consent", None),
        ("text", "nerve_checklist", "leg_checklist", "nerve_checklist", None),
    ]
    assert all(e[5] for e in events)


def test_a_finished_session_records_outcome_reasons_and_sources(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes", "i wet myself yesterday")
    row = service.store.db.execute(
        "select status, level, reasons, sources, finished_at from sessions"
    ).fetchone()
    assert row[:2] == ("finished", "emergency")
    assert json.loads(row[2]) == ["ces_bladder_bowel"]
    assert "003" in json.loads(row[3])
    assert row[4]


def test_restart_keeps_the_old_check_in_as_restarted_where_it_stopped(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes", "no", "/restart")
    rows = service.store.db.execute(
        "select status, ended_state, state from sessions order by started_at"
    ).fetchall()
    assert rows == [
        ("restarted", "leg_checklist", "leg_checklist"),
        ("active", None, "nerve_checklist"),
    ]


def test_age_is_stored_only_as_a_band(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(
        service,
        "/start",
        "yes",
        "none of these",
        "none of these",
        "none of these",
        "I'm 67",
    )
    db = service.store.db
    data, band = db.execute("select data, age_band from sessions").fetchone()
    assert band == "60-69"
    assert json.loads(data)["answers"]["age"] == "60-69"
    value, text = db.execute("select value, text from events where state_before = 'age'").fetchone()
    assert (value, text) == ('"60-69"', None)  # read at once: its words are not kept
    send(service, "/back", "older than my sister")  # kept (unreadable), but never the age
    kept = db.execute(
        "select text, kept from events where state_before = 'age' and kept is not null"
    )
    assert kept.fetchall() == [("[age]", "unreadable")]
    assert age_band(95) == "90+"


def test_typed_text_is_stored_redacted(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes", "no, call me on 07700 900123 or mail jo@example.com")
    texts = [r[0] for r in service.store.db.execute("select text from events").fetchall()]
    assert "no, call me on [number] or mail [email]" in texts


def test_erasing_a_patient_removes_every_row(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes", "no", "/restart", "no")
    assert service.erase(PATIENT) == 2
    db = service.store.db
    assert db.execute("select count(*) from sessions").fetchone()[0] == 0
    assert db.execute("select count(*) from events").fetchone()[0] == 0


def test_purge_removes_only_old_sessions(tmp_path: Path) -> None:
    service = service_on(tmp_path / "bot.db")
    send(service, "/start", "yes")
    db = service.store.db
    db.execute("update sessions set updated_at = '2020-01-01T00:00:00.000+00:00'")
    service.handle("b" * 64, Inbound("/start"))
    assert service.store.purge(timedelta(days=90)) == 1
    assert db.execute("select count(*) from sessions").fetchone()[0] == 1


def test_red_flags_are_recorded_the_same_way_whatever_their_route(tmp_path: Path) -> None:
    """A fever answered by button or typed counts as a red flag; so does the cancer
    pathway's emergency, by name; an abandoned check-in keeps the level it reached."""
    from flows.rules import red_flags

    assert red_flags({"fever": True}) == ["fever"]
    assert red_flags({"bladder_bowel": True}) == ["bladder_bowel"]
    assert "fever_on_chemo" in red_flags(
        {"fever": True, "cancer_history": "active", "treatment": ("taxane",)}
    )
    assert red_flags({"fever": False, "pain_score": 9}) == []
    assert red_flags({}, ("chest_pain", "earlier_urgent")) == ["chest_pain"]

    db = connect(tmp_path / "bot.db")
    service = ConversationService(SessionStore(db), Engine())
    for text in ("/start", "yes", "none of these", "none of these", "i have a fever"):
        service.handle("p", Inbound(text))
    service.store.abandon_idle(timedelta(minutes=-1))
    status, reached, flags = db.execute(
        "select status, reached, red_flags from sessions"
    ).fetchone()
    assert status == "abandoned" and reached.endswith("urgent") and "fever" in flags
    db.close()

"""Opening the one SQLite file, and its schema as sqlite-utils migrations.

WAL mode so the staff review can read while the bot writes; ``synchronous=NORMAL``
so a commit survives the bot process being killed (it may be lost only if the
whole machine loses power; see docs/reliability.md); a busy timeout so a second
writer waits instead of failing. Schema changes only ever go through
:data:`MIGRATIONS`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage import summary

BUSY_TIMEOUT_MS = 5000
CHECKPOINT_EVERY_S = 1.0

log = logging.getLogger(__name__)

MIGRATIONS = Migrations("sciatica-bot")


@MIGRATIONS()
def m001_sessions_and_events(db: Database) -> None:
    db.table("sessions").create(
        {
            "id": str,  # random, opaque
            "patient": str,  # pseudonymous key (HMAC of the chat id), never a raw id
            "flow_version": str,
            "state": str,
            "status": str,  # active, finished, restarted, abandoned
            "data": str,  # the engine's Session as JSON (age as a band)
            "started_at": str,
            "updated_at": str,
            "finished_at": str,
            "level": str,
            "reasons": str,  # JSON list of machine reasons
            "sources": str,  # JSON list of source files behind the advice
            "red_flags": str,  # JSON list of red-flag facts answered yes or raised by free text
            "ended_state": str,  # the question a restarted or abandoned check-in stopped at
            "referral": str,  # support group code from a deep link, or null
            "language": str,
            "age_band": str,
            "turns": int,
        },
        pk="id",
        not_null={"patient", "flow_version", "state", "status", "data", "started_at"},
    )
    db.table("sessions").create_index(["patient", "status"])
    db.table("sessions").create_index(["started_at"])
    db.table("events").create(
        {
            "id": int,
            "session_id": str,
            "at": str,
            "kind": str,  # answer, text, button, command, outcome
            "state_before": str,
            "state_after": str,
            "fact": str,
            "value": str,  # canonical answer as JSON
            "text": str,  # what the patient typed, redacted
        },
        pk="id",
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.table("events").create_index(["session_id"])


@MIGRATIONS()
def m002_inbox_and_outbox(db: Database) -> None:
    # Telegram updates, written before Telegram is told they arrived; sealed (encrypted)
    # while pending and emptied once handled, so no chat id or text rests here.
    db.table("inbox").create(
        {"update_id": int, "received_at": str, "handled_at": str, "payload": bytes},
        pk="update_id",
    )
    db.table("inbox").create_index(["handled_at"])
    # Replies, written in the same transaction as the step that made them; sealed until sent.
    db.table("outbox").create(
        {
            "id": int,
            "update_id": int,
            "chat": str,
            "created_at": str,
            "sent_at": str,
            "payload": bytes,
        },
        pk="id",
    )
    db.table("outbox").create_index(["sent_at"])


@MIGRATIONS()
def m003_outbox_sending(db: Database) -> None:
    # A reply being sent when the process died may or may not have reached Telegram:
    # sending_at marks it, probe_from is the message id it would have had (see runtime.py).
    db.table("outbox").add_column("sending_at", str)
    db.table("outbox").add_column("probe_from", int)


@MIGRATIONS()
def m004_outbox_message_id(db: Database) -> None:
    # The Telegram message id each reply got, so that after a restart a delivery probe
    # starts past the bot's last known message and can never edit an earlier one.
    db.table("outbox").add_column("message_id", int)
    db.table("outbox").create_index(["chat", "message_id"])


@MIGRATIONS()
def m005_followups(db: Database) -> None:
    # Follow-up check-ins the patient said yes to (SPEC 7). The chat id is needed to
    # write to them later: sealed, and erased once no follow-up of theirs is open.
    db.table("followups").create(
        {
            "id": int,
            "session_id": str,  # the check-in it follows
            "patient": str,  # pseudonymous key, as in sessions
            "contact": bytes,  # the sealed chat id, null when none is needed any more
            "level": str,  # the check-in's level: the floor of the follow-up
            "days": int,  # days after the check-in
            "time_zone": str,  # the patient's, when they gave one
            "due_at": str,
            "status": str,  # pending, sent, reminded, answered, lapsed, stopped, blocked
            "sent_at": str,
            "reminded_at": str,
            "followup_session": str,  # the follow-up's own session row
            "created_at": str,
        },
        pk="id",
    )
    db.table("followups").create_index(["status", "due_at"])
    db.table("followups").create_index(["patient"])
    db.table("sessions").add_column("followup_of", str)


@MIGRATIONS()
def m006_level_reached(db: Database) -> None:
    # The highest level a check-in's answers reached, kept when it is abandoned before
    # its advice ("<rank>:<level>", so that max() keeps the highest).
    db.table("sessions").add_column("reached", str)


@MIGRATIONS()
def m007_typed_text_kept(db: Database) -> None:
    # Typed text is stored only when staff need it; this says why ("red_flag", "crisis",
    # "unreadable", "confirm"), so the review can tell "not kept" from "kept, then removed
    # after TYPED_TEXT_DAYS". Older rows have no reason: their text goes with that sweep.
    db.table("events").add_column("kept", str)
    db.table("events").create_index(["at"])


@MIGRATIONS()
def m008_bot_words(db: Database) -> None:
    # A complete transcript (issue 14): the bot's own messages as the patient saw them
    # (the wording of the flow version that ran, re-asks and the advice included), the
    # buttons it offered as [label, data] pairs, and the label of the one tapped. A
    # restarted check-in's continuation names the check-in it continues.
    events = db.table("events")
    events.add_column("said", str)
    events.add_column("offered", str)
    events.add_column("tapped", str)
    db.table("sessions").add_column("restarted_from", str)
    db.table("sessions").create_index(["restarted_from"])


@MIGRATIONS()
def m009_session_summary(db: Database) -> None:
    # The staff review counts, filters, sorts and charts 100,000 sessions within 150 ms
    # (issue 14): a narrow summary of each session kept by triggers (storage/summary.py),
    # and the few events whose typed text was kept to confirm or as unreadable, which
    # the service evaluation counts (a partial index: most events have no such reason).
    summary.install(db)
    db.execute(
        "create index events_kept on events (kept, session_id, state_before) where kept is not null"
    )


@MIGRATIONS()
def m010_summary_reached_and_queue(db: Database) -> None:
    # Issue 14: an abandoned check-in keeps the level it reached in the list's level
    # filter, the charts and the safety queue (``reached``, ``outcome``), and the safety
    # queue reads the summary, paged, instead of parsing every row (``doubted``: the
    # answers whose reading was in doubt, kept by triggers on events too). The summary
    # is made afresh with its new columns and indexes (storage/summary.py).
    summary.rebuild(db)


@MIGRATIONS()
def m011_cancer_pathway_red_flags(db: Database) -> None:
    # Issue 14: the cancer pathway's urgent and emergency rules are red flags by name
    # ("cancer, and new back or leg pain" had no warning sign of its own to record, so
    # staff saw "Red flags: none"). Check-ins stored before gain the flag their answers
    # raise; nothing else of what they recorded changes.
    import json

    from flows.rules import CANCER_PATHWAY
    from storage.sessions import recorded_red_flags

    found = db.execute(
        "select id, data, red_flags from sessions where json_valid(data) "
        "and json_extract(data, '$.answers.cancer_history') is not null"
    ).fetchall()
    for session_id, data, stored in found:
        try:
            had = json.loads(stored) if stored else []
            now_raised = recorded_red_flags(json.loads(data))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue  # a row the review shows as unreadable stays as it is
        if not isinstance(had, list):
            continue
        more = [f for f in now_raised if f in CANCER_PATHWAY and f not in had]
        if more:
            db.execute(
                "update sessions set red_flags = ? where id = ?",
                [json.dumps(had + more, separators=(",", ":")), session_id],
            )


@MIGRATIONS()
def m012_summary_filtered_indexes(db: Database) -> None:
    # Issue 14: a filtered list or chart read each matching row from the summary table
    # through an index of the grouping alone (up to 0.8 s at 100,000 sessions): the
    # indexes now end with the columns the filters read, so the filtered counts read
    # the indexes alone. The index "newest" goes, being the queue index's prefix.
    summary.create_indexes(db)


def connect(
    path: str | Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS, *, autocheckpoint: bool = True
) -> Database:
    """Open (and migrate) the database at ``path``; ``":memory:"`` for a throwaway one.

    ``autocheckpoint=False`` is for a writer with a :class:`Checkpointer` beside it:
    otherwise every thousandth page written makes one commit copy the whole WAL into
    the database file, and that patient waits for it (docs/performance.md).
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=busy_timeout_ms / 1000)
    db = Database(conn)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    if str(path) != ":memory:":
        db.enable_wal()
    conn.execute("PRAGMA synchronous = NORMAL")
    if not autocheckpoint:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA foreign_keys = ON")
    # Erased and purged rows are overwritten, not left in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    MIGRATIONS.apply(db)
    return db


class Checkpointer:
    """Copies the WAL into the database file every second, on its own thread.

    A passive checkpoint never blocks the writer, and a commit never waits for one:
    checkpoints are the only part of a durable write that grows with the file, so
    taking them off the reply path is what keeps the cost per message flat. The WAL
    restarts from its beginning after each complete checkpoint, so it stays small.
    """

    def __init__(self, path: str | Path, every_s: float = CHECKPOINT_EVERY_S) -> None:
        self.path = str(path)
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop, with a last checkpoint that empties the WAL."""
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> Checkpointer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            while not self._stop.wait(self.every_s):
                self._checkpoint(conn, "PASSIVE")
            self._checkpoint(conn, "TRUNCATE")
        finally:
            conn.close()

    @staticmethod
    def _checkpoint(conn: sqlite3.Connection, mode: str) -> None:
        try:
            conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
        except sqlite3.Error as error:  # a full disk, say: the next one tries again
            log.warning("a WAL checkpoint failed (%s); trying again shortly", error)

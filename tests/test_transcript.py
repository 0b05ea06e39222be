"""Complete transcripts (issue 14, point 3): the bot's own words as the patient saw them,
the label of each tapped button, and the link between a restarted check-in and its
continuation; stored by the bot on a real SQLite file and read back by the review."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from playwright.sync_api import Page

from bot.service import ConversationService, Turn
from flows.engine import Engine, Inbound
from review import roles
from review.queries import transcript
from storage import SessionStore, connect
from tests.reviewkit import chromium, log_in, running_review
from tests.test_review_roles import PASSWORD, add_staff

PATIENT = "b" * 64


def service_on(path: Path) -> ConversationService:
    return ConversationService(SessionStore(connect(path)), Engine())


def tap(service: ConversationService, turn: Turn, label_starts: str) -> Turn:
    """Tap the first offered button whose label starts with ``label_starts``."""
    option = next(o for o in turn.reply.options if o.label.startswith(label_starts))
    return service.handle(PATIENT, Inbound(button=option.data))


def finish_with_buttons(service: ConversationService) -> list[Turn]:
    """A whole check-in answered with buttons only, the healthy answer each time."""
    turns = [service.handle(PATIENT, Inbound("/start"))]
    turns.append(tap(service, turns[-1], "Yes"))
    for _ in range(40):
        reply = turns[-1].reply
        if reply.finished:
            return turns
        labels = [o.label for o in reply.options]
        healthy = next(
            (
                label
                for label in labels
                if label.lower().startswith(("none", "no", "under", "better", "less than"))
            ),
            None,
        )
        if healthy is None:
            turns.append(service.handle(PATIENT, Inbound("no")))
        else:
            turns.append(tap(service, turns[-1], healthy))
    raise AssertionError("the check-in did not finish")


def events(db_file: Path) -> list[sqlite3.Row]:
    with closing(sqlite3.connect(db_file)) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("select * from events order by id").fetchall()


def started_then_restarted(tmp_path: Path) -> Path:
    """A check-in begun with a tap, then /restart: the bot's database file."""
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    turn = service.handle(PATIENT, Inbound("/start"))
    tap(service, turn, "Yes")
    service.handle(PATIENT, Inbound("/restart"))
    service.store.db.close()
    return db_file


# What the bot stores.


def test_every_reply_is_stored_as_the_patient_saw_it(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    turns = finish_with_buttons(service_on(db_file))
    rows = events(db_file)
    assert len(rows) == len(turns)
    for turn, row in zip(turns, rows, strict=True):
        assert json.loads(row["said"]) == list(turn.reply.messages)
        offered = json.loads(row["offered"]) if row["offered"] else []
        assert offered == [[o.label, o.data] for o in turn.reply.options]
    final = json.loads(rows[-1]["said"])
    assert final == list(turns[-1].reply.messages) and turns[-1].reply.finished


def test_a_tapped_button_is_stored_with_its_label(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    first = service.handle(PATIENT, Inbound("/start"))
    tap(service, first, "Yes")
    rows = events(db_file)
    assert rows[0]["tapped"] is None  # typed
    assert rows[1]["kind"] == "button" and rows[1]["tapped"] == "Yes, let's start"


def test_a_button_from_a_message_the_bot_never_sent_records_no_label(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    service.handle(PATIENT, Inbound("/start"))
    turn = service.handle(PATIENT, Inbound(button="9:made_up"))
    assert turn.reply.messages  # a kind reply, never silence
    assert events(db_file)[-1]["tapped"] is None


def test_the_exact_age_is_never_stored_in_the_bots_words(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    turn = service.handle(PATIENT, Inbound("/start"))
    turn = tap(service, turn, "Yes")
    for _ in range(40):
        if turn.reply.fact == "age":
            break
        turn = service.handle(PATIENT, Inbound("none of these" if turn.reply.options else "no"))
    assert turn.reply.fact == "age"
    for answer in ("I'm 67", "about 67 I think", "67"):
        service.handle(PATIENT, Inbound(answer))
    said = " ".join(r["said"] or "" for r in events(db_file))
    assert "67" not in said


def test_a_restarted_check_in_and_its_continuation_are_linked(tmp_path: Path) -> None:
    db_file = started_then_restarted(tmp_path)
    with closing(sqlite3.connect(db_file)) as conn:
        rows = conn.execute(
            "select id, status, restarted_from from sessions order by started_at, rowid"
        ).fetchall()
    (old, status, before), (new, _, continues) = rows
    assert (status, before, continues) == ("restarted", None, old)
    assert new != old


# What the review reads back.


def test_the_review_reads_the_bots_words_taps_and_links(tmp_path: Path) -> None:
    db_file = started_then_restarted(tmp_path)
    with closing(sqlite3.connect(db_file)) as conn:
        conn.row_factory = sqlite3.Row
        old, new = [r[0] for r in conn.execute("select id from sessions order by rowid")]
        first = transcript(conn, old)
        second = transcript(conn, new)
    assert first is not None and second is not None
    assert first.events[0].said and "Is it OK to start?" in first.events[0].said[0]
    assert first.events[0].offered == ("Yes, let's start", "Not now")
    assert first.events[1].tapped == "Yes, let's start"
    assert (first.restarted_as, first.restarted_from) == (new, None)
    assert (second.restarted_from, second.restarted_as) == (old, None)


def test_a_copy_made_before_the_bots_words_were_kept_still_reads(tmp_path: Path) -> None:
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    service.handle(PATIENT, Inbound("/start"))
    service.store.db.close()
    with closing(sqlite3.connect(db_file)) as conn:
        for column in ("said", "offered", "tapped"):
            conn.execute(f"alter table events drop column {column}")
        conn.execute("drop index if exists idx_sessions_restarted_from")
        conn.execute("alter table sessions drop column restarted_from")
        conn.commit()
        conn.row_factory = sqlite3.Row
        (session_id,) = conn.execute("select id from sessions").fetchone()
        read = transcript(conn, session_id)
    assert read is not None and not read.unreadable
    assert read.events[0].said is None and read.restarted_as is None


@pytest.mark.parametrize("said", ["not json", '{"a": 1}', "[1, 2]"])
def test_malformed_bot_words_mark_the_step_unreadable_and_break_nothing(
    tmp_path: Path, said: str
) -> None:
    db_file = tmp_path / "bot.db"
    service = service_on(db_file)
    service.handle(PATIENT, Inbound("/start"))
    service.store.db.execute("update events set said = ?", [said])
    service.store.db.conn.commit()
    with closing(sqlite3.connect(db_file)) as conn:
        conn.row_factory = sqlite3.Row
        (session_id,) = conn.execute("select id from sessions").fetchone()
        read = transcript(conn, session_id)
    assert read is not None and "events" in read.unreadable
    assert read.events[0].unreadable and read.events[0].kind == "command"


# In a browser.


@pytest.fixture(scope="module")
def check_in(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    db_file = tmp_path_factory.mktemp("transcript") / "bot.db"
    service = service_on(db_file)
    turns = finish_with_buttons(service)
    service.store.db.close()
    add_staff(db_file, ("nurse", roles.CLINICIAN, ()))
    with closing(sqlite3.connect(db_file)) as conn:
        (session_id,) = conn.execute("select id from sessions").fetchone()
    return db_file, session_id, turns[-1].reply.messages[0]


@pytest.fixture(scope="module")
def page(check_in: tuple[Path, str, str]) -> Iterator[Page]:
    with running_review(check_in[0]) as base, chromium() as browser:
        context = browser.new_context(base_url=base)
        yield context.new_page()
        context.close()


@pytest.mark.slow
def test_in_a_browser_the_transcript_shows_taps_and_the_advice_as_sent(
    page: Page, check_in: tuple[Path, str, str]
) -> None:
    _, session_id, advice = check_in
    log_in(page, "nurse", PASSWORD)
    page.goto(f"/sessions/{session_id}")
    page.wait_for_selector("ol.transcript")
    text = page.text_content("ol.transcript") or ""
    assert "tapped «Yes, let's start»" in text
    assert advice.splitlines()[0] in text  # the final advice, in the words sent
    assert page.locator("#wording-note").count() == 0  # every step has the bot's words

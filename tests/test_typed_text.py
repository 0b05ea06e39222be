"""Typed text kept only where staff need it, and for TYPED_TEXT_DAYS (issue 14, privacy).

On real SQLite files: which messages keep their (redacted) words and why, the sweep that
removes kept words after TYPED_TEXT_DAYS while the rest of each event stays, by the
hourly housekeeping and by ``sciatica-bot purge``, and the transcript of a real
``sciatica-bot review`` process saying plainly where the words were not kept.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from bot.cli import cli
from bot.service import ConversationService
from bot.settings import Settings
from flows import keeping
from flows.engine import Engine, Inbound
from review import roles
from storage import SessionStore, connect
from tests.reviewkit import running_review
from tests.test_review_roles import add_staff, login

PATIENT = "b" * 64

#: A check-in with one message of each kind, and whether (and why) its words are kept.
CONVERSATION = (
    ("/start", None),  # a command
    ("yes", None),  # consent, read at once
    ("purple monkey dishwasher", keeping.UNREADABLE),
    ("no, call me on 07700 900123", keeping.RED_FLAG),  # the bladder checklist, answered
    ("i want to die", keeping.CRISIS),
    ("none of these", keeping.RED_FLAG),  # the leg checklist, answered "no"
    ("hello there", None),  # a greeting at a question: nothing read, nothing raised
)


def _service(path: Path) -> ConversationService:
    return ConversationService(SessionStore(connect(path)), Engine())


def _talk(service: ConversationService, texts: tuple[str, ...]) -> None:
    for text in texts:
        service.handle(PATIENT, Inbound(text))


def _events(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "select kind, state_before, fact, value, text, kept from events order by id"
        ).fetchall()


def _age(path: Path, days: int, rows: str = "1 = 1") -> None:
    """Move events (and their sessions) ``days`` into the past, as time would."""
    then = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(f"update events set at = ? where {rows}", [then])


def test_only_the_words_staff_need_are_stored_and_each_says_why(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    service = _service(path)
    _talk(service, tuple(text for text, _ in CONVERSATION))
    stored = _events(path)
    assert len(stored) == len(CONVERSATION)
    for (typed, reason), (_kind, _state, _fact, _value, text, kept) in zip(
        CONVERSATION, stored, strict=True
    ):
        assert kept == reason, typed
        if reason is None:
            assert text is None, typed  # never written, so nothing to sweep or leak
        else:
            assert text is not None and "07700" not in text, typed  # still redacted
    assert stored[3][4] == "no, call me on [number]"
    # what the unkept messages meant is still there: consent's step, the answers
    assert stored[1][2] == "consent" and stored[5][2] == "leg_checklist"
    loaded = service.store.load(PATIENT)
    assert loaded is not None and loaded.session.answers["leg_weakness"] == "none"


def test_a_reading_shown_back_to_confirm_and_a_tapped_button(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    service = _service(path)
    _talk(service, ("/start", "yes", "none of these", "none of these", "I'm 67", "blah blah"))
    turn = service.handle(PATIENT, Inbound("i think maybe"))  # at fever: shown back
    assert turn is not None and turn.reply.confirm == ("fever", "unsure")
    assert _events(path)[-1][1:2] + _events(path)[-1][4:] == (
        "fever",
        "i think maybe",
        keeping.CONFIRM,
    )
    service.handle(PATIENT, Inbound("yes"))  # confirms "not sure" of a red flag
    assert _events(path)[-1][4:] == ("yes", keeping.RED_FLAG)
    step = service.store.load(PATIENT)
    assert step is not None
    service.handle(PATIENT, Inbound(None, button=f"{step.session.step}:no"))
    assert _events(path)[-1][0] == "button" and _events(path)[-1][4:] == (None, None)


def test_kept_words_go_after_typed_text_days_and_the_rest_of_the_event_stays(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bot.db"
    service = _service(path)
    _talk(service, tuple(text for text, _ in CONVERSATION))
    before = _events(path)
    _age(path, 31, "kept = 'crisis'")  # one kept message is older than 30 days
    service.housekeeping(
        timedelta(days=90), timedelta(days=1), timedelta(days=2), timedelta(days=30)
    )
    after = _events(path)
    assert [r[:4] + r[5:] for r in after] == [r[:4] + r[5:] for r in before]  # all else kept
    assert [r[4] for r in after] == [None if r[5] == "crisis" else r[4] for r in before]
    assert after[4][5] == keeping.CRISIS and after[4][4] is None
    assert service.store.forget_typed_text(timedelta(days=30)) == 0  # nothing left to do
    _age(path, 29)  # younger than the window: kept
    assert service.store.forget_typed_text(timedelta(days=30)) == 0
    _age(path, 31, "id = (select max(id) from events where text is not null)")  # past it
    assert service.store.forget_typed_text(timedelta(days=30)) == 1
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("select count(*) from sessions").fetchone() == (1,)


def test_purge_removes_old_typed_text_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bot.db"
    _talk(_service(path), tuple(text for text, _ in CONVERSATION))
    _age(path, 11, "kept = 'red_flag'")
    monkeypatch.setenv("TYPED_TEXT_DAYS", "10")
    result = CliRunner().invoke(cli, ["purge", "--database", str(path)])
    assert result.exit_code == 0, result.output
    assert "Purged 0 sessions older than 90 days." in result.output
    assert "Removed the typed text of 2 messages older than 10 days." in result.output
    kept = [(r[4], r[5]) for r in _events(path) if r[5] is not None]
    assert kept == [
        ("purple monkey dishwasher", "unreadable"),
        (None, "red_flag"),
        ("i want to die", "crisis"),
        (None, "red_flag"),
    ]


def test_typed_text_days_is_shorter_than_retention(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TYPED_TEXT_DAYS", "RETENTION_DAYS"):
        monkeypatch.delenv(name, raising=False)
    assert (Settings().typed_text_days, Settings().retention_days) == (30, 90)
    monkeypatch.setenv("TYPED_TEXT_DAYS", "120")
    with pytest.raises(ValidationError, match="TYPED_TEXT_DAYS must be 1 to RETENTION_DAYS"):
        Settings()
    monkeypatch.setenv("TYPED_TEXT_DAYS", "0")
    with pytest.raises(ValidationError):
        Settings()


def test_the_review_says_where_words_were_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    service = _service(path)
    _talk(service, tuple(text for text, _ in CONVERSATION))
    _age(path, 40, "kept = 'crisis'")
    service.store.forget_typed_text(timedelta(days=30))
    with closing(sqlite3.connect(path)) as conn, conn:
        # a row written before kept existed, and one whose reason is no known word
        session_id = conn.execute("select id from sessions").fetchone()[0]
        conn.execute(
            "insert into events (session_id, at, kind, state_before, state_after, text, kept) "
            "values (?, ?, 'text', 'fever', 'fever', 'from before', null), "
            "(?, ?, 'text', 'fever', 'fever', null, 'odd-reason')",
            [session_id, datetime.now(UTC).isoformat(), session_id, datetime.now(UTC).isoformat()],
        )
    service.store.db.close()
    add_staff(path, ("nurse", roles.CLINICIAN, ()))
    with running_review(path) as base, httpx.Client(base_url=base) as client:
        assert login(client, "nurse").status_code == 303
        page = client.get(f"/sessions/{session_id}")
    assert page.status_code == 200
    said = re.findall(r'<span class="said[^"]*">([^<]*)</span>', page.text)
    assert said == [
        "typed text not kept",  # /start
        "typed text not kept",  # yes
        "purple monkey dishwasher",
        "no, call me on [number]",
        "typed text removed after its time",  # the crisis message, past 30 days
        "none of these",
        "typed text not kept",  # hello there
        "from before",
        "typed text removed after its time",
    ]
    assert "(it had been kept: crisis or self-harm)" in page.text
    assert "(kept: could not be read)" in page.text and "(kept: a red flag)" in page.text
    assert "odd-reason" in page.text  # an unknown reason is shown as it is, not an error

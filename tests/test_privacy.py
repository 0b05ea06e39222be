"""Privacy by design: typed text is redacted, and no table holds a raw identifier.

The corpus is what patients plausibly type into a sciatica check-in with an
identifier in it. Each entry lists what must vanish (the identifiers) and what
must stay (the clinical words), so redaction is neither too weak nor too eager.
See docs/privacy.md.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.pseudonym import patient_key
from bot.sealing import Sealer
from bot.service import ConversationService, ReplyTo
from flows.engine import Engine, Inbound, Reply
from storage import SessionStore, connect
from storage.delivery import Inbox, Outbox
from storage.redact import redact, redact_without_screen

# (message, identifiers that must not survive, words that must survive)
CORPUS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # Phone numbers, many countries and spellings.
    ("no, call me on 07700 900123", ("07700", "900123"), ("call me on",)),
    ("my mobile is +44 7700 900123 if you need it", ("7700", "900123"), ("mobile",)),
    ("ring (020) 7946 0958 after 5pm", ("7946", "0958"), ("after 5pm",)),
    ("you can text 555-123-4567", ("555-123-4567", "4567"), ("text",)),
    ("US number +1 (555) 123-4567", ("123-4567", "555"), ("US number",)),
    ("landline 0161 496 0000, leg pain worse", ("0161", "496 0000"), ("leg pain worse",)),
    ("+49 30 12345678 is my number in Berlin", ("12345678",), ("Berlin",)),
    ("bel me op 06-12345678 alsjeblieft", ("12345678",), ("bel me op",)),
    ("mon portable: 06 12 34 56 78", ("12 34 56 78",), ("portable",)),
    ("tel: 020-7946-0958", ("7946",), ("tel",)),
    ("whatsapp me 07912345678 please", ("07912345678",), ("whatsapp",)),
    ("phone 0800.123.4567 for my carer", ("0800.123.4567", "4567"), ("carer",)),
    # E-mail addresses.
    ("email me at jane.doe@example.com", ("jane.doe", "example.com"), ("email me",)),
    ("j_smith+nhs@mail.co.uk is my email", ("j_smith", "mail.co.uk"), ("my email",)),
    ("BOB.JONES@EXAMPLE.ORG", ("BOB.JONES", "EXAMPLE.ORG"), ()),
    ("my daughter is sarah-k@outlook.fr and helps me", ("sarah-k", "outlook"), ("daughter",)),
    # Links.
    ("my page https://facebook.com/jane.doe123", ("facebook.com", "jane.doe123"), ("my page",)),
    ("see www.example.org/about-me for my story", ("example.org", "about-me"), ("my story",)),
    ("blog at janedoe.net/pain-diary", ("janedoe", "pain-diary"), ("blog",)),
    ("find me on t.me/jane_doe_64", ("jane_doe_64",), ("find me",)),
    ("http://192.168.1.20/records/55", ("192.168", "records/55"), ()),
    # Handles.
    ("I'm @jane_doe on telegram", ("jane_doe",), ("telegram",)),
    ("my insta is @sunny.days.64", ("sunny", "days.64"), ("insta",)),
    ("ask @DrPatelClinic about me", ("DrPatelClinic",), ("about me",)),
    # Dates.
    ("born 12/03/1961, pain since monday", ("12/03/1961", "1961"), ("pain since monday",)),
    ("DOB 1961-03-12", ("1961-03-12",), ()),
    ("my birthday is 3rd March 1961", ("3rd March", "1961"), ("birthday",)),
    ("born on March 3, 1961 in Leeds", ("March 3", "1961"), ()),
    ("surgery on the 14th of February", ("14th of February", "February"), ("surgery",)),
    ("scan booked 12.03.26", ("12.03.26",), ("scan booked",)),
    ("I was born in 1958 and the pain is bad", ("1958",), ("the pain is bad",)),
    ("chemo finished 5 Jan 2025", ("5 Jan", "2025"), ("chemo finished",)),
    ("op date 2024-11-30, still numb", ("2024-11-30",), ("still numb",)),
    # Long digit runs: record numbers, chat ids, NHS numbers.
    ("NHS number 943 476 5919", ("943 476 5919", "5919"), ("NHS number",)),
    ("hospital no 12345678", ("12345678",), ("hospital no",)),
    ("my chat id is 5551234567", ("5551234567",), ("chat id",)),
    ("patient ref A1234567 at the clinic", ("1234567",), ("at the clinic",)),
    ("MRN: 00451987", ("00451987",), ("MRN",)),
    ("card 4111 1111 1111 1111", ("4111", "1111 1111"), ("card",)),
    # Names.
    ("my name is Margaret Thornton", ("Margaret", "Thornton"), ("my name is",)),
    ("My name's Dave and my back hurts", ("Dave",), ("my back hurts",)),
    ("my name is margaret thornton, leg is weak", ("margaret", "thornton"), ("leg is weak",)),
    ("I am called Priya", ("Priya",), ()),
    ("call me Jo, it's easier", ("Jo,",), ("easier",)),
    ("thanks, Agnieszka Kowalska", ("Agnieszka", "Kowalska"), ()),
    ("Regards, Tom O'Neill", ("Tom", "O'Neill"), ()),
    ("name: Fatima Rahman", ("Fatima", "Rahman"), ()),
    ("cheers Gareth", ("Gareth",), ()),
    ("this is Helen here, my foot drags", ("Helen",), ("my foot drags",)),
    ("it's Mohammed here, can't feel my heel", ("Mohammed",), ("can't feel my heel",)),
    ("signed Eleanor Rigby", ("Eleanor", "Rigby"), ()),
    # Several at once.
    (
        "my name is Ann Lee, 07700 900456, ann.lee@example.com, born 01/02/1950",
        ("Ann", "Lee", "900456", "ann.lee", "1950"),
        ("my name is",),
    ),
    (
        "I'm @annlee50 and my NHS no is 485 777 3456 — bladder leaks since 2 May",
        ("annlee50", "3456", "2 May"),
        ("bladder leaks",),
    ),
    # Postcodes.
    ("I live at LS1 4AP near the hospital", ("LS1 4AP",), ("near the hospital",)),
    ("postcode SW1A 1AA", ("SW1A", "1AA"), ("postcode",)),
]

# Symptoms and answers that must pass through unchanged.
UNCHANGED = [
    "no",
    "yes, both legs",
    "the pain is 7 out of 10",
    "about 3 weeks",
    "since 2019 on and off",
    "pain below the knee, worse at night",
    "I'm 64",
    "my L5 S1 disc was done in the past",
    "tamoxifen and radiotherapy",
    "I can't stand on my heels",
    "not sure",
    "it hurts when I cough or sneeze",
    # issue 14: what the wider name, date and address rules must still leave alone
    "Dr said it's probably a disc, come back if Bladder changes",
    "Macmillan Nurse rang me on Monday",
    "I think its Piriformis Syndrome honestly",
    "we've been married 30 years, nothing has changed",
    "5 maybe? more annoying than agony",
    "had my birthday in the spring and the pain started after",
    "I'm knackered, it's had me up all night",
    "4ish, it's manageable",
    "I was born with a bad hip, no other problems",
    "Started Letrozole in June, the Oncology Nurse said joint pain is common",
    "My Left Leg Is Numb And My Right Foot Tingles",
]


@pytest.mark.parametrize(("message", "gone", "kept"), CORPUS)
def test_redaction_removes_identifiers_and_keeps_symptoms(
    message: str, gone: tuple[str, ...], kept: tuple[str, ...]
) -> None:
    redacted = redact(message)
    for identifier in gone:
        assert identifier.lower() not in redacted.lower(), (message, redacted)
    for words in kept:
        assert words in redacted, (message, redacted)
    assert "[" in redacted


_PIECES = [
    "my name is",
    "call me",
    "regards",
    "thanks",
    "this is",
    "here",
    "born in",
    "dob",
    "Jo",
    "Tom O'Neill",
    "jo@example.org",
    "www.x.com",
    "http://localhost",
    "@jo_smith",
    "07700 900123",
    "12/03/1961",
    "3 March",
    "LS1 4AP",
    "123456",
    "yes",
    "no",
    "both legs",
    "٣",
    "pain",
    ",",
    ".",
    ":",
    " ",
    "\n",
    "I'm called",
    "it's",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join))
@settings(max_examples=400, deadline=None)
def test_the_quick_screen_never_skips_text_a_pattern_would_change(text: str) -> None:
    assert redact(text) == redact_without_screen(text)


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 50


@pytest.mark.parametrize("message", UNCHANGED)
def test_redaction_leaves_clinical_text_alone(message: str) -> None:
    assert redact(message) == message


# A Telegram-like patient: a chat id, a username, a first name and a phone number.
CHAT_ID = 5551234567
USERNAME = "margaret_t_1958"
FIRST_NAME = "Margaret"
SURNAME = "Thornton"
PHONE = "07700 900123"
SECRET = "test-pepper-not-for-production"


def _all_values(db_path: Path) -> list[tuple[str, str, str]]:
    """Every (table, column, value-as-text) in the database, BLOBs included."""
    conn = sqlite3.connect(db_path)
    try:
        found = []
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            columns = [r[1] for r in conn.execute(f"pragma table_info('{table}')")]
            for row in conn.execute(f"select * from '{table}'"):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes):
                        value = value.decode("latin-1")
                    found.append((table, column, "" if value is None else str(value)))
        return found
    finally:
        conn.close()


# What the patient says to each question; the first two carry identifiers.
SAYS = {
    "bladder_bowel": f"hi, my name is {FIRST_NAME} {SURNAME}, call me on {PHONE}. no",
    "saddle_numbness": f"no. I'm @{USERNAME} on telegram, chat {CHAT_ID}",
    "leg_weakness": "none",
    "age": "I'm 67",
    "duration": "3 weeks",
    "pain_score": "6",
    "had_physio": "none",
    "cancer_history": "none",
    "pain_below_knee": "yes",
}


def _telegram_like_conversation(db_path: Path) -> None:
    """A patient as the Telegram runtime serves them: sealed inbox, service step, outbox."""
    db = connect(db_path)
    service = ConversationService(SessionStore(db), Engine())
    sealer = Sealer(SECRET)
    tag = patient_key(SECRET, "telegram", CHAT_ID)
    inbox, outbox = Inbox(db), Outbox(db)
    text, update_id, finished = "/start", 1000, False
    while not finished and update_id < 1060:
        update: dict[str, Any] = {
            "update_id": update_id,
            "message": {
                "chat": {"id": CHAT_ID, "type": "private", "username": USERNAME},
                "from": {"id": CHAT_ID, "first_name": FIRST_NAME, "username": USERNAME},
                "text": text,
            },
        }
        inbox.store_new([(update_id, sealer.seal(update))])

        def sealed(reply: Reply) -> list[bytes]:
            return [sealer.seal({"chat_id": CHAT_ID, "text": m}) for m in reply.messages]

        turn = service.handle(
            tag, Inbound(text), update_id=update_id, reply_to=ReplyTo(tag, sealed)
        )
        assert turn is not None
        for pending in outbox.pending(tag):  # (id, chat, payload, ...)
            assert sealer.open(pending[2])["chat_id"] == CHAT_ID
            outbox.mark_sent(pending[0])
        finished = turn.reply.finished
        fact = turn.reply.fact
        text = "yes" if fact is None else SAYS.get(fact, "no")
        update_id += 1
    db.close()
    assert finished


def test_no_table_holds_a_raw_identifier_after_a_telegram_conversation(tmp_path: Path) -> None:
    db_path = tmp_path / "bot.db"
    _telegram_like_conversation(db_path)
    values = _all_values(db_path)
    texts = " ".join(v for table, column, v in values if (table, column) == ("events", "text"))
    assert "[name]" in texts and "[number]" in texts and "[handle]" in texts  # stored, redacted
    secrets = (str(CHAT_ID), USERNAME, FIRST_NAME, SURNAME, PHONE, "900123", SECRET)
    for table, column, value in values:
        for secret in secrets:
            assert secret.lower() not in value.lower(), f"{secret!r} in {table}.{column}"
    conn = sqlite3.connect(db_path)
    patients = {r[0] for r in conn.execute("select patient from sessions")}
    chats = {r[0] for r in conn.execute("select chat from outbox")}
    pending = conn.execute(
        "select count(*) from inbox where payload is not null or handled_at is null"
    ).fetchone()[0]
    unsent = conn.execute("select count(*) from outbox where payload is not null").fetchone()[0]
    ages = {
        json.loads(r[0])["answers"].get("age") for r in conn.execute("select data from sessions")
    }
    conn.close()
    assert patients == chats == {patient_key(SECRET, "telegram", CHAT_ID)}
    assert (pending, unsent) == (0, 0)  # emptied once handled and sent
    assert ages == {"60-69"}


def test_a_pending_update_is_sealed_not_readable(tmp_path: Path) -> None:
    db = connect(tmp_path / "bot.db")
    sealer = Sealer(SECRET)
    update = {"update_id": 1, "message": {"chat": {"id": CHAT_ID}, "text": f"call {PHONE}"}}
    Inbox(db).store_new([(1, sealer.seal(update))])
    db.close()
    values = _all_values(tmp_path / "bot.db")
    assert not any(str(CHAT_ID) in v or PHONE in v for _, _, v in values)

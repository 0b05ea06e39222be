"""The workload every section shares: real clinical cases, answered as a patient would.

Patients answer with :func:`bot.simulate.answer_for` over the cases in
``tests/cases/*.jsonl``, exactly as ``sciatica-bot simulate`` does: ``/start``,
``yes`` to consent, any ``say_first`` messages, then one answer per question
until the outcome. :class:`Player` does it live (the next message depends on the
bot's reply); :func:`scripts` plays each case once through the real service and
returns the messages with how many Telegram messages each reply renders to, for
the end-to-end section where the patient only sees Telegram messages.

:func:`templates` plays every case through the real service on a throwaway
SQLite file and returns the rows it wrote: realistic ``sessions`` and ``events``
rows for the synthetic stored sessions of :mod:`bench.synth`.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.service import ConversationService
from bot.simulate import MAX_BOT_TURNS, answer_for
from bot.telegram.bridge import render
from bot.telegram.flood import Priority
from flows.engine import Engine, Inbound, Option, Reply
from storage import SessionStore, connect

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = ROOT / "tests" / "cases"


def load_cases() -> list[dict[str, Any]]:
    """Every clinical case, in file order, without the expected outcome."""
    cases = []
    for name in ("public.jsonl", "own.jsonl"):
        for line in (CASES_DIR / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                cases.append({k: v for k, v in case.items() if k not in ("expect", "why")})
    return cases


@dataclass
class Player:
    """One patient answering one case, message by message (as ``simulate`` does)."""

    key: str
    case: dict[str, Any]
    reply: Reply | None = None
    turns: int = 0
    said_first: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.said_first = [str(m) for m in self.case.get("say_first") or []]

    @property
    def done(self) -> bool:
        return self.turns >= MAX_BOT_TURNS or (self.reply is not None and self.reply.finished)

    def next_text(self) -> str:
        reply = self.reply
        if reply is None:
            return "/start"
        if reply.state == "consent":
            return "yes"
        if self.said_first:
            return self.said_first.pop(0)
        return answer_for(self.case, reply.fact)

    def heard(self, reply: Reply) -> None:
        self.reply = reply
        self.turns += 1


def players(count: int, cases: list[dict[str, Any]], prefix: str) -> list[Player]:
    """``count`` new patients, cases taken in turn; keys look like real HMAC keys."""
    return [Player(patient_key_for(prefix, i), cases[i % len(cases)]) for i in range(count)]


def patient_key_for(prefix: str, index: int) -> str:
    """A 64-hex-digit key, like :func:`bot.pseudonym.patient_key` makes, unique per prefix."""
    import hashlib

    return hashlib.sha256(f"{prefix}:{index}".encode()).hexdigest()


@dataclass(frozen=True)
class Script:
    """A whole check-in as Telegram sees it: each message and the replies it gets."""

    case_id: str
    texts: tuple[str, ...]
    #: Telegram messages the bot sends back for each text (render() of the reply).
    replies: tuple[int, ...]
    #: The question the session stands at before each text (None before /start).
    facts: tuple[str | None, ...]
    #: With ``scripts(..., taps=True)``: the label of the button tapped instead of typing
    #: each text (None: typed). Empty: every text is typed.
    taps: tuple[str | None, ...] = ()
    #: Whether the reply to each text is an emergency or crisis reply (sent first).
    urgent: tuple[bool, ...] = ()
    #: Whether the reply to each text ends with buttons of its own (then the answered
    #: ones stay; a reply without takes them away: bot.telegram.delivery).
    keyed: tuple[bool, ...] = ()


def scripts(cases: list[dict[str, Any]], *, taps: bool = False) -> list[Script]:
    """Play each case once through the real service; record what Telegram would carry.

    With ``taps``, the patient taps the button whose label or value is what they would
    type (consent, yes/no, the scales, a confirmation), as people mostly do, and types
    the rest (free text, checklists, numbers); the service is played with the button's
    data, so the recorded replies are those of the taps.
    """
    out: list[Script] = []
    with tempfile.TemporaryDirectory(prefix="bench-scripts-") as folder:
        db = connect(Path(folder) / "scripts.db")
        try:
            service = ConversationService(SessionStore(db), Engine())
            for i, case in enumerate(cases):
                player = Player(f"script-{i}", case)
                texts, counts, facts, tapped, urgent, keyed = [], [], [], [], [], []
                while not player.done:
                    facts.append(player.reply.fact if player.reply else None)
                    text = player.next_text()
                    button = button_for(player.reply, text) if taps else None
                    inbound = Inbound(button=button.data) if button else Inbound(text)
                    turn = service.handle(player.key, inbound)
                    assert turn is not None
                    player.heard(turn.reply)
                    texts.append(text)
                    tapped.append(button.label if button else None)
                    rendered = render(1, turn.reply)
                    counts.append(len(rendered))
                    urgent.append(bool(rendered) and rendered[0].priority is Priority.emergency)
                    last = rendered[-1].buttons if rendered else ()
                    keyed.append(any(b.data for row in last for b in row))
                out.append(
                    Script(
                        str(case.get("id")),
                        tuple(texts),
                        tuple(counts),
                        tuple(facts),
                        tuple(tapped) if taps else (),
                        tuple(urgent),
                        tuple(keyed),
                    )
                )
        finally:
            db.close()
    return out


def button_for(reply: Reply | None, text: str) -> Option | None:
    """The button of ``reply`` that says what ``text`` says (by label or value), if any.

    Checklist items (data ``step:fact=value``) are left out: tapping one ticks it, where
    the typed text answers the whole list.
    """
    said = text.strip().lower()
    for option in reply.options if reply is not None else ():
        value = option.data.split(":", 1)[-1]
        if "=" not in value and said in (option.label.strip().lower(), value.lower()):
            return option
    return None


@dataclass(frozen=True)
class Midway:
    """A check-in stopped half way: its row, the patient's next message and its reply size."""

    row: dict[str, Any]
    text: str
    replies: int


@dataclass(frozen=True)
class Templates:
    """Rows written by real check-ins, to copy into synthetic databases."""

    #: ``sessions`` rows (as dicts) of finished check-ins, one per case that finishes.
    finished: list[dict[str, Any]]
    #: ``events`` rows of each finished session, in the same order, without ids.
    events: list[list[dict[str, Any]]]
    #: Check-ins stopped half way, on a question.
    midway: list[Midway]


def templates(cases: list[dict[str, Any]]) -> Templates:
    """Play every case through the real service; keep the rows it stored."""
    finished: list[dict[str, Any]] = []
    events: list[list[dict[str, Any]]] = []
    midway: list[Midway] = []
    with tempfile.TemporaryDirectory(prefix="bench-templates-") as folder:
        db = connect(Path(folder) / "templates.db")
        try:
            service = ConversationService(SessionStore(db), Engine())
            for i, case in enumerate(cases):
                whole = Player(f"whole-{i}", case)
                while not whole.done:
                    turn = service.handle(whole.key, Inbound(whole.next_text()))
                    assert turn is not None
                    whole.heard(turn.reply)
                # Stop half way through the same case, on a question.
                half = Player(f"half-{i}", case)
                while not half.done and half.turns < max(2, whole.turns // 2):
                    turn = service.handle(half.key, Inbound(half.next_text()))
                    assert turn is not None
                    half.heard(turn.reply)
                row = _row(db, half.key)
                if row["status"] == "active" and row["state"] != "consent" and not half.done:
                    text = half.next_text()
                    turn = service.handle(half.key, Inbound(text))
                    assert turn is not None
                    midway.append(Midway(row, text, len(render(1, turn.reply))))
            done = db["sessions"].rows_where("status = 'finished' and patient like 'whole-%'")
            for row in done:
                finished.append(row)
                stored = db["events"].rows_where("session_id = ?", [row["id"]], order_by="id")
                events.append([{k: v for k, v in e.items() if k != "id"} for e in stored])
        finally:
            db.close()
    return Templates(finished, events, midway)


def _row(db: Any, patient: str) -> dict[str, Any]:
    return next(iter(db["sessions"].rows_where("patient = ?", [patient])))

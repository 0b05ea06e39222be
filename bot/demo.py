"""Synthetic sessions for trying the review: made by the real engine, not by hand.

Each made-up patient talks to :class:`bot.service.ConversationService` exactly as
a Telegram patient does (typing, tapping buttons, mentioning symptoms in their
own words, sometimes giving up or starting again), so the rows have the shape
real use gives them. Afterwards the check-ins still open are marked abandoned
(as the idle sweep does), and the timestamps are spread over the last twelve
weeks, more of them recent (storage/demo.py does the SQL). Patient keys are HMACs of
made-up numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.pseudonym import patient_key
from bot.service import ConversationService
from flows.engine import Engine, Inbound, Reply
from flows.facts import CANCER_TYPES, FACTS, SAFETY_SCREEN, Kind
from storage import SessionStore, connect
from storage import demo as demo_rows

SECRET = "demo-data"  # only ever keys made-up patients
WEEKS = 12
MAX_TURNS = 60
GROUPS = (
    "clinic-north",
    "back-pain-cafe",
    "physio-east",
    "g" + patient_key(SECRET, "group", 1)[:10],
    "g" + patient_key(SECRET, "group", 2)[:10],
)
RED_FLAGS = ("bladder_bowel", "saddle_numbness", "both_legs", "fever", "weight_loss", "trauma")
SAID = {  # red flags as patients put them in their own words
    "fever": "I've had a fever and the shivers since yesterday",
    "bladder_bowel": "I also can't feel when I need to pee any more",
    "saddle_numbness": "it's gone numb around my bottom",
}
ASIDES = (
    "it started after I lifted a heavy box at work",
    "the pain shoots down the back of my left leg",
    "sorry, what do you mean?",
    "my name is Sam, you can call me on 07700 900456",
    "it's worse when I sit for long",
)
DURATIONS = ("3 days", "10 days", "2 weeks", "about 5 weeks", "2 months", "6 months")
SCREEN = frozenset(f.id for f in SAFETY_SCREEN)
TREATMENTS = ("taxane", "platinum", "other_chemo", "aromatase_inhibitor", "tamoxifen")


@dataclass
class Patient:
    """A made-up patient: what is true for them and how they behave."""

    rng: random.Random
    flags: set[str] = field(default_factory=set)
    cancer: str = "none"
    age: int = 50
    stop_after: int | None = None
    restart_at: int | None = None
    declines: bool = False
    taps: float = 0.6

    @classmethod
    def make(cls, rng: random.Random) -> Patient:
        patient = cls(rng, age=rng.randint(24, 88), taps=rng.choice((0.2, 0.6, 0.9)))
        if rng.random() < 0.16:
            patient.flags = set(rng.sample(RED_FLAGS, rng.choice((1, 1, 2))))
        patient.cancer = rng.choices(("none", "active", "past"), (60, 22, 18))[0]
        if rng.random() < 0.18:
            patient.stop_after = rng.randint(1, 16)
        elif rng.random() < 0.04:
            patient.restart_at = rng.randint(4, 10)
        patient.declines = rng.random() < 0.03
        return patient

    def value(self, fact: str) -> str:
        """The canonical answer to ``fact``."""
        rng = self.rng
        if fact in self.flags:
            return "yes"
        if rng.random() < 0.02:
            return "not sure"
        special = {
            "leg_weakness": lambda: rng.choices(("none", "stable", "worsening"), (92, 6, 2))[0],
            "age": lambda: str(self.age),
            "duration": lambda: rng.choice(DURATIONS),
            "pain_score": lambda: str(rng.randint(2, 9)),
            "cancer_history": lambda: self.cancer,
            "treatment": lambda: ", ".join(sorted(rng.sample(TREATMENTS, rng.choice((1, 2))))),
            "cancer_type": lambda: rng.choice(CANCER_TYPES),
            "bone_mets": lambda: rng.choices(("no", "yes"), (85, 15))[0],
            "had_physio": lambda: rng.choice(("none", "helped", "not_helped")),
        }
        if fact in special:
            return special[fact]()
        likely = {"pain_below_knee": 0.7, "painkillers_tried": 0.6, "function_limited": 0.5}
        chance = likely.get(fact, 0.01 if fact in SCREEN else 0.15)
        return "yes" if rng.random() < chance else "no"

    def _checklist(self, reply: Reply) -> str:
        """A checklist: this patient's red flag among its items (a tap's value), else none."""
        for option in reply.options:
            fact, _, value = option.data.partition(":")[2].partition("=")
            if fact in self.flags and value:
                return f"{fact}={value}"
        return "not sure" if self.rng.random() < 0.02 else "none"

    def says(self, reply: Reply) -> Inbound:
        """What this patient sends back to ``reply``."""
        rng = self.rng
        if reply.state == "consent":
            value = "no" if self.declines else "yes"
        elif reply.fact in SAID and reply.fact in self.flags and rng.random() < 0.5:
            return Inbound(SAID[reply.fact])
        elif rng.random() < 0.06:
            return Inbound(rng.choice(ASIDES))
        elif reply.facts:
            value = self._checklist(reply)
        else:
            value = self.value(reply.fact or "")
        for option in reply.options:
            if option.data.partition(":")[2] == value and rng.random() < self.taps:
                return Inbound(button=option.data)
        if "=" in value:  # a checklist item typed: its words, or the label itself
            chosen = next(o for o in reply.options if o.data.endswith(":" + value))
            return Inbound(SAID.get(value.partition("=")[0], chosen.label))
        fact = FACTS.get(reply.fact or "")
        if fact is not None and fact.kind is Kind.INT and fact.id == "age" and rng.random() < 0.5:
            return Inbound(f"I'm {value}")
        return Inbound(value)


@dataclass(frozen=True)
class DemoSummary:
    """What was made."""

    sessions: int
    by_status: dict[str, int]


def converse(
    service: ConversationService,
    key: str,
    patient: Patient,
    group: str | None,
    first: Inbound | None = None,
    moment: datetime | None = None,
) -> None:
    """One patient's whole conversation (or as much of it as they have patience for);
    ``first`` answers a follow-up instead of starting a check-in."""
    inbound = first or Inbound(f"/start {group}" if group else "/start")
    for turn in range(MAX_TURNS):
        referral = group if turn == 0 and first is None else None
        step = service.handle(key, inbound, referral=referral, moment=moment)
        assert step is not None  # no update id, so never a repeat
        reply = step.reply
        if reply.finished or turn + 1 == patient.stop_after or (patient.declines and turn):
            offered = any(o.data.endswith(":followup_yes") for o in reply.options)
            if offered and patient.rng.random() < FOLLOWUP_YES:
                service.handle(key, Inbound("yes"), moment=moment)
            return
        inbound = Inbound("/restart") if turn + 1 == patient.restart_at else patient.says(reply)


#: How many patients say yes to a follow-up, and what they say when it comes (SPEC 7).
FOLLOWUP_YES = 0.6
FOLLOWUP_SAYS = {"better": 40, "same": 25, "worse": 12, "new": 5, "got_help": 10, "not_yet": 8}


def follow_up(service: ConversationService, patients: dict[str, Patient], start: datetime) -> None:
    """Play every follow-up the patients said yes to, day by day over two weeks."""
    for day in range(1, 15):
        moment = start + timedelta(days=day)
        for row, reply in service.send_due(moment):
            patient = patients[row.patient]
            if patient.rng.random() < 0.15:
                continue  # no answer: a reminder comes, then it lapses
            choices = [o.data for o in reply.options]
            wanted = [c for c in choices if c.rsplit(":", 1)[-1] in FOLLOWUP_SAYS]
            weights = [FOLLOWUP_SAYS[c.rsplit(":", 1)[-1]] for c in wanted]
            said = patient.rng.choices(wanted, weights)[0]
            converse(service, row.patient, patient, None, Inbound(button=said), moment)


def fill(path: Path, sessions: int = 240, seed: int = 1) -> DemoSummary:
    """Add ``sessions`` made-up patients' check-ins to the database at ``path``."""
    rng = random.Random(seed)
    db = connect(path)
    try:
        service = ConversationService(SessionStore(db), Engine())
        first = demo_rows.count(db)
        start = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
        patients: dict[str, Patient] = {}
        for n in range(sessions):
            key = patient_key(SECRET, "demo", f"{seed}:{n}")
            group = rng.choice(GROUPS) if rng.random() < 0.55 else None
            patients[key] = Patient.make(rng)
            converse(service, key, patients[key], group, moment=start)
        follow_up(service, patients, start)
        service.store.abandon_idle(timedelta(minutes=-1))  # every one still open, as idle
        demo_rows.spread_over_weeks(db, rng, WEEKS, skip=first)
        demo_rows.date_follow_ups(db)
        counts = demo_rows.by_status(db)
        return DemoSummary(sum(counts.values()), counts)
    finally:
        db.close()

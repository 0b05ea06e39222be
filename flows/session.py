"""The session: everything about one check-in, as the ``transitions`` model and as stored.

Its own module so that storage/ and the state machine can name the type without
importing the engine (flows.engine steps it; storage.sessions saves it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flows.facts import FACTS, UNSURE
from flows.questions import QUESTIONS_BY_FACT
from flows.rules import Triage

#: The flow's version, stored with every session (SPEC 5's ``flow_version``).
FLOW_VERSION = "2026.12.1"

#: A session's state before anything has been said.
NEW = "consent"


@dataclass
class Session:
    """Everything about one check-in. This is the ``transitions`` model."""

    state: str = NEW
    answers: dict[str, Any] = field(default_factory=dict)
    #: Facts raised by free text, with the patient's words that raised them (lexicon words
    #: only, nothing identifying). They stick: /back never clears them (SPEC 3).
    said: dict[str, str] = field(default_factory=dict)
    #: Emergencies outside the facts (chest pain, self-harm, ...), by reason id.
    alarms: list[str] = field(default_factory=list)
    consent: bool = False
    #: The current question was answered "not sure" once and is being asked again, plainly.
    following_up: bool = False
    #: Unreadable answers to the current question.
    misreads: int = 0
    #: Messages in a row at the current question that answered nothing (a story, a
    #: greeting): the third counts as an attempt that could not be read.
    asides: int = 0
    #: Facts taken as "not sure" after two unreadable answers.
    assumed: list[str] = field(default_factory=list)
    #: Increases each time a question is asked; buttons carry it, so stale ones are spotted.
    step: int = 0
    #: What each answer changed, newest last, so that /back can undo it.
    undo: list[dict[str, Any]] = field(default_factory=list)
    outcome: dict[str, Any] | None = None
    #: Facts asked, in order (a fact asked again is listed once).
    asked: list[str] = field(default_factory=list)
    #: A reading shown back for one tap: {"fact", "value", "kind"} (kind: "answer",
    #: "flag" for a red flag said of someone unclear, "clear" / "clear_again" to undo one).
    confirming: dict[str, Any] | None = None
    #: The last reading the patient said was wrong: [fact, value] (not shown again).
    rejected: list[Any] | None = None
    #: Crisis words seen: "crisis", "danger" or "safe" (the latest), for staff.
    crisis: str | None = None
    #: Red flags the patient said were a mistake and confirmed: {"fact", "words"}.
    corrections: list[dict[str, Any]] = field(default_factory=list)
    #: What decided each typed answer ("answer:nope", "lexicon:wet myself"), for staff.
    decided: dict[str, str] = field(default_factory=dict)
    #: Checklists taken one question at a time (after "not sure" or a bare "yes").
    opened: list[str] = field(default_factory=list)
    #: Facts stated in passing ("im on oxaliplatin for bowel cancer"), confirmed in one tap
    #: when their question comes (SPEC 3): {fact: value}.
    noted: dict[str, Any] = field(default_factory=dict)
    #: Checklist items taken as "no" because a typed list left them out.
    implied: list[str] = field(default_factory=list)
    #: Where the patient said the pain is and goes, in lexicon words ("left", "calf").
    where: list[str] = field(default_factory=list)
    #: The follow-up offer at the outcome: None, "offered", "accepted" or "declined".
    offer: str | None = None
    #: In a follow-up check-in: the earlier check-in's level, which nothing lowers.
    floor: str | None = None
    #: In a follow-up check-in: {"kind": "urgent" | "general", "days": n, "said": answer}.
    checkin: dict[str, Any] | None = None

    # Called by the machine's callbacks.

    def standing_alarms(self) -> tuple[str, ...]:
        """Alarms for the rules: those raised, and the earlier level of a follow-up."""
        floor = (f"earlier_{self.floor}",) if self.floor else ()
        return (*self.alarms, *floor)

    def begin_question(self) -> None:
        self.step += 1
        self.following_up = False
        self.misreads = 0
        self.asides = 0
        self.confirming = None
        self.rejected = None
        self.outcome = None
        if self.state in FACTS and self.state not in self.asked:
            self.asked.append(self.state)
        if self.state in self.noted and self.state not in self.answers:
            self.confirming = {"fact": self.state, "value": self.noted[self.state], "kind": "noted"}
        question = QUESTIONS_BY_FACT.get(self.state)
        for fact in question.group if question is not None else ():
            if fact not in self.answers and fact not in self.asked:
                self.asked.append(fact)

    def record_outcome(self, result: Triage) -> None:
        self.step += 1
        self.outcome = {
            "level": result.level.name,
            "reasons": list(result.reasons),
            "sources": list(result.sources),
            "uncertain": [f for f, v in self.answers.items() if v == UNSURE],
        }

    def restore_last_answer(self) -> None:
        entry = self.undo.pop()
        for fact, (had, old) in entry["facts"].items():
            if fact in self.said:
                continue  # a red flag another message raised sticks (SPEC 3)
            if had:
                self.answers[fact] = old
            else:
                self.answers.pop(fact, None)
        self.assumed = entry["assumed"]
        self.opened = entry.get("opened", self.opened)
        self.confirming = None

    def forget_answers(self) -> None:
        consent, step = self.consent, self.step
        self.__init__()  # type: ignore[misc]
        self.consent, self.step = consent, step

    # Storage.

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "answers": self.answers,
            "said": self.said,
            "alarms": self.alarms,
            "consent": self.consent,
            "following_up": self.following_up,
            "misreads": self.misreads,
            "asides": self.asides,
            "assumed": self.assumed,
            "step": self.step,
            "undo": self.undo,
            "outcome": self.outcome,
            "asked": self.asked,
            "confirming": self.confirming,
            "rejected": self.rejected,
            "crisis": self.crisis,
            "corrections": self.corrections,
            "decided": self.decided,
            "opened": self.opened,
            "noted": self.noted,
            "implied": self.implied,
            "where": self.where,
            "offer": self.offer,
            "floor": self.floor,
            "checkin": self.checkin,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        known = {f for f in cls.__dataclass_fields__}
        session = cls(**{k: v for k, v in data.items() if k in known})
        answers = session.answers
        if isinstance(answers.get("treatment"), list):
            answers["treatment"] = tuple(answers["treatment"])
        confirming = session.confirming
        if confirming is not None and isinstance(confirming.get("value"), list):
            confirming["value"] = tuple(confirming["value"])
        for fact, value in session.noted.items():
            if isinstance(value, list):
                session.noted[fact] = tuple(value)
        for entry in session.undo:
            for pair in entry["facts"].values():
                if isinstance(pair[1], list):
                    pair[1] = tuple(pair[1])
        return session

"""The conversation engine: one patient message in, the bot's reply out.

Pure: no Telegram, no SQL, no clock, no I/O. A :class:`Session` is the whole
state of one check-in (it round-trips through :meth:`Session.to_dict` for
storage); :meth:`Engine.handle` steps it on the shared state machine of
:mod:`flows.machine` and returns a :class:`Reply` that any front end can render.

What a message can be (SPEC section 4): an answer typed or tapped, a command
(``/start``, ``/back``, ``/restart``, ``/help``), or anything at all. Free text
is always scanned for red flags first; they only ever raise the level. Text
that cannot be read gets the question again with an example; after two such
answers the bot takes "not sure", says so, and goes on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flows import freetext
from flows.facts import FACTS, UNSURE, Fact, Kind
from flows.machine import MACHINE, OUTCOME_STATES, fire
from flows.outcomes import FACT_PLAIN, Contacts, compose
from flows.parser import parse_answer
from flows.questions import CONSENT, ORDER, QUESTIONS_BY_FACT, TOPIC_WORDS, Context, Question
from flows.rules import Answers, Level, Triage, triage
from flows.summary import doctor_summary

FLOW_VERSION = "2026.11.1"

#: A session's state before anything has been said.
NEW = "consent"

HELP = (
    "I ask short questions about your sciatica. Then I tell you how soon to get help, and what "
    "helps at home. Tap a button or type your answer.\n"
    "/back changes your last answer. /restart starts again. /privacy says what I keep. "
    "/delete erases it.\n"
    "If you feel very unwell now, call {emergency}."
)
ONLY_TEXT = "I can only read text. Please type your answer, or tap a button."
EDITED = (
    "I saw you changed an earlier message. I go by what you send next, so please answer "
    "again. To change your last answer, send /back."
)
WELCOME_BACK = "Welcome back. Let's carry on where you left off."
RESTARTED = "OK, let's start again from the first question."
NOTHING_TO_UNDO = "There is no earlier answer to change."
WENT_BACK = "OK, let's change your last answer."
STALE_BUTTON = "That question has passed. Here is where we are now."
UNKNOWN_COMMAND = "Sorry, I don't know that command. Send /help to see what I can do."
MISREAD = (
    "Sorry, I didn't quite get that. You can tap a button, or type something like: '{example}'."
)
ASSUMED_UNSURE = "I still couldn't read that, so to be safe I'll take it as 'not sure' and go on."
NOTED = "Thank you for telling me about {what}. I have noted it, and it counts in my advice."
DECLINED = (
    "That's OK. I have not asked or kept anything about your health. If you change your mind, "
    "send /start. If you get bladder or bowel trouble, numbness between your legs, or weak "
    "legs, call {emergency} now."
)
FINISHED = (
    "Your check-in is done. Your advice is above. To change your last answer, send /back. To "
    "start a new check-in, send /restart."
)
STILL_EMERGENCY = "🚨 Please don't wait: call {emergency} or go to the emergency department now."

#: The order of readings from least to most worrying, for "the higher reading wins".
_SEVERITY: dict[str, tuple[Any, ...]] = {
    "leg_weakness": ("none", UNSURE, "stable", "worsening"),
}
_BOOL_SEVERITY: tuple[Any, ...] = (False, UNSURE, True)


def _severity(fact: str, value: Any) -> int:
    order = _SEVERITY.get(fact, _BOOL_SEVERITY)
    return order.index(value) if value in order else -1


@dataclass(frozen=True)
class Option:
    """A button: what it says, and the data it sends back (``step:value``)."""

    label: str
    data: str


@dataclass(frozen=True)
class Inbound:
    """One thing the patient sent: typed text, or the data of a button they pressed."""

    text: str = ""
    button: str | None = None
    #: The patient edited an earlier message: red flags in it count, it answers nothing.
    edited: bool = False
    #: Something that is not text (a photo, a sticker, a voice note): its kind.
    unsupported: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the bot says back. Options belong to the last message."""

    messages: tuple[str, ...]
    options: tuple[Option, ...]
    state: str
    fact: str | None
    level: str | None
    #: The first message is an emergency: send it at once, before anything else.
    emergency: bool = False
    #: ``/restart`` abandoned the previous check-in: the caller archives it.
    restarted: bool = False

    @property
    def finished(self) -> bool:
        return self.level is not None


@dataclass
class Session:
    """Everything about one check-in. This is the ``transitions`` model."""

    state: str = NEW
    answers: dict[str, Any] = field(default_factory=dict)
    #: Facts raised by free text, with the alarm that raised them.
    said: dict[str, str] = field(default_factory=dict)
    #: Emergencies outside the facts (chest pain, self-harm, ...), by reason id.
    alarms: list[str] = field(default_factory=list)
    consent: bool = False
    #: The current question was answered "not sure" once and is being asked again, plainly.
    following_up: bool = False
    #: Unreadable answers to the current question.
    misreads: int = 0
    #: Facts taken as "not sure" after two unreadable answers.
    assumed: list[str] = field(default_factory=list)
    #: Increases each time a question is asked; buttons carry it, so stale ones are spotted.
    step: int = 0
    #: What each answer changed, newest last, so that /back can undo it.
    undo: list[dict[str, Any]] = field(default_factory=list)
    outcome: dict[str, Any] | None = None
    #: Facts asked, in order (a fact asked again is listed once).
    asked: list[str] = field(default_factory=list)

    # Called by the machine's callbacks.

    def begin_question(self) -> None:
        self.step += 1
        self.following_up = False
        self.misreads = 0
        self.outcome = None
        if self.state in FACTS and self.state not in self.asked:
            self.asked.append(self.state)

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
            if had:
                self.answers[fact] = old
            else:
                self.answers.pop(fact, None)
        self.said = entry["said"]
        self.alarms = entry["alarms"]
        self.assumed = entry["assumed"]

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
            "assumed": self.assumed,
            "step": self.step,
            "undo": self.undo,
            "outcome": self.outcome,
            "asked": self.asked,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        session = cls(**data)
        answers = session.answers
        if isinstance(answers.get("treatment"), list):
            answers["treatment"] = tuple(answers["treatment"])
        for entry in session.undo:
            for pair in entry["facts"].values():
                if isinstance(pair[1], list):
                    pair[1] = tuple(pair[1])
        return session


class Engine:
    """Steps sessions through the check-in. Cheap to make; the machine is shared."""

    flow_version = FLOW_VERSION

    def __init__(self, contacts: Contacts | None = None) -> None:
        self.contacts = contacts or Contacts()
        self.machine = MACHINE

    def new_session(self) -> Session:
        return Session()

    # The one entry point.

    def handle(self, session: Session, inbound: Inbound) -> Reply:
        """Step ``session`` with one message; always returns something to say."""
        text = inbound.text or ""
        if inbound.unsupported is not None:
            return self._prompt(session, [ONLY_TEXT], outcome=False)
        if inbound.edited:
            return self._edited(session, text)
        if inbound.button is not None:
            token, _, value = inbound.button.partition(":")
            if token != str(session.step) or session.state in OUTCOME_STATES:
                return self._prompt(session, [STALE_BUTTON], outcome=False)
            return self._answer(session, value, from_button=True)
        command = _command(text)
        if command is not None:
            return self._command(session, command)
        if session.step == 0:
            return self._first_contact(session, text)
        return self._answer(session, text, from_button=False)

    # Commands.

    def _command(self, session: Session, command: str) -> Reply:
        if command == "start":
            if session.step == 0:
                return self._ask_consent(session, [])
            if session.state in OUTCOME_STATES:
                return self._restart(session, [])
            return self._prompt(session, [WELCOME_BACK])
        if command == "restart":
            return self._restart(session, [RESTARTED])
        if command == "back":
            if not fire("go_back", session):
                return self._prompt(session, [NOTHING_TO_UNDO])
            return self._prompt(session, [WENT_BACK])
        if command == "help":
            return self._prompt(session, [self._fill(HELP)], outcome=False)
        return self._prompt(session, [UNKNOWN_COMMAND], outcome=False)

    def _restart(self, session: Session, notes: list[str]) -> Reply:
        fire("restart", session)
        reply = self._prompt(session, notes)
        return Reply(reply.messages, reply.options, reply.state, reply.fact, None, False, True)

    def _first_contact(self, session: Session, text: str) -> Reply:
        notes = self._apply_alarms(session, text)
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        return self._ask_consent(session, notes)

    def _edited(self, session: Session, text: str) -> Reply:
        undo_depth = len(session.undo)
        notes = self._apply_alarms(session, text)
        raised = len(session.undo) > undo_depth
        if session.state != "emergency" and (
            self._emergency_now(session) or (raised and session.state in OUTCOME_STATES)
        ):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if session.step == 0:
            return self._ask_consent(session, notes)
        return self._prompt(session, [*notes, EDITED], outcome=False)

    def _ask_consent(self, session: Session, notes: list[str]) -> Reply:
        session.begin_question()
        return self._prompt(session, notes)

    # Answers.

    def _answer(self, session: Session, text: str, *, from_button: bool) -> Reply:
        state = session.state
        undo_depth = len(session.undo)
        notes = [] if from_button else self._apply_alarms(session, text)
        alarm_entry = session.undo[-1] if len(session.undo) > undo_depth else None
        if state in OUTCOME_STATES:
            if alarm_entry is not None and state != "emergency":
                # a red flag told after the outcome can only raise it
                fire("advance", session, self._context(session))
                return self._prompt(session, notes)
            if state == "emergency":
                return self._reply(session, [self._fill(STILL_EMERGENCY), FINISHED], ())
            return self._reply(session, [FINISHED], ())
        if state == "consent":
            return self._answer_consent(session, text, notes)
        question = QUESTIONS_BY_FACT[state]
        value = read_answer(question.fact, text)
        if question.fact.kind is Kind.BOOL and not _answers_yes_no(question.id, text, notes):
            value = None  # a remark, or news about something else: not an answer to this
        # Only a red flag in this very message can have made it an emergency before the answer.
        if alarm_entry is not None and self._emergency_now(session):
            if value is not None and value != UNSURE:
                self._record(session, question.id, value, alarm_entry)
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if value is None:
            if notes:  # they told us something that matters: not a misread
                return self._prompt(session, notes)
            session.misreads += 1
            if session.misreads < 2:
                return self._prompt(session, [MISREAD.format(example=question.example)])
            session.assumed.append(question.id)
            return self._settle(session, question, UNSURE, [ASSUMED_UNSURE], alarm_entry)
        if value == UNSURE and not session.following_up and question.id not in session.said:
            session.following_up = True
            session.misreads = 0
            return self._prompt(session, notes)
        return self._settle(session, question, value, notes, alarm_entry)

    def _answer_consent(self, session: Session, text: str, notes: list[str]) -> Reply:
        value = read_answer(CONSENT.fact, text)
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if value is True:
            session.consent = True
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if value is False:
            return self._reply(session, [*notes, self._fill(DECLINED)], self._options(session))
        return self._prompt(session, [*notes, MISREAD.format(example="yes")])

    def _settle(
        self,
        session: Session,
        question: Question,
        value: Any,
        notes: list[str],
        alarm_entry: dict[str, Any] | None,
    ) -> Reply:
        self._record(session, question.id, value, alarm_entry)
        fire("advance", session, self._context(session))
        return self._prompt(session, notes)

    def _record(
        self, session: Session, fact: str, value: Any, entry: dict[str, Any] | None
    ) -> None:
        """Set one answer; the higher reading wins over a free-text red flag."""
        if fact in session.answers and _severity(fact, session.answers[fact]) > _severity(
            fact, value
        ):
            value = session.answers[fact]
        if entry is None:
            entry = self._push_undo(session)
        entry["facts"].setdefault(fact, [fact in session.answers, session.answers.get(fact)])
        session.answers[fact] = value

    def _push_undo(self, session: Session) -> dict[str, Any]:
        entry = {
            "state": session.state,
            "facts": {},
            "said": dict(session.said),
            "alarms": list(session.alarms),
            "assumed": list(session.assumed),
        }
        session.undo.append(entry)
        return entry

    def _apply_alarms(self, session: Session, text: str) -> list[str]:
        """Scan free text; raise facts and alarms. Returns what to tell the patient."""
        alarms = freetext.scan(text)
        if not alarms:
            return []
        entry = self._push_undo(session)
        notes: list[str] = []
        for alarm in alarms:
            if alarm.kind == "red_flag" and alarm.fact:
                old = session.answers.get(alarm.fact)
                if alarm.fact in session.answers and _severity(alarm.fact, old) >= _severity(
                    alarm.fact, alarm.value
                ):
                    continue
                entry["facts"].setdefault(alarm.fact, [alarm.fact in session.answers, old])
                session.answers[alarm.fact] = alarm.value
                session.said[alarm.fact] = alarm.reason
                notes.append(NOTED.format(what=FACT_PLAIN.get(alarm.fact, alarm.fact)))
            elif alarm.reason not in session.alarms:
                session.alarms.append(alarm.reason)
        if not entry["facts"] and entry["alarms"] == session.alarms:
            session.undo.pop()
            return []
        if self._emergency_now(session):
            return []  # the emergency outcome says why, at the top
        return notes

    # Rendering.

    def _context(self, session: Session) -> Context:
        answers = Answers(session.answers)
        return Context(answers, triage(session.answers, tuple(session.alarms)).level)

    def _emergency_now(self, session: Session) -> bool:
        return self._context(session).floor is Level.emergency

    def _fill(self, text: str) -> str:
        return text.format(emergency=self.contacts.emergency_text)

    def _options(self, session: Session) -> tuple[Option, ...]:
        question = _current_question(session)
        if question is None:
            return ()
        return tuple(Option(label, f"{session.step}:{value}") for label, value in question.options)

    def _prompt(self, session: Session, notes: list[str], *, outcome: bool = True) -> Reply:
        """Notes, then the current question (or the outcome, when finished)."""
        if session.step == 0:
            session.begin_question()  # consent is on screen: its buttons and answers count
        if session.state in OUTCOME_STATES:
            if not outcome:
                urgent_first = [self._fill(STILL_EMERGENCY)] if session.state == "emergency" else []
                return self._reply(session, [*urgent_first, *notes, FINISHED], ())
            return self._reply(session, [*notes, *self.outcome_messages(session)], ())
        question = _current_question(session)
        assert question is not None
        text = question.follow_up if session.following_up else question.text
        return self._reply(session, [*notes, text], self._options(session))

    def _reply(self, session: Session, messages: list[str], options: tuple[Option, ...]) -> Reply:
        level = session.outcome["level"] if session.outcome else None
        fact = session.state if session.state in FACTS else None
        return Reply(tuple(messages), options, session.state, fact, level, level == "emergency")

    def outcome_messages(self, session: Session) -> list[str]:
        """The outcome texts and the doctor's summary for a finished session."""
        result = triage(session.answers, tuple(session.alarms))
        uncertain = [f for f, v in session.answers.items() if v == UNSURE]
        messages = compose(result, session.answers, uncertain, self.contacts)
        return [*messages, doctor_summary(result, session.answers, FLOW_VERSION)]


def _current_question(session: Session) -> Question | None:
    if session.state == "consent":
        return CONSENT
    return QUESTIONS_BY_FACT.get(session.state)


def _command(text: str) -> str | None:
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) < 2:
        return None
    word = stripped[1:].split(maxsplit=1)[0].split("@", 1)[0].lower()
    return word or None


_EXPLICIT = re.compile(
    r"^\W*(yes|yeah|yea|yep|yup|yh|ya|sure|definitely|absolutely|correct|no|nope|nah|"
    r"not really|not at all|not that i|not as far as i|i don'?t think so|don'?t think so|"
    r"not sure|unsure|dunno|don'?t know|i don'?t know|idk|no idea|can'?t tell|hard to say|"
    r"maybe|perhaps|possibly|probably not|i think so)\b",
    re.I,
)
_WHOLE_ANSWER = re.compile(
    r"^\W*(i do|i have|i am|i did|i don'?t|i haven'?t|i'?m not|a bit|a little|a lot|"
    r"slightly|sometimes|kind of|sort of|probably|never|none|nothing|nothing like that|"
    r"not|true|false|ok|okay|all good|all fine|fine)\W*$",
    re.I,
)
_CLAUSE = re.compile(r"[,.;:!?]| but | and ", re.I)


def _answers_yes_no(fact: str, text: str, told_something: list[str]) -> bool:
    """Whether typed text is an answer to a yes/no question, not a remark beside it.

    Short replies and ones that start with a plain yes, no or not sure are answers. A
    longer statement is one only if it is about the question's subject and the same
    message raised no red flag about something else.
    """
    if text.strip().startswith(("👍", "👎")) or len(text.split()) <= 2:
        return True
    first = _CLAUSE.split(text.strip(), maxsplit=1)[0]
    if _EXPLICIT.match(first) or _WHOLE_ANSWER.match(first):
        return True
    if told_something:
        return False  # "I've had a fever" tells us about fever, not about this question
    lowered = text.lower()
    return any(word in lowered for word in TOPIC_WORDS.get(fact, ()))


_CANONICAL_DURATION = re.compile(r"^(\d{1,5}) (days?|weeks?)$")

# Answers as buttons send them, and as SPEC section 5's canonical forms: read without the parser.
_EXACT: dict[str, dict[str, Any]] = {}


def _exact_table(fact: Fact) -> dict[str, Any]:
    table = _EXACT.get(fact.id)
    if table is not None:
        return table
    table = {"not sure": UNSURE, "unsure": UNSURE}
    if fact.kind is Kind.BOOL:
        table.update({"yes": True, "no": False})
    elif fact.kind in (Kind.ENUM, Kind.MULTI):
        for value in fact.values:
            table[value] = (value,) if fact.kind is Kind.MULTI else value
    _EXACT[fact.id] = table
    return table


def read_answer(fact: Fact, text: str) -> Any | None:
    """An answer's canonical value, UNSURE, or None when it cannot be read."""
    key = text.strip().lower()
    table = _exact_table(fact)
    if key in table:
        return table[key]
    if fact.kind is Kind.MULTI and "," in key:
        parts = [part.strip() for part in key.split(",")]
        if all(part in fact.values for part in parts):
            chosen = [v for v in fact.values if v in parts]
            if len(chosen) > 1 and "none" in chosen:
                chosen.remove("none")
            return tuple(chosen)
    if fact.kind is Kind.INT and key.isdecimal() and key.isascii():
        number = int(key)
        return number if fact.low <= number <= fact.high else None  # type: ignore[operator]
    if fact.kind is Kind.WEEKS:
        match = _CANONICAL_DURATION.match(key)
        if match:
            return int(match[1]) * (7 if match[2].startswith("week") else 1)
    return parse_answer(fact, text)


__all__ = [
    "FLOW_VERSION",
    "MACHINE",
    "ORDER",
    "Engine",
    "Inbound",
    "Option",
    "Reply",
    "Session",
    "read_answer",
]

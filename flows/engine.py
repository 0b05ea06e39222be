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

import datetime
from dataclasses import dataclass, replace
from typing import Any

from flows import checklist, followup, keeping, replies
from flows.facts import FACTS, UNSURE, Fact
from flows.machine import MACHINE, OUTCOME_STATES, fire
from flows.outcomes import FACT_PLAIN, Contacts, compose, self_care
from flows.questions import CONSENT, ORDER, QUESTIONS_BY_FACT, Context, Question
from flows.reading import (
    Assertion,
    Certainty,
    Experiencer,
    Kind,
    Reading,
    When,
    exact,
    names_cancer_or_treatment,
    read,
    read_followup,
    unsure_of_it,
)
from flows.reading.model import RAISING
from flows.rules import Answers, Level, triage
from flows.session import FLOW_VERSION, Session
from flows.summary import doctor_summary

HELP = (
    "I ask short questions about your sciatica. Then I tell you how soon to get help, and what "
    "helps at home. Tap a button or type your answer.\n"
    "/back changes your last answer. /restart starts again. /checkins shows or stops the "
    "check-ins I send you later. /privacy says what I keep. /delete erases it.\n"
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
MISREAD = replies.MISREAD
ASSUMED_UNSURE = replies.ASSUMED_UNSURE
NOTED = replies.NOTED
DECLINED = (
    "That's OK. I have not asked or kept anything about your health. If you change your mind, "
    "send /start. If you get bladder or bowel trouble, numbness between your legs, or weak "
    "legs, call {emergency} now."
)
#: "not sure" to starting: what starting means, not a "didn't get that".
CONSENT_UNSURE = (
    "That's fine, there's no rush. Starting only means I ask a few questions; your name is "
    "not kept (see /privacy), you can stop whenever you like, and /delete erases it all."
)
FINISHED = (
    "Your check-in is done. Your advice is above. To change your last answer, send /back. To "
    "start a new check-in, send /restart."
)
STILL_EMERGENCY = "🚨 Please don't wait: call {emergency} or go to the emergency department now."

#: Facts the reading notes from any message, to confirm in one tap at their question
#: (the safety screen's are raised at once instead).
PASSING_FACTS: dict[str, tuple[str, ...]] = {
    # what must have decided the reading: the cancer or a drug named, not a time word
    # ("8 days ago" at another question is not a past cancer)
    "cancer_history": ("lexicon:cancer", "lexicon:treatment"),
    "treatment": ("lexicon:drugs",),
}
_NOT_TOLD = (None, UNSURE, "none", ("none",), False)

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
    #: The patient comes back after a pause: the count of unreadable answers starts afresh.
    after_pause: bool = False
    #: The patient's day, for answers such as "since Tuesday" (the engine has no clock).
    today: datetime.date | None = None


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
    #: The last message asks the patient to confirm a reading: (fact, value).
    confirm: tuple[str, Any] | None = None
    #: The last message is a checklist about these facts (SPEC 5).
    facts: tuple[str, ...] = ()
    #: The patient said yes to follow-ups: days after now when each is due (SPEC 7).
    followups: tuple[int, ...] = ()
    #: Why staff need the typed message's own words (flows/keeping.py); None: not kept.
    keep: str | None = None

    @property
    def finished(self) -> bool:
        return self.level is not None


def _hedged_answer(session: Session, reading: Reading, text: str | None, fact: str) -> bool:
    """Whether the message answers ``fact``'s open question only as "likely": a yes said
    with doubt, or a "no" that speaks of the symptom ("i limp because it hurts, but the
    leg does what i tell it"). Either is shown back; the patient's tap decides."""
    if reading.fact == fact:
        own = reading
    elif text is not None:
        own = read(text, fact, session.answers, scan=(), answer_only=True)
    else:
        return False
    if own.value == UNSURE and text is not None and unsure_of_it(text):
        # "i'm not sure, my bum feels a bit funny but i can't tell if it's numb": the
        # answer is "not sure", and its plain follow-up asks before anything is raised
        return True
    if own.certainty is Certainty.likely and own.value in (False, "none"):
        return True
    return (
        own.certainty is Certainty.likely
        and own.value not in (False, "none", None)
        and text is not None
        and unsure_of_it(text)
    )


class Engine:
    """Steps sessions through the check-in. Cheap to make; the machine is shared."""

    flow_version = FLOW_VERSION

    def __init__(self, contacts: Contacts | None = None) -> None:
        self.contacts = contacts or Contacts()

    def new_session(self) -> Session:
        return Session()

    # The one entry point.

    def handle(self, session: Session, inbound: Inbound) -> Reply:
        """Step ``session`` with one message; always returns something to say."""
        text = inbound.text or ""
        if inbound.after_pause:
            session.misreads = session.asides = 0  # "sorry phone died": afresh (SPEC 4)
        if inbound.unsupported is not None:
            return self._prompt(session, [ONLY_TEXT], outcome=False)
        if inbound.edited:
            was = keeping.before(session)
            return self._kept(was, session, None, self._edited(session, text, inbound.today))
        if inbound.button is not None:
            token, _, value = inbound.button.partition(":")
            offer = session.offer == "offered" and value in _OFFER_VALUES
            if token != str(session.step) or (session.state in OUTCOME_STATES and not offer):
                return self._prompt(session, [STALE_BUTTON], outcome=False)
            if session.confirming is not None:
                return self._confirmed(session, value == "confirm_yes", None)
            return self._answer(session, value, None)
        command = command_of(text)
        if command is not None:
            return self._command(session, command)
        was = keeping.before(session)
        reading = self._read(session, text, inbound.today)
        if session.step == 0:
            return self._kept(was, session, reading, self._first_contact(session, reading))
        return self._kept(was, session, reading, self._answer(session, text, reading))

    def _kept(
        self, was: keeping.Before, session: Session, reading: Reading | None, reply: Reply
    ) -> Reply:
        """The reply, saying whether staff need the message's words (flows/keeping.py)."""
        # a fact told in passing and shown back at its own question is confirmed by a
        # tap: the message that ended the question before it was an ordinary answer
        shown = reply.confirm is not None and (session.confirming or {}).get("kind") != "noted"
        return replace(reply, keep=keeping.reason(was, session, reading, shown))

    def _read(self, session: Session, text: str, today: datetime.date | None) -> Reading:
        question = session.state if session.state in FACTS or session.state == "consent" else None
        if session.confirming is not None:
            question = None  # "yes" / "no" to the confirmation is read below
        if session.state in OUTCOME_STATES and session.offer == "offered":
            question = "consent"  # "yes please" to the follow-up offer, read like consent
        return read(text, question, session.answers, today=today)

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

    def _first_contact(self, session: Session, reading: Reading) -> Reply:
        notes = self._apply(session, reading)
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        return self._ask_consent(session, notes)

    def _edited(self, session: Session, text: str, today: datetime.date | None) -> Reply:
        before = (dict(session.answers), list(session.alarms))
        notes = self._apply(session, read(text, None, session.answers, today=today))
        raised = (session.answers, session.alarms) != before
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

    def _answer(self, session: Session, text: str, reading: Reading | None) -> Reply:
        """One message at the open question; ``reading`` is None for a button."""
        state = session.state
        before = (dict(session.answers), list(session.alarms))
        pending = session.confirming
        notes = self._apply(session, reading, text) if reading is not None else []
        if reading is not None and state not in OUTCOME_STATES:
            self._note(session, text)
            session.where += [w for w in reading.where if w not in session.where]
        raised = (session.answers, session.alarms) != before
        if state == followup.STATE:
            return self._answer_followup(session, text, reading, notes)
        if state in OUTCOME_STATES and session.offer == "offered" and not raised:
            said = text if reading is None else reading.value
            if said in (True, "followup_yes", False, "followup_no"):
                return self._answer_offer(session, said in (True, "followup_yes"), notes)
        if state in OUTCOME_STATES:
            if raised and state != "emergency":
                # a red flag told after the outcome can only raise it
                fire("advance", session, self._context(session))
                return self._prompt(session, notes)
            if state == "emergency":
                return self._reply(session, [self._fill(STILL_EMERGENCY), *notes, FINISHED], ())
            said = self._acknowledge(reading, quiet=True) if reading is not None else []
            return self._reply(session, [*notes, *said, FINISHED], ())
        if reading is not None and pending is not None:
            return self._confirming(session, text, reading, notes)
        if session.confirming is not None and not self._emergency_now(session):
            return self._prompt(session, notes)  # this message asks us to check something
        if state == "consent":
            return self._answer_consent(session, text, reading, notes)
        question = QUESTIONS_BY_FACT[state]
        if question.group:
            return self._answer_checklist(session, question, text, reading, notes, before[0])
        if reading is None:
            value: Any = exact(question.fact, text)
            certainty = Certainty.sure if value is not None else Certainty.none
        else:
            value, certainty = reading.value, reading.certainty
            if value is not None:
                session.decided[question.id] = reading.decided_by
        if self._emergency_now(session):
            # a red flag in this very message: keep a sure answer, then the emergency
            if value is not None and value != UNSURE and certainty is Certainty.sure:
                self._record(session, question.id, value)
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if session.confirming is not None:  # a red flag said of someone unclear
            return self._prompt(session, notes)
        if value is None:
            return self._not_read(session, question, reading, notes)
        if certainty is Certainty.likely:
            if session.rejected == [question.id, _jsonable(value)]:
                # the same reading the patient just said was wrong: not read
                return self._not_read(session, question, None, notes)
            return self._ask_to_confirm(session, question.id, value, notes)
        if value == UNSURE and not session.following_up and question.id not in session.said:
            session.following_up = True
            session.misreads = 0
            return self._prompt(session, notes)
        return self._settle(session, question, value, notes)

    def _answer_checklist(
        self,
        session: Session,
        question: Question,
        text: str,
        reading: Reading | None,
        notes: list[str],
        before: dict[str, Any],
    ) -> Reply:
        """One message at a checklist: items tapped or typed, "none of these", or "not sure"."""
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        # facts this very message raised ("bit of a temperature") answer the checklist too
        still = [f for f in question.group if f not in before]
        found = checklist.read_checklist(question, still, text, reading is None, session.answers)
        if found.values:
            self._record_all(session, found.values)
            if reading is not None:
                session.decided.update(dict.fromkeys(found.values, found.decided_by))
            session.implied += [f for f in found.implied if f not in session.implied]
        if found.one_by_one:
            # "not sure", a bare "yes", or a hedge: each item gets its own question
            if question.id not in session.opened:
                session.opened.append(question.id)
            fire("advance", session, self._context(session))
            return self._prompt(session, [*notes, replies.ONE_BY_ONE])
        if found.values:
            if all(f in session.answers for f in question.group) or self._emergency_now(session):
                fire("advance", session, self._context(session))
                return self._prompt(session, notes)
            session.step += 1
            session.following_up = True  # "Anything else from this list?"
            session.misreads = 0
            return self._prompt(session, notes)
        aside = reading is not None and (reading.kind is not Kind.unreadable or bool(notes))
        if aside:
            session.asides += 1
        if aside and session.asides <= _aside_limit(reading):
            assert reading is not None
            said = [*notes, *self._acknowledge(reading, quiet=bool(notes), asking=question.id)]
            return self._prompt(session, said or [replies.ACKNOWLEDGE["story"]])
        if aside and _heard(reading):
            assert reading is not None
            notes = [*notes, *self._acknowledge(reading, quiet=True, asking=question.id)]
        session.misreads += 1
        if session.misreads < 2:
            return self._prompt(session, [*notes, replies.CHECKLIST_MISREAD])
        if question.id not in session.opened:
            session.opened.append(question.id)
        fire("advance", session, self._context(session))
        return self._prompt(session, [*notes, replies.ONE_BY_ONE])

    def _not_read(
        self, session: Session, question: Question, reading: Reading | None, notes: list[str]
    ) -> Reply:
        """Not an answer is not a misread (SPEC 4); two unreadable answers are "not sure"."""
        aside = (reading is not None and reading.kind is not Kind.unreadable) or bool(notes)
        if aside:
            session.asides += 1
        if aside and session.asides <= _aside_limit(reading):
            said = list(notes)
            if reading is not None:
                said += self._acknowledge(reading, quiet=bool(notes), asking=question.id)
            return self._prompt(session, said or [replies.ACKNOWLEDGE["story"]])
        if aside and _heard(reading):
            assert reading is not None
            notes = [*notes, *self._acknowledge(reading, quiet=True, asking=question.id)]
        session.misreads += 1
        if session.misreads < 2:
            line = MISREAD.format(examples=replies.examples(question.id, question.example))
            return self._prompt(session, [*notes, line])
        session.assumed.append(question.id)
        return self._settle(session, question, UNSURE, [*notes, ASSUMED_UNSURE])

    def _acknowledge(
        self, reading: Reading, *, quiet: bool = False, asking: str | None = None
    ) -> list[str]:
        """A short line for what was said instead of an answer (``quiet``: notes said it).

        ``asking`` is the open question: "why do you ask?" gets that question's reason.
        """
        lines: list[str] = []
        if reading.question == "why_ask" and asking in replies.WHY:
            lines.append(replies.WHY[asking][0])
        elif reading.question is not None:
            answer, _source = replies.ANSWERS[reading.question]
            lines.append(answer)
        elif reading.remark is not None:
            lines.append(replies.ACKNOWLEDGE.get(reading.remark, replies.ACKNOWLEDGE["story"]))
        elif reading.crisis is None and not quiet:
            lines.append(replies.ACKNOWLEDGE["story"])
        if reading.worry and reading.crisis is None:
            lines.append(replies.WORRY)
        return lines

    def _answer_consent(
        self, session: Session, text: str, reading: Reading | None, notes: list[str]
    ) -> Reply:
        value = (text.strip().lower() == "yes") if reading is None else reading.value
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if value is True:
            session.consent = True
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if value is False:
            return self._reply(session, [*notes, self._fill(DECLINED)], self._options(session))
        acknowledged = self._acknowledge(reading) if reading is not None else []
        if value == UNSURE:
            return self._prompt(session, [*notes, *acknowledged, CONSENT_UNSURE])
        return self._prompt(
            session, [*notes, *acknowledged, MISREAD.format(examples="'yes' or 'not now'")]
        )

    # Confirmations: "I read that as ... Is that right?" (SPEC 4).

    def _ask_to_confirm(
        self, session: Session, fact: str, value: Any, notes: list[str], kind: str = "answer"
    ) -> Reply:
        session.confirming = {"fact": fact, "value": value, "kind": kind}
        session.step += 1
        session.misreads = 0
        return self._prompt(session, notes)

    def _confirming(self, session: Session, text: str, reading: Reading, notes: list[str]) -> Reply:
        """A typed reply to a confirmation: yes, no, or a fresh answer."""
        fact = session.confirming["fact"] if session.confirming else None
        answer = read(text, "consent", session.answers)  # a plain yes / no, as at consent
        if self._emergency_now(session):
            session.confirming = None
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if answer.value in (True, False) and answer.certainty is Certainty.sure:
            return self._confirmed(session, bool(answer.value), notes)
        assert session.confirming is not None
        if session.confirming["kind"] in ("answer", "noted") and fact in QUESTIONS_BY_FACT:
            fresh = read(text, fact, session.answers)
            if fresh.value is not None and fresh.certainty is Certainty.sure:
                session.confirming = None
                return self._settle(session, QUESTIONS_BY_FACT[fact], fresh.value, notes)
        session.misreads += 1
        if session.misreads >= 2:
            return self._unconfirmed(session, notes)
        return self._prompt(session, [*notes, MISREAD.format(examples="'yes' or 'no'")])

    def _unconfirmed(self, session: Session, notes: list[str]) -> Reply:
        """Two replies to a confirmation that could not be read: take the safer reading."""
        pending = session.confirming
        assert pending is not None
        session.confirming = None
        fact, value, kind = pending["fact"], pending["value"], pending["kind"]
        if kind == "flag":
            self._raise(session, fact, value, pending.get("words", ""))
            return self._after_flag(session, [*notes, ASSUMED_UNSURE])
        if kind in ("clear", "clear_again"):
            session.rejected = [f"clear:{fact}", pending.get("denial", "")]
            return self._prompt(session, [*notes, replies.KEPT])
        question = QUESTIONS_BY_FACT[fact]
        safer = value if _severity(fact, value) > _severity(fact, UNSURE) else UNSURE
        session.assumed.append(fact)
        return self._settle(session, question, safer, [*notes, ASSUMED_UNSURE])

    def _confirmed(self, session: Session, yes: bool, notes: list[str] | None) -> Reply:
        pending = session.confirming
        assert pending is not None
        session.confirming = None
        notes = list(notes or [])
        fact, value, kind = pending["fact"], pending["value"], pending["kind"]
        if kind == "flag":
            if yes:
                self._raise(session, fact, value, pending.get("words", ""))
                notes.append(NOTED.format(what=FACT_PLAIN.get(fact, fact)))
            else:
                # "no, that's my mum": the same words sent again are not asked about again
                session.rejected = [f"flag:{fact}", pending.get("words", "")]
            return self._after_flag(session, notes)
        if kind in ("clear", "clear_again") and not yes:
            # "no, it was not a mistake": the same denial sent again is not asked about again
            session.rejected = [f"clear:{fact}", pending.get("denial", "")]
            return self._prompt(session, [*notes, replies.KEPT])
        if kind == "clear":
            session.confirming = {**pending, "kind": "clear_again"}
            session.step += 1
            return self._prompt(session, notes)
        if kind == "clear_again":
            self._clear(session, fact)
            return self._after_flag(session, [*notes, replies.CLEARED])
        question = QUESTIONS_BY_FACT.get(fact)
        if question is None or session.state != fact:
            return self._prompt(session, notes)
        if yes:
            return self._settle(session, question, value, notes)
        session.step += 1
        session.rejected = [fact, _jsonable(value)]
        return self._prompt(session, [*notes, replies.CONFIRM_NO])

    def _after_flag(self, session: Session, notes: list[str]) -> Reply:
        if (session.state not in OUTCOME_STATES and self._emergency_now(session)) or (
            session.state in OUTCOME_STATES and session.state != "emergency"
        ):
            fire("advance", session, self._context(session))
        return self._prompt(session, notes)

    def _settle(self, session: Session, question: Question, value: Any, notes: list[str]) -> Reply:
        self._record(session, question.id, value)
        fire("advance", session, self._context(session))
        return self._prompt(session, notes)

    def _record(self, session: Session, fact: str, value: Any) -> None:
        """Set one answer; the higher reading wins over a free-text red flag."""
        self._record_all(session, {fact: value})

    def _record_all(self, session: Session, values: dict[str, Any]) -> None:
        """Set answers as one step for /back; for each, the higher reading wins."""
        entry = self._push_undo(session)
        for fact, value in values.items():
            if fact in session.answers and _severity(fact, session.answers[fact]) > _severity(
                fact, value
            ):
                value = session.answers[fact]
            entry["facts"].setdefault(fact, [fact in session.answers, session.answers.get(fact)])
            session.answers[fact] = value

    def _push_undo(self, session: Session) -> dict[str, Any]:
        entry = {
            "state": session.state,
            "facts": {},
            "said": dict(session.said),
            "alarms": list(session.alarms),
            "assumed": list(session.assumed),
            "opened": list(session.opened),
        }
        session.undo.append(entry)
        return entry

    # What a message says beside its answer.

    def _apply(self, session: Session, reading: Reading, text: str | None = None) -> list[str]:
        """Raise red flags, emergencies and crisis from any message (they stick).

        Returns what to tell the patient first. A red flag only ever raises; a
        statement about someone unclear ("she wet herself") is asked about.
        """
        notes: list[str] = []
        for emergency in reading.emergencies:
            reason = _EMERGENCY_REASON.get(emergency, emergency)
            if reason not in session.alarms:
                session.alarms.append(reason)
        if reading.crisis == "danger":
            session.crisis = "danger"
            if "self_harm" not in session.alarms:
                session.alarms.append("self_harm")
        elif reading.crisis == "crisis":
            if "crisis_words" not in session.alarms:
                session.alarms.append("crisis_words")
            notes.append(
                replies.CRISIS.format(
                    crisis=self.contacts.crisis_text, emergency=self.contacts.emergency_text
                )
            )
            session.crisis = "crisis"
        elif reading.crisis == "safe" and session.crisis == "crisis":
            session.crisis = "safe"
            notes.append(replies.SAFE_AGAIN)
        raised: set[str] = set()
        open_question = QUESTIONS_BY_FACT.get(session.state)
        asked_now = {session.state, *(open_question.group if open_question else ())}
        for assertion in reading.red_flags:
            if assertion.fact in asked_now and _hedged_answer(
                session, reading, text, assertion.fact
            ):
                # "not sure, i've been going more often but it may be the tea": a hedged
                # answer to the question asked is shown back first (SPEC 4), not jumped on
                continue
            if self._raise(session, assertion.fact, assertion.value, assertion.words):
                raised.add(assertion.fact)
                if assertion.fact not in asked_now:
                    notes.append(NOTED.format(what=FACT_PLAIN.get(assertion.fact, assertion.fact)))
        # one mention of someone unclear per fact and message, so that a "no" to it
        # holds when the same message comes again (two overlapping mentions asked in
        # turn would never end)
        unclear: dict[str, Assertion] = {}
        for assertion in reading.assertions:
            if (
                assertion.experiencer is Experiencer.unclear
                and not assertion.negated
                and not assertion.asked
                and assertion.when is When.now
                and assertion.value not in (False, "none", None)
            ):
                unclear.setdefault(assertion.fact, assertion)
        for assertion in unclear.values():
            if (
                assertion.fact in RAISING
                and (
                    assertion.fact not in session.answers
                    # "no" earlier, and now "is it normal to wet myself?": ask about it
                    or _severity(assertion.fact, session.answers[assertion.fact])
                    < _severity(assertion.fact, assertion.value)
                )
                and assertion.fact != session.state
                and session.confirming is None
                and session.state not in OUTCOME_STATES
                and session.rejected != [f"flag:{assertion.fact}", assertion.words]
            ):
                session.confirming = {
                    "fact": assertion.fact,
                    "value": assertion.value,
                    "kind": "flag",
                    "words": assertion.words,
                }
                session.step += 1
        self._maybe_clear(session, reading, raised)
        if self._emergency_now(session):
            return [n for n in notes if n.startswith(replies.CRISIS[:20])]
        return notes

    def _note(self, session: Session, text: str) -> None:
        """Facts told in passing, kept for a one-tap confirmation at their question."""
        if not names_cancer_or_treatment(text):
            return
        for fact, named_by in PASSING_FACTS.items():
            if fact == session.state or fact in session.answers:
                continue
            said = read(text, fact, session.answers, scan=(), answer_only=True)
            # only what was stated: "none of these" at a checklist says nothing of cancer
            told = said.decided_by.startswith(named_by) and said.value not in _NOT_TOLD
            if told and said.kind is Kind.answer:
                session.noted[fact] = said.value
        if session.noted and not self._emergency_now(session):
            # a stated value that raises the level to an emergency applies at once (SPEC 3)
            combined = {**session.noted, **session.answers}
            if triage(combined, session.standing_alarms()).level is Level.emergency:
                for fact, value in session.noted.items():
                    if fact not in session.answers:
                        self._record(session, fact, value)

    def _raise(self, session: Session, fact: str, value: Any, words: str) -> bool:
        """Set a red flag from free text; True when it raised something."""
        if fact in session.answers and _severity(fact, session.answers[fact]) >= _severity(
            fact, value
        ):
            return False
        session.answers[fact] = value
        session.said[fact] = words
        return True

    def _maybe_clear(self, session: Session, reading: Reading, raised: set[str]) -> None:
        """Ask twice before clearing a red flag: "I didn't wet myself, that was a mistake"."""
        if session.confirming is not None or session.state in OUTCOME_STATES:
            return
        for assertion in reading.assertions:
            if (
                assertion.fact in session.said
                and assertion.fact not in raised
                and assertion.negated
                and assertion.value not in (False, "none", None)
                and assertion.experiencer is Experiencer.patient
                and session.answers.get(assertion.fact) not in (False, "none")
                and session.rejected != [f"clear:{assertion.fact}", assertion.words]
            ):
                session.confirming = {
                    "fact": assertion.fact,
                    "value": session.answers[assertion.fact],
                    "kind": "clear",
                    "words": session.said[assertion.fact],
                    "denial": assertion.words,
                }
                session.step += 1
                return

    def _clear(self, session: Session, fact: str) -> None:
        """Undo a red flag the patient twice said was a mistake: its question comes again."""
        words = session.said.pop(fact, "")
        session.corrections.append({"fact": fact, "words": words, "was": session.answers.get(fact)})
        session.answers.pop(fact, None)

    # Rendering.

    def _context(self, session: Session) -> Context:
        answers = Answers(session.answers)
        level = triage(session.answers, session.standing_alarms()).level
        return Context(answers, level, frozenset(session.opened))

    def _emergency_now(self, session: Session) -> bool:
        return self._context(session).floor is Level.emergency

    def _fill(self, text: str) -> str:
        return text.format(emergency=self.contacts.emergency_text)

    def _options(self, session: Session) -> tuple[Option, ...]:
        if session.confirming is not None:
            options = _CONFIRM_OPTIONS[session.confirming["kind"]]
            return tuple(Option(label, f"{session.step}:{value}") for label, value in options)
        question = _current_question(session)
        if question is None:
            return ()
        options = question.options
        if question.group:
            items = tuple(
                (label, f"{fact}={_jsonable(value)}")
                for label, fact, value in question.items
                if fact not in session.answers
            )
            done = "No, nothing else" if session.following_up else options[0][0]
            options = (*items, (done, options[0][1]), *options[1:])
        return tuple(Option(label, f"{session.step}:{value}") for label, value in options)

    def _prompt(self, session: Session, notes: list[str], *, outcome: bool = True) -> Reply:
        """Notes, then the current question (or the outcome, when finished)."""
        if session.step == 0:
            session.begin_question()  # consent is on screen: its buttons and answers count
        if session.state in OUTCOME_STATES:
            if not outcome:
                urgent_first = [self._fill(STILL_EMERGENCY)] if session.state == "emergency" else []
                return self._reply(session, [*urgent_first, *notes, FINISHED], ())
            outcome_texts = self.outcome_messages(session)
            if session.state == "emergency":
                # the emergency comes first, always; what else was said follows it
                return self._reply(session, [*outcome_texts[:1], *notes, *outcome_texts[1:]], ())
            if session.offer is None and _raised_past_floor(session):
                # below an emergency, one tap for a check-in again later (SPEC 7)
                session.offer = "offered"
                days = followup.SCHEDULE[session.state]
                offer = followup.OFFER.format(when=followup.when(days))
                options = tuple(
                    Option(label, f"{session.step}:{value}")
                    for label, value in followup.OFFER_OPTIONS
                )
                return self._reply(session, [*notes, *outcome_texts, offer], options)
            return self._reply(session, [*notes, *outcome_texts], ())
        if session.state == followup.STATE:
            return self._reply(
                session, [*notes, self._followup_question(session)], self._followup_options(session)
            )
        if session.confirming is not None:
            return self._reply(
                session, [*notes, _confirmation(session.confirming)], self._options(session)
            )
        question = _current_question(session)
        assert question is not None
        text = question.follow_up if session.following_up else question.text
        return self._reply(session, [*notes, text], self._options(session))

    def _reply(self, session: Session, messages: list[str], options: tuple[Option, ...]) -> Reply:
        level = session.outcome["level"] if session.outcome else None
        fact = session.state if session.state in FACTS else None
        question = QUESTIONS_BY_FACT.get(session.state)
        group: tuple[str, ...] = ()
        if question is not None and question.group and session.confirming is None:
            group = tuple(f for f in question.group if f not in session.answers)
        confirm = None
        pending = session.confirming
        if pending is not None and session.state not in OUTCOME_STATES:
            value = pending["value"]
            if pending["kind"] in ("clear", "clear_again"):
                value = False if pending["value"] is True else "none"
            confirm = (pending["fact"], value)
        return Reply(
            tuple(messages),
            options,
            session.state,
            fact,
            level,
            level == "emergency",
            confirm=confirm,
            facts=group,
        )

    # Follow-ups (SPEC 7; flows/followup.py).

    def _answer_offer(self, session: Session, yes: bool, notes: list[str]) -> Reply:
        session.offer = "accepted" if yes else "declined"
        if not yes:
            return self._reply(session, [*notes, followup.DECLINED], ())
        days = followup.SCHEDULE[session.state]
        accepted = followup.ACCEPTED.format(when=followup.when(days))
        return replace(self._reply(session, [*notes, accepted], ()), followups=days)

    def begin_followup(self, earlier: Session, level: str, days: int) -> tuple[Session, Reply]:
        """A follow-up check-in ``days`` after a check-in that ended at ``level``: its own
        session, with the earlier answers and that level as a floor."""
        session = Session.from_dict(earlier.to_dict())
        session.state = followup.STATE
        session.floor = level
        session.offer = None
        session.outcome = None
        session.undo = []
        session.confirming = None
        session.checkin = {"kind": "urgent" if level == "urgent" else "general", "days": days}
        session.step += 1
        session.misreads = session.asides = 0
        return session, self._prompt(session, [])

    def remind(self, session: Session) -> Reply:
        """The one reminder of an unanswered follow-up."""
        return self._reply(session, [followup.REMINDER], self._followup_options(session))

    def _followup_question(self, session: Session) -> str:
        checkin = session.checkin or {}
        if checkin.get("kind") == "urgent":
            return followup.URGENT_QUESTION
        return followup.QUESTION.format(ago=followup.ago(int(checkin.get("days", 2))))

    def _followup_options(self, session: Session) -> tuple[Option, ...]:
        urgent = (session.checkin or {}).get("kind") == "urgent"
        choices = followup.URGENT_OPTIONS if urgent else followup.OPTIONS
        return tuple(Option(label, f"{session.step}:{value}") for label, value in choices)

    def _answer_followup(
        self, session: Session, text: str, reading: Reading | None, notes: list[str]
    ) -> Reply:
        urgent = (session.checkin or {}).get("kind") == "urgent"
        if reading is None:
            said: str | None = text
        else:
            said = read_followup(text, urgent)
        if self._emergency_now(session):
            fire("advance", session, self._context(session))
            return self._prompt(session, notes)
        if said is None:
            heard = self._acknowledge(reading) if reading is not None else []
            misread = followup.URGENT_MISREAD if urgent else followup.MISREAD
            return self._prompt(session, [*notes, *heard, misread], outcome=False)
        assert session.checkin is not None
        session.checkin["said"] = said
        if said in followup.RESCREEN:
            for fact in followup.RECHECKED:
                session.answers.pop(fact, None)
            session.opened = []
            fire("advance", session, self._context(session))
            return self._prompt(session, [*notes, followup.RESCREENING])
        fire("advance", session, self._context(session))
        if session.state not in OUTCOME_STATES:
            return self._prompt(session, notes)  # something still to ask
        if said in (followup.BETTER, followup.GOT_HELP):
            lead = followup.BETTER_TEXT if said == followup.BETTER else followup.GOT_HELP_TEXT
            result = triage(session.answers, session.standing_alarms())
            care = self_care(result, Answers(session.answers))
            return self._reply(session, [*notes, " ".join([lead, *care]), followup.CLOSING], ())
        lead = followup.NOT_YET_TEXT if said == followup.NOT_YET else followup.SAME_TEXT
        return self._reply(session, [*notes, lead, *self.outcome_messages(session)], ())

    def outcome_messages(self, session: Session) -> list[str]:
        """The outcome texts and the doctor's summary for a finished session."""
        result = triage(session.answers, session.standing_alarms())
        uncertain = [f for f, v in session.answers.items() if v == UNSURE]
        messages = compose(result, session.answers, uncertain, self.contacts)
        summary = doctor_summary(
            result,
            session.answers,
            FLOW_VERSION,
            said=session.said,
            corrections=session.corrections,
            implied=session.implied,
            where=session.where,
            assumed=session.assumed,
        )
        return [*messages, summary]


_OFFER_VALUES = frozenset(value for _, value in followup.OFFER_OPTIONS)


def _raised_past_floor(session: Session) -> bool:
    """A check-in, or a follow-up that ended above the level it follows: worth a
    follow-up of its own (SPEC 7); one that stays at its floor is already followed up."""
    return session.floor is None or Level[session.state] > Level[session.floor]


def _aside_limit(reading: Reading | None) -> int:
    """Asides in a row acknowledged before the next counts as an attempt not read: a
    question or a fear gets one more, and is still answered after that, so that the same
    question sent again and again cannot hold the check-in in a loop."""
    return 4 if _heard(reading) else 2


def _heard(reading: Reading | None) -> bool:
    """A question to the bot or a fear is answered every time: it is never a misread."""
    return reading is not None and (reading.question is not None or reading.worry)


def _current_question(session: Session) -> Question | None:
    if session.state == "consent":
        return CONSENT
    return QUESTIONS_BY_FACT.get(session.state)


def command_of(text: str) -> str | None:
    """The command a message sends ("/start@bot go" is "start"), or None."""
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) < 2:
        return None
    word = stripped[1:].split(maxsplit=1)[0].split("@", 1)[0].lower()
    return word or None


_EMERGENCY_REASON = {
    "chest_pain": "chest_pain",
    "stroke": "stroke_signs",
    "breathing": "breathing_trouble",
    "overdose": "painkiller_overdose",
}

_CONFIRM_OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "answer": replies.CONFIRM_OPTIONS,
    "noted": replies.CONFIRM_OPTIONS,
    "flag": replies.CONFIRM_FLAG_OPTIONS,
    "clear": replies.CLEAR_OPTIONS,
    "clear_again": replies.CLEAR_AGAIN_OPTIONS,
}


def _jsonable(value: Any) -> Any:
    """A value as it comes back from storage (tuples are stored as lists)."""
    return list(value) if isinstance(value, tuple) else value


def _confirmation(pending: dict[str, Any]) -> str:
    fact, kind = pending["fact"], pending["kind"]
    if kind == "flag":
        return replies.CONFIRM_FLAG.format(words=pending.get("words", ""))
    if kind == "clear":
        return replies.CLEAR_ASK.format(words=pending.get("words", ""))
    if kind == "clear_again":
        return replies.CLEAR_AGAIN.format(plain=replies.PLAIN_FACT.get(fact, fact))
    if kind == "noted":
        return replies.CONFIRM_NOTED.format(reading=replies.shown(fact, pending["value"]))
    return replies.CONFIRM.format(reading=replies.shown(fact, pending["value"]))


def read_answer(fact: Fact, text: str) -> Any | None:
    """An answer's canonical value, UNSURE, or None when it cannot be read (sure or likely)."""
    plain = exact(fact, text)
    if plain is not None:
        return plain
    return read(text, fact.id).value


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

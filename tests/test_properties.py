"""Property-based tests (hypothesis) over the engine and the conversation service.

Issue 4, point 2: whatever a patient sends, in any order, the bot answers sensibly
and nothing crashes. Hypothesis plays sequences of any mix of free text (arbitrary
unicode, emoji, right-to-left text, zero-width and combining characters, very long
strings), commands, button data (valid, stale, forged, garbage), canonical answers,
red-flag phrases, edited messages and things that are not text, and after every
step checks the invariants below. Each step is also replayed on a copy of the
session that went through ``json.dumps(Session.to_dict())`` and back, which must
give the same reply and the same session.

The same sequences run through :class:`bot.service.ConversationService` on a real
SQLite file, reconnecting now and then, against the pure engine in memory.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.service import ConversationService
from flows.engine import (
    NOTHING_TO_UNDO,
    ONLY_TEXT,
    RESTARTED,
    STALE_BUTTON,
    UNKNOWN_COMMAND,
    WELCOME_BACK,
    WENT_BACK,
    Engine,
    Inbound,
    Option,
    Reply,
    Session,
)
from flows.facts import FACTS
from flows.machine import OUTCOME_STATES, QUESTION_STATES, STATES
from flows.questions import QUESTIONS
from flows.reading import read
from flows.rules import Level, triage
from storage import SessionStore, connect

ENGINE = Engine()
PATIENT = "patient-key-under-test"
#: Telegram refuses callback data over 64 bytes.
CALLBACK_DATA_LIMIT = 64

# --------------------------------------------------------------------------- inputs

#: (phrase, the fact it raises or None, whether it alone means an emergency).
RED_FLAGS: tuple[tuple[str, str | None, bool], ...] = (
    ("I wet myself", "bladder_bowel", True),
    ("I can't feel when I wipe", "saddle_numbness", True),
    ("pins and needles between my legs", "saddle_numbness", True),
    ("my legs gave way this morning", "both_legs", True),
    ("I can't get an erection since this started", "sexual_change", True),
    ("I've had a fever since last night", "fever", False),
    ("my foot drags when I walk", "leg_weakness", False),
    ("I lost weight without trying", "weight_loss", False),
    ("I just want to kill myself", None, False),  # despair: crisis line, at least urgent
    ("I have the pills ready and I'm going to end it tonight", None, True),  # a plan
    ("I have crushing chest pain", None, True),
    ("I took too many painkillers", None, True),
)

CANONICAL = (
    "yes",
    "no",
    "not sure",
    "unsure",
    "none",
    "stable",
    "worsening",
    "active",
    "past",
    "helped",
    "not_helped",
    "45",
    "7",
    "3 weeks",
    "13 days",
    "taxane, radiotherapy",
    "hormone",
    "breast",
    "Yes",
    "NO",
    " no ",
    "no, nothing like that",
    "dunno",
)

ODD_TEXT = (
    "",
    " ",
    "\n\n",
    "🙂🙂🙂",
    "👨‍👩‍👧‍👦🏳️‍🌈",
    "שלום, אני בסדר",  # Hebrew, right to left
    "مرحبا لا",  # Arabic, right to left
    "\u202eon\u202c",  # right-to-left override around "no"
    "\u200b\u200c\u200d\ufeff",  # zero-width only
    "n\u200bo",  # "no" with a zero-width space inside
    "ye\u0301s\u0308",  # combining marks
    "Z\u0351\u0364\u0367a\u0338\u0334l\u0353g\u0336o",  # zalgo
    "ｎｏ",  # fullwidth
    "²",  # a digit to str.isdigit, not to int()
    "10²",
    "①",
    "\x00\x01\x7f",
    "<b>no</b>",
    "*no*",
    "<script>alert(1)</script>",
    "' OR 1=1; --",
    "{}",
    "%s %d {0} {emergency}",
    "/",
    "//",
    "yes" * 2000,
    "🙂" * 5000,
    "a" * 10_000,
    "no " * 3000,
)

KNOWN_COMMANDS = (
    "/start",
    "/back",
    "/restart",
    "/help",
    "/start g1a2b3c4d5e",
    "/start@sciatica_test_bot",
    "/BACK",
    " /restart ",
    "/help me please",
)

#: Inputs after which leaving the emergency outcome is allowed: the patient asked for it.
LEAVE_EMERGENCY = frozenset({"back", "restart", "start"})


def _noise() -> st.SearchStrategy[str]:
    """Text around a red-flag phrase that cannot negate it (no letters)."""
    return st.text(alphabet="🙂😭 .!?\u200b\u200d\u0301\u202e\u202c…-", max_size=6)


def _unknown_command() -> st.SearchStrategy[str]:
    known = {"start", "back", "restart", "help"}
    return st.from_regex(r"/[a-z_]{1,12}", fullmatch=True).filter(
        lambda c: c[1:].lower() not in known
    )


any_text = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=50, max_size=400),
    st.sampled_from(ODD_TEXT),
)
garbage_data = st.one_of(
    st.just("999:yes"),
    st.just("erase:yes"),
    st.just(""),
    st.just(":"),
    st.from_regex(r"-?\d{1,4}:[a-z ]{0,12}", fullmatch=True),
    st.text(max_size=80),
)

Action = tuple[str, Any]

ACTIONS: st.SearchStrategy[Action] = st.one_of(
    st.tuples(st.just("text"), any_text),
    st.tuples(st.just("command"), st.sampled_from(KNOWN_COMMANDS)),
    st.tuples(st.just("command"), _unknown_command()),
    st.tuples(st.just("answer"), st.sampled_from(CANONICAL)),
    st.tuples(st.just("answer"), st.sampled_from(CANONICAL)),
    st.tuples(st.just("press"), st.integers(0, 10)),
    st.tuples(st.just("press"), st.integers(0, 10)),
    st.tuples(st.just("press"), st.integers(0, 10)),
    st.tuples(st.just("stale"), st.integers(0, 1000)),
    st.tuples(st.just("button"), garbage_data),
    st.tuples(st.just("flag"), st.tuples(st.integers(0, len(RED_FLAGS) - 1), _noise(), _noise())),
    st.tuples(st.just("edited"), st.one_of(any_text, st.sampled_from(CANONICAL))),
    st.tuples(st.just("edited_flag"), st.integers(0, len(RED_FLAGS) - 1)),
    st.tuples(
        st.just("unsupported"),
        st.sampled_from(["photo", "sticker", "voice", "document", "location", "contact"]),
    ),
    st.tuples(st.just("finish"), st.sampled_from(["no", "first", "last", "unsure"])),
)

#: Usually the patient starts with /start and consents; sometimes they just type.
OPENINGS = st.sampled_from([(), (("command", "/start"), ("answer", "yes")), (("answer", "yes"),)])
SEQUENCES = st.builds(
    lambda opening, rest: [*opening, *rest], OPENINGS, st.lists(ACTIONS, min_size=1, max_size=30)
)

# ------------------------------------------------------------------------- playing


def snapshot(session: Session) -> dict[str, Any]:
    """The session as plain JSON data."""
    return json.loads(json.dumps(session.to_dict()))  # type: ignore[no-any-return]


def unchanged(session: Session, before: dict[str, Any]) -> bool:
    """Nothing changed, except that showing the consent question first counts as a step."""
    after = snapshot(session)
    if before["step"] == 0 and after["step"] == 1:
        after = {**after, "step": 0}
    return after == before


def roundtrip(session: Session) -> Session:
    """The session as storage keeps it: through JSON and back."""
    return Session.from_dict(snapshot(session))


def floor(session: Session) -> Level:
    return triage(session.answers, tuple(session.alarms)).level


def value_of(option: Option) -> str:
    return option.data.split(":", 1)[1]


def pick(options: tuple[Option, ...], mode: str) -> Option:
    values = [value_of(o) for o in options]
    if mode == "no":
        for wanted in ("no", "none", "13 days", "3"):
            if wanted in values:
                return options[values.index(wanted)]
    if mode == "unsure" and "not sure" in values:
        return options[values.index("not sure")]
    return options[-1] if mode == "last" else options[0]


@dataclass
class Player:
    """Plays actions on one session, checking every step."""

    engine: Engine = ENGINE
    session: Session = field(default_factory=Session)
    last: Reply | None = None
    offered: list[Option] = field(default_factory=list)
    turns: int = 0

    # Turning an action into what the patient sends.

    def inbound(self, action: Action) -> tuple[Inbound, str]:
        """The message for ``action``, and a label that says what it is."""
        kind, arg = action
        options = self.last.options if self.last else ()
        if kind in ("text", "answer"):
            return Inbound(arg), kind
        if kind == "command":
            return Inbound(arg), "command"
        if kind == "press":
            if options:
                return Inbound(button=options[arg % len(options)].data), "press"
            return Inbound(button=f"{self.session.step}:yes"), "button"
        if kind == "stale":
            if self.offered:
                return Inbound(button=self.offered[arg % len(self.offered)].data), "button"
            return Inbound(button="0:yes"), "button"
        if kind == "button":
            return Inbound(button=arg), "button"
        if kind == "flag":
            index, before, after = arg
            return Inbound(f"{before}{RED_FLAGS[index][0]}{after}"), "flag"
        if kind == "edited":
            return Inbound(arg, edited=True), "edited"
        if kind == "edited_flag":
            return Inbound(RED_FLAGS[arg][0], edited=True), "edited_flag"
        if kind == "unsupported":
            return Inbound(unsupported=arg), "unsupported"
        raise AssertionError(kind)

    def play(self, actions: list[Action]) -> None:
        for action in actions:
            if action[0] == "finish":
                self.finish(action[1])
            else:
                self.send(*self.inbound(action))

    def finish(self, mode: str) -> None:
        """Answer every question with a button until an outcome (or 80 turns)."""
        for _ in range(80):
            if self.session.state in OUTCOME_STATES:
                return
            options = self.last.options if self.last else ()
            if not options:
                self.send(Inbound("/start"), "command")
                continue
            self.send(Inbound(button=pick(options, mode).data), "press")

    # One step, and every invariant.

    def send(self, inbound: Inbound, label: str) -> Reply:
        session = self.session
        before = snapshot(session)
        before_floor = floor(session)
        copy = roundtrip(session)
        assert copy == session, "Session.from_dict(to_dict()) is not the same session"

        reply = self.engine.handle(session, inbound)
        copy_reply = self.engine.handle(copy, inbound)
        assert copy_reply == reply, "a session restored from JSON answers differently"
        assert copy == session, "a session restored from JSON steps differently"
        json.dumps(session.to_dict())  # storable

        self.check_reply(reply)
        self.check_step(inbound, label, before, before_floor, reply)
        if label == "answer" and inbound.text.strip().lower() == "yes" and self.shows_consent():
            assert session.state != "consent", (
                "a typed 'yes' to the consent question on screen was not taken: "
                f"{reply.messages[0][:60]!r}"
            )
        self.turns += 1
        self.last = reply
        self.offered.extend(reply.options)
        return reply

    def shows_consent(self) -> bool:
        """Did the last reply end with the consent question (and no red flag was said)?"""
        return (
            self.last is not None
            and self.last.state == "consent"
            and bool(self.last.options)
            and not self.session.alarms
            and not self.session.said
        )

    def check_reply(self, reply: Reply) -> None:
        session = self.session
        assert reply.messages, "a reply with no message"
        for message in reply.messages:
            assert isinstance(message, str) and message.strip(), f"an empty message: {reply!r}"
            assert "Traceback" not in message and "Error" not in message
        assert reply.state in STATES
        assert reply.state == session.state
        assert reply.fact == (session.state if session.state in FACTS else None)
        if session.state in OUTCOME_STATES:
            # after the outcome, the only buttons are the follow-up offer (SPEC 7), never
            # after an emergency
            offered = {o.data.split(":", 1)[1] for o in reply.options}
            assert offered <= {"followup_yes", "followup_no"}, "questions after the check-in"
            assert not (offered and session.state == "emergency"), "an offer after 999"
            assert reply.finished and reply.level == session.state
            assert session.outcome is not None and session.outcome["level"] == session.state
            assert reply.emergency == (session.state == "emergency")
            # The advice shown is never below what the rules give for what was said.
            assert Level[session.state] >= floor(session), (
                f"outcome {session.state} is below the rules' level {floor(session).name} "
                f"for answers {session.answers} and alarms {session.alarms}"
            )
        else:
            assert session.state in QUESTION_STATES
            assert reply.options, "an open question without buttons"
            assert not reply.finished
            for option in reply.options:
                assert option.label.strip()
                assert option.data.startswith(f"{session.step}:")
                assert len(option.data.encode()) <= CALLBACK_DATA_LIMIT
        assert session.misreads >= 0 and len(session.undo) >= 0
        if session.state in QUESTION_STATES:
            assert session.misreads < 2, "a third unreadable answer was asked for"

    def check_step(
        self,
        inbound: Inbound,
        label: str,
        before: dict[str, Any],
        before_floor: Level,
        reply: Reply,
    ) -> None:
        session = self.session
        typed = inbound.button is None and not inbound.edited and inbound.unsupported is None
        command = _command(inbound.text) if typed else None

        if before["state"] == "emergency" and command not in LEAVE_EMERGENCY:
            assert session.state == "emergency", (
                f"{inbound!r} left the emergency outcome for {session.state}"
            )

        if command == "back":
            if not before["undo"]:
                assert NOTHING_TO_UNDO in reply.messages
                assert session.state == before["state"]
            else:
                assert NOTHING_TO_UNDO not in reply.messages, (
                    f"/back said there is nothing to undo with {len(before['undo'])} undo "
                    f"entries (last one at {before['undo'][-1]['state']!r}), in {before['state']}"
                )
                assert WENT_BACK in reply.messages
                assert session.state == before["undo"][-1]["state"]
                assert len(session.undo) == len(before["undo"]) - 1
        elif command == "restart":
            assert reply.restarted and RESTARTED in reply.messages
            assert session.answers == {} and session.undo == [] and not session.alarms
            assert session.state == ("consent" if not session.consent else QUESTIONS[0].id)
        elif command == "start":
            if before["state"] in OUTCOME_STATES:
                assert reply.restarted, "/start after an outcome did not begin a new check-in"
                assert session.answers == {}
            elif before["step"] > 0:
                assert WELCOME_BACK in reply.messages
                assert unchanged(session, before)
            else:
                assert session.state == "consent"
        elif command == "help":
            assert unchanged(session, before)
        elif command is not None:
            assert UNKNOWN_COMMAND in reply.messages
            assert unchanged(session, before)
        if reply.restarted:
            assert command in ("restart", "start"), f"{inbound!r} restarted the check-in"

        if label == "unsupported":
            assert ONLY_TEXT in reply.messages
            assert unchanged(session, before), "a photo changed the session"

        if label == "button":
            stale = not inbound.button or inbound.button.partition(":")[0] != str(before["step"])
            if stale or before["state"] in OUTCOME_STATES:
                assert STALE_BUTTON in reply.messages
                assert unchanged(session, before), "a stale or forged button changed the session"

        if label == "press":
            assert STALE_BUTTON not in reply.messages, "a button just offered was called stale"

        if label == "edited" and not _raises(inbound.text):
            assert snapshot(session)["answers"] == before["answers"]
            assert session.state == before["state"]

        if label in ("flag", "edited_flag"):
            phrase = next(p for p in RED_FLAGS if p[0] in inbound.text)
            _, fact, emergency = phrase
            assert floor(session) >= before_floor, "a red flag lowered the level"
            if fact is not None:
                raised = read(phrase[0], None).red_flags[0].value
                assert session.answers.get(fact) in (raised, True, "worsening")
            if emergency:
                assert session.state == "emergency", (
                    f"{inbound.text!r} in state {before['state']} gave {session.state}, "
                    f"not the emergency outcome: {reply.messages[0][:80]!r}"
                )
                assert reply.emergency and reply.messages[0].startswith("🚨")


def _command(text: str) -> str | None:
    stripped = text.strip()
    if not stripped.startswith("/") or len(stripped) < 2:
        return None
    words = stripped[1:].split(maxsplit=1)
    return words[0].split("@", 1)[0].lower() if words else None


#: Derandomized, so that CI sees the same examples every run; no example database on disk.
FAST = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


# ----------------------------------------------------------------------- the engine


@FAST
@given(SEQUENCES)
# After a finished check-in, an emergency red flag must still reach the emergency outcome.
@example([("command", "/start"), ("answer", "yes"), ("finish", "no"), ("flag", (0, "", ""))])
# /back after a red flag told once the check-in had ended.
@example(
    [
        ("command", "/start"),
        ("answer", "yes"),
        ("finish", "no"),
        ("flag", (5, "", "")),
        ("command", "/back"),
    ]
)
# A photo before anything else shows the consent question: a typed "yes" must answer it.
@example([("unsupported", "photo"), ("answer", "yes")])
def test_any_sequence_of_messages_keeps_every_invariant(actions: list[Action]) -> None:
    Player().play(actions)


@pytest.mark.slow  # hundreds of whole conversations: make test, not the inner loop
@FAST
@given(st.lists(ACTIONS, max_size=15), st.integers(0, len(RED_FLAGS) - 1), _noise())
@example([("finish", "no")], 0, "")  # "I wet myself" after a self-care outcome
@example([("finish", "no")], 8, "")  # words of self-harm after a self-care outcome
def test_a_red_flag_never_lowers_the_level_wherever_it_comes(
    actions: list[Action], index: int, noise: str
) -> None:
    player = Player()
    player.play([("command", "/start"), ("answer", "yes"), *actions])
    before = floor(player.session)
    phrase, _fact, emergency = RED_FLAGS[index]
    player.send(Inbound(f"{noise}{phrase}{noise}"), "flag")
    assert floor(player.session) >= before
    if emergency:
        assert player.session.state == "emergency"


@pytest.mark.slow  # hundreds of whole conversations: make test, not the inner loop
@FAST
@given(st.lists(ACTIONS, max_size=20))
# A red flag told in an edited message once in the emergency outcome: /back must still work.
@example([("answer", "yes"), ("edited_flag", 1)])
def test_back_from_the_first_question_has_nothing_to_undo(actions: list[Action]) -> None:
    player = Player()
    player.play([("command", "/start"), ("answer", "yes")])
    reply = player.send(Inbound("/back"), "command")
    assert reply.state == QUESTIONS[0].id
    assert NOTHING_TO_UNDO in reply.messages
    player.play(actions)
    # Undo everything, however much that is: it always ends with "nothing to undo".
    for _ in range(len(player.session.undo) + 1):
        reply = player.send(Inbound("/back"), "command")
        if NOTHING_TO_UNDO in reply.messages:
            break
    assert NOTHING_TO_UNDO in reply.messages
    assert player.session.undo == []


anything_but_a_command = st.one_of(
    st.text(max_size=40).filter(lambda t: not t.strip().startswith("/")),
    st.sampled_from([t for t in ODD_TEXT if not t.strip().startswith("/")]),
    st.sampled_from(CANONICAL),
    st.integers(0, 10),  # a button of the question asked
)

#: Each question takes at most three answers (two misreads, or "not sure" then two
#: misreads); a red flag told in passing may hold a question once more per fact.
TURN_BOUND = 3 * len(QUESTIONS) + 2 * len(FACTS) + 5


@pytest.mark.slow  # hundreds of whole conversations: make test, not the inner loop
@FAST
@given(st.lists(anything_but_a_command, min_size=1, max_size=12))
def test_a_patient_who_keeps_answering_anything_finishes(answers: list[Any]) -> None:
    player = Player()
    player.play([("command", "/start"), ("answer", "yes")])
    for answer in itertools.islice(itertools.cycle(answers), TURN_BOUND):
        if player.session.state in OUTCOME_STATES:
            break
        if isinstance(answer, int):
            options = player.last.options if player.last else ()
            player.send(Inbound(button=options[answer % len(options)].data), "press")
        else:
            player.send(Inbound(answer), "text")
    assert player.session.state in OUTCOME_STATES, (
        f"no outcome after {player.turns} turns; stuck at {player.session.state}"
    )


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=st.characters(codec=None, categories=["Cs", "Co", "Cn"]), max_size=20))
def test_even_lone_surrogates_and_unassigned_code_points_get_a_reply(text: str) -> None:
    player = Player()
    player.play([("command", "/start"), ("answer", "yes")])
    for _ in range(3):
        player.send(Inbound(text), "text")
        player.send(Inbound(text, edited=True), "edited")


def reach(player: Player, fact: str) -> None:
    """Answer with buttons ("no", "none", ...) until the question about ``fact`` is open."""
    player.play([("command", "/start"), ("answer", "yes")])
    for _ in range(40):
        if player.session.state == fact:
            return
        assert player.last is not None and player.last.options, player.session.state
        player.send(Inbound(button=pick(player.last.options, "no").data), "press")
    raise AssertionError(f"the question about {fact} never came")


#: Digits to ``str.isdigit`` that ``int()`` refuses, then decimal digits it reads.
ODD_DIGITS = ("²", "10²", "³⁴", "①", "₇", "❺", "٤٥", "４５")


@pytest.mark.parametrize("fact", ["age", "pain_score"])
def test_digits_that_int_cannot_read_get_a_reply_at_a_number_question(fact: str) -> None:
    for text in ODD_DIGITS:
        player = Player()
        reach(player, fact)
        for _ in range(3):  # twice unreadable at most, then "not sure"
            if player.session.state != fact:
                break
            player.send(Inbound(text), "text")
        assert player.session.state != fact, f"{text!r} kept the {fact} question open"


# --------------------------------------------------------- through the service and SQLite


class Stored:
    """The conversation service on one SQLite file, reconnected on demand."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = connect(path)
        self.service = ConversationService(SessionStore(self.db), ENGINE)
        self.update_ids = itertools.count(1)
        self.last_update: int | None = None

    def reconnect(self) -> None:
        self.db.close()
        self.db = connect(self.path)
        self.service = ConversationService(SessionStore(self.db), ENGINE)

    def close(self) -> None:
        self.db.close()

    def load(self) -> Session:
        stored = self.service.store.load(PATIENT)
        assert stored is not None
        return stored.session


def _comparable(reply: Reply) -> tuple[Any, ...]:
    # The doctor's summary shows the age band once stored (the exact age is never kept).
    messages = tuple(m for m in reply.messages if not m.startswith("📋"))
    return (messages, reply.options, reply.state, reply.fact, reply.level, reply.emergency)


SERVICE_ACTIONS = st.one_of(ACTIONS, st.just(("reconnect", None)), st.just(("redeliver", None)))
_files = itertools.count()


@pytest.mark.slow  # hundreds of whole conversations: make test, not the inner loop
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.builds(
        lambda opening, rest: [*opening, *rest],
        OPENINGS,
        st.lists(SERVICE_ACTIONS, min_size=1, max_size=25),
    )
)
@example(
    [
        ("command", "/start"),
        ("answer", "yes"),
        ("finish", "no"),
        ("reconnect", None),
        ("command", "/restart"),
        ("reconnect", None),
        ("answer", "no"),
    ]
)
def test_the_service_on_sqlite_answers_like_the_engine_and_resumes_after_a_reconnect(
    tmp_path: Path, actions: list[Action]
) -> None:
    stored = Stored(tmp_path / f"bot-{next(_files)}.db")
    mirror = Player()  # the pure engine, in memory, checking every invariant
    try:
        for action in actions:
            kind = action[0]
            if kind == "reconnect":
                stored.reconnect()
                if mirror.turns:
                    session = stored.load()
                    assert session.state == mirror.session.state, "resumed at another question"
                    assert session.step == mirror.session.step
                    assert len(session.undo) == len(mirror.session.undo)
                continue
            if kind == "redeliver":
                if stored.last_update is not None:
                    state = stored.load().to_dict()
                    turn = stored.service.handle(
                        PATIENT, Inbound("yes"), update_id=stored.last_update
                    )
                    assert turn is None, "a re-delivered update was handled twice"
                    assert stored.service.inbox.store_new([(stored.last_update, b"x")]) == []
                    assert stored.load().to_dict() == state
                continue
            steps = (
                _finish_steps(mirror, action[1])
                if kind == "finish"
                else iter([mirror.inbound(action)])
            )
            for inbound, label in steps:
                update_id = next(stored.update_ids)
                # As the runtime does: the update is in the inbox before it is handled.
                assert stored.service.inbox.store_new([(update_id, b"sealed")]) == [update_id]
                turn = stored.service.handle(PATIENT, inbound, update_id=update_id)
                stored.last_update = update_id
                expected = mirror.send(inbound, label)
                assert turn is not None and turn.saved
                assert _comparable(turn.reply) == _comparable(expected)
                assert turn.reply.restarted == expected.restarted
                assert stored.load().state == mirror.session.state
    finally:
        stored.close()


def _finish_steps(player: Player, mode: str) -> Iterator[tuple[Inbound, str]]:
    """The presses ``Player.finish`` makes, one at a time as the replies come."""
    for _ in range(80):
        if player.session.state in OUTCOME_STATES:
            return
        options = player.last.options if player.last else ()
        if not options:
            yield Inbound("/start"), "command"
        else:
            yield Inbound(button=pick(options, mode).data), "press"


def _raises(text: str) -> bool:
    """Whether a message raises anything wherever it is typed (red flag, emergency, crisis)."""
    reading = read(text, None)
    return bool(reading.red_flags or reading.emergencies or reading.crisis in ("crisis", "danger"))

"""The check-in as a ``transitions`` state machine: states and transitions declared as data.

States are the consent question, one question per fact (:data:`flows.questions.ORDER`)
and the five outcomes. Three events drive them:

* ``advance``: after an answer, to the emergency outcome if a rule says so,
  else to the next question that should be asked, else to the outcome the rules
  give. The diagram shows the usual next states; any later question is a
  candidate, since a fact already told in free text is skipped.
* ``go_back``: ``/back``, to the question whose answer is undone.
* ``restart``: ``/restart``, to the first question (or consent, if not yet given).

One :class:`transitions.Machine` serves every session: it is built once, holds
no models, and an event is fired for a session with
``MACHINE.events[name].trigger(session, ...)``. Callbacks are synchronous and
pure; they receive the :class:`transitions.EventData`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from transitions import EventData, Machine

from flows.followup import STATE as FOLLOWUP_STATE
from flows.questions import BRING_FORWARD, QUESTIONS, Context, not_asked
from flows.rules import LEVEL_NAMES, Level, triage

if TYPE_CHECKING:
    from flows.session import Session

LEVELS = LEVEL_NAMES
OUTCOME_STATES = frozenset(LEVELS)
#: "followup" opens a follow-up check-in (SPEC 7, flows/followup.py); it is entered by
#: the service, never by an event, and ``advance`` leaves it like any question.
QUESTION_STATES: tuple[str, ...] = ("consent", FOLLOWUP_STATE, *(q.id for q in QUESTIONS))
STATES: tuple[str, ...] = (*QUESTION_STATES, *LEVELS)


def _session(event: EventData) -> Session:
    return cast("Session", event.model)


def _context(event: EventData) -> Context:
    return cast(Context, next(iter(event.args)))


def _labelled(label: str, func: Callable[[EventData], bool]) -> Callable[[EventData], bool]:
    func.__name__ = label
    return func


# Conditions. Each is named for what it checks; the name is the label in the diagram.


def rules_say_emergency(event: EventData) -> bool:
    return _context(event).floor is Level.emergency


#: Facts a checklist asks together: their own questions come only after "Not sure".
_GROUPED = frozenset(fact for q in QUESTIONS for fact in q.group)


#: Facts never asked (they change neither the level nor the advice): not drawn.
_NOT_ASKED = frozenset(q.id for q in QUESTIONS if q.ask_if is not_asked)


def should_ask(fact: str) -> Callable[[EventData], bool]:
    question = next(q for q in QUESTIONS if q.id == fact)

    def check(event: EventData) -> bool:
        ctx = _context(event)
        return not ctx.answers.known(fact) and (question.ask_if is None or question.ask_if(ctx))

    if fact in _GROUPED:
        label = "one by one after 'Not sure'"
    elif question.ask_if is None:
        label = "always"
    else:
        label = f"asked if {fact} matters"
    return _labelled(label, check)


def brought_forward(
    name: str, holds: Callable[[Any], bool], fact: str
) -> Callable[[EventData], bool]:
    """A yes that could complete an emergency asks next what would complete it (SPEC 3)."""
    ask = should_ask(fact)
    return _labelled(name, lambda event: holds(_context(event).answers) and ask(event))


def outcome_is(level: str) -> Callable[[EventData], bool]:
    return _labelled(f"rules give {level}", lambda event: _context(event).floor.name == level)


def undoes_answer_to(state: str) -> Callable[[EventData], bool]:
    return _labelled(
        f"undo {state}",
        lambda event: bool(_session(event).undo) and _session(event).undo[-1]["state"] == state,
    )


def has_consented(event: EventData) -> bool:
    return _session(event).consent


def not_consented(event: EventData) -> bool:
    return not _session(event).consent


# Callbacks. Each is named for what it does.


def begin_question(event: EventData) -> None:
    _session(event).begin_question()


def record_outcome(event: EventData) -> None:
    session = _session(event)
    result = triage(session.answers, session.standing_alarms())
    session.record_outcome(result)


def restore_last_answer(event: EventData) -> None:
    _session(event).restore_last_answer()


def forget_answers(event: EventData) -> None:
    _session(event).forget_answers()


def _usual_next(index: int) -> list[str]:
    """The states that follow question ``index`` when nothing was told early: for the diagram.

    A checklist leads to its first item's own question (after "Not sure") and past
    its items; an item's question leads to the next item, then past the checklist.
    """
    question = QUESTIONS[index]
    if question.group:
        return [question.group[0], *_after(index + len(question.group) + 1)]
    if question.id in _GROUPED:
        following = QUESTIONS[index + 1] if index + 1 < len(QUESTIONS) else None
        if following is not None and following.id in _GROUPED and not following.group:
            return [following.id]
    return _after(index + 1)


def _after(start: int) -> list[str]:
    """The usual states from question ``start`` on, up to the first always asked."""
    usual = []
    for question in QUESTIONS[start:]:
        if question.ask_if is not_asked or (question.id in _GROUPED and not question.group):
            continue  # not asked, or asked only after "Not sure" at its checklist
        usual.append(question.id)
        if question.ask_if is None or question.group:
            return usual
    return [*usual, *LEVELS[1:]]


def _advance_transitions() -> list[dict[str, Any]]:
    """``advance`` as data: tried in this order from every state, the first that holds wins.

    The emergency first; then a fact brought forward by a yes that could complete an
    emergency; then the first question still to ask, in :data:`ORDER`; then the
    outcome the rules give. From an outcome, only a higher outcome (a red flag told
    after the end can only raise it).
    """
    asking = list(QUESTION_STATES)
    answered = [q.id for q in QUESTIONS]
    table: list[dict[str, Any]] = [
        {
            "trigger": "advance",
            "source": [*asking, *LEVELS[1:]],
            "dest": "emergency",
            "conditions": [rules_say_emergency],
        }
    ]
    for _after, name, holds, facts in BRING_FORWARD:
        for fact in facts:
            table.append(
                {
                    "trigger": "advance",
                    "source": answered,
                    "dest": fact,
                    "conditions": [brought_forward(name, holds, fact)],
                }
            )
    for question in QUESTIONS:
        table.append(
            {
                "trigger": "advance",
                "source": asking,
                "dest": question.id,
                "conditions": [should_ask(question.id)],
            }
        )
    for level in LEVELS[1:]:
        table.append(
            {
                "trigger": "advance",
                "source": [*asking, *LEVELS[1:]],
                "dest": level,
                "conditions": [outcome_is(level)],
            }
        )
    return table


TRANSITIONS: list[dict[str, Any]] = [
    *_advance_transitions(),
    *(
        {
            "trigger": "go_back",
            "source": "*",
            "dest": state,
            "conditions": [undoes_answer_to(state)],
            "before": [restore_last_answer],
        }
        for state in (*QUESTION_STATES, *LEVELS)
    ),
    {
        "trigger": "restart",
        "source": "*",
        "dest": "consent",
        "conditions": [not_consented],
        "before": [forget_answers],
    },
    {
        "trigger": "restart",
        "source": "*",
        "dest": QUESTIONS[0].id,
        "conditions": [has_consented],
        "before": [forget_answers],
    },
]


def _state_specs() -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = [
        {"name": name, "on_enter": [begin_question]} for name in QUESTION_STATES
    ]
    specs += [{"name": name, "on_enter": [record_outcome]} for name in LEVELS]
    return specs


def build_machine() -> Machine:
    """The one machine of this flow; call once (module import does)."""
    return Machine(
        model=None,
        states=_state_specs(),
        transitions=TRANSITIONS,
        initial=None,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=True,
    )


MACHINE = build_machine()


def fire(event: str, session: Session, *args: Any) -> bool:
    """Fire ``event`` for one session on the shared machine; True if a transition ran."""
    return bool(MACHINE.events[event].trigger(session, *args))


def mermaid() -> str:
    """The flow as a Mermaid state diagram, drawn from :data:`TRANSITIONS` itself.

    It shows the usual next states, and the facts a yes brings forward from the
    question (or checklist) that can answer it.
    """
    lines = ["stateDiagram-v2", "    direction TB", "    [*] --> consent"]
    seen: set[tuple[str, str]] = set()
    usual = {("consent", QUESTIONS[0].id)}
    usual |= {(q.id, d) for i, q in enumerate(QUESTIONS) for d in _usual_next(i)}
    # a fact brought forward is drawn from the questions that can answer its trigger
    after = {name: fact for fact, name, _holds, _facts in BRING_FORWARD}
    answering = {q.id: {q.id, *q.group} for q in QUESTIONS}
    for spec in TRANSITIONS:
        if spec["trigger"] != "advance" or spec["dest"] == "emergency":
            continue
        sources = spec["source"] if isinstance(spec["source"], list) else [spec["source"]]
        dest, label = spec["dest"], spec["conditions"][0].__name__
        for source in sources:
            if source in _NOT_ASKED:
                continue
            if label in after:
                if after[label] not in answering.get(source, ()) or (source, dest) in seen:
                    continue
            elif (source, dest) in seen or (source, dest) not in usual:
                continue
            seen.add((source, dest))
            lines.append(f"    {source} --> {dest}: {label}")
    # a follow-up check-in (SPEC 7): the screen again after "worse" or "something new",
    # else the earlier level, which is its floor
    lines.append(f"    [*] --> {FOLLOWUP_STATE}: a follow-up comes due")
    lines.append(f"    {FOLLOWUP_STATE} --> {QUESTIONS[0].id}: worse or something new")
    for level in LEVELS[1:]:
        lines.append(f"    {FOLLOWUP_STATE} --> {level}: better, the same, got help, not yet")
    lines.append("    note right of emergency")
    lines.append("        Reached from every state as soon as the rules say emergency,")
    lines.append("        or a free-text red flag, crisis or other emergency is typed.")
    lines.append("        A question whose fact was already told in free text is skipped;")
    lines.append("        a checklist's items are asked one by one after 'Not sure'.")
    lines.append("        /back and /restart work from every state.")
    lines.append("    end note")
    for level in LEVELS:
        lines.append(f"    {level} --> [*]")
    return "\n".join(lines) + "\n"

"""Why staff may need the words of one typed message (docs/privacy.md, "Typed text").

Typed text is stored only when a clinician reviewing the check-in needs the patient's
own words to judge what the bot made of them: a message that raised or answered a red
flag, spoke of crisis or self-harm, could not be read, or whose reading the bot showed
back to confirm (or that answered such a confirmation). Everything else is kept only as
what it was read to mean (the fact and value of its event). The engine decides,
because only it has the reading and the session before and after the step; storage
keeps the reason on the event, so nothing has to be worked out again later.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.facts import RED_FLAG_FACTS
from flows.reading.model import RAISING, Certainty, Kind, Reading
from flows.rules import RED_FLAG_SIGNS
from flows.session import Session

RED_FLAG = "red_flag"
CRISIS = "crisis"
UNREADABLE = "unreadable"
CONFIRM = "confirm"
#: Every reason a typed message's words are kept, most pressing first.
REASONS = (CRISIS, RED_FLAG, UNREADABLE, CONFIRM)
#: Facts whose typed answer staff may need to check, whatever it was (a "no" misread is
#: the dangerous case).
_RED_FLAG_FACTS = frozenset(RED_FLAG_FACTS) | RAISING | RED_FLAG_SIGNS
_CRISIS_ALARMS = frozenset({"crisis_words", "self_harm"})


@dataclass(frozen=True)
class Before:
    """What of a session the reasons compare, as it was before the message."""

    red_answers: dict[str, Any]
    said: frozenset[str]
    alarms: frozenset[str]
    crisis: str | None
    misreads: int
    assumed: frozenset[str]
    confirming: bool
    corrections: int


def before(session: Session) -> Before:
    return Before(
        red_answers={f: v for f, v in session.answers.items() if f in _RED_FLAG_FACTS},
        said=frozenset(session.said),
        alarms=frozenset(session.alarms),
        crisis=session.crisis,
        misreads=session.misreads,
        assumed=frozenset(session.assumed),
        confirming=session.confirming is not None,
        corrections=len(session.corrections),
    )


def reason(
    was: Before, session: Session, reading: Reading | None, confirm_asked: bool
) -> str | None:
    """Why this typed message's words are kept (one of :data:`REASONS`), or None.

    ``reading`` is the message's reading (None for an edited message, whose effects are
    all in the session); ``confirm_asked``, whether the reply shows a reading back.
    """
    alarms = frozenset(session.alarms)
    if (reading is not None and reading.crisis is not None) or (
        (alarms - was.alarms) & _CRISIS_ALARMS or session.crisis != was.crisis
    ):
        return CRISIS
    answers = {f: v for f, v in session.answers.items() if f in _RED_FLAG_FACTS}
    if (
        answers != was.red_answers
        or frozenset(session.said) != was.said
        or alarms != was.alarms
        or len(session.corrections) != was.corrections
        or (reading is not None and reading.red_flags)
    ):
        return RED_FLAG
    if (
        session.misreads > was.misreads
        or frozenset(session.assumed) - was.assumed
        # the second attempt that cannot be read starts the checklist afresh (misreads
        # back to 0), so the reading's own verdict is asked as well
        or (reading is not None and reading.kind is Kind.unreadable)
    ):
        return UNREADABLE
    if (
        confirm_asked
        or was.confirming
        or (reading is not None and reading.certainty is Certainty.likely)
    ):
        return CONFIRM
    return None

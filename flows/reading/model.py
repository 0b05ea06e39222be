"""What a reading says: plain data, shared by the reader and the engine."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flows.facts import SAFETY_SCREEN
from flows.reading.context import Experiencer, When

#: Facts a free-text statement raises at once (SPEC 3: "a recognised red-flag phrase
#: sets that fact to yes"): the safety screen, whose every yes raises the level.
RAISING = frozenset(f.id for f in SAFETY_SCREEN if f.id != "age")


class Certainty(StrEnum):
    """How sure the reading of the open question is (SPEC section 4)."""

    #: Goes on at once.
    sure = "sure"
    #: Shown back to the patient for one tap before it counts.
    likely = "likely"
    #: Not read.
    none = "none"


class Kind(StrEnum):
    """What the message is, for the open question."""

    answer = "answer"
    #: A greeting, thanks, a pause, a feeling, a story or remark about something else.
    not_an_answer = "not_an_answer"
    #: A question to the bot.
    question = "question"
    #: An attempt to answer that cannot be read.
    unreadable = "unreadable"


@dataclass(frozen=True)
class Assertion:
    """One fact a message states, with what ConText found about it."""

    fact: str
    value: Any
    negated: bool
    hedged: bool
    experiencer: Experiencer
    when: When
    #: The words that stated it (lexicon words only: nothing identifying).
    words: str
    #: The lexicon pattern that matched, for staff.
    pattern: str
    #: Said inside a question ("can sciatica be in both legs?").
    asked: bool = False
    #: Where in the message's words it was said.
    start: int = 0
    end: int = 0
    #: The pieces of a pattern with gaps ("{not_feel} when * full"), as word ranges.
    parts: tuple[tuple[int, int], ...] = ()

    @property
    def applies(self) -> bool:
        """Stated as true of the patient, now (not negated, not someone else, not long ago)."""
        return (
            not self.negated
            and not self.asked
            and self.experiencer is Experiencer.patient
            and self.when is When.now
        )


@dataclass(frozen=True)
class Reading:
    """Everything one message says (docs/reading.md)."""

    #: The open question's fact (None for consent or no question).
    fact: str | None
    #: Its value, canonical (see flows.facts), UNSURE, or None.
    value: Any
    certainty: Certainty
    kind: Kind
    #: Every fact the message asserts, about anyone, at any time.
    assertions: tuple[Assertion, ...] = ()
    #: Emergencies outside sciatica: reason ids ("chest_pain", ...).
    emergencies: tuple[str, ...] = ()
    #: "crisis", "danger" or "safe"; None when there is nothing of the kind.
    crisis: str | None = None
    #: The topic of a question to the bot ("why_ask", "is_cancer", ...).
    question: str | None = None
    #: What kind of remark it is when it is not an answer ("greeting", "pause", ...).
    remark: str | None = None
    #: The patient shows worry or fear.
    worry: bool = False
    #: What decided the value: "button", "exact", "lexicon:<pattern>", "answer:<phrase>".
    decided_by: str = ""
    #: Where the patient says the pain is and goes, in lexicon words ("left", "calf").
    where: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def red_flags(self) -> tuple[Assertion, ...]:
        """Safety-screen facts this message raises: stated, of the patient, now (one each)."""
        rank = {"stable": 1, "worsening": 2}
        chosen: dict[str, Assertion] = {}
        for a in self.assertions:
            if a.fact in RAISING and a.applies and a.value not in (False, "none", None):
                old = chosen.get(a.fact)
                if old is None or rank.get(str(a.value), 0) > rank.get(str(old.value), 0):
                    chosen[a.fact] = a
        return tuple(chosen.values())

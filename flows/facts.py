"""The facts a check-in finds out, as data (SPEC section 2).

Each :class:`Fact` is one thing the bot must learn, with its kind and the
canonical values an answer can take. The wording of the question about each
fact lives beside it in :mod:`flows.questions`; the rules that read the facts
live in :mod:`flows.rules`.

Canonical values, as stored and as the rules see them:

* ``bool``: ``True`` / ``False``
* ``enum``: one of :attr:`Fact.values`
* ``multi``: a sorted tuple of :attr:`Fact.values` (``("none",)`` for none)
* ``int``: an ``int`` within ``low``..``high``
* ``weeks``: a number of days (``int``)

and, for every kind, :data:`UNSURE` ("not sure", "don't know").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

UNSURE = "unsure"


class Kind(StrEnum):
    """How an answer to a fact is read."""

    BOOL = "bool"
    ENUM = "enum"
    MULTI = "multi"
    INT = "int"
    WEEKS = "weeks"


@dataclass(frozen=True)
class Fact:
    """One fact of SPEC section 2."""

    id: str
    kind: Kind
    values: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None

    def canonical_text(self, value: Any) -> str:
        """The form of ``value`` a patient would type (SPEC section 5)."""
        if value == UNSURE:
            return "not sure"
        if self.kind is Kind.BOOL:
            return "yes" if value else "no"
        if self.kind is Kind.MULTI:
            return ", ".join(value)
        if self.kind is Kind.WEEKS:
            return format_days(value)
        return str(value)


def format_days(days: int) -> str:
    """A duration in the canonical form ``N weeks`` or ``N days``."""
    if days >= 14 and days % 7 == 0:
        return f"{days // 7} weeks"
    return f"{days} day" if days == 1 else f"{days} days"


SAFETY_SCREEN: tuple[Fact, ...] = (
    Fact("bladder_bowel", Kind.BOOL),
    Fact("saddle_numbness", Kind.BOOL),
    Fact("sexual_change", Kind.BOOL),
    Fact("both_legs", Kind.BOOL),
    Fact("leg_weakness", Kind.ENUM, ("none", "stable", "worsening")),
    Fact("leg_numbness", Kind.BOOL),
    Fact("fever", Kind.BOOL),
    Fact("infection_risk", Kind.BOOL),
    Fact("trauma", Kind.BOOL),
    Fact("weight_loss", Kind.BOOL),
    Fact("night_pain", Kind.BOOL),
    Fact("age", Kind.INT, low=0, high=120),
)

CANCER_TYPES = (
    "breast",
    "prostate",
    "lung",
    "kidney",
    "thyroid",
    "myeloma",
    "colorectal",
    "gastric",
    "gynaecological",
    "other",
)
TREATMENTS = (
    "taxane",
    "platinum",
    "vinca",
    "other_chemo",
    "aromatase_inhibitor",
    "tamoxifen",
    "radiotherapy",
    "none",
)
CHEMO = frozenset({"taxane", "platinum", "vinca", "other_chemo"})
HORMONE = frozenset({"aromatase_inhibitor", "tamoxifen"})

CANCER_CONTEXT: tuple[Fact, ...] = (
    Fact("cancer_history", Kind.ENUM, ("none", "active", "past")),
    Fact("treatment", Kind.MULTI, TREATMENTS),
    Fact("cancer_type", Kind.ENUM, CANCER_TYPES),
    Fact("bone_mets", Kind.ENUM, ("yes", "no")),
    Fact("pain_after_infusion", Kind.BOOL),
    Fact("hands_feet_tingling", Kind.BOOL),
    Fact("joint_stiffness", Kind.BOOL),
    Fact("team_aware", Kind.BOOL),
)

THE_PAIN: tuple[Fact, ...] = (
    Fact("pain_below_knee", Kind.BOOL),
    Fact("duration", Kind.WEEKS, low=0, high=36500),
    Fact("pain_score", Kind.INT, low=0, high=10),
    Fact("painkillers_tried", Kind.BOOL),
    Fact("had_physio", Kind.ENUM, ("none", "helped", "not_helped")),
    Fact("function_limited", Kind.BOOL),
    Fact("previous_episode", Kind.BOOL),
    Fact("nsaid_caution", Kind.BOOL),
)

FACTS: dict[str, Fact] = {f.id: f for f in SAFETY_SCREEN + CANCER_CONTEXT + THE_PAIN}

#: Facts whose "not sure", after one follow-up, is itself a reason for urgent care.
RED_FLAG_FACTS = ("bladder_bowel", "saddle_numbness", "sexual_change", "both_legs", "leg_weakness")

"""The triage rules of SPEC section 3, as data.

Each :class:`Rule` gives the minimum level for one situation. Every rule that
fires is kept (its id is a machine reason); the highest level wins. A rule reads
answers through :class:`Answers`, which applies SPEC's reading of uncertainty:
a fact still "not sure" after its follow-up is read the way that gives the
higher level.

A rule only fires on facts that have been answered, so evaluating the rules on a
half-finished check-in gives a floor that can only rise as answers arrive
(except ``cancer_new_nerve_pain``, which presumes pain until the pain score says
otherwise). That is what lets the flow end a check-in at once on an emergency.
See docs/clinical.md for the table with sources.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from flows.facts import CHEMO, HORMONE, RED_FLAG_FACTS, UNSURE


class Level(IntEnum):
    """The five triage levels, in order of urgency (SPEC section 1)."""

    self_care = 0
    routine = 1
    soon = 2
    urgent = 3
    emergency = 4


# How "not sure" reads for a duration: 6 to 12 weeks, the reading that gives the higher level.
UNSURE_DURATION_DAYS = 84
# How "not sure" reads for a pain score: the worst.
UNSURE_PAIN_SCORE = 10


class Answers:
    """A read-only view of a session's answers, in the terms the rules use."""

    __slots__ = ("raw",)

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw

    def known(self, fact: str) -> bool:
        return fact in self.raw

    def yes(self, fact: str) -> bool:
        """Yes, or still not sure (the higher reading)."""
        value = self.raw.get(fact)
        return value is True or value == "yes" or value == UNSURE

    def unsure(self, fact: str) -> bool:
        return self.raw.get(fact) == UNSURE

    def is_(self, fact: str, *values: Any) -> bool:
        return self.raw.get(fact) in values

    @property
    def cancer(self) -> bool:
        """Active or past cancer; "not sure" reads as past cancer."""
        return self.is_("cancer_history", "active", "past", UNSURE)

    @property
    def weak_leg(self) -> bool:
        return self.is_("leg_weakness", "stable", "worsening", UNSURE)

    @property
    def treatments(self) -> frozenset[str]:
        value = self.raw.get("treatment")
        return frozenset(value) if isinstance(value, (tuple, list)) else frozenset()

    @property
    def chemo(self) -> bool:
        return bool(self.treatments & CHEMO)

    @property
    def chemo_or_unknown(self) -> bool:
        return self.chemo or self.unsure("treatment")

    @property
    def hormone(self) -> bool:
        return bool(self.treatments & HORMONE)

    @property
    def days(self) -> int | None:
        value = self.raw.get("duration")
        if value == UNSURE:
            return UNSURE_DURATION_DAYS
        return value

    @property
    def pain_score(self) -> int | None:
        value = self.raw.get("pain_score")
        if value == UNSURE:
            return UNSURE_PAIN_SCORE
        return value

    @property
    def has_pain(self) -> bool:
        """Back, buttock or leg pain; presumed until a pain score of 0 says otherwise."""
        score = self.pain_score
        return score is None or score > 0


@dataclass(frozen=True)
class Rule:
    """One row of SPEC section 3: in this situation, at least this level."""

    id: str
    level: Level
    when: Callable[[Answers], bool]
    sources: tuple[str, ...]
    facts: tuple[str, ...]


def _days_between(a: Answers, low: int, high: int | None = None) -> bool:
    days = a.days
    return days is not None and days >= low and (high is None or days <= high)


E, U, S, R, C = Level.emergency, Level.urgent, Level.soon, Level.routine, Level.self_care

RULES: tuple[Rule, ...] = (
    # Possible cauda equina syndrome.
    Rule(
        "ces_bladder_bowel",
        E,
        lambda a: a.is_("bladder_bowel", True),
        ("003", "004", "national"),
        ("bladder_bowel",),
    ),
    Rule(
        "ces_saddle_numbness",
        E,
        lambda a: a.is_("saddle_numbness", True),
        ("003", "004", "national"),
        ("saddle_numbness",),
    ),
    Rule(
        "ces_sexual_change",
        E,
        lambda a: a.is_("sexual_change", True),
        ("003", "004", "national"),
        ("sexual_change",),
    ),
    Rule("both_legs", E, lambda a: a.is_("both_legs", True), ("003", "national"), ("both_legs",)),
    # Possible spinal cord compression: an oncological emergency.
    Rule(
        "cancer_cord_compression",
        E,
        lambda a: a.cancer and (a.weak_leg or a.yes("leg_numbness")),
        ("000", "001", "national"),
        ("cancer_history", "leg_weakness", "leg_numbness"),
    ),
    # Possible spinal infection pressing on nerves.
    Rule(
        "weakness_with_fever",
        E,
        lambda a: a.weak_leg and a.yes("fever"),
        ("003",),
        ("leg_weakness", "fever"),
    ),
    # Possible infection while immunity is low.
    Rule(
        "fever_on_chemo",
        E,
        lambda a: a.yes("fever") and a.cancer and a.chemo_or_unknown,
        ("001", "national"),
        ("fever", "cancer_history", "treatment"),
    ),
    Rule(
        "red_flag_unsure",
        U,
        lambda a: any(a.unsure(f) for f in RED_FLAG_FACTS),
        ("safety principle",),
        RED_FLAG_FACTS,
    ),
    Rule(
        "cancer_new_nerve_pain",
        U,
        lambda a: a.cancer and a.has_pain and not a.is_("team_aware", True),
        ("000", "002", "001", "national"),
        ("cancer_history", "pain_score", "team_aware"),
    ),
    Rule(
        "cancer_team_aware",
        S,
        lambda a: a.cancer and a.has_pain and a.is_("team_aware", True),
        ("000",),
        ("cancer_history", "team_aware"),
    ),
    Rule(
        "leg_weakness",
        U,
        lambda a: a.is_("leg_weakness", "stable", "worsening"),
        ("003", "004", "002", "national"),
        ("leg_weakness",),
    ),
    Rule("fever", U, lambda a: a.yes("fever"), ("003",), ("fever",)),
    Rule(
        "infection_risk_night_pain",
        U,
        lambda a: a.yes("infection_risk") and a.yes("night_pain"),
        ("003",),
        ("infection_risk", "night_pain"),
    ),
    Rule("trauma", U, lambda a: a.yes("trauma"), ("national",), ("trauma",)),
    Rule(
        "weight_loss_night_pain",
        U,
        lambda a: a.yes("weight_loss") and a.yes("night_pain"),
        ("003", "national"),
        ("weight_loss", "night_pain"),
    ),
    # Not in SPEC's table: new numbness in one leg is checked within days (more cautious, 003).
    Rule("leg_numbness", S, lambda a: a.yes("leg_numbness"), ("003",), ("leg_numbness",)),
    Rule(
        "weight_loss",
        S,
        lambda a: a.yes("weight_loss"),
        ("003", "001", "national"),
        ("weight_loss",),
    ),
    Rule(
        "night_pain", S, lambda a: a.yes("night_pain"), ("003", "001", "national"), ("night_pain",)
    ),
    Rule(
        "chemo_nerve_tingling",
        S,
        lambda a: a.cancer and a.yes("hands_feet_tingling"),
        ("001",),
        ("hands_feet_tingling",),
    ),
    Rule(
        "severe_pain_despite_painkillers",
        U,
        lambda a: (a.pain_score or 0) >= 9 and a.yes("painkillers_tried"),
        ("004",),
        ("pain_score", "painkillers_tried"),
    ),
    Rule(
        "bad_pain_despite_painkillers",
        S,
        lambda a: a.pain_score == 8 and a.yes("painkillers_tried"),
        ("004",),
        ("pain_score", "painkillers_tried"),
    ),
    Rule(
        "review_point_6_to_12_weeks", S, lambda a: _days_between(a, 42, 84), ("003",), ("duration",)
    ),
    Rule(
        "physio_flare_needs_review",
        S,
        lambda a: (
            a.is_("had_physio", "helped")
            and (a.pain_score or 0) > 4
            and _days_between(a, 29)
            and a.yes("function_limited")
        ),
        ("004",),
        ("had_physio", "pain_score", "duration", "function_limited"),
    ),
    Rule(
        "physio_flare_mild", C, lambda a: a.is_("had_physio", "helped"), ("004",), ("had_physio",)
    ),
    Rule(
        "long_term_assessed",
        R,
        lambda a: _days_between(a, 85) and a.is_("had_physio", "helped", "not_helped"),
        ("003",),
        ("duration", "had_physio"),
    ),
    Rule(
        "long_term_never_assessed",
        S,
        lambda a: _days_between(a, 85) and a.is_("had_physio", "none", UNSURE),
        ("003",),
        ("duration", "had_physio"),
    ),
    Rule("no_red_flags", C, lambda a: True, ("003",), ()),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}

#: The level names from the most urgent down, as states, filters and tests name them.
LEVEL_NAMES: tuple[str, ...] = tuple(level.name for level in sorted(Level, reverse=True))

#: Alarms raised by free text that are not facts (SPEC section 4).
ALARM_SOURCES: dict[str, tuple[str, ...]] = {
    **{f"earlier_{level.name}": () for level in Level if level is not Level.emergency},
    "chest_pain": ("national",),
    "stroke_signs": ("national",),
    "breathing_trouble": ("national",),
    "painkiller_overdose": ("national",),
    "self_harm": ("national",),
    "crisis_words": ("national",),
}
#: The level each alarm gives: every one is an emergency except words of despair
#: without a plan or intent, which get the crisis line at once and at least urgent care
#: (talk to someone today); a plan, intent or danger now is "self_harm" (SPEC 4).
ALARM_LEVEL: dict[str, Level] = {
    "crisis_words": Level.urgent,
    # a follow-up check-in never ends below the check-in it follows (SPEC 7)
    **{f"earlier_{level.name}": level for level in Level if level is not Level.emergency},
}
#: The standing alarms that are not red flags: an earlier check-in's level.
EARLIER_LEVELS = frozenset(name for name in ALARM_LEVEL if name.startswith("earlier_"))


@dataclass(frozen=True)
class Triage:
    """The result of applying every rule: the level and why."""

    level: Level
    reasons: tuple[str, ...]
    sources: tuple[str, ...]


def fired_rules(answers: Mapping[str, Any]) -> list[Rule]:
    view = Answers(answers)
    return [rule for rule in RULES if rule.when(view)]


def triage(answers: Mapping[str, Any], alarms: tuple[str, ...] = ()) -> Triage:
    """Apply every rule; the highest level wins, every reason is kept.

    ``no_red_flags`` is kept only when nothing else fired, so that reasons stay honest.
    """
    fired = fired_rules(answers)
    if len(fired) > 1:
        fired = [rule for rule in fired if rule.id != "no_red_flags"]
    level = max((rule.level for rule in fired), default=Level.self_care)
    reasons = [rule.id for rule in fired]
    sources = [source for rule in fired for source in rule.sources]
    if alarms:
        level = max(level, *(ALARM_LEVEL.get(alarm, Level.emergency) for alarm in alarms))
        raised = [a for a in alarms if a not in EARLIER_LEVELS]
        reasons = [*alarms, *[r for r in reasons if r != "no_red_flags" or not raised]]
        sources = [s for alarm in alarms for s in ALARM_SOURCES.get(alarm, ("national",))] + sources
    ranked = sorted(reasons, key=lambda r: -_level_of(r))
    return Triage(level, tuple(ranked), tuple(dict.fromkeys(sources)))


#: Facts that are red flags in themselves (SPEC 2.1 and 3): cauda equina, cord
#: compression, infection, injury, weight loss and night pain as warning signs.
RED_FLAG_SIGNS = frozenset(
    [*RED_FLAG_FACTS, "fever", "trauma", "weight_loss", "night_pain", "leg_numbness"]
)
_NOT_TOLD = (None, False, "none", ("none",), UNSURE, "no")


#: The cancer pathway (SPEC 3): the rules that read the cancer history. At ``urgent`` or
#: above each is a red flag by name, whatever else fired: "cancer, and any back, buttock
#: or leg pain" (``cancer_new_nerve_pain``) has no warning sign of its own to record.
CANCER_PATHWAY = frozenset(rule.id for rule in RULES if "cancer_history" in rule.facts)


def red_flags(answers: Mapping[str, Any], alarms: tuple[str, ...] = ()) -> list[str]:
    """The red flags of a check-in, recorded the same way whatever route they came by
    (a button, a typed answer, free text): the warning signs behind every rule that
    fired at ``urgent`` or above, the emergency rules that combine facts ("cancer
    pressing on the cord", "fever on chemo") and the cancer pathway's urgent and
    emergency rules by name, and the alarms raised by free text (an earlier level, a
    follow-up's floor, is not one)."""
    flags: list[str] = []
    for rule in fired_rules(answers):
        if rule.level < Level.urgent or rule.id in ("red_flag_unsure", "no_red_flags"):
            continue
        signs = [f for f in rule.facts if f in RED_FLAG_SIGNS and answers.get(f) not in _NOT_TOLD]
        flags += signs
        combination = rule.level is Level.emergency and not set(rule.facts) <= RED_FLAG_SIGNS
        if combination or rule.id in CANCER_PATHWAY:
            flags.append(rule.id)  # its name says what was found
    flags += [a for a in alarms if a not in EARLIER_LEVELS]
    return list(dict.fromkeys(flags))


def _level_of(reason: str) -> int:
    rule = RULES_BY_ID.get(reason)
    return int(rule.level) if rule else int(ALARM_LEVEL.get(reason, Level.emergency))


def is_emergency(answers: Mapping[str, Any], alarms: tuple[str, ...] = ()) -> bool:
    """True when the check-in must end now with the emergency outcome."""
    if any(ALARM_LEVEL.get(alarm, Level.emergency) is Level.emergency for alarm in alarms):
        return True
    view = Answers(answers)
    return any(rule.when(view) for rule in RULES if rule.level is Level.emergency)

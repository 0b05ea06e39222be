"""Every row of SPEC section 3, one case each, straight on the rules (no conversation)."""

from __future__ import annotations

from typing import Any

import pytest

from flows.facts import UNSURE
from flows.rules import RULES, Level, is_emergency, triage

# A patient with nothing worrying: every fact answered, all clear.
CLEAR: dict[str, Any] = {
    "bladder_bowel": False,
    "saddle_numbness": False,
    "sexual_change": False,
    "both_legs": False,
    "leg_weakness": "none",
    "leg_numbness": False,
    "fever": False,
    "infection_risk": False,
    "trauma": False,
    "weight_loss": False,
    "night_pain": False,
    "age": 40,
    "cancer_history": "none",
    "duration": 14,
    "pain_score": 5,
    "pain_below_knee": True,
    "had_physio": "none",
    "nsaid_caution": False,
}
CANCER = {"cancer_history": "active", "treatment": ("none",), "team_aware": False}
CHEMO = {"cancer_history": "active", "treatment": ("taxane",), "team_aware": False}

ROWS: list[tuple[str, dict[str, Any], Level, str]] = [
    ("bladder", {"bladder_bowel": True}, Level.emergency, "ces_bladder_bowel"),
    ("saddle", {"saddle_numbness": True}, Level.emergency, "ces_saddle_numbness"),
    ("sexual", {"sexual_change": True}, Level.emergency, "ces_sexual_change"),
    ("both legs", {"both_legs": True}, Level.emergency, "both_legs"),
    (
        "cancer + stable weakness",
        {**CANCER, "leg_weakness": "stable"},
        Level.emergency,
        "cancer_cord_compression",
    ),
    (
        "past cancer + numb leg",
        {"cancer_history": "past", "leg_numbness": True},
        Level.emergency,
        "cancer_cord_compression",
    ),
    (
        "weakness + fever",
        {"leg_weakness": "worsening", "fever": True},
        Level.emergency,
        "weakness_with_fever",
    ),
    ("fever on chemo", {**CHEMO, "fever": True}, Level.emergency, "fever_on_chemo"),
    (
        "fever, cancer, treatment unsure",
        {**CANCER, "treatment": UNSURE, "fever": True},
        Level.emergency,
        "fever_on_chemo",
    ),
    ("unsure bladder", {"bladder_bowel": UNSURE}, Level.urgent, "red_flag_unsure"),
    ("unsure leg weakness", {"leg_weakness": UNSURE}, Level.urgent, "red_flag_unsure"),
    ("cancer + pain", CANCER, Level.urgent, "cancer_new_nerve_pain"),
    ("cancer unsure + pain", {"cancer_history": UNSURE}, Level.urgent, "cancer_new_nerve_pain"),
    ("cancer + team aware", {**CANCER, "team_aware": True}, Level.soon, "cancer_team_aware"),
    ("stable weakness", {"leg_weakness": "stable"}, Level.urgent, "leg_weakness"),
    ("fever", {"fever": True}, Level.urgent, "fever"),
    ("fever unsure", {"fever": UNSURE}, Level.urgent, "fever"),
    (
        "infection risk + night pain",
        {"infection_risk": True, "night_pain": True},
        Level.urgent,
        "infection_risk_night_pain",
    ),
    ("trauma", {"trauma": True}, Level.urgent, "trauma"),
    (
        "weight loss + night pain",
        {"weight_loss": True, "night_pain": True},
        Level.urgent,
        "weight_loss_night_pain",
    ),
    ("weight loss", {"weight_loss": True}, Level.soon, "weight_loss"),
    ("night pain", {"night_pain": True}, Level.soon, "night_pain"),
    (
        "pain 9 despite painkillers",
        {"pain_score": 9, "painkillers_tried": True},
        Level.urgent,
        "severe_pain_despite_painkillers",
    ),
    (
        "pain 10 despite painkillers",
        {"pain_score": 10, "painkillers_tried": True},
        Level.urgent,
        "severe_pain_despite_painkillers",
    ),
    (
        "pain 8 despite painkillers",
        {"pain_score": 8, "painkillers_tried": True},
        Level.soon,
        "bad_pain_despite_painkillers",
    ),
    ("6 weeks", {"duration": 42}, Level.soon, "review_point_6_to_12_weeks"),
    ("12 weeks", {"duration": 84}, Level.soon, "review_point_6_to_12_weeks"),
    ("duration unsure", {"duration": UNSURE}, Level.soon, "review_point_6_to_12_weeks"),
    (
        "physio flare needing review",
        {"had_physio": "helped", "pain_score": 5, "duration": 29, "function_limited": True},
        Level.soon,
        "physio_flare_needs_review",
    ),
    (
        "mild physio flare",
        {"had_physio": "helped", "pain_score": 4, "duration": 28},
        Level.self_care,
        "physio_flare_mild",
    ),
    (
        "over 12 weeks, assessed",
        {"duration": 85, "had_physio": "not_helped"},
        Level.routine,
        "long_term_assessed",
    ),
    (
        "over 12 weeks, never assessed",
        {"duration": 85, "had_physio": "none"},
        Level.soon,
        "long_term_never_assessed",
    ),
    (
        "chemo tingling, no pain",
        {**CHEMO, "hands_feet_tingling": True, "pain_score": 0},
        Level.soon,
        "chemo_nerve_tingling",
    ),
    ("nothing", {}, Level.self_care, "no_red_flags"),
]


@pytest.mark.parametrize(
    ("answers", "level", "reason"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_each_situation_reaches_its_minimum_level(
    answers: dict[str, Any], level: Level, reason: str
) -> None:
    result = triage({**CLEAR, **answers})
    assert result.level == level
    assert reason in result.reasons
    assert result.sources


def test_every_rule_has_a_row() -> None:
    covered = {row[3] for row in ROWS}
    assert {rule.id for rule in RULES} - covered <= {"leg_numbness"}


def test_highest_level_wins_and_every_reason_is_kept() -> None:
    result = triage({**CLEAR, "trauma": True, "weight_loss": True, "bladder_bowel": True})
    assert result.level is Level.emergency
    assert {"ces_bladder_bowel", "trauma", "weight_loss"} <= set(result.reasons)
    assert result.reasons[0] == "ces_bladder_bowel"
    assert "no_red_flags" not in result.reasons


def test_unanswered_facts_never_fire_an_emergency() -> None:
    assert not is_emergency({"leg_weakness": "stable"})
    assert is_emergency({"leg_weakness": "stable", "cancer_history": "past"})


def test_free_text_alarms_are_emergencies() -> None:
    result = triage(CLEAR, ("chest_pain",))
    assert result.level is Level.emergency
    assert result.reasons[0] == "chest_pain"


def test_cancer_with_no_pain_and_no_tingling_is_not_the_cancer_pain_rule() -> None:
    result = triage({**CLEAR, **CANCER, "pain_score": 0})
    assert "cancer_new_nerve_pain" not in result.reasons


def test_a_rule_names_the_facts_it_reads_and_never_fires_without_them() -> None:
    """``Rule.facts`` is what the rule looks at: with none of them answered it is silent,
    and each is a fact of SPEC section 2 (so the table in docs/clinical.md is honest)."""
    from flows.facts import FACTS
    from flows.rules import RULES, Answers

    for rule in RULES:
        if rule.id == "no_red_flags":
            assert rule.facts == ()  # the floor: it reads nothing and always holds
            continue
        assert rule.facts and set(rule.facts) <= set(FACTS), rule.id
        assert not rule.when(Answers({})), rule.id

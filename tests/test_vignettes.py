"""Clinical cases through ``simulate``: SPEC section 6's public cases and the project's own.

The bar: no case below its minimum level (under-triage), and at least 95% inside
the range. The public file is a copy of ``../shared/clinical/vignettes/public.jsonl``
so that the suite passes without ``../shared``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.simulate import simulate
from flows.rules import LEVEL_NAMES

LEVELS = list(reversed(LEVEL_NAMES))  # least urgent first, as ranges compare
NERVE_CHECKLIST = ("bladder_bowel", "saddle_numbness", "sexual_change", "both_legs")
CASES_DIR = Path(__file__).parent / "cases"


def load(name: str) -> list[dict[str, Any]]:
    lines = (CASES_DIR / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ALL_CASES = load("public.jsonl") + load("own.jsonl")
#: Cases written from SPEC alone by a tester who had not read flows/ (tests/cases/README.md);
#: typed.jsonl: whole patients who type every answer, by a helper who never read the reading.
UNSEEN = (
    load("unseen.jsonl")
    + load("typed.jsonl")
    + load("typed2.jsonl")
    + load("typed3.jsonl")
    + load("typed4.jsonl")
    + load("typed5.jsonl")
    + load("typed6.jsonl")
    + load("typed7.jsonl")
    + load("typed8.jsonl")
    + load("typed9.jsonl")
    + load("typed10.jsonl")
    + load("typed11.jsonl")
    + load("typed12.jsonl")
    + load("typed13.jsonl")
    + load("typed14.jsonl")
    + load("typed15.jsonl")
)


_PLAYED: dict[str, dict[str, Any]] = {}


def play(case: dict[str, Any]) -> dict[str, Any]:
    """``simulate`` on the case (each case is played once per run: the engine is pure)."""
    given = {k: v for k, v in case.items() if k not in ("expect", "why")}
    key = json.dumps(given, sort_keys=True)
    if key not in _PLAYED:
        _PLAYED[key] = simulate(given)
    return _PLAYED[key]


def answers_sent(result: dict[str, Any]) -> int:
    """Messages the patient sent after agreeing to start (answers, re-answers, stories)."""
    sent = [m for m in result["transcript"] if m["from"] == "patient"]
    return max(0, len(sent) - 2)  # "/start" and the consent "yes"


def types(case: dict[str, Any]) -> bool:
    return bool(case.get("typed") or case.get("say_first"))


#: SPEC 3 and the conversation issue: median answers below emergency, tapped and typed.
MOST_ANSWERS_TAPPED = 10
MOST_ANSWERS_TYPED = 12


def length_report() -> str:
    """Answers sent per level, for patients who tap and who type (printed by make test)."""
    import statistics

    lines = ["patients  level       cases  median  max"]
    for typed in (False, True):
        who = "type" if typed else "tap"
        for level in LEVELS:
            counts = [
                answers_sent(play(c))
                for c in ALL_CASES + UNSEEN
                if types(c) == typed and play(c)["outcome"] == level
            ]
            if counts:
                median = statistics.median(counts)
                lines.append(
                    f"{who:<9} {level:<11} {len(counts):>5}  {median:>6}  {max(counts):>3}"
                )
    return "\n".join(lines)


@pytest.mark.slow  # plays every case file: make test, not the inner loop
@pytest.mark.parametrize(
    ("typed", "most"), [(False, MOST_ANSWERS_TAPPED), (True, MOST_ANSWERS_TYPED)]
)
def test_a_check_in_below_emergency_takes_few_answers(typed: bool, most: int) -> None:
    import statistics

    counts = [
        answers_sent(play(c))
        for c in ALL_CASES + UNSEEN
        if types(c) == typed and play(c)["outcome"] != "emergency"
    ]
    assert counts
    assert statistics.median(counts) <= most, length_report()


@pytest.mark.parametrize("case", ALL_CASES, ids=[c["id"] for c in ALL_CASES])
def test_case_lands_inside_its_range(case: dict[str, Any]) -> None:
    result = play(case)
    got = LEVELS.index(result["outcome"])
    low, high = (LEVELS.index(case["expect"][k]) for k in ("min", "max"))
    assert got >= low, f"UNDER-TRIAGE: {result['outcome']} < {case['expect']['min']}"
    assert got <= high, f"over-triage: {result['outcome']} > {case['expect']['max']}"
    assert result["reasons"]
    assert result["turns"] <= 60


@pytest.mark.slow  # about 600 whole check-ins: make test, not the inner loop
@pytest.mark.parametrize("case", UNSEEN, ids=[c["id"] for c in UNSEEN])
def test_unseen_case_is_never_under_triaged(case: dict[str, Any]) -> None:
    result = play(case)
    got = LEVELS.index(result["outcome"])
    assert got >= LEVELS.index(case["expect"]["min"]), (
        f"UNDER-TRIAGE: {result['outcome']} < {case['expect']['min']} ({case['why']})"
    )


@pytest.mark.slow
def test_at_least_95_percent_of_all_cases_land_inside_their_range() -> None:
    cases = ALL_CASES + UNSEEN
    inside = 0
    for case in cases:
        got = LEVELS.index(play(case)["outcome"])
        low, high = (LEVELS.index(case["expect"][k]) for k in ("min", "max"))
        inside += low <= got <= high
    share = inside / len(cases)
    print(f"\n{inside}/{len(cases)} clinical cases inside their range ({share:.1%})")
    assert share >= 0.95


def test_output_has_exactly_the_contract_fields() -> None:
    result = play(ALL_CASES[0])
    assert set(result) == {
        "id",
        "outcome",
        "reasons",
        "asked",
        "turns",
        "flow_version",
        "transcript",
    }
    assert result["asked"][:4] == list(NERVE_CHECKLIST)
    assert result["transcript"][0] == {"from": "patient", "text": "/start"}
    assert result["transcript"][1]["from"] == "bot"
    assert result["transcript"][1]["options"]


def test_say_first_is_sent_after_consent_before_the_first_answer() -> None:
    case = next(c for c in ALL_CASES if c["id"] == "pub-02-sayfirst-saddle")
    result = play(case)
    patient = [t["text"] for t in result["transcript"] if t["from"] == "patient"]
    assert patient[:3] == ["/start", "yes", case["say_first"][0]]
    assert result["outcome"] == "emergency"
    assert result["asked"] == list(NERVE_CHECKLIST)  # the first question: one checklist


def test_an_emergency_ends_the_check_in_at_once() -> None:
    case = next(c for c in ALL_CASES if c["id"] == "pub-01-ces-bladder")
    result = play(case)
    assert result["asked"] == list(NERVE_CHECKLIST)
    assert result["transcript"][-3]["text"].startswith("🚨")


def test_no_cancer_questions_after_no_cancer() -> None:
    case = next(c for c in ALL_CASES if c["id"] == "pub-17-acute-self-care")
    asked = play(case)["asked"]
    assert "cancer_history" in asked
    assert not {"cancer_type", "treatment", "bone_mets", "team_aware"} & set(asked)


def test_a_no_to_a_mention_of_someone_unclear_holds_when_the_same_words_come_again() -> None:
    # "they belong to someone else" names someone unclear twice over, in two overlapping
    # mentions of numb feet; simulate sends the same words at every re-ask, so asking
    # each mention in turn would never end
    case = {
        "id": "unclear-twice",
        "facts": {
            "cancer_history": "active",
            "cancer_type": "breast",
            "treatment": ["taxane"],
            "hands_feet_tingling": True,
            "duration": "3 weeks",
            "pain_score": 5,
            "age": 52,
        },
        "typed": {
            "hands_feet_tingling": "my toes feel like they belong to someone else, both feet"
        },
    }
    result = simulate(case)
    asked = [
        m["confirm"]["fact"]
        for m in result["transcript"]
        if m["from"] == "bot" and m.get("confirm") and m["text"].startswith("You said")
    ]
    assert asked.count("leg_numbness") <= 1
    assert result["outcome"] in ("urgent", "emergency")

"""Follow-up patients (SPEC 5 "later", SPEC 7), written from SPEC alone by a helper who
never read the code: the check-in and every follow-up must land inside its range, and
no follow-up may end below its minimum (or below the check-in it follows)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.simulate import simulate
from flows.rules import LEVEL_NAMES

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "followups.jsonl").read_text().splitlines()
    if line.strip()
]
LEVELS = list(reversed(LEVEL_NAMES))  # least urgent first, as ranges compare


@cache
def _played(case_id: str) -> dict[str, Any]:
    case = next(c for c in CASES if c["id"] == case_id)
    return simulate(
        {k: v for k, v in case.items() if k not in ("expect", "expect_followups", "why")}
    )


def _inside(level: str, expect: dict[str, str]) -> bool:
    return LEVELS.index(expect["min"]) <= LEVELS.index(level) <= LEVELS.index(expect["max"])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_follow_up_lands_in_its_range(case: dict[str, Any]) -> None:
    out = _played(case["id"])
    assert _inside(out["outcome"], case["expect"]), (out["outcome"], case["why"])
    followups = out["followups"]
    assert [f["after"] for f in followups] == [e["after"] for e in case["later"]]
    for expect, followup in zip(case["expect_followups"], followups, strict=True):
        assert _inside(followup["outcome"], expect), (followup["outcome"], case["why"])
        assert LEVELS.index(followup["outcome"]) >= LEVELS.index(out["outcome"])

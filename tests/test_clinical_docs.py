"""docs/clinical.md lists every rule the bot applies."""

from __future__ import annotations

from pathlib import Path

from flows.rules import ALARM_SOURCES, RULES

DOC = (Path(__file__).parent.parent / "docs" / "clinical.md").read_text(encoding="utf-8")


def test_every_rule_and_alarm_is_documented_with_its_level() -> None:
    for rule in RULES:
        assert f"| `{rule.id}` | {rule.level.name} |" in DOC, rule.id
    for alarm in ALARM_SOURCES:
        assert f"`{alarm}`" in DOC, alarm

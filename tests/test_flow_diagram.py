"""The flow as data: the diagram in docs is current, and skips only look backwards."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from flows.diagram import flow_markdown
from flows.facts import FACTS
from flows.machine import STATES, TRANSITIONS, mermaid
from flows.questions import ORDER, QUESTIONS, not_asked
from flows.questions import QUESTIONS_BY_FACT as QUESTIONS_BY_ID

DOCS = Path(__file__).parent.parent / "docs" / "flow.md"


def test_docs_flow_md_is_current() -> None:
    assert DOCS.read_text(encoding="utf-8") == flow_markdown(), (
        "docs/flow.md is stale: run `sciatica-bot flow -o docs/flow.md`"
    )


def test_the_diagram_is_mermaid_and_names_every_state() -> None:
    text = mermaid()
    assert text.startswith("stateDiagram-v2")
    for state in STATES:
        if QUESTIONS_BY_ID.get(state) is not None and QUESTIONS_BY_ID[state].ask_if is not_asked:
            assert not re.search(rf"\b{state}\b", text), f"{state} is never asked"
            continue
        assert re.search(rf"\b{state}\b", text), state


def test_every_fact_but_previous_episode_has_a_question() -> None:
    assert set(FACTS) - set(ORDER) == {"previous_episode"}


def test_questions_only_look_at_facts_asked_before_them() -> None:
    for index, question in enumerate(QUESTIONS):
        if question.ask_if is None:
            continue
        source = inspect.getsource(question.ask_if)
        for later in ORDER[index:]:
            assert f'"{later}"' not in source, f"{question.id} looks at later fact {later}"


def test_transitions_are_data_with_named_conditions() -> None:
    for spec in TRANSITIONS:
        assert spec["dest"] in STATES
        assert all(callable(c) and c.__name__ != "<lambda>" for c in spec["conditions"])

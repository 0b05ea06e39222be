"""docs/flow.md, generated from the flow itself (``sciatica-bot flow -o docs/flow.md``).

A test fails when docs/flow.md differs from what this module produces, so the
diagram in the docs is never stale.
"""

from __future__ import annotations

from flows.machine import mermaid
from flows.questions import QUESTIONS

HEADER = """# The check-in flow

Generated from `flows/machine.py` and `flows/questions.py` by
`sciatica-bot flow -o docs/flow.md`; `tests/test_flow_diagram.py` fails when it is stale.
Every question can also jump straight to `emergency` (a rule says so, or a red flag,
crisis or other emergency is typed), and `/back` and `/restart` work in every state.
"""


def flow_markdown() -> str:
    rows = ["| # | question (fact) | asked | first words |", "|---|---|---|---|"]
    for number, question in enumerate(QUESTIONS, 1):
        asked = "always" if question.ask_if is None else "only when it can matter"
        words = question.text.split("?")[0][:70].replace("|", "/")
        rows.append(f"| {number} | `{question.id}` | {asked} | {words}… |")
    return "\n".join(
        [HEADER, "```mermaid", mermaid().rstrip("\n"), "```", "", "## Questions", "", *rows, ""]
    )

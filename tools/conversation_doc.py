"""Write docs/conversation.md: one whole check-in per level, tapped and typed.

Usage: ``.venv/bin/python tools/conversation_doc.py > docs/conversation.md``
(``tests/test_conversation_doc.py`` fails when the file is stale).

The transcripts are ``simulate`` runs of the project's own cases, so what the
document shows is what the bot does.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_vignettes import ALL_CASES, LEVELS, UNSEEN, answers_sent, play, types  # noqa: E402

#: One case per level and way of answering: (level, typed, case id).
SHOWN = (
    ("self_care", False, "pub-17-acute-self-care"),
    ("self_care", True, "e2-59-story-lifted-sofa"),
    ("routine", False, "own-24-chronic-physio-helped"),
    ("routine", True, "e2-48-typo-five-monhts"),
    ("soon", False, "pub-14-physio-flare-soon"),
    ("soon", True, "e2-31-plain-prostate-mets-team-knows"),
    ("urgent", False, "pub-08-weak-stable"),
    ("urgent", True, "own-01-past-bowel-cancer-typed"),
    ("emergency", False, "uns-08-fever-chemo"),
    ("emergency", True, "e2-05-story-prostate-foot-catches"),
)

#: Measured on the same cases before the checklists (flow 2026.12.1 of the reading
#: issue), counted the same way: messages after the consent.
BEFORE = {
    (False, "self_care"): 18.5,
    (False, "routine"): 19,
    (False, "soon"): 18.5,
    (False, "urgent"): 16,
    (False, "emergency"): 13,
    (True, "self_care"): 19,
    (True, "routine"): 19,
    (True, "soon"): 19,
    (True, "urgent"): 17,
    (True, "emergency"): 2,
}

INTRO = """# The conversation

How a check-in goes, level by level, as a patient sees it. Every transcript below
is a `simulate` run of one of the project's own cases (tests/cases/), so it is what
the bot really says; regenerate with `.venv/bin/python tools/conversation_doc.py >
docs/conversation.md` after changing any text (a test fails when this file is stale).

## How the order and the grouping were chosen

- **Emergencies first (SPEC 3, Order).** The safety screen comes first, then cancer,
  then the pain. A yes that could complete an emergency brings forward what would
  complete it: after a fever, cancer and treatment (fever on chemotherapy); after a
  weak leg, fever and cancer (infection, cord compression); after a numb leg, cancer.
  The rules are data (`flows/questions.py`, `BRING_FORWARD`) and drawn in
  [flow.md](flow.md). An answer that makes an emergency ends the check-in at once.
- **Checklists where national symptom checkers group them.** The cauda equina signs
  (bladder or bowel, saddle numbness, genital feeling, both legs), the legs (weak,
  getting weaker, numb) and the other serious causes (fever, infection risk, injury,
  weight loss, night pain) are three lists, each with "None of these" and "Not sure".
  A tap says yes to one item and the list comes back for the rest ("And any of
  these?"); a typed list ("just the numbness down there") is read item by item; the
  items a typed list leaves out are a "no", except red flags, whose "no" is only
  taken when said. "Not sure", a bare "yes" or a hedge takes the items one question
  at a time, each with its plain follow-up, so a red-flag "no" is never guessed.
- **Nothing asked that changes nothing.** The kind of cancer, spread to the bones,
  pain after an infusion and pain below the knee change neither the level nor the
  advice, so they are not asked; when a patient says them they go in the doctor's
  summary. Cancer and treatment named in any message are shown back in one tap at
  their question ("Earlier you told me ... Is that right?").
- **One thing per question, under 25 words, neutral words** for sex-specific items
  (tests/test_conversation.py holds every question to it; tests/test_reading_level.py
  to school grade 8).

## Answers per check-in

Messages the patient sends after agreeing to start (answers, re-answers after a
misread, stories), median per level over tests/cases (`make test` prints it):

"""


def _play(case_id: str) -> dict[str, Any]:
    return play(next(c for c in ALL_CASES + UNSEEN if c["id"] == case_id))


def _counts() -> str:
    rows = ["| patients | level | cases | before | now |", "|---|---|---|---|---|"]
    played = [(c, play(c)) for c in ALL_CASES + UNSEEN]
    for typed in (False, True):
        for level in LEVELS:
            counts = [
                answers_sent(r) for c, r in played if types(c) == typed and r["outcome"] == level
            ]
            if counts:
                rows.append(
                    f"| {'type' if typed else 'tap'} | {level} | {len(counts)} | "
                    f"{BEFORE[(typed, level)]} | {statistics.median(counts)} |"
                )
    return "\n".join(rows)


def _transcript(result: dict[str, Any]) -> str:
    lines = []
    for entry in result["transcript"]:
        who = "**Patient:**" if entry["from"] == "patient" else "**Bot:**"
        text = entry["text"].replace("\n", "<br>")
        line = f"{who} {text}"
        if entry.get("options"):
            line += "<br>_Buttons: " + " · ".join(entry["options"]) + "_"
        lines.append(f"> {line}\n>")
    return "\n".join(lines).rstrip(">\n") + "\n"


def main() -> None:
    out = [INTRO, _counts(), ""]
    for level, typed, case_id in SHOWN:
        result = _play(case_id)
        how = "typed" if typed else "tapped"
        out.append(f"## {level.replace('_', ' ').capitalize()}, {how} (`{case_id}`)\n")
        out.append(f"Outcome: **{result['outcome']}** after {answers_sent(result)} answers.\n")
        out.append(_transcript(result))
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()

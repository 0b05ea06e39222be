"""Redaction on the project's identifier corpus (tests/privacy/identifiers.jsonl).

Written by a helper who had not read storage/redact.py: 90 messages holding names with
and without cues, street addresses, postcodes and ZIP codes, dates of birth in words,
phone numbers in many formats, e-mails, NHS numbers and handles, and 40 symptom
messages with none, full of things a redactor could wrongly take (drug names, "since
March", "I'm 67", "Rose from the chair"). `make test` prints the figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from storage.redact import redact

CORPUS = Path(__file__).parent / "privacy" / "identifiers.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
]
#: Clean symptom messages the redactor may change (a word taken for a name), at most.
MOST_CLEAN_CHANGED = 2
SYMPTOM_WORDS = re.compile(
    r"\b(numb\w*|tingl\w*|legs?|pain|wet|bladder|foot|feet|thigh|buttock|weeks?|"
    r"paracetamol|tamoxifen|sciatica|both|left|right)\b",
    re.I,
)


def _leaks(row: dict[str, Any]) -> list[str]:
    out = redact(row["text"])
    return [found for found in row["identifiers"] if found in out]


def test_the_corpus_is_big_enough_and_consistent() -> None:
    with_ids = [r for r in ROWS if r["identifiers"]]
    assert len(with_ids) >= 60
    assert all(found in r["text"] for r in ROWS for found in r["identifiers"])


def test_no_identifier_survives_redaction() -> None:
    leaking = {r["text"]: _leaks(r) for r in ROWS if _leaks(r)}
    assert not leaking, leaking


def test_symptom_words_outside_identifiers_are_kept() -> None:
    for row in ROWS:
        rest = row["text"]
        for found in row["identifiers"]:
            rest = rest.replace(found, " ")
        out = redact(row["text"]).lower()
        for word in SYMPTOM_WORDS.findall(rest):
            assert word.lower() in out, (row["text"], word)


def test_clean_messages_are_left_alone() -> None:
    changed = [r["text"] for r in ROWS if not r["identifiers"] and redact(r["text"]) != r["text"]]
    assert len(changed) <= MOST_CLEAN_CHANGED, changed


def redaction_report() -> str:
    with_ids = [r for r in ROWS if r["identifiers"]]
    kinds = sorted({r["kind"] for r in with_ids})
    lines = [f"{'kind':<14}{'lines':>6}{'clean':>7}"]
    for kind in kinds:
        rows = [r for r in with_ids if r["kind"] == kind]
        lines.append(f"{kind:<14}{len(rows):>6}{sum(not _leaks(r) for r in rows):>7}")
    clean = [r for r in ROWS if not r["identifiers"]]
    unchanged = sum(redact(r["text"]) == r["text"] for r in clean)
    lines.append(f"symptom-only messages left unchanged: {unchanged}/{len(clean)}")
    return "\n".join(lines)

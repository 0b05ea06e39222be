"""Redaction on the project's identifier corpus (tests/privacy/identifiers.jsonl).

The first 130 lines were written by a helper who had not read storage/redact.py: 90
messages holding names with and without cues, street addresses, postcodes and ZIP codes,
dates of birth in words, phone numbers in many formats, e-mails, NHS numbers and
handles, and 40 symptom messages with none, full of things a redactor could wrongly take
(drug names, "since March", "I'm 67", "Rose from the chair"). 58 more (issue 14) came
after a security review typed "I'm Sarah Jones, I live at 12 Acacia Avenue, Leeds ls1
4ap, born in nineteen fifty eight" and the stored transcript kept "[date]teen fifty
eight": names mid-sentence and in signatures, US and UK address forms, dates of birth
in words and mixed, hospital numbers, and clean lines of clinical capitals. A line may
list ``keep``: words that must come through exactly as typed. `make test` prints the
figures.

The check is strict: an identifier is gone only when neither it nor any of its words
that the rest of the line does not also hold survives, and no placeholder is glued to
a piece of a word ("[date]teen").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from storage.redact import redact

CORPUS = Path(__file__).parent / "privacy" / "identifiers.jsonl"
#: The reading corpus: some 9,000 answers written with no identifiers in them.
READING = sorted((Path(__file__).parent / "corpus").glob("*.jsonl"))
#: Reading-corpus answers redaction may change, at most. All 5 today are real names the
#: writers put in ("Dr Patel", "Mr Okafor", "my name is grace", "(I'm Paul)"); before
#: issue 14 it was 77 ("I'm knackered", "it's October", "married 30 years" read as a date).
MOST_READING_CHANGED = 5
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
_WORD = re.compile(r"[\w'’]+")
#: Words of an identifier that say nothing by themselves when left beside a placeholder.
_LINKING = frozenset({"of", "the", "at", "dot", "in", "on", "and", "is"})
#: A placeholder run into the letters of a word: what was left of a half-matched identifier.
_GLUED = re.compile(r"\w\[(?:name|date|address|postcode|number|email|link|handle)\]|\](?=\w)")


def _leaks(row: dict[str, Any]) -> list[str]:
    """What of the line's identifiers the redacted text still shows."""
    out = redact(row["text"])
    rest = row["text"]
    for found in row["identifiers"]:
        rest = rest.replace(found, " ")
    elsewhere = {w.lower() for w in _WORD.findall(rest)}
    out_words = {w.lower() for w in _WORD.findall(out)}
    leaks = [found for found in row["identifiers"] if found.lower() in out.lower()]
    for found in row["identifiers"]:
        for word in _WORD.findall(found):
            low = word.lower()
            if low in out_words and low not in elsewhere and low not in _LINKING:
                leaks.append(word)
    if row["identifiers"] and _GLUED.search(out):
        leaks.append(f"glued: {out}")
    return leaks


def _lost(row: dict[str, Any]) -> list[str]:
    """The line's ``keep`` words that redaction took away."""
    out = redact(row["text"])
    return [words for words in row.get("keep", []) if words not in out]


def test_the_corpus_is_big_enough_and_consistent() -> None:
    with_ids = [r for r in ROWS if r["identifiers"]]
    assert len(with_ids) >= 140
    assert all(found in r["text"] for r in ROWS for found in r["identifiers"])
    assert all(words in r["text"] for r in ROWS for words in r.get("keep", []))


def test_no_identifier_survives_redaction() -> None:
    leaking = {r["text"]: (_leaks(r), redact(r["text"])) for r in ROWS if _leaks(r)}
    assert not leaking, leaking


def test_words_to_keep_are_kept() -> None:
    lost = {r["text"]: (_lost(r), redact(r["text"])) for r in ROWS if _lost(r)}
    assert not lost, lost


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


def _reading_changed() -> list[tuple[str, str]]:
    texts = [
        json.loads(line)["text"]
        for path in READING
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 8000
    return [(text, redact(text)) for text in texts if redact(text) != text]


def test_the_reading_corpus_is_left_alone() -> None:
    changed = _reading_changed()
    assert len(changed) <= MOST_READING_CHANGED, changed


def redaction_report() -> str:
    with_ids = [r for r in ROWS if r["identifiers"]]
    kinds = sorted({r["kind"] for r in with_ids})
    lines = [f"{'kind':<14}{'lines':>6}{'clean':>7}"]
    for kind in kinds:
        rows = [r for r in with_ids if r["kind"] == kind]
        lines.append(f"{kind:<14}{len(rows):>6}{sum(not _leaks(r) for r in rows):>7}")
    lines.append(f"{'all':<14}{len(with_ids):>6}{sum(not _leaks(r) for r in with_ids):>7}")
    clean = [r for r in ROWS if not r["identifiers"]]
    unchanged = sum(redact(r["text"]) == r["text"] for r in clean)
    lines.append(f"symptom-only messages left unchanged: {unchanged}/{len(clean)}")
    return "\n".join(lines)

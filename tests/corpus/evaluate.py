"""Score the reading layer on the labelled corpus (tests/corpus/README.md).

``python -m tests.corpus.evaluate`` prints accuracy per file, fact and style and
every line read wrongly; ``tests/test_corpus.py`` asserts the targets.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows.facts import FACTS, RED_FLAG_FACTS, TREATMENTS, UNSURE, Kind
from flows.reading import Certainty, read

HERE = Path(__file__).resolve().parent
#: Files of answers to the open question.
ANSWER_FILES = (
    "redflags",
    "screen",
    "cancer",
    "passing",
    "questions",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
)
#: A fixed day, so that "since tuesday" reads the same every run.
TODAY = datetime.date(2026, 3, 18)
_CAREFUL = frozenset(RED_FLAG_FACTS)


def lines(name: str) -> Iterator[dict[str, Any]]:
    with open(HERE / f"{name}.jsonl", encoding="utf-8") as handle:
        for number, raw in enumerate(handle, 1):
            if raw.strip():
                line = json.loads(raw)
                line["_where"] = f"{name}.jsonl:{number}"
                yield line


def expected(fact: str, means: Any) -> Any:
    """A label as the canonical value the reader returns."""
    if means in ("not_an_answer", "question") or means is None:
        return None
    if means == "unsure":
        return UNSURE
    kind = FACTS[fact].kind if fact in FACTS else Kind.BOOL
    if kind is Kind.BOOL:
        return {"yes": True, "no": False}[means]
    if kind is Kind.MULTI:
        return tuple(v for v in TREATMENTS if v in means)
    if kind is Kind.WEEKS:
        number, _, unit = str(means).partition(" ")
        return int(number) * (7 if unit.startswith("week") else 1)
    return means


def duration_band(days: int) -> int:
    """The bands SPEC's rules tell apart: up to 4 weeks, 4-6, 6-12, over 12."""
    return 0 if days <= 28 else 1 if days <= 41 else 2 if days <= 84 else 3


def same(fact: str, want: Any, got: Any) -> bool:
    if want is None or got is None or want == UNSURE or got == UNSURE:
        return want == got
    kind = FACTS[fact].kind if fact in FACTS else Kind.BOOL
    if kind is Kind.WEEKS:
        return duration_band(int(got)) == duration_band(int(want))
    if fact == "age":
        return abs(int(got) - int(want)) <= 1
    return bool(want == got)


def is_flag(fact: str, value: Any) -> bool:
    """A yes (or any weakness) to a red-flag fact."""
    return value is True or value in ("stable", "worsening")


@dataclass
class Score:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    overall: Score = field(default_factory=Score)
    by_file: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_fact: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_style: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)
    #: Red-flag yes or "not sure" read as a sure no; crisis or red flags missed.
    unsafe: list[str] = field(default_factory=list)

    def add(self, line: dict[str, Any], group: str, ok: bool, note: str) -> None:
        self.overall.add(ok)
        self.by_file[line["_where"].split(".")[0]].add(ok)
        self.by_fact[group].add(ok)
        self.by_style[line.get("style", "?")].add(ok)
        if not ok:
            self.misses.append(f"{line['_where']} [{group}] {line['text']!r}: {note}")


def evaluate() -> Report:
    report = Report()
    for name in ANSWER_FILES:
        for line in lines(name):
            _answer_line(report, line)
    for line in lines("crisis"):
        _crisis_line(report, line)
    for line in lines("other_emergency"):
        _emergency_line(report, line)
    return report


def _answer_line(report: Report, line: dict[str, Any]) -> None:
    fact = line["fact"]
    reading = read(line["text"], fact, today=TODAY)
    if fact == "consent":
        want = None if line["means"] == "not_an_answer" else line["means"] == "yes"
        if line["means"] == "unsure":
            want = UNSURE  # "not sure yet": neither a start nor a refusal
    else:
        want = expected(fact, line["means"])
    got = reading.value
    ok = same(fact, want, got)
    note = f"means {want!r}, read {got!r} ({reading.certainty}, {reading.decided_by})"
    report.add(line, fact, ok, note)
    if (
        fact in _CAREFUL
        and (is_flag(fact, want) or want == UNSURE)
        and got in (False, "none")
        and reading.certainty is Certainty.sure
    ):
        report.unsafe.append(f"{line['_where']} {line['text']!r}: a red flag read as a sure no")
    for other, value in (line.get("also") or {}).items():
        if other not in FACTS or other == fact:
            continue
        want_other = expected(other, value)
        if other in _CAREFUL or other == "fever":
            raised = {a.fact: a.value for a in reading.red_flags}
            # said of someone unclear ("he had a wee accident"): the bot asks, it does not drop it
            asked = {
                a.fact
                for a in reading.assertions
                if a.experiencer.value == "unclear" and not a.negated and a.value
            }
            if is_flag(other, want_other):
                hit = other in raised or other in asked
                report.add(line, f"also:{other}", hit, f"the remark's {other} was not raised")
                if not hit:
                    report.unsafe.append(
                        f"{line['_where']} {line['text']!r}: {other} stated, not raised"
                    )
            elif want_other in (False, "none"):
                report.add(
                    line, f"also:{other}", other not in raised, f"{other} raised, but it was a no"
                )


def _crisis_line(report: Report, line: dict[str, Any]) -> None:
    reading = read(line["text"], "pain_score", today=TODAY)
    want, got = line["means"], reading.crisis
    if want == "danger":
        ok = got == "danger"
    elif want == "crisis":
        ok = got in ("crisis", "danger")
    else:
        ok = got in (None, "safe")
    report.add(line, "crisis", ok, f"means {want}, read {got}")
    if want in ("crisis", "danger") and got in (None, "safe"):
        report.unsafe.append(f"{line['_where']} {line['text']!r}: {want} not recognised")


def _emergency_line(report: Report, line: dict[str, Any]) -> None:
    reading = read(line["text"], "pain_score", today=TODAY)
    want = line["means"]
    ok = want in reading.emergencies if want != "none" else not reading.emergencies
    report.add(line, "emergency", ok, f"means {want}, read {reading.emergencies}")
    if want != "none" and not reading.emergencies:
        report.unsafe.append(f"{line['_where']} {line['text']!r}: {want} not recognised")


def table(title: str, scores: dict[str, Score]) -> str:
    rows = [f"{title:<28} {'right':>6} {'of':>5} {'rate':>7}"]
    for key in sorted(scores):
        s = scores[key]
        rows.append(f"{key:<28} {s.right:>6} {s.total:>5} {100 * s.rate:>6.1f}%")
    return "\n".join(rows)


def summary(report: Report, misses: bool = False) -> str:
    parts = [
        f"corpus: {report.overall.right}/{report.overall.total} read right "
        f"({100 * report.overall.rate:.1f}%), {len(report.unsafe)} unsafe",
        table("file", report.by_file),
        table("fact", report.by_fact),
        table("style", report.by_style),
    ]
    if report.unsafe:
        parts.append("unsafe:\n  " + "\n  ".join(report.unsafe))
    if misses:
        parts.append("misses:\n  " + "\n  ".join(report.misses))
    return "\n\n".join(parts)


if __name__ == "__main__":
    print(summary(evaluate(), misses="--misses" in sys.argv))

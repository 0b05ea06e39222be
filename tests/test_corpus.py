"""The labelled corpus is the contract of the reading layer (tests/corpus/README.md).

Every line is read; the report (accuracy per file, fact and style) is printed at the
end of the run. A red-flag yes or "not sure" read as a sure "no" fails the run, as
does overall accuracy below the floor. The floor is a ratchet: it only goes up as
categories are fixed (the issue's target is 98%; docs/reading.md gives today's figure).
"""

from __future__ import annotations

import pytest

from tests.corpus.evaluate import Report, evaluate, summary

#: Overall accuracy must not fall below this (raise it as the reading improves).
FLOOR = 0.95
#: Stated red flags, crisis words and emergencies missed: may only go down.
MISSED_ALARMS_AT_MOST = 0


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate()


def test_the_corpus_is_large_and_covers_every_style(report: Report) -> None:
    assert report.overall.total >= 2000
    for style in ("texting", "typo", "non_native", "hedge", "story", "emoji", "two_facts"):
        assert report.by_style[style].total >= 50, style


def test_no_red_flag_yes_or_not_sure_is_read_as_a_sure_no(report: Report) -> None:
    sure_no = [line for line in report.unsafe if "read as a sure no" in line]
    assert sure_no == []


def test_stated_red_flags_crisis_and_emergencies_are_rarely_missed(report: Report) -> None:
    missed = [line for line in report.unsafe if "read as a sure no" not in line]
    assert len(missed) <= MISSED_ALARMS_AT_MOST, "\n".join(missed)


def test_overall_accuracy_stays_above_the_floor(report: Report) -> None:
    assert report.overall.rate >= FLOOR, summary(report)


def test_the_report_names_every_file(report: Report) -> None:
    assert set(report.by_file) >= {
        "redflags", "screen", "cancer", "passing", "questions", "crisis", "other_emergency"
    }  # fmt: skip


def pytest_report() -> str:  # used by conftest to print the figures after the run
    return summary(evaluate())

"""Service evaluation (issue 14, point 4): rates, not only counts, for the filters asked.

Per question: how many check-ins reached it, how many stopped there (drop-off), how many
finished with it "not sure", and how many had an answer to it the bot could not read or
had to show back to confirm (misread). Check-ins where the patient declined to start are
kept apart: they reached no question. Time to outcome is the minutes from the first
message to the advice, by outcome level.

Every rate stands on protected counts (review/aggregates.py): a question's check-ins are
split into those with the event and those without, and that pair is protected against
the question's shown total, so neither a "<5" nor its complement can be worked out. A
rate is shown only when both its counts are shown; a median only over 5 or more
check-ins. See docs/review.md.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from flows.keeping import CONFIRM, UNREADABLE
from review.aggregates import SHIELD, THRESHOLD, Board, Cell, beside_total, row
from review.filters import LEVELS, Filters
from review.labels import as_question_sql, flow_position
from review.queries import in_groups

_ASKED = (
    "(case when json_valid(sessions.data) and json_type(sessions.data, '$.asked') = 'array' "
    "then json_extract(sessions.data, '$.asked') end)"
)
_UNSURE = (
    "(case when json_valid(sessions.data) "
    "and json_type(sessions.data, '$.outcome.uncertain') = 'array' "
    "then json_extract(sessions.data, '$.outcome.uncertain') end)"
)
#: The question each fact is asked in: a checklist's items are one question to the
#: patient, so reach, "not sure", drop-off and misreads are all counted per checklist.
AS_QUESTION = as_question_sql("j.value")
STOPPED_AT = as_question_sql("coalesce(ended_state, state)")
MISREAD_AT = as_question_sql("e.state_before")
#: The reasons a typed answer was kept that make it misread: unreadable, or shown back.
MISREAD = (UNREADABLE, CONFIRM)
_DECLINED = (
    "(json_valid(sessions.data) and json_extract(sessions.data, '$.consent') = 0 "
    "and coalesce(json_array_length(sessions.data, '$.asked'), 0) = 0)"
)


@dataclass(frozen=True)
class Rate:
    """One count out of a question's check-ins, protected with its complement."""

    cell: Cell
    #: The rate in percent, or None when a count it stands on is hidden.
    percent: float | None

    @property
    def text(self) -> str:
        if self.percent is None:
            return self.cell.text
        return f"{self.cell.text} ({self.percent:.0f}%)"


@dataclass(frozen=True)
class QuestionRates:
    question: str
    reached: str
    stopped: Rate
    unsure: Rate
    misread: Rate


@dataclass(frozen=True)
class Evaluation:
    #: Check-ins where the patient declined to start: they reached no question.
    declined: str
    questions: list[QuestionRates]
    #: Per outcome level: the median minutes to the advice (None under 5 check-ins).
    time_to_outcome: list[tuple[str, float | None]]
    #: Per week: the share of finished check-ins at each level.
    weekly_rates: list[tuple[date, list[Rate]]]


def _rate(key: str, count: int, total: int) -> Rate:
    with_it, without = row([(key, count), ("rest", total - count)])
    known = not with_it.suppressed and not without.suppressed and total > 0
    return Rate(with_it, 100 * count / total if known else None)


def counts(conn: sqlite3.Connection, sql: str, args: list[str]) -> Counter[str]:
    return Counter({str(r[0]): int(r[1]) for r in conn.execute(sql, args) if r[0] is not None})


@dataclass
class Gathered:
    """The evaluation's counts, before any is hidden: from ``sessions`` here, or from the
    session summary (review/summary.py); both give the same."""

    declined: int = 0
    #: Per question: check-ins that reached it, stopped at it, finished "not sure" about
    #: it, or had an answer to it that was unreadable or shown back to confirm.
    reached: Counter[str] = field(default_factory=Counter)
    stopped: Counter[str] = field(default_factory=Counter)
    unsure: Counter[str] = field(default_factory=Counter)
    misread: Counter[str] = field(default_factory=Counter)
    #: Per outcome level with finished check-ins: their median minutes (None under 5).
    time_to_outcome: list[tuple[str, float | None]] = field(default_factory=list)


def gather(
    conn: sqlite3.Connection, filters: Filters, groups: tuple[str, ...] | None = None
) -> Gathered:
    """The evaluation's counts from the ``sessions`` rows themselves (every engine state
    read again: the path for a database without the summary)."""
    where, args = filters.where()
    scope, scope_args = in_groups(groups)
    base = f"from sessions where {where} and {scope}"
    every = [*args, *scope_args]
    declined = conn.execute(f"select count(*) {base} and {_DECLINED}", every).fetchone()[0]
    reached = counts(
        conn,
        f"select {AS_QUESTION}, count(distinct sessions.id) from sessions, json_each({_ASKED}) j "
        f"where {where} and {scope} group by 1",
        every,
    )
    stopped = counts(
        conn,
        f"select {STOPPED_AT}, count(*) {base} and status = 'abandoned' group by 1",
        every,
    )
    unsure = counts(
        conn,
        f"select {AS_QUESTION}, count(distinct sessions.id) from sessions, json_each({_UNSURE}) j "
        f"where {where} and {scope} group by 1",
        every,
    )
    misread = counts(
        conn,
        f"select {MISREAD_AT}, count(distinct e.session_id) from events e "
        "join sessions on sessions.id = e.session_id "
        f"where e.kept in (?, ?) and {where} and {scope} group by 1",
        [*MISREAD, *every],
    )
    spent = _time_to_outcome(conn, base, every)
    return Gathered(declined, reached, stopped, unsure, misread, spent)


def evaluate(
    conn: sqlite3.Connection,
    filters: Filters,
    board: Board,
    groups: tuple[str, ...] | None = None,
) -> Evaluation:
    """The evaluation of the check-ins these filters let through (in ``groups``, if given),
    consistent with the charts' ``board`` beside it: a count the charts hide stays hidden.
    (The review reads the counts from the session summary instead: review/summary.py.)"""
    return rates(gather(conn, filters, groups), board)


def rates(found: Gathered, board: Board) -> Evaluation:
    """The evaluation from its counts, protected against the charts' ``board``."""
    reached, stopped, unsure, misread = found.reached, found.stopped, found.unsure, found.misread
    charted = {c.key: c for c in board.drop_off}
    questions = []
    for q, n in sorted(reached.items(), key=lambda item: (flow_position(item[0]), item[0])):
        gone = min(stopped[q], n)
        stop = _rate("stopped", gone, n)
        # the page's total is shown: a reach within 4 of it would give away the few who
        # never reached the question (those who declined, or stopped before it)
        reach = beside_total(q, n, board.count)
        if q in charted and charted[q].suppressed:
            stop = Rate(charted[q], None)  # hidden in the chart: hidden here too
        elif not stop.cell.suppressed and 0 < n - gone < THRESHOLD:
            # the chart shows how many stopped: the question's total would give away the
            # few who went on, so it is hidden instead
            questions.append(
                QuestionRates(q, SHIELD, stop, _rate("unsure", 0, 0), _rate("misread", 0, 0))
            )
            continue
        rated = [
            stop,
            _rate("unsure", min(unsure[q], n), n),
            _rate("misread", min(misread[q], n), n),
        ]
        if reach.suppressed:
            # a count and its rate give the total they are out of: counts only
            rated = [Rate(r.cell, None) for r in rated]
        questions.append(QuestionRates(q, reach.text, *rated))
    return Evaluation(
        declined=beside_total("declined", found.declined, board.count).text,
        questions=questions,
        time_to_outcome=found.time_to_outcome,
        weekly_rates=_weekly_rates(board),
    )


def _time_to_outcome(
    conn: sqlite3.Connection, base: str, args: list[str]
) -> list[tuple[str, float | None]]:
    minutes: dict[str, list[float]] = {}
    for level, spent in conn.execute(
        "select level, (julianday(finished_at) - julianday(started_at)) * 1440 "
        f"{base} and level is not null and finished_at is not null",
        args,
    ):
        if level in LEVELS and isinstance(spent, float) and spent >= 0:
            minutes.setdefault(level, []).append(spent)
    found = []
    for level in LEVELS:
        spent = minutes.get(level, [])
        if spent:
            median = statistics.median(spent) if len(spent) >= THRESHOLD else None
            found.append((level, median))
    return found


def _weekly_rates(board: Board) -> list[tuple[date, list[Rate]]]:
    """The charts' weekly outcome cells as shares of the week's finished check-ins. A
    week with a hidden cell shows no shares: a share beside a count shown in the chart
    would give the week's total, and so the hidden cell, away."""
    found = []
    for week, cells in board.weekly:
        finished = [c for c in cells if c.key in LEVELS]
        complete = not any(c.suppressed for c in cells)
        total = sum(c.count or 0 for c in finished)
        found.append(
            (
                week,
                [
                    Rate(c, 100 * (c.count or 0) / total if complete and total else None)
                    for c in finished
                ],
            )
        )
    return found

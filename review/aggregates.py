"""Counts over sessions, with small groups hidden: fewer than 5 is shown as "<5".

Every number the review shows about a group of sessions goes through
:func:`cell`, so a group of 1 to 4 never appears as an exact count, in a table,
a chart or an export. An empty group (0) is shown as 0: it is no one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from review.filters import LEVELS
from review.labels import flow_position
from review.queries import FollowUpRow, SessionRow

THRESHOLD = 5
SMALL = f"<{THRESHOLD}"


@dataclass(frozen=True)
class Cell:
    """A labelled count; ``count`` is None when the group is too small to show."""

    key: str
    count: int | None

    @property
    def text(self) -> str:
        return SMALL if self.count is None else str(self.count)

    @property
    def suppressed(self) -> bool:
        return self.count is None

    @property
    def drawn(self) -> int:
        """The size to draw: a hidden group is drawn at the threshold, never below it."""
        return THRESHOLD if self.count is None else self.count


def cell(key: str, count: int) -> Cell:
    return Cell(key, None if 0 < count < THRESHOLD else count)


def shown(count: int) -> str:
    """A count as it may be shown."""
    return cell("", count).text


def _cells(counter: Counter[str], order: Callable[[tuple[str, int]], Any]) -> list[Cell]:
    return [cell(key, n) for key, n in sorted(counter.items(), key=order)]


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def by_level(rows: Iterable[SessionRow]) -> list[Cell]:
    """Finished sessions per outcome level, most urgent first."""
    counter = Counter(r.level for r in rows if r.level)
    return [cell(level, counter[level]) for level in LEVELS if counter[level]]


def by_status(rows: Iterable[SessionRow]) -> list[Cell]:
    return _cells(Counter(r.status for r in rows), _by_count)


def red_flags(rows: Iterable[SessionRow]) -> list[Cell]:
    """Sessions with each red flag, most frequent first."""
    return _cells(Counter(f for r in rows for f in dict.fromkeys(r.red_flags)), _by_count)


def referrals(rows: Iterable[SessionRow], no_group: str) -> list[Cell]:
    """Sessions per referral group (``no_group`` for those that came without one)."""
    return _cells(Counter(r.referral or no_group for r in rows), _by_count)


def drop_off(rows: Iterable[SessionRow]) -> list[Cell]:
    """Abandoned sessions by the question they stopped at, in the order of the check-in."""
    counter = Counter(r.ended_state or r.state for r in rows if r.status == "abandoned")
    return _cells(counter, lambda item: (flow_position(item[0]), item[0]))


def weekly_outcomes(rows: Iterable[SessionRow]) -> list[tuple[date, list[Cell]]]:
    """For each week with sessions: finished sessions per level (and "none" for the rest)."""
    weeks: dict[date, Counter[str]] = {}
    for row in rows:
        weeks.setdefault(row.week, Counter())[row.level or "none"] += 1
    keys = [*LEVELS, "none"]
    if not weeks:
        return []
    week, last, result = min(weeks), max(weeks), []
    while week <= last:  # every week in the range, empty ones too
        counts = weeks.get(week, Counter())
        result.append((week, [cell(key, counts[key]) for key in keys]))
        week += timedelta(days=7)
    return result


#: What a patient said to a follow-up, in the order the chart stacks it.
FOLLOWUP_ANSWERS = ("better", "got_help", "same", "not_yet", "worse", "new", "no answer")


def _said(row: FollowUpRow) -> str:
    return row.said or "no answer"


def weekly_followup_answers(rows: Iterable[FollowUpRow]) -> list[tuple[date, list[Cell]]]:
    """For each week with follow-ups sent: what patients said."""
    weeks: dict[date, Counter[str]] = {}
    for row in rows:
        if row.session_id is not None:
            weeks.setdefault(row.week, Counter())[_said(row)] += 1
    if not weeks:
        return []
    week, last, result = min(weeks), max(weeks), []
    while week <= last:
        counts = weeks.get(week, Counter())
        result.append((week, [cell(key, counts[key]) for key in FOLLOWUP_ANSWERS]))
        week += timedelta(days=7)
    return result


def got_help(rows: Iterable[FollowUpRow]) -> list[Cell]:
    """Follow-ups of urgent check-ins and of follow-ups that reached an emergency, by
    whether the patient said they got help."""
    counter: Counter[str] = Counter(
        _said(row)
        for row in rows
        if row.session_id is not None
        and ("urgent" in (row.earlier_level, row.level) or row.level == "emergency")
    )
    return [cell(key, counter[key]) for key in FOLLOWUP_ANSWERS if counter[key]]

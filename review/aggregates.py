"""Counts over sessions, with small groups hidden: fewer than 5 is shown as "<5".

Every number the review shows about a group of sessions goes through this module,
so a group of 1 to 4 never appears as an exact count in a chart, an aggregate table
or an export. An empty group (0) is shown as 0: it is no one.

A row of counts whose total is shown (or can be worked out) would give a hidden cell
away by subtraction, so such a row is protected as a whole (:func:`protect`): when a
cell is hidden, the next-smallest cells are hidden as well ("5+", drawn like "<5")
until no hidden cell can be worked out from the total and the cells still shown.
A row that cannot be protected that way (a handful of sessions in an unlucky
pattern) makes the whole page withheld (:class:`Unprotectable`). See docs/review.md.

A clinician's list of individual check-ins is not an aggregate: its counts are
exact (``exact=True``), because the rows they count are listed right below them.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from review.filters import LEVELS
from review.labels import flow_position, question_of
from review.queries import FollowUpRow, SessionRow

THRESHOLD = 5
SMALL = f"<{THRESHOLD}"
#: A cell hidden only so that a small one beside it cannot be worked out: it is 5 or more.
SHIELD = f"{THRESHOLD}+"
#: The status under which unreadable rows are counted (they are in no other aggregate).
UNREADABLE = "unreadable row"


class Unprotectable(ValueError):
    """A row of counts with a shown total cannot hide its small cells: withhold the page."""


@dataclass(frozen=True)
class Cell:
    """A labelled count; ``count`` is None when it is hidden."""

    key: str
    count: int | None
    #: Why a hidden cell is hidden: under the threshold (True), or to protect one (False).
    small: bool = True

    @property
    def text(self) -> str:
        if self.count is not None:
            return str(self.count)
        return SMALL if self.small else SHIELD

    @property
    def suppressed(self) -> bool:
        return self.count is None

    @property
    def drawn(self) -> int:
        """The size to draw: a hidden cell is drawn at the threshold, whatever it is."""
        return THRESHOLD if self.count is None else self.count


def cell(key: str, count: int) -> Cell:
    """One count on its own: hidden when it is 1 to 4."""
    return Cell(key, None if 0 < count < THRESHOLD else count)


def shown(count: int) -> str:
    """A count as it may be shown."""
    return cell("", count).text


def beside_total(key: str, count: int, total: int) -> Cell:
    """A count shown on a page whose total is shown too, though not in a row of its own
    (a question's reach, the check-ins that declined): it stands for a pair, itself and
    the rest of the total, so it is hidden when either is 1 to 4 ("5+" when only the
    rest is small: total 23 beside "reached 20" would give a hidden 3 away)."""
    if total < THRESHOLD:
        return cell(key, count)  # the total is "<5": nothing to subtract from
    with_it, _ = row([(key, count), ("rest", total - count)])
    return with_it


def _exposed(values: Sequence[int], small: Sequence[bool]) -> bool:
    """Whether one of these hidden cells could be worked out from their sum.

    Their sum is known (the total less the cells shown); what a reader knows of each
    is its label: "<5" is 1 to 4, "5+" is 5 or more. A cell is given away when that
    sum leaves it a single possible value.
    """
    total = sum(values)
    low = [1 if s else THRESHOLD for s in small]
    high = [THRESHOLD - 1 if s else math.inf for s in small]
    for i in range(len(values)):
        others_low = sum(v for j, v in enumerate(low) if j != i)
        others_high = sum(v for j, v in enumerate(high) if j != i)
        least = max(low[i], total - others_high)
        most = min(high[i], total - others_low)
        if least >= most:
            return True
    return False


def protect(counts: Sequence[int], total_shown: bool | None = None) -> dict[int, bool]:
    """Which cells of a row to hide: index -> True for "<5", False for "5+".

    ``total_shown`` says whether the row's total can be known; by default it can when
    it is 5 or more (as the page would show it). Raises :class:`Unprotectable` when
    even hiding every cell leaves one to be worked out.
    """
    hidden = {i: True for i, n in enumerate(counts) if 0 < n < THRESHOLD}
    if total_shown is None:
        total_shown = sum(counts) >= THRESHOLD
    if not hidden or not total_shown:
        return hidden
    while _exposed([counts[i] for i in hidden], list(hidden.values())):
        rest = sorted((n, i) for i, n in enumerate(counts) if n and i not in hidden)
        if not rest:
            raise Unprotectable("too few sessions to hide a small group")
        hidden[rest[0][1]] = False
    return hidden


#: What a researcher's export writes in place of a value the small-count rule hides.
SUPPRESSED = "suppressed"


def complementary(counts: Sequence[int]) -> set[int]:
    """Which cells of a group to hide in a list of rows (an export): indices into ``counts``.

    An export lists rows, so a reader counts them: a group's total is always known, and
    so is the number of hidden rows (those written :data:`SUPPRESSED`), though not how
    they split between the hidden values. That is why this asks more than
    :func:`protect`: the pair rule first (no hidden cell left with one possible value),
    then more of the next-smallest cells until at least two cells are hidden and they
    hold at least 5 rows together. One hidden cell would be given away whole (its count
    is the number of suppressed rows), and 1 to 4 suppressed rows would themselves be a
    small group. When that cannot be done (too few cells), every cell is hidden.
    """
    everything = {i for i, n in enumerate(counts) if n}
    try:
        hidden = dict(protect(counts, True))
    except Unprotectable:
        return everything
    if not hidden:
        return set()
    rest = sorted((n, i) for i, n in enumerate(counts) if n and i not in hidden)
    while len(hidden) < 2 or sum(counts[i] for i in hidden) < THRESHOLD:
        if not rest:
            return everything
        hidden[rest.pop(0)[1]] = False
    return set(hidden)


def suppress(records: Sequence[dict[str, Any]], column: str, within: str | None = None) -> None:
    """Write :data:`SUPPRESSED` over ``column`` where its value is a small group, in place.

    The rule of :func:`complementary`, applied among the ``records`` that share a value
    of ``within`` (a period), or among all of them. It is the one rule a researcher's
    export (review/exports.py) uses, for every column that groups check-ins: the
    period itself over the whole export (a month of 1 to 4 check-ins is pooled with
    the next-smallest as "suppressed", so every period holds 0 or at least 5 rows),
    then the outcome and each other column within each period. So counting the
    export's rows by period and outcome gives either an exact count of 5 or more, the
    same "<5" the charts would hide, or a "suppressed" pool of at least 5 rows from at
    least two outcomes, none of which can be worked out from the period's total.
    """
    groups: dict[Any, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record.get(within) if within else None, []).append(record)
    for members in groups.values():
        counts = Counter(record.get(column) for record in members)
        values = list(counts)
        hidden = {values[i] for i in complementary([counts[v] for v in values])}
        for record in members:
            if record.get(column) in hidden:
                record[column] = SUPPRESSED


def row(
    pairs: Sequence[tuple[str, int]], *, exact: bool = False, partition: bool = True
) -> list[Cell]:
    """A row of counts as cells: exact, or protected (``partition``: its total is known)."""
    if exact:
        return [Cell(key, n) for key, n in pairs]
    hidden = protect([n for _, n in pairs], None if partition else False)
    return [
        Cell(key, None, hidden[i]) if i in hidden else Cell(key, n)
        for i, (key, n) in enumerate(pairs)
    ]


def _by_count(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def _readable(rows: Iterable[SessionRow]) -> list[SessionRow]:
    return [r for r in rows if not r.unreadable]


def by_level(rows: Iterable[SessionRow], *, exact: bool = False) -> list[Cell]:
    """Sessions per outcome level (the level reached, for one that stopped before its
    advice), most urgent first."""
    return level_cells(Counter(r.outcome for r in _readable(rows) if r.outcome), exact=exact)


def level_cells(counter: Counter[str], *, exact: bool = False) -> list[Cell]:
    """:func:`by_level` from counts already made (review/summary.py makes them in SQL)."""
    return row([(level, counter[level]) for level in LEVELS if counter[level]], exact=exact)


def by_status(rows: Iterable[SessionRow], *, exact: bool = False) -> list[Cell]:
    """Sessions per status; unreadable rows as a status of their own, so the row adds up."""
    return status_cells(Counter(UNREADABLE if r.unreadable else r.status for r in rows), exact)


def status_cells(counter: Counter[str], exact: bool = False) -> list[Cell]:
    return row(_by_count(counter), exact=exact)


def red_flags(rows: Iterable[SessionRow]) -> list[Cell]:
    """Sessions with each red flag, most frequent first.

    Not a row that adds up to anything shown (a session can have several flags, or
    none), so only its small cells are hidden.
    """
    return _flag_cells(tally(rows, "").red_flags)


def _flag_cells(counter: Counter[str]) -> list[Cell]:
    return row(_by_count(counter), partition=False)


def referrals(rows: Iterable[SessionRow], no_group: str) -> list[Cell]:
    """Sessions per referral group (``no_group`` for those that came without one)."""
    return row(_by_count(tally(rows, no_group).referrals))


def drop_off(rows: Iterable[SessionRow]) -> list[Cell]:
    """Abandoned sessions by the question they stopped at, in the order of the check-in."""
    return _drop_off_cells(tally(rows, "").drop_off)


def _drop_off_cells(counter: Counter[str]) -> list[Cell]:
    pairs = sorted(counter.items(), key=lambda item: (flow_position(item[0]), item[0]))
    return row(pairs)


def _weeks(found: dict[date, Counter[str]]) -> list[date]:
    """Every week from the first to the last, empty ones too."""
    if not found:
        return []
    week, last, weeks = min(found), max(found), []
    while week <= last:
        weeks.append(week)
        week += timedelta(days=7)
    return weeks


def _weekly(found: dict[date, Counter[str]], keys: Sequence[str]) -> list[tuple[date, list[Cell]]]:
    """Weeks by series, every segment of the chart protected as one row: together they
    add up to the page's total (neither a week's total nor a series' is on the page)."""
    weeks = _weeks(found)
    flat = row([(key, found.get(w, Counter())[key]) for w in weeks for key in keys])
    return [(week, flat[n * len(keys) : (n + 1) * len(keys)]) for n, week in enumerate(weeks)]


def weekly_outcomes(rows: Iterable[SessionRow]) -> list[tuple[date, list[Cell]]]:
    """For each week with sessions: finished sessions per level (and "none" for the rest)."""
    return _weekly(tally(rows, "").weekly, [*LEVELS, "none"])


@dataclass
class Tally:
    """The counts behind the charts page, before any is hidden: made from rows here, or
    in SQL from the session summary (review/summary.py); both give the same."""

    #: Readable sessions (the page's total).
    total: int = 0
    #: Per week (its Monday): sessions per level ("outcome": the level reached, for one
    #: that stopped before its advice), "none" for those without one.
    weekly: dict[date, Counter[str]] = field(default_factory=dict)
    #: Abandoned sessions by the question they stopped at (a checklist item: its checklist).
    drop_off: Counter[str] = field(default_factory=Counter)
    #: Sessions with each red flag.
    red_flags: Counter[str] = field(default_factory=Counter)
    #: Sessions per referral group.
    referrals: Counter[str] = field(default_factory=Counter)


def tally(rows: Iterable[SessionRow], no_group: str) -> Tally:
    """The charts' counts over the readable ``rows``."""
    found = Tally()
    for r in _readable(rows):
        found.total += 1
        found.weekly.setdefault(r.week, Counter())[r.outcome or "none"] += 1
        if r.status == "abandoned":
            found.drop_off[question_of(r.ended_state or r.state)] += 1
        found.red_flags.update(set(r.red_flags))  # a session counts once per flag
        found.referrals[r.referral or no_group] += 1
    return found


@dataclass(frozen=True)
class Board:
    """Everything the charts page shows, protected together.

    Its rows are linked only through their total (the referral chart and the weekly
    chart, all its segments together, each add up to it), so protecting each row
    against its own total protects the page. The stopping points are protected as if
    their total (the abandoned check-ins) were shown, as it is with that filter. That
    is why the page has no outcome or status table: those would be linked to the
    charts cell by cell (the outcomes add up to the finished count, the stopping
    points to the abandoned one). Unreadable rows are in no chart and not in its
    total (the clinician's list shows them).
    """

    total: str
    weekly: list[tuple[date, list[Cell]]]
    drop_off: list[Cell]
    red_flags: list[Cell]
    referrals: list[Cell]
    #: The exact total behind ``total``, never shown: the figures placed beside the
    #: charts (review/evaluation.py) are protected against it (:func:`beside_total`).
    count: int = 0


def board(rows: Sequence[SessionRow], no_group: str) -> Board:
    """The charts page's counts; raises :class:`Unprotectable` when it must be withheld."""
    return protected(tally(rows, no_group))


def protected(counts: Tally) -> Board:
    """:func:`board` from counts already made; raises :class:`Unprotectable` likewise."""
    return Board(
        total=shown(counts.total),
        weekly=_weekly(counts.weekly, [*LEVELS, "none"]),
        drop_off=_drop_off_cells(counts.drop_off),
        red_flags=_flag_cells(counts.red_flags),
        referrals=row(_by_count(counts.referrals)),
        count=counts.total,
    )


#: What a patient said to a follow-up, in the order the chart stacks it.
FOLLOWUP_ANSWERS = ("better", "got_help", "same", "not_yet", "worse", "new", "no answer")


def _said(row: FollowUpRow) -> str:
    return row.said or "no answer"


def weekly_followup_answers(rows: Iterable[FollowUpRow]) -> list[tuple[date, list[Cell]]]:
    """For each week with follow-ups sent: what patients said, every segment of the
    chart protected as one row (together they add up to the follow-ups sent, which the
    page shows); raises :class:`Unprotectable` when that cannot be done."""
    weeks: dict[date, Counter[str]] = {}
    for r in rows:
        if r.session_id is not None:
            weeks.setdefault(r.week, Counter())[_said(r)] += 1
    return _weekly(weeks, FOLLOWUP_ANSWERS)


@dataclass(frozen=True)
class FollowUpBoard:
    """The follow-ups page's counts, protected like the charts page's.

    ``sent`` is shown beside ``planned`` without a row of its own, so it is a pair
    (sent, not yet sent) under :func:`beside_total`: "23 planned, 20 sent" would give
    the 3 not sent away. ``weekly`` is None when its chart must be withheld.
    """

    planned: str
    sent: str
    weekly: list[tuple[date, list[Cell]]] | None
    got_help: list[Cell]


def followup_board(rows: Sequence[FollowUpRow]) -> FollowUpBoard:
    sent = sum(1 for r in rows if r.session_id is not None)
    try:
        weekly: list[tuple[date, list[Cell]]] | None = weekly_followup_answers(rows)
    except Unprotectable:
        weekly = None
    return FollowUpBoard(
        planned=shown(len(rows)),
        sent=beside_total("sent", sent, len(rows)).text,
        weekly=weekly,
        got_help=got_help(rows),
    )


def got_help(rows: Iterable[FollowUpRow]) -> list[Cell]:
    """Follow-ups of urgent check-ins and of follow-ups that reached an emergency, by
    whether the patient said they got help."""
    counter: Counter[str] = Counter(
        _said(r)
        for r in rows
        if r.session_id is not None
        and ("urgent" in (r.earlier_level, r.level) or r.level == "emergency")
    )
    return [cell(key, counter[key]) for key in FOLLOWUP_ANSWERS if counter[key]]

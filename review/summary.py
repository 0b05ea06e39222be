"""The list, the charts and the menus from the bot's session summary (storage/summary.py).

Counting, filtering, sorting and paging happen in SQL over the narrow summary rows;
only the shown page's rows are read from ``sessions`` and parsed in Python
(:meth:`SessionRow.from_row`). The results are the ones the row-by-row path gives
(review/queries.py, review/aggregates.py, review/evaluation.py), which stays for
exports and for a database copied before the summary existed (the review never
migrates the bot's database). tests/test_review_scale.py compares the two.

A row is unreadable here when its summary says a column is not what the bot
writes (``bad``) or its level is no level: the levels are the code's, applied as
the review reads, like the questions each fact belongs to.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from flows.facts import RED_FLAG_FACTS
from review import aggregates, evaluation
from review.filters import LEVELS, Filters
from review.labels import FLOW_ORDER, question_of
from review.queries import (
    CRISIS_FLAGS,
    QUEUE_PAGE,
    QUEUE_REASONS,
    SESSION_COLUMNS,
    Choices,
    QueueItem,
    QueuePage,
    SessionRow,
    in_groups,
)

TABLE = "session_summary"


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


#: A row the review shows as unreadable (review/queries.py reads it so).
UNREADABLE = f"(bad or (level is not null and level not in ({_quoted(LEVELS)})))"
#: Each sort of the list (review.views.SORTS) in SQL: NULL where the row has no value.
SORT_KEYS: dict[str, str] = {
    "started": "started_at",
    "status": "status",
    "outcome": "(case level "
    + " ".join(f"when '{level}' then {i}" for i, level in enumerate(LEVELS))
    + " end)",
    "red_flags": "flag_count",
    "referral": "referral",
    "age": "age_band",
    "stopped": "(case when status in ('abandoned', 'restarted') then (case ended_state "
    + " ".join(f"when '{state}' then {i}" for i, state in enumerate(FLOW_ORDER))
    + f" else {len(FLOW_ORDER)} end) end)",
    "turns": "coalesce(turns, 0)",
}


#: A column of the summary as migration m010 made it: a copy made before has the old one.
NEWEST_COLUMN = "doubted"


def available(conn: sqlite3.Connection) -> bool:
    """Whether the database has the summary as this review reads it (a copy made before
    it, or before its latest columns, is read row by row)."""
    found = conn.execute(
        "select 1 from pragma_table_info(?) where name = ?", [TABLE, NEWEST_COLUMN]
    )
    return found.fetchone() is not None


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction, so the counts and the page see the same moment of the bot's
    writes (each statement would otherwise see its own)."""
    conn.execute("begin")
    try:
        yield
    finally:
        conn.execute("rollback")


def _where(filters: Filters, groups: tuple[str, ...] | None) -> tuple[str, list[Any]]:
    where, args = filters.where(summary=True)
    scope, more = in_groups(groups)
    return f"({where}) and {scope}", [*args, *more]


@dataclass(frozen=True)
class Listing:
    """What the check-in list shows: the matching rows' number, their split by outcome
    and by status (exact), and one page of them, in order."""

    total: int
    levels: Counter[str]
    statuses: Counter[str]
    rows: list[SessionRow]

    @classmethod
    def of(
        cls, rows: list[SessionRow], ordered: list[SessionRow], offset: int, limit: int
    ) -> Listing:
        """The same from every row, parsed (the path without the summary)."""
        readable = [r for r in rows if not r.unreadable]
        return cls(
            total=len(rows),
            levels=Counter(r.outcome for r in readable if r.outcome),
            statuses=Counter(aggregates.UNREADABLE if r.unreadable else r.status for r in rows),
            rows=ordered[offset : offset + limit],
        )


def listing(
    conn: sqlite3.Connection,
    filters: Filters,
    groups: tuple[str, ...] | None,
    column: str,
    descending: bool,
    page: int,
    size: int,
) -> Listing:
    """The list's counts and page ``page`` (from 1; past the last, the last) of ``size``."""
    where, args = _where(filters, groups)
    levels: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    with snapshot(conn):
        for unreadable, level, status, n in conn.execute(
            f"select {UNREADABLE}, outcome, status, count(*) from {TABLE} "
            f"where {where} group by bad, outcome, status, level",
            args,
        ):
            statuses[aggregates.UNREADABLE if unreadable else status] += n
            if not unreadable and level:
                levels[level] += n
        total = sum(statuses.values())
        last = max(1, -(-total // size))
        offset = (min(max(1, page), last) - 1) * size
        ids = _page(conn, where, args, SORT_KEYS[column], descending, offset, size)
        rows = _rows(conn, ids)
    return Listing(total, levels, statuses, rows)


def _page(
    conn: sqlite3.Connection,
    where: str,
    args: list[Any],
    key: str,
    descending: bool,
    offset: int,
    size: int,
) -> list[str]:
    """The ids of one page: the rows with a value sorted by it (ties newest first), then
    the rest (no value, or unreadable) newest first. Two queries, so that the first can
    stop after one page, reading the default order off its index."""
    valued = f"not ({UNREADABLE} or {key} is null)"
    newest = "started_at desc, id"
    ids = [
        str(r[0])
        for r in conn.execute(
            f"select id from {TABLE} where {where} and {valued} "
            f"order by {key} {'desc' if descending else 'asc'}, {newest} limit ? offset ?",
            [*args, size, offset],
        )
    ]
    if len(ids) == size:
        return ids
    before = conn.execute(f"select count(*) from {TABLE} where {where} and {valued}", args)
    skip = max(0, offset - int(before.fetchone()[0]))
    rest = conn.execute(
        f"select id from {TABLE} where {where} and not {valued} order by {newest} limit ? offset ?",
        [*args, size - len(ids), skip],
    )
    return ids + [str(r[0]) for r in rest]


def _rows(conn: sqlite3.Connection, ids: list[str]) -> list[SessionRow]:
    """These sessions, parsed, in this order."""
    if not ids:
        return []
    conn.row_factory = sqlite3.Row
    found = conn.execute(
        f"select {SESSION_COLUMNS} from sessions where id in ({', '.join('?' for _ in ids)})", ids
    ).fetchall()
    by_id = {str(r["id"]): SessionRow.from_row(r) for r in found}
    return [by_id[i] for i in ids if i in by_id]


def tally(
    conn: sqlite3.Connection, filters: Filters, groups: tuple[str, ...] | None, no_group: str
) -> aggregates.Tally:
    """The charts' counts (:func:`review.aggregates.tally`) in one grouped pass."""
    where, args = _where(filters, groups)
    found = aggregates.Tally()
    # grouped by the columns themselves, in the order of their index (storage/summary.py)
    for week, level, status, ended, state, referral, flags, n in conn.execute(
        "select week, outcome, status, ended_state, state, referral, flags, count(*) "
        f"from {TABLE} where {where} and not {UNREADABLE} "
        "group by week, outcome, status, ended_state, state, referral, flags, bad, level",
        args,
    ):
        found.total += n
        found.weekly.setdefault(date.fromisoformat(week), Counter())[level or "none"] += n
        if status == "abandoned":
            found.drop_off[question_of(ended or state)] += n
        for flag in dict.fromkeys(json.loads(flags)):
            found.red_flags[flag] += n
        found.referrals[referral or no_group] += n
    return found


def _per_question(
    conn: sqlite3.Connection, column: str, where: str, args: list[Any]
) -> Counter[str]:
    """Check-ins per question among the facts in ``column`` (a JSON list per row), each
    counted once per question; grouped by the list first, as few lists recur."""
    return evaluation.counts(
        conn,
        f"with g(facts, n) as (select {column}, count(*) from {TABLE} where {where} "
        f"and {column} is not null group by 1), "
        f"e as (select distinct g.facts, g.n, {evaluation.AS_QUESTION} as q "
        "from g, json_each(g.facts) j) "
        "select q, sum(n) from e group by q",
        args,
    )


def gather(
    conn: sqlite3.Connection, filters: Filters, groups: tuple[str, ...] | None = None
) -> evaluation.Gathered:
    """The service evaluation's counts (:func:`review.evaluation.gather`)."""
    where, args = _where(filters, groups)
    declined = conn.execute(f"select count(*) from {TABLE} where {where} and declined", args)
    stopped = evaluation.counts(
        conn,
        f"select {evaluation.STOPPED_AT}, count(*) from {TABLE} "
        f"where {where} and status = 'abandoned' group by 1",
        args,
    )
    misread = evaluation.counts(
        conn,
        f"select {evaluation.MISREAD_AT}, count(distinct e.session_id) from events e "
        f"join {TABLE} on {TABLE}.id = e.session_id "
        f"where e.kept in (?, ?) and {where} group by 1",
        [*evaluation.MISREAD, *args],
    )
    return evaluation.Gathered(
        declined=int(declined.fetchone()[0]),
        reached=_per_question(conn, "asked", where, args),
        stopped=stopped,
        unsure=_per_question(conn, "unsure", where, args),
        misread=misread,
        time_to_outcome=_medians(conn, where, args),
    )


def _medians(
    conn: sqlite3.Connection, where: str, args: list[Any]
) -> list[tuple[str, float | None]]:
    """Per level, the median minutes to the advice (statistics.median's middle one, or
    the mean of the middle two): a count, then the middle rows read off the index."""
    timed = (
        f"from {TABLE} where {where} and level = ? and typeof(minutes) = 'real' and minutes >= 0"
    )
    found: list[tuple[str, float | None]] = []
    for level in LEVELS:
        n = conn.execute(f"select count(*) {timed}", [*args, level]).fetchone()[0]
        if not n:
            continue
        middle = [
            r[0]
            for r in conn.execute(
                f"select minutes {timed} order by minutes limit ? offset ?",
                [*args, level, 2 - n % 2, (n - 1) // 2],
            )
        ]
        median = middle[0] if len(middle) == 1 else (middle[0] + middle[1]) / 2
        found.append((level, median if n >= aggregates.THRESHOLD else None))
    return found


def choices(conn: sqlite3.Connection, groups: tuple[str, ...] | None = None) -> Choices:
    """The filter menus (:func:`review.queries.choices`) in one grouped pass."""
    scope, args = in_groups(groups)
    referrals: set[str] = set()
    languages: set[str] = set()
    versions: set[str] = set()
    flag_lists: set[str] = set()
    for referral, language, version, flags in conn.execute(
        f"select referral, language, flow_version, flags from {TABLE} where {scope} "
        "group by 1, 2, 3, 4",
        args,
    ):
        for seen, value in ((referrals, referral), (languages, language), (versions, version)):
            if value is not None:
                seen.add(str(value))
        if flags is not None:
            flag_lists.add(flags)
    seen_flags = {
        str(r[0])
        for r in conn.execute(
            "select distinct j.value from json_each(?) a, json_each(a.value) j",
            [json.dumps(sorted(flag_lists))],
        )
        if r[0] is not None
    }
    return Choices(
        referrals=sorted(referrals),
        languages=sorted(languages),
        red_flags=list(RED_FLAG_FACTS) + [f for f in sorted(seen_flags) if f not in RED_FLAG_FACTS],
        flow_versions=sorted(versions),
    )


def _one_of(values: Collection[str]) -> str:
    return f"({_quoted(tuple(values))})"


#: Why a summary row is in the safety queue, as its place in QUEUE_REASONS (NULL: it is
#: not), the same tests in the same order as review.queries._why. The names the code
#: decides (red flags, crisis alarms, levels) are applied here, as the review reads.
_RANK = {reason: i for i, reason in enumerate(QUEUE_REASONS)}
QUEUE_RANK = (
    f"(case when {UNREADABLE} then {_RANK['unreadable']} "
    "when status in ('abandoned', 'restarted') and (flag_count > 0 "
    f"or reached in ('urgent', 'emergency')) then {_RANK['no_advice']} "
    "when flag_count > 0 and exists (select 1 from json_each(flags) "
    f"where value in {_one_of(CRISIS_FLAGS)}) then {_RANK['crisis']} "
    f"when level = 'emergency' then {_RANK['emergency']} "
    f"when level = 'urgent' then {_RANK['urgent']} "
    "when doubted is not null and exists (select 1 from json_each(doubted) "
    f"where value in {_one_of(RED_FLAG_FACTS)}) then {_RANK['unsure_red_flag']} "
    f"when not data_ok then {_RANK['unreadable']} end)"
)


def queue(
    conn: sqlite3.Connection,
    since: str,
    reviewed: Collection[str] = (),
    *,
    done: bool = False,
    offset: int = 0,
    limit: int = QUEUE_PAGE,
) -> QueuePage:
    """:func:`review.queries.queue` in SQL: the window's rows ranked along the index of
    their start, one page (and one row more, to know if another page follows) read
    from ``sessions`` and parsed. The reviewed ids come from the staff database, which
    is not this one, so they are passed in as a JSON list."""
    inside = "in" if done else "not in"
    with snapshot(conn):
        found = conn.execute(
            # materialized, so each row's rank is worked out once, not again to sort by;
            # the window is read off the queue index alone (it holds every column used)
            f"with q as materialized (select id, started_at, {QUEUE_RANK} as rank from {TABLE} "
            f"where started_at >= ? and id {inside} (select value from json_each(?))) "
            "select id, rank from q where rank is not null "
            "order by rank, started_at desc, id limit ? offset ?",
            [since, json.dumps(sorted(reviewed)), limit + 1, max(0, offset)],
        ).fetchall()
        rows = {r.id: r for r in _rows(conn, [str(i) for i, _ in found[:limit]])}
    reasons = list(QUEUE_REASONS)
    items = [QueueItem(rows[str(i)], reasons[rank]) for i, rank in found[:limit] if str(i) in rows]
    return QueuePage(items, max(0, offset), len(found) > limit)

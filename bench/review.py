"""Section 6: the staff review's data work over a database of stored sessions.

Times what the check-in list and the charts page do for one clinician's request
with no filter (the heaviest: every row), on a read-only connection to the same
100,000-session file section 1 measured the bot on: reading the sessions and the
filter menus and sorting one page (``/sessions``), the aggregates with the service
evaluation (``/charts``), and the safety queue's first page (``/``). Templates and HTTP
are left out: they cost a few milliseconds and do not grow with the sessions. Issue
14's target is 150 ms for each at 100,000 sessions (docs/review.md).
"""

from __future__ import annotations

import sqlite3
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from review import aggregates, evaluation, queries, summary
from review.filters import Filters
from review.views import QUEUE_DAYS, sorted_rows

#: Issue 14: the list, the filters and the charts within this at 100,000 sessions.
TARGET_MS = 150.0
#: Issue 14: this many staff at once, and no request above MAX_MS.
AT_ONCE = 10
MAX_MS = 1000.0


def _list(conn: sqlite3.Connection, filters: Filters) -> None:
    """What ``/sessions`` reads (review.views.session_list): from the session summary when
    the file has it, else every row parsed and sorted."""
    if summary.available(conn):
        summary.choices(conn)
        summary.listing(conn, filters, None, "started", True, 1, 50)
        return
    rows = queries.sessions(conn, filters)
    queries.choices(conn)
    sorted_rows(rows, "started", True)[:50]


def _charts(conn: sqlite3.Connection, filters: Filters) -> None:
    """What ``/charts`` reads (review.views.charts_page)."""
    if summary.available(conn):
        summary.choices(conn)
        board = aggregates.protected(summary.tally(conn, filters, None, "no group"))
        evaluation.rates(summary.gather(conn, filters), board)
        return
    rows = queries.sessions(conn, filters)
    queries.choices(conn)
    board = aggregates.board(rows, "no group")
    evaluation.evaluate(conn, filters, board, None)


def _queue(conn: sqlite3.Connection, filters: Filters) -> None:
    """What ``/`` (the safety queue) reads: its first page, open and reviewed, over the
    default 14 days (review.views.queue_page); ``filters`` are not the queue's."""
    since = (datetime.now(UTC) - timedelta(days=QUEUE_DAYS)).date().isoformat()
    read = summary.queue if summary.available(conn) else queries.queue
    read(conn, since, ())
    read(conn, since, (), done=True)


def _connect(database: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{database}?mode=ro", uri=True, check_same_thread=False)


def measure(database: Path, repeats: int = 3) -> dict[str, float]:
    """Median milliseconds of the list's and the charts' data work, after one warm-up;
    and ("at once") the slowest of AT_ONCE requests started together, list and charts
    in turn, each on its own read-only connection as the review's requests are."""
    filters = Filters.from_query({})
    found: dict[str, float] = {}
    with closing(_connect(database)) as conn:
        for name, work in (("list", _list), ("charts", _charts), ("queue", _queue)):
            work(conn, filters)  # the page cache warm, as a review in use has it
            times = []
            for _ in range(repeats):
                began = time.perf_counter()
                work(conn, filters)
                times.append((time.perf_counter() - began) * 1000)
            found[name] = statistics.median(times)
    found["at once"] = _at_once(database, filters)
    return found


def _at_once(database: Path, filters: Filters) -> float:
    start = threading.Barrier(AT_ONCE)

    def one(n: int) -> float:
        with closing(_connect(database)) as conn:
            start.wait()
            began = time.perf_counter()
            (_list if n % 2 == 0 else _charts)(conn, filters)
            return (time.perf_counter() - began) * 1000

    with ThreadPoolExecutor(AT_ONCE) as pool:
        return max(pool.map(one, range(AT_ONCE)))

"""CSV and JSON exports of the filtered session list.

The same columns as the list, never the patient key. A list of fewer than five
sessions is itself a small group: its rows are withheld and its count is "<5".

A clinician's export carries every answer as the check-in recorded it (canonical values,
the age as its band): one column per fact in the CSV, an ``answers`` object in the JSON.
A researcher's export carries no answers: a rare cancer type, treatment and age band
together would single a person out, and protecting every combination would leave little.

A researcher's export is de-identified: no session id (which would lead back to
a transcript), no start day (the week is kept), and the referral group, language
and age band protected like a row of counts (review/aggregates.py): a value shared
by fewer than five exported rows, and the next-smallest beside it while one could
be worked out, is replaced by "other". A row that could not be read is exported
with only its id (for a clinician) and the columns that could not be read.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from flows.facts import FACTS
from review.aggregates import Unprotectable, protect, shown
from review.filters import Filters
from review.queries import SessionRow

FIELDS: tuple[str, ...] = (
    "id",
    "started",
    "week",
    "status",
    "level",
    "red_flags",
    "reasons",
    "referral",
    "language",
    "age_band",
    "stopped_at",
    "turns",
    "flow_version",
    "unreadable",
)
#: A clinician's CSV: the list's columns, then one per fact.
ANSWER_FIELDS: tuple[str, ...] = tuple(f"answer_{fact}" for fact in FACTS)
#: What a researcher's export keeps: no id, no day.
DEIDENTIFIED: tuple[str, ...] = tuple(f for f in FIELDS if f not in ("id", "started"))
#: Columns that could help single a person out: rare values become OTHER.
QUASI_IDENTIFIERS = ("referral", "language", "age_band")
OTHER = "other"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def record(row: SessionRow, answers: dict[str, Any] | None = None) -> dict[str, Any]:
    """One session as an export row (with its answers, when given)."""
    if row.unreadable:
        return {"id": row.id, "unreadable": list(row.unreadable)}
    return {
        "id": row.id,
        "started": row.day.isoformat(),
        "week": row.week.isoformat(),
        "status": row.status,
        "level": row.level,
        "red_flags": row.red_flags,
        "reasons": row.reasons,
        "referral": row.referral,
        "language": row.language,
        "age_band": row.age_band,
        "stopped_at": row.ended_state if row.status in ("abandoned", "restarted") else None,
        "turns": row.turns,
        "flow_version": row.flow_version,
        "unreadable": [],
        "answers": answers or {},
    }


def visible(rows: Sequence[SessionRow]) -> Sequence[SessionRow]:
    """The rows that may be exported: none at all when there are fewer than five."""
    return rows if shown(len(rows)) == str(len(rows)) else []


def records(
    rows: Sequence[SessionRow],
    *,
    deidentified: bool = False,
    answers: dict[str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The export rows of ``rows`` (none when fewer than five), de-identified if asked;
    with ``answers`` (by session id) for a clinician."""
    found = [record(r, None if deidentified else (answers or {}).get(r.id)) for r in visible(rows)]
    if not deidentified:
        return found
    for column in QUASI_IDENTIFIERS:
        counts = Counter(r.get(column) for r in found if "week" in r)
        values = list(counts)
        try:
            rare = {values[i] for i in protect([counts[v] for v in values])}
        except Unprotectable:
            rare = set(values)  # too few rows to keep any value apart
        for r in found:
            if "week" in r and r[column] in rare:
                r[column] = OTHER
    return [{f: r.get(f) for f in DEIDENTIFIED} for r in found]


def _cell(value: Any) -> str:
    text = ";".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text  # no spreadsheet formulas


def _answer(value: Any) -> Any:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def to_csv(
    rows: Sequence[SessionRow],
    *,
    deidentified: bool = False,
    answers: dict[str, dict[str, Any]] | None = None,
) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    fields = DEIDENTIFIED if deidentified else FIELDS
    writer.writerow(fields if deidentified else fields + ANSWER_FIELDS)
    for data in records(rows, deidentified=deidentified, answers=answers):
        cells = [_cell(data.get(f)) for f in fields]
        if not deidentified:
            given = data.get("answers") or {}
            cells += [_cell(_answer(given.get(fact))) for fact in FACTS]
        writer.writerow(cells)
    return buffer.getvalue()


def to_json(
    rows: Sequence[SessionRow],
    filters: Filters,
    *,
    deidentified: bool = False,
    answers: dict[str, dict[str, Any]] | None = None,
) -> str:
    listed = records(rows, deidentified=deidentified, answers=answers)
    body = {
        "filters": filters.as_json(),
        "count": shown(len(rows)),
        "withheld": len(listed) < len(rows),
        "deidentified": deidentified,
        "sessions": listed,
    }
    return json.dumps(body, ensure_ascii=False, indent=1)

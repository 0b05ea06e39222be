"""CSV and JSON exports of the filtered session list.

The same columns as the list, never the patient key. A list of fewer than five
sessions is itself a small group: its rows are withheld and its count is "<5".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from review.aggregates import shown
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
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def record(row: SessionRow) -> dict[str, Any]:
    """One session as an export row."""
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
    }


def visible(rows: Sequence[SessionRow]) -> Sequence[SessionRow]:
    """The rows that may be listed: none at all when there are fewer than five."""
    return rows if shown(len(rows)) == str(len(rows)) else []


def _cell(value: Any) -> str:
    text = ";".join(value) if isinstance(value, list) else "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text  # no spreadsheet formulas


def to_csv(rows: Sequence[SessionRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for row in visible(rows):
        data = record(row)
        writer.writerow([_cell(data[f]) for f in FIELDS])
    return buffer.getvalue()


def to_json(rows: Sequence[SessionRow], filters: Filters) -> str:
    listed = visible(rows)
    body = {
        "filters": filters.as_json(),
        "count": shown(len(rows)),
        "withheld": len(listed) < len(rows),
        "sessions": [record(r) for r in listed],
    }
    return json.dumps(body, ensure_ascii=False, indent=1)

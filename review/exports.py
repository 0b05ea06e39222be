"""CSV and JSON exports of the filtered session list.

The same columns as the list, never the patient key. A list of fewer than five
sessions is itself a small group: its rows are withheld and its count is "<5".

A clinician's export carries every answer as the check-in recorded it (canonical values,
the age as its band): one column per fact in the CSV, an ``answers`` object in the JSON.
A researcher's export carries no answers: a rare cancer type, treatment and age band
together would single a person out, and protecting every combination would leave little.

A researcher's export is de-identified and kept to the charts' small-count rule
(issue 14, point 2): one row per check-in, but no session id (it leads to a
transcript), no day (the month it started, its period), no reasons or red flags (they
would give a hidden outcome away, and each flag's count per period; the charts show
red flags under the "<5" rule), the turns in bands of ten, and every column that
groups check-ins (the period over the whole export; outcome, status, where it
stopped, turns, referral group, language, age band and flow version within each
period) under :func:`review.aggregates.suppress`: a value held by 1 to 4 rows, with
the next-smallest beside it, is written "suppressed", so counting the rows by period
and outcome never gives a count of 1 to 4, nor one hidden cell that the period's
total would give back. The rows are sorted by what they show, so their order tells
nothing (the list's order, newest first, would place a suppressed month). A row that
could not be read is exported as status "unreadable row", with its id and the columns
that could not be read for a clinician only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from flows.facts import FACTS
from review.aggregates import UNREADABLE, shown, suppress
from review.filters import Filters
from review.labels import question_of
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
#: A researcher's export: one row per check-in, every column one that groups them.
DEIDENTIFIED: tuple[str, ...] = (
    "period",
    "status",
    "outcome",
    "stopped_at",
    "turns",
    "referral",
    "language",
    "age_band",
    "flow_version",
)
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
    with ``answers`` (by session id) for a clinician, exact."""
    if deidentified:
        return deidentify(visible(rows))
    return [record(r, (answers or {}).get(r.id)) for r in visible(rows)]


def turns_band(turns: int) -> str:
    """Turns in bands of ten ("0-9", "10-19", ...; "40+"): a long check-in's exact
    length is rare enough to pick it out."""
    if turns >= 40:
        return "40+"
    low = max(turns, 0) // 10 * 10
    return f"{low}-{low + 9}"


def coarse(row: SessionRow) -> dict[str, Any]:
    """One check-in as a researcher's row, before any value is suppressed."""
    if row.unreadable:
        return {f: None for f in DEIDENTIFIED} | {"status": UNREADABLE}
    stopped = row.ended_state if row.status in ("abandoned", "restarted") else None
    return {
        "period": row.day.strftime("%Y-%m"),
        "status": row.status,
        "outcome": row.outcome or "none",
        "stopped_at": question_of(stopped) if stopped else None,
        "turns": turns_band(row.turns),
        "referral": row.referral,
        "language": row.language,
        "age_band": row.age_band,
        "flow_version": row.flow_version,
    }


def deidentify(rows: Sequence[SessionRow]) -> list[dict[str, Any]]:
    """A researcher's rows (see the module's docstring): coarsened, small groups
    suppressed (:func:`review.aggregates.suppress`), sorted by what they show."""
    found = [coarse(r) for r in rows]
    suppress(found, "period")
    for column in DEIDENTIFIED[1:]:
        suppress(found, column, within="period")
    return sorted(found, key=lambda r: tuple((v is not None, str(v)) for v in r.values()))


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

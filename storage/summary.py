"""A narrow summary of every session, kept beside it by SQLite triggers, for the review.

A ``sessions`` row holds the engine state inline (2 to 3.5 kB), so any pass over
that table costs the staff review seconds at 100,000 sessions, most of it parsing
JSON (docs/performance.md, section 6). ``session_summary`` holds, per session, the
few values the review counts, filters and sorts by, already taken out of the JSON:
about 300 bytes a row.

Triggers rather than Python in :mod:`storage.sessions`, because every write must
reach the summary: the service's saves, ``end`` and ``abandon_idle``, erasure and
purge (a deleted session's summary row goes in the same statement), the demo's
backdating, follow-ups, and rows written by hand or by the benchmark with plain
SQL. A trigger runs inside the statement that changed the row, so the two never
disagree, not even for a moment.

Only what the stored values say is kept here; what depends on the code (which
levels exist, which question asks a fact) is applied when the review reads, so
that a change of the flow never leaves a stale summary behind. ``bad`` is 1 when
a column of the row is not what the bot writes (review/queries.py reads each
column the same way; tests/test_review_scale.py holds the two together).
"""

from __future__ import annotations

from sqlite_utils import Database


def _text(column: str, *, optional: bool = True) -> str:
    """The column holds text (or NULL, when ``optional``)."""
    text = f"typeof({column}) = 'text'"
    return f"({column} is null or {text})" if optional else f"({text})"


def _strings(column: str) -> str:
    """NULL, or a JSON list of strings. CASE, so malformed JSON never reaches json_type."""
    return (
        f"(case when {column} is null then 1 when typeof({column}) != 'text' then 0 "
        f"when not json_valid({column}) then 0 when json_type({column}) != 'array' then 0 "
        f"else not exists (select 1 from json_each({column}) where type != 'text') end)"
    )


def _day(column: str) -> str:
    """Its first 10 characters are a day (as date.fromisoformat reads YYYY-MM-DD). With
    '+0 days', as date() alone takes 2023-02-30 as it is; year 0 is no year in Python."""
    day = f"substr({column}, 1, 10)"
    return (
        f"(case when typeof({column}) != 'text' then 0 "
        f"else date({day}, '+0 days') is {day} and {day} > '0001' end)"
    )


def _in_data(path: str, kind: str | None = None) -> str:
    """A value from the engine state, NULL when the state is not valid JSON (or, with
    ``kind``, when the value is not of that JSON type)."""
    found = f"json_extract(r.data, '{path}')"
    if kind is not None:
        found = f"case when json_type(r.data, '{path}') = '{kind}' then {found} end"
    return f"(case when json_valid(r.data) then {found} end)"


#: The red flags as a JSON array: '[]' for NULL, NULL when not an array (as review/filters.py).
_FLAGS = (
    "(case when r.red_flags is null then '[]' when not json_valid(r.red_flags) then null "
    "when json_type(r.red_flags) = 'array' then r.red_flags end)"
)
_READABLE = " and ".join(
    [
        *(_text(f"r.{c}", optional=False) for c in ("flow_version", "state", "status")),
        _text("r.started_at", optional=False),
        _day("r.started_at"),
        _text("r.level"),
        *(_strings(f"r.{c}") for c in ("reasons", "sources", "red_flags")),
        *(_text(f"r.{c}") for c in ("ended_state", "referral", "language", "age_band")),
        _text("r.reached"),
        "(r.turns is null or typeof(r.turns) = 'integer')",
    ]
)
#: Each summary column and how it is made from a ``sessions`` row ``r``. Untyped
#: columns, so a value keeps its type (a malformed row must sort and compare as before).
COLUMNS: dict[str, str] = {
    "id": "r.id",
    "started_at": "r.started_at",
    "day": "substr(r.started_at, 1, 10)",
    "status": "r.status",
    "level": "r.level",
    "referral": "r.referral",
    "language": "r.language",
    "flow_version": "r.flow_version",
    "age_band": "r.age_band",
    "turns": "r.turns",
    "state": "r.state",
    "ended_state": "r.ended_state",
    "bad": f"not ({_READABLE})",
    # the Monday of its week (read only for a readable row, whose day is a day)
    "week": "date(substr(r.started_at, 1, 10), '-6 days', 'weekday 1')",
    "flags": _FLAGS,
    "flag_count": f"json_array_length({_FLAGS})",
    "data_ok": "coalesce(json_valid(r.data), 0)",
    "cancer": _in_data("$.answers.cancer_history"),
    "treatment": _in_data("$.answers.treatment", "array"),
    "declined": (
        "coalesce(case when json_valid(r.data) then json_extract(r.data, '$.consent') = 0 "
        "and coalesce(json_array_length(r.data, '$.asked'), 0) = 0 end, 0)"
    ),
    "minutes": (
        "case when r.level is not null and r.finished_at is not null then "
        "(julianday(r.finished_at) - julianday(r.started_at)) * 1440 end"
    ),
    "asked": _in_data("$.asked", "array"),
    "unsure": _in_data("$.outcome.uncertain", "array"),
}
#: The summary's indexes (besides the id's): what each serves in the review.
INDEXES = {
    "newest": "started_at desc, id",  # the list's default order, newest first
    "facets": "bad, level, status",  # the list's counts by outcome and status
    "menus": "referral, language, flow_version, flags",  # the filter menus
    "charts": "week, level, status, ended_state, state, referral, flags, bad",
    "minutes": "level, minutes",  # the median time to the advice
    "asked": "asked",  # questions reached, grouped by the list of facts asked
    "unsure": "unsure",
}
_NAMES = ", ".join(COLUMNS)
_VALUES = ", ".join(COLUMNS.values())
#: The summary row of one session, read back from ``sessions`` by its primary key;
#: "or replace" after an insert: an INSERT OR REPLACE into sessions fires no delete
#: trigger for the row it replaces; "or ignore" after an update made in place.
_ONE = (
    f"insert or {{how}} into session_summary ({_NAMES}) "
    f"select {_VALUES} from sessions r where r.id = new.id"
)
_REST = [name for name in COLUMNS if name != "id"]
#: An update in place rather than delete and insert: SQLite then rewrites only the index
#: entries whose values changed, and a save costs the bot 0.1 ms more, not 0.6 ms.
_UPDATE = (
    f"update session_summary set ({', '.join(_REST)}) = "
    f"(select {', '.join(COLUMNS[name] for name in _REST)} from sessions r where r.id = new.id) "
    "where id = new.id"
)


def install(db: Database) -> None:
    """The summary table, its indexes and triggers, filled from the sessions already stored."""
    columns = ", ".join(f"{name} primary key" if name == "id" else name for name in COLUMNS)
    db.execute(f"create table session_summary ({columns})")
    db.execute(
        "create trigger session_summary_insert after insert on sessions begin "
        f"{_ONE.format(how='replace')}; end"
    )
    # an update may change anything, the id too: then the old row goes and a new one is made
    db.execute(
        "create trigger session_summary_update after update on sessions begin "
        f"delete from session_summary where id = old.id and old.id is not new.id; "
        f"{_UPDATE}; {_ONE.format(how='ignore')}; end"
    )
    db.execute(
        "create trigger session_summary_delete after delete on sessions begin "
        "delete from session_summary where id = old.id; end"
    )
    db.execute(f"insert into session_summary ({_NAMES}) select {_VALUES} from sessions r")
    # Each grouping the review makes, in an index of its own order: SQLite then counts
    # along the index instead of sorting 100,000 rows first (a sort was 150 ms a query).
    for name, columns in INDEXES.items():
        db.execute(f"create index session_summary_{name} on session_summary ({columns})")
    db.execute("create index session_summary_declined on session_summary (id) where declined")

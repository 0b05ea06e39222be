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
#: The level a check-in's answers reached, from its stored "<rank>:<level>" (as
#: review/queries.py reads it: the part after the colon, NULL when empty or missing).
_REACHED = (
    "(case when typeof(r.reached) = 'text' and instr(r.reached, ':') > 0 "
    "then nullif(substr(r.reached, instr(r.reached, ':') + 1), '') end)"
)
#: The reasons an event's typed text was kept (flows/keeping.py) that say its reading
#: was in doubt: it could not be read, or it was shown back to confirm.
DOUBT_REASONS = ("unreadable", "confirm")
_DOUBT = ", ".join(f"'{reason}'" for reason in DOUBT_REASONS)


def _in_list(path: str, kind: str, value: str = "value") -> str:
    """The ``kind`` elements of a JSON list in the engine state (``value`` of each)."""
    found = (
        f"case when json_valid(r.data) and json_type(r.data, '{path}') = 'array' then r.data end"
    )
    return f"select {value} as fact from json_each(({found}), '{path}') where type = '{kind}'"


#: Where the reading of an answer was in doubt, as a JSON list of facts and states (NULL
#: for none, most rows): facts the bot assumed or the patient corrected, and the questions
#: at which a typed answer could not be read or was shown back to confirm ("did you mean
#: yes?"). Which of them are red flags is the code's to say, when the review reads.
_DOUBTED = (
    "(select nullif(json_group_array(distinct fact), '[]') from ("
    f"{_in_list('$.assumed', 'text')} "
    f"union {_in_list('$.corrections', 'object', 'json_extract(value, $$.fact$$)')} "
    f"union select e.state_before from events e where e.kept in ({_DOUBT}) "
    "and e.session_id = r.id) where typeof(fact) = 'text')"
).replace("$$", "'")
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
    # m010: what a check-in that stopped before its advice had reached, and the level
    # the review files it under (its advice, or else that level above the floor: every
    # check-in starts at self-care, so that says nothing about one that stopped)
    "reached": _REACHED,
    "outcome": f"coalesce(r.level, nullif({_REACHED}, 'self_care'))",
    "doubted": _DOUBTED,
}
#: What the list's filters read (review/filters.py), after each index's own columns: a
#: filtered count then reads the index alone, never the table, for each matching row (a
#: lookup per row made a filtered list or chart 3 to 8 times slower at 100,000 sessions,
#: issue 14). Every value here is short (a day, a code, a version, a short JSON list).
FILTERED = (
    "day",
    "outcome",
    "status",
    "language",
    "flow_version",
    "referral",
    "flag_count",
    "flags",
    "data_ok",
    "cancer",
    "treatment",
)


def _then_filtered(columns: str) -> str:
    """``columns``, then those FILTERED columns not already among them."""
    named = [c.strip().split()[0] for c in columns.split(",")]
    return ", ".join([columns, *(c for c in FILTERED if c not in named)])


#: The summary's indexes (besides the id's): what each serves in the review.
INDEXES = {
    "facets": _then_filtered("bad, outcome, status, level"),  # the list's counts
    "menus": "referral, language, flow_version, flags",  # the filter menus
    "charts": _then_filtered(
        "week, outcome, status, ended_state, state, referral, flags, bad, level"
    ),
    "minutes": _then_filtered("level, minutes"),  # the median time to the advice
    "asked": _then_filtered("asked"),  # questions reached, grouped by the list of facts asked
    "unsure": _then_filtered("unsure"),
    # the safety queue: its window by start, holding every column its rank reads, so the
    # window is ranked off the index alone (through the table it was 3 times slower); and
    # the list's default order, newest first (m012: the index "newest" was its prefix)
    "queue": _then_filtered(
        "started_at desc, id, bad, level, status, reached, flag_count, flags, data_ok, doubted"
    ),
}
#: Indexes an older migration made that INDEXES no longer has.
DROPPED = ("newest",)
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


#: The events whose kept reason the summary reads (``doubted``): each such write, and
#: each change or removal of one, makes its session's summary read them again.
_EVENT_TRIGGERS = {
    "insert": "after insert on events when new.kept in ({doubt})",
    "update": "after update of kept, state_before, session_id on events",
    "delete": "after delete on events when old.kept in ({doubt})",
}


def _redoubt(row: str) -> str:
    return (
        f"update session_summary set doubted = (select {_DOUBTED} from sessions r "
        f"where r.id = {row}.session_id) where id = {row}.session_id"
    )


def rebuild(db: Database) -> None:
    """The summary made afresh (a new column or index is a rebuild, not an ALTER: the
    triggers name every column, and a rebuild fills the new ones from the sessions)."""
    for name in ("insert", "update", "delete"):
        db.execute(f"drop trigger if exists session_summary_{name}")
        db.execute(f"drop trigger if exists session_summary_events_{name}")
    db.execute("drop table if exists session_summary")  # its indexes go with it
    install(db)


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
    for name, when in _EVENT_TRIGGERS.items():
        row = "old" if name == "delete" else "new"
        also = f"{_redoubt('old')}; " if name == "update" else ""
        db.execute(
            f"create trigger session_summary_events_{name} {when.format(doubt=_DOUBT)} "
            f"begin {also}{_redoubt(row)}; end"
        )
    db.execute(f"insert into session_summary ({_NAMES}) select {_VALUES} from sessions r")
    # Each grouping the review makes, in an index of its own order: SQLite then counts
    # along the index instead of sorting 100,000 rows first (a sort was 150 ms a query).
    create_indexes(db)
    db.execute("create index session_summary_declined on session_summary (id) where declined")


def create_indexes(db: Database) -> None:
    """INDEXES made afresh (m012: wider ones), the old ones dropped first."""
    for name in (*DROPPED, *INDEXES):
        db.execute(f"drop index if exists session_summary_{name}")
    for name, columns in INDEXES.items():
        db.execute(f"create index session_summary_{name} on session_summary ({columns})")

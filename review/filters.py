"""The filters of the session list, read from a query string and turned into SQL.

Anything that does not parse is ignored rather than passed on: the values end
up as SQL parameters, never as SQL text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import date
from urllib.parse import urlencode

from flows.facts import CHEMO, HORMONE
from flows.rules import LEVEL_NAMES
from storage.clock import REFERRAL_CODE

LEVELS = LEVEL_NAMES
STATUSES: tuple[str, ...] = ("finished", "abandoned", "restarted", "active")
ANY_FLAG = "any"
NO_FLAG = "none"
NO_GROUP = "(none)"
#: Cancer history as the check-in records it.
CANCER_HISTORIES: tuple[str, ...] = ("none", "active", "past")
#: Treatment classes (SPEC 2): the treatment answers each stands for.
TREATMENT_CLASSES: dict[str, tuple[str, ...]] = {
    "chemotherapy": tuple(sorted(CHEMO)),
    "hormone": tuple(sorted(HORMONE)),
    "radiotherapy": ("radiotherapy",),
    "no_treatment": ("none",),
}
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,40}$")
#: The engine state's JSON, NULL when it is not valid JSON.
_DATA = "(case when json_valid(sessions.data) then sessions.data end)"
_FLAG = re.compile(r"^[a-z][a-z0-9_]{1,60}$")
_GROUP = REFERRAL_CODE
_LANGUAGE = re.compile(r"^[a-z]{2,8}(?:-[A-Za-z0-9]{1,8})?$")
#: A session's red flags as a JSON array for SQL: '[]' for NULL, and NULL when the stored
#: value is not a JSON array (CASE is lazy, so malformed JSON never reaches json_type).
FLAGS = (
    "(case when sessions.red_flags is null then '[]' "
    "when not json_valid(sessions.red_flags) then null "
    "when json_type(sessions.red_flags) = 'array' then sessions.red_flags end)"
)


#: The level a check-in reached, from the stored "<rank>:<level>" (storage/summary.py).
_REACHED = (
    "(case when typeof(sessions.reached) = 'text' and instr(sessions.reached, ':') > 0 "
    "then nullif(substr(sessions.reached, instr(sessions.reached, ':') + 1), '') end)"
)
#: What each filter reads, on ``sessions`` and on ``session_summary`` (storage/summary.py
#: makes each summary column from the sessions expression beside it).
_ON_SESSIONS = {
    "day": "substr(started_at, 1, 10)",
    # its advice, or for one that stopped before it the level its answers had reached
    "outcome": f"coalesce(sessions.level, nullif({_REACHED}, 'self_care'))",
    "flags": FLAGS,
    "flag_count": f"json_array_length({FLAGS})",
    "no_data": f"{_DATA} is null",
    "cancer": f"json_extract({_DATA}, '$.answers.cancer_history')",
    "treatment": (
        f"(case when json_type({_DATA}, '$.answers.treatment') = 'array' "
        f"then json_extract({_DATA}, '$.answers.treatment') end)"
    ),
}
_ON_SUMMARY = {
    "day": "day",
    "outcome": "session_summary.outcome",
    "flags": "session_summary.flags",
    "flag_count": "session_summary.flag_count",
    "no_data": "not session_summary.data_ok",
    "cancer": "session_summary.cancer",
    "treatment": "session_summary.treatment",
}


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _match(text: str | None, pattern: re.Pattern[str], *also: str) -> str | None:
    if not text:
        return None
    return text if text in also or pattern.match(text) else None


@dataclass(frozen=True)
class Filters:
    """What the list is narrowed to; None means "all"."""

    date_from: date | None = None
    date_to: date | None = None
    level: str | None = None
    red_flag: str | None = None
    referral: str | None = None
    language: str | None = None
    status: str | None = None
    flow_version: str | None = None
    cancer: str | None = None
    treatment: str | None = None

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> Filters:
        """Filters from request parameters; unknown or malformed values are dropped."""
        level, status = params.get("level"), params.get("status")
        return cls(
            date_from=_date(params.get("date_from")),
            date_to=_date(params.get("date_to")),
            level=level if level in LEVELS else None,
            red_flag=_match(params.get("red_flag"), _FLAG),
            referral=_match(params.get("referral"), _GROUP, NO_GROUP),
            language=_match(params.get("language"), _LANGUAGE),
            status=status if status in STATUSES else None,
            flow_version=_match(params.get("flow_version"), _VERSION),
            cancer=params.get("cancer") if params.get("cancer") in CANCER_HISTORIES else None,
            treatment=(
                params.get("treatment") if params.get("treatment") in TREATMENT_CLASSES else None
            ),
        )

    def where(self, *, summary: bool = False) -> tuple[str, list[str]]:
        """A SQL condition on ``sessions``, or on ``session_summary`` (``summary``): the
        same rows either way, the summary holding what the JSON would be read for."""
        on = _ON_SUMMARY if summary else _ON_SESSIONS
        clauses: list[str] = []
        args: list[str] = []
        if self.date_from:
            clauses.append(f"{on['day']} >= ?")
            args.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append(f"{on['day']} <= ?")
            args.append(self.date_to.isoformat())
        if self.level:
            # "emergency" is the emergency advice, or an emergency reached and then
            # abandoned: with status=abandoned, those alone
            clauses.append(f"{on['outcome']} = ?")
            args.append(self.level)
        for column in ("language", "status", "flow_version"):
            value = getattr(self, column)
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if self.referral == NO_GROUP:
            clauses.append("referral is null")
        elif self.referral:
            clauses.append("referral = ?")
            args.append(self.referral)
        # a row whose red flags cannot be read might have any: it is kept by every red-flag
        # filter, so that it is listed (as unreadable) rather than silently left out
        if self.red_flag == ANY_FLAG:
            clauses.append(f"coalesce({on['flag_count']} > 0, 1)")
        elif self.red_flag == NO_FLAG:
            clauses.append(f"coalesce({on['flag_count']} = 0, 1)")
        elif self.red_flag:
            flags = on["flags"]
            clauses.append(
                f"({flags} is null or exists (select 1 from json_each({flags}) where value = ?))"
            )
            args.append(self.red_flag)
        # as with red flags, a row whose engine state cannot be read is kept (and listed
        # as unreadable) by the cancer and treatment filters
        if self.cancer:
            clauses.append(f"({on['no_data']} or {on['cancer']} = ?)")
            args.append(self.cancer)
        if self.treatment:
            treatments = TREATMENT_CLASSES[self.treatment]
            clauses.append(
                f"({on['no_data']} or exists (select 1 from json_each({on['treatment']}) "
                f"where value in ({', '.join('?' for _ in treatments)})))"
            )
            args.extend(treatments)
        return (" and ".join(clauses) or "1 = 1"), args

    def params(self) -> dict[str, str]:
        """The filters that are set, as request parameters."""
        return {
            f.name: str(getattr(self, f.name))
            for f in fields(self)
            if getattr(self, f.name) is not None
        }

    def query_string(self) -> str:
        return urlencode(self.params())

    def as_json(self) -> dict[str, str | None]:
        return {k: None if v is None else str(v) for k, v in asdict(self).items()}

"""How storage writes time: ISO 8601 in UTC, to the millisecond, so that text order is
time order in every table and every cut-off compares the same way."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

#: A support group's code, as a deep link carries it (``t.me/bot?start=CODE``) and the
#: review filters by it: letters, digits, ``_`` and ``-``, at most 64.
REFERRAL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def now() -> str:
    return stamp(datetime.now(UTC))


def ago(age: timedelta) -> str:
    """The stamp ``age`` before now: rows older than it are past a cut-off."""
    return stamp(datetime.now(UTC) - age)

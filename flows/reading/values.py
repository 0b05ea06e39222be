"""Numbers, ages, pain scores and durations in a patient's words (SPEC section 2).

Moved here from the old answer parser, where a year of patients' answers shaped
them: "8/10", "a solid 7", "between 6 and 7" (the higher), "sixty two",
"born in 1957", "a fortnight", "2 and a half weeks", "since Tuesday", "since
Christmas". They read the text after :func:`flows.reading.normalise.normalise`
and return a value or None; "not sure" is read by the answer lexicon before
them. ``dateparser`` is imported lazily, for date-like durations only.
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from text_to_num import alpha2digit

from flows.facts import Fact

__all__ = ["read_age", "read_duration", "read_number", "read_pain_score"]

_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z]+|[0-9]+")


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def _padded(words: Iterable[str]) -> str:
    return " " + " ".join(words) + " "


def _pad_all(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any of ``phrases`` as whole words in ``_padded`` text."""
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(" (?:" + "|".join(re.escape(p) for p in ordered) + ") ")


def _has_any(padded: str, phrases: re.Pattern[str]) -> bool:
    return phrases.search(padded) is not None


def _to_digits(text: str) -> str:
    """Number words as digits ("sixty-seven" -> "67", "one" -> "1")."""
    try:
        return alpha2digit(text, "en", threshold=0)
    except Exception:  # a third-party parser: never let it break a conversation
        return text


_NUMBER_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?")
_OUT_OF_TEN_RE = re.compile(
    r"([0-9]+(?:\.[0-9]+)?)\s*(?:/|out of|outta|outa|over|of|from)\s*10(?![0-9])"
)
_TIME_SPAN_RE = re.compile(
    r"[0-9]+(?:\.[0-9]+)?\s*(?:days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|mins?|"
    r"minutes?|nights?|am|pm|times?|tablets?|pills?|mg|x)\b"
)
_PAIN_MAX = _pad_all(
    (
        "off the scale", "the worst", "worst ever", "worst possible", "worst imaginable",
        "worst pain", "through the roof", "max", "maximum", "off the charts", "off the chart",
        "worst its ever been", "10 plus", "the highest",
    )
)  # fmt: skip
_PAIN_ZERO = _pad_all(
    ("no pain", "none", "nothing", "pain free", "painless", "nil", "not at all", "zero", "nada")
)
_AND_A_HALF_RE = re.compile(r"\b([0-9]+) and a half\b")
#: "my 3rd cisplatin" counts rounds, not pain; "nothing like that" compares, it scores 0
#: no more than "nothing like hers" does.
_ORDINAL_NUMBER_RE = re.compile(r"\b[0-9]+(?:st|nd|rd|th)\b")
_COMPARED_RE = re.compile(r"\bnothing like\b")
_AGE_DECADE_RE = re.compile(r"[0-9]+\s*s\b")
_AGE_NOISE_RE = re.compile(
    r"[0-9]+(?:\.[0-9]+)?\s*(?:days?|weeks?|wks?|months?|hours?|hrs?|nights?|(?:years?|yrs?)"
    r"\s*ago|/\s*10|out of 10|am|pm)\b"
)
_BORN_RE = re.compile(r"\b(1[89][0-9]{2}|20[0-9]{2})\b")


_HUGE = 10.0**9


def _number(text: str) -> float:
    """A number written with digits; absurdly long ones are capped at a billion."""
    whole = text.split(".", 1)[0]
    if len(whole) > 9:
        return _HUGE
    try:
        return float(text[:20])
    except ValueError:
        return _HUGE


def _ceil_number(text: str) -> int:
    """A number written with digits, rounded up ("6.5" -> 7)."""
    return math.ceil(_number(text))


def read_pain_score(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """The worst pain score 0 to 10; ranges take the higher number, "11/10" is 10."""
    text = _AND_A_HALF_RE.sub(r"\1.5", _to_digits(prepared))  # "nine and a half" is 10
    scored = [_ceil_number(s) for s in _OUT_OF_TEN_RE.findall(text)]
    rest = _TIME_SPAN_RE.sub(" ", _OUT_OF_TEN_RE.sub(" ", _ORDINAL_NUMBER_RE.sub(" ", text)))
    numbers = [_ceil_number(n) for n in _NUMBER_RE.findall(rest)]
    valid = [n for n in numbers if n <= 20]  # "it's a 12 honestly": the top of the scale
    if scored:  # "8 out of 10, was 10 last night": the worst one counts
        return min(max(scored + valid), 10)
    if valid:
        return min(max(valid), 10)
    if numbers:
        return None
    padded = _padded(_words(_COMPARED_RE.sub(" ", text)))
    if _has_any(padded, _PAIN_MAX):
        return 10
    if _has_any(padded, _PAIN_ZERO):
        return 0
    return None


def read_age(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Age in years; "born in 1957" is read against ``today``."""
    text = _to_digits(prepared)
    if "born" in text:
        born = _BORN_RE.search(text)
        if born is not None and int(born.group(1)) <= today.year:
            return _in_range(fact, today.year - int(born.group(1)))
    text = _AGE_NOISE_RE.sub(" ", text)
    if _AGE_DECADE_RE.search(text):
        return None  # "in my 60s": ask for the exact age
    numbers = _NUMBER_RE.findall(text)
    if numbers:
        return _in_range(fact, int(_number(numbers[0])))
    return None


def read_number(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Any other whole number: the first number in the text, within range."""
    text = _to_digits(prepared)
    numbers = _NUMBER_RE.findall(text)
    if numbers:
        return _in_range(fact, round(_number(numbers[0])))
    return None


def _in_range(fact: Fact, value: int) -> int | None:
    """``value`` when within ``fact.low``..``fact.high``, else None."""
    if fact.low is not None and value < fact.low:
        return None
    if fact.high is not None and value > fact.high:
        return None
    return value


# --------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------

_UNIT_DAYS: dict[str, float] = {}
for _days, _names in (
    (1.0, "day days d dys nights night"),
    (7.0, "week weeks wk wks w weekz"),
    (14.0, "fortnight fortnights"),
    (30.0, "month months mth mths mnth mnths mon mons mo mos"),
    (365.0, "year years yr yrs"),
    (1 / 24, "hour hours hr hrs h"),
    (1 / 1440, "minute minutes min mins"),
):
    for _name in _names.split():
        _UNIT_DAYS[_name] = _days
_QUANTITY_WORDS = {"couple": 2.0, "few": 3.0, "several": 4.0, "dozen": 12.0, "handful": 3.0}
_DURATION_TOKEN_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?|[a-z]+|[+-]")
_RANGE_WORDS = frozenset({"-", "to", "or", "and"})
_SUM_GAPS = frozenset({"and", ","})
_MORE = frozenset({"over", "beyond", "exceeding"})
_LESS = frozenset({"under", "below"})

_TODAY_WORDS = _pad_all(
    ("today", "this morning", "this afternoon", "this evening", "tonight", "just now",
     "earlier", "few hours", "an hour", "hour ago", "hours ago", "this am")
)  # fmt: skip
_YESTERDAY_WORDS = _pad_all(("yesterday", "last night", "yday", "yesterday morning"))
_DAY_BEFORE = _pad_all(("day before yesterday", "the day before yesterday"))
#: "since last month" is at least a month, whatever the day of the month.
_LAST_PERIOD = {" last week ": 7, " last month ": 30, " last year ": 365}
_WEEKEND = _pad_all(("the weekend", "weekend", "last weekend", "saturday night"))
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"  # noqa: E501
_DATE_LIKE_RE = re.compile(
    r"\b(?:" + "|".join(_MONTHS.split() + _WEEKDAYS.split()) + r")\b"
    r"|\b[0-9]{1,2}(?:st|nd|rd|th)\b|\b[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?\b"
    r"|\b(?:19|20)[0-9]{2}\b"
)
_DATE_TAIL_RE = re.compile(
    r"\b(?:since|from|started|starting|start|began|begun|begin|beginning|on|around|about)\b"
    r"(?!.*\b(?:since|from|started|starting|began|begun)\b)\s*(.*)$"
)
_DATE_NOISE_RE = re.compile(
    r"\b(?:the|about|around|roughly|approximately|approx|early|mid|middle|late|end|start|"
    r"beginning|of|last|this|just|before|after|ish|maybe|i|think|it|was|ago|or|so)\b"
)


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lm = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lm) // 451
    month, day = divmod(h + lm - 7 * m + 114, 31)
    return datetime.date(year, month, day + 1)


_HOLIDAYS: dict[str, Callable[[int], datetime.date]] = {
    "christmas eve": lambda y: datetime.date(y, 12, 24),
    "christmas": lambda y: datetime.date(y, 12, 25),
    "xmas": lambda y: datetime.date(y, 12, 25),
    "boxing day": lambda y: datetime.date(y, 12, 26),
    "new years eve": lambda y: datetime.date(y, 12, 31),
    "new year": lambda y: datetime.date(y, 1, 1),
    "new years": lambda y: datetime.date(y, 1, 1),
    "halloween": lambda y: datetime.date(y, 10, 31),
    "bonfire night": lambda y: datetime.date(y, 11, 5),
    "valentines": lambda y: datetime.date(y, 2, 14),
    "valentines day": lambda y: datetime.date(y, 2, 14),
    "easter": _easter,
    "good friday": lambda y: _easter(y) - datetime.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + datetime.timedelta(days=1),
}
_HOLIDAY_RE = re.compile(r"\b(" + "|".join(sorted(_HOLIDAYS, key=len, reverse=True)) + r")(?:s)?\b")


def _round_days(days: float) -> int:
    """Days rounded half up."""
    return math.floor(days + 0.5)


def number_at(tokens: list[str], i: int) -> float | None:
    """The number written at ``tokens[i]``, if any."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token[0].isdigit():
        return _number(token)
    return _QUANTITY_WORDS.get(token)


_WHOLE = frozenset({"full", "whole", "good", "solid", "straight"})


def _and_a_half(tokens: list[str], j: int) -> int:
    """How many tokens "and a half" takes at ``j``; non-native English drops the "a"."""
    if tokens[j : j + 3] in (["and", "a", "half"], ["n", "a", "half"]):
        return 3
    return 2 if tokens[j : j + 2] == ["and", "half"] else 0


def _quantity(tokens: list[str], i: int) -> tuple[float, int] | None:
    """A quantity starting at ``tokens[i]`` and the index after it.

    Handles "3", "a", "a couple of", "a few", "half a", "2 and a half", "6-12",
    "6 to 12", "2 or 3" and "between 2 and 3" (ranges give the higher number).
    """
    n = len(tokens)
    token = tokens[i]
    if token == "half" and i + 1 < n and tokens[i + 1] in ("a", "an"):
        return 0.5, i + 2
    if token == "between":
        low = number_at(tokens, i + 1)
        high = number_at(tokens, i + 3)
        if low is not None and high is not None and i + 2 < n and tokens[i + 2] in ("and", "-"):
            return max(low, high), i + 4
        return None
    if token in ("a", "an"):
        nxt = tokens[i + 1] if i + 1 < n else ""
        if nxt in _QUANTITY_WORDS:
            i += 1
        elif nxt in _UNIT_DAYS:
            return 1.0, i + 1
        elif nxt in _WHOLE and i + 2 < n and tokens[i + 2] in _UNIT_DAYS:
            return 1.0, i + 2  # "a full year", "a whole month", "a good fortnight"
        else:
            return None
    value = number_at(tokens, i)
    if value is None:
        return None
    j = i + 1
    if half := _and_a_half(tokens, j):
        return value + 0.5, j + half
    if j + 1 < n and tokens[j] in _RANGE_WORDS and tokens[j] != "and":
        other = number_at(tokens, j + 1)
        if other is not None:
            return max(value, other), j + 2
    return value, j


def _modifier(tokens: list[str], i: int) -> int:
    """+1 day after "over"/"more than", -1 after "under"/"less than", else 0."""
    before = tokens[max(0, i - 3) : i]
    if any(w in _MORE for w in before) or any(
        before[k] in ("more", "longer") and before[k + 1] == "than" for k in range(len(before) - 1)
    ):
        return 1
    if any(w in ("almost", "nearly") for w in before):
        return -7  # "almost three months" is short of it
    if any(w in _LESS for w in before) or any(
        before[k] in ("less", "fewer", "shorter") and before[k + 1] == "than"
        for k in range(len(before) - 1)
    ):
        return -1
    return 0


def _spans(tokens: list[str]) -> list[tuple[float, float, int, int, int]]:
    """Every "quantity unit" in ``tokens``: (days, unit, modifier, start, end)."""
    found = []
    n = len(tokens)
    i = 0
    while i < n:
        quantity = _quantity(tokens, i)
        if quantity is None:
            i += 1
            continue
        value, j = quantity
        plus = 0
        if j < n and tokens[j] == "+":
            plus, j = 1, j + 1
        if j < n and tokens[j] == "of":
            j += 1
        if j + 1 < n and tokens[j] in _WHOLE and tokens[j + 1] in _UNIT_DAYS:
            j += 1  # "two full weeks", "3 whole months"
        unit = _UNIT_DAYS.get(tokens[j]) if j < n else None
        if unit is None:
            i += 1
            continue
        j += 1
        if half := _and_a_half(tokens, j):
            value += 0.5
            j += half
        elif j + 1 < n and tokens[j] in ("or", "to", "-"):
            other = number_at(tokens, j + 1)
            following = tokens[j + 2] if j + 2 < n else ""
            if other is not None and following not in _UNIT_DAYS:
                value, j = max(value, other), j + 2
        if j < n and tokens[j] in ("+", "plus"):
            plus, j = 1, j + 1
        elif tokens[j : j + 2] in (["or", "more"], ["or", "longer"], ["and", "more"]):
            plus, j = 1, j + 2
        found.append((value * unit, unit, plus or _modifier(tokens, i), i, j))
        i = j
    return found


def _combine(tokens: list[str], spans: list[tuple[float, float, int, int, int]]) -> int:
    """Days from the spans: "1 month and 2 weeks" adds up, other lists take the longest."""
    adds_up = all(
        later[1] < earlier[1] and set(tokens[earlier[4] : later[3]]) <= _SUM_GAPS
        for earlier, later in itertools.pairwise(spans)
    )
    if adds_up:
        total = _round_days(sum(s[0] for s in spans))
        return max(0, total + spans[0][2])
    return max(max(0, _round_days(days) + mod) for days, _, mod, _, _ in spans)


def _most_recent(make: Callable[[int], datetime.date], today: datetime.date) -> int | None:
    """Days since the latest date ``make(year)`` on or before ``today``, if any."""
    try:
        day = make(today.year)
        if day > today:
            day = make(today.year - 1)
    except ValueError:  # before the year 1
        return None
    return (today - day).days


def _date_days(text: str, today: datetime.date) -> int | None:
    """Days since a date written in ``text`` ("since Tuesday", "since 3 March")."""
    padded = _padded(_words(text))
    if _has_any(padded, _DAY_BEFORE):
        return 2
    if _has_any(padded, _YESTERDAY_WORDS):
        return 1
    if _has_any(padded, _TODAY_WORDS):
        return 0
    holiday = _HOLIDAY_RE.search(text)
    if holiday is not None:
        return _most_recent(_HOLIDAYS[holiday.group(1)], today)
    for phrase, days in _LAST_PERIOD.items():
        if phrase in padded:
            return days
    if _has_any(padded, _WEEKEND):
        since_saturday = (today.weekday() - 5) % 7
        return since_saturday or 7
    if not _DATE_LIKE_RE.search(text):
        return None
    tail_match = _DATE_TAIL_RE.search(text)
    tail = tail_match.group(1) if tail_match is not None else text
    tail = _SPACE_RE.sub(" ", _DATE_NOISE_RE.sub(" ", tail)).strip()[:40]
    if not tail or not _DATE_LIKE_RE.search(tail):
        return None
    when = _dateparse(tail, today)
    if when is None or when > today:
        return None
    return (today - when).days


def _dateparse(text: str, today: datetime.date) -> datetime.date | None:
    """``dateparser`` on ``text``, in the past relative to ``today`` (imported lazily)."""
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": datetime.datetime.combine(today, datetime.time(12)),
                "PREFER_DAY_OF_MONTH": "first",
                "DATE_ORDER": "DMY",
            },
        )
    except Exception:  # a third-party parser: never let it break a conversation
        return None
    return parsed.date() if parsed is not None else None


def read_duration(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """A duration as a number of days (week 7, month 30, year 365, fortnight 14)."""
    text = _to_digits(prepared)
    tokens = [t for t in _DURATION_TOKEN_RE.findall(text)]
    spans = _spans(tokens)
    days: int | None
    if len(tokens) == 1 and tokens[0] in _UNIT_DAYS and not tokens[0].endswith("s"):
        days = _round_days(_UNIT_DAYS[tokens[0]])  # "fortnight", "week": one of them
    elif spans:
        days = _combine(tokens, spans)
    else:
        days = _date_days(" ".join(tokens) if tokens else text, today)
        if days is None and text != " ".join(tokens):
            days = _date_days(text, today)
    if days is not None:
        return _in_range(fact, days)
    return None

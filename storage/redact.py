"""Removing what could identify a patient from text before it is stored.

Patients type free text; staff read it later in the review. Before anything
typed is written to the database it passes through :func:`redact`, which
replaces phone numbers, e-mail addresses, URLs, @handles, dates, long digit
runs and "my name is ..." style names with a placeholder. Symptoms stay.
See docs/privacy.md.
"""

from __future__ import annotations

import re

_NAME_WORD = r"[A-Z][\w'’-]+"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"), "[email]"),
    (
        re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|uk|io|me|de|fr)\b\S*", re.I),
        "[link]",
    ),
    (re.compile(r"(?<!\w)@\w{3,}"), "[handle]"),
    (re.compile(r"(?:(?<=\s)|^)\+?\(?\d[\d\s().-]{7,}\d"), "[number]"),
    (
        re.compile(
            r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
            r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
            r"oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?\b|"
            r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
            r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b",
            re.I,
        ),
        "[date]",
    ),
    (re.compile(r"\d{5,}"), "[number]"),
    (
        re.compile(
            r"\b(my name is|my name's|i am called|i'm called|call me|name:|signed|"
            r"regards,?|thanks,?|cheers,?)\s+((?:" + _NAME_WORD + r")(?:\s+" + _NAME_WORD + r")?)",
        ),
        r"\1 [name]",
    ),
    (
        re.compile(r"\b(my name is|my name's|i am called|i'm called)\s+[^\s,.!?]+", re.I),
        r"\1 [name]",
    ),
)


def redact(text: str) -> str:
    """``text`` with identifying details replaced by placeholders."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def age_band(age: object) -> str | None:
    """An age in years as a ten-year band ("60-69"); never the exact age."""
    if not isinstance(age, int):
        return None if age is None else str(age)
    if age >= 90:
        return "90+"
    low = age // 10 * 10
    return f"{low}-{low + 9}"

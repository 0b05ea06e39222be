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
_NAMES = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"
#: Words that end a lower-case name after "my name is" ("my name is jo and ...").
_NOT_A_NAME = (
    r"(?:and|but|so|or|if|i|im|i'm|i’m|my|me|from|with|here|aged?|the|a|an|have|had|has|am|"
    r"was|is|can|can't|cannot|got|get|live|living|in|on|at|for|to|of|by|since)\b"
)
_ANY_WORD = r"[^\s,.!?;:()]+"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"), "[email]"),
    (
        re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|uk|io|me|de|fr)\b\S*", re.I),
        "[link]",
    ),
    (re.compile(r"(?<!\w)@\w{3,}(?:\.\w+)*"), "[handle]"),
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
    # A year of birth: "born in 1958", "DOB 1958", "year of birth: 1958".
    (
        re.compile(r"\b(born(?:\s+in)?|dob:?|year of birth:?)\s+(?:19|20)\d{2}\b", re.I),
        r"\1 [date]",
    ),
    (re.compile(r"\d{5,}"), "[number]"),
    # UK postcodes ("LS1 4AP", "SW1A 1AA"), as people write them: upper case.
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"), "[postcode]"),
    # A name after a strong cue, in any case: one word, and a second unless it reads on.
    (
        re.compile(
            r"\b(my name is|my name's|my name’s|i am called|i'm called|i’m called|name:)\s+"
            rf"{_ANY_WORD}(?:\s+(?!{_NOT_A_NAME}){_ANY_WORD})?",
            re.I,
        ),
        r"\1 [name]",
    ),
    # A capitalised name after a weaker cue: "call me Jo", "Regards, Tom O'Neill".
    (
        re.compile(
            r"\b((?i:call me|signed|(?:kind |best |many )?regards|many thanks|thanks|thank you|"
            rf"cheers)(?:,|\s-)?)\s+{_NAMES}"
        ),
        r"\1 [name]",
    ),
    # "this is Helen here", "it's Mohammed here".
    (
        re.compile(rf"\b((?i:this is|it's|it’s|it is))\s+{_NAMES}(?=\s+(?i:here)\b)"),
        r"\1 [name]",
    ),
)


#: What every pattern above needs at least one of: a digit, "@", ".", or a name cue.
#: Most answers ("yes", "both legs") have none, and skip the ten patterns.
_MIGHT_IDENTIFY = re.compile(
    r"[\d@.]|http|name|called|call me|signed|regards|thank|cheers|\bhere\b", re.I
)


def redact(text: str) -> str:
    """``text`` with identifying details replaced by placeholders."""
    if not _MIGHT_IDENTIFY.search(text):
        return text
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

"""Removing what could identify a patient from text before it is stored.

Patients type free text; staff read it later in the review. Before anything
typed is written to the database it passes through :func:`redact`, which
replaces phone numbers (libphonenumber's rules, through ``phonenumbers``, and
numbers read out in words), e-mail addresses (also spelled out), URLs, @handles,
dates and dates of birth in words, street addresses and postcodes, long digit runs
and names (after a cue such as "my name is", "Dr", "my husband", "it's ...", or
opening the message) with a placeholder. Words the reading lexicon knows are never
taken for a name, so symptoms stay. Measured on tests/privacy/identifiers.jsonl;
see docs/privacy.md.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Where patients' phone numbers are read from (national formats), besides "+" numbers.
PHONE_REGIONS = ("GB", "US")

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
            r"\b((?:my|her|his|their|your) name is|(?:my|her|his) name's|my name’s|i am called|"
            r"i'm called|i’m called|name:)\s+"
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


# --- appended: identifiers without a pattern of digits (issue: redaction misses) ---

_STREET = (
    r"street|st|road|rd|avenue|ave|lane|ln|close|drive|crescent|cres|court|ct|place|terrace|"
    r"gardens|grove|square|sq|boulevard|blvd|mews|parade"
)
#: Suffixes that are everyday words too ("I can't walk", "on my way"): only capitalised.
_WEAK_STREET = r"Hill|Park|Row|Walk|Way|Rise|View|Green"
#: Words that never sit between a house number and its street: "10 and I cant walk".
_NOT_STREET_WORD = r"(?!(?:and|or|i|the|my|a|an|to|is|it|can|cant|not|in|on|at|of|for|mg|x)\b)"
#: Suffixes that name a street even in lower case and without a house number.
_STRONG_STREET = r"street|road|avenue|lane|crescent|terrace|gardens|grove|mews|boulevard|close"
_UNIT = r"(?:flat|apartment|apt|unit|suite)\.?\s*\w{1,4},?\s*"
_UNIT_TAIL = r"(?:flat|apartment|apt|unit|suite)\.?\s*\w{1,4}"
_TOWN = r"(?:,\s*(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)?"
_HOUSE = r"(?:cottage|house|farm|lodge|manor|barn|villa)"

_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|double|triple|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_DATE_WORD = rf"(?:{_NUMBER_WORD}|{_MONTH}|\d{{1,4}}(?:st|nd|rd|th)?|of|the|-)"
_TITLE = r"(?:dr|doctor|mr|mrs|ms|miss|mx|nurse|prof|professor|sister|father|rev)\.?"
_RELATION = (
    r"(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|friend|"
    r"carer|neighbour|neighbor|nurse|gp|physio|consultant|surgeon|grandson|granddaughter|"
    r"nan|gran|aunt|uncle|niece|nephew|boyfriend|girlfriend)"
)
#: A capitalised word that could be a name: "O'Brien", "Okafor", "Mohammed".
_CAP = r"(?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?)"

_MORE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "tom.h at example dot com": an address spelled out so that it is not one
    (
        re.compile(r"\b[\w.+-]+\s+at\s+[\w-]+(?:\s+dot\s+[a-z]{2,6})+\b", re.I),
        "[email]",
    ),
    # a phone number read out: "oh seven seven double oh nine ..."
    (
        re.compile(rf"\b{_NUMBER_WORD}(?:[\s,-]+{_NUMBER_WORD}){{6,}}\b", re.I),
        "[number]",
    ),
    # a date of birth in words: "born in nineteen fifty eight", "date of birth twenty first..."
    (
        re.compile(
            rf"\b(born|date of birth|dob|birthday(?: is)?)(:?\s+(?:in|on))?"
            rf"((?:\s+{_DATE_WORD})+)",
            re.I,
        ),
        r"\1\2 [date]",
    ),
    # a year in words anywhere: "nineteen seventy one"
    (
        re.compile(
            r"\bnineteen\s+(?:hundred\s+(?:and\s+)?)?(?:twenty|thirty|forty|fifty|sixty|seventy|"
            r"eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?\b",
            re.I,
        ),
        "[date]",
    ),
    # "flat 3, 45 high st", "221 Baker Street Apt 4", "1402 Maple Grove Drive, Oakhurst"
    (
        re.compile(
            rf"(?:(?i:{_UNIT}))?\b\d{{1,4}}[a-z]?,?\s+(?:{_NOT_STREET_WORD}[\w'-]+\s+){{0,3}}"
            rf"(?:(?i:{_STREET})|{_WEAK_STREET})\b\.?(?:\s+(?i:{_UNIT_TAIL}))?{_TOWN}",
        ),
        "[address]",
    ),
    (re.compile(rf"\b{_UNIT}(?=\[address\])", re.I), ""),
    (re.compile(r"\b(?:flat|apartment|apt|unit)\.?\s*\d+\w?\b", re.I), "[address]"),
    # a named house and a street: "Rosebank Cottage, Mill Lane"
    (re.compile(rf"\b{_CAP}\s+(?i:{_HOUSE})\b(?:,\s*{_CAP}\s+(?i:{_STREET})\b)?"), "[address]"),
    # a street without a number: "I live on Elm Road", "on elm road"
    (
        re.compile(rf"\b{_CAP}(?:\s+{_CAP})?\s+(?:(?i:{_STREET})|{_WEAK_STREET})\b{_TOWN}"),
        "[address]",
    ),
    (
        re.compile(
            rf"\b(on|at|in|off)\s+(?!the\b|my\b|a\b)[a-z'-]+(?:\s+[a-z'-]+)?\s+(?:{_STRONG_STREET})\b",
            re.I,
        ),
        r"\1 [address]",
    ),
    # a local number: "555-0142", "496 0000"
    (re.compile(r"(?<![\d/.])\b\d{3}[-.\s]\d{4}\b(?![/.]\d)"), "[number]"),
    # UK postcodes in any case ("ls1 4ap", "g412qp"); ZIP codes are caught as long numbers
    (re.compile(r"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b"), "[postcode]"),
    # a title and a name: "Dr Patel", "nurse Okafor"
    (re.compile(rf"\b((?i:{_TITLE}))\s+{_CAP}(?:\s+{_CAP})?"), r"\1 [name]"),
    # a relation and a name: "my husband Gareth"
    (
        re.compile(rf"\b((?i:my|her|his|our)\s+(?i:{_RELATION}))\s+{_CAP}(?:\s+{_CAP})?"),
        r"\1 [name]",
    ),
)

#: Names with no pattern but their place: checked against the words the bot knows, so
#: that "I'm Numb" or "Left Leg, ..." keep their words.
_NAME_PLACES: tuple[re.Pattern[str], ...] = (
    # a self-introduction: "Hi I'm Paul Fenwick", "its Mohammed Khan again"
    re.compile(
        rf"\b(?:(?i:i'm|i’m|im|i am|it's|it’s|its|it is|this is|hi|hello|hey|dear|details:?))"
        rf"[,:]?\s+(?P<name>{_CAP}(?:\s+{_CAP})?)"
    ),
    # a self-introduction in lower case, where the name is closed off: "it's jo, still numb",
    # "im sarah jones and ...", "this is eileen o'brien,"
    re.compile(
        r"\b(?:(?i:i'm|i’m|im|i am|it's|it’s|its|it is|this is))\s+"
        r"(?P<name>(?!(?:me|my|the|a|an|not|so|just|still|really|very|getting|going|in|on|at|"
        r"back|here|again|now|ok|okay|fine)\b)[a-z]+(?:['’-][a-z]+)?(?:\s+[a-z]+(?:['’-][a-z]+)?)?)"
        r"(?=\s*(?:,|\(|\band\b|\bhere\b|\bagain\b|$))"
    ),
    # a name that opens the message, then "here", "from" or "again"
    re.compile(rf"^(?P<name>{_CAP}(?:\s+{_CAP})?)(?=\s+(?i:here|from|again)\b)"),
    # a first and last name that open the message or follow a colon: "Janet Okafor, 19 ..."
    re.compile(rf"(?:^|:\s*)(?P<name>{_CAP}\s+{_CAP})(?=,)"),
)


#: What every pattern above needs at least one of: a digit, "@", ".", or a name cue.
#: Most answers ("yes", "both legs") have none, and skip the ten patterns.
_MIGHT_IDENTIFY = re.compile(
    r"[\d@.]|http|name|called|call me|signed|regards|thank|cheers|\bhere\b", re.I
)


def redact(text: str) -> str:
    """``text`` with identifying details replaced by placeholders."""
    return _redact(text, screen=True)


def redact_without_screen(text: str) -> str:
    """:func:`redact` with every pattern tried: what the quick screen must never change."""
    return _redact(text, screen=False)


def _redact(text: str, *, screen: bool) -> str:
    for pattern, replacement in _PATTERNS if not screen or _MIGHT_IDENTIFY.search(text) else ():
        text = pattern.sub(replacement, text)
    for pattern, replacement in _MORE_PATTERNS:
        text = pattern.sub(replacement, text)
    for pattern in _NAME_PLACES:
        text = pattern.sub(_name_unless_known, text)
    return _phones(text)


def _name_unless_known(match: re.Match[str]) -> str:
    words = match.group("name").split()
    if all(word.lower() in _known_words() for word in words):
        return match.group(0)  # "I'm Numb", "Left Leg,": the bot's own words
    start, end = match.span("name")
    whole = match.group(0)
    offset = match.start()
    return whole[: start - offset] + "[name]" + whole[end - offset :]


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """The reading lexicon's words (symptoms, body parts, drugs): never a name."""
    from flows.reading.lexicon import load
    from flows.reading.normalise import vocabulary

    return vocabulary(load("en"))


def _phones(text: str) -> str:
    """Phone numbers in any national or international format, by libphonenumber's rules."""
    if sum(c.isdigit() for c in text) < 7:
        return text
    import phonenumbers  # loaded at the first message with digits: start-up stays fast

    spans = []
    for region in PHONE_REGIONS:
        for found in phonenumbers.PhoneNumberMatcher(text, region, phonenumbers.Leniency.VALID):
            spans.append((found.start, found.end))
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + "[number]" + text[end:]
    return text


def age_band(age: object) -> str | None:
    """An age in years as a ten-year band ("60-69"); never the exact age."""
    if not isinstance(age, int):
        return None if age is None else str(age)
    if age >= 90:
        return "90+"
    low = age // 10 * 10
    return f"{low}-{low + 9}"

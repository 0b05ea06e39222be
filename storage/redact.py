"""Removing what could identify a patient from text before it is stored.

Patients type free text; staff read it later in the review. Before anything
typed is written to the database it passes through :func:`redact`, which
replaces phone numbers (libphonenumber's rules, through ``phonenumbers``, and
numbers read out in words), e-mail addresses (also spelled out), URLs, @handles,
dates, and dates of birth in digits, words or both ("born in nineteen fifty eight",
"dob 3rd of march 58"), street addresses, UK postcodes and US ZIP codes, NHS and
hospital numbers, long digit runs and names (after a cue such as "my name is", "Dr",
"my husband", "it's ...", "saw ...", in a signature, opening the message, or two
capitalised words in a row that are no word the bot knows) with a placeholder. Words
the reading lexicon knows, and the everyday words in :data:`_NOT_NAMES`, are never
taken for a name, so symptoms, drugs, days and months stay. Measured on
tests/privacy/identifiers.jsonl and, for what it must leave alone, on the reading
corpus (tests/test_redaction_corpus.py); see docs/privacy.md.

The patterns are data, in the order they run: each with a comment on what it is for
and what it must not take.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

#: Where patients' phone numbers are read from (national formats), besides "+" numbers.
PHONE_REGIONS = ("GB", "US")


def _words(*groups: str) -> str:
    """An alternation of whole words, longest first: "nineteen" before "nine", so that
    "nineteen fifty eight" is never read as "nine" + "teen fifty eight"."""
    words = sorted({w for group in groups for w in group.split()}, key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(w) for w in words) + r")\b"


# --- The vocabulary of dates and numbers ---------------------------------------------

_UNITS = "zero oh one two three four five six seven eight nine"
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fourty fifty sixty seventy eighty ninety"
_BIG = "hundred thousand double triple"
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: A number said in words, whole words only.
_NUMBER_WORD = _words(_UNITS, _TEENS, _TENS, _BIG, _ORDINALS)
#: A month, whole word only: "mar" but never "married", "may" but never "maybe".
_MONTH = _words(_MONTHS)
#: An ordinal in words ("twenty first" is "twenty" + "first").
_ORDINAL_WORD = rf"(?:(?:twenty|thirty)[\s-]+)?{_words(_ORDINALS)}"
#: A year said in words: "nineteen fifty eight", "nineteen hundred and forty-nine".
_YEAR_WORDS = (
    r"\bnineteen\s+(?:hundred\s+(?:and\s+)?)?"
    rf"{_words(_TENS)}(?:[\s-]+{_words(_UNITS)})?"
)


# --- Dates of birth: a cue, then a date in digits, words or both ---------------------

#: What says that a date is a birth date. "b." only before a digit ("b. 02-06-1980").
_BIRTH_CUE = re.compile(
    r"\b(?:born|dob|d\.\s?o\.\s?b\b\.?|date\s+of\s+birth|birth\s*date|year\s+of\s+birth|"
    r"birthday(?:'s|’s|\s+is|\s+was)?|bday(?:\s+is)?)(?!\w)|(?<!\w)b\.(?=\s*\d)",
    re.I,
)
#: Between the cue and the date: "born in", "date of birth is", "DOB:".
_BIRTH_GLUE = re.compile(r"[\s:–-]*(?:(?:is|was|in|on)\b[\s:–-]*)*", re.I)
#: Between two pieces of one date: "3rd of march, 58", "fifty-eight", "03/03".
_DATE_SEP = re.compile(r"\s*[,/.–-]\s*|\s+")
#: The pieces a date is made of, each a whole word, longest first. The strong ones say
#: "date" alone; a bare small number or "one" after "born" ("born one month early",
#: "born in 1958, 3 kids later") is a date only beside a month or a tens word.
_DATE_PIECE = re.compile(
    r"(?P<numeric>\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)|"
    r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th))\b|"
    r"(?P<year>(?:19|20)\d\d\b|['’]\d\d)\b|"
    r"(?P<digits>\d{1,2})\b|"
    rf"(?P<month>{_MONTH}\.?)|"
    rf"(?P<tens>{_words(_TEENS, _TENS, _BIG, _ORDINALS)})|"
    rf"(?P<unit>{_words(_UNITS)})|"
    r"(?P<link>(?:of|the|and)\b)",
    re.I,
)
_STRONG_PIECES = frozenset({"numeric", "ordinal", "year", "month", "tens"})


def _birth_dates(text: str) -> str:
    """Every date after a birth cue as "[date]", whole: "born in [date] so ..."."""
    out: list[str] = []
    done = 0
    for cue in _BIRTH_CUE.finditer(text):
        if cue.start() < done:
            continue
        pieces: list[tuple[str, int, int]] = []
        at = _BIRTH_GLUE.match(text, cue.end())
        end = at.end() if at else cue.end()
        while True:
            sep = _DATE_SEP.match(text, end) if pieces else None
            if pieces and sep is None:
                break
            piece = _DATE_PIECE.match(text, sep.end() if sep else end)
            if piece is None or piece.lastgroup is None:
                break
            pieces.append((piece.lastgroup, piece.start(), piece.end()))
            end = piece.end()
        while pieces and (
            pieces[-1][0] == "link"
            or (
                pieces[-1][0] in ("digits", "unit")
                and (len(pieces) < 2 or pieces[-2][0] not in ("month", "ordinal", "tens"))
            )
        ):
            pieces.pop()
        if not any(kind in _STRONG_PIECES for kind, _, _ in pieces):
            continue
        out += [text[done : pieces[0][1]], "[date]"]
        done = pieces[-1][2]
    return "".join(out) + text[done:]


# --- Identifiers with digits, "@" or a name cue: skipped by the quick screen ---------

_NAME_WORD = r"(?!I['’])[A-Z][\w'’-]+"  # "I'd" is no name: "no thanks, I'd rather not"
_NAMES = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"
#: Words that end a lower-case name after "my name is" ("my name is jo and ...").
_NOT_A_NAME = (
    r"(?:and|but|so|or|if|i|im|i'm|i’m|my|me|from|with|here|aged?|the|a|an|have|had|has|am|"
    r"was|is|can|can't|cannot|got|get|live|living|in|on|at|for|to|of|by|since|full)\b"
)
_ANY_WORD = r"[^\s,.!?;:()]+"
_US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b"), "[email]"),
    (
        re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|org|net|uk|io|me|de|fr)\b\S*", re.I),
        "[link]",
    ),
    (re.compile(r"(?<!\w)@\w{3,}(?:\.\w+)*"), "[handle]"),
    (re.compile(r"(?:(?<=\s)|^)\+?\(?\d[\d\s().-]{7,}\d"), "[number]"),
    # Dates in digits, and a day with a month: the month a whole word, so that
    # "married 30 years" and "5 maybe?" are no dates.
    (
        re.compile(
            r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|"
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:\s+\d{{2,4}}\b)?|"
            rf"\b(?!may\b){_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?",
            re.I,
        ),
        "[date]",
    ),
    # A US ZIP code after its state ("Springfield, IL 62704", "TX 78701-1234").
    (re.compile(rf"\b{_words(_US_STATES)}\.?,?\s+\d{{5}}(?:-\d{{4}})?\b"), "[postcode]"),
    # A hospital or record number: letters run into six or more digits ("RXH1234567").
    (re.compile(r"\b[A-Za-z]{1,4}\d{6,10}\b"), "[number]"),
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
    # A capitalised name after a weaker cue: "call me Jo", "Regards, Tom O'Neill", and
    # "My name Aleksandra" (no "is", as in many languages).
    (
        re.compile(
            r"\b((?i:call me|signed|(?:kind |best |many )?regards|many thanks|thanks|thank you|"
            rf"thank u|thx|cheers|my name(?!\s+(?i:is)\b))(?:,|\s-)?)\s+{_NAMES}"
        ),
        r"\1 [name]",
    ),
    # "this is Helen here", "it's Mohammed here".
    (
        re.compile(rf"\b((?i:this is|it's|it’s|it is))\s+{_NAMES}(?=\s+(?i:here)\b)"),
        r"\1 [name]",
    ),
)


# --- Identifiers without digits: tried on every message ------------------------------

_STREET = (
    r"street|st|road|rd|avenue|ave|lane|ln|close|drive|crescent|cres|court|ct|place|"
    r"terrace|gardens|grove|square|sq|boulevard|blvd|mews|parade|highway|hwy"
)
#: Suffixes that are everyday words too ("I can't walk", "on my way"): only capitalised.
_WEAK_STREET = r"Hill|Park|Row|Walk|Way|Rise|View|Green"
#: Words that never sit between a house number and its street: "10 and I cant walk".
_NOT_STREET_WORD = r"(?!(?:and|or|i|the|my|a|an|to|is|it|can|cant|not|in|on|at|of|for|mg|x)\b)"
#: Suffixes that name a street even in lower case and without a house number.
_STRONG_STREET = r"street|road|avenue|lane|crescent|terrace|gardens|grove|mews|boulevard|close"
#: A US street's quarter after its type: "1600 Pennsylvania Ave NW".
_QUARTER = r"(?:\s+(?:NE|NW|SE|SW|N|S|E|W)\b)?"
_UNIT = r"(?:flat|apartment|apt|unit|suite)\.?\s*\w{1,4},?\s*"
_UNIT_TAIL = r"(?:flat|apartment|apt|unit|suite)\.?\s*\w{1,4}"
#: The district and town after a street: ", Headingley, Leeds", ", Little Hadley".
_TOWN = r"(?:,\s*(?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?){0,2}"
_HOUSE = r"(?:cottage|house|farm|lodge|manor|barn|villa)"
_TITLE = r"(?:dr|doctor|mr|mrs|ms|miss|mx|nurse|prof|professor|sister|father|rev)\.?"
_RELATION = (
    r"(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|friend|"
    r"carer|neighbour|neighbor|nurse|gp|physio|consultant|surgeon|grandson|granddaughter|"
    r"nan|gran|aunt|uncle|niece|nephew|boyfriend|girlfriend)"
)
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # Latin Extended-A mixes cases; a lower-case first letter there is rare
_LOW = "a-zß-öø-ÿĀ-ž"
#: A capitalised word that could be a name: "O'Brien", "McAllister", "Wiśniewska".
_CAP = rf"(?:(?:[OD]['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:['’-][{_UP}]?[{_LOW}]+)?)"

_MORE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "tom.h at example dot com", "sarah dot jones at gmail dot com": spelled out
    (
        re.compile(
            r"\b[\w.+-]+(?:\s+(?:dot|underscore|dash)\s+[\w+-]+)*\s+at\s+[\w-]+"
            r"(?:\s+dot\s+[a-z]{2,6})+\b",
            re.I,
        ),
        "[email]",
    ),
    # a phone number read out: "oh seven seven double oh nine ..."
    (
        re.compile(rf"\b{_NUMBER_WORD}(?:[\s,-]+{_NUMBER_WORD}){{6,}}", re.I),
        "[number]",
    ),
    # a year in words anywhere: "nineteen seventy one"
    (re.compile(_YEAR_WORDS, re.I), "[date]"),
    # a day and month in words anywhere: "the seventh of november", "march the third"
    (
        re.compile(
            rf"\b(?:the\s+)?{_ORDINAL_WORD}\s+of\s+{_MONTH}|\b{_MONTH}\s+the\s+{_ORDINAL_WORD}",
            re.I,
        ),
        "[date]",
    ),
    # "flat 3, 45 high st", "221B Baker Street", "3/2 Leith Walk" (a Scottish flat),
    # "9 the crescent", "1600 Pennsylvania Ave NW", "1402 Maple Grove Drive, Oakhurst"
    (
        re.compile(
            rf"(?:(?i:{_UNIT}))?(?<![\w/])(?:\d{{1,3}}/)?\d{{1,4}}[A-Za-z]?,?\s+"
            rf"(?:(?:{_NOT_STREET_WORD}[\w'’-]+|(?i:the)(?=\s+(?i:{_STREET})\b))\s+){{0,3}}"
            rf"(?:(?i:{_STREET})|{_WEAK_STREET})\b\.?{_QUARTER}(?:\s+(?i:{_UNIT_TAIL}))?{_TOWN}",
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
    # a relation and a name: "my husband Gareth", "ask my wife, Julie, she knows"
    (
        re.compile(rf"\b((?i:my|her|his|our)\s+(?i:{_RELATION}),?)\s+{_CAP}(?:\s+{_CAP})?"),
        r"\1 [name]",
    ),
)


# --- Names found by their place, checked against the words the bot knows -------------

#: Everyday words that are never a name here, besides the reading lexicon's: a day, a
#: month, a feast, a number, a role, a state one is in (hot or cold too: the fever
#: question), a word that opens a sentence.
#: "Since Christmas, I think", "it's Thursday and", "I'm her carer", "I'm seventy-eight".
_NOT_NAMES = frozenset(
    f"""
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    tonight weekend morning evening night {_MONTHS} novemeber febuary christmas xmas easter
    ramadan eid diwali {_UNITS} {_TEENS} {_TENS} {_BIG} {_ORDINALS} carer caring nurse
    driver registrar doctor dr gp physio consultant surgeon patient mum mom dad wife husband
    son daughter here there fine ok okay good well better worse same sore tired healthy
    hot cold warm toasty chilly shivery sweaty clammy
    quiet common normal bad great alright awful terrible lovely happy sad scared worried
    anxious sure unsure not so also both just pretty quite really very too all still always
    never only fully generally otherwise honestly her his their your our my the a an this
    that these those it its since after before about maybe yes no yeah yep nope hi hello
    hey dear thanks thank sorry please love hun mate x xx xxx nhs uk hospital clinic me
    you him them us we i
    surgery ward team pain back leg legs foot feet hip knee left right sciatica cancer
    tablets pills mg syndrome disease disorder poorly bored lonely
    """.split()
)
#: How states, not names, end, and the shortest word the ending is trusted in: "I'm
#: knackered", "it's settling", "I'm careful", "it's manageable", "I am diabetic".
#: Lengths and look-behinds keep names out: "Jared", "Ahmed", "Mohammed", "Winifred",
#: "Clive", "Dominic"; "-ly", "-al", "-ary" are left alone for "Emily", "Val", "Mary".
_STATE_ENDING = re.compile(
    r"(?:\w{3,}(?:ing|able|ible|ful|ous|less|ish|ness|ment)|\w{4,}(?<!hm)(?<!mm)(?<!fr)ed|"
    r"\w{3,}ive|\w{6,}ic)$"
)
_NAME_PLACES: tuple[tuple[re.Pattern[str], bool], ...] = (
    # (pattern, lower case allowed: a lower-case word is a name only if it has no
    # ending of a state)
    #
    # a self-introduction: "Hi I'm Paul Fenwick", "its Mohammed Khan again"; "it's" only
    # where a message or clause begins ("I think its Piriformis Syndrome" names no one)
    (
        re.compile(
            r"(?:\b(?i:i'm|i’m|im|i am|this is|hi|hiya|hello|hey|dear|details:?)|"
            r"(?:^|[,.!?]\s*|\b(?i:hi|hiya|hello|hey)[,!]?\s+)(?i:it's|it’s|its|it is))"
            rf"[,:]?\s+(?P<name>{_CAP}(?:\s+{_CAP})?)"
        ),
        False,
    ),
    # a self-introduction in lower case, where the name is closed off: "im sarah jones
    # and ...", "this is eileen o'brien,"; after "it's" only at the start of the message
    # or after a greeting ("hiya its lorraine,")
    # and before a comma, "here" or "again" ("it's jo, still numb"): "it's bearable",
    # "its wear and tear" are how things are.
    (
        re.compile(
            r"(?:\b(?i:i'm|i’m|im|i am|this is)\s+|"
            r"(?:^|\b(?i:hi|hiya|hello|hey)[,!]?\s+)(?i:it's|it’s|its|it is)\s+(?=\S+(?:\s+\S+)?"
            r"\s*(?:,|\(|\bhere\b|\bagain\b)))"
            r"(?P<name>[a-z]+(?:['’-][a-z]+)?(?:\s+[a-z]+(?:['’-][a-z]+)?)?)"
            r"(?=\s*(?:,|\(|\band\b|\bhere\b|\bagain\b|$))"
        ),
        True,
    ),
    # a name that opens the message, then "here", "from" or "again"
    (re.compile(rf"^(?P<name>{_CAP}(?:\s+{_CAP})?)(?=\s+(?i:here|from|again)\b)"), False),
    # a first and last name that open the message or follow a colon: "Janet Okafor, 19 ..."
    (re.compile(rf"(?:^|:\s*)(?P<name>{_CAP}\s+{_CAP})(?=,)"), False),
    # a name after a verb that is said of people: "saw Sarah", "ask for Bev", "told Kevin"
    (
        re.compile(
            r"\b(?i:saw|seen|see|seeing|told|tell|ask|asked|ask for|asked for|speak to|spoke to|"
            r"speaking to|talk to|talked to|talking to|rang|phoned|text|texted)\s+"
            rf"(?P<name>{_CAP}(?:\s+{_CAP})?)"
        ),
        False,
    ),
    # a signature at the end: "... left foot. - Dave", "thx hun, Shaz x"
    (
        re.compile(rf"(?:[-–—~,]|\bx+)\s*(?P<name>{_CAP}(?:\s+{_CAP})?)\s*(?:x+)?[\s.!]*$"),
        False,
    ),
)
#: Two capitalised words in a row, anywhere: "saw Sarah Jones yesterday", "the physio Tom
#: Baxter says". Only the words no lexicon or list knows are taken ("Macmillan Nurse",
#: "Breast Cancer Now" stay), and not in a message that capitalises most of its words.
_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_CAP}(?:\s+{_CAP})+(?![\w'’-])")


#: What every pattern in _PATTERNS needs at least one of: a digit, "@", ".", or a name
#: cue. Most answers ("yes", "both legs") have none, and skip them.
_MIGHT_IDENTIFY = re.compile(
    r"[\d@.]|http|name|called|call me|signed|regards|thank|thx|cheers|\bhere\b", re.I
)


def redact(text: str) -> str:
    """``text`` with identifying details replaced by placeholders."""
    return _redact(text, screen=True)


def redact_without_screen(text: str) -> str:
    """:func:`redact` with every pattern tried: what the quick screen must never change."""
    return _redact(text, screen=False)


def _redact(text: str, *, screen: bool) -> str:
    text = _birth_dates(text)
    for pattern, replacement in _PATTERNS if not screen or _MIGHT_IDENTIFY.search(text) else ():
        text = pattern.sub(replacement, text)
    for pattern, replacement in _MORE_PATTERNS:
        text = pattern.sub(replacement, text)
    found: list[str] = []
    for place, lower_case in _NAME_PLACES:
        text = place.sub(partial(_name_unless_known, lower_case=lower_case, found=found), text)
    for name in found:
        # "Paul doesn't have any numbness. Paul just has a sore leg. (I'm Paul)": a name
        # known from its cue is a name wherever else the message says it
        text = re.sub(rf"(?<![\w\[]){re.escape(name)}(?![\w\]])", "[name]", text, flags=re.I)
    text = _capitalised_names(text)
    return _phones(text)


def _is_word(word: str, *, lower_case: bool = False) -> bool:
    """Whether ``word`` is one the bot knows or an everyday word: then it is no name."""
    low = word.lower().strip("'’")
    parts = [low, *re.split(r"['’-]", low)]
    if any(part in _known_words() or part in _NOT_NAMES for part in parts):
        return True
    if not lower_case:
        return False
    # typed in lower case: a state ("knackered") or a known word with two letters swapped
    swaps = (low[:i] + low[i + 1] + low[i] + low[i + 2 :] for i in range(len(low) - 1))
    return bool(_STATE_ENDING.search(low)) or any(swap in _known_words() for swap in swaps)


def _name_unless_known(
    match: re.Match[str], *, lower_case: bool, found: list[str] | None = None
) -> str:
    words = match.group("name").split()
    if lower_case:
        if any(_is_word(word, lower_case=True) for word in words):
            return match.group(0)  # "I'm knackered", "im her carer": not a name
    elif all(_is_word(word) for word in words):
        return match.group(0)  # "I'm Numb", "Left Leg,": the bot's own words
    start, end = match.span("name")
    whole = match.group(0)
    offset = match.start()
    if found is not None:
        found.append(match.group("name"))
    return whole[: start - offset] + "[name]" + whole[end - offset :]


def _capitalised_names(text: str) -> str:
    """Runs of two or more capitalised words none of which is a known word, as "[name]"."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) * 2 > len(words):
        return text  # "Saw Physio Tuesday, Pain Clinic In March": capitals say nothing

    def one_run(match: re.Match[str]) -> str:
        pieces = re.split(r"(\s+)", match.group(0))
        names = [i for i in range(0, len(pieces), 2) if not _is_word(pieces[i])]
        for i in names:
            if i - 2 in names or i + 2 in names:  # two unknown words side by side
                pieces[i] = "\0"
        return re.sub(r"\0(?:\s+\0)*", "[name]", "".join(pieces))

    return _CAPITALISED_RUN.sub(one_run, text)


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

"""The one normaliser: a patient's message as the words every reader sees.

Steps, in order (docs/reading.md, "How a message is read"):

1. Cut to :data:`MAX_CHARS`; emoji and symbols become words (``👍`` reads
   ``emoji_yes``) from the lexicon's ``EMOJI`` table.
2. Unicode NFKC, accents and zero-width characters dropped, curly quotes made
   straight, lower case.
3. Split into words and boundaries: ``.`` ends a sentence (``. ! ; new line``),
   ``?`` ends a question, ``,`` ends a clause (``, : - ( )``).
4. Each word: letters repeated three times or more cut down ("nooooo" reads
   "no", "weeee" reads "wee"); shorthand and contractions spelled out from the
   lexicon's ``SHORTHAND`` ("cant" reads "can not", "idk" reads "i do not know");
   small typos of lexicon words fixed with rapidfuzz ("numbnes" reads
   "numbness"), never turning a real word into another.

The result is cached: the same message is read for the open question and for
the red-flag scan, and normalised once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from flows.reading import lexicon

#: Only the start of a long message is read.
MAX_CHARS = 2000

SENTENCE = "."
QUESTION = "?"
CLAUSE = ","
BOUNDARIES = frozenset({SENTENCE, QUESTION, CLAUSE})
#: How an emoji's token begins ("😬" -> "emojiawkward").
EMOJI_PREFIX = "emoji"

_ZERO_WIDTH = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067"
    "\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufe0e\ufe0f\ufeff"
)
_TOKEN_RE = re.compile(
    r"[a-z]+(?:'[a-z]+)*|[0-9]+(?:st|nd|rd|th)\b|[0-9]+(?:\.[0-9]+)?|[.!;?,:()\n-]|_"
)
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")
_BOUNDARY_OF = {
    ".": SENTENCE, "!": SENTENCE, ";": SENTENCE, "\n": SENTENCE, "?": QUESTION,
    ",": CLAUSE, ":": CLAUSE, "(": CLAUSE, ")": CLAUSE, "-": CLAUSE,
}  # fmt: skip


@dataclass(frozen=True)
class Words:
    """A message as read: its words and boundaries, and what it looked like."""

    tokens: tuple[str, ...]
    #: The message had a question mark.
    asks: bool
    #: The message was only emoji or punctuation.
    symbols_only: bool

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def words(self) -> list[str]:
        return [t for t in self.tokens if t not in BOUNDARIES]


_DOUBLE_RE = re.compile(r"([a-z])\1+")


#: First letters that sound alike, for names spelled by ear.
_SOUNDS_LIKE = {"s": "c", "c": "ks", "k": "c", "z": "sx", "x": "z", "f": "p"}
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: {
        other
        for r, line in enumerate(_KEYBOARD_ROWS)
        for c, other in enumerate(line)
        if abs(r - row) <= 1 and abs(c - col) <= 1 and other != key
    }
    for row, keys in enumerate(_KEYBOARD_ROWS)
    for col, key in enumerate(keys)
}


def _next_key(typed: str, known: str) -> bool:
    """Whether ``typed`` is ``known`` with one letter hit on a neighbouring key."""
    if len(typed) != len(known):
        return False
    changed = [(a, b) for a, b in zip(typed, known, strict=True) if a != b]
    return len(changed) == 1 and changed[0][0] in _NEIGHBOURS.get(changed[0][1], ())


class _Speller:
    """Fixes small typos of the lexicon's words; real words stay as they are."""

    def __init__(
        self,
        vocabulary: frozenset[str],
        keep: frozenset[str],
        numbers: frozenset[str],
        answers: frozenset[str] = frozenset(),
    ) -> None:
        self.vocabulary = vocabulary
        self.numbers = numbers
        self.answers = answers
        self.keep = keep
        by_initial: dict[str, list[str]] = {}
        for word in sorted(vocabulary):
            if word.isalpha() and len(word) >= 4:
                by_initial.setdefault(word[0], []).append(word)
        self.by_initial = {k: tuple(v) for k, v in by_initial.items()}
        short: dict[str, list[str]] = {}
        for word in vocabulary:
            if 3 <= len(word) <= 4 and word.isalpha():
                short.setdefault("".join(sorted(word)), []).append(word)
        self.short = short
        four: dict[str, list[str]] = {}
        for word in sorted(vocabulary):
            if len(word) == 4 and word.isalpha():
                four.setdefault(word[0], []).append(word)
        self.four = {k: tuple(v) for k, v in four.items()}

    def fix(self, word: str) -> str:
        if word in self.vocabulary or word in self.keep or not word.isalpha():
            return word
        single = _DOUBLE_RE.sub(r"\1", word)
        if single != word and single in self.vocabulary:
            return single  # "noo", "yess", "numbb"
        doubled = next(
            (
                word[: i + 1] + word[i:]
                for i in range(1, len(word))
                if word[i].isalpha() and word[: i + 1] + word[i:] in self.vocabulary
            ),
            None,
        )
        if doubled is not None and len(word) >= 4:
            return doubled  # a double letter typed once: "chils", "stif", "diarhoea"
        number = self._number(word)
        if number is not None:
            return number
        answer = self._answer_word(word)
        if answer is not None:
            return answer
        if len(word) < 5:
            return self._swapped(word)
        limit = 1 if len(word) < 8 else 2
        found = self._near(word, word, limit)
        if not found and len(word) >= 7:
            # a drug's name spelled as it sounds: "sisplatin", "kapecitabine"
            for initial in _SOUNDS_LIKE.get(word[0], ""):
                found = self._near(initial + word[1:], word, limit)
                if found:
                    break
        if not found:
            return word
        # the closest, then the one of the same length ("thinl" is "think", not "thin"),
        # then the one whose changed letter sits next to the typed key ("think", not "thing")
        known = min(
            found,
            key=lambda f: (f[1], abs(len(f[0]) - len(word)), not _next_key(word, f[0]), f[0]),
        )[0]
        # a word that is a lexicon word plus an ending ("wipes", "numbed") is a real
        # form of it, not a typo; a word cut short ("numbnes") is a typo
        if word.startswith(known):
            return word
        return known

    def _near(self, typed: str, word: str, limit: int) -> list[tuple[str, Any, Any]]:
        bucket = self.by_initial.get(typed[0])
        if not bucket:
            return []
        found = process.extract(typed, bucket, scorer=OSA.distance, score_cutoff=limit, limit=None)
        return list(found)

    def _number(self, word: str) -> str | None:
        """A typo of a number word ("fiev", "sux", "thre"): one edit, same first letter."""
        if len(word) < 3:
            return None
        fits = [n for n in self.numbers if n[0] == word[0] and OSA.distance(word, n) == 1]
        return fits[0] if len(fits) == 1 else None

    def _answer_word(self, word: str) -> str | None:
        """A short typo of an answer word ("nver", "nopw", "yesh"): one edit, one fit."""
        if not 3 <= len(word) <= 6:
            return None
        fits = [a for a in self.answers if a[0] == word[0] and OSA.distance(word, a) == 1]
        return fits[0] if len(fits) == 1 else None

    def _swapped(self, word: str) -> str:
        """A short word with two letters swapped ("yse", "nmub"), when only one word fits;
        a four-letter one with a letter left out ("fevr", "stif") or hit on the next key
        ("knoe"), when only one lexicon word of the same first letter fits."""
        if len(word) < 3:
            return word
        key = "".join(sorted(word))
        fits = [w for w in self.short.get(key, ()) if OSA.distance(word, w) == 1]
        if len(fits) == 1:
            return fits[0]
        if len(word) == 4 and not fits:
            near = [
                w
                for w in self.by_initial.get(word[0], ())
                if len(w) == 5 and OSA.distance(word, w) == 1
            ]
            near += [w for w in self.four.get(word[0], ()) if _next_key(word, w)]
            if len(set(near)) == 1:
                return near[0]
        return word


@lru_cache(maxsize=8)
def _tables(language: str) -> tuple[ModuleType, dict[int, str | None], _Speller]:
    lex = lexicon.load(language)
    table: dict[int, str | None] = {ord(c): None for c in _ZERO_WIDTH}
    table.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u02bc\u02bb`\u00b4\u2032"})
    table.update({ord(c): " " for c in '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"*#~'})
    table.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
    table[ord("\u2026")] = "."
    for symbol, words in lex.EMOJI.items():
        if len(symbol) == 1:
            # an emoji is a clause of its own: "👍 all normal" is two answers
            table[ord(symbol)] = (
                f" , {words.strip()} , " if words.strip().startswith(EMOJI_PREFIX) else words
            )
    numbers = frozenset(lex.NUMBER_WORDS)
    answers = frozenset(a for a in lex.ANSWERS if " " not in a and a.isalpha() and len(a) >= 3)
    speller = _Speller(vocabulary(lex) | numbers, frozenset(lex.KEEP_WORDS), numbers, answers)
    return lex, table, speller


def vocabulary(lex: ModuleType) -> frozenset[str]:
    """Every word the lexicon's tables use: the words a typo may be fixed into."""
    words: set[str] = set()

    def add(phrase: str) -> None:
        for word in phrase.replace("{", " ").replace("}", " ").split():
            word = word.rstrip("*?")
            if word.isalpha():
                words.add(word)

    for table in (
        lex.ANSWERS,
        lex.CONSENT,
        lex.MODIFIERS,
        lex.CRISIS,
        lex.EMERGENCIES,
        lex.QUESTIONS,
        lex.NOT_AN_ANSWER,
        lex.DRUGS,
        lex.CANCER_TYPES,
    ):
        for phrase in table:
            add(phrase)
    for phrases in lex.CLASSES.values():
        for phrase in phrases:
            add(phrase)
    for patterns in lex.CONCEPTS.values():
        for phrase in patterns:
            add(phrase.lstrip("@~"))
    for phrases in (
        *lex.TOPICS.values(),
        lex.WORSENING,
        lex.STABLE,
        lex.LONG_TIME,
        lex.SAFE,
        lex.WORRY,
    ):
        for phrase in phrases:
            add(phrase)
    for short, expansion in lex.SHORTHAND.items():
        add(expansion)
        add(short)
    # what dictation writes ("sicks weeks") is undone after the speller: it must not
    # be "fixed" into another word first
    for heard in lex.DICTATED:
        add(" ".join(heard))
    return frozenset(words)


def _squeeze(word: str, known: frozenset[str]) -> str:
    """ "nooooo" -> "no", "weeee" -> "wee", "numbbb" -> "numb"."""
    if not _REPEAT_RE.search(word):
        return word
    double = _REPEAT_RE.sub(r"\1\1", word)
    if double in known:
        return double
    single = _REPEAT_RE.sub(r"\1", word)
    return single if single in known else double


#: Words that say the word before was a slip of the thumb: "deaf sorry dead".
_CORRECTING = frozenset(["sorry", "meant"])


def _corrected(tokens: list[str]) -> list[str]:
    """Keep the patient's correction of a slip ("i was deaf sorry dead", "deaf *dead"):
    the slipped word goes when the next word is a near spelling of it."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if (
            i + 2 < len(tokens)
            and tokens[i + 1] in _CORRECTING
            and word.isalpha()
            and tokens[i + 2].isalpha()
            and len(word) >= 3
            and word != tokens[i + 2]
            and OSA.distance(word, tokens[i + 2]) <= 2
        ):
            i += 2  # the correction stands in for the slip
            continue
        out.append(word)
        i += 1
    return out


def _dictated(tokens: list[str], lex: ModuleType) -> list[str]:
    """Undo speech-to-text's mishearings: "key mo" is "chemo"; "know" that opens a
    message or a clause is "no" ("know its not numb"), but "know what i mean" stays."""
    out: list[str] = []
    i = 0
    longest = max((len(k) for k in lex.DICTATED), default=0)
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 1, -1):
            heard = lex.DICTATED.get(tuple(tokens[i : i + size]))
            if heard is not None:
                out.extend(heard)
                i += size
                break
        else:
            word = tokens[i]
            opens = not out or out[-1] in BOUNDARIES
            goes_on = i + 1 < len(tokens) and tokens[i + 1] in lex.KNOW_GOES_ON
            ends = i + 1 == len(tokens) or tokens[i + 1] in BOUNDARIES
            if word in lex.UNITS_AT_END and ends and out and out[-1] in lex.TENS:
                word = lex.UNITS_AT_END[word]  # "i'm forty to"
            out.append("no" if word == lex.KNOW_AS_NO and opens and not goes_on else word)
            i += 1
    return out


#: Words that say a name was only begun: "anastro-something", "letro whatsit".
_NAME_TAILS = frozenset(["something", "thing", "summat", "whatever", "whatsit", "or other"])
#: The shortest start of a drug's name that is taken for the name.
_NAME_START = 5


def _drug_names(tokens: list[str], lex: ModuleType, known: frozenset[str]) -> list[str]:
    """Drug names split by dictation or a phone's keyboard ("tamoxi fan", "letro zole")
    joined again, and a name begun and left ("anastro-something") finished, when only
    one kind of drug starts that way. Nothing else is joined: the joined words must be
    within a small spelling distance of a name, and a pair of real words must spell it."""
    names = _single_word_drugs(lex)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        word = tokens[i]
        joined: tuple[str, int] | None = None
        for size in (2, 3):
            parts = tokens[i : i + size]
            if len(parts) < size or not all(p.isalpha() for p in parts):
                continue
            candidate = "".join(parts)
            if len(candidate) < 7:
                continue
            name = candidate if candidate in names else None
            if name is None and any(p not in known for p in parts):
                name = _near_drug(candidate, names)
            if name is not None:
                joined = (name, size)
                break
        if joined is not None:
            out.append(joined[0])
            i += joined[1]
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if (
            following in _NAME_TAILS
            and len(word) >= _NAME_START
            and word.isalpha()
            and word not in known  # "a heart monitor thing" is no drug begun
        ):
            started = [n for n in names if n.startswith(word)]
            if started and len({lex.DRUGS[n] for n in started}) == 1:
                out.append(started[0])
                i += 2
                continue
        out.append(word)
        i += 1
    return out


def _near_drug(candidate: str, names: tuple[str, ...]) -> str | None:
    limit = 1 if len(candidate) < 9 else 2 if len(candidate) < 12 else 3
    found = process.extractOne(candidate, names, scorer=OSA.distance, score_cutoff=limit)
    name = "" if found is None else str(found[0])
    if name[:2] != candidate[:2] or name[-1:] != candidate[-1:]:
        return None  # "on tamoxi fan", "exe mestane now": the name is all the words joined
    return name


@lru_cache(maxsize=4)
def _single_word_drugs(lex: ModuleType) -> tuple[str, ...]:
    # names of a treatment, not words for none ("monitoring", "nothing")
    return tuple(
        sorted(n for n in lex.DRUGS if n.isalpha() and len(n) >= 7 and lex.DRUGS[n] != ("none",))
    )


#: How far back, in words of the same clause, a "not" makes a later "nothing" its echo.
_CONCORD_REACH = 3


def _concord(tokens: list[str], echoes: dict[str, str], negators: frozenset[str]) -> list[str]:
    """Negative concord, one negation said twice: "i can not feel nothing" is "i can not feel
    anything" (dialect and many first languages), never "i feel something".

    "not nothing" side by side is left alone: "it is not nothing" does mean something.
    """
    out = list(tokens)
    for i, word in enumerate(tokens):
        echo = echoes.get(word)
        if echo is None or i == 0 or tokens[i - 1] in negators:
            continue
        for j in range(i - 1, max(-1, i - 1 - _CONCORD_REACH), -1):
            if tokens[j] in BOUNDARIES:
                break
            if tokens[j] in negators:
                out[i] = echo
                break
    return out


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "thirty|forty"
_POINT_NUMBER_RE = re.compile(
    rf"\b(?:{_TENS})(?: (?:{_UNITS}))? point (?:{_UNITS}|zero|oh|nought)\b"
)
_DIGIT_OF = {w: str(n) for n, w in enumerate(["zero", *_UNITS.split("|")])} | {
    "oh": "0",
    "nought": "0",
}


def _point_number(match: re.Match[str]) -> str:
    """ "thirty eight point five" as "38.5" (body temperatures: thirty and forty)."""
    words = match.group(0).split()
    tens = {"thirty": 30, "forty": 40}[words[0]]
    units = int(_DIGIT_OF[words[1]]) if words[1] != "point" else 0
    return f"{tens + units}.{_DIGIT_OF[words[-1]]}"


#: "not even a bit"; "didn't even know" (that it happened: the lexicon's own phrase).
_KEEPS_ITS_ADVERB = frozenset(
    ["a", "know", "knew", "realise", "realize", "realised", "realized", "notice", "noticed"]
)


def _negation_adverbs(tokens: list[str], adverbs: frozenset[str]) -> list[str]:
    """ "i don't even get the urge", "i can't rightly tell": an adverb that only stresses
    the negation before it is left out, so the words after read as they do without it.
    Not before the words of :data:`_KEEPS_ITS_ADVERB`."""
    return [
        word
        for i, word in enumerate(tokens)
        if not (
            word in adverbs
            and 0 < i < len(tokens) - 1
            and tokens[i - 1] in ("not", "never")
            and tokens[i + 1] not in BOUNDARIES
            and tokens[i + 1] not in _KEEPS_ITS_ADVERB
        )
    ]


@lru_cache(maxsize=4096)
def normalise(text: str, language: str = "en") -> Words:
    """``text`` as the reading layer sees it (cached)."""
    lex, table, speller = _tables(language)
    raw = text[:MAX_CHARS]
    # "deaf *dead": texting's star marks a correction of the word before
    raw = re.sub(r"(?<=\w) \*(?=\w)", " sorry ", raw)
    cleaned = unicodedata.normalize("NFKC", raw).translate(table).lower()
    if not cleaned.isascii():
        cleaned = "".join(
            c for c in unicodedata.normalize("NFKD", cleaned) if not unicodedata.combining(c)
        )
    # "the big 4-0": a birthday said as its two digits
    cleaned = re.sub(r"\bbig ([1-9]) ?- ?0\b", r"big \g<1>0", cleaned)
    # "rear-ended", "forty-seven": a hyphen inside a word is a space; " - " ends a clause
    cleaned = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", " ", cleaned)
    # "thirty eight point five": a temperature in words is a temperature
    cleaned = _POINT_NUMBER_RE.sub(_point_number, cleaned)
    # "3/52" and "5/7" are weeks and days in clinic shorthand
    cleaned = re.sub(r"\b([0-9]{1,2})/52\b", r"\1 weeks", cleaned)
    cleaned = re.sub(r"\b([0-9])/7\b", r"\1 days", cleaned)
    # "30/52" style numbers and 10/10 keep their slash; other slashes separate words.
    cleaned = re.sub(r"(?<=[0-9]) ?/ ?(?=[0-9])", " out of ", cleaned).replace("/", " ")
    cleaned = cleaned.replace("'", "'")
    tokens: list[str] = []
    pieces = _TOKEN_RE.findall(cleaned)
    for at, piece in enumerate(pieces):
        if piece in _BOUNDARY_OF:
            mark = _BOUNDARY_OF[piece]
            if tokens and tokens[-1] in BOUNDARIES:
                # a question mark is kept over a comma; a sentence end over a comma
                if tokens[-1] == CLAUSE or mark == QUESTION:
                    tokens[-1] = mark
                continue
            if tokens:
                tokens.append(mark)
            continue
        if piece == "_":
            continue
        word = _squeeze(piece, speller.vocabulary)
        expansion = lex.SHORTHAND.get(word)
        if expansion is None and word.endswith("'s") and len(word) > 3:
            # "mum's legs" is about mum; "my weight's the same" says it is the same
            verb = lex.CONTRACTION_AFTER.get(pieces[at + 1]) if at + 1 < len(pieces) else None
            stem = lex.SHORTHAND.get(word[:-2], word[:-2])  # "nothin's changed"
            expansion = stem + (f" {verb}" if verb else "")
        if expansion is None and "'" in word:
            expansion = lex.SHORTHAND.get(word.replace("'", ""), word.replace("'", ""))
        if expansion is not None:
            tokens.extend(expansion.split())
            continue
        fixed = speller.fix(word)
        expansion = lex.SHORTHAND.get(fixed) if fixed != word else None
        tokens.extend(expansion.split() if expansion is not None else [fixed])
    tokens = _drug_names(_dictated(tokens, lex), lex, speller.vocabulary)
    tokens = _concord(_corrected(tokens), lex.NEGATIVE_CONCORD, lex.CONCORD_NEGATORS)
    tokens = _negation_adverbs(tokens, lex.NEGATION_ADVERBS)
    while tokens and tokens[-1] in (SENTENCE, CLAUSE):
        tokens.pop()
    has_letters = any(c.isalnum() for c in raw)
    return Words(tuple(tokens), "?" in raw or "\u2753" in raw, not has_letters)

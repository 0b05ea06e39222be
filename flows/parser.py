"""Read a patient's typed answer to the question about one fact (SPEC sections 2 and 5).

The only public function is :func:`parse_answer`. It turns everyday, messy, typo'd
patient English ("yeah a bit", "nope", "paclitaxal every 3 weeks", "since Tuesday",
"8/10") into the canonical value of a :class:`~flows.facts.Fact` (see the
:mod:`flows.facts` module docstring), :data:`~flows.facts.UNSURE`, or ``None`` when
the text cannot be read as an answer (the bot then asks again with an example).

Design:

* Pure: no I/O and no global state beyond lookup tables built once at import and a
  bounded cache of fuzzy spelling corrections. ``dateparser`` is imported lazily and
  only for date-like duration answers ("since 3 March").
* Never raises on any ``str``: the text is cut to :data:`MAX_CHARS`, normalised
  (NFKC, accents and zero-width characters removed, curly quotes straightened,
  apostrophes dropped, lower case) and then read with regular expressions and
  dictionary look-ups only.
* Small typos are corrected per word with the optimal string alignment distance
  (``rapidfuzz``), against the vocabulary of the fact being read only: one edit
  for words of 5 to 7 letters, two for 8 or more, only a swap of two letters for
  shorter words, and the first letter must match.
* Bool answers: the first clause that says yes, no or "not sure" decides
  ("no, but it's a bit numb" is ``False``; red-flag phrases are another module's
  job). Negations in the middle of a description ("I have no feeling in my foot")
  are not read as "no": such text gives ``None`` rather than a wrong ``False``.
"""

from __future__ import annotations

import datetime
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from text_to_num import alpha2digit

from flows.facts import FACTS, UNSURE, Fact, Kind

__all__ = ["MAX_CHARS", "parse_answer"]

#: Only the start of a longer message is read; answers are short.
MAX_CHARS = 400

# --------------------------------------------------------------------------------------
# Text preparation
# --------------------------------------------------------------------------------------

_ZERO_WIDTH = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufe0e\ufe0f\ufeff"
)
_CHAR_MAP: dict[int, str | None] = {ord(c): None for c in _ZERO_WIDTH}
_CHAR_MAP.update({ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u02bc\u02bb`\u00b4\u2032"})
_CHAR_MAP.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_CHAR_MAP.update({ord(c): " yes " for c in "\U0001f44d\u2705\u2714\u2611\U0001f44c"})
_CHAR_MAP.update({ord(c): " no " for c in "\U0001f44e\u274c\u2716\u274e\U0001f6ab"})
_CHAR_MAP.update({ord(c): " not sure " for c in "\U0001f937\U0001f914"})
_CHAR_MAP.update({ord(c): " ? " for c in "\u2753\u2754\u00bf"})
_CHAR_MAP[ord("_")] = " "
_CHAR_MAP[ord("\u00bd")] = " and a half "

_APOSTROPHE_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z]+|[0-9]+")
_ALNUM_RE = re.compile(r"[a-z0-9]")
_CLAUSE_SPLIT_RE = re.compile(
    r"[,;!:?\n()]+|(?<![0-9])\.|\.(?![0-9])|\s-\s|\b(?:but|though|although|however)\b"
)


def _prepare(text: str) -> str:
    """Normalise ``text``: NFKC, no accents or zero-width characters, lower case.

    Apostrophes inside words are dropped ("don't" -> "dont"), letters repeated
    three or more times are squeezed ("yesss" -> "yes") and white space collapsed.
    """
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS]).translate(_CHAR_MAP).casefold()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = _APOSTROPHE_RE.sub("", text)
    text = _REPEAT_RE.sub(r"\1", text)
    return _SPACE_RE.sub(" ", text).strip()


def _words(text: str) -> list[str]:
    """The words and digit runs of prepared text."""
    return _WORD_RE.findall(text)


def _padded(words: Iterable[str]) -> str:
    """Words joined with single spaces and padded, for ``" phrase " in s`` tests."""
    return " " + " ".join(words) + " "


def _trie_pattern(phrases: Iterable[str]) -> str:
    """A regular expression matching any of ``phrases``, factored as a trie (fast)."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _pad_all(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern finding any of ``phrases`` as whole words in ``_padded`` text."""
    return re.compile(" (?:" + _trie_pattern(phrases) + ") ")


def _has_any(padded: str, phrases: re.Pattern[str]) -> bool:
    """Whether any phrase of the pattern ``phrases`` occurs in ``padded`` text."""
    return phrases.search(padded) is not None


def _to_digits(text: str) -> str:
    """Number words as digits ("sixty-seven" -> "67", "one" -> "1")."""
    try:
        return alpha2digit(text, "en", threshold=0)
    except Exception:  # a third-party parser: never let it break a conversation
        return text


# --------------------------------------------------------------------------------------
# Vocabularies with typo tolerance
# --------------------------------------------------------------------------------------

_DOUBLE_RE = re.compile(r"([a-z])\1+")

#: Everyday words one edit away from a vocabulary word, never "corrected".
_NEVER_CORRECT = frozenset(
    {
        "month", "months", "lived", "lives", "lover", "liner", "breath", "bread", "carbs",
        "cargo", "total", "ratio", "nurse", "worse", "horse", "sore", "some", "same",
        "seven", "never", "fever", "wheels", "weeks", "since", "often", "after", "other",
        "three", "there", "these", "those", "where", "cancer", "bones", "scans", "nausea",
        "hours", "house", "noted", "notice", "nothing", "things", "think", "thing",
        "helps", "helped", "colour", "radios", "chest", "cheap", "tablet", "tablets",
    }
)  # fmt: skip


def _squash(word: str) -> str:
    """A word with doubled letters single ("yess" -> "yes", "bladder" -> "blader")."""
    return _DOUBLE_RE.sub(r"\1", word)


class _Lexicon:
    """A set of known words that corrects small typos of them."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words: frozenset[str] = frozenset(words)
        squashed: dict[str, str | None] = {}
        for word in self.words:
            key = _squash(word)
            squashed[key] = word if squashed.get(key, word) == word else None
        self.squashed: dict[str, str] = {k: v for k, v in squashed.items() if v}
        by_initial: dict[str, list[str]] = {}
        for word in sorted(self.words):
            if word.isalpha():
                by_initial.setdefault(word[0], []).append(word)
        self.by_initial: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in by_initial.items()}

    def correct(self, word: str) -> str:
        """``word`` itself, or the known word it is a small typo of."""
        if word in self.words or len(word) < 3 or not word.isalpha():
            return word
        if word in _NEVER_CORRECT:
            return word
        return _fuzzy(self, word)

    def correct_all(self, words: Iterable[str]) -> list[str]:
        """Every word corrected."""
        return [self.correct(w) for w in words]


def _typo_ok(word: str, known: str, distance: float) -> bool:
    """Whether ``word`` is close enough to ``known`` to be read as it."""
    shortest = min(len(word), len(known))
    if shortest <= 4:
        return distance == 1 and sorted(word) == sorted(known)
    return distance <= (1 if shortest < 8 else 2)


@lru_cache(maxsize=8192)
def _fuzzy(lexicon: _Lexicon, word: str) -> str:
    """The known word ``word`` is a typo of, or ``word`` (cached per lexicon)."""
    squashed = lexicon.squashed.get(_squash(word))
    if squashed is not None:
        return squashed
    bucket = lexicon.by_initial.get(word[0])
    if not bucket:
        return word
    for known, distance, _ in process.extract(
        word, bucket, scorer=OSA.distance, score_cutoff=2, limit=None
    ):
        if _typo_ok(word, known, distance):
            return known
    return word


# --------------------------------------------------------------------------------------
# "Not sure"
# --------------------------------------------------------------------------------------

_UNSURE_PHRASES = _pad_all(
    (
        "not sure", "unsure", "not so sure", "not too sure", "dunno", "dont know",
        "do not know", "dont no", "didnt know", "idk", "no idea", "cant remember",
        "cannot remember", "can not remember", "dont remember", "do not remember",
        "cant recall", "dont recall", "not certain", "uncertain", "no clue", "not a clue",
        "havent a clue", "not that i know", "not that im aware", "not as far as i know",
        "not that ive been told", "not to my knowledge", "hard to say", "hard to tell",
        "difficult to say", "cant say", "cannot say", "cant tell", "cannot tell",
        "who knows", "unclear", "i forget", "forgot", "not clear", "unknown",
        "no one told me", "nobody told me", "havent been told", "not been told",
        "never been told", "never told", "ns", "dk", "dont knw", "dont kno", "not shure",
        "unshure", "dont kow",
    )
)  # fmt: skip
_WEAK_UNSURE_PHRASES = _pad_all(
    ("maybe", "perhaps", "possibly", "might", "could be", "might be", "mayb", "not sure")
)
_UNSURE_WORDS = (
    "sure", "unsure", "know", "idea", "remember", "recall", "certain", "uncertain", "clue",
    "dunno", "maybe", "perhaps", "possibly", "forgot", "forget", "told",
)  # fmt: skip


_NOT_QUITE_SURE_RE = re.compile(r" not (?:[a-z0-9]+ ){0,2}(?:sure|certain) ")


def _is_unsure(padded: str, weak: bool = False) -> bool:
    """Whether padded words say "not sure" (and, with ``weak``, "maybe")."""
    if _has_any(padded, _UNSURE_PHRASES) or _NOT_QUITE_SURE_RE.search(padded):
        return True
    return weak and _has_any(padded, _WEAK_UNSURE_PHRASES)


def _says_unsure(text: str) -> bool:
    """Whether prepared ``text`` says "not sure" or "maybe", small typos allowed."""
    return _is_unsure(_padded(_BOOL_LEXICON.correct_all(_words(text))), weak=True)


def _only_punctuation(prepared: str) -> Any | None:
    """UNSURE for a bare "?", else None; for text without letters or digits."""
    return UNSURE if "?" in prepared else None


# --------------------------------------------------------------------------------------
# Yes / no
# --------------------------------------------------------------------------------------

_YES_WORDS = frozenset(
    {
        "yes", "yeah", "yea", "yeh", "yah", "ya", "yep", "yup", "ye", "yas", "aye", "y",
        "yesyes", "sure", "definitely", "absolutely", "certainly", "correct", "true",
        "indeed", "affirmative", "sometimes", "occasionally", "often", "always",
        "constantly", "frequently", "usually", "mostly", "slightly", "somewhat", "probably",
        "totally", "loads", "lots", "regularly", "yess", "yesh", "yus", "si", "ja", "oui", "ofc",
    }
)  # fmt: skip
_NO_WORDS = frozenset(
    {
        "no", "nope", "nah", "naw", "nay", "n", "never", "none", "nothing", "not",
        "negative", "false", "nada", "nil", "nowt", "neither", "nein", "non", "nop",
    }
)  # fmt: skip
_YES_INSIDE = frozenset(_YES_WORDS - {"y", "ye", "ya", "si", "ja", "oui", "correct", "true"})
_FILLERS = (
    "um", "umm", "erm", "er", "uh", "uhh", "hmm", "hm", "mm", "well", "oh", "ah", "so", "ok",
    "okay", "honestly", "actually", "tbh", "haha", "lol", "hi", "hello", "sorry", "ahh", "ohh",
    "hey", "yeah", "right", "i think", "i would say", "id say", "to be honest", "i guess",
    "i suppose", "i believe",
)  # fmt: skip
_INTENSIFIER_NOT = _pad_all(
    f"{a} {b}"
    for a in ("definitely", "absolutely", "certainly", "probably", "really", "course", "sure")
    for b in ("not", "no", "never")
)
_SO_NO = _pad_all(
    ("dont think so", "do not think so", "dont believe so", "doubt it", "dont reckon", "hope not")
)
_SO_YES = _pad_all(("think so", "believe so", "guess so", "suppose so", "reckon so", "afraid so"))
_NEG_AFTER_SUBJECT = frozenset({"no", "not", "never", "none", "nothing", "dont", "didnt"})
_SUBJECT_NO_START = (
    "i dont", "i do not", "i havent", "i have not", "i didnt", "i did not", "im not",
    "i am not", "i wasnt", "i was not", "i never", "ive never", "i have never", "dont",
    "havent", "didnt", "i aint", "aint", "i hadnt",
)  # fmt: skip
_YES_START = (
    "i do", "i have", "ive", "i did", "i am", "they do", "it does", "a bit", "a little",
    "a lot", "kind of", "kinda", "sort of", "sorta", "of course", "for sure", "very much",
    "quite a bit", "a fair bit", "every now", "now and then", "on and off", "there is",
    "theres",
)  # fmt: skip
_FILLER_RE = re.compile("^(?: (?:" + _trie_pattern(_FILLERS) + "))+(?= )")
_NO_START_RE = re.compile(
    "^ (?:" + _trie_pattern(_SUBJECT_NO_START + tuple(sorted(_NO_WORDS))) + ") "
)
_YES_START_RE = re.compile("^ (?:" + _trie_pattern(_YES_START) + ") ")
_YES_PHRASES_INSIDE = _pad_all(("a bit", "a little", "a lot", "kind of", "sort of", "kinda"))
_BOOL_LEXICON = _Lexicon(
    _YES_WORDS
    | _NO_WORDS
    | frozenset(_UNSURE_WORDS)
    | {"nothing", "little", "think", "believe", "course", "really"}
)


def _strip_fillers(padded: str) -> str:
    """Padded text without leading fillers ("um", "well", "I think"), never emptied."""
    match = _FILLER_RE.match(padded)
    if match is None or match.end() >= len(padded) - 1:
        return padded
    return padded[match.end() :]


def _clause_yes_no(words: list[str]) -> Any | None:
    """True, False, UNSURE or None for one clause (words already typo-corrected)."""
    if not words:
        return None
    padded = _padded(words)
    if _is_unsure(padded, weak=True):
        return UNSURE
    if _has_any(padded, _INTENSIFIER_NOT) or _has_any(padded, _SO_NO):
        return False
    if _has_any(padded, _SO_YES):
        return True
    core = _strip_fillers(padded)
    if _NO_START_RE.match(core):
        return False
    if core.split(None, 1)[0] in _YES_WORDS:
        return True
    match = _YES_START_RE.match(core)
    if match is not None:
        if any(w in _NEG_AFTER_SUBJECT for w in core[match.end() :].split()[:2]):
            return None  # "I have no feeling in my foot": a description, not a "no"
        return True
    if words[0] in _YES_WORDS:  # a filler that is itself a yes: "yeah"
        return True
    if any(w in _YES_INSIDE for w in core.split()) or _has_any(padded, _YES_PHRASES_INSIDE):
        return True
    return None


def _clauses(prepared: str) -> list[list[str]]:
    """The clauses of prepared text as word lists (empty clauses dropped)."""
    result = []
    for part in _CLAUSE_SPLIT_RE.split(prepared):
        words = _words(part)
        if words:
            result.append(words)
    return result


def _yes_no(prepared: str, lexicon: _Lexicon = _BOOL_LEXICON) -> Any | None:
    """The first clause that is a clear yes / no / not sure decides."""
    for words in _clauses(prepared):
        decision = _clause_yes_no(lexicon.correct_all(words))
        if decision is not None:
            return decision
    return None


_ALL_CLEAR = _pad_all(
    (
        "all good",
        "all fine",
        "all ok",
        "all okay",
        "im fine",
        "its fine",
        "thats fine",
        "no problems",
        "no problem",
        "no issues",
        "nothing wrong",
        "all normal",
        "everything normal",
        "everything is normal",
        "everything fine",
        "everythings fine",
    )
)
_NOT_MEASURED = _pad_all(
    (
        "havent checked",
        "not checked",
        "didnt check",
        "no thermometer",
        "havent measured",
        "not measured",
        "didnt measure",
        "havent taken my temperature",
        "didnt take my temperature",
        "no way to check",
        "cant check",
    )
)


def _parse_bool(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """A yes/no answer: True, False, UNSURE or None."""
    padded = _padded(_words(prepared))
    if _has_any(padded, _NOT_MEASURED):
        return UNSURE
    if _has_any(padded, _ALL_CLEAR) and " but " not in padded:
        return False
    return _yes_no(prepared)


_NOT_TRIED = _pad_all(
    (
        "havent tried",
        "not tried",
        "didnt try",
        "dont take",
        "nothing yet",
        "not taken",
        "havent taken",
        "no painkillers",
        "not yet",
        "never tried",
        "havent had any",
    )
)
_TRIED = _pad_all(
    (
        "paracetamol",
        "ibuprofen",
        "nurofen",
        "naproxen",
        "aspirin",
        "co codamol",
        "cocodamol",
        "codeine",
        "painkillers",
        "painkiller",
        "tablets",
        "pills",
        "tried",
        "taking",
        "took",
        "nothing works",
        "nothing helps",
        "nothing touches",
        "doesnt touch",
        "didnt help",
        "dont help",
        "doesnt help",
        "dont work",
        "didnt work",
        "no help",
        "none work",
        "none of them",
    )
)


def _parse_painkillers_tried(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Naming a painkiller, or saying they did not help, means they were tried."""
    padded = _padded(_words(prepared))
    if _has_any(padded, _NOT_TRIED):
        return False
    answer = _parse_bool(fact, prepared, today)
    if answer in (False, None) and _has_any(padded, _TRIED):
        return True
    return answer


_UNCHANGED = _pad_all(
    (
        "same",
        "no change",
        "not changed",
        "unchanged",
        "hasnt changed",
        "havent changed",
        "no different",
        "not any different",
        "no worse",
        "not worse",
    )
)
_CHANGED = _pad_all(
    ("changed", "worse", "different", "new", "spread", "moved", "spreading", "getting bad")
)
_TEAM_KNOWS = _pad_all(("know", "knows", "told", "aware", "mentioned", "checked", "seen"))


def _parse_team_aware(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Aware counts only if the pain has not changed since the team checked it."""
    padded = _padded(_words(prepared))
    remainder = _UNCHANGED.sub(" ", padded)
    if _has_any(remainder, _CHANGED):
        return False
    if _has_any(padded, _UNCHANGED) and _has_any(padded, _TEAM_KNOWS):
        return True
    answer = _parse_bool(fact, prepared, today)
    if answer is not None:
        return answer
    if _has_any(padded, _UNCHANGED) or _has_any(padded, _TEAM_KNOWS):
        return True
    return None


_ONE_SIDE = _pad_all(
    (
        "just the one",
        "only the one",
        "just one",
        "only one",
        "one leg",
        "one side",
        "just my left",
        "just my right",
        "only my left",
        "only my right",
        "just the left",
        "just the right",
        "only the left",
        "only the right",
        "left only",
        "right only",
        "left one",
        "right one",
        "just left",
        "just right",
        "only left",
        "only right",
        "left leg only",
        "right leg only",
        "just the left leg",
        "just the right leg",
    )
)


def _parse_both_legs(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """ "Only my left" answers "both legs?" with no."""
    padded = _padded(_words(prepared))
    answer = _parse_bool(fact, prepared, today)
    if answer is None and _has_any(padded, _ONE_SIDE) and " both " not in padded:
        return False
    return answer


# --------------------------------------------------------------------------------------
# Enums
# --------------------------------------------------------------------------------------

_NEGATORS = frozenset(
    {"not", "no", "never", "isnt", "hasnt", "wasnt", "doesnt", "didnt", "arent", "aint", "nt"}
)


def _negated(words: list[str], index: int, window: int = 3) -> bool:
    """Whether one of the ``window`` words before ``words[index]`` negates it."""
    return any(w in _NEGATORS for w in words[max(0, index - window) : index])


def _find_unnegated(words: list[str], targets: frozenset[str], window: int = 3) -> bool:
    """Whether a word of ``targets`` occurs in ``words`` without a negation before it."""
    return any(w in targets and not _negated(words, i, window) for i, w in enumerate(words))


def _value_name(fact: Fact, prepared: str) -> str | None:
    """The fact value whose name is the whole answer ("not helped" -> "not_helped")."""
    return _VALUE_NAMES.get(fact.id, {}).get(" ".join(_words(prepared)))


# leg_weakness -------------------------------------------------------------------------

_WORSE_WORDS = frozenset(
    {
        "worse", "worsening", "weaker", "deteriorating", "deteriorated", "progressing",
        "worsened", "downhill", "quickly", "rapidly", "weakening", "worser",
    }
)  # fmt: skip
_WORSE_PHRASES = _pad_all(
    (
        "more and more", "getting weak", "every day", "each day", "by the day", "by the hour",
        "day by day", "going weak", "gone weaker", "more weak", "spreading",
    )
)  # fmt: skip
_STABLE_PHRASES = _pad_all(
    (
        "same", "stable", "steady", "unchanged", "not changing", "not changed", "hasnt changed",
        "has not changed", "no change", "no changes", "not changed", "stays the same",
        "constant", "no worse", "not worse", "not getting worse", "isnt getting worse",
        "hasnt got worse", "hasnt gotten worse", "not got worse", "settled", "static",
        "about the same", "not any worse", "hasnt got any worse", "not progressing",
    )
)  # fmt: skip
_NO_WEAKNESS_PHRASES = _pad_all(
    (
        "not weak", "no weakness", "fine", "normal", "strong", "all good", "ok", "okay",
        "nothing", "no problem", "no problems", "not really", "work fine", "are good",
    )
)  # fmt: skip
_SOME_WEAKNESS = frozenset({"weak", "weakness", "bit", "little", "slightly", "some", "wobbly"})
_WEAKNESS_LEXICON = _Lexicon(
    _BOOL_LEXICON.words
    | _WORSE_WORDS
    | _SOME_WEAKNESS
    | {"stable", "steady", "unchanged", "changing", "constant", "normal", "strong", "getting"}
)


def _parse_leg_weakness(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """none / stable / worsening; "getting worse" anywhere wins (the safer reading)."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    words = _WEAKNESS_LEXICON.correct_all(_words(prepared))
    padded = _padded(words)
    if _has_any(padded, _STABLE_PHRASES):
        return "stable"
    if _find_unnegated(words, _WORSE_WORDS) or _has_any(padded, _WORSE_PHRASES):
        return "worsening"
    decision = _yes_no(prepared, _WEAKNESS_LEXICON)
    if decision == UNSURE:
        return UNSURE
    if _has_any(padded, _NO_WEAKNESS_PHRASES):
        return "none"
    if decision is True:
        return "stable"
    if decision is False:
        return "none"
    if _find_unnegated(words, _SOME_WEAKNESS):
        return "stable"
    return None


# cancer_history -----------------------------------------------------------------------

_HISTORY_NOT_NOW = _pad_all(
    (
        "not now", "no longer", "not anymore", "not any more", "not currently",
        "not at the moment", "not at present", "not right now", "not these days",
        "finished", "completed", "remission", "all clear", "cured", "cancer free",
        "in the clear", "clear now", "gone now", "got rid",
    )
)  # fmt: skip
_HISTORY_STILL = _pad_all(
    (
        "not in remission", "out of remission", "came back", "come back", "returned",
        "recurrence", "relapse", "relapsed", "back again", "still on", "still having",
        "still have", "still got", "now on", "currently on", "but on", "on hormone",
        "hormone tablets", "hormone therapy", "on letrozole", "on anastrozole", "on tamoxifen",
        "on exemestane", "on zoladex", "on tablets",
    )
)  # fmt: skip
_HISTORY_NONE = _pad_all(
    (
        "never", "none", "no cancer", "not had", "havent had", "have not had", "nope",
        "nah", "not me", "no never", "no history", "no i havent", "hasnt", "no not",
    )
)  # fmt: skip
_HISTORY_ACTIVE = _pad_all(
    (
        "currently", "current", "at the moment", "right now", "at present", "ongoing", "still",
        "on chemo", "on treatment", "on chemotherapy", "on radiotherapy", "on immunotherapy",
        "having treatment", "having chemo", "having radiotherapy", "having radiation",
        "undergoing", "living with", "being treated", "getting treatment", "getting chemo",
        "under treatment", "in treatment", "receiving", "active", "metastatic", "stage 4",
        "stage four", "stage iv", "advanced", "terminal", "palliative", "incurable",
        "secondary", "secondaries", "spread", "just diagnosed", "recently diagnosed",
        "newly diagnosed", "waiting for treatment", "starting treatment", "starting chemo",
        "these days", "on it", "on tablets", "still on", "have cancer", "got cancer",
        "im having", "i am having", "i have it", "yes i have", "have it now", "treatment now",
        "chemo now",
    )
)  # fmt: skip
_HISTORY_PAST = _pad_all(
    (
        "past", "in the past", "had it", "had cancer", "have had", "ive had", "i had",
        "years ago", "ago", "remission", "finished", "all clear", "treated", "survivor",
        "used to", "previously", "before", "cured", "gone", "in the clear", "had",
        "previous", "history", "back in", "long time", "completed", "former",
    )
)  # fmt: skip
_HISTORY_AGO = _pad_all(("ago", "remission"))
_HISTORY_ACTIVE_WEAK = _pad_all(
    ("now", "have", "got", "yes", "living", "having", "on", "diagnosed", "i do")
)
_HISTORY_LEXICON = _Lexicon(
    _BOOL_LEXICON.words
    | {
        "currently", "current", "remission", "finished", "treated", "survivor", "previously",
        "cured", "active", "past", "ongoing", "undergoing", "treatment", "chemo",
        "diagnosed", "metastatic", "secondary", "palliative", "completed", "hormone",
    }
)  # fmt: skip


def _parse_cancer_history(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """none / active / past. Anything current (including hormone tablets) is active."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    words = _HISTORY_LEXICON.correct_all(_words(prepared))
    padded = _padded(words)
    first = _yes_no(prepared, _HISTORY_LEXICON)
    if first == UNSURE and not (
        _has_any(padded, _HISTORY_PAST) or _has_any(padded, _HISTORY_ACTIVE)
    ):
        return UNSURE
    if _has_any(padded, _HISTORY_STILL):
        return "active"
    if _has_any(padded, _HISTORY_NOT_NOW):
        return "past"
    if _has_any(padded, _HISTORY_NONE) and not _has_any(padded, _HISTORY_AGO):
        return "none"
    if _has_any(padded, _HISTORY_ACTIVE):
        return "active"
    if _has_any(padded, _HISTORY_PAST):
        return "past"
    if first is False:
        return "none"
    if first is True or _has_any(padded, _HISTORY_ACTIVE_WEAK):
        return "active"
    return UNSURE if first == UNSURE else None


# cancer_type --------------------------------------------------------------------------

_CANCER_TYPE_WORDS: dict[str, str] = {}
for _value, _names in {
    "breast": "breast breasts boob boobs dcis lobular ductal mammary",
    "prostate": "prostate prostrate prostat prostates",
    "lung": "lung lungs nsclc sclc pulmonary bronchial",
    "kidney": "kidney kidneys renal rcc",
    "thyroid": "thyroid thyriod",
    "myeloma": "myeloma myleoma mieloma myloma",
    "colorectal": "bowel bowels bowl colon colonic rectal rectum colorectal sigmoid crc",
    "gastric": "stomach gastric",
    "gynaecological": (
        "ovarian ovary ovaries cervical cervix womb uterine uterus endometrial endometrium "
        "vulval vulva vulvar vaginal vagina gynaecological gynecological gynae gyne gynaecology "
        "gynecology fallopian"
    ),
    "other": (
        "lymphoma lymphomas hodgkin hodgkins leukaemia leukemia melanoma skin pancreas "
        "pancreatic bladder liver brain sarcoma testicular testis testicle oesophageal "
        "esophageal oesophagus esophagus throat mouth tongue larynx laryngeal tonsil tonsils "
        "other else different mesothelioma neuroendocrine adrenal gallbladder cholangiocarcinoma "
        "glioma glioblastoma bile anal anus penile eye blood nasal sinus salivary"
    ),
}.items():
    for _name in _names.split():
        _CANCER_TYPE_WORDS[_name] = _value
_CANCER_TYPE_PHRASES = {
    " head and neck ": "other",
    " something else ": "other",
    " unknown primary ": "other",
    " multiple myeloma ": "myeloma",
    " small cell ": "lung",
    " large bowel ": "colorectal",
    " back passage ": "colorectal",
    " plasma cell ": "myeloma",
}
_CANCER_TYPE_LEXICON = _Lexicon(_CANCER_TYPE_WORDS)


def _parse_cancer_type(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """The primary cancer: the first specific type named, else ``other``."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    words = _CANCER_TYPE_LEXICON.correct_all(_words(prepared))
    padded = _padded(words)
    found: list[tuple[int, str]] = []
    for phrase, value in _CANCER_TYPE_PHRASES.items():
        at = padded.find(phrase)
        if at >= 0:
            found.append((padded.count(" ", 0, at), value))
    for i, word in enumerate(words):
        value = _CANCER_TYPE_WORDS.get(word)
        if value is not None and not (word in {"else", "different"} and i == 0):
            found.append((i, value))
    found.sort()
    specific = [v for _, v in found if v != "other"]
    if specific:
        return specific[0]
    if found:
        return "other"
    if _says_unsure(prepared):
        return UNSURE
    return None


# bone_mets ----------------------------------------------------------------------------

_BONE_WAIT = _pad_all(
    (
        "waiting", "results", "they think", "being checked", "checking", "investigating",
        "being investigated", "scan next", "having scans", "might have", "could have",
        "suspect", "suspected", "possible", "query",
    )
)  # fmt: skip
_BONE_NO = _pad_all(
    (
        "not spread", "hasnt spread", "has not spread", "no spread", "not in the bone",
        "not in the bones", "not in my bones", "not in my bone", "not to the bone",
        "not to the bones", "not to my bones", "no mets", "no bone", "no secondaries",
        "not metastatic", "hasnt gone", "not gone", "contained", "localised", "localized",
        "didnt spread", "did not spread", "never spread", "clear", "not in my spine",
        "not in the spine",
    )
)  # fmt: skip
_BONE_YES = frozenset(
    {
        "bone", "bones", "spine", "spinal", "vertebra", "vertebrae", "hip", "hips", "pelvis",
        "pelvic", "rib", "ribs", "skeleton", "skull", "femur", "sacrum", "mets", "metastases",
        "metastasis", "metastatic", "secondaries", "secondary", "spread", "spreading",
        "sternum", "shoulder", "thigh",
    }
)  # fmt: skip
_BONE_PLACES = frozenset(
    _BONE_YES
    - {
        "mets",
        "metastases",
        "metastasis",
        "metastatic",
        "secondaries",
        "secondary",
        "spread",
        "spreading",
    }
)
_OTHER_ORGANS = frozenset(
    {"liver", "lung", "lungs", "brain", "lymph", "nodes", "node", "skin", "adrenal", "peritoneum"}
)
_BONE_LEXICON = _Lexicon(_BOOL_LEXICON.words | _BONE_YES | _OTHER_ORGANS)


def _parse_bone_mets(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """yes / no: has the patient been told the cancer spread to bones or spine."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    words = _BONE_LEXICON.correct_all(_words(prepared))
    padded = _padded(words)
    decision = _yes_no(prepared, _BONE_LEXICON)
    if decision == UNSURE or _has_any(padded, _BONE_WAIT):
        return UNSURE
    if decision is True:
        return "yes"
    if decision is False or _has_any(padded, _BONE_NO):
        return "no"
    if not _find_unnegated(words, _BONE_YES):
        return None
    if any(w in _OTHER_ORGANS for w in words) and not any(w in _BONE_PLACES for w in words):
        return None  # spread, but to somewhere else: the bones are still unknown
    return "yes"


# had_physio ---------------------------------------------------------------------------

_HELP_WORDS = (
    "help", "helped", "helping", "helps", "work", "worked", "working", "works", "better",
    "difference", "improve", "improved", "improvement", "use", "useful", "good", "benefit",
    "anything", "much", "effect", "change",
)  # fmt: skip
_NOT_HELPED = _pad_all(
    (
        "no difference", "no change", "no better", "no help", "no use", "no good",
        "no improvement", "no effect", "no benefit", "made it worse", "worse", "useless",
        "waste of time", "pointless", "not much", "not helpful", "unhelpful", "did nothing",
        "nothing changed", "not helped", "not really helped", "didnt really help",
        "helped nothing", "not effective", "ineffective", "didnt do much", "didnt do a thing",
        "not a lot", "no relief", "same as before",
        *(
            f"{neg} {help_word}"
            for neg in (
                "didnt", "did not", "doesnt", "does not", "hasnt", "has not", "not", "never",
                "wasnt", "was not", "dont", "havent", "not really", "didnt really", "no real",
                "not made", "didnt make", "didnt make any", "didnt make much", "didnt do",
                "didnt seem to", "doesnt seem to", "never really", "not any", "wasnt any",
            )
            for help_word in _HELP_WORDS
        ),
    )
)  # fmt: skip
_HELPED = _pad_all(
    (
        "helped", "help", "helps", "helpful", "helping", "worked", "works", "better",
        "improved", "improvement", "useful", "good", "a lot", "great", "it did", "benefit",
        "relief", "easier", "eased",
    )
)  # fmt: skip
_PHYSIO_NONE = _pad_all(
    (
        "no", "never", "none", "havent", "have not", "not had", "not yet", "waiting",
        "nope", "nah", "not been", "didnt have", "did not have", "not done", "no physio",
        "not seen", "never had", "never been", "waiting list", "referred", "no i havent",
    )
)  # fmt: skip
_PHYSIO_LEXICON = _Lexicon(
    _BOOL_LEXICON.words
    | {"helped", "helpful", "worked", "better", "improved", "useful", "useless", "difference"}
)


def _parse_had_physio(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """none / helped / not_helped; a bare "yes" says neither and gives None."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    words = _PHYSIO_LEXICON.correct_all(_words(prepared))
    padded = _padded(words)
    if _has_any(padded, _NOT_HELPED):
        return "not_helped"
    decision = _yes_no(prepared, _PHYSIO_LEXICON)
    if decision == UNSURE:
        return UNSURE
    if _has_any(padded, _HELPED):
        return "helped"
    if padded.strip() == "not really":
        return None  # "not really" had physio, or "not really" helped: ask again
    if decision is False or _has_any(padded, _PHYSIO_NONE):
        return "none"
    return None


# Generic enums (any other enum fact) ----------------------------------------------------


def _parse_enum(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """An enum without special synonyms: value names, plus yes/no for yes/no values."""
    named = _value_name(fact, prepared)
    if named is not None:
        return named
    decision = _yes_no(prepared)
    if decision == UNSURE:
        return UNSURE
    if decision is not None and {"yes", "no"} <= set(fact.values):
        return "yes" if decision else "no"
    return None


# --------------------------------------------------------------------------------------
# Treatment (multi)
# --------------------------------------------------------------------------------------

_DRUG = "drug"
_GENERIC_CHEMO = "generic_chemo"
_HORMONE_DRUG = "hormone_drug"
_GENERIC_HORMONE = "generic_hormone"
_NONE = "none"

_TREATMENT_TABLE: dict[str, tuple[tuple[str, ...], str]] = {}


def _add_treatments(names: str, values: tuple[str, ...], tag: str = _DRUG) -> None:
    """Register space-separated drug ``names`` as ``values`` with ``tag``."""
    for name in names.split():
        _TREATMENT_TABLE[name] = (values, tag)


_add_treatments(
    "paclitaxel taxol abraxane docetaxel taxotere docefrez cabazitaxel jevtana taxane taxanes "
    "paclitaxol",
    ("taxane",),
)
_add_treatments(
    "cisplatin carboplatin oxaliplatin eloxatin platinol paraplatin carbo platinum platin "
    "oxali cisplatinum carboplatinum",
    ("platinum",),
)
_add_treatments("folfox xelox capox folfirinox flot ecx eox", ("platinum", "other_chemo"))
_add_treatments(
    "vincristine vinorelbine vinblastine navelbine oncovin vinca vinflunine vindesine",
    ("vinca",),
)
_add_treatments("chop rchop abvd", ("vinca", "other_chemo"))
_add_treatments("tc", ("taxane", "other_chemo"))
_add_treatments(
    "anastrozole arimidex letrozole femara exemestane aromasin aromatase anastrazole letrazole",
    ("aromatase_inhibitor",),
    _HORMONE_DRUG,
)
_add_treatments("tamoxifen soltamox nolvadex tamox", ("tamoxifen",), _HORMONE_DRUG)
_add_treatments(
    "radiotherapy radiation radiations rads radio radiotherapie irradiation sbrt sabr "
    "brachytherapy cyberknife radiosurgery proton radium radioiodine radiotherapies xrt",
    ("radiotherapy",),
)
_add_treatments(
    "capecitabine xeloda fluorouracil folfiri irinotecan gemcitabine gemzar doxorubicin "
    "adriamycin epirubicin cyclophosphamide ac ec fec trastuzumab herceptin pertuzumab "
    "perjeta phesgo kadcyla enhertu pembrolizumab keytruda nivolumab opdivo ipilimumab "
    "yervoy atezolizumab tecentriq durvalumab imfinzi palbociclib ibrance ribociclib kisqali "
    "abemaciclib verzenio lenalidomide revlimid bortezomib velcade thalidomide daratumumab "
    "methotrexate pemetrexed alimta etoposide bevacizumab avastin cetuximab erbitux rituximab "
    "olaparib lynparza everolimus afinitor sunitinib osimertinib tagrisso imatinib "
    "temozolomide cabozantinib lenvatinib sorafenib regorafenib mitomycin bleomycin "
    "dacarbazine ifosfamide topotecan eribulin halaven tegafur immunotherapy immuno targeted "
    "biological biologics antibody otherchemo pomalidomide carfilzomib sacituzumab trodelvy "
    "alpelisib tucatinib neratinib lapatinib capivasertib",
    ("other_chemo",),
)
_add_treatments(
    "goserelin zoladex leuprorelin leuprolide lupron prostap enzalutamide xtandi abiraterone "
    "zytiga bicalutamide casodex degarelix firmagon apalutamide erleada darolutamide nubeqa "
    "triptorelin decapeptyl fulvestrant faslodex adt",
    ("other_chemo",),
    _HORMONE_DRUG,
)
_add_treatments(
    "chemo chemotherapy kemo chemotherapies chemos infusion infusions",
    ("other_chemo",),
    _GENERIC_CHEMO,
)
_add_treatments(
    "hormone hormones hormonal endocrine antihormone antioestrogen antiestrogen",
    (),
    _GENERIC_HORMONE,
)
_add_treatments("none nothing nil nope nah no nada", ("none",), _NONE)

_TREATMENT_PHRASES: dict[str, str] = {
    "aromatase inhibitors": "aromatase",
    "aromatase inhibitor": "aromatase",
    "aromatase inhib": "aromatase",
    "other chemo": "otherchemo",
    "other chemotherapy": "otherchemo",
    "other_chemo": "otherchemo",
    "targeted therapy": "targeted",
    "targeted therapies": "targeted",
    "targeted drugs": "targeted",
    "radiation therapy": "radiation",
    "radio therapy": "radiotherapy",
    "immune therapy": "immunotherapy",
    "immuno therapy": "immunotherapy",
    "chemo therapy": "chemo",
    "5 fu": "fluorouracil",
    "5fu": "fluorouracil",
    "5-fu": "fluorouracil",
    "r-chop": "rchop",
    "r chop": "rchop",
    "gamma knife": "radiosurgery",
    "no treatment": "none",
    "not any": "none",
    "n/a": "none",
    "car t": "immunotherapy",
    "car-t": "immunotherapy",
    "stem cell": "otherchemo",
    "hormone therapy": "hormone",
    "hormone tablets": "hormone",
    "hormone treatment": "hormone",
    "hormone injections": "hormone",
    "anti hormone": "hormone",
    "anti-hormone": "hormone",
}
_TREATMENT_PHRASE_RE = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(re.escape(p) for p in sorted(_TREATMENT_PHRASES, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
_TREATMENT_SPLIT_RE = re.compile(
    r"[,;&+/\n()]+|(?<![0-9])\.|\.(?![0-9])|\b(?:and|plus|then|with|but|followed by|after|"
    r"also|or|just|only|except|apart from|other than|as well as|alongside|along with|"
    r"together with)\b"
)
_TREATMENT_NEGATORS = frozenset(
    {"no", "not", "never", "without", "nothing", "none", "havent", "didnt", "hasnt", "dont", "nil"}
)
_TREATMENT_LEXICON = _Lexicon(k for k in _TREATMENT_TABLE if len(k) >= 5)


def _parse_treatment(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Treatments as a tuple in the order of ``fact.values``; ``("none",)`` for none.

    Returns None when nothing is read, or when hormone treatment is mentioned without
    naming the drug (the bot then asks which one).
    """
    text = _TREATMENT_PHRASE_RE.sub(lambda m: " " + _TREATMENT_PHRASES[m.group(0)] + " ", prepared)
    values: set[str] = set()
    said_none = False
    generic_chemo = generic_hormone = named_hormone = False
    for item in _TREATMENT_SPLIT_RE.split(text):
        words = _TREATMENT_LEXICON.correct_all(_words(item))
        negated = bool(words) and words[0] in _TREATMENT_NEGATORS
        said_none = said_none or negated
        for word in words:
            entry = _TREATMENT_TABLE.get(word)
            if entry is None:
                continue
            found, tag = entry
            if tag == _NONE or negated:  # "none", or a treatment denied ("no chemo")
                said_none = True
            elif tag == _GENERIC_HORMONE:
                generic_hormone = True
            else:
                values.update(found)
                generic_chemo = generic_chemo or tag == _GENERIC_CHEMO
                named_hormone = named_hormone or tag == _HORMONE_DRUG
    if generic_hormone and not named_hormone:
        return None
    if generic_chemo and values & {"taxane", "platinum", "vinca"}:
        named_other = any(
            _TREATMENT_TABLE.get(w, ((), ""))[1] in (_DRUG, _HORMONE_DRUG)
            and "other_chemo" in _TREATMENT_TABLE[w][0]
            for w in _TREATMENT_LEXICON.correct_all(_words(text))
        )
        if not named_other:
            values.discard("other_chemo")
    if values:
        return tuple(v for v in fact.values if v in values)
    if _says_unsure(prepared):
        return UNSURE
    if said_none and "none" in fact.values:
        return ("none",)
    return None


def _parse_multi(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """A multi fact without special synonyms: value names separated by commas or "and"."""
    names = _VALUE_NAMES.get(fact.id, {})
    found: set[str] = set()
    for item in _TREATMENT_SPLIT_RE.split(prepared):
        value = names.get(" ".join(_words(item)))
        if value is not None:
            found.add(value)
    if found:
        if len(found) > 1:
            found.discard("none")
        return tuple(v for v in fact.values if v in found)
    return UNSURE if _says_unsure(prepared) else None


# --------------------------------------------------------------------------------------
# Whole numbers
# --------------------------------------------------------------------------------------

_NUMBER_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?")
_OUT_OF_TEN_RE = re.compile(
    r"([0-9]+(?:\.[0-9]+)?)\s*(?:/|out of|outta|outa|over|of)\s*10(?![0-9])"
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


def _parse_pain_score(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """The worst pain score 0 to 10; ranges take the higher number, "11/10" is 10."""
    text = _to_digits(prepared)
    scored = [_ceil_number(s) for s in _OUT_OF_TEN_RE.findall(text)]
    rest = _TIME_SPAN_RE.sub(" ", _OUT_OF_TEN_RE.sub(" ", text))
    numbers = [_ceil_number(n) for n in _NUMBER_RE.findall(rest)]
    valid = [n for n in numbers if n <= 11]
    if scored:  # "8 out of 10, was 10 last night": the worst one counts
        return min(max(scored + valid), 10)
    if valid:
        return min(max(valid), 10)
    if numbers:
        return None
    padded = _padded(_words(text))
    if _has_any(padded, _PAIN_MAX):
        return 10
    if _says_unsure(text):
        return UNSURE
    if _has_any(padded, _PAIN_ZERO):
        return 0
    return None


def _parse_age(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
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
    if _says_unsure(text):
        return UNSURE
    return None


def _parse_int(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """Any other whole number: the first number in the text, within range."""
    text = _to_digits(prepared)
    numbers = _NUMBER_RE.findall(text)
    if numbers:
        return _in_range(fact, round(_number(numbers[0])))
    if _says_unsure(text):
        return UNSURE
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
_DURATION_LEXICON = _Lexicon(
    [w for w in _UNIT_DAYS if len(w) >= 3]
    + list(_QUANTITY_WORDS)
    + ["yesterday", "today", "tonight", "morning", "since", "half", "christmas", "weekend"]
)
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


def _number_at(tokens: list[str], i: int) -> float | None:
    """The number written at ``tokens[i]``, if any."""
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token[0].isdigit():
        return _number(token)
    return _QUANTITY_WORDS.get(token)


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
        low = _number_at(tokens, i + 1)
        high = _number_at(tokens, i + 3)
        if low is not None and high is not None and i + 2 < n and tokens[i + 2] in ("and", "-"):
            return max(low, high), i + 4
        return None
    if token in ("a", "an"):
        nxt = tokens[i + 1] if i + 1 < n else ""
        if nxt in _QUANTITY_WORDS:
            i += 1
        elif nxt in _UNIT_DAYS:
            return 1.0, i + 1
        else:
            return None
    value = _number_at(tokens, i)
    if value is None:
        return None
    j = i + 1
    if tokens[j : j + 3] == ["and", "a", "half"]:
        return value + 0.5, j + 3
    if j + 1 < n and tokens[j] in _RANGE_WORDS and tokens[j] != "and":
        other = _number_at(tokens, j + 1)
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
        unit = _UNIT_DAYS.get(tokens[j]) if j < n else None
        if unit is None:
            i += 1
            continue
        j += 1
        if tokens[j : j + 3] == ["and", "a", "half"]:
            value += 0.5
            j += 3
        elif j + 1 < n and tokens[j] in ("or", "to", "-"):
            other = _number_at(tokens, j + 1)
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


def _parse_duration(fact: Fact, prepared: str, today: datetime.date) -> Any | None:
    """A duration as a number of days (week 7, month 30, year 365, fortnight 14)."""
    text = _to_digits(prepared)
    tokens = [
        _DURATION_LEXICON.correct(t) if t.isalpha() else t for t in _DURATION_TOKEN_RE.findall(text)
    ]
    spans = _spans(tokens)
    days: int | None
    if spans:
        days = _combine(tokens, spans)
    else:
        days = _date_days(" ".join(tokens) if tokens else text, today)
        if days is None and text != " ".join(tokens):
            days = _date_days(text, today)
    if days is not None:
        return _in_range(fact, days)
    if _says_unsure(text):
        return UNSURE
    return None


# --------------------------------------------------------------------------------------
# Dispatch
# --------------------------------------------------------------------------------------

_Parser = Callable[[Fact, str, datetime.date], Any]

_BY_ID: dict[str, _Parser] = {
    "painkillers_tried": _parse_painkillers_tried,
    "team_aware": _parse_team_aware,
    "both_legs": _parse_both_legs,
    "leg_weakness": _parse_leg_weakness,
    "cancer_history": _parse_cancer_history,
    "cancer_type": _parse_cancer_type,
    "bone_mets": _parse_bone_mets,
    "had_physio": _parse_had_physio,
    "treatment": _parse_treatment,
    "age": _parse_age,
    "pain_score": _parse_pain_score,
}
_BY_KIND: dict[Kind, _Parser] = {
    Kind.BOOL: _parse_bool,
    Kind.ENUM: _parse_enum,
    Kind.MULTI: _parse_multi,
    Kind.INT: _parse_int,
    Kind.WEEKS: _parse_duration,
}


def _value_names() -> dict[str, dict[str, str]]:
    """For each enum and multi fact, its value names as words -> value."""
    table: dict[str, dict[str, str]] = {}
    for fact in FACTS.values():
        if fact.kind in (Kind.ENUM, Kind.MULTI):
            table[fact.id] = {" ".join(_words(_prepare(v))): v for v in fact.values}
    return table


_VALUE_NAMES: Mapping[str, Mapping[str, str]] = _value_names()


def parse_answer(fact: Fact, text: str, today: datetime.date | None = None) -> Any | None:
    """Read a typed answer to the question about `fact`.

    Returns the canonical value (see flows.facts module docstring), UNSURE, or None when
    the text cannot be read as an answer.

    ``today`` anchors dates in duration answers ("since Tuesday") and birth years in
    age answers; it defaults to the current date. Never raises on any ``str``.
    """
    if not isinstance(text, str):
        return None
    prepared = _prepare(text)
    if not _ALNUM_RE.search(prepared):
        return _only_punctuation(prepared)
    if today is None:
        today = datetime.date.today()
    handler = _BY_ID.get(fact.id) or _BY_KIND.get(fact.kind)
    if handler is None:
        return None
    return handler(fact, prepared, today)

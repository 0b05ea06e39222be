"""ConText over the project's lexicon: is a mention negated, hedged, someone else's, or old?

This is the ConText algorithm (Harkema et al. 2009, the algorithm behind medspaCy's
``ConText`` component) with the cues of the lexicon's ``MODIFIERS`` table. A cue
has a category and a direction; its scope runs from the cue, in that direction,
to the end of the sentence, a terminating cue ("but", "except", ...) or a
window of words, whichever comes first. A mention inside the scope takes the
cue's category. Cues that are part of a longer "pseudo" phrase ("not sure",
"can not feel", "no feeling") are not cues, and words inside the mention
itself never modify it ("no feeling down there" is a mention of numbness).

One implementation serves the open question, the red-flag scan and the crisis
words, so that "no numbness down there", "my sister had a fever" and "a fall
years ago" are read the same way wherever they are typed. Why not medspaCy
itself: docs/reading.md ("Why our own ConText").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from types import ModuleType
from typing import Any

from flows.reading.normalise import BOUNDARIES, CLAUSE, QUESTION, SENTENCE
from flows.reading.patterns import Matcher, Span, best, sentences

#: How far a cue reaches, in words, by direction.
FORWARD_WINDOW = 8
BACKWARD_WINDOW = 5
#: Someone else is the subject of their whole clause ("the lady in the bed next to me on
#: the ward was incontinent"); a self word or a boundary still ends it.
OTHER_WINDOW = 12
#: How far after someone else's symptom "me too" may come and make it the patient's.
SHARED_WINDOW = 12
#: Words after a relative "who" that still say who the other person is ("my mum who
#: i care for"), not what they have.
RELATIVE_WINDOW = 3
#: A lone "no" or "never" looks back only when it closes its clause ("both legs? no").
_BARE = frozenset({"no", "none", "not", "never", "nope", "nah", "nothing"})
#: The words that make a phrase negative in itself, for the readers of answers.
NEGATION_WORDS = _BARE | {"without"}
_LIST_WORDS = frozenset({"or", "nor", "and"})
#: Words that open a new clause after ", and" ("..., and today it is worse").
_SUBJECTS = frozenset({"i", "it", "today", "now", "this", "she", "he", "they", "we", "then"})
#: Words that open a clause after a bare "no" ("no it's both", "no, they both go numb").
_CLAUSE_OPENERS = frozenset({"i", "it", "she", "he", "they", "we", "there", "that", "its"})


class Experiencer(StrEnum):
    patient = "patient"
    other = "other"
    unclear = "unclear"


class When(StrEnum):
    now = "now"
    long_ago = "long_ago"


@dataclass(frozen=True)
class Modifiers:
    """What ConText found about one mention."""

    negated: bool = False
    hedged: bool = False
    experiencer: Experiencer = Experiencer.patient
    when: When = When.now


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    category: str
    direction: str


@lru_cache(maxsize=8)
def _cue_matcher(lex: ModuleType) -> Matcher[tuple[str, str]]:
    table = dict(lex.MODIFIERS)
    for phrase in lex.PSEUDO:
        table.setdefault(phrase, ("PSEUDO", "both"))
    return Matcher(table)


@lru_cache(maxsize=8)
def _typing_for_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(getattr(lex, "TYPING_FOR", ()), True))


@lru_cache(maxsize=8)
def _pseudo_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.PSEUDO, True))


class Scope:
    """The cues of one message, ready to judge any mention in it."""

    def __init__(self, tokens: Sequence[str], lex: ModuleType) -> None:
        self.tokens = tokens
        spans = _cue_matcher(lex).find(tokens)
        pseudo = _pseudo_matcher(lex).find(tokens)
        cues: list[_Cue] = []
        for span in spans:
            category, direction = span.value
            if category == "PSEUDO":
                continue
            if any(
                p.start <= span.start
                and span.end <= p.end
                and (p.end - p.start) > (span.end - span.start)
                for p in pseudo
            ):
                continue
            if any(p.start < span.start < p.end for p in pseudo):
                continue  # "like after giving birth": the simile holds the cue's first word
            cues.append(_Cue(span.start, span.end, category, direction))
        # A longer cue wins over the shorter ones inside it ("have not had" over "not").
        self.cues = [
            c
            for c in cues
            if not any(
                o is not c
                and o.start <= c.start
                and c.end <= o.end
                and (o.end - o.start) > (c.end - c.start)
                for o in cues
            )
        ]
        if _typing_for_matcher(lex).find(tokens):
            # "i'm typing for my dad": the family words may name the patient
            self.cues = [
                replace(c, category="UNCLEAR") if c.category == "OTHER" else c for c in self.cues
            ]
        self.stops = [c for c in self.cues if c.category == "TERMINATE"]
        self.nows = [c for c in self.cues if c.category == "PRESENT"]
        self._ownable: frozenset[str] = getattr(lex, "OWNABLE", frozenset())
        self.questions = _question_sentences(tokens, lex)
        relative = _relative_clauses(tokens, [c for c in self.cues if c.category == "OTHER"])
        self._relative = relative
        # "my mum who lives with me is incontinent": the "me" is inside what says who
        # the mum is, so it does not end her scope
        self.selves = [c for c in self.cues if c.category == "SELF" and c.start not in relative]
        self.shared = [c for c in self.cues if c.category == "SHARED"]
        self.reported = [c for c in self.cues if c.category == "HYPOTHETICAL"]

    def _sentence_between(self, a: int, b: int) -> bool:
        """Time words reach the whole sentence ("had a fall at 70, years back")."""
        return any(self.tokens[i] in (SENTENCE, QUESTION) for i in range(a, b))

    def _stopped(self, a: int, b: int, category: str, forward: bool = True) -> bool:
        """Whether something between token ``a`` and ``b`` (exclusive) ends a scope."""
        for i in range(a, b):
            token = self.tokens[i]
            if category == "OTHER" and i in self._relative:
                continue  # "my mum, who i care for, is incontinent": still the mum
            if (
                token == "and"
                and i + 1 < b
                and self.tokens[i + 1] in _SUBJECTS
                and category not in ("OTHER", "UNCLEAR")
            ):
                # "i wet myself and it is fine now": the "fine" is of what follows "and it";
                # "my friend had it and she said ...": still the friend
                return True
            if token in BOUNDARIES:
                if token != CLAUSE:
                    return True
                # "no numbness, tingling or weakness": a comma inside a list goes on.
                after = self.tokens[i + 1 : i + 4]
                if len(after) > 1 and after[0] == "and" and after[1] in _SUBJECTS:
                    return True  # "my toes would not lift, and today it is worse": a new clause
                # Only forward: "prostate, and no it is not in my bones" denies the bones.
                if category != "NEGATED" or not forward or not _LIST_WORDS & set(after):
                    return True
        stoppers = self.stops + (self.selves if category in ("OTHER", "UNCLEAR") else [])
        return any(a <= c.start < b for c in stoppers)

    def _now_between(self, a: int, b: int) -> bool:
        """A word of now between a "long ago" and a mention ends the past's reach."""
        return any(a <= c.start < b for c in self.nows) or any(
            # "it used to be only the right, now the left too": a clause opened by "now"
            self.tokens[i] == "now" and self.tokens[i - 1] == CLAUSE
            for i in range(max(a, 1), min(b + 1, len(self.tokens)))
        )

    def _now_before(self, start: int) -> bool:
        """ "still numb since my op years ago": now said just before the mention."""
        return any(
            c.end <= start and start - c.end <= 3 and not self._stopped(c.end, start, "PRESENT")
            for c in self.nows
        )

    def _now_after(self, end: int) -> bool:
        """ "same as before, and I was shivery last night": now said just after the
        mention, in its own clause, outweighs a "long ago" said before it."""
        return any(
            c.start >= end and c.start - end <= 3 and not self._stopped(end, c.start, "PRESENT")
            for c in self.nows
        )

    def _covers(self, cue: _Cue, mention: Span[object]) -> bool:
        parts = mention.parts or ((mention.start, mention.end),)
        if any(a <= cue.start < b for a, b in parts):
            return False  # a word of the mention itself ("no feeling down there")
        for a, _ in parts:
            if cue.start < a < cue.end:
                # "no trouble breathing": the cue runs into the mention and negates it;
                # "have no control": the mention's own "no" is what they share
                shared = set(self.tokens[a : cue.end])
                if shared & NEGATION_WORDS and not set(self.tokens[cue.start : a]) & NEGATION_WORDS:
                    # "things have not been working": the "not" is the mention's own (a
                    # failure), and the cue's words before it ("have") deny nothing
                    return False
                return not shared <= _BARE
        if (
            cue.category == "NEGATED"
            and tuple(self.tokens[cue.start : cue.end]) in (("no",), ("nope",), ("nah",))
            and cue.end <= mention.start
            and any(set(self.tokens[a:b]) & NEGATION_WORDS for a, b in parts)
        ):
            # "no since monday i can't feel when i need to go": a bare "no" can not deny a
            # symptom told with its own "not"; the "no" answers and the rest is told
            return False
        if (
            cue.category == "NEGATED"
            and cue.end - cue.start == 1
            and self.tokens[cue.start] in _BARE
            and mention.end <= cue.start
            and any(self._echoed(a, b, cue.start) for a, b in parts)
        ):
            # "numb? no.": the question's word asked back, then answered; so too when the
            # word asked back is the last part of a mention ("my bum is sore, numb? no")
            return True
        return any(self._reaches(cue, a, b) for a, b in parts)

    def _reaches(self, cue: _Cue, start: int, end: int) -> bool:
        forward = cue.direction in ("forward", "both") and cue.end <= start
        backward = cue.direction in ("backward", "both") and end <= cue.start
        if forward:
            if cue.category == "HISTORICAL":
                return (
                    not self._sentence_between(cue.end, start)
                    and not self._now_between(cue.end, start)
                    and not self._now_after(end)
                )
            window = OTHER_WINDOW if cue.category == "OTHER" else FORWARD_WINDOW
            if start - cue.end > window:
                return False
            if self._answers_then_tells(cue, start):
                return False
            return not self._stopped(cue.end, start, cue.category)
        if backward:
            if cue.category == "HISTORICAL":
                # "i wet myself yesterday, nothing new since then": the "yesterday" between
                # dates the mention, so the "nothing new" after it can not make it old
                return (
                    not self._sentence_between(end, cue.start)
                    and not self._now_before(start)
                    and not self._now_between(end, cue.start)
                )
            if cue.start - end > BACKWARD_WINDOW:
                return False
            if cue.category == "NEGATED" and cue.end - cue.start == 1:
                word = self.tokens[cue.start]
                following = self.tokens[cue.end] if cue.end < len(self.tokens) else CLAUSE
                if word in _BARE and following not in BOUNDARIES:
                    return False
            return not self._stopped(end, cue.start, cue.category, forward=False)
        return False

    def _answers_then_tells(self, cue: _Cue, start: int) -> bool:
        """A bare "no" that opens a clause of its own ("no it's both", "no, it's not just
        one leg"): the "no" answers, and what follows is told, not denied by it."""
        if cue.category != "NEGATED" or cue.end - cue.start != 1 or cue.end >= start:
            return False
        if self.tokens[cue.start] not in ("no", "nope", "nah"):
            return False
        following = list(self.tokens[cue.end : cue.end + 3])
        if following[:1] == [CLAUSE]:
            following = following[1:]
        if following[:1] == ["actually"]:
            # "..., no actually i wet myself when i stood up": a correction that tells
            following = following[1:]
        return bool(following) and following[0] in _CLAUSE_OPENERS

    def _echoed(self, start: int, end: int, answer: int) -> bool:
        """Whether the mention is a short question of its own, answered by the word at
        ``answer`` ("numb? no. sore, yes.")."""
        return self.echo(start, end) == answer - 1

    def echo(self, start: int, end: int) -> int | None:
        """Where the "?" is, when the mention is a short question of its own: the patient
        repeats the question's words ("numb?", "both legs?") before answering."""
        opening = start
        while opening > 0 and self.tokens[opening - 1] not in BOUNDARIES:
            opening -= 1
        close = end
        while close < len(self.tokens) and self.tokens[close] not in BOUNDARIES:
            close += 1
        if close >= len(self.tokens) or self.tokens[close] != QUESTION:
            return None
        return close if start - opening <= 1 and close - opening <= 5 else None

    def _owned(self, cue: _Cue, mention: Span[Any]) -> bool:
        """The cue names the owner of the thing mentioned right after it."""
        between = self.tokens[cue.end : mention.start]
        return (
            mention.start < len(self.tokens)
            and self.tokens[mention.start] in self._ownable
            and all(t in ("s", "own") for t in between)
            and len(between) <= 1
        )

    def experiencer_at(self, i: int) -> Experiencer:
        """Who the word at ``i`` is about."""
        return self.judge(Span(i, i + 1, None, "", ((i, i + 1),))).experiencer

    def only_asks(self) -> bool:
        """Whether every sentence of the message is a question to the bot."""
        if not self.questions:
            return False
        inside = {i for a, b in self.questions for i in range(a, b)}
        return all(
            i in inside or t in BOUNDARIES or t in _OPENING_NOISE for i, t in enumerate(self.tokens)
        )

    def asked(self, mention: Span[Any]) -> bool:
        """Whether the mention sits in a question ("can sciatica be in both legs?"), its
        own or someone else's ("the nurse asks me every time about tingling")."""
        return any(a <= mention.start < b for a, b in self.questions) or self.hearsay(mention)

    def hearsay(self, mention: Span[Any]) -> bool:
        """Whether the mention is inside someone else's question, reported."""
        return any(self._covers(cue, mention) for cue in self.reported)

    def judge(self, mention: Span[Any]) -> Modifiers:
        """The ConText categories that reach ``mention``."""
        negated = hedged = False
        experiencer = Experiencer.patient
        when = When.now
        for cue in self.cues:
            if cue.category in ("TERMINATE", "SELF", "PRESENT", "SHARED"):
                continue
            if not self._covers(cue, mention):
                continue
            if cue.category == "NEGATED":
                if (
                    cue.direction == "backward"
                    and cue.end > mention.start
                    and not set(self.tokens[cue.start : cue.end]) & _BARE
                    and mention.value in (False, "none", "no")
                ):
                    # "i can feel everything fine", "bones is ok", "he is fine with the
                    # toilet": a "fine" does not deny a "no", after it or inside it
                    continue
                negated = True
            elif cue.category == "POSSIBLE":
                hedged = True
            elif cue.category == "OTHER":
                if self._owned(cue, mention):
                    continue  # "my husband's gun": the owner, not who it is about
                experiencer = Experiencer.other
            elif cue.category == "UNCLEAR" and experiencer is Experiencer.patient:
                experiencer = Experiencer.unclear
            elif cue.category == "HISTORICAL":
                when = When.long_ago
        if experiencer is Experiencer.other and self._shared_after(mention):
            experiencer = Experiencer.patient  # "my mum wets herself, me too now"
        return Modifiers(negated, hedged, experiencer, when)

    def _shared_after(self, mention: Span[Any]) -> bool:
        """Whether the patient says, after someone else's symptom, that they have it too,
        with nobody else named in between ("my husband is shivery, so am i")."""
        others = [c.start for c in self.cues if c.category == "OTHER"]
        return any(
            mention.end <= c.start <= mention.end + SHARED_WINDOW
            and not any(mention.end <= o < c.start for o in others)
            # "same here? no thank god", "not me too thankfully": asked or denied
            and (c.end >= len(self.tokens) or self.tokens[c.end] != QUESTION)
            and (c.start == 0 or self.tokens[c.start - 1] not in NEGATION_WORDS)
            for c in self.shared
        )


#: Verbs whose subject is the person named before an aside ("my mum, who i care for, is
#: incontinent"); anything else after the aside keeps the old reading.
_THEIR_VERBS = frozenset(
    {
        *("is", "was", "has", "had", "gets", "got", "keeps", "kept", "can", "cannot"),
        *("wets", "wet", "pees", "peed", "soils", "soiled", "suffers", "goes", "went"),
        *("needs", "wears", "uses", "struggles", "does", "did", "finds", "feels", "felt"),
    }
)
#: Words that open an aside about someone just named ("my mum, bless her,").
_NAMING_OPENERS = frozenset({"who", "whom", "bless", "god", "poor", "love"})


def _relative_clauses(tokens: Sequence[str], others: Sequence[_Cue]) -> frozenset[int]:
    """Where a short relative clause or aside names someone else ("my mum, who i care
    for,", "my dad who lives with me", "my nan, bless her,"): its words, and the comma
    that closes it."""
    inside: set[int] = set()
    for cue in others:
        j = cue.end
        if j < len(tokens) and tokens[j] == CLAUSE:
            j += 1
        if j >= len(tokens) or tokens[j] not in _NAMING_OPENERS:
            continue
        if tokens[j] not in ("who", "whom") and j == cue.end:
            continue  # "my mum poor" is no aside; "my mum, poor thing, is" is
        k = j + 1
        while k < len(tokens) and k <= j + RELATIVE_WINDOW and tokens[k] not in BOUNDARIES:
            k += 1
        if k < len(tokens) and tokens[k] in BOUNDARIES and tokens[k] != CLAUSE:
            continue  # "my mum who? i wet myself": no clause of hers
        end = k + 1 if k < len(tokens) and tokens[k] == CLAUSE else k
        if end >= len(tokens) or tokens[end] not in _THEIR_VERBS:
            # "my husband who drove me says my legs ...", "my wife who i love, my bum is
            # numb": unless the other person's own verb follows, the clause's "me" still
            # ends their scope
            continue
        inside.update(range(cue.end, end))
    return frozenset(inside)


def _question_sentences(tokens: Sequence[str], lex: ModuleType) -> list[tuple[int, int]]:
    """Sentences that ask: they end in "?" and open with a question word, or open with
    words that ask whatever ends them ("what do you mean by weak flow")."""
    found = []
    asking = _asking_matcher(lex)
    told = {s.start for s in _told_back_matcher(lex).find(tokens)}
    for start, stop in sentences(tokens):
        if stop < len(tokens) and tokens[stop] == QUESTION and stop + 1 in told:
            # "is it normal for your bottom to feel like cardboard? because mine does": the
            # question tells what the patient has, and the answer after it says so
            continue
        opening = next(
            (i for i in range(start, stop) if tokens[i] not in _OPENING_NOISE | {CLAUSE}), stop
        )
        if stop < len(tokens) and tokens[stop] == QUESTION:
            # "dont know, 6?" is "do not know": an answer, not a question
            negated = opening + 1 < stop and tokens[opening + 1] == "not"
            if opening < stop and tokens[opening] in lex.QUESTION_WORDS and not negated:
                found.append((start, stop))
                continue
        asks = [s for s in asking.find(tokens) if s.start == opening and s.end <= stop]
        if asks:
            if stop >= len(tokens) or tokens[stop] != QUESTION:
                # "not sure what you mean, but i'm numb on my bum": with no "?" to close
                # it, the question ends with its clause and the answer follows
                end = max(s.end for s in asks)
                stop = next(
                    (
                        i
                        for i in range(end, stop - 1)
                        if tokens[i] == CLAUSE and tokens[i + 1] in _TURNING
                    ),
                    stop,
                )
            found.append((start, stop))
    return found


@lru_cache(maxsize=8)
def _told_back_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.QUESTION_TOLD, True))


@lru_cache(maxsize=8)
def _asking_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.ASKING, True))


#: Words that turn from a question to what the patient tells ("..., but i'm numb").
_TURNING = frozenset({"but", "though", "although", "however", "anyway", "anyways"})

_OPENING_NOISE = frozenset(
    {
        "so",
        "and",
        "but",
        "also",
        "um",
        "umm",
        "erm",
        "er",
        "hmm",
        "hmmm",
        "uh",
        "oh",
        "ok",
        "okay",
        "sorry",
        "well",
    }
)


def mentions(tokens: Sequence[str], matcher: Matcher[object]) -> list[Span[object]]:
    """The non-overlapping matches of ``matcher`` in ``tokens`` (longest first)."""
    return best(matcher.find(tokens))

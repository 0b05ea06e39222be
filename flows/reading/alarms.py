"""The whole-message scan: facts stated, red flags, emergencies, crisis, questions, remarks.

Every message is scanned, whatever question is open (SPEC sections 3 and 4).
Each fact's patterns (the lexicon's ``CONCEPTS``) are found and judged by the
one ConText scope; patterns marked ``@`` in the lexicon are too loose to count
outside their own question ("both", "weak") and are left out here. Patterns
marked ``~`` name a red flag by a verb alone ("can't go", "can't finish"): at
their question they count as they are, elsewhere only in a sentence that also
names their subject (``ANCHORS``), so that "I can't go to work" raises nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from types import ModuleType
from typing import Any

from flows.reading.context import Experiencer, Scope, When
from flows.reading.model import Assertion
from flows.reading.normalise import BOUNDARIES, Words
from flows.reading.patterns import Matcher, Span, best, sentences
from flows.reading.values import number_at


@lru_cache(maxsize=64)
def concept_matcher(lex: ModuleType, fact: str, anywhere: bool) -> Matcher[Any]:
    """The patterns of ``fact``: all of them at its question, the specific ones anywhere."""
    table: dict[str, Any] = {}
    for pattern, value in lex.CONCEPTS.get(fact, {}).items():
        if pattern.startswith("@"):
            if anywhere:
                continue
            pattern = pattern[1:]
        elif pattern.startswith("~"):
            pattern = anchored(lex, fact, pattern) if anywhere else pattern[1:]
        table[pattern] = value
    return Matcher(table, lex.CLASSES)


def anchored(lex: ModuleType, fact: str, pattern: str) -> str:
    """A ``~`` pattern as it counts away from its question: beside its subject's words."""
    return f"{{{lex.ANCHORS[fact]}}} & {pattern[1:]}"


@lru_cache(maxsize=16)
def scan_matcher(lex: ModuleType, facts: tuple[str, ...]) -> Matcher[tuple[str, Any]]:
    """The patterns of many facts in one matcher, for the whole-message scan: one pass."""
    pairs = [
        (anchored(lex, fact, pattern) if pattern.startswith("~") else pattern, (fact, value))
        for fact in facts
        for pattern, value in lex.CONCEPTS.get(fact, {}).items()
        if not pattern.startswith("@")
    ]
    return Matcher(pairs, lex.CLASSES)


@lru_cache(maxsize=8)
def _matchers(lex: ModuleType) -> dict[str, Matcher[Any]]:
    return {
        "crisis": Matcher(lex.CRISIS, lex.CLASSES),
        "safe": Matcher(dict.fromkeys(lex.SAFE, "safe"), lex.CLASSES),
        "emergency": Matcher(lex.EMERGENCIES, lex.CLASSES),
        "question": Matcher(lex.QUESTIONS, lex.CLASSES),
        "remark": Matcher(lex.NOT_AN_ANSWER, lex.CLASSES),
        "worry": Matcher(dict.fromkeys(lex.WORRY, True), lex.CLASSES),
        "painkiller": Matcher({"{painkiller}": True}, lex.CLASSES),
        "where": Matcher(lex.PAIN_PLACES, lex.CLASSES),
    }


def assertions(
    words: Words, scope: Scope, lex: ModuleType, facts: Sequence[str], *, anywhere: bool
) -> list[Assertion]:
    """What the message states about each of ``facts``."""
    by_fact: dict[str, list[Span[Any]]] = {fact: [] for fact in facts}
    if anywhere:
        for span in scan_matcher(lex, tuple(facts)).find(words.tokens):
            fact, value = span.value
            by_fact[fact].append(Span(span.start, span.end, value, span.pattern, span.parts))
    else:
        for fact in facts:
            by_fact[fact] = concept_matcher(lex, fact, anywhere).find(words.tokens)
    found: list[Assertion] = []
    joking = figurative(words.tokens, lex)
    for fact, spans in by_fact.items():
        # an exclusion ("fell asleep", "hay fever") silences what it holds
        silenced = joking | {
            i
            for s in spans
            if s.value is None
            for a, b in (s.parts or ((s.start, s.end),))
            for i in range(a, b)
        }
        seen: set[tuple[int, int, object]] = set()
        for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
            cells = {i for a, b in (span.parts or ((span.start, span.end),)) for i in range(a, b)}
            if span.value is None or cells & silenced:
                continue
            if any(
                o.value is not None
                and o.value != span.value
                and o.start <= span.start
                and span.end <= o.end
                and o.end - o.start > span.end - span.start
                and not o.parts[1:]
                for o in spans
            ):
                continue  # the longer phrase is what was said: "even if i move" holds "if i move"
            key = (span.start, span.end, span.value)
            if key in seen:
                continue
            seen.add(key)
            found.append(_assertion(fact, span, words, scope))
    return _told_again(_tried_in_vain(found, words, lex), words, scope, lex)


@lru_cache(maxsize=256)
def figurative(tokens: tuple[str, ...], lex: ModuleType) -> frozenset[int]:
    """Words of a joke that gives a symptom to no part of the body ("the only thing
    leaking round here is my patience", "only injury is to my pride"), or that puts the
    only one told down to a cause ("the only numb bum i've got is from the films")."""
    joking: set[int] = set()
    for start, stop in sentences(tokens):
        for i in range(start, stop):
            if tokens[i] not in lex.FIGURATIVE_ONLY:
                continue
            link = next((j for j in range(i + 2, stop) if tokens[j] in lex.FIGURATIVE_LINKS), None)
            if link is None or any(t in BOUNDARIES for t in tokens[i:link]):
                continue
            if link + 1 < stop and tokens[link + 1] in lex.FIGURATIVE_CAUSES:
                # "the only numb bum i've got is from watching three films": the one time
                # told is put down to a cause; what follows the cause is judged on its own
                joking.update(range(i, link + 2))
                continue
            k = link + 1
            while k < stop and tokens[k] in lex.FIGURATIVE_OWNERS:
                k += 1
            head = tokens[k : min(k + 3, stop)]
            if k == link + 1 or not head or set(head) & lex.BODY_WORDS:
                continue  # "the only thing leaking is my bladder" is no joke
            joking.update(range(i, k + 1))
    # cached: the answer, the whole-message scan and the bare-symptom rule all ask
    return frozenset(joking)


def _told_again(
    found: list[Assertion], words: Words, scope: Scope, lex: ModuleType
) -> list[Assertion]:
    """An old event told again with a time of its own ("an injection a year ago and
    another one last week"): the repeat is a mention of its own, judged where it stands."""
    old = [
        a
        for a in found
        if a.fact in lex.REPEATED_EVENTS
        and a.when is When.long_ago
        and not a.negated
        and a.experiencer is Experiencer.patient
    ]
    if not old:
        return found
    tokens = words.tokens
    for span in best(_repeat_matcher(lex).find(tokens)):
        earlier = [a for a in old if a.end <= span.start]
        clause_end = next(
            (i for i in range(span.end, len(tokens)) if tokens[i] in BOUNDARIES), len(tokens)
        )
        if not earlier or not lex.TIME_WORDS & set(tokens[span.end : clause_end]):
            continue
        repeat = _assertion(earlier[-1].fact, replace(span, value=earlier[-1].value), words, scope)
        # its own time is what dates it, not the first one's "a year ago"
        own_time_old = any(
            c.category == "HISTORICAL" and span.end <= c.start < clause_end for c in scope.cues
        )
        if not own_time_old and not repeat.negated:
            found.append(
                replace(repeat, when=When.now, pattern=f"told again: {earlier[-1].pattern}")
            )
    return found


@lru_cache(maxsize=8)
def _repeat_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.REPEATED, True))


def _tried_in_vain(found: list[Assertion], words: Words, lex: ModuleType) -> list[Assertion]:
    """ "i try my side, a pillow between my knees, nothing touches it": what eases it, in a
    sentence that ends in "nothing helps", was tried in vain; it says no "no"."""
    vain = [s.start for s in _in_vain_matcher(lex).find(words.tokens)]
    if not vain:
        return found
    spans = sentences(words.tokens)

    def sentence(i: int) -> int:
        return next((n for n, (a, b) in enumerate(spans) if a <= i < b), -1)

    return [
        replace(a, negated=True)
        if a.value is False
        and not a.negated
        and any(v >= a.end and sentence(v) == sentence(a.start) for v in vain)
        else a
        for a in found
    ]


@lru_cache(maxsize=8)
def _in_vain_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(getattr(lex, "IN_VAIN", ()), True))


def _assertion(fact: str, span: Span[Any], words: Words, scope: Scope) -> Assertion:
    mods = scope.judge(span)
    return Assertion(
        fact=fact,
        value=span.value,
        negated=mods.negated,
        hedged=mods.hedged,
        experiencer=mods.experiencer,
        when=mods.when,
        words=" ".join(words.tokens[span.start : span.end]),
        pattern=span.pattern,
        asked=scope.asked(span),
        start=span.start,
        end=span.end,
        parts=tuple(span.parts or ((span.start, span.end),)),
    )


def crisis(words: Words, scope: Scope, lex: ModuleType) -> str | None:
    """ "danger", "crisis", "safe" or None: the same scope reads "I don't want to die".

    Despair or a thought of suicide is "crisis"; a plan, an act or preparation is
    "danger"; a means or a time ("tonight", "the pills") is danger only beside despair.
    """
    despair = plan = thought = relief = denied = False
    means: set[str] = set()
    spans = _matchers(lex)["crisis"].find(words.tokens)
    # an idiom ("end it with this physio") silences what it holds
    idioms = [(s.start, s.end) for s in spans if s.value == "none"]
    for span in spans:
        if span.value == "none" or any(a <= span.start and span.end <= b for a, b in idioms):
            continue  # inside an idiom; "killing me ... i wish it would" is more than one
        mods = scope.judge(span)
        if mods.experiencer is Experiencer.other or mods.when is When.long_ago:
            continue
        if mods.negated and not span.pattern.startswith("not "):
            denied = denied or span.value == "crisis"
            continue
        if span.value == "relief":
            relief = True
        elif span.value == "crisis":
            despair = True
        elif span.value == "danger":
            plan = True
        elif span.value == "thought":
            thought = True
        else:
            means.add(span.pattern)
    if plan or (despair and (means or thought)):
        return "danger"
    if despair or (denied and relief):
        return "crisis"
    if means and thought:
        # a means and dwelling on it ("i'm safe but i still have the pills ... thinking
        # about them"): saying "safe" does not outweigh it
        return "danger"
    if _matchers(lex)["safe"].find(words.tokens):
        return "safe"
    return None


def emergencies(words: Words, scope: Scope, lex: ModuleType) -> tuple[str, ...]:
    """Emergencies outside sciatica that the message states of the patient, now."""
    reasons: list[str] = []
    found = _matchers(lex)["emergency"].find(words.tokens)
    # an exclusion silences what it overlaps: "loads of water with these tablets"
    silenced = {i for s in found if s.value is None for i in range(s.start, s.end)}
    for span in best(found):
        if span.value is None or silenced & set(range(span.start, span.end)):
            continue
        mods = scope.judge(span)
        if mods.negated or mods.experiencer is Experiencer.other or mods.when is When.long_ago:
            continue
        if span.value not in reasons:
            reasons.append(span.value)
    if "overdose" not in reasons and _tablets_taken(words, scope, lex) > MOST_TABLETS_A_DAY:
        reasons.append("overdose")
    return tuple(reasons)


#: More than eight standard painkiller tablets taken is past the daily limit of the
#: commonest (paracetamol: eight 500 mg tablets in 24 hours), and needs A&E even when
#: the patient feels well (NHS: paracetamol overdose).
MOST_TABLETS_A_DAY = 8


def _tablets_taken(words: Words, scope: Scope, lex: ModuleType) -> float:
    """How many tablets the patient says they took ("6 tylenol ... and 4 more")."""
    tokens = list(words.tokens)
    if not lex.TAKING & set(tokens):
        return 0
    tablets = {i for s in _matchers(lex)["painkiller"].find(tokens) for i in range(s.start, s.end)}
    total = 0.0
    for i in range(len(tokens)):
        number = number_at(tokens, i) or lex.NUMBER_VALUES.get(tokens[i])
        if number is None or number != int(number) or number > 100:
            continue
        ahead = range(i + 1, min(i + 4, len(tokens)))
        if any(j in tablets or tokens[j] == "more" for j in ahead if tokens[j] not in BOUNDARIES):
            span = Span(i, i + 1, None, "", ((i, i + 1),))
            if not scope.judge(span).negated and scope.experiencer_at(i) is Experiencer.patient:
                total += number
    return total


def question_topic(words: Words, lex: ModuleType, scope: Scope) -> str | None:
    """The topic of a question to the bot, if the message asks one."""
    spans = best(_matchers(lex)["question"].find(words.tokens))
    if spans:
        topic: str = spans[0].value
        if topic != "why_ask" or words.asks or len(words.words()) <= 4:
            return topic
    first = words.words()[:1]
    if words.asks and first and first[0] in lex.QUESTION_WORDS:
        return "other"
    if scope.only_asks():
        return "other"  # "whats the difference between numb and tingling"
    return None


def remark(words: Words, lex: ModuleType) -> str | None:
    """ "greeting", "thanks", "pause" or "feeling" when the whole message is one."""
    spans = best(_matchers(lex)["remark"].find(words.tokens))
    covered = sum(s.end - s.start for s in spans)
    if spans and covered >= len(words.words()) - 1:
        return str(spans[0].value)
    return None


def pausing(words: Words, lex: ModuleType) -> bool:
    """Whether the message opens by asking for a moment ("one sec, someone's at the door",
    "hold on my daughter is ringing"): what follows is not an answer to the question."""
    spans = _matchers(lex)["remark"].find(words.tokens)
    opens = 1 if words.tokens[:1] and words.tokens[0] in lex.BEFORE_PAUSING else 0
    return any(
        s.start <= opens and s.value == "pause" and s.pattern not in lex.NOT_PAUSING for s in spans
    )


def worry(words: Words, scope: Scope, lex: ModuleType) -> bool:
    """Fear or worry of the patient's ("so scared it's back", "didn't want to bother them")."""
    return any(
        (not scope.judge(s).negated or s.pattern.startswith("not "))
        and scope.judge(s).experiencer is Experiencer.patient
        for s in _matchers(lex)["worry"].find(words.tokens)
    )


def where(words: Words, scope: Scope, lex: ModuleType) -> tuple[str, ...]:
    """Where the patient's pain is and goes ("left", "calf"), in the order first said."""
    found: list[str] = []
    # every match, overlapping: "left buttock" names a side and a place
    spans = sorted(_matchers(lex)["where"].find(words.tokens), key=lambda s: (s.start, s.end))
    for span in spans:
        mods = scope.judge(span)
        if mods.negated or mods.experiencer is Experiencer.other or scope.asked(span):
            continue
        if span.value not in found:
            found.append(span.value)
    return tuple(found)

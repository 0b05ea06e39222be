"""The reading layer: what one message from a patient says (docs/reading.md).

``read(text, question, session, language)`` returns a :class:`Reading`: for the
open question, the value and how sure it is (sure / likely / none); for the
whole message, every fact it states with polarity, certainty, who it is about
and when; emergencies outside sciatica; crisis words; a question to the bot; or
that it is not an answer at all (a greeting, a story, a pause, a feeling).

One normaliser (:mod:`~flows.reading.normalise`), one ConText scope
(:mod:`~flows.reading.context`) and the language's lexicon
(:mod:`~flows.reading.lexicon`) serve every part of it. Pure: no I/O, no clock
(``today`` is passed in), no state but import-time tables and caches.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from types import ModuleType
from typing import Any

from flows.facts import FACTS, UNSURE, Fact
from flows.facts import Kind as FactKind
from flows.reading import alarms, answers
from flows.reading.context import Experiencer, Scope, When
from flows.reading.lexicon import load
from flows.reading.model import RAISING, Assertion, Certainty, Kind, Reading
from flows.reading.normalise import BOUNDARIES, QUESTION, SENTENCE, normalise
from flows.reading.patterns import Matcher, Span

__all__ = [
    "Assertion",
    "Certainty",
    "Experiencer",
    "Kind",
    "Reading",
    "When",
    "exact",
    "names_cancer_or_treatment",
    "read",
    "read_followup",
    "unsure_of_it",
    "warm",
]

#: Facts looked for in every message, whatever the question: the safety screen, whose
#: every yes raises the level at once (SPEC 3).
NOTED_FACTS: tuple[str, ...] = tuple(f for f in FACTS if f in RAISING)


def exact(fact: Fact, text: str) -> Any | None:
    """A button's value or SPEC 5's canonical form ("yes", "none", "3 weeks", "7")."""
    key = text.strip().lower()
    if key in ("not sure", "unsure"):
        return UNSURE
    if fact.kind is FactKind.BOOL:
        return {"yes": True, "no": False}.get(key)
    if fact.kind is FactKind.ENUM:
        return key if key in fact.values else None
    if fact.kind is FactKind.MULTI:
        parts = [part.strip() for part in key.split(",")]
        if parts and all(part in fact.values for part in parts):
            chosen = [v for v in fact.values if v in parts]
            if len(chosen) > 1 and "none" in chosen:
                chosen.remove("none")
            return tuple(chosen)
        return None
    if len(key) > 12:
        return None  # no canonical answer is this long ("9" * 300 is not an age)
    if fact.kind is FactKind.INT:
        if key.isdecimal() and key.isascii():
            number = int(key)
            if fact.low is not None and fact.high is not None and fact.low <= number <= fact.high:
                return number
        return None
    count, _, unit = key.partition(" ")
    if count.isdecimal() and count.isascii() and unit in ("day", "days", "week", "weeks"):
        return int(count) * (7 if unit.startswith("week") else 1)
    return None


def names_cancer_or_treatment(text: str, language: str = "en") -> bool:
    """Whether ``text`` names a cancer or a cancer drug: worth noting in passing."""
    lex = load(language)
    tokens = normalise(text, lex.__name__.rsplit(".", 1)[-1]).tokens
    return bool(answers.cancer_or_drug(tokens, lex))


def unsure_of_it(text: str, language: str = "en") -> bool:
    """Whether the patient says they are unsure ("not sure", "maybe", "i think", "who
    knows"), as against only telling a degree ("a bit numb"): a red flag told with it is
    shown back before it is acted on."""
    lex = load(language)
    tokens = normalise(text, lex.__name__.rsplit(".", 1)[-1]).tokens
    return answers.mentioned_anyhow(tokens, lex.UNCERTAIN)


@lru_cache(maxsize=64)
def _scope(tokens: tuple[str, ...], lex: ModuleType) -> Scope:
    """The ConText scope of a message: built once however many facts read it (a checklist
    reads one message for each of its items)."""
    return Scope(tokens, lex)


#: The values that say "no" to a fact.
_NOES = (False, "none", "no")
#: Facts whose "no" lowers the level most: a doubt after it makes it a "not sure".
_DOUBT_UNDOES_NO = RAISING | {"cancer_history", "bone_mets"}

_WARM: set[str] = set()


def warm(language: str = "en") -> None:
    """Build every matcher now (about 0.3 s), so that no patient's message pays for it."""
    if language in _WARM:
        return
    _WARM.add(language)
    for fact in FACTS:
        read("no, not sure, nothing like that. i wet myself? 3 weeks", fact, language=language)
    read("yes", "consent", language=language)
    read("i feel hopeless tonight, chest pain", None, language=language)


def read(
    text: str,
    question: str | None,
    session: Mapping[str, Any] | None = None,
    language: str = "en",
    *,
    today: datetime.date | None = None,
    scan: Iterable[str] | None = None,
    answer_only: bool = False,
) -> Reading:
    """Read one message, with ``question`` the open question's fact id ("consent", or None).

    ``session`` is the answers so far (reserved for readings that depend on them);
    ``scan`` limits which facts are looked for in the whole message (all by default);
    ``answer_only`` reads the answer to ``question`` and what the message says of that
    fact, nothing else (a checklist reads each item this way after one full reading).
    Never raises on any ``str``.
    """
    fact = FACTS.get(question or "")
    if fact is not None and isinstance(text, str):
        plain = exact(fact, text)
        if plain is not None:
            # a button's value or a canonical answer ("no", "7", "3 weeks") says nothing else
            return Reading(fact.id, plain, Certainty.sure, Kind.answer, decided_by="exact")
    lex = load(language)
    words = normalise(text if isinstance(text, str) else "", lex.__name__.rsplit(".", 1)[-1])
    scope = _scope(words.tokens, lex)
    day = today or datetime.date.today()
    facts = tuple(scan) if scan is not None else NOTED_FACTS
    stated = alarms.assertions(words, scope, lex, facts, anywhere=True)
    pausing = alarms.pausing(words, lex)
    value: Any = None
    certainty = Certainty.none
    decided_by = ""
    direct = False
    if question == "consent":
        answer = answers.read_consent(words, lex)
        value, certainty, decided_by, direct = (
            answer.value,
            answer.certainty,
            answer.decided_by,
            answer.direct,
        )
    elif fact is not None:
        answer, said = answers.read(fact, words, scope, lex, day)
        value, certainty, decided_by, direct = (
            answer.value,
            answer.certainty,
            answer.decided_by,
            answer.direct,
        )
        serious = _after_the_joke(words, lex)
        if serious:
            # "i sleep like a baby: i wake up crying. seriously though, it's constant":
            # the joke is not the answer; what follows its end is
            turned = read(serious, question, session, language, today=today, answer_only=True)
            if turned.value is not None:
                value, certainty = turned.value, turned.certainty
                if value in _NOES and fact.id in _DOUBT_UNDOES_NO:
                    certainty = Certainty.likely  # a red flag joked about: its "no" is shown back
                decided_by = f"{turned.decided_by}, after a joke"
                said = [a for a in turned.assertions if a.fact == fact.id]
        elif value is not None and (changed := _changed_mind(words, lex)):
            # "yes. sorry, no! i read that as pain, not numbness", "both. no sorry, just the
            # one leg": a first answer taken back; what follows it is the answer, shown back
            first, rest, misread, says_no = changed
            before = read(first, question, session, language, today=today, answer_only=True)
            turned = read(rest, question, session, language, today=today, answer_only=True)
            if (
                before.value is not None
                and turned.value not in (None, before.value)
                and (
                    says_no
                    or _bare_answer(rest, lex)
                    or _graver(fact.id, before.value, turned.value)
                    or (misread and fact.id not in RAISING)
                )
            ):
                value, certainty = turned.value, Certainty.likely
                decided_by = f"{turned.decided_by}, changed from {before.decided_by}"
                direct = True
                said = [a for a in turned.assertions if a.fact == fact.id]
        elif value is not None and fact.id in _DOUBT_UNDOES_NO and _ends_in_a_joke(words, lex):
            # "both my legs are fantastic, just the left one is on fire 🙄": sarcasm
            # says the opposite of its words, so a red flag's answer is shown back
            certainty = Certainty.likely
            decided_by = f"{decided_by}, joked"
        stated = [a for a in stated if a.fact != fact.id] + said
        if value in _NOES and fact.id in _DOUBT_UNDOES_NO:
            doubt = answers.closing_doubt(words, lex, of_weight=True)
            if doubt is not None and doubt not in decided_by:
                # "i don't think so ... so i can't tell if it's just squashed", "they never
                # said the word cancer, so i really don't know": a "no" the patient then
                # doubts is a "not sure", shown back: a red flag's "no" is only taken sure
                value, certainty = UNSURE, Certainty.likely
                decided_by = f"{decided_by}, then answer:{doubt}"
        elif (
            value not in (None, UNSURE)
            and certainty is Certainty.sure
            and fact.id in _DOUBT_UNDOES_NO
            and answers.closing_doubt(words, lex, of_weight=True)
        ):
            # "sweats at night, soaked the sheets, dont know if thats a fever": a hedge on
            # a red-flag question is at best likely (SPEC 4), shown back for a tap
            certainty = Certainty.likely
        if (
            value is not None
            and (not decided_by.startswith("answer:") or value == UNSURE)
            and pausing
        ):
            # "one sec, someone's at the door" is not an age of 1, "one sec, going to find
            # the thermometer" not yet a "not sure": the answer is still to come; its facts
            # are still noted
            value, certainty, decided_by = None, Certainty.none, ""
    asked = fact.id if fact is not None else None
    stated = [_asked_of_self(a, words, scope) for a in _settle(stated, words, scope, lex, asked)]
    if fact is not None and value in (False, "none"):
        # "weak? not really no": the question's word asked back, then denied, raises
        # nothing of its own
        stated = [
            replace(a, asked=True)
            if a.fact == fact.id and scope.echo(a.start, a.end) is not None
            else a
            for a in stated
        ]
    answered = Reading(
        fact=fact.id if fact is not None else None,
        value=value,
        certainty=certainty if value is not None else Certainty.none,
        kind=Kind.answer if value is not None else Kind.unreadable,
        assertions=tuple(stated),
        decided_by=decided_by,
    )
    if answer_only:
        return answered
    crisis = alarms.crisis(words, scope, lex)
    emergencies = alarms.emergencies(words, scope, lex)
    topic = alarms.question_topic(words, lex, scope)
    remark = alarms.remark(words, lex) if value is None else None
    if value is None and fact is not None and text.strip() and set(text.strip()) <= _QUESTION_MARKS:
        # a lone "?" to a question: not sure what it means, so the plain follow-up comes
        value, certainty, decided_by = UNSURE, Certainty.sure, "answer:?"
    if value is None and fact is not None and topic is None and not crisis and not pausing:
        doubt = answers.closing_doubt(words, lex)
        if doubt is not None:
            value, certainty, decided_by = UNSURE, Certainty.likely, f"answer:{doubt}"
    if value is not None:
        kind = Kind.answer
    elif topic is not None:
        kind = Kind.question
    elif remark is not None or crisis or emergencies or _tells_something(stated, question):
        kind = Kind.not_an_answer
    elif len(words.words()) >= STORY_WORDS or (words.symbols_only and not direct):
        kind = Kind.not_an_answer  # a remark or a story, or an emoji that answers nothing
    else:
        kind = Kind.unreadable
    return replace(
        answered,
        value=value,
        certainty=certainty if value is not None else Certainty.none,
        kind=kind,
        emergencies=emergencies,
        crisis=crisis,
        question=topic,
        remark=remark,
        worry=alarms.worry(words, scope, lex),
        decided_by=decided_by,
        where=alarms.where(words, scope, lex),
    )


def _after_the_joke(words: Any, lex: ModuleType) -> str:
    """The words after the last "seriously though" or "joking aside", or "" if none."""
    ends = [s for s in _joke_matcher(lex).find(words.tokens) if s.end < len(words.tokens)]
    if not ends:
        return ""
    return " ".join(words.tokens[max(s.end for s in ends) :]).strip(" ,.")


#: At most this many words open a message as an answer that a correction then takes back.
_FIRST_ANSWER_WORDS = 5
#: What ends a sentence in the normaliser's tokens.
_SENTENCE_ENDS = frozenset([SENTENCE, QUESTION])


def _bare_answer(text: str, lex: ModuleType) -> bool:
    """Whether ``text`` opens with an answer that is a clause alone ("no!", "yes, they
    know"), not a word of a remark ("no pain though", "i mean nothing major")."""
    words = normalise(text, lex.__name__.rsplit(".", 1)[-1])
    found = answers.lead(words, lex)
    if found is None:
        return False
    said = found[2].split()
    tokens = words.tokens
    return list(tokens[: len(said)]) == said and (
        len(tokens) == len(said) or tokens[len(said)] in BOUNDARIES
    )


#: How grave a safety-screen answer is, lowest first.
_GRAVITY = {False: 0, "none": 0, UNSURE: 1, True: 2, "stable": 2, "worsening": 3}


def _graver(fact: str, before: Any, after: Any) -> bool:
    """Whether ``after`` is graver than ``before`` on the safety screen ("no wait, i wet
    myself"): a change up is taken whatever words follow, as any red flag is; a change
    down ("yes. sorry, no!") only from a bare answer."""
    if fact not in RAISING:
        return False
    return _GRAVITY.get(after, 2) > _GRAVITY.get(before, 2)


def _changed_mind(words: Any, lex: ModuleType) -> tuple[str, str, bool, bool] | None:
    """The first answer, what follows its taking back ("yes. sorry, no!"), whether the
    question was misread and whether the cue is itself a "no" ("both. no sorry, just the
    one"), or None: a short opening answer, a correction cue at once, then more words.
    "no wait", "no sorry" at the start open with their own "no"."""
    tokens = words.tokens
    cues = sorted(_changed_mind_matcher(lex).find(tokens), key=lambda s: (s.start, -s.end))
    if not cues:
        return None
    opening = [t for t in tokens[: cues[0].start] if t not in BOUNDARIES and t != "oh"]
    if not opening and tokens[cues[0].start] == "no" and cues[0].end - cues[0].start > 1:
        opening = ["no"]  # "no wait i wet myself yesterday"
    if not opening or len(opening) > _FIRST_ANSWER_WORDS:
        return None
    end, misread = cues[0].end, cues[0].value
    while True:  # "oh hang on, I misread": one taking back, however many words it takes
        gap = end
        while gap < len(tokens) and (tokens[gap] in BOUNDARIES or tokens[gap] == "oh"):
            gap += 1
        after = [c for c in cues if c.start == gap]
        if not after:
            break
        end, misread = max(c.end for c in after), misread or any(c.value for c in after)
    if misread:
        # "... i misread it as pain when peeing. no, it's normal": the next sentence answers
        stop = next((i for i in range(end, len(tokens)) if tokens[i] in _SENTENCE_ENDS), None)
        end = stop + 1 if stop is not None else len(tokens)
    rest = " ".join(tokens[end:]).strip(" ,.!-")
    if not rest:
        return None
    says_no = opening != ["no"] and tokens[cues[0].start] == "no"  # "both. no sorry, ..."
    return " ".join(opening), rest, bool(misread), says_no


@lru_cache(maxsize=8)
def _changed_mind_matcher(lex: ModuleType) -> Matcher[bool]:
    """Each cue's value: whether what follows it is the question misread."""
    cues = dict.fromkeys(lex.CHANGED_MIND, False)
    return Matcher(cues | dict.fromkeys(lex.MISREAD, True))


def _ends_in_a_joke(words: Any, lex: ModuleType) -> bool:
    """Whether the message closes on a joke's end ("... on fire 🙄", "... lol jk")."""
    last = len(words.tokens)
    while last and words.tokens[last - 1] in BOUNDARIES:
        last -= 1
    return any(s.end == last for s in _joke_matcher(lex).find(words.tokens))


@lru_cache(maxsize=8)
def _joke_matcher(lex: ModuleType) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.JOKE_ENDS, True))


#: Words that put the patient in a question: "is it normal to wet myself?".
_FIRST_PERSON = frozenset(["i", "me", "my", "myself", "mine"])


def read_followup(text: str, urgent: bool, language: str = "en") -> str | None:
    """The answer to a follow-up check-in, or None (SPEC 7): the first phrase of the
    lexicon's ``FOLLOWUP`` table found. After an urgent outcome a bare "yes" is "I got
    help" and "no" is "not yet"; otherwise "no"/"not yet" answer nothing."""
    lex = load(language)
    words = normalise(text if isinstance(text, str) else "", lex.__name__.rsplit(".", 1)[-1])
    found = _followup_matcher(lex).find(words.tokens)
    choices = [span.value for span in sorted(found, key=lambda s: (s.start, s.start - s.end))]
    if urgent:
        lead = answers.lead(words, lex)
        if lead is not None and lead[0] == "yes" and not choices:
            return "got_help"
    else:
        choices = [c for c in choices if c not in ("got_help", "not_yet")]
    worse = [c for c in choices if c in ("worse", "new")]
    return worse[0] if worse else (choices[0] if choices else None)


@lru_cache(maxsize=4)
def _followup_matcher(lex: ModuleType) -> Matcher[str]:
    return Matcher(lex.FOLLOWUP, lex.CLASSES)


def _asked_of_self(assertion: Assertion, words: Any, scope: Scope) -> Assertion:
    """A red flag inside a question about the patient ("is it normal that i wet myself?")
    is neither ignored nor taken: it is asked about, as a mention of someone unclear is."""
    if not assertion.asked or assertion.fact not in RAISING or assertion.negated:
        return assertion
    span = Span(assertion.start, assertion.end, None, "", assertion.parts)
    if scope.hearsay(span):
        # "the nurse asked me if i'd wet myself": asked about, never dropped unasked
        return replace(assertion, asked=False, experiencer=Experiencer.unclear)
    for start, stop in scope.questions:
        if start <= assertion.start < stop and _FIRST_PERSON & set(words.tokens[start:stop]):
            return replace(assertion, asked=False, experiencer=Experiencer.unclear)
    return assertion


def _settle(
    stated: list[Assertion], words: Any, scope: Scope, lex: Any, question: str | None
) -> list[Assertion]:
    """Reasons against outweigh words for ("i'm trying to lose weight"); a weak leg that
    is "getting weaker every day" is worsening."""
    countered = {
        a.fact for a in stated if a.fact in lex.COUNTER_WINS and a.value is False and a.applies
    }
    worse = any(a.fact == "leg_weakness" for a in stated) and answers.mentioned(
        words, scope, lex.WORSENING
    )
    chemo_feet = answers.chemo_feet_only(stated, words, lex, question)
    settled = []
    for a in stated:
        if a.fact in countered and a.value not in (False, None):
            continue
        if chemo_feet and a.fact == "both_legs" and a.value is True:
            # SPEC 2: tingling only in both feet (and hands) from chemotherapy is
            # hands_feet_tingling, not both legs
            continue
        if a.fact == "leg_weakness" and a.value == "stable" and worse:
            a = replace(a, value="worsening")
        settled.append(a)
    return settled


#: A message of this many words that answers nothing is a remark or a story, not an
#: attempt to answer: it is acknowledged, and does not count toward "two unreadable".
STORY_WORDS = 5

_QUESTION_MARKS = frozenset("?¿？❓❔ ")


def _tells_something(stated: Iterable[Assertion], question: str | None) -> bool:
    return any(a.fact != question for a in stated)

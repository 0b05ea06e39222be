"""Reading the answer to the open question (SPEC sections 2 and 4).

Two kinds of evidence, combined the same way for every yes / no fact:

* a direct answer, from the lexicon's ``ANSWERS`` ("nah", "no have", "i guess
  not?", "👍"), found at the start of the message or as a whole clause;
* mentions of the fact itself, from ``CONCEPTS`` ("wet myself", "numb down
  there"), judged by the shared ConText scope (negated, hedged, someone else's,
  long ago), and mentions of its subject (``TOPICS``) that a negation answers
  ("peeing is fine").

A stated symptom of the patient beats a leading "no" ("no but it's a bit numb
down there" is a yes); a hedge, an emoji alone or a one-word answer to a
red-flag question is at best "likely", and is shown back for a tap.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from flows.facts import CANCER_TYPES, FACTS, RED_FLAG_FACTS, TREATMENTS, UNSURE, Fact, Kind
from flows.reading import values
from flows.reading.alarms import assertions, figurative, scan_matcher
from flows.reading.context import NEGATION_WORDS, Experiencer, Scope, When
from flows.reading.model import RAISING, Assertion, Certainty
from flows.reading.normalise import BOUNDARIES, CLAUSE, EMOJI_PREFIX, QUESTION, SENTENCE, Words
from flows.reading.patterns import Matcher, Span, best, sentences

#: Red-flag facts: their "no" is taken only when sure (SPEC 4).
CAREFUL = frozenset(RED_FLAG_FACTS)
#: Where a hedged "no" ("i hope not", "no?") or a lone emoji is shown back rather than
#: taken: the red flags, and fever, which with chemotherapy is an emergency (SPEC 3)
HEDGED_NO_SHOWN_BACK = CAREFUL | {"fever"}
_FILLERS = frozenset(
    [
        "hmm",
        "hmmm",
        "um",
        "umm",
        "erm",
        "er",
        "uh",
        "uhh",
        "well",
        "so",
        "oh",
        "ah",
        "ahh",
        "honestly",
        "actually",
        "hi",
        "hello",
        "hey",
        "mate",
        "doc",
        "bot",
        "ok",
        "okay",
        "look",
        "listen",
        "right",
        "anyway",
        "yeah",
    ]
)


#: Answer words that are only answers: whatever follows them, the message answers.
_INTERJECTIONS = frozenset(
    (
        "yes yeah yea yeh yep yup ya yah yh ye aye no nope nah naw nay n y"
        " emojiyes emojino emojithumbup emojithumbdown"
    ).split()
)

#: Words that draw a conclusion: "..., so no idea" answers the question.
_SO = frozenset(["so", "therefore", "hence"])
_SAYS = frozenset(["says", "said", "say"])
_OPPOSITE = {"yes": ("no",), "no": ("yes",)}
#: The class of measured temperatures: a reading, not a feeling to explain away.
_MEASURED = "{high_temp}"
_WHETHER = frozenset(["if", "whether", "what", "which"])
_COMES_AND_GOES = frozenset(["off and on", "comes and goes", "it comes and goes"])
_IF_LEFT_OUT = frozenset(["it", "that", "this", "they"])
_OF_THE_QUESTION = frozenset(["mean", "meant", "asked", "asking"])

#: Words before a "not sure" that leave it one ("i am not sure", "i honestly dont know").
_SELF = frozenset(["i", "am", "honestly", "really", "just"])

#: Words that close a clause without saying anything ("no to be honest", "yes mate").
_TAIL = frozenset(
    [
        "to",
        "be",
        "honest",
        "honestly",
        "really",
        "tbh",
        "mate",
        "love",
        "though",
        "thanks",
        "thank",
        "you",
        "sorry",
        "lol",
        "haha",
        "x",
        "xx",
        "sir",
        "madam",
        "dear",
        "please",
        "thankfully",
        "luckily",
    ]
)


def _longest_from_each_start(spans: list[Span[Any]]) -> list[Span[Any]]:
    return [s for s in spans if not any(o.start == s.start and o.end > s.end for o in spans)]


@dataclass(frozen=True)
class Answer:
    value: Any
    certainty: Certainty
    decided_by: str
    #: A direct answer word was found ("no", "yes", "not sure"): the message is an answer.
    direct: bool = False


NONE = Answer(None, Certainty.none, "")


@lru_cache(maxsize=8)
def _answer_matcher(lex: ModuleType) -> Matcher[tuple[str, str]]:
    return Matcher(lex.ANSWERS)


@lru_cache(maxsize=8)
def _consent_matcher(lex: ModuleType) -> Matcher[str]:
    return Matcher(lex.CONSENT)


@lru_cache(maxsize=8)
def _parts(lex: ModuleType) -> frozenset[str]:
    """Words for one part of the body (a leg, a foot, the hands)."""
    return frozenset(w for c in ("leg", "hands_feet") for w in lex.CLASSES[c] if " " not in w)


@lru_cache(maxsize=8)
def _verdict_matcher(lex: ModuleType) -> Matcher[tuple[str, str]]:
    return Matcher(dict.fromkeys(lex.CLOSING_VERDICTS, ("no", "likely")))


@lru_cache(maxsize=8)
def _reported_matcher(lex: ModuleType) -> Matcher[tuple[str, str]]:
    return Matcher(lex.REPORTED_ANSWERS)


@lru_cache(maxsize=64)
def _topic_matcher(lex: ModuleType, fact: str) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.TOPICS.get(fact, ()), True), lex.CLASSES)


def lead(
    words: Words,
    lex: ModuleType,
    about: Callable[[int, int], bool] | None = None,
    *,
    dated: bool = False,
) -> tuple[str, str, str] | None:
    """The direct answer: (value, certainty, phrase), from the start or a whole clause.

    An answer word that opens a longer clause counts only when the rest is short, is
    another answer ("nah nothing like that") or is about the question (``about``):
    "never had back pain like this before" is a remark, not a "no" (hazard H1). With
    ``dated``, a "nothing new since ..." closes its clause (:func:`_past_since`).
    """
    tokens = words.tokens
    spans = _answer_matcher(lex).find(tokens)

    def opens_answer(span: Span[tuple[str, str]]) -> bool:
        if _whole_clause(tokens, span.start, span.end):
            return True
        if " ".join(tokens[span.start : span.end]) in lex.WHOLE_ONLY:
            return False
        if span.value[0] == "unsure" or tokens[span.start] in _INTERJECTIONS:
            # "dunno to be honest, ...", "yes and both my legs ...": an answer whatever follows
            return True
        stop = next(
            (i for i in range(span.end, len(tokens)) if tokens[i] in BOUNDARIES), len(tokens)
        )
        rest = [t for t in tokens[span.end : stop] if t not in _TAIL]
        if len(rest) <= 2 or any(o.start == span.end for o in spans):
            return True
        return about is None or about(span.end, stop)

    # a face opens many answers ("😬 yeah actually, around my bum"): what follows it is
    # the start of the answer
    first = 0
    while first + 1 < len(tokens) and (
        tokens[first] in BOUNDARIES or tokens[first].startswith(EMOJI_PREFIX)
    ):
        first += 1
    start = first
    while start < len(tokens) and (tokens[start] in _FILLERS or tokens[start] in BOUNDARIES):
        # "ok" and "well" open many answers; "ok" alone is an answer itself
        if start + 1 >= len(tokens):
            break
        start += 1
    # "i am not really sure", "i honestly dont know": a "not sure" may follow a pronoun
    opening = {0, first, start} | {
        i for i in range(start + 1, min(start + 3, len(tokens))) if tokens[i - 1] in _SELF
    }
    at_start = [
        s
        for s in spans
        if (s.start in (0, first, start) or (s.start in opening and s.value[0] == "unsure"))
        and opens_answer(s)
    ]
    # "is that like the bit u sit on? then yeh its been dead since sunday": the patient
    # asks what is meant, then answers; that answer is shown back
    # (a hesitation first, "umm, does it wake me? yes most nights", is no answer)
    hesitant = all(" ".join(tokens[s.start : s.end]) in _FILLERS for s in at_start)
    after = _after_questions(tokens, lex) if hesitant else set()
    after_asking = [s for s in spans if s.start in after and opens_answer(s)]
    if after_asking:
        at_start = [s for s in at_start if " ".join(tokens[s.start : s.end]) not in _FILLERS]
    at_start += [Span(s.start, s.end, (s.value[0], "likely"), s.pattern) for s in after_asking]
    # "peeing fine, pooing fine 👍": a face after a phrase closes what it said; it is
    # an answer alone, at the start, or after one word or picture ("🍆👎")
    words_before = [
        i for i, t in enumerate(tokens) if t not in BOUNDARIES and not t.startswith(EMOJI_PREFIX)
    ]
    clause = [
        s
        for s in spans
        if _whole_clause(tokens, s.start, _past_since(tokens, s, dated))
        and " ".join(tokens[s.start : s.end]) not in lex.OPENING_ONLY
        and not (
            all(t.startswith(EMOJI_PREFIX) for t in tokens[s.start : s.end])
            and len([i for i in words_before if i < s.start]) >= 2
        )
    ]
    # "have not had sex since, so no idea", "the kids have temperatures but not me": an
    # answer drawn as a conclusion, or set against someone else, closes the message
    clause += [
        s
        for s in spans
        if s.start > 0
        and s.value[1] == "sure"  # "not so good" is no answer
        and (tokens[s.start - 1] in _SO or tokens[s.start - 1] in lex.CONTRAST)
        and _closes(tokens, _past_since(tokens, s, dated))
    ]
    # "mine are ok though": an answer that closes its clause after a tail word, shown
    # back ("i don't always know when i need to go but no tho" is no sure no)
    clause += [
        Span(s.start, s.end, (s.value[0], "likely"), s.pattern)
        for s in spans
        if (s.start == 0 or tokens[s.start - 1] in BOUNDARIES)
        and not _closes(tokens, s.end)
        and _closes(tokens, s.end, tail=True)
        and " ".join(tokens[s.start : s.end]) not in lex.OPENING_ONLY
    ]
    # "since may everything down there has been normal": a verdict closes its sentence,
    # shown back; not one hedged or reported ("i think it's normal?", "they said it's fine")
    clause += [
        s
        for s in _verdict_matcher(lex).find(tokens)
        if (s.end == len(tokens) or tokens[s.end] == SENTENCE)
        and not _VERDICT_UNDONE & set(tokens[max(0, s.start - 4) : s.start])
        # "her feet burn but her hands are fine": a verdict on one part answers nothing
        and not _parts(lex) & set(tokens[max(0, s.start - 2) : s.start])
    ]
    clause += _reported_matcher(lex).find(tokens)
    # "she's 45 and says no changes there", "dad said nope": a carer reports the answer;
    # shown back
    clause += [
        Span(s.start, s.end, (s.value[0], "likely"), s.pattern)
        for s in spans
        if s.start > 1
        and tokens[s.start - 1] in _SAYS
        and tokens[s.start - 2] != "i"
        and opens_answer(s)
    ]
    if start > 0 and any(s.start == start for s in at_start):
        at_start = [s for s in at_start if s.start >= start]  # "hmm, yes" is a yes
    # a longer answer holds the shorter one it begins with: "not that i've noticed" is a
    # hedged no, not the sure "not that" inside it
    at_start = _longest_from_each_start(at_start)
    clause = _longest_from_each_start(clause)
    for group in (at_start, clause):
        if group:
            # a sure answer beats an emoji or a hedge beside it ("👍 all normal")
            span = max(group, key=lambda s: (s.value[1] == "sure", s.end - s.start, -s.start))
            hesitation = " ".join(tokens[span.start : span.end]) in _FILLERS
            if span.value[1] != "sure" or (group is at_start and hesitation):
                # "hmm, the day after? yes, i think so": a hesitation first is no answer
                # "hmm, probably not": a filler's clause does not outweigh the answer
                sure = [
                    s
                    for s in clause
                    if s.value[1] == "sure" and " ".join(tokens[s.start : s.end]) not in _FILLERS
                ]
                span = sure[0] if sure else span
            value, certainty = span.value
            if group is at_start and any(
                s.start == span.end + 1
                and tokens[span.end] in (SENTENCE, QUESTION)
                and s.value[0] in _OPPOSITE.get(value, ())
                and _whole_clause(tokens, s.start, s.end)
                for s in clause
            ):
                # "yes? no? it's hard to explain", "no... yes...": both answers tried in a
                # row is a "not sure", shown back
                return "unsure", "likely", " ".join(tokens[span.start : span.end + 2])
            if group is at_start and any(
                s.start >= span.end
                and s.value[1] == "sure"
                and s.value[0] in _OPPOSITE.get(value, ())
                for s in clause
            ):
                # "oh yes, because i want to discuss my toilet with a robot. no. it's fine":
                # a message that answers both ways is shown back
                certainty = "likely"
            if (
                group is clause
                and value == "yes"
                and any(t in (SENTENCE, QUESTION) for t in tokens[: span.start])
            ):
                # "my physio said to check in if the pain came back. it has lol": a yes
                # after a story may answer the story, not the question; shown back
                certainty = "likely"
            return value, certainty, " ".join(tokens[span.start : span.end])
    return None


def closing_doubt(words: Words, lex: ModuleType, *, of_weight: bool = False) -> str | None:
    """A "not sure" that closes the message, when nothing else answered: "it had a long
    name i can't remember", "... i can't really say if it lines up with the chemo".

    With ``of_weight``, a doubt of whether the thing told matters counts too ("missed the
    bottom stair, i don't know if that counts"): said after a "no", it undoes the "no".
    """
    tokens = words.tokens
    for span in _answer_matcher(lex).find(tokens):
        follows = tokens[span.end : span.end + 5]
        nxt = tokens[span.end] if span.end < len(tokens) else None
        weighs = bool(lex.RELEVANCE & set(follows))
        if (
            span.value[0] == "unsure"
            and span.start > 0
            and (
                nxt is None
                or nxt in BOUNDARIES
                or nxt in _WHETHER
                # "not sure it's constant tho": the "if" left out
                or (of_weight and nxt in _IF_LEFT_OUT and not weighs)
            )
            # "on anastrozole, not sure if that matters": doubt of its weight, not of it
            and (of_weight or not weighs)
            # "no. i don't know what else to say": nothing more to tell, not a doubt;
            # "not sure that's what you mean": a doubt of the question, not of the thing
            and "else" not in follows[:2]
            and not _OF_THE_QUESTION & set(follows)
        ):
            said = " ".join(tokens[span.start : span.end])
            if said in lex.FREQUENCY or said in _COMES_AND_GOES:
                continue  # how often, not a doubt: "no, but a temperature on and off"
            return said
    return None


_THUMBS = {"emojithumbup": False, "emojithumbdown": True}
_POSSESSIVES = frozenset(["my", "the", "me"])


def _thumb_on_topic(
    fact: Fact, words: Words, topics: Sequence[Span[bool]], said: Sequence[Assertion]
) -> Answer | None:
    """ "🚽👌", "🍆👎 since the pain": a thumb just after the question's own subject
    judges that subject (fine, or not working), where a thumb alone only agrees.

    On a red-flag question only, where "not working" is the yes; shown back (SPEC 4).
    """
    if fact.id not in CAREFUL or any(a.value is True and not a.negated for a in said):
        return None  # "🍆👍 but i can't feel much": the symptom told is read as told
    tokens = words.tokens
    for topic in topics:
        after = topic.end + (tokens[topic.end : topic.end + 1] == (CLAUSE,))
        thumb = tokens[after] if after < len(tokens) else ""
        if thumb in _THUMBS and set(tokens[: topic.start]) <= _POSSESSIVES | BOUNDARIES:
            return Answer(_THUMBS[thumb], Certainty.likely, f"answer:{thumb} on the topic", True)
    return None


def _all_else(tokens: Sequence[str], end: int) -> bool:
    """ "can't get it up, nothing new otherwise": nothing new but what was told."""
    after = f" {' '.join(tokens[end : end + 4])} "
    return any(f" {w} " in after for w in ("otherwise", "apart from that", "other than that"))


def _since_then(tokens: Sequence[str], end: int) -> bool:
    """ "i wet myself yesterday, nothing new since then": the event told is itself new;
    so is one followed by a phrase that ends in its own "since" and says from when no
    more ("i wet myself on monday, nothing has changed since")."""
    if tuple(tokens[end : end + 2]) in (("since", "then"), ("since", "that")):
        return True
    if end and tokens[end - 1] == "since":
        following = tokens[end] if end < len(tokens) else None
        return following is None or following in BOUNDARIES or following in ("then", "that")
    return False


def _past_since(tokens: Sequence[str], span: Span[tuple[str, str]], dated: bool) -> int:
    """Where a "no" ends when a "since ..." only dates it.

    "knees been bad for years, nothing new since the tabs": the "since" clause says
    from when nothing is new, so the "no" is still a whole clause. (Not where "nothing
    different since they saw me" says yes: whether the team knows.)
    """
    if not dated or span.value[0] != "no" or tuple(tokens[span.end : span.end + 1]) != ("since",):
        return span.end
    if _since_then(tokens, span.end):
        return span.end
    return next((i for i in range(span.end, len(tokens)) if tokens[i] in BOUNDARIES), len(tokens))


#: Words before a verdict that make it a guess or someone else's ("i think it's normal").
_VERDICT_UNDONE = frozenset(
    [
        *("think", "thought", "guess", "hope", "suppose", "said", "says", "told", "maybe"),
        # "nothing has been normal", "i wonder if it is normal", "it should feel normal"
        *("probably", "nothing", "none", "not", "never", "no", "longer", "if", "whether"),
        *("should", "want", "wonder", "used", "far", "wish"),
    ]
)
#: Words that may follow an answer before its clause ends ("mine are ok though").
#: ("tho", "tbh" and "lol" are gone by then: the normaliser reads or drops them.)
_CLOSING_TAIL = frozenset(["though", "honestly", "mate", "love", "thanks"])


def _closes(tokens: Sequence[str], end: int, *, tail: bool = False) -> bool:
    """Whether the clause ends at ``end``; with ``tail``, after words like "though" too."""
    while tail and end < len(tokens) and tokens[end] in _CLOSING_TAIL:
        end += 1
    return end == len(tokens) or tokens[end] in BOUNDARIES


def _whole_clause(tokens: Sequence[str], start: int, end: int) -> bool:
    return (start == 0 or tokens[start - 1] in BOUNDARIES) and _closes(tokens, end)


def read_consent(words: Words, lex: ModuleType) -> Answer:
    spans = best(_consent_matcher(lex).find(words.tokens))
    if spans:
        span = spans[0]
        if span.value == "unsure":
            return Answer(UNSURE, Certainty.sure, f"consent:{span.pattern}", True)
        return Answer(span.value == "yes", Certainty.sure, f"consent:{span.pattern}", True)
    found = lead(words, lex)
    if found and found[0] in ("yes", "no"):
        return Answer(found[0] == "yes", Certainty.sure, f"answer:{found[2]}", True)
    return NONE


def read(
    fact: Fact, words: Words, scope: Scope, lex: ModuleType, today: datetime.date
) -> tuple[Answer, list[Assertion]]:
    """The answer to the question about ``fact``, and what the message says of it."""
    said = assertions(words, scope, lex, [fact.id], anywhere=False)
    topics = _topic_matcher(lex, fact.id).find(words.tokens)

    def about(start: int, stop: int) -> bool:
        """Whether words ``start``..``stop`` speak of the question's subject."""
        if fact.kind is not Kind.BOOL and fact.id not in ("leg_weakness", "bone_mets"):
            return True
        hits = [(a.start, a.end) for a in said] + [(t.start, t.end) for t in topics]
        return any(start <= a < stop for a, _ in hits)

    if scope.only_asks():
        # "what do u mean by weak flow": a question to the bot, answered before the re-ask
        return NONE, said
    found = lead(words, lex, about, dated=fact.id not in LOWERING)
    verdict = _thumb_on_topic(fact, words, topics, said)
    if verdict is not None:
        return verdict, said
    if fact.id == "both_legs" and chemo_feet_only(said, words, lex, fact.id):
        said = [a for a in said if a.value is not True]
    if fact.id in LOWERING:
        answer = _lowering(fact, words, scope, lex, found, said)
    elif fact.id == "both_legs" and _one_side_alone(words, lex):
        # "left", "right", "the right one", "1": a side named and nothing else is one
        # leg ("right" is not "that's right" here); a one-word answer to a red-flag
        # question is shown back (SPEC 4)
        answer = Answer(False, Certainty.likely, "lexicon:one side named", True)
    elif fact.kind is Kind.BOOL:
        answer = _bool(fact, words, scope, lex, found, said)
        if fact.id == "pain_after_infusion" and answer.value is None:
            answer = _days_from_drip(words, lex)
        elif (
            fact.id == "pain_after_infusion"
            and answer.value == UNSURE
            and answer.decided_by.startswith("answer:")
            and _days_from_drip(words, lex).value is True
        ):
            # "hmm maybe? i had chemo thursday and it started saturday": the hedge, then a
            # timeline that fits SPEC's window; a likely yes, shown back
            answer = _days_from_drip(words, lex)
        if (
            fact.id == "infection_risk"
            and answer.value is True
            and _only_long_ago(words, lex, today)
        ):
            # "an operation on his back about eight months ago, nothing since": SPEC's
            # window is the last 3 months; shown back as a no
            answer = Answer(False, Certainty.likely, f"{answer.decided_by}, months ago", True)
        if fact.id == "weight_loss" and answer.value is None and _weight_fell(words, lex):
            # "he's gone from 80 to 72 kilos since the summer": a weight told as numbers
            # that fell; whether it was tried for is not said, so it is shown back
            answer = Answer(True, Certainty.likely, "lexicon:a weight that fell", True)
        if fact.id == "both_legs" and _side_told_in_a_story(answer, words):
            # "crook back, sciatica down the right leg, was managing till today": where the
            # pain runs, told in a story, is not yet a "no" to both legs; shown back
            answer = Answer(False, Certainty.likely, f"{answer.decided_by}, in a story", True)
        if (
            fact.id == "both_legs"
            and answer.value is False
            and {"left", "right"} <= set(words.tokens)
        ):
            # "right leg, left foot tingles": one side named as the leg, and the other side
            # named too; never a sure "no" to both legs, shown back
            answer = Answer(False, Certainty.likely, f"{answer.decided_by}, both sides named", True)
            if _other_side_too(words, lex, named_bad=False):
                answer = Answer(True, Certainty.likely, "lexicon:the other side too", True)
            elif mentioned(words, scope, lex.SIDES_MOVED + lex.MOVED_TO_SIDE):
                # "started in the left leg, last week it moved to the right": both legs
                # over time, alternating; over the side named first
                answer = Answer(True, Certainty.likely, "lexicon:moved to the other side", True)
        if (
            fact.id == "both_legs"
            and answer.value in (None, UNSURE)
            and _other_side_too(words, lex)
        ):
            # "the left is the bad one. the right has a bit of tingling in the toes": the
            # other side named with a symptom of its own; shown back. After a "not sure"
            # too: the symptom told leans to yes, as a "maybe" then a feeling does
            answer = Answer(True, Certainty.likely, "lexicon:the other side too", True)
    elif fact.id == "leg_weakness":
        answer = _leg_weakness(words, scope, lex, found, said)
    elif fact.id == "cancer_history":
        answer = _cancer_history(words, scope, lex, found, today)
    elif fact.id == "bone_mets":
        answer = _bool(fact, words, scope, lex, found, said)
        if answer.value is not None and answer.value != UNSURE:
            answer = Answer("yes" if answer.value else "no", *_rest(answer))
    elif fact.id == "had_physio":
        answer = _physio(words, scope, lex, found, said)
    elif fact.id == "cancer_type":
        answer = _cancer_type(words, scope, lex, found)
    elif fact.id == "treatment":
        answer = _treatment(words, scope, lex, found, today)
        if answer.value == ("other_chemo",) and _name_not_known(words, lex):
            # "some chemo through a drip, i don't remember the name": which chemotherapy
            # is what matters (taxanes have their own pattern); asked plainly next
            answer = Answer(UNSURE, Certainty.likely, f"{answer.decided_by}, name not known", True)
    elif fact.kind in (Kind.INT, Kind.WEEKS):
        answer = _number(fact, words, scope, lex, found, today)
    else:
        answer = NONE
    tokens = words.tokens
    # "no scales in the house, so i would not know": a "no" that opens a noun phrase
    no_thing = len(tokens) > 1 and tokens[0] == "no" and tokens[1] not in BOUNDARIES
    if (
        (
            answer.value is None
            or answer.decided_by.startswith("topic:")
            or (no_thing and answer.decided_by == "answer:no")
        )
        and fact.kind not in (Kind.INT, Kind.WEEKS)
        and any(
            span.pattern not in lex.WEAK_DOUBT or len(words.words()) <= SHORT_ANSWER
            # "we don't have a thermometer in the house": not measured is not knowing too
            for span in _phrase_matcher((*lex.NOT_KNOWING, *lex.NOT_MEASURED)).find(words.tokens)
        )
    ):
        # "i think it's normal? it's hard to know on morphine", "haven't weighed myself in
        # ages": not knowing, said anywhere, with nothing else read; shown back
        answer = Answer(UNSURE, Certainty.likely, "lexicon:not knowing", True)
    elif _hedged_no_then_not_knowing(answer, found, words, lex):
        # "i guess not? hard to say honestly", "i don't think so, though i haven't really
        # been paying attention": a hedged no that then says it cannot know is a "not
        # sure", shown back (SPEC 4: never a no the patient did not give)
        answer = Answer(UNSURE, Certainty.likely, f"{answer.decided_by}, then not knowing", True)
    elif _hedged_yes_then_not_knowing(fact, answer, found, words, lex):
        # "I think so? the doctor said 'trapped nerve' once, I don't remember if it was the
        # same": a hedged yes that then says it cannot know, on a fact whose "not sure" is
        # read the way that gives the higher level (SPEC 3); the five with a floor of their
        # own keep leaning to yes
        answer = Answer(UNSURE, Certainty.likely, f"{answer.decided_by}, then not knowing", True)
    if (
        answer.certainty is Certainty.sure
        and answer.value in (False, "none")
        and figurative(tokens, lex)
    ):
        # "only thing leaking round here is my patience. no", "the only stuff i inject is
        # my coffee, so no": the joke is read as one, and the "no" after it is shown back
        # (SPEC 4: a red-flag no only when sure)
        answer = Answer(answer.value, Certainty.likely, f"{answer.decided_by}, after a joke", True)
    return _careful(fact, words, answer), said


def _hedged_no_then_not_knowing(
    answer: Answer, found: tuple[str, str, str] | None, words: Words, lex: ModuleType
) -> bool:
    """A no from a hedged answer word, and a word of not knowing elsewhere in the message
    that is neither the hedge's own ("i guess") nor about a cause ("idk why")."""
    if not (
        found is not None
        and found[0] in ("no", "none")
        and found[1] == Certainty.likely.value
        and answer.value in (False, "none")
        and answer.decided_by == f"answer:{found[2]}"
    ):
        return False
    tokens = words.tokens
    fine = set(lex.CLASSES["fine"])
    return any(
        # "i haven't checked but i feel ok": a verdict after the doubt keeps the no
        not fine & set(tokens[span.end :])
        for span in _not_knowing(tokens, lex)
    )


def _not_knowing(tokens: Sequence[str], lex: ModuleType) -> list[Span[bool]]:
    """Words of not knowing that say the patient cannot know: not a hedge's own ("i
    guess"), not a doubt that may be about something else ("maybe the top of the
    thigh"), not a doubt of a cause ("idk why")."""
    return [
        span
        for span in _phrase_matcher(lex.NOT_KNOWING).find(tokens)
        if span.pattern not in lex.WEAK_DOUBT
        and span.pattern not in _DEGREE_OF_DOUBT
        and (span.end >= len(tokens) or tokens[span.end] not in lex.DOUBT_OF_CAUSE)
    ]


#: Answer words that say yes with a doubt of their own: "i think so", "probably".
_HEDGED_YES = frozenset(
    ["i think so", "think so", "i believe so", "i guess so", "guess so", "i suppose so",
     "suppose so", "probably", "probably yes", "i reckon so", "reckon so"]
)  # fmt: skip


def _hedged_yes_then_not_knowing(
    fact: Fact,
    answer: Answer,
    found: tuple[str, str, str] | None,
    words: Words,
    lex: ModuleType,
) -> bool:
    """A yes from a hedged answer word, off SPEC 3's "not sure" row, and a word of not
    knowing after it that is not the hedge's own nor about a cause."""
    if (
        fact.id in CAREFUL
        or found is None
        or found[2] not in _HEDGED_YES
        or answer.value is not True
        or answer.decided_by != f"answer:{found[2]}"
    ):
        return False
    end = _answer_end(words, found)
    return any(span.start >= end for span in _not_knowing(words.tokens, lex))


#: Hedges that may be about something else in the message ("maybe the top of the thigh"),
#: not the patient saying they cannot know.
_DEGREE_OF_DOUBT = frozenset(["maybe", "could be", "might be", "possibly", "perhaps"])


_ORDINAL_RE = re.compile(r"^([0-9]{1,2})(?:st|nd|rd|th)$")
#: A drip word this close to a day names the drip's day: "the drip on the 3rd".
_DRIP_REACH = 4


def _day_number(token: str, lex: ModuleType) -> tuple[str, int] | None:
    """ "tuesday" -> ("week", 1), "5th" -> ("month", 5)."""
    if token in lex.WEEKDAYS:
        return "week", lex.WEEKDAYS.index(token)
    ordinal = _ORDINAL_RE.match(token)
    return ("month", int(ordinal.group(1))) if ordinal else None


def _days_from_drip(words: Words, lex: ModuleType) -> Answer:
    """A timeline told by days: "drip on Tuesday ... by Thursday my legs were screaming".

    A day named beside a drip word is the drip's; another day 1 to 3 days on is SPEC's
    onset window. Only a likely yes, so it is shown back; nothing else is read.
    """
    tokens = words.tokens
    drips = {span.start for span in _class_matcher(lex, "drip").find(tokens)}
    days = [(i, d) for i, t in enumerate(tokens) if (d := _day_number(t, lex)) is not None]
    # the drip's day follows its word ("infusion was on thursday"), or else comes just
    # before it ("wednesday for the taxol")
    after = [i for i, _ in days if any(0 < i - d <= _DRIP_REACH for d in drips)]
    before = [i for i, _ in days if any(0 < d - i <= _DRIP_REACH for d in drips)]
    if not after and not before:
        return NONE
    i = after[0] if after else before[-1]
    kind, day = dict(days)[i]
    for j, (other_kind, other) in days:
        gap = (other - day) % 7 if kind == "week" else other - day
        if j != i and other_kind == kind and 1 <= gap <= 3:
            return Answer(True, Certainty.likely, "lexicon:days from the drip", True)
    return NONE


#: Questions asked only of someone on chemotherapy: there the chemo needs no naming.
CHEMO_QUESTIONS = frozenset({"hands_feet_tingling", "pain_after_infusion"})


def chemo_feet_only(
    stated: Sequence[Assertion], words: Words, lex: ModuleType, question: str | None = None
) -> bool:
    """Whether "both" is said only of the feet or hands, with chemotherapy named as the
    cause (or asked about: "ya both feet pins n needles" to the chemo tingling question),
    and no leg is named outside what is denied ("only in the right leg")."""
    if not any(a.fact == "both_legs" and a.value is True for a in stated):
        return False
    tokens = words.tokens
    if not (lex.FEET_WORDS & set(tokens)) or not (
        question in CHEMO_QUESTIONS or lex.CHEMO_CAUSE & set(tokens) or cancer_or_drug(tokens, lex)
    ):
        return False
    denied = {
        i
        for a in stated
        if a.fact == "both_legs" and (a.value is False or a.negated)
        # "the leg pain is only the left": the leg named in the clause that keeps it to one
        for i in range(_clause_start(tokens, a.start), a.end)
    }
    for i, token in enumerate(tokens):
        if token in lex.LEG_WORDS and i not in denied and not _after_a_denial(tokens, i):
            return False
    return True


def _feverish(after: Sequence[str], lex: ModuleType) -> bool:
    """Whether a cause given for a fever is an infection ("the bug going round work")."""
    told = " ".join(after)
    return bool(lex.FEVERISH_CAUSES & set(after)) or any(
        f" {w} " in f" {told} " for w in ("going round", "going around", "doing the rounds")
    )


def _clause_start(tokens: Sequence[str], i: int) -> int:
    while i > 0 and tokens[i - 1] not in BOUNDARIES:
        i -= 1
    return i


def _after_a_denial(tokens: Sequence[str], i: int) -> bool:
    """ "nothing up the legs", "not in my legs": a leg named only to be denied."""
    before = tokens[max(0, i - 4) : i]
    return any(t in ("nothing", "not", "no", "never") for t in before)


#: So many words or fewer is a short answer: "mainly the right i think" doubts it, while
#: "hey i think i have sciatica, my sister told me to try this" is a story.
SHORT_ANSWER = 6

#: Facts that stay true once true: a metastasis found "in the summer", a stomach bleed
#: "years ago" that still means no anti-inflammatories, an earlier bout "12 years back",
#: a team "told ages ago" that still knows.
LASTING = frozenset(["bone_mets", "nsaid_caution", "previous_episode", "team_aware"])

#: Symptoms a patient may explain away ("but that's probably the heating"), as against
#: facts of care, where an explanation does not undo the yes ("the nurse said it's
#: probably the taxol").
EXPLAINABLE = RAISING | {"joint_stiffness", "night_pain", "pain_after_infusion"}

#: Facts whose "yes" lowers the level ("the cancer team knows and nothing changed"):
#: the safer reading wins, so their "yes" is taken only when plain.
LOWERING = frozenset(["team_aware"])
#: Facts of a feeling that a limb gone to sleep can mimic for a minute.
PASSING_FEELINGS = frozenset(
    ["both_legs", "leg_numbness", "hands_feet_tingling", "saddle_numbness", "leg_weakness"]
)


def _lowering(
    fact: Fact,
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    said: list[Assertion],
) -> Answer:
    """A yes that would lower the level, read the safer way (SPEC 3: the higher reading).

    "they know, but it's spread into the other leg", "my GP knows but not the cancer
    team", "no, i not tell them": not the same, unchanged pain the team has checked.
    A hedged yes ("i think so", "probably") is shown back for a tap.
    """
    answer = _bool(fact, words, scope, lex, found, said)
    if answer.value is not True:
        return answer
    if found is not None and found[0] == "no" and found[2] not in lex.UNCHANGED:
        return Answer(False, Certainty.sure, f"answer:{found[2]}", True)
    if mentioned(words, scope, lex.CHANGED):
        return Answer(False, Certainty.sure, "lexicon:known but changed", True)
    contrast = [i for i, t in enumerate(words.tokens) if t in lex.CONTRAST]
    if contrast and any(a.negated or a.start > contrast[0] for a in said):
        return Answer(False, Certainty.likely, "lexicon:known, but", True)
    hedged = found is not None and (found[1] != "sure" or found[0] == "unsure")
    weakly_doubted_same = "same" in words.tokens and not _phrase_matcher(lex.DOUBT).find(
        words.tokens
    )
    if (
        _phrase_matcher(lex.UNCERTAIN).find(words.tokens)
        and not weakly_doubted_same
        and not (found is not None and found[0] == "yes" and found[1] == "sure")
    ):
        # "i mentioned it to the nurse but i'm not sure she wrote it down": not knowing
        # whether the team knows is the higher reading; shown back ("i think so, she
        # wrote it down, it's about the same" is a yes, shown back)
        return Answer(UNSURE, Certainty.likely, answer.decided_by, True)
    if hedged or answer.certainty is not Certainty.sure or contrast:
        return Answer(True, Certainty.likely, answer.decided_by, True)
    return answer


def _answer_end(words: Words, found: tuple[str, str, str] | None) -> int:
    """Where the direct answer ends, so that what follows it can be looked at."""
    if found is None:
        return 0
    size = len(found[2].split())
    tokens = words.tokens
    for i in range(len(tokens) - size + 1):
        if " ".join(tokens[i : i + size]) == found[2]:
            return i + size
    return 0


def _rest(answer: Answer) -> tuple[Certainty, str, bool]:
    return answer.certainty, answer.decided_by, answer.direct


#: Faces that, alone, answer a frightening question with unease.
_UNEASY_FACES = frozenset(["emojiawkward", "emojisad"])


def _careful(fact: Fact, words: Words, answer: Answer) -> Answer:
    """A lone emoji, a one-word answer or a hedge to a red-flag question is at best likely."""
    if (
        answer.value is None
        and words.symbols_only
        and fact.id in CAREFUL
        and words.words()
        and set(words.words()) <= _UNEASY_FACES
    ):
        # a lone 😬 or 😭 to "any trouble peeing?" is unease, not nothing: two raters of
        # three read it as "not sure"; shown back, so the plain follow-up comes next
        return Answer(UNSURE, Certainty.likely, f"answer:{words.words()[0]}", True)
    if (
        words.symbols_only
        and fact.id in CAREFUL
        and answer.decided_by in ("answer:emojithumbup", "answer:emojithumbdown")
    ):
        # a lone 👍 or 👎 to "any trouble peeing?" may be "yes" or "all fine": a thumb
        # is not an answer to a frightening question, so it is shown back as unsure
        return Answer(UNSURE, Certainty.likely, answer.decided_by, answer.direct)
    if answer.value is None or answer.certainty is not Certainty.sure:
        return answer
    if fact.id not in HEDGED_NO_SHOWN_BACK and not words.symbols_only:
        return answer
    plain = words.words()
    if words.symbols_only and fact.id in HEDGED_NO_SHOWN_BACK:
        # a lone 🤷 is shown back too: "I read that as: you are not sure"
        return Answer(answer.value, Certainty.likely, answer.decided_by, answer.direct)
    if fact.id in HEDGED_NO_SHOWN_BACK and answer.value is False and words.asks and len(plain) <= 4:
        return Answer(answer.value, Certainty.likely, answer.decided_by, answer.direct)
    if (
        fact.id in HEDGED_NO_SHOWN_BACK
        and answer.decided_by.startswith("answer:emoji")
        and answer.value != UNSURE
    ):
        # "🍆👎 since the pain": an emoji is a picture, not a word; shown back for a tap
        return Answer(answer.value, Certainty.likely, answer.decided_by, answer.direct)
    return answer


def _best_evidence(
    said: list[Assertion],
) -> tuple[list[Assertion], list[Assertion], list[Assertion]]:
    """Mentions that say yes, that say no, and old or unclear ones."""
    yes: list[Assertion] = []
    no: list[Assertion] = []
    other: list[Assertion] = []
    for a in said:
        if a.experiencer is Experiencer.other:
            continue
        if a.when is When.long_ago and a.fact not in LASTING:
            other.append(a)
            continue
        positive = a.value not in (False, "none", None)
        if a.negated:
            if positive or NEGATION_WORDS & set(a.words.split()):
                # "no i haven't told anyone yet": a "no" before a negative is agreement
                no.append(a)
            continue
        if a.experiencer is Experiencer.unclear:
            other.append(a)
            continue
        (yes if positive else no).append(a)
    return yes, no, other


def _others_then_no(
    said: list[Assertion], yes: list[Assertion], words: Words, found: tuple[str, str, str]
) -> bool:
    """Whether every yes sits in a sentence about someone else, and the patient's own
    "no" comes after them, in a sentence of its own."""
    end = _answer_end(words, found)
    start = end - len(found[2].split())
    others = [a.start for a in said if a.experiencer is Experiencer.other]
    if not others or any(a.end > start for a in yes):
        return False
    spans = sentences(words.tokens)

    def sentence(i: int) -> int:
        return next((n for n, (a, b) in enumerate(spans) if a <= i < b), -1)

    told_of_others = {sentence(i) for i in others}
    return sentence(start) not in told_of_others and all(
        sentence(a.start) in told_of_others for a in yes
    )


def _bool(
    fact: Fact,
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    said: list[Assertion],
) -> Answer:
    yes, no, other = _best_evidence([a for a in said if not a.asked])
    denied = _asked_back_then_denied(yes, words, scope, lex, found) if yes else None
    if denied is not None:
        # "weak? I carried the shopping up three flights, so no", "fever? honestly no":
        # the question's words asked back, then answered no
        yes = []
        if found is None:
            return Answer(False, Certainty.likely, f"answer:{denied}, asked back", True)
    direct = found is not None
    if not yes and (
        found is None or found[0] == "no" or (found[0] == "unsure" and found[2] in lex.LEANING_YES)
    ):
        # "maybe? it feels less sensitive than normal": a maybe, then the feeling told,
        # leans to yes as it does with the place named
        answered = _answer_end(words, found) if found and found[0] == "unsure" else None
        bare = _bare_symptom(fact, words, scope, lex, answered)
        if bare is not None:
            # "no sensation", "nope, a bit numb" at the saddle question: the question names
            # the place, so the feeling told answers it (the "no" opens the symptom, or
            # comes before it: "no, but it's a bit numb down there" is a yes); shown back
            return Answer(True, Certainty.likely, f"lexicon:{bare.pattern}, at its question", True)
        place = _place_after_a_maybe(fact, words, scope, lex, found)
        if place is not None:
            # "maybe a tiny bit on the inside of my thigh": the question named the feeling,
            # the patient names where; a red flag's maybe leans to yes, shown back
            return Answer(True, Certainty.likely, f"lexicon:{place}, after a maybe", True)
    denied_well = _phrase_matcher(lex.NORMAL_DENIED).find(words.tokens)
    if (
        not yes
        and found is None
        and fact.id in CAREFUL
        and any(a.start < d.end and d.start < a.end for a in no for d in denied_well)
    ):
        # "it no longer feels normal down there": normal denied, not a "feels normal";
        # a change told, shown back as a yes
        return Answer(True, Certainty.likely, f"lexicon:{denied_well[0].pattern}", True)
    if not yes and found is not None and found[0] == "no" and fact.id in CAREFUL and denied_well:
        # "no, it's not fine", "nope, not right at all": the "no" may agree that something
        # is wrong; a red flag's "not sure", shown back
        return Answer(UNSURE, Certainty.likely, f"answer:{found[2]}, then not well", True)
    counters = [a for a in no if not a.negated]
    if (
        not yes
        and no
        and found is not None
        and found[0] == "unsure"
        and found[2] in lex.NOT_MEASURED
    ):
        # "haven't taken my temperature but i feel normal, no chills": not measured, and
        # well by every sign told; shown back as a no
        return Answer(False, Certainty.likely, f"answer:{found[2]}, felt well", True)
    if (
        yes
        and counters
        and all(a.pattern in lex.LIKENESSES for a in yes)
        and min(a.start for a in counters) > max(a.start for a in yes)
    ):
        # "like sitting on a golf ball, but that's pain, I can feel everything down there":
        # a likeness, then a plain statement against the symptom; the statement is the
        # answer, shown back as a red flag's "no" always is unless sure
        return Answer(False, Certainty.likely, f"lexicon:{counters[0].pattern}", True)
    if yes and found and found[:2] == ("no", "sure") and _others_then_no(said, yes, words, found):
        # "my husband has neuropathy from his diabetes, both feet. i don't have anything
        # like that": the symptom was his; the patient's own answer follows; shown back
        return Answer(False, Certainty.likely, f"answer:{found[2]}", True)
    if yes and found and found[:2] == ("no", "sure"):
        start = _answer_end(words, found) - len(found[2].split())
        concluded = found[2].split()[0] in _SO or (start > 0 and words.tokens[start - 1] in _SO)
        if start > 0 and concluded and all(a.end <= start for a in yes):
            # "the only thing I inject is caffeine ☕ so no": a no drawn as the conclusion
            # of what was told; the patient judged it, so it is shown back, not settled,
            # and on a red flag ("i wet myself last night so no") as a "not sure"
            value: object = UNSURE if fact.id in CAREFUL else False
            return Answer(value, Certainty.likely, f"answer:{found[2]}, concluded", True)
    if yes and found and found[:2] == ("no", "sure") and fact.id not in RAISING:
        end = _answer_end(words, found)
        if end and all(a.start >= end for a in yes):
            # "no, it started after i fell off a ladder", "no, but my hands went numb
            # after the last one": a plain no, then a remark; shown back, not settled
            return Answer(False, Certainty.likely, f"answer:{found[2]}", True)
    if yes and found and found[0] == "unsure":
        end = _answer_end(words, found)
        if any(a < end <= b for y in yes for a, b in (y.parts or ((y.start, y.end),))):
            # "i can't tell when my bladder is full": the "can't tell" is the symptom
            found = None
    if yes and _echoed_then_doubted(yes, words, scope, lex):
        # "tingly? numb? idk they feel the same to me": the question's words asked back,
        # then a doubt; a "not sure", shown back
        return Answer(UNSURE, Certainty.likely, f"lexicon:{yes[0].pattern}, asked back", True)
    if yes and not (counters and fact.id in lex.COUNTER_WINS):
        first = yes[0]
        hedged = all(a.hedged for a in yes)
        if (
            found
            and found[0] == "unsure"
            and fact.id not in RAISING | LOWERING
            and _reserved(words.tokens, first, lex)
        ):
            # "maybe a bit? my jeans feel looser but i've not been eating much", "kind of,
            # my feet feel odd but i can't describe it": a hedge, then a reservation about
            # the symptom itself, is a "not sure", shown back (two blind raters agree); never
            # on the safety screen, where a hedged symptom still leans to yes
            return Answer(UNSURE, Certainty.likely, f"lexicon:{first.pattern}, reserved", True)
        explanations = _phrase_matcher(lex.EXPLAINED_AWAY).find(words.tokens)
        explained_away = (
            fact.id in EXPLAINABLE
            and not any(_MEASURED in y.pattern for y in yes)
            and any(
                span.end > first.start
                and words.tokens[span.end : span.end + 1] != ("me",)
                and not (
                    fact.id == "fever" and _feverish(words.tokens[span.end : span.end + 6], lex)
                )
                for span in explanations
            )
        )  # "could just be me being paranoid" doubts the worry, not the symptom; "probably
        # just the bug going round" puts a fever down to an infection, which is a fever; a
        # thermometer's 38.5 is a measure, which no warm room explains away
        passed = _passed_or_denied(fact, words, lex, yes, counters, explanations, explained_away)
        if passed is not None:
            return Answer(False, Certainty.likely, f"lexicon:{first.pattern}, {passed}", True)
        if found and found[0] == "unsure" and explained_away:
            # "maybe? stream seems weaker but i've always been a slow pee-er", "kind of
            # shivery but that's just the cold floor": a hedge and a cause of the patient's
            # own is doubt twice over; a "not sure", shown back
            return Answer(UNSURE, Certainty.likely, f"lexicon:{first.pattern}, doubted", True)
        if found and found[0] == "unsure":
            # "maybe, it feels fuzzy down below" leans to yes: shown back for a tap
            if (
                found[2] in lex.LEANING_YES
                or (found[2] in lex.FREQUENCY and fact.id in CAREFUL)
                or _phrase_matcher(lex.DOES_IT_COUNT).find(words.tokens)
                or found[2] in lex.NOT_MEASURED
            ):
                # "sometimes i don't realise i've gone": a red flag that comes and goes is
                # there; "not sure, i take a baby aspirin, does that count?" tells the thing
                # and asks if it matters; "shivery, but I haven't got a thermometer" tells
                # the sign without the measure: each is shown back for a tap
                return Answer(True, Certainty.likely, f"lexicon:{first.pattern}", True)
            if fact.id in RAISING and not hedged:
                # "hard to say, both feel tired but only one really hurts": a hedge and a
                # vague leg word explained away stays a "not sure"; "not sure, both my legs
                # have gone heavy" leans to yes; either way it is shown back for a tap
                explained = fact.id in lex.VAGUE_WHEN_HEDGED and bool(
                    _phrase_matcher(tuple(sorted(lex.EXPLAINED))).find(words.tokens)
                )
                leaning: object = UNSURE if explained else True
                return Answer(leaning, Certainty.likely, f"lexicon:{first.pattern}", True)
            return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
        if fact.id in EXPLAINABLE and any(
            span.start > first.start
            and not _since_then(words.tokens, span.end)
            and not _all_else(words.tokens, span.end)
            for span in _phrase_matcher(lex.UNCHANGED_SINCE).find(words.tokens)
        ):
            # "a weak bladder since the twins, no different since the sciatica", "knees
            # creaky for years, no worse since the tablets": nothing new since the pain (or
            # the tablets) began is a no (SPEC 2), shown back
            return Answer(False, Certainty.likely, f"lexicon:{first.pattern}, unchanged", True)
        if (hedged and _doubted(words.tokens, lex, yes)) or explained_away:
            # "bit numb maybe?", "possibly a little weaker?", "a bit shivery but that's
            # probably the heating": the patient doubts the symptom is there, or explains
            # it away; shown back as a "not sure"
            return Answer(UNSURE, Certainty.likely, f"lexicon:{first.pattern}, doubted", True)
        if fact.id in EXPLAINABLE - RAISING and _phrase_matcher(lex.ASKS_IF_IT_COUNTS).find(
            words.tokens
        ):
            # "my back is stiff, is that what you mean?": the patient tells a thing and
            # asks whether it is the one meant; off the safety screen a "not sure"
            return Answer(UNSURE, Certainty.likely, f"lexicon:{first.pattern}, asks", True)
        measured = [c for c in counters if lex.MEASURES & set(c.words.split())]
        if fact.id in EXPLAINABLE and measured and all(m.start > first.start for m in measured):
            # "night sweats, but i think that's the menopause, and the thermometer says
            # normal": a measure taken against the symptom told; the plain follow-up asks
            return Answer(
                UNSURE, Certainty.likely, f"lexicon:{measured[0].pattern}, measured", True
            )
        # "no, but it's a bit numb down there" is a yes: the stated symptom wins; told
        # only by a picture ("nothing going on down there") it is shown back for a tap
        # "37.9 this morning, is that a fever?": the patient asks if it counts; shown back
        asks = bool(_phrase_matcher(lex.ASKS_IF_IT_COUNTS).find(words.tokens))
        # "roasting, but it's 35 degrees out here. no fever mate": a plain no told after
        # the sign, in a sentence of its own, makes the sign shown back, never taken
        denied_after = any(
            n.start > first.end
            and not n.negated
            and n.experiencer is Experiencer.patient
            and any(t in (SENTENCE, QUESTION) for t in words.tokens[first.end : n.start])
            for n in no
        )
        shown = hedged or asks or denied_after or first.pattern in lex.SHOWN_BACK
        certainty = Certainty.likely if shown else Certainty.sure
        return Answer(True, certainty, f"lexicon:{first.pattern}", True)
    talked_of = [
        t
        for t in best(_topic_matcher(lex, fact.id).find(words.tokens))
        if not scope.judge(t).negated and t.start >= _answer_end(words, found)
    ]
    if (
        found
        and found[1] == "sure"
        and found[0] == "no"
        and (other or talked_of)
        and fact.id in CAREFUL
    ):
        # "nothing new, just bunged up from the codeine": a no that mentions the symptom
        return Answer(False, Certainty.likely, f"answer:{found[2]}", True)
    if found and found[1] == "sure" and found[0] != "unsure":
        if found[0] == "yes" and counters:
            # "yes, only my left leg" to the both-legs question: show it back
            return Answer(False, Certainty.likely, f"lexicon:{counters[0].pattern}", True)
        return Answer(found[0] == "yes", Certainty.sure, f"answer:{found[2]}", True)
    if no and yes and all(a.hedged for a in yes) and any(a.hedged for a in no):
        # "a bit in my fingertips maybe, toes are fine i think": doubt on both sides
        return Answer(UNSURE, Certainty.likely, f"lexicon:{no[0].pattern}", True)
    if no:
        hedged = any(a.hedged for a in no) or (found is not None and found[0] == "unsure")
        certainty = Certainty.likely if hedged else Certainty.sure
        if fact.id in CAREFUL and other:
            # "a weak bladder since my third baby, no different since the back went": an
            # old symptom said to be unchanged is shown back, not settled
            certainty = Certainty.likely
        if all(a.experiencer is Experiencer.unclear for a in no) and fact.id in CAREFUL:
            # "he says no weakness but he's been shuffling": a red-flag "no" told by
            # someone else, or of someone unclear, is shown back, never settled
            certainty = Certainty.likely
        if fact.id in CAREFUL and _phrase_matcher(lex.ASKS_IF_IT_COUNTS).find(words.tokens):
            # "does my other hip count? ... just the left leg": a red-flag "no" beside a
            # question of whether something counts is shown back, never settled
            certainty = Certainty.likely
        if hedged and found is not None and found[0] == "unsure":
            plain = [
                a
                for a in counters
                if not a.hedged and a.words not in lex.FREQUENCY and a.words not in found[2]
            ]
            if plain:
                # "sometimes, it's hard to get comfy in bed", "kind of, but moving helps":
                # a hedge beside what says no is shown back as that no
                return Answer(False, Certainty.likely, f"lexicon:{plain[0].pattern}", True)
            return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
        if (
            not hedged
            and found is None
            and _doubted(words.tokens, lex, no)
            and not _phrase_matcher(lex.ASKS_IF_IT_COUNTS).find(words.tokens)
        ):
            # "it does wake me some nights but i'm not sure if that's the pain": what
            # speaks against the fact, then a doubt of its own; a "not sure", shown back
            return Answer(UNSURE, Certainty.likely, f"lexicon:{no[0].pattern}, doubted", True)
        if fact.id in EXPLAINABLE and all(a.words in lex.FREQUENCY for a in no):
            # "some nights bad some ok": how often, and nothing else, says neither
            # "constant" nor "never"; the plain follow-up asks
            return Answer(UNSURE, Certainty.likely, f"lexicon:{no[0].pattern}, how often", True)
        return Answer(False, certainty, f"lexicon:{no[0].pattern}", True)
    # "since may everything down there has been normal": a verdict closing a sentence
    # answers only when no word of the subject does ("peeing's normal" names the wee)
    verdict = found is not None and found[2] in lex.CLOSING_VERDICTS
    if found and not verdict:
        value = {"yes": True, "no": False, "unsure": UNSURE}[found[0]]
        certainty = Certainty(found[1])
        if certainty is Certainty.likely and fact.id not in HEDGED_NO_SHOWN_BACK:
            certainty = Certainty.sure
        return Answer(value, certainty, f"answer:{found[2]}", True)
    if (
        any(a.when is When.long_ago for a in other)
        and fact.id in CAREFUL
        and (_doubted(words.tokens, lex, other) or words.asks)
    ):
        # "i think i'm ok? one little leak, but i've had that since the kids": an old
        # symptom with doubt about today stays a "not sure", shown back
        return Answer(UNSURE, Certainty.likely, f"lexicon:{other[0].pattern}, doubted", True)
    if other:
        # long ago, or someone typing about "her": show it back rather than guess
        value = other[0].value not in (False, "none", None) and (
            other[0].when is When.now or fact.id in LASTING
        )
        return Answer(bool(value), Certainty.likely, f"lexicon:{other[0].pattern}", direct)
    denied_normal = bool(_phrase_matcher(lex.NORMAL_DENIED).find(words.tokens))
    for span in best(_topic_matcher(lex, fact.id).find(words.tokens)):
        mods = scope.judge(span)
        if denied_normal and not mods.negated and mods.experiencer is not Experiencer.other:
            # "it isn't the same down there", "my waterworks are not normal": a change
            # told of the subject, in no word of the symptom; shown back as a yes
            return Answer(True, Certainty.likely, f"topic:{span.pattern}, not normal", True)
        if mods.negated and mods.experiencer is not Experiencer.other and not scope.asked(span):
            # a red-flag "no" from the subject alone ("never had that") is shown back
            careful = mods.hedged or fact.id in CAREFUL
            certainty = Certainty.likely if careful else Certainty.sure
            return Answer(False, certainty, f"topic:{span.pattern}", True)
    theirs = [
        a
        for a in said
        if a.experiencer is Experiencer.other
        and not a.negated
        and a.value not in (False, "none", None)
    ]
    if not found and theirs and not _patient_contrasts(words.tokens, scope, lex):
        # "dad wet the bed last night, never done that before": with nothing said of the
        # patient, a carer may be typing for them; shown back as a yes, never dropped
        return Answer(True, Certainty.likely, f"lexicon:{theirs[0].pattern}, of another", True)
    if any(a.experiencer is Experiencer.other for a in said):
        # "my dad has foot drop, but mine are ok": only someone else has it
        return Answer(False, Certainty.likely, "lexicon:someone else", True)
    soft = [
        span
        for span in _phrase_matcher(lex.SOFT_SIGNS.get(fact.id, ())).find(words.tokens)
        if not scope.judge(span).negated and scope.judge(span).experiencer is Experiencer.patient
    ]
    if soft:
        # "hot flushes but that's the tamoxifen", "a bit off, like I'm coming down with
        # something": a sign that may or may not be the one asked; the follow-up explains
        return Answer(UNSURE, Certainty.likely, f"lexicon:{soft[0].pattern}, may be", True)
    asks_if_counts = _phrase_matcher(lex.ASKS_IF_IT_COUNTS).find(words.tokens)
    if (
        fact.id in _ASKED_WHAT_COUNTS
        and asks_if_counts
        and any(
            t not in BOUNDARIES and not t.startswith(EMOJI_PREFIX)
            for t in words.tokens[: asks_if_counts[0].start]
        )
    ):
        # "had flu last month, does that count", "I am diabetic, is it counting?": a thing
        # told and asked about that the lexicon does not know; the follow-up explains
        return Answer(UNSURE, Certainty.likely, "answer:asks if it counts", True)
    if found and verdict:
        return Answer(False, Certainty.likely, f"answer:{found[2]}", True)
    return NONE


#: Questions whose list of causes patients ask about ("I am diabetic, is it counting?",
#: "walked into a door, does that count"): a thing told and asked about is a "not sure".
_ASKED_WHAT_COUNTS = frozenset(["infection_risk", "trauma"])


def _passed_or_denied(
    fact: Fact,
    words: Words,
    lex: ModuleType,
    yes: list[Assertion],
    counters: list[Assertion],
    explanations: list[Span[Any]],
    explained_away: bool,
) -> str | None:
    """Why a feeling told is a "no", shown back: it passed at once, or was explained, then
    the fact denied; None when neither. Each way is one row: (why, does it apply)."""
    first = yes[0]
    # a thermometer or the scales is a measure, not a denial of the feeling
    denials = [c for c in counters if c.fact == fact.id and not lex.MEASURES & set(c.words.split())]
    ways = (
        # "leg went dead from sitting on the loo too long, fine after a minute": a limb
        # gone to sleep that woke at once is not the symptom asked of
        (
            "passed",
            lambda: (
                fact.id in PASSING_FEELINGS
                and any(
                    span.start > first.start
                    for span in _phrase_matcher(lex.PASSED_AT_ONCE).find(words.tokens)
                )
            ),
        ),
        # "bit bunged up from the co-codamol but i still know when i need to go, it just
        # takes ages": a slowness explained, the feeling kept
        (
            "explained",
            lambda: (
                fact.id in EXPLAINABLE
                and all(y.pattern in lex.SLOW_TO_GO for y in yes)
                and bool(denials)
                and bool(explanations)
            ),
        ),
        # "roasting, but it's 35 degrees out here. no fever mate": the feeling told, put
        # down to the weather, then the fact denied
        (
            "then denied",
            lambda: explained_away and any(c.start > first.start for c in denials),
        ),
    )
    return next((why for why, applies in ways if applies()), None)


def _patient_contrasts(tokens: Sequence[str], scope: Scope, lex: ModuleType) -> bool:
    """Whether the patient sets themself apart ("but i'm fine", "mine don't", "i wasn't
    in the car"): a self word with a negative or a word of being well soon after it."""
    well = set(lex.CLASSES["fine"]) | NEGATION_WORDS | {"same", "different", "only", "just"}
    if any(
        token in NEGATION_WORDS and scope.experiencer_at(i) is Experiencer.patient
        for i, token in enumerate(tokens)
    ):
        return True  # "my husband snores and keeps me up, the pain doesn't"
    for cue in scope.selves:
        after = []
        for token in tokens[cue.start : cue.start + 6]:
            if token in BOUNDARIES:
                break
            after.append(token)
        if well & set(after) or tokens[cue.start] == "mine":
            return True  # "mine stays in my hip": a "mine" is set against theirs
    return False


def _bare_symptom(
    fact: Fact, words: Words, scope: Scope, lex: ModuleType, answered: int | None = None
) -> Span[Any] | None:
    """A feeling told with no place ("numb", "no sensation") at a question that names the
    place; not when another place is named ("my leg is numb") or the feeling denied.

    ``answered`` is where a "maybe" said as the answer ends: its doubt is of the answer,
    not of a feeling told in a clause of its own after it ("maybe? it feels less
    sensitive")."""
    phrases = lex.BARE_AT_QUESTION.get(fact.id)
    if not phrases or set(words.tokens) & (lex.LEG_WORDS | lex.FEET_WORDS | lex.ELSEWHERE):
        return None  # "oh sure, and my nose is numb too. no.": the feeling is put elsewhere
    joking = figurative(words.tokens, lex)
    told = [
        (span, scope.judge(span))
        for span in _phrase_matcher(phrases).find(words.tokens)
        if span.start not in joking  # "the only numb thing is my brain"
    ]
    if any(mods.negated for _, mods in told[-1:]):
        return None  # "know i'm numb there. sorry i mean no i'm not numb": the last word wins
    for span, mods in told:
        hedged = mods.hedged
        if answered is not None:
            # after a "maybe": the feeling must be told in a clause of its own, not doubted
            # again, explained away ("but i'd had wine") or put elsewhere ("all over")
            between = words.tokens[answered : span.start]
            own_clause = answered < span.start and any(t in BOUNDARIES for t in between)
            doubted_again = any(
                c.category == "POSSIBLE" and answered <= c.start < span.end for c in scope.cues
            )
            rest = " ".join(words.tokens[span.end :])
            elsewhere = any(f" {w} " in f" {rest} " for w in lex.EXPLAINED) or "all over" in rest
            hedged = not own_clause or doubted_again or elsewhere
        if (
            not (mods.negated or hedged or scope.asked(span))
            and mods.experiencer is Experiencer.patient
            and mods.when is When.now  # "pins and needles there when i was pregnant"
        ):
            return span
    return None


def _place_after_a_maybe(
    fact: Fact, words: Words, scope: Scope, lex: ModuleType, found: tuple[str, str, str] | None
) -> str | None:
    """The saddle named, not denied, after a "maybe" to the saddle question."""
    if fact.id != "saddle_numbness" or not found or found[0] != "unsure":
        return None
    if found[2] not in lex.LEANING_YES or closing_doubt(words, lex, of_weight=True):
        return None  # "... not sure if that counts as down there": still a "not sure"
    for span in _class_matcher(lex, "saddle").find(words.tokens):
        mods = scope.judge(span)
        if not mods.negated and mods.experiencer is Experiencer.patient and not scope.asked(span):
            return span.pattern
    return None


def _leg_weakness(
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    said: list[Assertion],
) -> Answer:
    fact = FACTS["leg_weakness"]
    answer = _bool(fact, words, scope, lex, found, said)
    worse = mentioned(words, scope, lex.WORSENING)
    stable = mentioned(words, scope, lex.STABLE)
    if answer.value is None and not (worse or stable) and mentioned(words, scope, lex.LEGS_WELL):
        # "i've used a stick since my hip op, the leg works as well as it ever did"
        return Answer("none", Certainty.likely, "lexicon:the legs said well", True)
    if answer.value is None and (worse or stable):
        # "same", "getting worse": at this question the trend says there is a weakness
        value = "worsening" if worse and not stable else "stable"
        return Answer(value, Certainty.sure, "lexicon:how it changes", True)
    trend = stable or mentioned(words, scope, lex.TREND_OVER_TIME)
    if answer.value == UNSURE and trend:
        # "kind of, and it might be getting worse", "same 🤷 still drags": the trend said
        # beside the hedge is shown back for a tap, the worse one first ("a bit weaker?"
        # alone compares the leg with how it used to be, not how it is going)
        value = "worsening" if worse else "stable"
        return Answer(value, Certainty.likely, "lexicon:how it changes, hedged", True)
    if answer.value is None or answer.value == UNSURE:
        return answer
    soft = [a for a in said if a.value not in (False, "none") and not a.negated]
    if (
        answer.value is True
        and soft
        and all(_soft(a, lex) for a in soft)
        and mentioned(words, scope, lex.STRENGTH_SHOWN)
    ):
        # "i limp because of the pain but i can stand on my tiptoes and heels": the tests
        # of strength passed; shown back as no weakness, for a tap
        return Answer("none", Certainty.likely, "lexicon:strength shown", True)
    if (
        answer.value in (True, UNSURE)
        and soft
        and not trend
        and all(set(a.words.split()) <= _BODY_WEAK for a in soft)
        and _legs_well_at_the_end(words, scope, lex, max(a.end for a in soft))
    ):
        # "weak all over from the chemo, but my legs do what i tell them": the weakness
        # is of the body, and the legs are said to be well; shown back as none
        return Answer("none", Certainty.likely, "lexicon:the legs said well", True)
    doubted = (found is not None and found[0] == "unsure") or _doubted(words.tokens, lex, soft)
    if (
        answer.value is True
        and soft
        and not trend
        and (doubted or all(_soft(a, lex) for a in soft))
    ):
        # "kinda wobbly sometimes", "it feels weak but that might be the pain", "legs feel
        # heavy and tired": a sign that may be the pain, or a weakness the patient doubts,
        # with no word of how it goes, is a "not sure": the plain follow-up explains what a
        # weak leg is. It is the same level as a weakness (SPEC 3), so nothing is lowered
        return Answer(UNSURE, Certainty.likely, f"{answer.decided_by}, doubted", True)
    if answer.value is False and answer.certainty is Certainty.likely and stable:
        # "same as before, foot still drags": an old weakness, unchanged, is still there
        return Answer("stable", Certainty.likely, answer.decided_by, answer.direct)
    if answer.value is False:
        return Answer("none", answer.certainty, answer.decided_by, answer.direct)
    value = "worsening" if worse and not stable else "stable"
    if any(a.value == "worsening" and not a.negated for a in said):
        value = "worsening"
    return Answer(value, answer.certainty, answer.decided_by, answer.direct)


#: A weakness told of the whole body: the word alone, no leg and no sign in it.
_BODY_WEAK = frozenset({"weak", "weakness", "weaker", "weakened"})


def _legs_well_at_the_end(words: Words, scope: Scope, lex: ModuleType, after: int) -> bool:
    """The legs said to be well after every mention, closing the message ("weak from not
    sleeping, but the legs themselves work fine"), not followed by a "but they buckle"."""
    return any(
        span.start >= after
        and not scope.judge(span).negated
        and _closes(words.tokens, span.end, tail=True)
        and all(t in BOUNDARIES for t in words.tokens[span.end :])
        for span in _phrase_matcher(lex.LEGS_WELL).find(words.tokens)
    )


def _reserved(tokens: Sequence[str], mention: Assertion, lex: ModuleType) -> bool:
    """A reservation after the symptom: a "but", "unless", "could be", or words of not
    being able to say ("hard to explain", "who knows")."""
    after = tokens[mention.end :]
    return bool(set(after) & lex.RESERVING) or bool(
        _phrase_matcher(lex.RESERVING_PHRASES).find(after)
    )


def _asked_back_then_denied(
    yes: Sequence[Assertion],
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
) -> str | None:
    """The "no" that answers a yes made only of the question's words asked back ("weak?"):
    a "no" later in the message ("weak? ... so no"), or one that closes the first clause
    after it ("fever? honestly no"); None if there is none."""
    closes = [scope.echo(a.start, a.end) for a in yes]
    if not closes or any(c is None for c in closes):
        return None
    last = max(c for c in closes if c is not None)
    if found is not None:
        start = _answer_end(words, found) - len(found[2].split())
        return found[2] if found[0] == "no" and start > last else None
    after = [s for s in _answer_matcher(lex).find(words.tokens) if s.start > last]
    first = min(after, key=lambda s: s.start, default=None)
    if (
        first is not None
        and first.value[0] == "no"
        and _closes(words.tokens, first.end, tail=True)
        and not any(t in BOUNDARIES for t in words.tokens[last + 1 : first.start])
    ):
        return first.pattern
    return None


def _echoed_then_doubted(
    yes: Sequence[Assertion], words: Words, scope: Scope, lex: ModuleType
) -> bool:
    """Every yes is a short question of its own ("numb?"), and a "not sure" follows."""
    closes = [scope.echo(a.start, a.end) for a in yes]
    if any(c is None for c in closes):
        return False
    last = max(c for c in closes if c is not None)
    return any(
        s.start > last and s.value[0] == "unsure" for s in _answer_matcher(lex).find(words.tokens)
    )


def _other_side_too(words: Words, lex: ModuleType, named_bad: bool = True) -> bool:
    """Both sides named, one as the bad one (unless ``named_bad`` is False: "right leg,
    left foot tingles"), the other with a symptom word of its own."""
    tokens = words.tokens
    sides = [
        i
        for i, t in enumerate(tokens)
        if t in ("left", "right") or (t == "other" and i and tokens[i - 1] == "the")
    ]
    if len({tokens[i] for i in sides}) < 2:
        return False
    fine = set(lex.CLASSES["fine"])
    if len(sides) == 2 and any(
        tokens[i] in fine and not set(tokens[i + 1 : i + 3]) & _ONCE
        for i in range(sides[0], sides[-1])
    ):
        return False  # "my right leg is fine, it's my left that hurts": one side is well
    symptoms = _phrase_matcher(tuple(lex.CLASSES["numb"]) + lex.OTHER_SIDE_SYMPTOMS)
    bad = _phrase_matcher(lex.BAD_SIDE).find(tokens)
    found = symptoms.find(tokens)
    return (bool(bad) or not named_bad) and any(
        s.start > sides[-1] and not set(tokens[sides[-1] : s.start]) & set(lex.CLASSES["fine"])
        for s in found
    )


#: Words after "fine" that make it a time gone: "fine at first", "fine until monday".
_ONCE = frozenset({"now", "at", "until", "till", "before", "then", "earlier", "first"})
_SIDE_OPENERS = frozenset({"just", "only", "the", "my", "on", "in", "its", "it", "is"})


def _one_side_alone(words: Words, lex: ModuleType) -> bool:
    """The whole message names one side and nothing else ("left", "just the right one")."""
    said = [t for t in words.tokens if t not in BOUNDARIES and not t.startswith(EMOJI_PREFIX)]
    rest = [t for t in said if t not in _FILLERS] or said  # "right" is a filler, and a side
    while rest and rest[0] in _SIDE_OPENERS:
        rest.pop(0)
    named = " ".join(rest)
    return named == "1" or named in lex.CLASSES["side"]


_AFTER_ASKING = frozenset({"then", "if", "so", "in", "that", "case", "well", "ok", "okay"})


def _after_questions(tokens: Sequence[str], lex: ModuleType) -> set[int]:
    """Where an answer may start after the patient's own question ("is that the bit you
    sit on? then yes"), not after a hedge said with a "?" ("just the one?")."""
    starts = set()
    opening = 0
    for i, token in enumerate(tokens):
        if token in BOUNDARIES and token != CLAUSE and token != QUESTION:
            opening = i + 1
        if token == QUESTION:
            while opening < i and (tokens[opening] in _FILLERS or tokens[opening] == CLAUSE):
                opening += 1  # "umm, does it wake me? yes most nights"
            asked = opening < i and tokens[opening] in lex.QUESTION_WORDS
            opening = i + 1
            if not asked:
                continue
            j = i + 1
            while j < len(tokens) and (tokens[j] in _AFTER_ASKING or tokens[j] in _FILLERS):
                j += 1
            starts.add(j)
    return starts


def _soft(mention: Assertion, lex: ModuleType) -> bool:
    """A sign that may be the pain ("limp", "heavy"), with no word of a weak leg in it."""
    told = set(mention.words.split())
    return bool(told & lex.SOFT_WEAKNESS) and not told & lex.HARD_WEAKNESS


def _doubted(tokens: Sequence[str], lex: ModuleType, said: Sequence[Assertion] = ()) -> bool:
    """Doubt said about a thing ("maybe", "not sure if that's numb"), not about its cause
    ("lost 10 lbs idk how"), nor the symptom's own words ("i don't know if i need a wee")."""
    inside = {
        i for a in said for start, end in a.parts or ((a.start, a.end),) for i in range(start, end)
    }
    return any(
        (span.end >= len(tokens) or tokens[span.end] not in lex.DOUBT_OF_CAUSE)
        and span.start not in inside
        for span in _phrase_matcher(lex.DOUBT).find(tokens)
    )


def mentioned(words: Words, scope: Scope, phrases: Sequence[str]) -> bool:
    matcher = _phrase_matcher(tuple(phrases))
    return any(not scope.judge(s).negated for s in matcher.find(words.tokens))


def mentioned_anyhow(tokens: Sequence[str], phrases: tuple[str, ...]) -> bool:
    """Whether any of ``phrases`` is in ``tokens``, negated or not."""
    return bool(_phrase_matcher(phrases).find(tokens))


@lru_cache(maxsize=32)
def _phrase_matcher(phrases: tuple[str, ...]) -> Matcher[bool]:
    return Matcher(dict.fromkeys(phrases, True))


def _cancer_history(
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    today: datetime.date | None = None,
) -> Answer:
    cancer = best(_class_matcher(lex, "cancer").find(words.tokens))
    # "finished all treatment incl the tamoxifen in 2022": a drug that ended long ago
    # is the past, not treatment now
    drugs = [d for d in _drugs(words, scope, lex, today) if d[0] != "none"]
    benign = best(_class_matcher(lex, "benign").find(words.tokens))
    # "a benign tumour on a nerve": a growth called benign is not a cancer
    lesions = [b for b in benign if b.pattern not in _NOT_A_LESION]
    # but a mole or polyp can be where a named cancer was: "a mole that was melanoma"
    verdicts = [b for b in lesions if b.pattern not in lex.BENIGN_THINGS]
    cancer = [c for c in cancer if not any(_near(c, b, words) for b in verdicts)]
    # "no. but can sciatica be a sign of cancer?": a cancer asked about is not one had
    asked = [c for c in cancer if scope.asked(c)]
    cancer = [c for c in cancer if not scope.asked(c)]
    own = [s for s in cancer if _own(scope, s)]
    others = [s for s in cancer if scope.judge(s).experiencer is not Experiencer.patient]
    negated_own = [s for s in cancer if scope.judge(s).negated]
    finished, current = _cancer_times(words, lex)
    pending = _class_matcher(lex, "pending").find(words.tokens)
    # "had a biopsy but it came back benign": a test with its answer is not awaited
    pending = [p for p in pending if not (benign and p.pattern in lex.TESTS_ANSWERED)]
    if pending and not drugs and not (own and (finished or current)):
        # "still waiting on biopsy results": nobody knows yet
        return Answer(UNSURE, Certainty.sure, "lexicon:results awaited", True)
    if own and not drugs and all(_doubted_if(words.tokens, s, lex) for s in own):
        # "abnormal cells lasered, not sure if that was cancer", "i can't remember if
        # they called it cancer": the patient does not know; asked plainly next
        return Answer(UNSURE, Certainty.sure, "lexicon:not sure if cancer", True)
    if lesions and asked and not own and not drugs:
        # "abnormal cells lasered off. is that cancer?": the patient asks whether the
        # growth they had counts; they do not know, so neither does the bot
        return Answer(UNSURE, Certainty.sure, "lexicon:asks if it was cancer", True)
    if lesions and not own and not drugs and _phrase_matcher(lex.DOES_IT_COUNT).find(words.tokens):
        # "a mole removed once, they said it was pre-cancerous, does that count?": the
        # patient asks whether the growth they had counts; a "not sure", shown back
        return Answer(UNSURE, Certainty.likely, "lexicon:asks if the growth counts", True)
    if lesions and not own and not drugs and not (found and found[0] in ("yes", "unsure")):
        return Answer("none", Certainty.sure, "lexicon:benign", True)
    if found and found[0] == "unsure" and words.asks and not drugs:
        # "maybe? they called it a borderline tumour", "sort of? abnormal cells burnt
        # off, is that cancer?": the patient does not know; asked plainly next
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if own and any(
        not scope.judge(s).negated for s in _class_matcher(lex, "spread").find(words.tokens)
    ):
        # "lung cancer, and they told me last month it's in my spine": spread is now
        return Answer("active", Certainty.sure, "lexicon:spread", True)
    if own or drugs:
        hormone_now = any(d[0] in ("aromatase_inhibitor", "tamoxifen", "hormone") for d in drugs)
        if current and not (finished and not hormone_now and not _after(current, finished)):
            return Answer("active", Certainty.sure, "lexicon:cancer now", True)
        live = [d for d in drugs if d[0] != "old"]
        if hormone_now or (live and not finished):
            return Answer("active", Certainty.sure, "lexicon:treatment now", True)
        if finished or (drugs and not live):
            return Answer("past", Certainty.sure, "lexicon:cancer in the past", True)
        if found and found[0] == "unsure":
            return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
        return Answer(UNSURE, Certainty.sure, "lexicon:cancer, when not said", True)
    # "never had it", "dad had it, but not me": a denied past, or someone else's, is none
    if not (own or drugs):
        finished = [f for f in finished if _own(scope, f)]
        current = [c for c in current if _own(scope, c)]
    if (
        (finished or current)
        and not (others and not own)
        and not (negated_own and not (found and found[0] == "yes"))
    ):
        # "in the past", "years ago", "currently", "not anymore": the time says it
        if finished and not (current and _after(current, finished)):
            return Answer("past", Certainty.sure, "lexicon:in the past", True)
        if current and not (found and found[0] == "no"):
            return Answer("active", Certainty.sure, "lexicon:now", True)
    if found and found[0] == "yes":
        if others and not own:
            return Answer("none", Certainty.likely, "lexicon:someone else's cancer", True)
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if found and found[0] == "unsure":
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if found and found[0] == "no":
        return Answer("none", Certainty(found[1]), f"answer:{found[2]}", True)
    if negated_own:
        return Answer("none", Certainty.sure, "lexicon:no cancer", True)
    if others or benign:
        return Answer("none", Certainty.likely, "lexicon:someone else's or benign", True)
    return NONE


#: Benign-class words that say "fine" rather than name a harmless growth.
_NOT_A_LESION = frozenset(["all clear", "clear", "fine"])


def _near(a: Span[Any], b: Span[Any], words: Words, reach: int = 3) -> bool:
    """Whether two mentions sit within ``reach`` words of each other in one sentence."""
    lo, hi = sorted((a, b), key=lambda s: s.start)
    between = words.tokens[lo.end : hi.start]
    return hi.start - lo.end <= reach and not any(t in BOUNDARIES and t != "," for t in between)


def _cancer_times(words: Words, lex: ModuleType) -> tuple[list[Span[bool]], list[Span[bool]]]:
    """Words that put a cancer in the past or the present, each judged once.

    Where a "finished" and a "now" phrase overlap ("all clear now", "diagnosed 4 months
    ago"), the longer one says it; an age with "now" ("i am 61 now") says neither; a
    clause about another symptom ("i have had a temperature since last night") is not
    about the cancer.
    """
    tokens = words.tokens
    finished = _class_matcher(lex, "finished").find(tokens)
    current = _class_matcher(lex, "still_treated").find(tokens)
    if not finished and not current:
        return [], []
    ages = [
        a
        for a in _class_matcher(lex, "age_now").find(tokens)
        if any(t.isdigit() for t in tokens[a.start : a.end])
    ]
    other = {_clause_of(tokens, span.start) for span in alarms_scan(lex).find(tokens)}

    def keep(span: Span[bool], rivals: Sequence[Span[bool]]) -> bool:
        if any(a.start <= span.start < a.end for a in ages):
            return False
        if _clause_of(tokens, span.start) in other:
            return False
        return not any(
            r.start < span.end
            and span.start < r.end
            and (r.end - r.start) > (span.end - span.start)
            for r in rivals
        )

    return (
        [f for f in finished if keep(f, current)],
        [c for c in current if keep(c, finished)],
    )


def _clause_of(tokens: Sequence[str], i: int) -> int:
    """The index of the clause (between boundaries) that holds token ``i``."""
    return sum(1 for t in tokens[:i] if t in BOUNDARIES)


def alarms_scan(lex: ModuleType) -> Matcher[Any]:
    # infection risk shares words with cancer care ("having treatment"): not another topic
    return scan_matcher(lex, tuple(sorted(RAISING - {"infection_risk"})))


def cancer_or_drug(tokens: Sequence[str], lex: ModuleType) -> bool:
    """Whether the words name a cancer or a drug (a cheap check before a full reading)."""
    return bool(_class_matcher(lex, "cancer").find(tokens) or _drug_matcher(lex).find(tokens))


def _after(current: Sequence[Any], finished: Sequence[Any]) -> bool:
    return max(s.start for s in current) > max(s.start for s in finished)


def _doubted_if(tokens: Sequence[str], span: Any, lex: ModuleType) -> bool:
    """Whether ``span`` follows a "not sure if", "can't remember whether" in its clause."""
    start = span.start
    while start > 0 and tokens[start - 1] not in BOUNDARIES:
        start -= 1
    doubts = {d.end for d in _answer_matcher(lex).find(tokens) if d.value[0] == "unsure"}
    # only "if"/"whether": "not sure what kind of cancer it was" is a cancer had
    return any(tokens[i] in ("if", "whether") and i in doubts for i in range(start, span.start))


def _own(scope: Scope, span: Any) -> bool:
    mods = scope.judge(span)
    return not mods.negated and mods.experiencer is not Experiencer.other


@lru_cache(maxsize=32)
def _class_matcher(lex: ModuleType, name: str) -> Matcher[bool]:
    return Matcher(dict.fromkeys(lex.CLASSES[name], True), lex.CLASSES)


@lru_cache(maxsize=8)
def _drug_matcher(lex: ModuleType) -> Matcher[tuple[str, ...]]:
    return Matcher(lex.DRUGS)


#: SPEC 2.2: ``treatment`` is treatment now or in the last 3 months.
TREATMENT_WINDOW_DAYS = 92
_UNITS = {"month": 30, "months": 30, "year": 365, "years": 365}
#: Words after a time that put it in the past: "8 months ago", "a year back".
#: "2 years before", a learner's "ago" ("i finish all the treatment two years before").
_AGO = frozenset(["ago", "back", "before"])


def _days_ago(tokens: Sequence[str], lex: ModuleType, today: datetime.date) -> int | None:
    """The longest time ago a sentence names: "8 months ago", "2 years ago", "in 2018"."""
    longest: int | None = None
    for i, token in enumerate(tokens):
        days = None
        unit = tokens[i + 1] if i + 1 < len(tokens) else ""
        if unit in _UNITS and i + 2 < len(tokens) and tokens[i + 2] in _AGO:
            count = (
                float(token)
                if token.isdigit()
                else 1.0
                if token in ("a", "an")
                else lex.NUMBER_VALUES.get(token)
            )
            days = int(count * _UNITS[unit]) if count else None
        elif token == "in" and unit.isdigit() and len(unit) == 4 and 1950 <= int(unit) < today.year:
            days = (today - datetime.date(int(unit), 12, 31)).days
        if days is not None and (longest is None or days > longest):
            longest = days
    if longest is None and _phrase_matcher(lex.LONG_AGO).find(tokens):
        longest = 5 * 365  # "before was chemo but finish long time": years, not weeks
    return longest


def _name_not_known(words: Words, lex: ModuleType) -> bool:
    """A chemotherapy told only by its kind ("chemo", "a drip"), its name not known."""
    drugs = _drug_matcher(lex).find(words.tokens)
    generic = all(s.value == ("chemo",) for s in drugs)
    return generic and bool(_phrase_matcher(lex.NAME_NOT_KNOWN).find(words.tokens))


def _weight_fell(words: Words, lex: ModuleType) -> bool:
    """ "from 80 to 72 kilos", "from 14 stone to 12": a weight told as two numbers, the
    second lower, with a unit of weight beside them."""
    tokens = list(words.tokens)
    for i, token in enumerate(tokens[:-3]):
        if token != "from":
            continue
        before = values.number_at(tokens, i + 1)
        at = i + 2
        if at < len(tokens) and tokens[at] in lex.WEIGHT_UNITS:
            at += 1
        if before is None or at >= len(tokens) or tokens[at] != "to":
            continue
        after = values.number_at(tokens, at + 1)
        unit = set(tokens[i + 1 : at + 4]) & lex.WEIGHT_UNITS
        if after is not None and unit and after < before:
            return True
    return False


#: A reply that names a side is short; past this many words it is a story.
_STORY_WORDS = 8


def _side_told_in_a_story(answer: Answer, words: Words) -> bool:
    """A sure "one leg" that rests only on a side named ("the right leg"), with no
    "only", "just" or "no", inside a message long enough to be a story."""
    by_side = answer.decided_by.startswith("lexicon:") and "{side}" in answer.decided_by
    plain = not {"only", "just", "no", "not", "one"} & set(words.tokens)
    return (
        answer.value is False
        and answer.certainty is Certainty.sure
        and by_side
        and plain
        and len([t for t in words.tokens if t not in BOUNDARIES]) > _STORY_WORDS
    )


def _only_long_ago(words: Words, lex: ModuleType, today: datetime.date) -> bool:
    """An operation, injection or infection told only as longer ago than SPEC's window,
    with no treatment that weakens immunity named ("op on my back eight months ago")."""
    days = _days_ago(words.tokens, lex, today)
    if days is None or days <= TREATMENT_WINDOW_DAYS:
        return False
    tokens = set(words.tokens)
    immune = {"immune", "immunity", "steroid", "steroids", "prednisolone", "chemo", "still"}
    recent = {"week", "weeks", "days", "yesterday", "recently", "recent", "just", "again"}
    drugs = [s for s in _drug_matcher(lex).find(words.tokens) if s.value != ("none",)]
    return not (immune & tokens or recent & tokens or drugs)


def _drugs(
    words: Words, scope: Scope, lex: ModuleType, today: datetime.date | None = None
) -> list[tuple[str, ...]]:
    """The treatment classes a message names for the patient; ("old",) for one that
    ended before SPEC's window ("had docetaxel 8 months ago, nothing since"), ("future",)
    for one still to start ("i start letrozole on monday")."""
    found: list[tuple[str, ...]] = []
    spans = best(_drug_matcher(lex).find(words.tokens))
    named = [s for s in spans if s.value != ("none",)]
    for span in spans:
        mods = scope.judge(span)
        if mods.experiencer is Experiencer.other:
            continue
        if (
            today is not None
            and span in named
            and not lex.STILL_TAKING & set(words.tokens[max(0, span.start - 3) : span.start])
            and _ended_long_ago(words.tokens, named, named.index(span), lex, today)
        ):
            found.append(("old",))
            continue
        if mods.negated and span.value != ("none",):
            found.append(("none",))
            continue
        if span in named and _to_start(words.tokens, span.start, lex):
            found.append(("future",))  # "i start letrozole on monday": not yet taken
            continue
        found.append(span.value)
    return found


#: A word of starting this close before a drug makes the drug one still to come.
_START_REACH = 3


def _to_start(tokens: Sequence[str], start: int, lex: ModuleType) -> bool:
    """Whether the drug at ``start`` is yet to start ("due to start tamoxifen", "i start
    letrozole on monday"): a word of starting, said of the future, just before it."""
    for i in range(max(0, start - _START_REACH), start):
        before = (" ".join(tokens[max(0, i - 2) : i]), tokens[i - 1] if i else "")
        if tokens[i] in lex.STARTING and lex.STARTING_SOON & set(before):
            return not any(t in BOUNDARIES for t in tokens[i:start])
    return False


def _treatment(
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    today: datetime.date | None = None,
) -> Answer:
    named: set[str] = set()
    said_none = generic_chemo = generic_hormone = old = False
    for classes in _drugs(words, scope, lex, today):
        if classes == ("none",):
            said_none = True
        elif classes in (("old",), ("future",)):
            old = True  # ended before SPEC's window, or not begun: not treatment now
        elif classes == ("chemo",):
            generic_chemo = True
        elif classes == ("hormone",):
            generic_hormone = True
        else:
            named.update(classes)
    named &= set(TREATMENTS)
    if generic_chemo and not named & {"taxane", "platinum", "vinca", "other_chemo"}:
        if _phrase_matcher(lex.UNKNOWN_NAME).find(words.tokens):
            # "some chemo through my port, i don't know the names": which one is unknown
            return Answer(UNSURE, Certainty.sure, "lexicon:chemo, name not known", True)
        named.add("other_chemo")
    if generic_hormone and not named & {"aromatase_inhibitor", "tamoxifen"}:
        # which hormone tablet decides what to ask next: the plain follow-up asks the name
        return Answer(UNSURE, Certainty.sure, "lexicon:hormone, name not given", True)
    if named:
        chosen = tuple(v for v in TREATMENTS if v in named and v != "none")
        hedged = found is not None and found[0] == "unsure"
        return Answer(chosen, Certainty.likely if hedged else Certainty.sure, "lexicon:drugs", True)
    if generic_hormone:
        return Answer(UNSURE, Certainty.sure, "lexicon:hormone, name not given", True)
    if found and found[0] == "unsure":
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if said_none or (found and found[0] == "no"):
        return Answer(("none",), Certainty.sure, "lexicon:none", True)
    if old:
        # only treatment that ended months ago, or that is still to start: shown back,
        # never settled unasked
        return Answer(("none",), Certainty.likely, "lexicon:treatment not in the window", True)
    theirs = {
        c
        for span in best(_drug_matcher(lex).find(words.tokens))
        if scope.judge(span).experiencer is Experiencer.other and not scope.judge(span).negated
        for c in span.value
    } & set(TREATMENTS) - {"none"}
    if theirs and not found and not _patient_contrasts(words.tokens, scope, lex):
        # "dad goes in every three weeks for his pembrolizumab drip": at this question,
        # with nothing said of the patient, a carer is typing for them; shown back
        chosen = tuple(v for v in TREATMENTS if v in theirs)
        return Answer(chosen, Certainty.likely, "lexicon:drugs, of another", True)
    if _phrase_matcher(lex.UNKNOWN_NAME).find(words.tokens):
        # "i'm on a trial drug, they won't tell me what it is": a treatment whose name is
        # not known; the plain follow-up asks
        return Answer(UNSURE, Certainty.sure, "lexicon:treatment, name not known", True)
    return NONE


def _ended_long_ago(
    tokens: Sequence[str], drugs: Sequence[Span[Any]], n: int, lex: ModuleType, today: datetime.date
) -> bool:
    """Whether the time said of drug ``n`` is before SPEC's window. A time belongs to the
    drugs of its clause ("FEC and then docetaxel, which finished 4 months ago") and to
    the drug it follows up to the next one ("docetaxel, finished 2 years ago"), never
    to one named after "now" ("radiotherapy in 2019 and now letrozole")."""
    span = drugs[n]
    start = span.start
    while start > 0 and tokens[start - 1] not in BOUNDARIES and tokens[start - 1] != "now":
        start -= 1
    if n and drugs[n - 1].end > start:
        start = span.start  # the time before belongs to the drug before
    stop = span.end
    while stop < len(tokens) and tokens[stop] not in BOUNDARIES:
        stop += 1
    follows = span.end
    limit = drugs[n + 1].start if n + 1 < len(drugs) else len(tokens)
    while follows < limit and tokens[follows] not in (SENTENCE, QUESTION):
        follows += 1
    days = [
        _days_ago(tokens[start:stop], lex, today),
        _days_ago(tokens[span.end : follows], lex, today),
    ]
    return any(d is not None and d > TREATMENT_WINDOW_DAYS for d in days)


def _cancer_type(
    words: Words, scope: Scope, lex: ModuleType, found: tuple[str, str, str] | None
) -> Answer:
    """The first cancer named as the patient's: "not breast, it was ovarian" and "my mum
    had breast but mine was bowel" name the second."""
    tokens = words.tokens
    named: list[tuple[str, str, int]] = []  # (type, the word that named it, where)
    theirs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            value = lex.CANCER_TYPES.get(" ".join(tokens[i : i + size]))
            if value in CANCER_TYPES:
                mods = scope.judge(Span(i, i + size, value, "cancer type"))
                if not mods.negated:
                    if mods.experiencer is Experiencer.other:
                        theirs.append((value, tokens[i]))
                    else:
                        named.append((value, tokens[i], i))
                i += size - 1
                break
        i += 1
    if named:
        # "blood cancer, the myeloma one": a named kind beats a general word for one
        value, token, _ = next((n for n in named if n[0] != "other"), named[0])
        cues = _phrase_matcher(lex.PRIMARY).find(tokens)
        began = [(v, t) for v, t, at in named if any(0 <= at - s.end <= 1 for s in cues)]
        if began and len({v for v, _, _ in named}) > 1:
            # "it's in my lungs but it started in the bowel": the type is where it began
            value, token = began[0]
            return Answer(value, Certainty.likely, f"lexicon:{token}, where it began", True)
        return Answer(value, Certainty.sure, f"lexicon:{token}", True)
    if found and found[0] == "unsure":
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if theirs and not found and not _patient_contrasts(tokens, scope, lex):
        # "dad's is myeloma": at this question, with nothing said of the patient, a carer
        # is typing for them; shown back
        value, token = next(((v, t) for v, t in theirs if v != "other"), theirs[0])
        return Answer(value, Certainty.likely, f"lexicon:{token}, of another", True)
    return NONE


def _physio(
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    said: list[Assertion],
) -> Answer:
    if any(a.value == UNSURE and not a.negated for a in said):
        # "just started, too early to tell", "helped at first, then it stopped"
        first = next(a for a in said if a.value == UNSURE)
        return Answer(UNSURE, Certainty.likely, f"lexicon:{first.pattern}", True)
    outcomes = [a for a in said if a.value in ("helped", "not_helped", "none")]
    # "yes physio, no better": a "no better" inside a "physio ... better" is what was said;
    # "it helped a tiny bit but not really": so is a denial around a "helped"
    denials = [a for a in outcomes if a.value == "not_helped" and not a.negated]
    outcomes = [
        a
        for a in outcomes
        if not (a.value == "helped" and any(a.start < d.end and d.start < a.end for d in denials))
    ]
    physio = [a for a in said if a.value == "unknown"]
    for a in outcomes:
        value = a.value
        if a.negated:
            value = {"helped": "not_helped", "not_helped": "helped", "none": "unknown"}[value]
            if value == "unknown":
                continue
            if value == "helped" and not physio:
                continue  # "no, it did not not help" is not a thing people say
        if value == "none" and physio and not a.negated and found and found[0] == "yes":
            continue
        return Answer(value, Certainty.sure, f"lexicon:{a.pattern}", True)
    if physio and all(a.negated for a in physio):
        return Answer("none", Certainty.sure, f"lexicon:{physio[0].pattern}", True)
    if found:
        if found[0] == "no":
            return Answer("none", Certainty.sure, f"answer:{found[2]}", True)
        if found[0] == "unsure":
            return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
        return Answer(UNSURE, Certainty.sure, "answer:yes, not said if it helped", True)
    if physio:
        return Answer(UNSURE, Certainty.sure, "lexicon:physio, not said if it helped", True)
    return NONE


_DURATION_UNITS = frozenset(
    ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours"]
)


def _this_time(words: Words, lex: ModuleType) -> str | None:
    """The words after "this time" up to the end of its clause, if a time is told there."""
    tokens = words.tokens
    for span in _phrase_matcher(lex.THIS_TIME).find(tokens):
        stop = span.end
        while stop < len(tokens) and tokens[stop] not in (SENTENCE, QUESTION, "but"):
            stop += 1
        told = [t for t in tokens[span.end : stop] if t not in BOUNDARIES]
        if any(t in _DURATION_UNITS for t in told):
            return " ".join(told)
    return None


def _without_earlier(words: Words, lex: ModuleType, text: str) -> str:
    """``text`` without the clauses that date an earlier bout ("a month, and i had this
    once before about 5 years ago"), when another clause still tells a time."""
    clauses: list[list[str]] = [[]]
    for token in words.tokens:
        if token in BOUNDARIES:
            clauses.append([])
        else:
            clauses[-1].append(token)
    earlier = _phrase_matcher(lex.EARLIER_BOUT)
    kept = [c for c in clauses if not earlier.find(tuple(c))]
    if len(kept) == len(clauses) or not any(t in _DURATION_UNITS for c in kept for t in c):
        return text
    return " ".join(t for c in kept for t in c)


def _after_correction(words: Words, cues: Sequence[str], lex: ModuleType) -> str | None:
    """The words after the last correction ("sorry", "i mean", "typo"), if a number follows."""
    tokens = words.tokens
    ends = [span.end for span in _phrase_matcher(tuple(cues)).find(tokens) if span.start > 0]
    if not ends:
        return None
    last = max(ends)
    rest = [t for t in tokens[last:] if t not in BOUNDARIES]
    if not any(t.isdigit() or t in lex.NUMBER_VALUES for t in rest):
        return None
    return " ".join(rest)


def _number(
    fact: Fact,
    words: Words,
    scope: Scope,
    lex: ModuleType,
    found: tuple[str, str, str] | None,
    today: datetime.date,
) -> Answer:
    # "my son is 12, i am 41": numbers said of someone else are not the patient's
    kept = [
        t
        for i, t in enumerate(words.tokens)
        if scope.experiencer_at(i) is Experiencer.patient and (t not in BOUNDARIES or t == ",")
    ]
    text = " ".join(kept)
    everything = " ".join(t for t in words.tokens if t not in BOUNDARIES or t == ",")
    fixed = _after_correction(words, lex.CORRECTION, lex)
    own_view = False
    if fixed is None and any(
        scope.experiencer_at(i) is not Experiencer.patient for i in range(len(words.tokens))
    ):
        fixed = _after_correction(words, lex.OWN_VIEW, lex)
        own_view = fixed is not None
    if fixed is not None:
        # "39, no sorry typo, 29", "8 weeks ago, no wait, more like 7": what follows the
        # correction is the answer, in the unit said before it
        units = [t for t in words.tokens if t in _DURATION_UNITS]
        if (
            fact.kind is Kind.WEEKS
            and units
            and not any(t in _DURATION_UNITS for t in fixed.split())
        ):
            fixed = f"{fixed} {units[0]}"
        text = everything = fixed
    if fact.id == "pain_score" and fixed is None:
        # "not a 10, more like a 7": a score denied is not the score, if another is given
        plain = [
            t
            for i, t in enumerate(words.tokens)
            if scope.experiencer_at(i) is Experiencer.patient
            and (t not in BOUNDARIES or t == ",")
            and not scope.judge(Span(i, i + 1, None, "", ((i, i + 1),))).negated
        ]
        value = values.read_pain_score(fact, " ".join(plain), today)
        whole = values.read_pain_score(fact, text, today)
        if value is None or (value == 0 and whole is None):
            # "mine is nothing like that": the scope drops the "like that" the "nothing"
            # compares, which the whole text still shows is no score of 0
            value = whole
    elif fact.id == "pain_score":
        value = values.read_pain_score(fact, text, today)
    elif fact.id == "age":
        value = values.read_age(fact, text, today)
    elif fact.kind is Kind.WEEKS:
        told = _this_time(words, lex) or _without_earlier(words, lex, text)
        value = values.read_duration(fact, told, today)
    else:
        value = values.read_number(fact, text, today)
    if value is None and fact.kind is Kind.WEEKS and text != everything:
        # "it started just before my daughter's wedding, that was five months ago": a
        # time told by someone else's event is still the patient's; shown back
        other = values.read_duration(fact, everything, today)
        if other is not None:
            return Answer(other, Certainty.likely, "number, told by another's event", True)
    if value is None and fact.id in ("age", "pain_score") and text != everything:
        # "i'm filling this in for my dad, he's 78", "he says 7": a carer may be typing;
        # show it back
        read_it = values.read_age if fact.id == "age" else values.read_pain_score
        other = read_it(fact, everything, today)
        if other is not None:
            return Answer(other, Certainty.likely, "number, said of someone else", True)
    if value is not None:
        hedged = (
            (found is not None and found[0] == "unsure")
            or words.asks
            or _doubted(words.tokens, lex)
        )
        if hedged and (fact.kind is Kind.WEEKS or fact.id == "pain_score"):
            # "not sure, maybe 2 or 3 weeks?", "maybe 6 or 7, hard to put a number on it":
            # a number the patient doubts is shown back, not taken (the band can turn on it)
            return Answer(value, Certainty.likely, "number, hedged", True)
        if own_view:
            # "he says 9, but i'd say 7": whose is the "i"? a carer typing, or the patient
            # beside a relative's view; shown back, so the patient's own number is kept
            return Answer(value, Certainty.likely, "number, a view beside another's", True)
        return Answer(value, Certainty.sure, "number", True)
    if found and found[0] == "unsure":
        return Answer(UNSURE, Certainty.sure, f"answer:{found[2]}", True)
    if found and found[0] == "no" and fact.id == "pain_score":
        return Answer(0, Certainty.likely, f"answer:{found[2]}", True)
    if fact.kind is Kind.WEEKS and _phrase_matcher(tuple(lex.LONG_TIME)).find(words.tokens):
        return Answer(UNSURE, Certainty.sure, "lexicon:a long time", True)
    return NONE

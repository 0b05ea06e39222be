"""Reading one answer to a checklist: several safety-screen facts asked at once (SPEC 3, 5).

A checklist (:attr:`flows.questions.Question.items`) is answered by a tap on an
item, by "None of these" or "Not sure", by the items' labels typed or pasted
(``simulate`` joins them with ", and "), or in the patient's own words, read
fact by fact by the reading layer. What it decides:

* an item stated plainly ("i wet myself", a tap) is a yes to its fact;
* a plain "no" that names nothing ("nope, none of them") is a no to every item
  still open; a "no" that names one item ("no fever") is a no to that item only,
  and the others are asked again ("Anything else from this list?");
* "not sure", a bare "yes" that names no item, or a hedged item ("maybe a bit
  numb down there") takes the items one question at a time, each with its own
  plain follow-up and confirmation: a red-flag "no" is only ever taken when sure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from flows.facts import FACTS, RED_FLAG_FACTS, UNSURE
from flows.questions import Question
from flows.reading import Certainty, read

#: Answers that close a checklist with "no" to every item still open.
NONE_OF_THESE = frozenset(
    ["none", "none of these", "none of them", "no, nothing else", "nothing else", "no"]
)
NOT_SURE = frozenset(["not sure", "unsure"])
_SEPARATORS = re.compile(r"^[\s,.;:&+]*(?:and)?[\s,.;:&+]*$")
_NEGATIVE = (False, "none")
#: How simulate and patients join the items of a list: "a bit hot, and yeah cant sleep".
_PARTS = re.compile(r",\s*and\s+|;\s*|\s+also\s+")


@dataclass(frozen=True)
class Found:
    """What one message says to a checklist."""

    values: dict[str, Any] = field(default_factory=dict)
    #: Take the checklist's items one question at a time.
    one_by_one: bool = False
    decided_by: str = ""
    #: Items taken as "no" because a typed list left them out (the summary says so).
    implied: tuple[str, ...] = ()


def read_checklist(
    question: Question,
    still: Sequence[str],
    text: str,
    tapped: bool,
    answers: Mapping[str, Any],
) -> Found:
    """Read ``text`` (a button's value when ``tapped``) as an answer to ``question``."""
    key = " ".join(text.strip().lower().split())
    if key in NONE_OF_THESE:
        return Found({fact: _no(fact) for fact in still}, decided_by="answer:" + key)
    if key in NOT_SURE:
        return Found(one_by_one=True, decided_by="answer:not sure")
    if tapped:
        fact, _, raw = text.partition("=")
        if fact in still and raw:
            return Found({fact: _value(raw)}, decided_by="button")
        return Found()
    values, rest = _labels(question, still, key)
    decided_by = "labels"
    unplaced = False
    if not (values and _SEPARATORS.match(rest)):
        parts = [p for p in _PARTS.split(rest) if not _SEPARATORS.match(p)] or [rest]
        for part in parts:
            typed = _typed([f for f in still if f not in values], part, answers)
            if len(parts) == 1 and typed.one_by_one:
                return Found({**typed.values, **values}, True, typed.decided_by)
            # a part that names no item ("yeah", "dunno") leaves the list open
            unplaced = unplaced or typed.one_by_one or not typed.values
            values = {**typed.values, **values}
            decided_by = typed.decided_by or decided_by
        if unplaced and len(parts) > 1 and not _any_yes(values):
            # "yes, and on the left it goes past the knee": beside a part that names no item,
            # a red flag's "no" read from one part is not taken; its own question asks it
            kept = {f: v for f, v in values.items() if not (f in RED_FLAG_FACTS and v in _NEGATIVE)}
            return Found(kept, True, decided_by)
    implied = []
    if _any_yes(values) and not unplaced:
        # a typed list names what applies: the items it leaves out are a "no", except
        # red flags, whose "no" is only taken when said ("And any of these?")
        for fact in still:
            if fact not in values and fact not in RED_FLAG_FACTS:
                values[fact] = _no(fact)
                implied.append(fact)
    return Found(values, decided_by=decided_by, implied=tuple(implied))


def _any_yes(values: Mapping[str, Any]) -> bool:
    return any(v not in _NEGATIVE for v in values.values())


def _labels(question: Question, still: Sequence[str], key: str) -> tuple[dict[str, Any], str]:
    """Item labels typed or pasted in the message, and what is left of it."""
    values: dict[str, Any] = {}
    for label, fact, value in sorted(question.items, key=lambda item: -len(item[0])):
        found = key.find(label.lower())
        if found >= 0 and fact in still:
            values[fact] = value
            key = key[:found] + " , " + key[found + len(label) :]
    return values, key


def _typed(still: Sequence[str], text: str, answers: Mapping[str, Any]) -> Found:
    """The patient's own words, read for each item's fact by the reading layer."""
    if not still or not text.strip():
        return Found()
    # the whole message was already scanned for red flags: read each item's fact alone
    readings = {fact: read(text, fact, answers, scan=(), answer_only=True) for fact in still}
    stated, hedged, denied, plain_no, unsure, bare_yes = {}, [], {}, [], False, False
    # "no fever" names one item: its "no" is not a "no" to the rest
    named = {f for f, r in readings.items() if any(a.fact == f for a in r.assertions)}
    for fact, reading in readings.items():
        value, sure = reading.value, reading.certainty is Certainty.sure
        by_words = fact in named or not reading.decided_by.startswith(("answer:", "exact"))
        if value is None:
            continue
        if value == UNSURE:
            unsure = True
        elif value in _NEGATIVE:
            if sure and by_words:
                denied[fact] = _no(fact)
            elif sure:
                plain_no.append(fact)
            elif by_words:
                # "bit bunged up, but that's the co-codamol": a "no" in the patient's own
                # words that is only likely is asked on its own and shown back
                hedged.append(fact)
        elif by_words and sure:
            stated[fact] = value
        elif by_words:
            hedged.append(fact)
        else:
            bare_yes = True
    if stated:
        first = next(iter(stated))
        # "a bit hot and sweaty i suppose? could that be an infection": beside an item
        # told plainly, a hedged one is not left out (a typed list's leftovers are "no");
        # it gets its own question, with its follow-up and confirmation
        return Found(
            {**denied, **stated},
            one_by_one=bool(hedged or unsure),
            decided_by=readings[first].decided_by,
        )
    if hedged or unsure or bare_yes:
        return Found(one_by_one=True, decided_by="answer:hedged")
    if denied:
        return Found(denied, decided_by=next(iter(readings.values())).decided_by)
    if plain_no and len(plain_no) == len(still) and not named:
        return Found({fact: _no(fact) for fact in still}, decided_by=readings[still[0]].decided_by)
    return Found()


def _no(fact: str) -> Any:
    return "none" if FACTS[fact].values and "none" in FACTS[fact].values else False


def _value(raw: str) -> Any:
    return {"True": True, "False": False}.get(raw, raw)

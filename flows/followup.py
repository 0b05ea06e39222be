"""Follow-up check-ins (SPEC section 7): the schedule, the offer and the words, as data.

Pure, like the rest of ``flows/``: the engine offers a follow-up at the end of a check-in
below ``emergency`` and, when the patient says yes, its reply carries the schedule
(:attr:`flows.engine.Reply.followups`); storage keeps the rows and the service starts
the follow-up when one is due. A follow-up is its own session: it copies the earlier
answers, asks "better / the same / worse / something new", runs the safety screen
again after "worse" or "something new", and never ends below the earlier level (the
earlier level is a standing alarm, ``earlier_<level>``, in :mod:`flows.rules`).
See docs/followups.md.
"""

from __future__ import annotations

from flows.facts import SAFETY_SCREEN

#: Days after the end of a check-in at each level when the bot checks in (SPEC 7).
SCHEDULE: dict[str, tuple[int, ...]] = {
    "urgent": (1,),
    "soon": (2, 7),
    "routine": (14,),
    "self_care": (3, 14),
}

#: The state a follow-up check-in opens in (a question state of flows.machine).
STATE = "followup"

#: The version of the follow-up conversation, stored with its session.
FOLLOWUP_VERSION = "followup-2026.12.1"

#: A follow-up is sent only between these hours, patient's time (SPEC 7).
DAY_STARTS_HOUR = 9
DAY_ENDS_HOUR = 20
#: A follow-up left unanswered this long gets its one reminder; then it lapses.
REMIND_AFTER_HOURS = 24

#: Facts asked again after "worse" or "something new": the safety screen (SPEC 2.1) but
#: age, which does not change in days; and what describes the pain now, since a pain that
#: changed is a new pain: how bad, how far down, what it stops, and whether the cancer
#: team knows it as it is (``team_aware`` means unchanged since they checked it).
RECHECKED: tuple[str, ...] = (
    *(f.id for f in SAFETY_SCREEN if f.id != "age"),
    "pain_below_knee",
    "pain_score",
    "function_limited",
    "team_aware",
)

# The follow-up question's answers: button value -> what it means.
BETTER, SAME, WORSE, NEW, GOT_HELP, NOT_YET = (
    "better",
    "same",
    "worse",
    "new",
    "got_help",
    "not_yet",
)
OPTIONS: tuple[tuple[str, str], ...] = (
    ("Better", BETTER),
    ("About the same", SAME),
    ("Worse", WORSE),
    ("Something new", NEW),
)
URGENT_OPTIONS: tuple[tuple[str, str], ...] = (
    ("Yes, I got help", GOT_HELP),
    ("Not yet", NOT_YET),
    ("It got worse", WORSE),
)
#: Answers that run the safety screen again.
RESCREEN = frozenset({WORSE, NEW})

OFFER_OPTIONS: tuple[tuple[str, str], ...] = (
    ("Yes, please check in", "followup_yes"),
    ("No, thank you", "followup_no"),
)

OFFER = (
    "Can I check in with you {when}? Changes can come on over days, and a quick message "
    "from me makes it easier to spot one early. You can stop it any time with /checkins."
)
ACCEPTED = (
    "Thank you. I'll message you {when}, between 9am and 8pm. So that it is your daytime, "
    "you can send your time zone, like this: /timezone Europe/Paris. You can see or stop "
    "this any time with /checkins."
)
DECLINED = "That's fine. If anything changes, send /start and we'll go through it again. Take care."

QUESTION = (
    "Hello again. It's {ago} since your check-in about your back and leg pain. How is it now?"
)
URGENT_QUESTION = (
    "Hello again. Yesterday I suggested getting help today for your back and leg pain. "
    "Did you manage to get help?"
)
REMINDER = (
    "Just checking in once more: how is your back and leg pain now? Tap a button or type "
    "a few words."
)
MISREAD = (
    "Sorry, I didn't quite get that. You can tap a button, or type something like "
    "'better', 'about the same', 'worse' or 'something new'."
)
URGENT_MISREAD = (
    "Sorry, I didn't quite get that. You can tap a button, or type something like "
    "'yes, I saw a doctor', 'not yet' or 'it got worse'."
)
RESCREENING = (
    "Thank you for telling me. A few quick questions about the warning signs again, so we "
    "can be sure you get the right help."
)
BETTER_TEXT = (
    "I'm really glad it's easing. Keep going with what helps. The advice from your check-in "
    "still stands: if you were due to see someone, please still go."
)
GOT_HELP_TEXT = (
    "Thank you for letting me know, and well done for getting help. Follow the plan they gave you."
)
SAME_TEXT = "Thank you for telling me. Here is the advice from your check-in again."
NOT_YET_TEXT = "Please don't wait any longer: getting help today matters."
CLOSING = (
    "If anything new comes on, send /start and we'll go through it again. You are not "
    "alone with this."
)


def when(days: tuple[int, ...]) -> str:
    """ "tomorrow", "in 2 days and again in a week": the schedule in plain words."""
    words = [_in(d) for d in days]
    return words[0] if len(words) == 1 else f"{words[0]} and again {words[1]}"


def ago(days: int) -> str:
    if days == 1:
        return "a day"
    if days % 7 == 0:
        weeks = days // 7
        return "a week" if weeks == 1 else f"{weeks} weeks"
    return f"{days} days"


def _in(days: int) -> str:
    return "tomorrow" if days == 1 else f"in {ago(days)}"

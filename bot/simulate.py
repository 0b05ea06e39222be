"""``sciatica-bot simulate CASE.json``: play one whole patient, as SPEC section 5 says.

The case is answered through the same service, engine, parser and storage (a
real SQLite file, in a temporary folder) that Telegram uses. The input and the
output are a contract with other people's tests: keep them stable.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.service import ConversationService, open_service
from flows.engine import FLOW_VERSION, Engine, Inbound, Reply
from flows.facts import FACTS, Kind
from flows.reading import exact
from storage import SessionStore, connect

MAX_BOT_TURNS = 60
#: The simulated clock: the check-in ends at noon (inside SPEC 7's daytime window).
CLOCK_START = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
DEFAULT_NONE = frozenset({"leg_weakness", "had_physio", "treatment"})


class CaseError(ValueError):
    """The case cannot be read, or the conversation did not finish."""


def canonical(fact: str, value: Any) -> str:
    """The text a patient sends for ``value`` (SPEC section 5)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def answer_for(case: dict[str, Any], fact: str | None) -> str:
    """What the simulated patient says to a question about ``fact``."""
    if fact is None or fact not in FACTS:
        return "yes"  # a question about no fact (consent)
    typed = case.get("typed") or {}
    if fact in typed:
        return str(typed[fact])
    return canonical_answer(case, fact)


def checklist_answer(case: dict[str, Any], reply: Reply) -> str:
    """One message for a checklist (SPEC 5): the typed texts, else the item labels, of the
    facts that are yes or unsure, joined by ", and "; when all are no, the typed text of
    the first fact where the case has one, else "none of these"."""
    typed = case.get("typed") or {}
    facts = reply.facts
    # an item's button carries "step:fact=value"
    items = [
        (option.label, *option.data.split(":", 1)[-1].split("=", 1))
        for option in reply.options
        if "=" in option.data
    ]
    parts = []
    for fact in facts:
        value = true_value(case, fact)
        if value in (False, "none", None):
            continue
        if fact in typed:
            parts.append(str(typed[fact]))
            continue
        fits = [label for label, f, v in items if f == fact and v == str(value)]
        parts.append(fits[0] if fits else next(label for label, f, _ in items if f == fact))
    if parts:
        return ", and ".join(parts)
    return str(typed[facts[0]]) if facts and facts[0] in typed else "none of these"


def true_value(case: dict[str, Any], fact: str) -> Any:
    """The case's value of ``fact`` as the engine stores it (SPEC 5's defaults when missing)."""
    text = canonical_answer(case, fact)
    return exact(FACTS[fact], text) if fact in FACTS else None


def canonical_answer(case: dict[str, Any], fact: str) -> str:
    """The canonical form of the case's value: what the patient sends after a "no"."""
    facts = case.get("facts") or {}
    if fact in facts:
        return canonical(fact, facts[fact])
    if FACTS[fact].kind is Kind.BOOL:
        return "no"
    if fact in DEFAULT_NONE:
        return "none"
    return "unsure"


def _same(fact: str, shown: Any, truth: Any) -> bool:
    """Whether the bot's reading equals the case's value (durations: the same band)."""
    if isinstance(shown, list):
        shown = tuple(shown)
    if FACTS[fact].kind is Kind.WEEKS and isinstance(shown, int) and isinstance(truth, int):
        return _band(shown) == _band(truth)
    return bool(shown == truth)


def _band(days: int) -> int:
    return 0 if days <= 28 else 1 if days <= 41 else 2 if days <= 84 else 3


def check_case(case: Any) -> dict[str, Any]:
    if not isinstance(case, dict):
        raise CaseError("the case must be a JSON object")
    for key, kind in (("facts", dict), ("typed", dict), ("say_first", list), ("later", list)):
        if key in case and not isinstance(case[key], kind):
            raise CaseError(f"'{key}' must be a JSON {kind.__name__}")
    unknown = set(case.get("facts") or {}) - set(FACTS)
    for entry in case.get("later") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("says"), str):
            raise CaseError("each 'later' entry must be an object with 'after' and 'says'")
        if _days(entry.get("after")) is None:
            raise CaseError(f"cannot read 'after': {entry.get('after')!r} (say '2 days')")
        for key in ("facts", "typed"):
            if key in entry and not isinstance(entry[key], dict):
                raise CaseError(f"'later' '{key}' must be a JSON object")
        unknown |= set(entry.get("facts") or {}) - set(FACTS)
    if unknown:
        raise CaseError(f"unknown facts: {', '.join(sorted(unknown))}")
    return case


def _days(after: Any) -> int | None:
    """ "2 days", "1 week", "next day": how long after the check-in, in days."""
    if not isinstance(after, str):
        return None
    text = after.strip().lower()
    if text in ("next day", "tomorrow", "a day"):
        return 1
    value = exact(FACTS["duration"], text.replace("a week", "1 week"))
    return value if isinstance(value, int) else None


def simulate(case: dict[str, Any], engine: Engine | None = None) -> dict[str, Any]:
    """Play ``case``; returns the output object. Raises CaseError if it does not finish."""
    case = check_case(case)
    with tempfile.TemporaryDirectory(prefix="sciatica-simulate-") as folder:
        db = connect(Path(folder) / "simulate.db")
        try:
            service = (
                open_service(db)
                if engine is None
                else ConversationService(SessionStore(db), engine)
            )
            return _play(case, service)
        finally:
            db.close()


def _bot_entries(reply: Reply) -> list[dict[str, Any]]:
    entries = []
    for i, message in enumerate(reply.messages):
        entry: dict[str, Any] = {"from": "bot", "text": message}
        if i == len(reply.messages) - 1 and reply.options:
            entry["options"] = [option.label for option in reply.options]
        if i == len(reply.messages) - 1 and reply.confirm is not None:
            fact, value = reply.confirm
            entry["confirm"] = {"fact": fact, "value": _plain(value)}
        if i == len(reply.messages) - 1 and reply.facts:
            entry["facts"] = list(reply.facts)
        entries.append(entry)
    return entries


def _play(case: dict[str, Any], service: ConversationService) -> dict[str, Any]:
    patient = "simulate:" + str(case.get("id", "case"))
    transcript: list[dict[str, Any]] = []
    asked: list[str] = []
    turns = 0
    clock = CLOCK_START
    #: Facts whose reading the patient said was wrong: answered in canonical form next.
    corrected: set[str] = set()

    def send(text: str) -> Reply:
        nonlocal turns
        transcript.append({"from": "patient", "text": text})
        turn = service.handle(patient, Inbound(text), moment=clock)
        assert turn is not None
        reply = turn.reply
        turns += 1
        transcript.extend(_bot_entries(reply))
        for named in (reply.fact, *reply.facts) if reply.confirm is None else ():
            if named is not None and named not in asked:
                asked.append(named)
        return reply

    def answer(reply: Reply) -> str:
        if reply.confirm is not None:
            fact, value = reply.confirm
            if fact in FACTS and not _same(fact, value, true_value(case, fact)):
                corrected.add(fact)
                return "no"
            return "yes"
        if reply.facts:
            return checklist_answer(case, reply)
        if reply.fact in corrected and reply.fact is not None:
            return canonical_answer(case, reply.fact)
        return answer_for(case, reply.fact)

    reply = send("/start")
    while reply.state == "consent" and not reply.finished and turns < MAX_BOT_TURNS:
        reply = send("yes")
    for message in case.get("say_first") or []:
        if reply.finished:
            break
        reply = send(str(message))
        while reply.confirm is not None and not reply.finished and turns < MAX_BOT_TURNS:
            reply = send(answer(reply))
    while not reply.finished and turns < MAX_BOT_TURNS:
        reply = send(answer(reply))
    if not reply.finished:
        raise CaseError(f"the conversation did not finish within {MAX_BOT_TURNS} bot turns")
    session = service.store.load(patient)
    outcome = session.session.outcome if session else None
    assert outcome is not None
    result: dict[str, Any] = {
        "id": case.get("id"),
        "outcome": outcome["level"],
        "reasons": outcome["reasons"],
        "asked": asked,
        "turns": turns,
        "flow_version": FLOW_VERSION,
        "transcript": transcript,
    }
    later = case.get("later") or []
    if not later:
        return result
    # SPEC 5: the patient says yes to the follow-up offer, then the clock moves on
    offered = any(option.data.endswith(":followup_yes") for option in reply.options)
    if offered:
        reply = send("yes")
    if not reply.followups:
        raise CaseError(
            "the case has 'later' but the bot offered no follow-up "
            f"(the check-in ended at {outcome['level']})"
        )
    schedule, used = list(reply.followups), set()
    result["followups"] = []
    ended = clock
    for entry in later:
        after = _days(entry["after"]) or 0
        unused = [d for d in schedule if d not in used]
        day = next((d for d in unused if d >= after), unused[0] if unused else None)
        if day is None:
            raise CaseError(
                f"no follow-up is left for {entry['after']!r}: the schedule is {schedule}"
            )
        used.add(day)
        # the first follow-up due at or after ``after``; one due earlier was sent by then
        clock = ended + timedelta(days=max(day, after))
        merged = {
            **case,
            "facts": {**(case.get("facts") or {}), **(entry.get("facts") or {})},
            "typed": {**(case.get("typed") or {}), **(entry.get("typed") or {})},
        }
        result["followups"].append(_follow_up(service, patient, merged, entry, clock))
    return result


def _follow_up(
    service: ConversationService,
    patient: str,
    case: dict[str, Any],
    entry: dict[str, Any],
    clock: datetime,
) -> dict[str, Any]:
    """One follow-up: sent when due, answered with ``says``, then from the entry's facts."""
    sent = [reply for row, reply in service.send_due(clock) if row.patient == patient]
    if not sent:
        raise CaseError(f"the follow-up due after {entry['after']!r} was not sent")
    transcript = _bot_entries(sent[0])
    corrected: set[str] = set()
    reply = sent[0]
    text = str(entry["says"])
    for _turn in range(MAX_BOT_TURNS):
        transcript.append({"from": "patient", "text": text})
        turn = service.handle(patient, Inbound(text), moment=clock)
        assert turn is not None
        reply = turn.reply
        transcript.extend(_bot_entries(reply))
        if reply.finished:
            break
        if reply.confirm is not None:
            fact, value = reply.confirm
            wrong = fact in FACTS and not _same(fact, value, true_value(case, fact))
            if wrong:
                corrected.add(fact)
            text = "no" if wrong else "yes"
        elif reply.facts:
            text = checklist_answer(case, reply)
        elif reply.fact in corrected and reply.fact is not None:
            text = canonical_answer(case, reply.fact)
        elif reply.fact is None and reply.state == "followup":
            text = str(entry["says"])
        else:
            text = answer_for(case, reply.fact)
    if not reply.finished:
        raise CaseError(f"the follow-up did not finish within {MAX_BOT_TURNS} bot turns")
    stored = service.store.load(patient)
    outcome = stored.session.outcome if stored else None
    assert outcome is not None
    return {"after": entry["after"], "outcome": outcome["level"], "transcript": transcript}


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def load_case(source: str, stdin_text: str | None = None) -> dict[str, Any]:
    """Read a case from a file path, or from standard input when ``source`` is ``-``."""
    try:
        text = stdin_text if source == "-" else Path(source).read_text(encoding="utf-8")
        return json.loads(text or "")
    except (OSError, UnicodeDecodeError) as error:
        raise CaseError(f"cannot read {source}: {error}") from error
    except json.JSONDecodeError as error:
        raise CaseError(f"{source} is not valid JSON: {error}") from error

"""Follow-up check-ins (SPEC 7), with a controlled clock: nothing here sleeps.

The service runs over a real SQLite file; ``moment`` is the clock each call sees.
"""

from __future__ import annotations

import html
import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.followups import CHECKINS_STOP
from bot.service import ConversationService, ReplyTo, open_service
from bot.simulate import CaseError, simulate
from flows.engine import Inbound, Reply
from flows.followup import SCHEDULE
from review import accounts, roles
from review.config import ReviewConfig
from review.queries import transcript
from storage import connect
from storage.followups import ANSWERED, LAPSED, PENDING, REMINDED, SENT, STOPPED
from tests.test_review_roles import Client, add_staff, login
from tests.test_review_roles import client_for as client_for  # the fixture

CASES = Path(__file__).parent / "cases"
#: Noon in London: inside the 09:00-20:00 window.
NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def cases_by_outcome() -> dict[str, dict[str, Any]]:
    """One earlier case that ends at each level below emergency (found by playing them)."""
    found: dict[str, dict[str, Any]] = {}
    for line in (CASES / "public.jsonl").read_text().splitlines():
        case = {k: v for k, v in json.loads(line).items() if k not in ("expect", "why")}
        level = simulate(case)["outcome"]
        if level != "emergency":
            found.setdefault(level, case)
    return found


BY_LEVEL = cases_by_outcome()


@pytest.fixture
def service(tmp_path: Path) -> ConversationService:
    return open_service(connect(tmp_path / "bot.db"), time_zone="Europe/London")


def finish(service: ConversationService, patient: str, case: dict[str, Any]) -> Reply:
    """Play ``case`` through the service at NOON; returns the outcome reply."""
    from bot.simulate import answer_for, checklist_answer

    reply = service.handle(patient, Inbound("/start"), moment=NOON)
    assert reply is not None
    last = service.handle(patient, Inbound("yes"), moment=NOON)
    assert last is not None
    for _ in range(60):
        if last.reply.finished:
            return last.reply
        r = last.reply
        if r.confirm is not None:
            text = "yes"
        elif r.facts:
            text = checklist_answer(case, r)
        else:
            text = answer_for(case, r.fact)
        last = service.handle(patient, Inbound(text), moment=NOON)
        assert last is not None
    raise AssertionError("no outcome")


def opt_in(service: ConversationService, patient: str, level: str) -> Reply:
    outcome = finish(service, patient, BY_LEVEL[level])
    assert outcome.level == level
    assert [o.data.split(":", 1)[1] for o in outcome.options] == ["followup_yes", "followup_no"]
    turn = service.handle(patient, Inbound("yes please"), moment=NOON, contact=b"sealed")
    assert turn is not None
    return turn.reply


def rows(service: ConversationService, patient: str) -> list[tuple[Any, ...]]:
    return service.store.db.execute(
        "select days, status, contact is not null, due_at from followups where patient = ? "
        "order by due_at",
        [patient],
    ).fetchall()


@pytest.mark.parametrize("level", sorted(SCHEDULE))
def test_every_level_gets_its_own_schedule(service: ConversationService, level: str) -> None:
    if level not in BY_LEVEL:
        pytest.fail(f"no public case ends at {level}: add one to tests/cases/public.jsonl")
    reply = opt_in(service, "p", level)
    assert reply.followups == SCHEDULE[level]
    planned = rows(service, "p")
    assert [r[0] for r in planned] == list(SCHEDULE[level])
    assert all(r[1] == PENDING and r[2] for r in planned)
    for day in SCHEDULE[level]:
        early = service.send_due(NOON + timedelta(days=day, seconds=-1))
        assert all(row.days != day for row, _ in early)
        sent = service.send_due(NOON + timedelta(days=day))
        assert [row.days for row, _ in sent] == [day]
        question = sent[0][1]
        if level == "urgent":
            assert "Did you manage to get help?" in question.messages[-1]
        else:
            assert "How is it now?" in question.messages[-1]
        # answered, so the next one starts from a finished follow-up
        done = service.handle("p", Inbound("better"), moment=NOON + timedelta(days=day))
        assert done is not None and done.reply.finished
        assert done.reply.level == level  # nothing lowers the earlier level
    assert [r[1] for r in rows(service, "p")] == [ANSWERED] * len(SCHEDULE[level])
    assert not any(r[2] for r in rows(service, "p"))  # the chat id went with the last one


def test_nothing_is_scheduled_without_a_yes(service: ConversationService) -> None:
    finish(service, "p", BY_LEVEL["soon"])
    turn = service.handle("p", Inbound("no thanks"), moment=NOON)
    assert turn is not None and not turn.reply.followups
    assert rows(service, "p") == []


def test_a_follow_up_due_at_night_waits_for_the_morning(service: ConversationService) -> None:
    opt_in(service, "p", "urgent")
    late = datetime(2026, 3, 3, 22, 30, tzinfo=UTC)  # 22:30 in London, after the due time
    assert service.send_due(late) == []
    assert rows(service, "p")[0][3] == "2026-03-04T09:00:00+00:00"
    assert service.send_due(datetime(2026, 3, 4, 8, 59, tzinfo=UTC)) == []
    assert len(service.send_due(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))) == 1


def test_the_patients_own_time_zone_wins(service: ConversationService) -> None:
    opt_in(service, "p", "urgent")
    turn = service.handle("p", Inbound("/timezone America/New_York"), moment=NOON)
    assert turn is not None and "America/New_York" in turn.reply.messages[0]
    # noon the next day in London is 07:00 in New York: not yet
    assert service.send_due(NOON + timedelta(days=1)) == []
    assert len(service.send_due(NOON + timedelta(days=1, hours=2))) == 1


def test_a_crash_between_due_and_sent_loses_nothing_and_sends_once(
    service: ConversationService,
) -> None:
    opt_in(service, "p", "urgent")
    due = NOON + timedelta(days=1)

    def crash(*_: object) -> None:
        raise RuntimeError("killed while queueing")

    with pytest.raises(RuntimeError):
        service.send_due(due, crash)
    assert rows(service, "p")[0][1] == PENDING  # the whole step was rolled back
    sessions = service.store.db.execute("select count(*) from sessions").fetchone()[0]
    queued: list[Reply] = []

    def seal(reply: Reply) -> list[bytes]:
        queued.append(reply)
        return [b"sealed reply"]

    assert len(service.send_due(due, lambda row: ReplyTo(row.patient, seal))) == 1
    assert len(queued) == 1
    outbox = service.store.db.execute("select chat, payload from outbox").fetchall()
    assert outbox == [("p", b"sealed reply")]  # queued in the follow-up's own transaction
    assert service.store.db.execute("select count(*) from sessions").fetchone()[0] == sessions + 1
    assert service.send_due(due + timedelta(minutes=1)) == []  # never twice


def test_an_unanswered_follow_up_gets_one_reminder_then_lapses(
    service: ConversationService,
) -> None:
    opt_in(service, "p", "urgent")
    first = NOON + timedelta(days=1)
    assert len(service.send_due(first)) == 1
    reminded = service.send_due(first + timedelta(hours=24))
    assert len(reminded) == 1 and "once more" in reminded[0][1].messages[0]
    assert rows(service, "p")[0][1] == REMINDED
    assert service.send_due(first + timedelta(hours=48)) == []
    assert rows(service, "p")[0][1] == LAPSED
    assert not rows(service, "p")[0][2]


def test_checkins_lists_and_stops_in_one_tap(service: ConversationService) -> None:
    opt_in(service, "p", "soon")
    turn = service.handle("p", Inbound("/checkins"), moment=NOON)
    assert turn is not None
    listing = turn.reply
    assert "Wednesday 04 March" in listing.messages[0] and "Monday 09 March" in listing.messages[0]
    assert [o.data for o in listing.options] == [CHECKINS_STOP]
    stopped = service.handle("p", Inbound(button=CHECKINS_STOP), moment=NOON)
    assert stopped is not None and "won't check in again" in stopped.reply.messages[0]
    assert {r[1] for r in rows(service, "p")} == {STOPPED}
    assert not any(r[2] for r in rows(service, "p"))
    assert service.send_due(NOON + timedelta(days=30)) == []


def test_delete_while_a_follow_up_is_pending_erases_it(service: ConversationService) -> None:
    opt_in(service, "p", "soon")
    service.erase("p")
    assert rows(service, "p") == []
    assert service.send_due(NOON + timedelta(days=30)) == []


def test_a_follow_up_is_not_sent_into_a_check_in_in_progress(
    service: ConversationService,
) -> None:
    opt_in(service, "p", "urgent")
    service.handle("p", Inbound("/restart"), moment=NOON)
    assert service.send_due(NOON + timedelta(days=1)) == []
    assert rows(service, "p")[0][1] == PENDING


def later(level: str, **entry: Any) -> dict[str, Any]:
    return {**BY_LEVEL[level], "later": [entry]}


def test_simulate_a_follow_up_that_escalates_on_a_red_flag_typed_in_free_text() -> None:
    out = simulate(
        later(
            "soon",
            after="2 days",
            says="worse, and now my bum feels numb when i wipe",
        )
    )
    assert out["outcome"] == "soon"
    (followup,) = out["followups"]
    assert followup["after"] == "2 days" and followup["outcome"] == "emergency"
    assert followup["transcript"][0]["text"].startswith("Hello again")


def test_simulate_worse_runs_the_screen_again_from_the_entrys_facts() -> None:
    out = simulate(
        later("self_care", after="3 days", says="worse", facts={"saddle_numbness": True})
    )
    (followup,) = out["followups"]
    assert followup["outcome"] == "emergency"
    asked = [t for t in followup["transcript"] if t.get("facts")]
    assert asked  # the safety-screen checklist was asked again
    calm = simulate(later("self_care", after="3 days", says="worse"))
    assert calm["followups"][0]["outcome"] == "self_care"


def test_simulate_not_yet_after_urgent_repeats_where_to_go() -> None:
    out = simulate(later("urgent", after="1 day", says="not yet"))
    (followup,) = out["followups"]
    assert followup["outcome"] == "urgent"
    texts = " ".join(t["text"] for t in followup["transcript"] if t["from"] == "bot")
    assert "don't wait" in texts and "today" in texts


def test_simulate_later_needs_an_offer() -> None:
    emergency = {
        "id": "e",
        "facts": {"bladder_bowel": True},
        "later": [{"after": "1 day", "says": "better"}],
    }
    with pytest.raises(CaseError, match="offered no follow-up"):
        simulate(emergency)
    with pytest.raises(CaseError, match="after"):
        simulate({**BY_LEVEL["soon"], "later": [{"after": "soonish", "says": "better"}]})


def test_without_later_the_output_is_as_before() -> None:
    out = simulate(BY_LEVEL["soon"])
    assert "followups" not in out
    assert out["transcript"][-1]["options"] == ["Yes, please check in", "No, thank you"]


def test_a_followup_is_its_own_session_linked_to_the_first(service: ConversationService) -> None:
    opt_in(service, "p", "urgent")
    service.send_due(NOON + timedelta(days=1))
    first, second = service.store.db.execute(
        "select id, followup_of, flow_version from sessions order by started_at, rowid"
    ).fetchall()
    assert second[1] == first[0] and second[2].startswith("followup-")
    assert rows(service, "p")[0][1] == SENT


def test_a_follow_up_that_raises_the_level_offers_its_own_follow_up(
    service: ConversationService,
) -> None:
    opt_in(service, "p", "self_care")
    (_row, question), *_ = service.send_due(NOON + timedelta(days=3))
    assert question.options
    turn = service.handle("p", Inbound("worse"), moment=NOON + timedelta(days=3))
    assert turn is not None
    # a weak leg getting worse, typed in the screen: urgent (not an emergency)
    reply = turn.reply
    for _ in range(10):
        if reply.finished:
            break
        legs = "leg_weakness" in reply.facts
        text = (
            "my left foot is getting weaker" if legs else "none of these" if reply.facts else "no"
        )
        step = service.handle("p", Inbound(text), moment=NOON + timedelta(days=3))
        assert step is not None
        reply = step.reply
    assert reply.level == "urgent"
    assert reply.options and reply.options[0].data.endswith(":followup_yes")
    calm = service.handle("p", Inbound("yes"), moment=NOON + timedelta(days=3))
    assert calm is not None and calm.reply.followups == SCHEDULE["urgent"]


def test_a_follow_up_that_stays_at_its_level_offers_nothing_more(
    service: ConversationService,
) -> None:
    opt_in(service, "p", "soon")
    service.send_due(NOON + timedelta(days=2))
    done = service.handle("p", Inbound("about the same"), moment=NOON + timedelta(days=2))
    assert done is not None and done.reply.finished and not done.reply.options


def test_simulate_something_new_after_self_care_with_a_typed_red_flag_is_an_emergency() -> None:
    case = later("self_care", after="3 days", says="something new", facts={"saddle_numbness": True})
    case["later"][0]["typed"] = {
        "saddle_numbness": "since yesterday i cant feel myself when i wipe"
    }
    out = simulate(case)
    (followup,) = out["followups"]
    assert followup["after"] == "3 days" and followup["outcome"] == "emergency"
    said = [t["text"] for t in followup["transcript"] if t["from"] == "patient"]
    assert said[0] == "something new" and "wipe" in said[-1]


def test_the_follow_ups_question_reminder_and_answer_are_in_the_staff_transcript(
    service: ConversationService, client_for: Callable[..., Client], tmp_path: Path
) -> None:
    """Every message the bot sent for a follow-up, its one reminder included, is in the
    follow-up's transcript as the patient saw it and under the check-in it follows,
    with the patient's answer (issue 14: complete transcripts)."""
    opt_in(service, "p", "urgent")
    first = NOON + timedelta(days=1)
    ((_, question),) = service.send_due(first)
    ((_, reminder),) = service.send_due(first + timedelta(hours=24))
    db = service.store.db
    check_in, follow_up = (
        r[0] for r in db.execute("select id from sessions order by started_at, rowid")
    )
    assert db.execute("select turns from sessions where id = ?", [follow_up]).fetchone()[0] == 1
    got_help = next(o for o in reminder.options if o.label == "Yes, I got help")
    service.handle("p", Inbound(button=got_help.data), moment=first + timedelta(hours=25))
    kinds = [r[0] for r in db.execute("select kind from events where session_id = ?", [follow_up])]
    assert kinds[:3] == ["followup", "reminder", "button"]
    with closing(sqlite3.connect(tmp_path / "bot.db")) as conn:
        found = transcript(conn, check_in)
    assert found is not None
    (row,) = found.followups
    assert [(p.kind, p.said) for p in row.prompts] == [
        ("followup", question.messages),
        ("reminder", reminder.messages),
    ]
    assert row.prompts[1].offered == tuple(o.label for o in reminder.options)
    assert row.answer == "Yes, I got help" and row.session_id == follow_up
    add_staff(tmp_path / "bot.db", ("nurse", roles.CLINICIAN, ()))
    client = client_for(ReviewConfig(tmp_path / "bot.db", accounts.staff_path(tmp_path / "bot.db")))
    assert login(client, "nurse").status_code == 303
    page = html.unescape(client.get(f"/sessions/{check_in}").text)
    followups = page[page.index('id="followups"') : page.index("<h2>Answers")]
    for message in (*question.messages, *reminder.messages, "Yes, I got help"):
        assert message in followups
    page = html.unescape(client.get(f"/sessions/{follow_up}").text)
    steps = page[page.index('class="transcript"') :]
    assert steps.index(question.messages[0]) < steps.index("Reminder, sent unanswered")
    assert steps.index(reminder.messages[0]) < steps.index("tapped «Yes, I got help»")
    assert f'href="/sessions/{check_in}"' in page

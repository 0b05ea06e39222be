"""Both Telegram backends, end to end over real HTTP against the fake Bot API on 127.0.0.1.

Each test starts tests/fakebotapi.FakeBotAPI on a free port, points the real
python-telegram-bot or aiogram client at it through TELEGRAM_API_SERVER, and
runs the bot (``bot.telegram.serve``) as a task in the test's event loop.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from bot.pseudonym import patient_key
from bot.simulate import answer_for, simulate
from tests.harness import CASES, PATIENT, SECRET, Running, keyboard_data


def load_case(case_id: str) -> dict[str, Any]:
    for name in ("public.jsonl", "own.jsonl"):
        for line in (CASES / name).read_text().splitlines():
            case = json.loads(line)
            if case["id"] == case_id:
                return {k: v for k, v in case.items() if k not in ("expect", "why")}
    raise KeyError(case_id)


def current_fact(bot: Running) -> str | None:
    rows = bot.db_rows(
        "select state, status from sessions where patient = ? order by started_at desc limit 1",
        patient_key(SECRET, "telegram", PATIENT),
    )
    return rows[0][0] if rows else None


def outcome(bot: Running, chat_id: int = PATIENT) -> str | None:
    rows = bot.db_rows(
        "select level from sessions where patient = ? and status = 'finished'",
        patient_key(SECRET, "telegram", chat_id),
    )
    return rows[-1][0] if rows else None


async def play(bot: Running, case: dict[str, Any], *, buttons: bool) -> None:
    replies = await bot.say("/start")
    assert "sciatica check-in" in replies[-1]["text"]
    replies = await (bot.press(keyboard_data(replies[-1])["yes"]) if buttons else bot.say("yes"))
    for _ in range(60):
        if outcome(bot):
            return
        fact = current_fact(bot)
        answer = answer_for(case, fact)
        data = keyboard_data(replies[-1]).get(answer)
        replies = await (bot.press(data) if buttons and data else bot.say(answer))
    raise AssertionError("no outcome after 60 turns")


@pytest.mark.asyncio
@pytest.mark.parametrize("case_id", ["pub-17-acute-self-care", "pub-06-cancer-breast-taxane-typed"])
async def test_a_whole_check_in_by_buttons_matches_simulate(running: Running, case_id: str) -> None:
    case = load_case(case_id)
    await play(running, case, buttons=True)
    assert outcome(running) == simulate(case)["outcome"]
    presses = running.fake.calls("answerCallbackQuery")
    assert len(presses) >= 10
    # every reply brought its own buttons: the answered ones stayed, a call saved a message
    assert running.fake.calls("editMessageReplyMarkup") == []
    offer = running.messages()[-1]
    assert keyboard_data(offer), "the outcome ends with the offer of a follow-up"
    replies = await running.press(keyboard_data(offer)["followup_no"])
    assert not keyboard_data(replies[-1])
    # a reply without buttons takes the answered ones away (after it), so that the last
    # buttons on screen are never old ones; and never an edit Telegram would refuse
    await running.fake.wait_for(lambda f: not keyboard_data(f.sent_messages(PATIENT)[-2]), 5)
    edits = running.fake.calls("editMessageReplyMarkup")
    assert [c.status for c in edits] == [200]


@pytest.mark.asyncio
async def test_a_whole_check_in_by_typed_answers_matches_simulate(running: Running) -> None:
    case = load_case("own-11-messy-everyday-words")
    await play(running, case, buttons=False)
    assert outcome(running) == simulate(case)["outcome"] == "self_care"


@pytest.mark.asyncio
async def test_a_red_flag_mid_flow_sends_the_emergency_first(running: Running) -> None:
    await running.say("/start")
    await running.say("yes")
    await running.say("no")
    replies = await running.say("and since yesterday I can't feel anything when I wipe")
    assert replies[0]["text"].startswith("🚨")
    assert outcome(running) == "emergency"


@pytest.mark.asyncio
async def test_commands_are_registered_and_polling_deletes_the_webhook(running: Running) -> None:
    names = [c["command"] for c in running.fake.calls("setMyCommands")[0].params["commands"]]
    assert names == [
        "start",
        "back",
        "restart",
        "help",
        "checkins",
        "timezone",
        "privacy",
        "delete",
        "share",
    ]
    assert running.fake.calls("deleteWebhook")


@pytest.mark.asyncio
async def test_a_group_chat_gets_an_intro_and_a_private_link_never_questions(
    running: Running,
) -> None:
    group = -1001234
    replies = await running.say("/start", chat_id=group, chat_type="supergroup")
    assert len(replies) == 1
    button = replies[0]["reply_markup"]["inline_keyboard"][0][0]
    assert button["url"].startswith("https://t.me/sciatica_test_bot?start=g")
    assert "never ask health questions" in replies[0]["text"]
    running.fake.push_text(group, "my back hurts so much", chat_type="supergroup")
    await asyncio.sleep(0.5)
    assert len(running.messages(group)) == 1
    assert running.db_rows("select count(*) from sessions")[0][0] == 0


@pytest.mark.asyncio
async def test_a_deep_link_records_the_referring_group_code_only(running: Running) -> None:
    await running.say("/start g1a2b3c4d5e")
    rows = running.db_rows("select referral, patient from sessions")
    assert rows == [("g1a2b3c4d5e", patient_key(SECRET, "telegram", PATIENT))]


@pytest.mark.asyncio
async def test_delete_erases_everything_after_a_confirm(running: Running) -> None:
    await running.say("/start")
    await running.say("yes")
    await running.say("no")
    replies = await running.say("/delete")
    assert "erase everything" in replies[0]["text"]
    assert running.db_rows("select count(*) from sessions")[0][0] == 1
    assert (await running.press("erase:yes"))[0]["text"].startswith("OK, I have kept")  # forged
    assert running.db_rows("select count(*) from sessions")[0][0] == 1
    replies = await running.say("/delete")
    button = replies[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    replies = await running.press(button)
    assert "erased everything" in replies[0]["text"]
    assert running.db_rows("select count(*) from sessions")[0][0] == 0
    assert running.db_rows("select count(*) from events")[0][0] == 0
    # Of the chat's outbox rows, only the "erased" reply itself is left (no text in it).
    assert running.db_rows("select count(*), max(payload) from outbox") == [(1, None)]


@pytest.mark.asyncio
async def test_privacy_and_share(running: Running) -> None:
    replies = await running.say("/privacy")
    assert "90 days" in replies[0]["text"]
    replies = await running.say("/share")
    assert "https://t.me/sciatica_test_bot" in replies[0]["text"]
    photos = running.fake.calls("sendPhoto")
    assert photos and photos[0].params["photo"].startswith(b"\x89PNG")


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 502])
async def test_a_429_or_502_is_retried_and_the_reply_arrives_once(
    running: Running, status: int
) -> None:
    running.fake.fail_next("sendMessage", status, retry_after=1 if status == 429 else None)
    replies = await running.say("/start")
    assert len(replies) == 1
    assert "sciatica check-in" in replies[0]["text"]
    failed = [c for c in running.fake.calls("sendMessage")]
    assert len(failed) == 2  # the failed try and the one that went through


@pytest.mark.asyncio
async def test_a_redelivered_update_changes_nothing(running: Running) -> None:
    await running.say("/start")
    await running.say("yes")
    before = len(running.messages())
    update = running.fake.push_text(PATIENT, "no")
    await running.reply_to(before)
    assert current_fact(running) == "leg_checklist"
    count = len(running.messages())
    running.fake.redeliver(update["update_id"])
    await running.fake.wait_for(lambda f: not f.pending_updates, 10)
    await asyncio.sleep(0.3)
    assert len(running.messages()) == count
    assert current_fact(running) == "leg_checklist"


@pytest.mark.asyncio
async def test_a_patient_who_blocked_the_bot_breaks_nothing(running: Running) -> None:
    running.fake.blocked_chats.add(PATIENT)
    running.fake.push_text(PATIENT, "/start")
    await asyncio.sleep(0.5)
    running.fake.blocked_chats.clear()
    replies = await running.say("/start", chat_id=PATIENT + 1)
    assert "sciatica check-in" in replies[0]["text"]

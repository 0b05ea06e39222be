"""Odd inputs through Telegram, with the real clients against the fake Bot API.

Issue 4, point 2: photos, stickers, voice notes, documents, locations, contacts,
edited and forwarded messages, messages over 4,096 characters, HTML and Markdown
in what patients type, unknown commands, forged and stale button data, channel
posts, inline queries and group callbacks. Every private-chat input gets exactly
one sensible reply turn (never silence, never a traceback), nothing else gets a
health question, and the bot keeps working for the next message.

Each test runs on both backends (python-telegram-bot and aiogram). After every
test, every message the bot sent is checked: plain text (no ``parse_mode``),
within Telegram's 4,096 characters (counted in UTF-16 code units, as the fake
Bot API counts them: the strictest reading of the limit), accepted by the Bot
API, and free of error text.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.pseudonym import patient_key
from bot.settings import Settings
from bot.telegram.bridge import DELETE_DONE, TELEGRAM_LIMIT, split_text
from flows.engine import EDITED, ONLY_TEXT, STALE_BUTTON, UNKNOWN_COMMAND
from flows.machine import OUTCOME_STATES
from tests.fakebotapi import FakeBotAPI
from tests.harness import Running
from tests.harness import keyboard_data as buttons

SECRET = "odd-inputs-pseudonym-secret"
PATIENT = 5550101
OTHER = 5550202
GROUP = -1005550303
CHANNEL = -1005550404

JSON = dict[str, Any]

#: A deployment's emergency text long enough to push its outcome over Telegram's limit.
LONG_CONTACT = "112, or 999 from a UK phone. " + " ".join(
    f"In district {n}, ask the operator for the ambulance post at the old mill road."
    for n in range(60)
)

#: Words that must never reach a patient.
ERROR_WORDS = ("Traceback", "Error", "Exception", "None", "null", "{emergency}")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class Bot(Running):
    """The shared bot-in-a-task, with every kind of update a patient can send."""

    def __init__(self, fake: FakeBotAPI, settings: Settings) -> None:
        super().__init__(fake, settings)
        self._files = itertools.count(1)

    def messages(self, chat_id: int = PATIENT) -> list[JSON]:  # this file's own patient
        return self.fake.sent_messages(chat_id)

    def state(self, chat_id: int = PATIENT) -> str | None:
        rows = self.db_rows(
            "select state from sessions where patient = ? and status in ('active', 'finished') "
            "order by started_at desc limit 1",
            patient_key(SECRET, "telegram", chat_id),
        )
        return rows[0][0] if rows else None

    # Sending things as a patient.

    def user(self, chat_id: int = PATIENT) -> JSON:
        return {"id": chat_id, "is_bot": False, "first_name": "Pat", "language_code": "en"}

    def chat(self, chat_id: int = PATIENT) -> JSON:
        return {"id": chat_id, "type": "private", "first_name": "Pat"}

    def message(self, chat_id: int = PATIENT, **content: Any) -> JSON:
        """A private message from the patient, as Telegram sends it."""
        return {
            "message_id": self.fake._next_message_id(chat_id),
            "from": self.user(chat_id),
            "chat": self.chat(chat_id),
            "date": int(time.time()),
            **content,
        }

    def file(self, kind: str) -> JSON:
        number = next(self._files)
        return {
            "file_id": f"{kind.upper()}-AgACAgQAAxkBAAIB{number:04d}",
            "file_unique_id": f"AQAD{kind[:3]}{number:04d}",
        }

    async def turn(self, push: Callable[[], Any], chat_id: int = PATIENT) -> list[JSON]:
        """Push something and wait for the whole reply: at least one message, then quiet."""
        before = len(self.messages(chat_id))
        push()
        await self.fake.wait_for(lambda f: len(f.sent_messages(chat_id)) > before, 10)
        await self.settle(chat_id)
        return self.messages(chat_id)[before:]

    async def settle(self, chat_id: int = PATIENT) -> None:
        """Wait until nothing is queued and no message has arrived for a while."""
        count = -1
        while count != len(self.messages(chat_id)):
            count = len(self.messages(chat_id))
            await self.fake.wait_for(lambda f: not f.pending_updates, 10)
            await asyncio.sleep(0.15)
            await self.outbox_sent(chat_id)

    async def say(self, text: str, chat_id: int = PATIENT) -> list[JSON]:
        return await self.turn(lambda: self.fake.push_text(chat_id, text), chat_id)

    async def press(
        self, data: str, chat_id: int = PATIENT, message_id: int | None = None
    ) -> list[JSON]:
        return await self.turn(
            lambda: self.fake.push_callback(chat_id, data, message_id=message_id), chat_id
        )

    async def send(self, chat_id: int = PATIENT, **content: Any) -> list[JSON]:
        return await self.turn(
            lambda: self.fake.push_update({"message": self.message(chat_id, **content)}), chat_id
        )

    async def handled(self, update: JSON) -> None:
        """Wait until the bot has handled ``update`` (its inbox row is marked handled)."""
        update_id = int(update["update_id"])

        def done(_: FakeBotAPI) -> bool:
            rows = self.db_rows("select handled_at from inbox where update_id = ?", update_id)
            return bool(rows and rows[0][0])

        done.__qualname__ = f"update {update_id} handled"
        await self.fake.wait_for(done, 10)
        await asyncio.sleep(0.2)  # anything it might (wrongly) send

    async def started(self, chat_id: int = PATIENT) -> list[JSON]:
        """/start, consent, and "not sure" at the first checklist: its first question is open."""
        await self.say("/start", chat_id)
        await self.say("yes", chat_id)
        assert self.state(chat_id) == "nerve_checklist"
        replies = await self.say("not sure", chat_id)
        assert self.state(chat_id) == "bladder_bowel"
        return replies


def parts(replies: list[JSON]) -> list[str]:
    """The texts of a turn: a reply joins its texts into one message, a blank line
    between them, while they fit (bot.telegram.bridge.render)."""
    return [part for message in replies for part in message["text"].split("\n\n")]


def one_turn(replies: list[JSON], *, question: bool = True) -> None:
    """One reply turn: some messages, buttons (if any) only on the last one."""
    assert replies, "silence"
    for message in replies[:-1]:
        assert not buttons(message), f"two questions in one turn: {[m['text'] for m in replies]}"
    if question:
        assert buttons(replies[-1]), f"the question was not asked again: {replies[-1]['text']!r}"
    texts = [m["text"] for m in replies]
    assert len(set(texts)) == len(texts), f"a message was sent twice: {texts}"


async def keeps_working(bot: Bot, *, fact: str = "bladder_bowel") -> None:
    """The patient's next ordinary answer is read and the check-in goes on."""
    assert bot.state() == fact
    replies = await bot.say("50" if fact == "age" else "no")
    one_turn(replies)
    assert bot.state() not in (fact, None)


# --------------------------------------------------------------------------- fixture


def _settings(fake: FakeBotAPI, url: str, backend: str, tmp_path: Path, **extra: Any) -> Settings:
    return Settings(
        _env_file=None,
        telegram_bot_token=fake.token,
        telegram_api_server=url,
        telegram_backend=backend,
        database_path=tmp_path / "bot.db",
        pseudonym_secret=SECRET,
        flood_chat_burst=100,  # pacing is test_flood_policy.py's
        **extra,
    )


def check_everything_sent(fake: FakeBotAPI) -> None:
    """Every message the bot sent: plain text, within the limit, no error text."""
    for call in fake.calls("sendMessage") + fake.calls("sendPhoto"):
        assert "parse_mode" not in call.params, f"parse_mode set: {call.params}"
        assert not call.params.get("entities")
        text = call.params.get("text", call.params.get("caption", ""))
        assert utf16_len(text) <= TELEGRAM_LIMIT, f"{utf16_len(text)} characters sent"
        for word in ERROR_WORDS:
            assert word not in text, f"{word!r} reached a patient: {text[:200]!r}"
    for call in fake.calls("sendMessage"):
        assert call.status == 200, f"sendMessage failed with {call.status}: {call.params}"


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def bot(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Bot]:
    fake = FakeBotAPI()
    url = await fake.start()
    running = Bot(fake, _settings(fake, url, request.param, tmp_path))
    await running.start()
    try:
        yield running
    finally:
        await running.close()
        await fake.stop()
    check_everything_sent(fake)


# ------------------------------------------------------------------ not text at all


def _not_text(bot: Bot) -> list[tuple[str, JSON]]:
    photo = [
        {**bot.file("photo"), "file_size": 1411, "width": 90, "height": 68},
        {**bot.file("photo"), "file_size": 21543, "width": 320, "height": 240},
    ]
    return [
        ("photo", {"photo": photo}),
        (
            "sticker",
            {
                "sticker": {
                    **bot.file("sticker"),
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                    "emoji": "😢",
                    "set_name": "SadCats",
                    "file_size": 23012,
                }
            },
        ),
        (
            "voice",
            {
                "voice": {
                    **bot.file("voice"),
                    "duration": 4,
                    "mime_type": "audio/ogg",
                    "file_size": 8120,
                }
            },
        ),
        (
            "document",
            {
                "document": {
                    **bot.file("document"),
                    "file_name": "MRI report.pdf",
                    "mime_type": "application/pdf",
                    "file_size": 104857,
                }
            },
        ),
        ("location", {"location": {"latitude": 51.507351, "longitude": -0.127758}}),
        (
            "contact",
            {
                "contact": {
                    "phone_number": "+447700900123",
                    "first_name": "Dr",
                    "last_name": "Jones",
                    "user_id": 5550999,
                }
            },
        ),
        (
            "video_note",
            {"video_note": {**bot.file("video_note"), "length": 240, "duration": 6}},
        ),
        ("dice", {"dice": {"emoji": "🎲", "value": 4}}),
    ]


@pytest.mark.asyncio
async def test_before_any_check_in_a_photo_gets_the_consent_question(bot: Bot) -> None:
    photo = [{**bot.file("photo"), "width": 90, "height": 68}]
    replies = await bot.send(photo=photo)
    one_turn(replies)
    assert parts(replies)[0] == ONLY_TEXT
    assert "Is it OK to start" in replies[-1]["text"]
    replies = await bot.say("yes")  # typed, to the consent question on screen
    one_turn(replies)
    assert bot.state() == "nerve_checklist", (
        f"'yes' to the consent question was not taken; the bot said {replies[0]['text']!r}"
    )


@pytest.mark.asyncio
async def test_things_that_are_not_text_get_one_reply_and_the_question_again(bot: Bot) -> None:
    question = parts(await bot.started())[-1]
    for kind, content in _not_text(bot):
        replies = await bot.send(**content)
        one_turn(replies)
        assert parts(replies) == [ONLY_TEXT, question], kind
        assert bot.state() == "bladder_bowel", kind
    await keeps_working(bot)


@pytest.mark.asyncio
async def test_a_photo_caption_is_read_like_text_and_a_red_flag_in_it_counts(bot: Bot) -> None:
    await bot.started()
    photo = [{**bot.file("photo"), "width": 90, "height": 68}]
    replies = await bot.send(photo=photo, caption="I wet myself this morning")
    one_turn(replies, question=False)
    assert replies[0]["text"].startswith("🚨")
    assert bot.state() == "emergency"


# ----------------------------------------------------------- edited and forwarded


@pytest.mark.asyncio
async def test_an_edited_message_answers_nothing_and_gets_one_reply(bot: Bot) -> None:
    await bot.say("/start")
    pushed: list[JSON] = []
    await bot.turn(lambda: pushed.append(bot.fake.push_text(PATIENT, "yes")))
    original = pushed[0]["message"]
    edited = {**original, "text": "no", "edit_date": int(time.time()) + 1}
    replies = await bot.turn(lambda: bot.fake.push_update({"edited_message": edited}))
    one_turn(replies)
    assert EDITED in parts(replies)
    assert bot.state() == "nerve_checklist"
    await keeps_working(bot, fact="nerve_checklist")


@pytest.mark.asyncio
async def test_a_red_flag_in_an_edited_message_leads_to_the_emergency_outcome(bot: Bot) -> None:
    await bot.started()
    pushed: list[JSON] = []
    await bot.turn(lambda: pushed.append(bot.fake.push_text(PATIENT, "no")))
    assert bot.state() == "saddle_numbness"
    edited = {**pushed[0]["message"], "text": "no. I wet myself", "edit_date": int(time.time())}
    replies = await bot.turn(lambda: bot.fake.push_update({"edited_message": edited}))
    one_turn(replies, question=False)
    assert replies[0]["text"].startswith("🚨")
    assert bot.state() == "emergency"
    rows = bot.db_rows("select level from sessions where status = 'finished'")
    assert rows == [("emergency",)]


@pytest.mark.asyncio
async def test_live_location_edits_get_no_reply_at_all(bot: Bot) -> None:
    await bot.started()
    location = {"latitude": 51.5, "longitude": -0.12, "live_period": 900}
    shared = bot.message(location=location)
    replies = await bot.turn(lambda: bot.fake.push_update({"message": shared}))
    one_turn(replies)
    assert parts(replies)[0] == ONLY_TEXT
    sent = len(bot.messages())
    for step in range(1, 4):
        moved = {**location, "latitude": 51.5 + step / 1000}
        edited = {**shared, "location": moved, "edit_date": int(time.time()) + step}
        await bot.handled(bot.fake.push_update({"edited_message": edited}))
    assert len(bot.messages()) == sent
    await keeps_working(bot)


ORIGINS: tuple[JSON, ...] = (
    {"type": "user", "sender_user": {"id": 5550777, "is_bot": False, "first_name": "Sam"}},
    {"type": "hidden_user", "sender_user_name": "Sam"},
    {
        "type": "channel",
        "chat": {"id": -1005550888, "type": "channel", "title": "Back pain news"},
        "message_id": 77,
    },
)


@pytest.mark.asyncio
async def test_a_forwarded_message_is_read_like_any_text(bot: Bot) -> None:
    await bot.started()
    facts = ["saddle_numbness", "sexual_change", "both_legs"]
    for origin, fact in zip(ORIGINS, facts, strict=True):
        forward = {**origin, "date": int(time.time()) - 3600}
        replies = await bot.send(text="no", forward_origin=forward)
        one_turn(replies)
        assert bot.state() == fact, origin["type"]
    forward = {**ORIGINS[0], "date": int(time.time()) - 60}
    replies = await bot.send(text="I can't feel when I wipe", forward_origin=forward)
    one_turn(replies, question=False)
    assert replies[0]["text"].startswith("🚨")
    assert bot.state() == "emergency"


# ------------------------------------------------------------- long and marked-up text


LONG_MESSAGES = ("no " * 2000, "🙂" * 4500, "x" * 4097, "Ⅻ" * 9000)


@pytest.mark.asyncio
async def test_a_message_over_4096_characters_gets_a_reply(bot: Bot) -> None:
    await bot.started()
    for text in LONG_MESSAGES:
        assert utf16_len(text) > TELEGRAM_LIMIT
        replies = await bot.say(text)
        one_turn(replies)
        assert all(utf16_len(m["text"]) <= TELEGRAM_LIMIT for m in replies)
        state = bot.state()
        assert state is not None and state not in OUTCOME_STATES, text[:10]
    # A red flag at the start of a very long message still counts.
    replies = await bot.say("I wet myself. " + "and my back hurts " * 300)
    one_turn(replies, question=False)
    assert replies[0]["text"].startswith("🚨")
    assert bot.state() == "emergency"


MARKUP = (
    "<b>no</b>",
    "*no*",
    "_no_",
    "`no`",
    "<script>alert('x')</script>",
    "<i>unclosed",
    "[no](https://example.com)",
    "&lt;no&gt; &amp;",
    "**__~~no~~__**",
)


@pytest.mark.asyncio
async def test_html_and_markdown_typed_by_a_patient_are_plain_text(bot: Bot) -> None:
    await bot.started()
    for text in MARKUP:
        replies = await bot.say(text)
        one_turn(replies)
        for message in replies:
            assert "<script>" not in message["text"], text
            assert not message.get("entities"), text
        state = bot.state()
        assert state is not None and state not in OUTCOME_STATES, text
    await keeps_working(bot, fact=bot.state() or "")


# --------------------------------------------------------------- commands and buttons


@pytest.mark.asyncio
async def test_an_unknown_command_gets_one_reply_and_the_question_again(bot: Bot) -> None:
    question = parts(await bot.started())[-1]
    for command in ("/foo", "/settings", "/stop", "/START_OVER", "/x" * 40, "/help@other_bot"):
        replies = await bot.say(command)
        one_turn(replies)
        assert replies[-1]["text"].endswith(question), command
        if not command.startswith("/help"):
            assert parts(replies)[0] == UNKNOWN_COMMAND, command
    await keeps_working(bot)


FORGED = ("999:yes", "0:yes", "-1:no", "2:maybe-later", "x", ":", "1:", "💥" * 16)


@pytest.mark.asyncio
async def test_forged_button_data_changes_nothing(bot: Bot) -> None:
    await bot.started()
    for data in FORGED:
        replies = await bot.press(data)
        one_turn(replies)
        assert bot.state() == "bladder_bowel", data
        answered = bot.db_rows("select count(*) from sessions where data like '%answers\":{}%'")
        assert answered == [(1,)], f"{data!r} answered a question"
    await keeps_working(bot)


@pytest.mark.asyncio
async def test_a_button_from_an_old_message_is_stale(bot: Bot) -> None:
    consent = (await bot.say("/start"))[-1]
    await bot.press(buttons(consent)["yes"])
    question = bot.messages()[-1]
    await bot.press(buttons(question)["none"])
    assert bot.state() == "leg_checklist"
    for message, data in (
        (consent, buttons(consent)["no"]),
        (question, buttons(question)["bladder_bowel=True"]),
        (question, buttons(question)["not sure"]),
    ):
        replies = await bot.press(data, message_id=message["message_id"])
        one_turn(replies)
        assert parts(replies)[0] == STALE_BUTTON
        assert bot.state() == "leg_checklist"
    # A press on a message the patient has deleted long ago (Telegram: an inaccessible message).
    replies = await bot.press("2:yes", message_id=9_999)
    one_turn(replies)
    assert parts(replies)[0] == STALE_BUTTON
    await keeps_working(bot, fact="leg_checklist")
    presses = bot.fake.calls("answerCallbackQuery")
    assert len(presses) == 6  # every spinner stopped


@pytest.mark.asyncio
async def test_erase_data_without_a_delete_question_erases_nothing(bot: Bot) -> None:
    await bot.started()
    await bot.say("no")
    assert bot.state() == "saddle_numbness"
    # Pressed on the question's message: no /delete was asked.
    for data in ("erase:no", "erase:everything", "erase:yes"):
        replies = await bot.press(data)
        assert replies, f"silence after {data!r}"
        assert DELETE_DONE not in [m["text"] for m in replies], f"{data!r} erased without /delete"
        assert bot.state() == "saddle_numbness", f"{data!r} erased the check-in"
    await keeps_working(bot, fact="saddle_numbness")


# ------------------------------------------------------------ chats that are not private


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def lenient(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Bot]:
    """The bot, with a Bot API that delivers every update type whatever allowed_updates says.

    Telegram says a change of allowed_updates "doesn't affect updates created before
    the call", so channel posts and inline queries can still arrive.
    """
    fake = FakeBotAPI()
    strict = fake._get_updates

    async def every_kind(params: JSON) -> list[JSON]:
        params = {k: v for k, v in params.items() if k != "allowed_updates"}
        fake.allowed_updates = None
        return await strict(params)

    fake.register("getUpdates", every_kind)
    url = await fake.start()
    running = Bot(fake, _settings(fake, url, request.param, tmp_path))
    await running.start()
    try:
        yield running
    finally:
        await running.close()
        await fake.stop()
    check_everything_sent(fake)


@pytest.mark.asyncio
async def test_channel_posts_inline_queries_and_blocks_get_no_message(lenient: Bot) -> None:
    bot = lenient
    updates = [
        bot.fake.push_text(CHANNEL, "/start", chat_type="channel"),
        bot.fake.push_text(CHANNEL, "I wet myself", chat_type="channel"),
        bot.fake.push_update(
            {
                "inline_query": {
                    "id": "880055535",
                    "from": bot.user(OTHER),
                    "query": "I wet myself",
                    "offset": "",
                    "chat_type": "sender",
                }
            }
        ),
        bot.fake.push_update(
            {
                "chosen_inline_result": {
                    "result_id": "1",
                    "from": bot.user(OTHER),
                    "query": "sciatica",
                }
            }
        ),
    ]
    bot_user = bot.fake.bot_user
    updates.append(  # the patient blocked the bot
        bot.fake.push_update(
            {
                "my_chat_member": {
                    "chat": bot.chat(OTHER),
                    "from": bot.user(OTHER),
                    "date": int(time.time()),
                    "old_chat_member": {"status": "member", "user": bot_user},
                    "new_chat_member": {"status": "kicked", "user": bot_user, "until_date": 0},
                }
            }
        )
    )
    post = dict(updates[1]["channel_post"])
    updates.append(
        bot.fake.push_update(
            {"edited_channel_post": {**post, "text": "/start", "edit_date": int(time.time())}}
        )
    )
    for update in updates:
        await bot.handled(update)
    assert bot.messages(CHANNEL) == []
    assert bot.messages(OTHER) == []
    assert bot.fake.calls("answerInlineQuery") == []
    assert bot.db_rows("select count(*) from sessions") == [(0,)]
    # The bot still serves a patient.
    replies = await bot.say("/start")
    one_turn(replies)


@pytest.mark.asyncio
async def test_a_button_pressed_in_a_group_asks_nothing(lenient: Bot) -> None:
    bot = lenient
    intro = await bot.turn(
        lambda: bot.fake.push_text(GROUP, "/start", chat_type="supergroup"), GROUP
    )
    assert len(intro) == 1 and not buttons(intro[0])
    for data in ("1:yes", "2:yes", "999:yes", "erase:yes"):
        update = bot.fake.push_callback(GROUP, data, message_id=intro[0]["message_id"])
        await bot.handled(update)
    assert len(bot.messages(GROUP)) == 1
    assert bot.db_rows("select count(*) from sessions") == [(0,)]
    assert len(bot.fake.calls("answerCallbackQuery")) == 4  # every spinner stopped
    replies = await bot.say("/start")
    one_turn(replies)


# ---------------------------------------------------------------- the bot's long texts


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def wordy(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Bot]:
    """A deployment whose contact texts are very long, so outcomes exceed 4,096 characters."""
    fake = FakeBotAPI()
    url = await fake.start()
    assert len(LONG_CONTACT) > TELEGRAM_LIMIT
    settings = _settings(
        fake,
        url,
        request.param,
        tmp_path,
        emergency_number=LONG_CONTACT,
        urgent_line=LONG_CONTACT,
        crisis_line=LONG_CONTACT,
    )
    running = Bot(fake, settings)
    await running.start()
    try:
        yield running
    finally:
        await running.close()
        await fake.stop()
    check_everything_sent(fake)


@pytest.mark.asyncio
async def test_the_bots_own_long_texts_are_split_within_the_limit(wordy: Bot) -> None:
    bot = wordy
    replies = await bot.say("/help")
    assert len(replies) >= 3  # the help, in two parts, then the consent question
    one_turn(replies)
    replies = await bot.say("I wet myself and I just want to kill myself")
    one_turn(replies, question=False)
    assert replies[0]["text"].startswith("🚨")
    assert all(utf16_len(m["text"]) <= TELEGRAM_LIMIT for m in replies)
    words = " ".join(m["text"] for m in replies).split()
    assert " ".join(LONG_CONTACT.split()) in " ".join(words), "part of the emergency text was lost"
    assert bot.state() == "emergency"


def test_split_text_counts_as_telegram_does() -> None:
    """Telegram's 4,096 is in UTF-16 code units: an emoji outside the BMP counts twice."""
    for text in ("🚑 " * 3000, "🙂" * 5000, "a" * 4090 + "🚑🚑🚑🚑", "é" * 5000):
        parts = split_text(text)
        assert "".join(parts).replace(" ", "") == text.replace(" ", "")
        for part in parts:
            assert utf16_len(part) <= TELEGRAM_LIMIT, (
                f"a part of {len(part)} characters is {utf16_len(part)} UTF-16 code units"
            )

"""The fake Bot API server works with the real python-telegram-bot and aiogram clients."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import socket
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio
import telegram
import telegram.error
from aiogram import Bot, Dispatcher, F, Router
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
)
from aiogram.filters import CommandStart
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.types import InlineKeyboardButton as AgButton
from aiogram.types import InlineKeyboardMarkup as AgKeyboard
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

try:  # tests/ is not a package, and textstat installs a top-level "tests" package
    from tests.fakebotapi import FakeBotAPI, FloodLimits, parse_html
except ModuleNotFoundError:  # pytest puts tests/ itself on sys.path (rootdir-less "prepend")
    from fakebotapi import FakeBotAPI, FloodLimits, parse_html  # type: ignore[no-redef]

TOKEN = "123456:TEST-token"
CHAT = 4242


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns (PTBDeprecationWarning) whenever it reads a time period as int, including
    # inside RetryAfter.__init__; opting in to timedelta keeps -W error quiet.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(TOKEN) as server:
        yield server


def ptb_app(fake: FakeBotAPI) -> Application:  # type: ignore[type-arg]
    return (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(f"{fake.url}/bot")
        .base_file_url(f"{fake.url}/file/bot")
        .build()
    )


def aiogram_bot(fake: FakeBotAPI) -> Bot:
    return Bot(fake.token, session=AiohttpSession(api=TelegramAPIServer.from_base(fake.url)))


# ------------------------------------------------------------------------------------ PTB


@pytest.mark.asyncio
async def test_ptb_bot_methods(fake: FakeBotAPI) -> None:
    app = ptb_app(fake)
    await app.initialize()
    try:
        bot = app.bot
        me = await bot.get_me()
        assert (me.id, me.username, me.is_bot) == (123456, "sciatica_test_bot", True)

        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="yes")]])
        sent = await bot.send_message(CHAT, "Hello <b>there</b>", reply_markup=keyboard)
        assert sent.message_id == 1
        assert sent.chat.id == CHAT and sent.from_user and sent.from_user.is_bot
        assert sent.reply_markup == keyboard
        call = fake.calls("sendMessage")[0]
        assert call.params["chat_id"] == CHAT  # PTB JSON-encodes scalars; decoded back
        assert call.params["reply_markup"] == {
            "inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]
        }
        assert fake.sent_messages(CHAT)[0]["text"] == "Hello <b>there</b>"  # no parse_mode

        html = await bot.send_message(CHAT, "Hi <b>Pat</b> &amp; co", parse_mode="HTML")
        assert html.text == "Hi Pat & co"
        assert [(e.type, e.offset, e.length) for e in html.entities] == [("bold", 3, 3)]

        pushed = fake.push_text(CHAT, "/start@sciatica_test_bot hello", username="pat")
        updates = await bot.get_updates(timeout=1)
        assert [u.update_id for u in updates] == [pushed["update_id"]]
        message = updates[0].message
        assert message is not None and message.text == "/start@sciatica_test_bot hello"
        assert message.message_id == 3  # shared per-chat counter with the bot's messages
        entity = message.entities[0]
        assert (entity.type, entity.offset, entity.length) == ("bot_command", 0, 24)
        assert message.parse_entities(["bot_command"]) == {entity: "/start@sciatica_test_bot"}

        await bot.get_updates(offset=pushed["update_id"] + 1, timeout=0)
        assert fake.confirmed_offset == pushed["update_id"] + 1
        assert fake.pending_updates == []

        commands = [BotCommand("start", "Begin a check-in"), BotCommand("help", "Help")]
        assert await bot.set_my_commands(commands) is True
        assert fake.calls("setMyCommands")[0].params["commands"][0] == {
            "command": "start",
            "description": "Begin a check-in",
        }
        assert tuple(await bot.get_my_commands()) == tuple(commands)
        assert await bot.send_chat_action(CHAT, "typing") is True
        assert await bot.delete_message(CHAT, sent.message_id) is True
        assert fake.is_deleted(CHAT, sent.message_id)
    finally:
        await app.shutdown()


@pytest.mark.asyncio
async def test_ptb_errors(fake: FakeBotAPI) -> None:
    app = ptb_app(fake)
    await app.initialize()
    try:
        bot = app.bot
        fake.fail_next("sendMessage", 429, retry_after=3)
        with pytest.raises(telegram.error.RetryAfter) as flood:
            await bot.send_message(CHAT, "hi")
        assert flood.value.retry_after == dtm.timedelta(seconds=3)

        fake.fail_next("sendMessage", 502)
        with pytest.raises(telegram.error.NetworkError, match="Bad Gateway"):
            await bot.send_message(CHAT, "hi")

        fake.fail_next("sendMessage", 403)
        with pytest.raises(telegram.error.Forbidden, match="blocked by the user"):
            await bot.send_message(CHAT, "hi")

        with pytest.raises(telegram.error.BadRequest, match=r"(?i)message to edit not found"):
            await bot.edit_message_text("x", chat_id=CHAT, message_id=99)

        with pytest.raises(telegram.error.EndPointNotFound):
            await bot.do_api_request("definitelyNotAMethod")

        fake.blocked_chats.add(CHAT)
        with pytest.raises(telegram.error.Forbidden, match="blocked by the user"):
            await bot.send_chat_action(CHAT, "typing")
        fake.blocked_chats.clear()

        assert fake.sent_messages() == []  # failed calls have no effect
        assert [c.status for c in fake.requests[-6:]] == [429, 502, 403, 400, 404, 403]
    finally:
        await app.shutdown()

    # A failed initialize() leaves PTB "not initialized", so Application/Bot.shutdown() are
    # no-ops and would leak the httpx connection: own the request objects and close them.
    requests = (HTTPXRequest(), HTTPXRequest())
    bad = telegram.Bot(
        "999:wrong",
        base_url=f"{fake.url}/bot",
        request=requests[0],
        get_updates_request=requests[1],
    )
    try:
        with pytest.raises(telegram.error.InvalidToken):
            await bad.initialize()
    finally:
        for request in requests:
            await request.shutdown()
    assert fake.requests[-1].method == "getMe" and fake.requests[-1].status == 401


@pytest.mark.asyncio
async def test_ptb_application_polling(fake: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
        args = " ".join(context.args or [])
        await update.effective_message.reply_text(f"Welcome {args}".strip(), reply_markup=keyboard)

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_message.text
        await update.effective_message.reply_text(f"echo: {update.effective_message.text}")

    async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("ok")
        await query.edit_message_text(f"chose {query.data}")

    app = ptb_app(fake)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(button))

    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=10))
        try:
            fake.push_text(CHAT, "/start")
            fake.push_text(CHAT, "my back hurts")
            first, second = await fake.wait_for_messages(CHAT, 2)
            assert first["text"] == "Welcome"
            assert "reply_to_message" not in first  # PTB only quotes by default in groups
            assert first["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"
            assert second["text"] == "echo: my back hurts"

            fake.push_text(CHAT, "/start@sciatica_test_bot deep-link")
            fake.push_callback(CHAT, "go", message_id=first["message_id"])
            await fake.wait_for(lambda f: len(f.calls("editMessageText")) == 1)
            assert fake.calls("answerCallbackQuery")[0].params["text"] == "ok"
            assert fake.sent_messages(CHAT)[0]["text"] == "chose go"
            assert "reply_markup" not in fake.sent_messages(CHAT)[0]  # edit dropped keyboard
            await fake.wait_for_messages(CHAT, 3)
            assert fake.last_message(CHAT)["text"] == "Welcome deep-link"
        finally:
            await app.updater.stop()
            await app.stop()
    # Updater.stop() confirms what it fetched with a last getUpdates(timeout=0).
    assert fake.pending_updates == []
    assert fake.calls("getUpdates")[-1].params["timeout"] == 0
    assert fake.calls("deleteWebhook")  # start_polling clears any webhook first


# -------------------------------------------------------------------------------- aiogram


@pytest.mark.asyncio
async def test_aiogram_bot_methods(fake: FakeBotAPI) -> None:
    async with aiogram_bot(fake) as bot:
        me = await bot.get_me()
        assert (me.id, me.username) == (123456, "sciatica_test_bot")

        keyboard = AgKeyboard(inline_keyboard=[[AgButton(text="Yes", callback_data="yes")]])
        sent = await bot.send_message(CHAT, "Pain today?", reply_markup=keyboard)
        assert sent.message_id == 1 and sent.reply_markup is not None
        assert sent.reply_markup.model_dump() == keyboard.model_dump()
        call = fake.calls("sendMessage")[0]
        assert call.params == {
            "chat_id": CHAT,
            "text": "Pain today?",
            "reply_markup": {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]},
        }

        pushed = fake.push_text(CHAT, "/start")
        updates = await bot.get_updates(timeout=1)
        assert [u.update_id for u in updates] == [pushed["update_id"]]
        message = updates[0].message
        assert message is not None and message.text == "/start"
        assert message.entities is not None and message.entities[0].type == "bot_command"

        update = fake.push_callback(CHAT, "yes")
        assert update["callback_query"]["message"]["message_id"] == sent.message_id
        assert (
            update["callback_query"]["message"]["reply_markup"]
            == (fake.calls("sendMessage")[0].params["reply_markup"])
        )
        updates = await bot.get_updates(offset=pushed["update_id"] + 1, timeout=1)
        query = updates[0].callback_query
        assert query is not None and query.data == "yes"
        assert isinstance(query.message, Message) and query.message.text == "Pain today?"

        assert await bot.answer_callback_query(query.id, text="Saved") is True
        with pytest.raises(TelegramBadRequest, match="query is too old"):
            await bot.answer_callback_query(query.id)

        edited = await bot.edit_message_reply_markup(
            chat_id=CHAT, message_id=sent.message_id, reply_markup=None
        )
        assert isinstance(edited, Message) and edited.reply_markup is None
        assert "reply_markup" not in fake.sent_messages(CHAT)[0]
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_reply_markup(chat_id=CHAT, message_id=sent.message_id)

        assert await bot.set_my_commands([]) is True

        fake.fail_next("sendMessage", 429, retry_after=7)
        with pytest.raises(TelegramRetryAfter) as flood:
            await bot.send_message(CHAT, "again")
        assert flood.value.retry_after == 7

        fake.fail_next("sendMessage", 403)
        with pytest.raises(TelegramForbiddenError):
            await bot.send_message(CHAT, "again")

        # aiogram cannot decode a proxy's HTML page: ClientDecodeError, not a server error.
        fake.fail_next("getMe", 502)
        with pytest.raises(ClientDecodeError):
            await bot.get_me()


@pytest.mark.asyncio
async def test_aiogram_dispatcher_polling(fake: FakeBotAPI) -> None:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> None:
        keyboard = AgKeyboard(inline_keyboard=[[AgButton(text="Go", callback_data="go")]])
        await message.answer("Welcome", reply_markup=keyboard)

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.reply(f"echo: {message.text}")

    @router.callback_query(F.data == "go")
    async def go(query: CallbackQuery) -> None:
        await query.answer()
        assert isinstance(query.message, Message)
        await query.message.edit_text("went")

    dp = Dispatcher()
    dp.include_router(router)
    bot = aiogram_bot(fake)
    polling = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=5))
    try:
        fake.push_text(CHAT, "/start")
        fake.push_text(CHAT, "it hurts")
        messages = await fake.wait_for_messages(CHAT, 2)
        texts = sorted(m["text"] for m in messages)  # handled as concurrent tasks
        assert texts == ["Welcome", "echo: it hurts"]
        welcome = next(m for m in messages if m["text"] == "Welcome")
        echoed = next(m for m in messages if m["text"] != "Welcome")
        assert echoed["reply_to_message"]["text"] == "it hurts"  # message.reply() quotes

        fake.push_callback(CHAT, "go", message_id=welcome["message_id"])
        await fake.wait_for(lambda f: bool(f.calls("editMessageText")))
        assert fake.sent_messages(CHAT)[messages.index(welcome)]["text"] == "went"
        allowed = fake.calls("getUpdates")[0].params["allowed_updates"]
        assert set(allowed) == {"message", "callback_query"}  # resolved from the handlers
    finally:
        await dp.stop_polling()
        await polling  # start_polling closes the bot session itself (close_bot_session=True)
    assert bot.session._session is None or bot.session._session.closed


@pytest.mark.asyncio
async def test_aiogram_webhook_delivery(fake: FakeBotAPI) -> None:
    router = Router()

    @router.message(CommandStart())
    async def start(message: Message) -> object:
        await message.answer("sent over HTTP")
        return message.answer("sent in the webhook reply")  # aiogram's reply-into-webhook

    dp = Dispatcher()
    dp.include_router(router)
    bot = aiogram_bot(fake)
    app = web.Application()
    SimpleRequestHandler(dp, bot, secret_token="s3cret", handle_in_background=False).register(
        app, path="/hook"
    )
    runner = web.AppRunner(app)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    site = web.SockSite(runner, sock)
    await site.start()
    try:
        hook = f"http://127.0.0.1:{sock.getsockname()[1]}/hook"
        assert await bot.set_webhook(hook, secret_token="s3cret") is True
        info = await bot.get_webhook_info()
        assert info.url == hook and info.pending_update_count == 0

        with pytest.raises(Exception, match="webhook is active"):
            await bot.get_updates()

        fake.push_text(CHAT, "/start")
        fake.webhook_secret_token = "wrong"
        assert await fake.deliver_webhook() == [401]  # stays queued
        fake.webhook_secret_token = "s3cret"
        assert await fake.deliver_webhook() == [200]
        texts = [m["text"] for m in fake.sent_messages(CHAT)]
        assert texts == ["sent over HTTP", "sent in the webhook reply"]
        assert fake.pending_updates == []
        assert await bot.delete_webhook() is True
        assert fake.webhook_url == ""
    finally:
        await runner.cleanup()
        await bot.session.close()


# ------------------------------------------------------------------ redelivery and uploads


@pytest.mark.asyncio
async def test_redeliver_sends_same_update_again(fake: FakeBotAPI) -> None:
    app = ptb_app(fake)
    await app.initialize()
    try:
        first = fake.push_text(CHAT, "hello")
        second = fake.push_text(CHAT, "again")
        got = await app.bot.get_updates(timeout=0)
        assert [u.update_id for u in got] == [first["update_id"], second["update_id"]]
        offset = second["update_id"] + 1
        assert await app.bot.get_updates(offset=offset, timeout=0) == ()

        fake.redeliver(first["update_id"])
        third = fake.push_text(CHAT, "third")
        got = await app.bot.get_updates(offset=offset, timeout=0)
        assert [u.update_id for u in got] == [first["update_id"], third["update_id"]]
        assert got[0].message is not None and got[0].message.text == "hello"
        # Confirming past it drops the redelivered copy like any other update.
        assert await app.bot.get_updates(offset=third["update_id"] + 1, timeout=0) == ()
    finally:
        await app.shutdown()


@pytest.mark.asyncio
async def test_redeliver_reaches_running_dispatcher(fake: FakeBotAPI) -> None:
    seen: list[int] = []
    router = Router()

    @router.message()
    async def record(message: Message) -> None:
        seen.append(message.message_id)

    dp = Dispatcher()
    dp.include_router(router)
    polling = asyncio.create_task(
        dp.start_polling(aiogram_bot(fake), handle_signals=False, polling_timeout=5)
    )
    try:
        update = fake.push_text(CHAT, "once")
        await fake.wait_for(lambda f: len(seen) == 1)
        fake.redeliver(update["update_id"])
        await fake.wait_for(lambda f: len(seen) == 2)
        assert seen[0] == seen[1] == update["message"]["message_id"]
    finally:
        await dp.stop_polling()
        await polling


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


@pytest.mark.asyncio
async def test_send_photo_multipart_is_recorded(fake: FakeBotAPI) -> None:
    app = ptb_app(fake)
    await app.initialize()
    try:
        message = await app.bot.send_photo(CHAT, PNG, caption="Where it hurts")
        assert message.caption == "Where it hurts" and message.photo
        call = fake.calls("sendPhoto")[0]
        assert call.params["photo"] == PNG
        assert call.params["chat_id"] == CHAT and call.params["caption"] == "Where it hurts"
        assert call.files["photo"].data == PNG and call.files["photo"].filename
        photo_message = fake.sent_messages(CHAT)[0]
        assert photo_message["caption"] == "Where it hurts"

        # Downloads go through base_file_url.
        file = await message.photo[-1].get_file()
        assert bytes(await file.download_as_bytearray()) == PNG
    finally:
        await app.shutdown()

    async with aiogram_bot(fake) as bot:
        keyboard = AgKeyboard(inline_keyboard=[[AgButton(text="OK", callback_data="ok")]])
        sent = await bot.send_photo(
            CHAT, BufferedInputFile(PNG, "leg.png"), caption="again", reply_markup=keyboard
        )
        assert sent.photo and sent.caption == "again"
    call = fake.calls("sendPhoto")[1]
    assert call.params["photo"] == PNG  # aiogram's attach://<part> resolved
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "OK"
    assert [upload.filename for upload in call.files.values()] == ["leg.png"]
    assert [m.get("caption") for m in fake.sent_messages(CHAT)] == ["Where it hurts", "again"]


# ---------------------------------------------------------------------------- raw HTTP


@pytest.mark.asyncio
async def test_raw_http_param_encodings(fake: FakeBotAPI) -> None:
    api = f"{fake.url}/bot{TOKEN}"
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{api}/getMe") as resp:
            assert resp.status == 200
            assert (await resp.json())["result"]["username"] == "sciatica_test_bot"

        async with http.get(f"{api}/sendMessage", params={"chat_id": "5", "text": "q"}) as resp:
            assert (await resp.json())["result"]["text"] == "q"

        body = {"chat_id": 5, "text": "json", "reply_markup": {"inline_keyboard": []}}
        async with http.post(f"{api}/sendmessage", json=body) as resp:  # case-insensitive
            result = (await resp.json())["result"]
            assert result["message_id"] == 2 and result["chat"]["type"] == "private"

        form = {"chat_id": "5", "text": "form", "disable_notification": "true"}
        async with http.post(f"{api}/sendMessage", data=form) as resp:
            assert resp.status == 200

        multipart = aiohttp.FormData()
        multipart.add_field("chat_id", "5")
        multipart.add_field("photo", b"\x00\x01", filename="a.bin")
        async with http.post(f"{api}/sendPhoto", data=multipart) as resp:
            assert resp.status == 200

        reply_keyboard = {"keyboard": [[{"text": "Yes"}, {"text": "No"}]]}
        body = {"chat_id": 5, "text": "Any pain?", "reply_markup": reply_keyboard}
        async with http.post(f"{api}/sendMessage", json=body) as resp:
            assert "reply_markup" not in (await resp.json())["result"]  # not echoed back
        assert fake.last_message(5)["reply_markup"] == reply_keyboard  # but recorded

        async with http.post(f"{fake.url}/bot1:bad/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
        async with http.post(f"{api}/sendTelepathy") as resp:
            assert resp.status == 404
            assert await resp.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        async with http.post(f"{api}/sendMessage", data={"chat_id": "5", "text": "<oops"}) as r:
            assert r.status == 200  # no parse_mode: text is verbatim
        html = {"chat_id": "5", "text": "1 < 2", "parse_mode": "HTML"}
        async with http.post(f"{api}/sendMessage", data=html) as resp:
            assert resp.status == 400
            assert "can't parse entities" in (await resp.json())["description"]

    assert [c.method for c in fake.requests[:3]] == ["getMe", "sendMessage", "sendMessage"]
    assert fake.requests[2].params["reply_markup"] == {"inline_keyboard": []}
    assert fake.requests[3].params["disable_notification"] is True
    assert fake.requests[4].params["photo"] == b"\x00\x01"
    assert [m["message_id"] for m in fake.sent_messages(5)] == [1, 2, 3, 4, 5, 6]


@pytest.mark.asyncio
async def test_long_polling_wakes_up_and_is_capped(fake: FakeBotAPI) -> None:
    fake.max_poll_timeout = 0.3
    api = f"{fake.url}/bot{TOKEN}"
    async with aiohttp.ClientSession() as http:

        async def poll(timeout: int) -> tuple[float, list[dict[str, object]]]:
            started = time.monotonic()
            async with http.post(f"{api}/getUpdates", data={"timeout": str(timeout)}) as resp:
                result = (await resp.json())["result"]
            return time.monotonic() - started, result

        elapsed, result = await poll(30)
        assert result == [] and 0.25 < elapsed < 2

        waiting = [asyncio.create_task(poll(30)) for _ in range(3)]
        await fake.wait_for(lambda f: len(f.calls("getUpdates")) == 4)
        fake.max_poll_timeout = 5
        update = fake.push_text(CHAT, "wake up")
        for _elapsed, result in await asyncio.gather(*waiting):
            assert [u["update_id"] for u in result] == [update["update_id"]]

        fake.delay_next("getMe", 0.2)
        started = time.monotonic()
        async with http.get(f"{api}/getMe") as resp:
            assert resp.status == 200
        assert time.monotonic() - started >= 0.2

        # A poll still waiting when the server stops is answered, not dropped.
        pending = asyncio.create_task(poll(30))
        await fake.wait_for(lambda f: len(f.calls("getUpdates")) == 5)
        await fake.stop()
        elapsed, _ = await pending
        assert elapsed < 2


@pytest.mark.asyncio
async def test_wait_for_timeout_explains(fake: FakeBotAPI) -> None:
    app = ptb_app(fake)
    await app.initialize()
    try:
        await app.bot.send_message(CHAT, "only one")
    finally:
        await app.shutdown()
    with pytest.raises(TimeoutError) as failure:
        await fake.wait_for_messages(CHAT, 2, timeout=0.2)
    text = str(failure.value)
    assert "at least 2 message(s) sent to chat 4242" in text
    assert "sendMessage -> 200" in text and "only one" in text


def test_parse_html_entities() -> None:
    text, entities = parse_html(
        '<b>bold <i>both</i></b> 🙂 <a href="https://x.org">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> &lt;&#33;'
    )
    assert text == "bold both 🙂 link x = 1 <!"
    assert entities == [
        {"type": "bold", "offset": 0, "length": 9},
        {"type": "italic", "offset": 5, "length": 4},
        {"type": "text_link", "url": "https://x.org", "offset": 13, "length": 4},
        {"type": "pre", "language": "python", "offset": 18, "length": 5},
    ]
    for bad in ("<b>open", "a < b", "<div>x</div>", "<b>x</i>"):
        with pytest.raises(ValueError):
            parse_html(bad)


@pytest.mark.asyncio
async def test_push_helpers_shape_updates(fake: FakeBotAPI) -> None:
    group = fake.push_text(-100123, "/help@sciatica_test_bot", chat_type="supergroup")
    assert group["message"]["chat"] == {
        "id": -100123,
        "type": "supergroup",
        "title": "Test supergroup",
    }
    assert group["message"]["from"]["id"] == fake.default_group_user_id
    assert group["message"]["entities"][0]["length"] == len("/help@sciatica_test_bot")
    assert "entities" not in fake.push_text(CHAT, "no command / here")["message"]
    edited = {"chat": {"id": 1, "type": "private"}, "text": "x"}
    raw = fake.push_update({"update_id": 5000, "edited_message": edited})
    assert raw["update_id"] == 5000
    assert fake.push_update({"inline_query": {"id": "1"}})["update_id"] == 5001
    with pytest.raises(ValueError):
        fake.push_callback(777, "nothing sent here")
    assert json.dumps(fake.pending_updates)  # all JSON-serialisable


# ------------------------------------------------------------------------- flood limits


async def _send_quickly(fake: FakeBotAPI, chats: list[int]) -> list[tuple[int, dict[str, object]]]:
    """One sendMessage to each of ``chats``, as fast as one connection goes."""
    api = f"{fake.url}/bot{fake.token}"
    out = []
    async with aiohttp.ClientSession() as http:
        for chat in chats:
            async with http.post(f"{api}/sendMessage", json={"chat_id": chat, "text": "hi"}) as r:
                out.append((r.status, await r.json()))
    return out


@pytest.mark.asyncio
async def test_flood_limits_are_off_unless_asked(fake: FakeBotAPI) -> None:
    answers = await _send_quickly(fake, [*range(1, 41), *[CHAT] * 10])
    assert {status for status, _ in answers} == {200}
    assert fake.limits is None and fake.refused == []


@pytest.mark.asyncio
async def test_flood_limits_answer_429_with_retry_after_and_count_them() -> None:
    async with FakeBotAPI(TOKEN, limits=FloodLimits()) as fake:
        # within the limits: 25 chats once each, then a burst of 5 to one more
        answers = await _send_quickly(fake, [*range(1, 26), *[CHAT] * 5])
        assert {status for status, _ in answers} == {200}
        assert fake.refused == []
        # past 30 a second for the bot: the rest of the second is refused, with no effect
        answers = await _send_quickly(fake, list(range(100, 110)))
        refused = [body for status, body in answers if status == 429]
        assert refused, "40 quick messages and none refused"
        assert refused[0]["error_code"] == 429
        assert refused[0]["parameters"]["retry_after"] == 1  # type: ignore[index]
        assert str(refused[0]["description"]).startswith("Too Many Requests: retry after 1")
        assert len(fake.refused) == len(refused)
        assert {r.limit for r in fake.refused} == {"bot"}
        assert all(r.call.status == 429 for r in fake.refused)
        sent = {m["chat"]["id"] for m in fake.sent_messages()}
        assert not {r.call.params["chat_id"] for r in fake.refused} & sent

    async with FakeBotAPI(TOKEN, limits=FloodLimits(group_per_minute=3)) as fake:
        # one chat: a burst of 5, then about one a second
        answers = await _send_quickly(fake, [CHAT] * 7)
        assert [status for status, _ in answers] == [200] * 5 + [429] * 2
        assert [r.limit for r in fake.refused] == ["chat", "chat"]
        await asyncio.sleep(1.05)
        assert [status for status, _ in await _send_quickly(fake, [CHAT] * 2)] == [200, 429]
        # one group: so many a minute
        answers = await _send_quickly(fake, [-100777] * 4)
        assert [status for status, _ in answers] == [200] * 3 + [429]
        assert fake.refused[-1].limit == "group" and fake.refused[-1].retry_after == 60
        fake.enforce_limits(None)  # off again
        assert {s for s, _ in await _send_quickly(fake, [CHAT] * 8)} == {200}


@pytest.mark.asyncio
async def test_flood_limits_reach_the_clients_as_retry_after() -> None:
    async with FakeBotAPI(TOKEN) as fake:
        fake.enforce_limits()
        app = ptb_app(fake)
        await app.initialize()
        bot = aiogram_bot(fake)
        try:
            for _ in range(5):
                await bot.send_message(CHAT, "hello")
            with pytest.raises(TelegramRetryAfter) as refused:
                await bot.send_message(CHAT, "one too many")
            assert refused.value.retry_after == 1
            with pytest.raises(telegram.error.RetryAfter) as too_many:
                await app.bot.send_message(CHAT, "and from PTB")
            assert too_many.value.retry_after == dtm.timedelta(seconds=1)
        finally:
            await bot.session.close()
            await app.shutdown()
        assert [r.limit for r in fake.refused] == ["chat", "chat"]

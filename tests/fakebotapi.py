"""A fake Telegram Bot API server for tests and benchmarks.

:class:`FakeBotAPI` is a small aiohttp server on ``127.0.0.1`` that speaks enough of the Bot API
for the *real* python-telegram-bot and aiogram clients to run against it over real HTTP. In the
style of aiogram's own tests it is one shared fake that queues updates for the bot and records
every request the bot makes::

    fake = FakeBotAPI()
    server = await fake.start()                      # "http://127.0.0.1:PORT"

    # python-telegram-bot
    app = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(f"{server}/bot")
        .base_file_url(f"{server}/file/bot")
        .build()
    )
    # aiogram
    bot = Bot(fake.token, session=AiohttpSession(api=TelegramAPIServer.from_base(server)))

    fake.push_text(42, "/start")                     # queued for getUpdates (or the webhook)
    await fake.wait_for_messages(42, 1)              # the bot answered
    fake.sent_messages(42)[-1]["text"]
    await fake.stop()

What it does, briefly:

* Parameters are read from the query string, ``application/x-www-form-urlencoded``,
  ``multipart/form-data`` and ``application/json`` bodies. Both clients send scalars as strings
  (PTB JSON-encodes every non-string value, aiogram ``str()``-s numbers) and nested objects as
  JSON strings; :attr:`FakeBotAPI.requests` holds them decoded (ints, bools, dicts, lists).
  Uploaded files are recorded as ``bytes`` under their parameter name, following aiogram's
  ``attach://<part>`` indirection.
* ``getUpdates`` long polls (capped at :attr:`FakeBotAPI.max_poll_timeout` seconds) and wakes
  every waiting poll as soon as an update is pushed; updates below the acknowledged ``offset``
  are dropped as confirmed, exactly like Telegram.
* Messages get per-chat message ids (shared by the user's and the bot's messages), ``date``,
  ``chat`` and ``from``; ``parse_mode="HTML"`` is parsed into entities (and malformed HTML fails
  like Telegram's "can't parse entities"); Markdown modes are stored verbatim.
* Faults: :meth:`FakeBotAPI.fail_next` (429 with ``retry_after``, 5xx proxy pages, 403, ...),
  :meth:`FakeBotAPI.delay_next`, and :attr:`FakeBotAPI.blocked_chats`.
* Telegram's flood limits, opt-in (off by default): ``FakeBotAPI(limits=FloodLimits())`` or
  :meth:`FakeBotAPI.enforce_limits`. Past 30 messages a second for the bot, past a burst of 5
  then one a second in one chat, or past 20 a minute in one group, a message is answered 429
  with ``parameters.retry_after`` and has no effect; :attr:`FakeBotAPI.refused` lists them.
* Webhooks: after the bot calls ``setWebhook``, :meth:`FakeBotAPI.deliver_webhook` POSTs the
  queued updates to it with the ``X-Telegram-Bot-Api-Secret-Token`` header. A method call in the
  webhook's reply body (aiogram's "reply into webhook") is executed like a normal request.
* Methods not built in can be added with :meth:`FakeBotAPI.register`; anything else answers
  404 ``Not Found: method not found``.

Client notes:

* PTB 22 warns (``PTBDeprecationWarning``) whenever it reads a time period as an int, even
  inside ``RetryAfter.__init__``; under ``filterwarnings = error`` set ``PTB_TIMEDELTA=true``.
* PTB's ``reply_text`` only quotes (``reply_parameters``) in groups by default; aiogram's
  ``message.reply`` always does.
* aiogram turns a proxy's non-JSON 5xx page into ``ClientDecodeError`` (PTB: ``NetworkError``).
* Shutdown: PTB ``updater.stop()`` then ``app.stop()`` then ``app.shutdown()`` (the updater
  confirms its offset with a last ``getUpdates(timeout=0)``); aiogram ``dp.stop_polling()``
  then await the ``start_polling`` task, which closes the bot session itself. A PTB
  ``initialize()`` that fails (bad token) leaves its httpx clients open.
* Import this module as ``fakebotapi`` or ``tests.fakebotapi``: ``tests/`` has no
  ``__init__.py`` and textstat installs a top-level ``tests`` package that shadows it.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import itertools
import json
import math
import re
import socket
import time
import urllib.parse
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

__all__ = [
    "BotAPIError",
    "Call",
    "FakeBotAPI",
    "FloodLimits",
    "Refusal",
    "UploadedFile",
    "parse_html",
]

JSONDict = dict[str, Any]
MethodHandler = Callable[[JSONDict], Any]

# Parameters that arrive as JSON-encoded strings in form bodies.
_JSON_PARAMS = frozenset(
    {
        "allowed_updates",
        "commands",
        "reply_markup",
        "entities",
        "caption_entities",
        "explanation_entities",
        "text_entities",
        "question_entities",
        "scope",
        "link_preview_options",
        "reply_parameters",
        "media",
        "results",
        "options",
        "menu_button",
        "rights",
        "permissions",
        "prices",
        "shipping_options",
        "input_message_content",
        "button",
        "reaction",
        "message_ids",
        "suggested_post_parameters",
    }
)
_INT_PARAMS = frozenset(
    {
        "chat_id",
        "from_chat_id",
        "message_id",
        "message_thread_id",
        "reply_to_message_id",
        "user_id",
        "offset",
        "limit",
        "max_connections",
        "cache_time",
        "duration",
        "width",
        "height",
        "length",
        "until_date",
        "retry_after",
        "direct_messages_topic_id",
    }
)
_FLOAT_PARAMS = frozenset({"timeout", "latitude", "longitude", "horizontal_accuracy"})
_BOOL_PARAMS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "allow_paid_broadcast",
        "drop_pending_updates",
        "show_alert",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "has_spoiler",
        "show_caption_above_media",
        "disable_content_type_detection",
        "is_personal",
        "is_big",
        "supports_streaming",
        "for_channels",
    }
)

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{1,64})?(?=\s|$)")
_BOT_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")
_UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
_MESSAGE_UPDATE_TYPES = ("message", "edited_message", "channel_post", "edited_channel_post")

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    413: "Request Entity Too Large",
    420: "Flood: FLOOD_WAIT",
    500: "Internal Server Error",
}
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_PROXY_STATUSES = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Time-out"}
#: What Telegram's flood limits count: every method that puts a message in a chat or changes
#: one (not answerCallbackQuery, sendChatAction, getUpdates or the bot's own settings).
LIMITED_METHODS = frozenset(
    m.lower()
    for m in (
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendAudio",
        "sendVideo",
        "sendAnimation",
        "sendVoice",
        "sendVideoNote",
        "sendSticker",
        "sendMediaGroup",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendInvoice",
        "copyMessage",
        "copyMessages",
        "forwardMessage",
        "forwardMessages",
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
        "editMessageLiveLocation",
        "stopMessageLiveLocation",
        "stopPoll",
    )
)
_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def _retry_after(seconds: float) -> int:
    """Telegram's ``retry_after``: whole seconds, at least 1."""
    return max(1, math.ceil(seconds - 1e-9))


def _utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


class BotAPIError(Exception):
    """A Bot API error response; raise it from a handler given to :meth:`FakeBotAPI.register`."""

    def __init__(self, status: int, description: str, parameters: JSONDict | None = None) -> None:
        """Build the error ``{"ok": false, "error_code": status, "description": ...}``."""
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSONDict:
        """The JSON body Telegram sends for this error."""
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad_request(description: str) -> BotAPIError:
    return BotAPIError(400, f"Bad Request: {description}")


@dataclass(frozen=True)
class UploadedFile:
    """One file part of a multipart request."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Call:
    """One request the bot made.

    ``params`` has nested JSON fields decoded and uploaded files as ``bytes``; ``at`` is
    :func:`time.monotonic` at arrival; ``status`` is the HTTP status the fake answered with
    (0 while the call is still being handled); ``files`` keeps the uploads' metadata.
    """

    method: str
    params: dict[str, Any]
    at: float
    status: int = 0
    files: dict[str, UploadedFile] = field(default_factory=dict)


@dataclass(frozen=True)
class FloodLimits:
    """Telegram's published flood limits (Bot API FAQ), as the fake enforces them.

    One bot may send ``per_second`` messages in any second, to all chats together; one chat
    may get a burst of ``chat_burst`` messages, then ``chat_per_second`` (a token bucket:
    "about one a second, short bursts pass"); one group, supergroup or channel (a negative
    chat id) also at most ``group_per_minute`` in any 60 seconds. Only messages the fake
    accepted count; a refused one has no effect.
    """

    per_second: int = 30
    chat_burst: int = 5
    chat_per_second: float = 1.0
    group_per_minute: int = 20


#: The limits as Telegram publishes them.
TELEGRAM_LIMITS = FloodLimits()


@dataclass(frozen=True)
class Refusal:
    """A message the flood limits refused: the call (answered 429), which limit, and the
    ``retry_after`` given (seconds)."""

    call: Call
    limit: str  # "bot" (per second, all chats), "chat" (burst), "group" (per minute)
    retry_after: int


@dataclass
class _Fault:
    status: int
    retry_after: int | None
    description: str | None
    after_effect: bool = False


@dataclass
class _Queued:
    update: JSONDict
    forced: bool = False  # redelivered: survives offsets below its id until delivered once
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])


# --------------------------------------------------------------------------------------------
# HTML parse mode
# --------------------------------------------------------------------------------------------

_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*"
    r"(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*)\s*>"
)
_ATTR_RE = re.compile(r"([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?")
_HTML_ENTITY_RE = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
}


class _HTMLParseError(ValueError):
    pass


def _entity_for_tag(name: str, attrs: dict[str, str], at: int) -> JSONDict:
    if name in _SIMPLE_TAGS:
        return {"type": _SIMPLE_TAGS[name]}
    if name == "span":
        if attrs.get("class") != "tg-spoiler":
            raise _HTMLParseError(f'Unsupported start tag "span" at byte offset {at}')
        return {"type": "spoiler"}
    if name == "a":
        href = attrs.get("href", "")
        match = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if match:
            return {"type": "text_mention", "user": {"id": int(match[1]), "is_bot": False}}
        return {"type": "text_link", "url": href}
    if name == "blockquote":
        return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
    if name == "tg-emoji":
        return {"type": "custom_emoji", "custom_emoji_id": attrs.get("emoji-id", "")}
    raise _HTMLParseError(f'Unsupported start tag "{name}" at byte offset {at}')


def parse_html(source: str) -> tuple[str, list[JSONDict]]:
    """Parse Telegram-flavoured HTML into ``(text, entities)``.

    Offsets and lengths are in UTF-16 code units. Raises :class:`ValueError` with a message in
    Telegram's wording ("Unsupported start tag ...", "Can't find end tag ...") on bad input, e.g.
    an unescaped ``<`` in user-supplied text.
    """
    out: list[str] = []
    pos = 0  # UTF-16 position in the output
    stack: list[tuple[str, JSONDict, int]] = []
    entities: list[JSONDict] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "<":
            at = len(source[:i].encode())
            match = _TAG_RE.match(source, i)
            if match is None:
                raise _HTMLParseError(f"Unexpected start tag at byte offset {at}")
            closing, name = match[1] == "/", match[2].lower()
            if closing:
                if not stack:
                    raise _HTMLParseError(f"Unexpected end tag at byte offset {at}")
                open_name, entity, start = stack.pop()
                if open_name != name:
                    raise _HTMLParseError(
                        f'Unmatched end tag at byte offset {at}, expected "</{open_name}>", '
                        f'found "</{name}>"'
                    )
                parent = stack[-1] if stack else None
                if name == "code" and parent and parent[0] == "pre" and "language" in entity:
                    parent[1]["language"] = entity["language"]
                elif pos > start:
                    entity.update(offset=start, length=pos - start)
                    entities.append(entity)
            else:
                attrs = {
                    key.lower(): (value or "").strip("\"'")
                    for key, value in _ATTR_RE.findall(match[3] or "")
                }
                entity = _entity_for_tag(name, attrs, at)
                language = attrs.get("class", "")
                if name == "code" and language.startswith("language-"):
                    entity["language"] = language.removeprefix("language-")
                stack.append((name, entity, pos))
            i = match.end()
            continue
        if char == "&":
            match = _HTML_ENTITY_RE.match(source, i)
            if match:
                ref = match[1]
                if ref.startswith(("#x", "#X")):
                    char = chr(int(ref[2:], 16))
                elif ref.startswith("#"):
                    char = chr(int(ref[1:]))
                else:
                    char = _NAMED_HTML_ENTITIES[ref]
                i = match.end()
                out.append(char)
                pos += _utf16_len(char)
                continue
        out.append(char)
        pos += _utf16_len(char)
        i += 1
    if stack:
        raise _HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


# --------------------------------------------------------------------------------------------
# The fake server
# --------------------------------------------------------------------------------------------


class FakeBotAPI:
    """A fake Telegram Bot API server that queues updates and records requests.

    Attributes:
        token: the only token accepted; other tokens get 401 Unauthorized.
        url: the base URL once started, e.g. ``"http://127.0.0.1:PORT"``.
        requests: every :class:`Call` the bot made, in arrival order.
        confirmed_offset: highest ``offset`` acknowledged via ``getUpdates``.
        max_poll_timeout: cap in seconds on ``getUpdates``'s long-poll ``timeout``.
        blocked_chats: chat ids for which every ``send*`` fails with 403 "bot was blocked".
        webhook_url / webhook_secret_token: what the bot set with ``setWebhook``.
        allowed_updates: the last non-empty ``allowed_updates`` the bot sent; it persists like
            Telegram's, and queued updates of other types are not delivered.
        limits: the flood limits enforced (:class:`FloodLimits`), or None (the default).
        refused: every message refused by them, a :class:`Refusal` each.
    """

    first_update_id = 1000
    default_group_user_id = 10_001

    def __init__(
        self,
        token: str = "123456:TEST-token",
        bot_username: str = "sciatica_test_bot",
        *,
        limits: FloodLimits | None = None,
    ) -> None:
        """Create the fake; nothing listens until :meth:`start`. With ``limits``, messages
        past Telegram's flood limits are refused with 429 (:meth:`enforce_limits`)."""
        self.token = token
        self.bot_username = bot_username
        bot_id = token.split(":", 1)[0]
        self.bot_id = int(bot_id) if bot_id.isdigit() else 123456
        name = bot_username.removesuffix("_bot").removesuffix("bot").replace("_", " ").strip()
        self.bot_first_name = f"{name.title() or 'Test'} Bot"
        self.url = ""
        self.requests: list[Call] = []
        self.confirmed_offset = 0
        self.max_poll_timeout = 2.0
        self.blocked_chats: set[int] = set()
        self.webhook_url = ""
        self.webhook_secret_token: str | None = None
        self.webhook_statuses: list[int] = []
        self._webhook_last_error = ""
        self.allowed_updates: list[str] | None = None
        self.commands: dict[tuple[str, str], list[JSONDict]] = {}
        self.limits: FloodLimits | None = None
        self.refused: list[Refusal] = []
        self._flood_sent: deque[float] = deque()  # accepted messages, the last second
        self._flood_chats: dict[int, tuple[float, float]] = {}  # chat -> (tokens, at)
        self._flood_groups: dict[int, deque[float]] = {}  # group -> accepted, last minute
        self.enforce_limits(limits)

        self._update_ids = itertools.count(self.first_update_id)
        self._callback_ids = itertools.count(4_382_000_000_000_001)
        self._file_ids = itertools.count(1)
        self._queue: list[_Queued] = []
        self._history: dict[int, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._message_counters: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._bot_message_keys: list[tuple[int, int]] = []
        self._requested_markup: dict[tuple[int, int], Any] = {}
        self._deleted: set[tuple[int, int]] = set()
        self._callback_queries: dict[str, bool] = {}  # id -> answered
        self._files: dict[str, tuple[str, bytes]] = {}  # file_id -> (file_path, data)
        self._faults: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, deque[float]] = {}
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._current_call: Call | None = None
        self._handlers: dict[str, tuple[str, MethodHandler]] = {}
        for method, handler in {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendDocument": self._send_document,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "getFile": self._get_file,
            "close": self._true,
            "logOut": self._true,
        }.items():
            self.register(method, handler)

    # ----------------------------------------------------------------------------- lifecycle

    async def start(self) -> str:
        """Listen on a free port of 127.0.0.1 and return the base URL."""
        if self._runner is not None:
            return self.url
        self._closing = False
        self._changed = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_route("*", "/{tail:.*}", self._handle_other)
        runner = web.AppRunner(
            app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        try:
            await site.start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._runner = runner
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        return self.url

    async def stop(self) -> None:
        """Answer pending long polls and shut the server down."""
        self._closing = True
        self._notify()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> FakeBotAPI:
        """``async with FakeBotAPI() as fake:`` starts the server."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop the server."""
        await self.stop()

    @property
    def bot_user(self) -> JSONDict:
        """The bot's ``User`` object."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    def register(self, method: str, handler: MethodHandler) -> None:
        """Serve ``method`` (case-insensitive) with ``handler(params) -> result``.

        The handler may be sync or async and may raise :class:`BotAPIError`; built-in methods
        can be overridden this way too.
        """
        self._handlers[method.lower()] = (method, handler)

    # ----------------------------------------------------------------------- pushing updates

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue a raw update (assigning ``update_id`` if missing) and return it.

        Chats, messages and callback queries in it are remembered, so the bot can reply to or
        edit them and :meth:`push_callback` can refer to them.
        """
        if "update_id" not in update:
            update["update_id"] = next(self._update_ids)
        else:
            update_id = int(update["update_id"])
            current = next(self._update_ids)
            self._update_ids = itertools.count(max(current, update_id + 1))
        self._remember(update)
        stored = copy.deepcopy(update)
        self._history[int(update["update_id"])] = stored
        self._queue.append(_Queued(stored))
        self._notify()
        return update

    def push_text(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Pat",
        username: str | None = None,
    ) -> JSONDict:
        """Queue a text message from a user and return the update.

        Text starting with a command ("/start", "/start@bot payload") gets a ``bot_command``
        entity at offset 0, as Telegram adds (PTB's ``CommandHandler`` needs it).
        """
        if user_id is None:
            user_id = chat_id if chat_type == "private" else self.default_group_user_id
        user: JSONDict = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "en",
        }
        if username:
            user["username"] = username
        chat = self._remember_chat(chat_id, chat_type, first_name=first_name, username=username)
        message: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        }
        command = _COMMAND_RE.match(text)
        if command:
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": _utf16_len(command[0])}
            ]
        if chat_type == "channel":
            del message["from"]
            message["sender_chat"] = chat
            return self.push_update({"channel_post": message})
        return self.push_update({"message": message})

    def push_callback(
        self,
        chat_id: int,
        data: str,
        *,
        message_id: int | None = None,
        user_id: int | None = None,
    ) -> JSONDict:
        """Queue a button press (``callback_query``) and return the update.

        ``message_id`` defaults to the last message the bot sent to the chat; that message (with
        its inline keyboard) becomes ``callback_query.message``. An unknown ``message_id`` is
        sent as an ``InaccessibleMessage`` (``date`` 0), as Telegram does.
        """
        if message_id is None:
            live = [
                key
                for key in self._bot_message_keys
                if key[0] == chat_id and key not in self._deleted
            ]
            if not live:
                raise ValueError(f"the bot has sent no message to chat {chat_id} to click on")
            message_id = live[-1][1]
        chat = self._chat(chat_id)
        if user_id is None:
            user_id = chat_id if chat["type"] == "private" else self.default_group_user_id
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": "Pat"}
        if chat["type"] == "private":
            user["first_name"] = chat.get("first_name", "Pat")
            if "username" in chat:
                user["username"] = chat["username"]
        user["language_code"] = "en"
        stored = self._messages.get((chat_id, message_id))
        message = (
            copy.deepcopy(stored)
            if stored is not None and (chat_id, message_id) not in self._deleted
            else {"chat": chat, "message_id": message_id, "date": 0}
        )
        query = {
            "id": str(next(self._callback_ids)),
            "from": user,
            "message": message,
            "chat_instance": str(abs(chat_id) * 7919 % 10**18 or 1),
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def redeliver(self, update_id: int) -> None:
        """Queue an already pushed update again, with the same ``update_id``.

        It is delivered once even if its id is below the bot's offset (as after a crash before
        the offset was confirmed), then dropped by the next confirming ``getUpdates``.
        """
        if update_id not in self._history:
            raise KeyError(f"no update with update_id {update_id} was pushed")
        self._queue = [entry for entry in self._queue if entry.update_id != update_id]
        self._queue.append(_Queued(copy.deepcopy(self._history[update_id]), forced=True))
        self._notify()

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates queued and not yet confirmed, in delivery order."""
        return [entry.update for entry in sorted(self._queue, key=lambda e: e.update_id)]

    # ------------------------------------------------------------------------------- faults

    def fail_next(
        self,
        method: str,
        status: int,
        *,
        times: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        after_effect: bool = False,
    ) -> None:
        """Make the next ``times`` calls of ``method`` ("*" for any) fail with ``status``.

        429 carries ``parameters.retry_after`` (default 1). 502/503/504 without a
        ``description`` answer with nginx's HTML page, like a real proxy; everything else is a
        Bot API JSON error with a realistic default description (403: "Forbidden: bot was
        blocked by the user"). The failed call is recorded but has no effect, unless
        ``after_effect``: then it takes effect and only its answer is lost (a proxy's 504
        after Telegram did the work: a sent message the bot never hears of).
        """
        if status == 429 and retry_after is None:
            retry_after = 1
        faults = self._faults.setdefault(method.lower(), deque())
        faults.extend(_Fault(status, retry_after, description, after_effect) for _ in range(times))

    def enforce_limits(self, limits: FloodLimits | None = TELEGRAM_LIMITS) -> None:
        """Refuse messages past Telegram's flood limits from now on (``None``: stop).

        A refused message is recorded (``status`` 429), answered ``{"ok": false,
        "error_code": 429, "description": "Too Many Requests: retry after N",
        "parameters": {"retry_after": N}}``, has no effect, and is listed in
        :attr:`refused`. The counts start afresh. Methods counted: :data:`LIMITED_METHODS`.
        """
        self.limits = limits
        self._flood_sent.clear()
        self._flood_chats.clear()
        self._flood_groups.clear()

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Delay the answer to the next ``times`` calls of ``method`` ("*" for any)."""
        self._delays.setdefault(method.lower(), deque()).extend([seconds] * times)

    # ---------------------------------------------------------------------- what the bot did

    def calls(self, method: str) -> list[Call]:
        """The recorded calls of one method (case-insensitive)."""
        return [call for call in self.requests if call.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | None = None) -> list[JSONDict]:
        """Messages the bot created (``send*``), oldest first, in their current state.

        Edits are applied; deleted messages stay (see :meth:`is_deleted`). ``reply_markup`` is
        what the bot sent, including reply keyboards that Telegram does not echo back.
        """
        result = []
        for key in self._bot_message_keys:
            if chat_id is not None and key[0] != chat_id:
                continue
            message = copy.deepcopy(self._messages[key])
            if key in self._requested_markup:
                message["reply_markup"] = copy.deepcopy(self._requested_markup[key])
            result.append(message)
        return result

    def last_message(self, chat_id: int) -> JSONDict:
        """The last message the bot sent to ``chat_id`` (``IndexError`` if none)."""
        return self.sent_messages(chat_id)[-1]

    def is_deleted(self, chat_id: int, message_id: int) -> bool:
        """Whether the bot deleted this message."""
        return (chat_id, message_id) in self._deleted

    async def wait_for(self, predicate: Callable[[FakeBotAPI], bool], timeout: float = 5.0) -> None:
        """Wait until ``predicate(self)`` is true (re-checked on each request and every 50 ms).

        Raises :class:`TimeoutError` with the recent calls and sent messages otherwise.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(self._describe_timeout(predicate, timeout))
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(remaining, 0.05))

    async def wait_for_messages(
        self, chat_id: int, count: int, timeout: float = 5.0
    ) -> list[JSONDict]:
        """Wait until the bot has sent at least ``count`` messages to ``chat_id``; return all."""

        def enough(fake: FakeBotAPI) -> bool:
            return len(fake.sent_messages(chat_id)) >= count

        enough.__qualname__ = f"at least {count} message(s) sent to chat {chat_id}"
        await self.wait_for(enough, timeout)
        return self.sent_messages(chat_id)

    def _describe_timeout(self, predicate: Callable[..., bool], timeout: float) -> str:
        name = getattr(predicate, "__qualname__", repr(predicate))
        lines = [f"condition {name!r} not met within {timeout} s", "recent calls:"]
        for call in self.requests[-15:]:
            params = {
                key: f"<{len(value)} bytes>" if isinstance(value, bytes) else value
                for key, value in call.params.items()
            }
            text = json.dumps(params, ensure_ascii=False, default=str)
            if len(text) > 300:
                text = text[:297] + "..."
            lines.append(f"  {call.method} -> {call.status or 'pending'} {text}")
        if not self.requests:
            lines.append("  (none: is the bot pointed at this server?)")
        lines.append(f"pending updates: {[e.update_id for e in self._queue]}")
        lines.append(f"confirmed offset: {self.confirmed_offset}")
        sent = [
            (m["chat"]["id"], m.get("text", m.get("caption"))) for m in self.sent_messages()[-10:]
        ]
        lines.append(f"last sent messages (chat, text): {sent}")
        return "\n".join(lines)

    # ------------------------------------------------------------------------------ webhook

    async def deliver_webhook(self, *, timeout: float = 10.0) -> list[int]:
        """POST every queued update to the bot's webhook; return the HTTP statuses.

        Updates answered with 2xx are removed from the queue; others stay queued (0 is
        reported when the connection failed). A method call in a 2xx reply body is executed.
        """
        if not self.webhook_url:
            raise RuntimeError("no webhook is set: the bot has not called setWebhook")
        headers = {"Content-Type": "application/json"}
        if self.webhook_secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret_token
        statuses: list[int] = []
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        async with aiohttp.ClientSession(timeout=client_timeout) as session:
            for entry in sorted(self._queue, key=lambda e: e.update_id):
                entry.delivered = True
                try:
                    async with session.post(
                        self.webhook_url, data=json.dumps(entry.update), headers=headers
                    ) as response:
                        status = response.status
                        body = await response.read()
                        content_type = response.headers.get("Content-Type", "")
                except (aiohttp.ClientError, TimeoutError) as exc:
                    statuses.append(0)
                    self._webhook_last_error = f"Connection failed: {exc!r}"
                    continue
                statuses.append(status)
                if 200 <= status < 300:
                    if entry in self._queue:
                        self._queue.remove(entry)
                    await self._run_webhook_reply(body, content_type)
                else:
                    self._webhook_last_error = f"Wrong response from the webhook: {status}"
        self.webhook_statuses.extend(statuses)
        self._notify()
        return statuses

    async def _run_webhook_reply(self, body: bytes, content_type: str) -> None:
        if not body.strip():
            return
        params: JSONDict = {}
        files: dict[str, UploadedFile] = {}
        mime = content_type.split(";", 1)[0].strip().lower()
        if mime == "application/json":
            try:
                loaded = json.loads(body)
            except ValueError:
                return
            if isinstance(loaded, dict):
                params = loaded
        elif mime == "multipart/form-data":
            parser = email.parser.BytesParser(policy=email.policy.HTTP)
            parsed = parser.parsebytes(
                b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
            )
            for part in parsed.iter_parts():
                name = part.get_param("name", header="content-disposition")
                raw = part.get_payload(decode=True)
                payload = raw if isinstance(raw, bytes) else b""
                if not isinstance(name, str):
                    continue
                filename = part.get_filename()
                if filename is not None:
                    files[name] = UploadedFile(name, filename, part.get_content_type(), payload)
                else:
                    params[name] = payload.decode(part.get_content_charset() or "utf-8")
        elif mime == "application/x-www-form-urlencoded":
            params = dict(urllib.parse.parse_qsl(body.decode(), keep_blank_values=True))
        method = params.pop("method", None)
        if isinstance(method, str) and method:
            await self._dispatch(method, self._decode_params(params, files), files)

    # ---------------------------------------------------------------------------- HTTP layer

    async def _handle_other(self, request: web.Request) -> web.Response:
        return self._json_response(_NOT_FOUND, 404)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return self._json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, 401
            )
        path = request.match_info["path"]
        for file_path, data in self._files.values():
            if file_path == path:
                return web.Response(body=data, content_type="application/octet-stream")
        return self._json_response(_NOT_FOUND, 404)

    async def _handle_api(self, request: web.Request) -> web.Response:
        params, files = await self._read_params(request)
        if request.match_info["token"] != self.token:
            call = Call(request.match_info["method"], params, time.monotonic(), 401, files)
            self.requests.append(call)
            self._notify()
            return self._json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, 401
            )
        _, response = await self._dispatch(request.match_info["method"], params, files)
        return response

    async def _dispatch(
        self, method: str, params: JSONDict, files: dict[str, UploadedFile]
    ) -> tuple[int, web.Response]:
        key = method.lower()
        name, handler = self._handlers.get(key, (method, None))
        call = Call(name, params, time.monotonic(), 0, files)
        self.requests.append(call)
        self._current_call = call
        self._notify()
        try:
            delay = self._pop(self._delays, key)
            if delay:
                await asyncio.sleep(delay)
            fault = self._pop(self._faults, key)
            if fault is not None:
                if fault.after_effect and handler is not None:
                    result = handler(params)
                    if isinstance(result, Awaitable):
                        await result
                call.status = fault.status
                return fault.status, self._fault_response(fault)
            if handler is None:
                error = BotAPIError(404, "Not Found: method not found")
                call.status = 404
                return 404, self._json_response(error.payload(), 404)
            if self.limits is not None and key in LIMITED_METHODS:
                refusal = self._flood_check(call, self.limits)
                if refusal is not None:
                    self.refused.append(refusal)
                    call.status = 429
                    return 429, self._json_response(self._too_many(refusal.retry_after), 429)
            try:
                self._current_call = call
                result = handler(params)
                if isinstance(result, Awaitable):
                    result = await result
            except BotAPIError as error:
                call.status = error.status
                return error.status, self._json_response(error.payload(), error.status)
            call.status = 200
            return 200, self._json_response({"ok": True, "result": result})
        finally:
            self._notify()

    def _flood_check(self, call: Call, limits: FloodLimits) -> Refusal | None:
        """None when the message may go now (and it is counted), else why not."""
        now = time.monotonic()
        sent = self._flood_sent
        while sent and sent[0] <= now - 1.0:
            sent.popleft()
        if len(sent) >= limits.per_second:
            return Refusal(call, "bot", _retry_after(sent[0] + 1.0 - now))
        chat_id = call.params.get("chat_id")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            with contextlib.suppress(BotAPIError):
                chat_id = self._resolve_chat_id(call.params)
        if not isinstance(chat_id, int):
            sent.append(now)  # an inline message, or no chat: the method's own checks answer
            return None
        tokens, at = self._flood_chats.get(chat_id, (float(limits.chat_burst), now))
        tokens = min(float(limits.chat_burst), tokens + (now - at) * limits.chat_per_second)
        if tokens < 1.0:
            self._flood_chats[chat_id] = (tokens, now)
            return Refusal(call, "chat", _retry_after((1.0 - tokens) / limits.chat_per_second))
        group: deque[float] | None = None
        if chat_id < 0:
            group = self._flood_groups.setdefault(chat_id, deque())
            while group and group[0] <= now - 60.0:
                group.popleft()
            if len(group) >= limits.group_per_minute:
                self._flood_chats[chat_id] = (tokens, now)
                return Refusal(call, "group", _retry_after(group[0] + 60.0 - now))
        sent.append(now)
        self._flood_chats[chat_id] = (tokens - 1.0, now)
        if group is not None:
            group.append(now)
        return None

    @staticmethod
    def _too_many(retry_after: int) -> JSONDict:
        return BotAPIError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        ).payload()

    @staticmethod
    def _pop(queues: dict[str, deque[Any]], key: str) -> Any:
        for candidate in (key, "*"):
            queue = queues.get(candidate)
            if queue:
                return queue.popleft()
        return None

    @staticmethod
    def _json_response(payload: JSONDict, status: int = 200) -> web.Response:
        return web.Response(
            status=status,
            text=json.dumps(payload, ensure_ascii=False),
            content_type="application/json",
        )

    @staticmethod
    def _fault_response(fault: _Fault) -> web.Response:
        if fault.status in _PROXY_STATUSES and fault.description is None:
            title = f"{fault.status} {_PROXY_STATUSES[fault.status]}"
            page = (
                f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
                f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
                "</body>\r\n</html>\r\n"
            )
            return web.Response(status=fault.status, text=page, content_type="text/html")
        description = fault.description
        if description is None:
            if fault.status == 429:
                description = f"Too Many Requests: retry after {fault.retry_after}"
            else:
                description = _DEFAULT_DESCRIPTIONS.get(fault.status, f"Error {fault.status}")
        parameters = {"retry_after": fault.retry_after} if fault.retry_after is not None else None
        error = BotAPIError(fault.status, description, parameters)
        return FakeBotAPI._json_response(error.payload(), fault.status)

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, UploadedFile]]:
        raw: JSONDict = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
                if isinstance(body, dict):
                    raw.update(body)
            elif request.content_type in (
                "multipart/form-data",
                "application/x-www-form-urlencoded",
            ):
                form = await request.post()
                for name, value in form.items():
                    if isinstance(value, web.FileField):
                        data = value.file.read()
                        files[name] = UploadedFile(name, value.filename, value.content_type, data)
                    else:
                        raw[name] = value if isinstance(value, str) else bytes(value)
            else:
                await request.read()
        return self._decode_params(raw, files), files

    @staticmethod
    def _decode_params(raw: JSONDict, files: dict[str, UploadedFile]) -> JSONDict:
        params: JSONDict = {}
        for name, value in raw.items():
            if isinstance(value, str) and value.startswith("attach://"):
                part = value.removeprefix("attach://")
                if part in files:
                    params[name] = files[part].data
                    continue
            params[name] = FakeBotAPI._decode_value(name, value)
        for name, upload in files.items():
            if name not in raw and not any(raw.get(key) == f"attach://{name}" for key in raw):
                params[name] = upload.data
        return params

    @staticmethod
    def _decode_value(name: str, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        try:
            if name in _JSON_PARAMS or name.endswith("_entities"):
                return json.loads(value)
            if name in _INT_PARAMS:
                return int(value)
            if name in _FLOAT_PARAMS:
                number = float(value)
                return int(number) if number.is_integer() else number
        except ValueError:
            return value
        if name in _BOOL_PARAMS and value.lower() in ("true", "false", "1", "0"):
            return value.lower() in ("true", "1")
        return value

    # ------------------------------------------------------------------------ bookkeeping

    def _notify(self) -> None:
        changed, self._changed = self._changed, asyncio.Event()
        changed.set()

    def _next_message_id(self, chat_id: int) -> int:
        self._message_counters[chat_id] = self._message_counters.get(chat_id, 0) + 1
        return self._message_counters[chat_id]

    def _remember_chat(
        self,
        chat_id: int,
        chat_type: str,
        *,
        first_name: str = "Pat",
        username: str | None = None,
    ) -> JSONDict:
        chat: JSONDict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
            if username:
                chat["username"] = username
        else:
            chat["title"] = f"Test {chat_type}"
        self._chats[chat_id] = chat
        return copy.deepcopy(chat)

    def _chat(self, chat_id: int) -> JSONDict:
        if chat_id in self._chats:
            return copy.deepcopy(self._chats[chat_id])
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Pat"}
        if str(chat_id).startswith("-100"):
            return {"id": chat_id, "type": "supergroup", "title": "Test supergroup"}
        return {"id": chat_id, "type": "group", "title": "Test group"}

    def _remember(self, update: JSONDict) -> None:
        for kind in _MESSAGE_UPDATE_TYPES:
            message = update.get(kind)
            if isinstance(message, dict) and isinstance(message.get("chat"), dict):
                self._remember_message(message, edited=kind.startswith("edited"))
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self._callback_queries[str(query["id"])] = False

    def _remember_message(self, message: JSONDict, *, edited: bool) -> None:
        chat = message["chat"]
        chat_id = int(chat["id"])
        self._chats.setdefault(chat_id, copy.deepcopy(chat))
        if "message_id" not in message:
            message["message_id"] = self._next_message_id(chat_id)
        message.setdefault("date", int(time.time()))
        message_id = int(message["message_id"])
        if not edited:
            counter = self._message_counters.get(chat_id, 0)
            self._message_counters[chat_id] = max(counter, message_id)
        self._messages[(chat_id, message_id)] = copy.deepcopy(message)

    def _resolve_chat_id(self, params: JSONDict) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad_request("chat_id is empty")
        if isinstance(chat_id, int):
            return chat_id
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            for known in self._chats.values():
                if known.get("username", "").lower() == chat_id[1:].lower():
                    return int(known["id"])
        raise _bad_request("chat not found")

    def _check_blocked(self, chat_id: int) -> None:
        if chat_id in self.blocked_chats:
            description = (
                "Forbidden: bot was blocked by the user"
                if chat_id > 0
                else "Forbidden: bot was kicked from the group chat"
            )
            raise BotAPIError(403, description)

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if markup is None:
            return
        if not isinstance(markup, dict):
            raise _bad_request("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise _bad_request("can't parse inline keyboard button: Text is empty")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _bad_request("BUTTON_DATA_INVALID")

    @staticmethod
    def _formatted(text: str, params: JSONDict, entities_key: str) -> tuple[str, list[JSONDict]]:
        entities = params.get(entities_key)
        if isinstance(entities, list):
            return text, entities
        if str(params.get("parse_mode", "")).lower() == "html":
            try:
                return parse_html(text)
            except _HTMLParseError as exc:
                raise _bad_request(f"can't parse entities: {exc}") from None
        return text, []

    def _api_view(self, message: JSONDict) -> JSONDict:
        view = copy.deepcopy(message)
        markup = view.get("reply_markup")
        if not (isinstance(markup, dict) and markup.get("inline_keyboard")):
            view.pop("reply_markup", None)
        return view

    def _create_bot_message(self, chat_id: int, params: JSONDict, content: JSONDict) -> JSONDict:
        chat = self._chat(chat_id)
        message: JSONDict = {"message_id": self._next_message_id(chat_id)}
        if chat["type"] == "channel":
            message["sender_chat"] = chat
        else:
            message["from"] = self.bot_user
        message.update(chat=chat, date=int(time.time()))
        if isinstance(params.get("message_thread_id"), int):
            message["message_thread_id"] = params["message_thread_id"]
        reply_to = params.get("reply_to_message_id")
        reply_parameters = params.get("reply_parameters")
        if isinstance(reply_parameters, dict):
            reply_to = reply_parameters.get("message_id")
        if isinstance(reply_to, int):
            original = self._messages.get((chat_id, reply_to))
            if original is not None:
                message["reply_to_message"] = self._api_view(original)
            elif not params.get("allow_sending_without_reply") and not (
                isinstance(reply_parameters, dict)
                and reply_parameters.get("allow_sending_without_reply")
            ):
                raise _bad_request("message to be replied not found")
        message.update(content)
        markup = params.get("reply_markup")
        key = (chat_id, message["message_id"])
        if isinstance(markup, dict) and markup.get("inline_keyboard"):
            message["reply_markup"] = markup
        elif markup is not None:
            self._requested_markup[key] = markup
        self._messages[key] = message
        self._bot_message_keys.append(key)
        return self._api_view(message)

    def _find_bot_message(self, params: JSONDict, missing: str) -> tuple[int, int] | None:
        if params.get("inline_message_id"):
            return None
        chat_id = self._resolve_chat_id(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _bad_request("message identifier is not specified")
        key = (chat_id, message_id)
        if key not in self._messages or key in self._deleted:
            raise _bad_request(missing)
        if (
            self._messages[key].get("from", {}).get("id") != self.bot_id
            and "sender_chat" not in (self._messages[key])
        ):
            raise _bad_request("message can't be edited")
        return key

    def _apply_edit(self, key: tuple[int, int], changes: JSONDict, markup: Any) -> JSONDict:
        message = self._messages[key]
        old_markup = self._requested_markup.get(key, message.get("reply_markup"))
        unchanged = all(message.get(k) == v for k, v in changes.items()) and old_markup == markup
        if unchanged:
            raise _bad_request(_NOT_MODIFIED.removeprefix("Bad Request: "))
        for name, value in changes.items():
            if value in (None, []):
                message.pop(name, None)
            else:
                message[name] = value
        self._requested_markup.pop(key, None)
        if markup is None:
            message.pop("reply_markup", None)
        else:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        return self._api_view(message)

    def _store_upload(self, value: Any, kind: str, filename: str | None) -> tuple[str, bytes]:
        if isinstance(value, bytes):
            file_id = f"{kind.upper()}-{next(self._file_ids):06d}-fake"
            extension = {"photo": "jpg"}.get(kind, (filename or "file").rsplit(".", 1)[-1])
            path = f"{kind}s/file_{len(self._files)}.{extension}"
            self._files[file_id] = (path, value)
            return file_id, value
        if isinstance(value, str) and value in self._files:
            return value, self._files[value][1]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            file_id = f"{kind.upper()}-{next(self._file_ids):06d}-url"
            self._files[file_id] = (f"{kind}s/file_{len(self._files)}.jpg", b"")
            return file_id, b""
        raise _bad_request("wrong file identifier/HTTP URL specified")

    # ---------------------------------------------------------------------------- methods

    @staticmethod
    def _true(params: JSONDict) -> bool:
        return True

    def _get_me(self, params: JSONDict) -> JSONDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            ordered = sorted(self._queue, key=lambda e: e.update_id)
            keep = ordered[offset:]
            self._queue = [entry for entry in self._queue if entry in keep]
            return
        if offset == 0:
            return
        self.confirmed_offset = max(self.confirmed_offset, offset)
        self._queue = [
            entry
            for entry in self._queue
            if entry.update_id >= offset or (entry.forced and not entry.delivered)
        ]

    def _deliverable(self, limit: int) -> list[_Queued]:
        allowed = self.allowed_updates
        batch = [
            entry
            for entry in sorted(self._queue, key=lambda e: e.update_id)
            if not allowed or any(kind in entry.update for kind in allowed)
        ]
        return batch[:limit]

    async def _get_updates(self, params: JSONDict) -> list[JSONDict]:
        if self.webhook_url:
            raise BotAPIError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset", 0)
        limit = params.get("limit", 100)
        timeout = params.get("timeout", 0)
        if not isinstance(offset, int) or not isinstance(limit, int):
            raise _bad_request("wrong parameter offset or limit")
        if not isinstance(timeout, (int, float)):
            raise _bad_request("wrong parameter timeout")
        limit = min(max(limit, 1), 100)
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = list(params["allowed_updates"]) or None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(0.0, min(float(timeout), self.max_poll_timeout))
        self._confirm(offset)
        while True:
            batch = self._deliverable(limit)
            remaining = deadline - loop.time()
            if batch or remaining <= 0 or self._closing:
                break
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)
        for entry in batch:
            entry.delivered = True
        return [copy.deepcopy(entry.update) for entry in batch]

    def _set_webhook(self, params: JSONDict) -> bool:
        url = params.get("url", "")
        if not isinstance(url, str):
            raise _bad_request("invalid webhook URL specified")
        if url and not url.startswith(("http://", "https://")):
            raise _bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET_TOKEN_RE.fullmatch(str(secret)):
            raise _bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._queue.clear()
        if isinstance(params.get("allowed_updates"), list):
            self.allowed_updates = list(params["allowed_updates"]) or None
        self.webhook_url = url
        self.webhook_secret_token = str(secret) if secret is not None and url else None
        self._webhook_last_error = ""
        return True

    def _delete_webhook(self, params: JSONDict) -> bool:
        if params.get("drop_pending_updates"):
            self._queue.clear()
        self.webhook_url = ""
        self.webhook_secret_token = None
        return True

    def _get_webhook_info(self, params: JSONDict) -> JSONDict:
        info: JSONDict = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self.webhook_url:
            info.update(max_connections=40, ip_address="127.0.0.1")
            if self._webhook_last_error:
                info.update(
                    last_error_date=int(time.time()), last_error_message=self._webhook_last_error
                )
            if self.allowed_updates:
                info["allowed_updates"] = self.allowed_updates
        return info

    @staticmethod
    def _commands_key(params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad_request('parameter "commands" is required')
        if len(commands) > 100:
            raise _bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not isinstance(command, dict) or not _BOT_COMMAND_NAME_RE.fullmatch(
                str(command.get("command", ""))
            ):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[self._commands_key(params)] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _get_my_commands(self, params: JSONDict) -> list[JSONDict]:
        return copy.deepcopy(self.commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSONDict) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def _send_message(self, params: JSONDict) -> JSONDict:
        chat_id = self._resolve_chat_id(params)
        source = params.get("text")
        if not isinstance(source, str) or not source.strip():
            raise _bad_request("message text is empty")
        self._check_blocked(chat_id)
        self._check_markup(params.get("reply_markup"))
        text, entities = self._formatted(source, params, "entities")
        if not text.strip():
            raise _bad_request("message text is empty")
        if _utf16_len(text) > 4096:
            raise _bad_request("message is too long")
        content: JSONDict = {"text": text}
        if entities:
            content["entities"] = entities
        if isinstance(params.get("link_preview_options"), dict):
            content["link_preview_options"] = params["link_preview_options"]
        return self._create_bot_message(chat_id, params, content)

    def _caption_content(self, params: JSONDict) -> JSONDict:
        source = params.get("caption")
        if not isinstance(source, str) or not source:
            return {}
        caption, entities = self._formatted(source, params, "caption_entities")
        if _utf16_len(caption) > 1024:
            raise _bad_request("message caption is too long")
        content: JSONDict = {"caption": caption}
        if entities:
            content["caption_entities"] = entities
        return content

    def _upload_name(self, params: JSONDict, key: str) -> str | None:
        call = self._current_call
        if call is None:
            return None
        for upload in call.files.values():
            if upload.data is params.get(key):
                return upload.filename
        return None

    def _send_photo(self, params: JSONDict) -> JSONDict:
        chat_id = self._resolve_chat_id(params)
        if params.get("photo") in (None, ""):
            raise _bad_request("there is no photo in the request")
        self._check_blocked(chat_id)
        self._check_markup(params.get("reply_markup"))
        file_id, data = self._store_upload(params["photo"], "photo", None)
        unique = file_id.replace("-", "")[:16]
        sizes = [
            {"file_id": f"{file_id}-s", "file_unique_id": f"{unique}s", "width": 90, "height": 90},
            {
                "file_id": file_id,
                "file_unique_id": unique,
                "width": 800,
                "height": 600,
                "file_size": len(data),
            },
        ]
        content: JSONDict = {"photo": sizes, **self._caption_content(params)}
        if params.get("has_spoiler"):
            content["has_media_spoiler"] = True
        return self._create_bot_message(chat_id, params, content)

    def _send_document(self, params: JSONDict) -> JSONDict:
        chat_id = self._resolve_chat_id(params)
        if params.get("document") in (None, ""):
            raise _bad_request("there is no document in the request")
        self._check_blocked(chat_id)
        self._check_markup(params.get("reply_markup"))
        filename = self._upload_name(params, "document") or "document"
        file_id, data = self._store_upload(params["document"], "document", filename)
        document = {
            "file_id": file_id,
            "file_unique_id": file_id.replace("-", "")[:16],
            "file_name": filename,
            "file_size": len(data),
        }
        content: JSONDict = {"document": document, **self._caption_content(params)}
        return self._create_bot_message(chat_id, params, content)

    def _edit_message_text(self, params: JSONDict) -> JSONDict | bool:
        source = params.get("text")
        if not isinstance(source, str) or not source.strip():
            raise _bad_request("message text is empty")
        self._check_markup(params.get("reply_markup"))
        key = self._find_bot_message(params, "message to edit not found")
        text, entities = self._formatted(source, params, "entities")
        if _utf16_len(text) > 4096:
            raise _bad_request("MESSAGE_TOO_LONG")
        if key is None:
            return True
        if "text" not in self._messages[key]:
            raise _bad_request("there is no text in the message to edit")
        # Like Telegram, an edit without reply_markup removes the inline keyboard.
        changes = {"text": text, "entities": entities or None}
        return self._apply_edit(key, changes, params.get("reply_markup"))

    def _edit_message_caption(self, params: JSONDict) -> JSONDict | bool:
        self._check_markup(params.get("reply_markup"))
        key = self._find_bot_message(params, "message to edit not found")
        content = self._caption_content(params)
        if key is None:
            return True
        changes = {
            "caption": content.get("caption"),
            "caption_entities": content.get("caption_entities"),
        }
        return self._apply_edit(key, changes, params.get("reply_markup"))

    def _edit_message_reply_markup(self, params: JSONDict) -> JSONDict | bool:
        self._check_markup(params.get("reply_markup"))
        key = self._find_bot_message(params, "message to edit not found")
        if key is None:
            return True
        return self._apply_edit(key, {}, params.get("reply_markup"))

    def _delete_message(self, params: JSONDict) -> bool:
        chat_id = self._resolve_chat_id(params)
        message_id = params.get("message_id")
        key = (chat_id, message_id)
        if not isinstance(message_id, int) or key not in self._messages or key in self._deleted:
            raise _bad_request("message to delete not found")
        self._deleted.add((chat_id, message_id))
        return True

    def _answer_callback_query(self, params: JSONDict) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if self._callback_queries.get(query_id, True):
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise _bad_request("MESSAGE_TOO_LONG")
        self._callback_queries[query_id] = True
        return True

    def _send_chat_action(self, params: JSONDict) -> bool:
        chat_id = self._resolve_chat_id(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad_request("wrong parameter action in request")
        self._check_blocked(chat_id)
        return True

    def _get_file(self, params: JSONDict) -> JSONDict:
        file_id = str(params.get("file_id", ""))
        if file_id not in self._files:
            raise _bad_request("invalid file_id")
        path, data = self._files[file_id]
        return {
            "file_id": file_id,
            "file_unique_id": file_id.replace("-", "")[:16],
            "file_size": len(data),
            "file_path": path,
        }

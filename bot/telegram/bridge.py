"""What both Telegram backends share: updates in, replies out, written once.

:func:`parse_update` turns a Bot API update (as JSON) into an :class:`Incoming`;
:class:`Bridge` decides which service call it becomes and queues the replies,
rendered by :func:`render` as text plus an inline keyboard, in the durable
outbox. The backends (:mod:`bot.telegram.ptb`, :mod:`bot.telegram.aiogram_bot`)
only move JSON over HTTP with their library. Nothing clinical is decided here.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import segno

from bot.commands import DELETE_ASK, DELETE_DONE, DELETE_KEPT, PRIVACY, SHARE
from bot.pseudonym import patient_key
from bot.telegram.flood import Priority
from bot.telegram.mailbox import Mailbox
from flows.engine import Inbound, Reply
from flows.replies import CRISIS_MARK
from flows.summary import SUMMARY_HEADING
from storage.clock import REFERRAL_CODE

TELEGRAM_LIMIT = 4096

GROUP_INTRO = (
    "Hi all. I'm a private check-in for sciatica. I never ask health questions in a group. "
    "Tap the button to start a private chat with me."
)
GROUP_BUTTON = "Start a private check-in"


@dataclass(frozen=True)
class Button:
    label: str
    data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Outgoing:
    """One message to send: text (or a photo's caption) and buttons in rows."""

    chat_id: int
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    photo: bytes | None = None
    #: Its turn under the flood policy (bot/telegram/flood.py): emergencies first.
    priority: Priority = Priority.answer

    def to_json(self) -> dict[str, Any]:
        return {
            "chat_id": self.chat_id,
            "text": self.text,
            "buttons": [[b.__dict__ for b in row] for row in self.buttons],
            "photo": base64.b64encode(self.photo).decode() if self.photo else None,
            "priority": int(self.priority),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outgoing:
        rows = tuple(tuple(Button(**b) for b in row) for row in data["buttons"])
        photo = base64.b64decode(data["photo"]) if data.get("photo") else None
        priority = Priority(data.get("priority", Priority.answer))
        return cls(data["chat_id"], data["text"], rows, photo, priority)


@dataclass(frozen=True)
class Incoming:
    """An update, in the terms the bridge needs."""

    update_id: int
    chat_id: int | None = None
    chat_type: str | None = None
    kind: str = "ignore"  # text, button, edited, unsupported, ignore
    text: str = ""
    button: str | None = None
    callback_id: str | None = None
    message_id: int | None = None
    mentions_bot: bool = False
    #: The newest message id this update shows in its chat (message ids are per chat).
    seen_id: int | None = None
    #: A tap: whether the tapped message still shows buttons (Telegram sends it as it is).
    keyed: bool = False


@dataclass
class Plan:
    """What the runtime sends after the bridge: the chat's outbox (``chat_tag``), then
    ``direct``, replies that could not be stored."""

    chat_tag: str | None = None
    direct: list[Outgoing] = field(default_factory=list)


def parse_update(raw: dict[str, Any], bot_username: str = "") -> Incoming:
    """Any Bot API update as an :class:`Incoming`; what the bot does not serve is "ignore"."""
    update_id = int(raw.get("update_id", 0))
    if "callback_query" in raw:
        query = raw["callback_query"]
        message = query.get("message") or {}
        chat = message.get("chat") or {}
        return Incoming(
            update_id,
            chat.get("id"),
            chat.get("type"),
            "button",
            button=str(query.get("data") or ""),
            callback_id=query.get("id"),
            message_id=message.get("message_id"),
            keyed=bool((message.get("reply_markup") or {}).get("inline_keyboard")),
        )
    for key, kind in (("message", "text"), ("edited_message", "edited")):
        message = raw.get(key)
        if not message:
            continue
        chat = message.get("chat") or {}
        seen = message.get("message_id")
        text = message.get("text")
        if text is None:
            caption = message.get("caption")
            if kind == "edited" and caption is None:
                return Incoming(update_id, chat.get("id"), chat.get("type"), "ignore", seen_id=seen)
            if caption is None:  # a caption is read as text: it may hold a red flag
                what = next((k for k in UNSUPPORTED if k in message), "message")
                return Incoming(
                    update_id,
                    chat.get("id"),
                    chat.get("type"),
                    "unsupported",
                    text=what,
                    seen_id=seen,
                )
            text = caption
        mention = f"@{bot_username}".lower() if bot_username else None
        return Incoming(
            update_id,
            chat.get("id"),
            chat.get("type"),
            kind,
            text=text,
            mentions_bot=bool(mention and mention in text.lower()),
            seen_id=seen,
        )
    return Incoming(update_id)


UNSUPPORTED = (
    "photo",
    "sticker",
    "voice",
    "video_note",
    "video",
    "audio",
    "document",
    "location",
    "contact",
    "animation",
    "poll",
    "dice",
    "venue",
)


def _units(text: str) -> int:
    """Length as Telegram may count it: UTF-16 code units (an emoji can be two)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Split a long text at paragraph, line or word breaks so each part fits Telegram."""
    parts: list[str] = []
    while _units(text) > limit:
        fits = limit
        while _units(text[:fits]) > limit:
            fits -= 1
        cut = max(text.rfind("\n\n", 0, fits), text.rfind("\n", 0, fits), text.rfind(" ", 0, fits))
        cut = cut if cut > fits // 2 else fits
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return [p for p in parts if p]


def keyboard(reply: Reply) -> tuple[tuple[Button, ...], ...]:
    """The reply's options as inline keyboard rows: short labels share a row."""
    buttons = [Button(o.label, data=o.data) for o in reply.options]
    if not buttons:
        return ()
    width = (
        6
        if all(len(b.label) <= 2 for b in buttons)
        else (3 if all(len(b.label) <= 12 for b in buttons) else 1)
    )
    return tuple(tuple(buttons[i : i + width]) for i in range(0, len(buttons), width))


def render(chat_id: int, reply: Reply, priority: Priority | None = None) -> list[Outgoing]:
    """A bot turn as Telegram messages; the keyboard goes on the last one. An emergency
    (or a crisis line) goes first under the flood policy; ``priority`` overrides that
    for housekeeping such as a follow-up. The turn's texts are joined into as few
    messages as :func:`group` allows (every message is a call against Telegram's limits)."""
    texts = [
        part for message in group(reply.messages, reply.emergency) for part in split_text(message)
    ]
    rows = keyboard(reply)
    if priority is None:
        urgent = reply.emergency or any(CRISIS_MARK in message for message in reply.messages)
        priority = Priority.emergency if urgent else Priority.answer
    return [
        Outgoing(chat_id, text, rows if i == len(texts) - 1 else (), priority=priority)
        for i, text in enumerate(texts)
    ]


def group(messages: tuple[str, ...], emergency: bool = False) -> list[str]:
    """A turn's texts joined, in order and word for word, into as few Telegram messages as
    fit (:data:`TELEGRAM_LIMIT`), a blank line between them: an acknowledgement goes with
    the question after it, an outcome's meaning with what to do. Kept a message of their
    own: an emergency's first message (short, so it shows and is read first) and a crisis
    line, and the summary for a doctor (forwarded as it is, with nothing else in it)."""
    joined: list[str] = []
    open_to_more = False  # whether the last message may take the next text
    for n, text in enumerate(messages):
        alone = (n == 0 and emergency) or CRISIS_MARK in text
        summary = text.startswith(SUMMARY_HEADING)
        if (
            open_to_more
            and not alone
            and not summary
            and _units(joined[-1]) + 2 + _units(text) <= TELEGRAM_LIMIT
        ):
            joined[-1] = f"{joined[-1]}\n\n{text}"
            continue
        joined.append(text)
        open_to_more = not alone and not summary and _units(text) <= TELEGRAM_LIMIT
    return joined


def qr_png(link: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=6, border=2)
    return buffer.getvalue()


class Bridge:
    """Turns each Incoming into a service call and queued replies."""

    def __init__(
        self,
        mailbox: Mailbox,
        secret: str,
        bot_username: str,
        retention_days: int = 90,
    ) -> None:
        self.mailbox = mailbox
        self.secret = secret
        self.bot_username = bot_username
        self.retention_days = retention_days

    def link(self, code: str | None = None) -> str:
        base = f"https://t.me/{self.bot_username}"
        return f"{base}?start={code}" if code else base

    def erase_nonce(self, chat_id: int) -> str:
        """What makes an erase button genuine: only /delete's own button carries it.

        It changes every day, so a forged button or one left from days ago erases nothing.
        """
        day = datetime.now(UTC).date().isoformat()
        return patient_key(self.secret, "erase", f"{chat_id}:{day}")[:12]

    def steps(self, incoming: Incoming) -> bool:
        """Whether this update steps the conversation (so its reply shows where it stands).

        /privacy, /delete, /share and the erase buttons answer without stepping it.
        """
        if incoming.chat_id is None or incoming.chat_type != "private":
            return False
        if incoming.kind not in ("text", "button", "edited", "unsupported"):
            return False
        if incoming.button is not None and incoming.button.startswith("erase:"):
            return False
        command, _ = _command(incoming.text) if incoming.kind == "text" else (None, "")
        return command not in ("privacy", "delete", "share")

    def group_code(self, chat_id: int) -> str:
        return "g" + patient_key(self.secret, "group", chat_id)[:10]

    async def handle(self, incoming: Incoming, quiet: bool = False) -> Plan:
        """Step or answer one update; ``quiet`` keeps routine replies back (a newer one waits)."""
        if incoming.chat_id is None or incoming.kind == "ignore":
            await self.mailbox.respond(incoming.update_id)
            return Plan()
        chat_id = incoming.chat_id
        tag = patient_key(self.secret, "telegram", chat_id)
        plan = Plan(tag)
        if incoming.chat_type != "private":
            await self._group(incoming, tag)
            return plan
        command, payload = _command(incoming.text) if incoming.kind == "text" else (None, "")
        if incoming.button and incoming.button.startswith("erase:"):
            confirmed = incoming.button == f"erase:yes:{self.erase_nonce(chat_id)}"
            await self._erase(incoming, tag, confirmed)
        elif command == "privacy":
            await self._queue(
                incoming,
                tag,
                [Outgoing(chat_id, PRIVACY.format(days=self.retention_days))],
            )
        elif command == "delete":
            await self._queue(
                incoming,
                tag,
                [
                    Outgoing(
                        chat_id,
                        DELETE_ASK,
                        (
                            (
                                Button(
                                    "Yes, erase it all",
                                    data=f"erase:yes:{self.erase_nonce(chat_id)}",
                                ),
                                Button("No, keep it", data="erase:no"),
                            ),
                        ),
                    )
                ],
            )
        elif command == "share":
            link = self.link()
            await self._queue(
                incoming,
                tag,
                [
                    Outgoing(chat_id, SHARE.format(link=link)),
                    Outgoing(chat_id, "Or scan this code with a phone camera.", photo=qr_png(link)),
                ],
            )
        else:
            referral = payload if command == "start" and REFERRAL_CODE.match(payload) else None
            plan.direct = await self._step(incoming, tag, referral, quiet)
        return plan

    async def _step(
        self, incoming: Incoming, tag: str, referral: str | None, quiet: bool = False
    ) -> list[Outgoing]:
        inbound = Inbound(
            text=incoming.text if incoming.kind != "unsupported" else "",
            button=incoming.button,
            edited=incoming.kind == "edited",
            unsupported=incoming.text if incoming.kind == "unsupported" else None,
        )
        chat_id = incoming.chat_id
        assert chat_id is not None

        def messages(reply: Reply) -> list[dict[str, Any]]:
            if quiet and not reply.finished:
                return []  # the step is saved; the newer message's reply will show where we are
            return [m.to_json() for m in render(chat_id, reply)]

        turn = await self.mailbox.step(
            tag,
            inbound,
            messages,
            update_id=incoming.update_id,
            referral=referral,
            contact=chat_id,  # kept, sealed, only if they say yes to a follow-up
            probe_from=_probe_from(incoming),
        )
        if turn is not None and not turn.saved:
            return render(chat_id, turn.reply)  # not in the outbox: send it straight away
        return []

    async def _group(self, incoming: Incoming, tag: str) -> None:
        command, _ = _command(incoming.text)
        if incoming.kind == "text" and (command in ("start", "help") or incoming.mentions_bot):
            assert incoming.chat_id is not None
            button = Button(GROUP_BUTTON, url=self.link(self.group_code(incoming.chat_id)))
            await self._queue(
                incoming, tag, [Outgoing(incoming.chat_id, GROUP_INTRO, ((button,),))]
            )
        else:
            await self.mailbox.respond(incoming.update_id)

    async def _erase(self, incoming: Incoming, tag: str, confirmed: bool) -> None:
        assert incoming.chat_id is not None
        message = Outgoing(incoming.chat_id, DELETE_DONE if confirmed else DELETE_KEPT)
        seen = max(incoming.seen_id or 0, incoming.message_id or 0)
        await self.mailbox.answer_erasure(
            tag, incoming.update_id, message.to_json(), seen, confirmed
        )

    async def _queue(self, incoming: Incoming, tag: str, messages: list[Outgoing]) -> None:
        await self.mailbox.respond(
            incoming.update_id, tag, [m.to_json() for m in messages], _probe_from(incoming)
        )


def _probe_from(incoming: Incoming) -> int | None:
    """The lowest message id a reply can get: past the message it answers. Kept with the
    reply, so that a delivery probe after a crash knows where to look (runtime.py also
    starts past the last reply recorded)."""
    after = max(incoming.seen_id or 0, incoming.message_id or 0)
    return after + 1 if after else None


def _command(text: str) -> tuple[str | None, str]:
    stripped = text.strip()
    if not stripped.startswith("/"):
        return None, ""
    head, _, payload = stripped[1:].partition(" ")
    return head.split("@", 1)[0].lower() or None, payload.strip()

"""The terminal chat: the same engine and database as Telegram, in a terminal.

Buttons are shown as numbered choices; typing the number picks one, and typed
answers work as they do on Telegram. It ends cleanly at the end of input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.commands import DELETE_ASK, DELETE_DONE, DELETE_KEPT, PRIVACY, SHARE_HERE
from bot.service import ConversationService
from flows.engine import Inbound, Reply
from flows.facts import FACTS, Kind

NO_TOKEN_BANNER = (
    "This is a terminal chat, because no Telegram token is set (TELEGRAM_BOT_TOKEN). "
    "Type your answers; press Ctrl-D to leave."
)
GOODBYE = "Goodbye. Your answers are saved: run this again to carry on."


def render(reply: Reply) -> str:
    """A reply as terminal text, options numbered."""
    lines = [*reply.messages]
    if reply.options:
        lines.append("   ".join(f"[{i}] {o.label}" for i, o in enumerate(reply.options, 1)))
    return "\n\n".join(lines)


def to_inbound(line: str, last: Reply | None) -> Inbound:
    """A typed line; a bare number picks a numbered option, except where numbers are answers."""
    text = line.strip()
    numbers_are_answers = bool(
        last and last.fact and FACTS[last.fact].kind is Kind.INT and last.confirm is None
    )
    if last and last.options and text.isdecimal() and text.isascii() and not numbers_are_answers:
        index = int(text) - 1
        if 0 <= index < len(last.options):
            return Inbound(button=last.options[index].data)
    return Inbound(text)


def chat(
    service: ConversationService,
    patient: str,
    lines: Iterable[str],
    write: Callable[[str], None] = print,
    banner: str = NO_TOKEN_BANNER,
    retention_days: int = 90,
) -> None:
    """Run a conversation over ``lines`` (standard input, usually).

    /privacy, /delete and /share work as on Telegram (bot/commands.py); everything else goes
    to the conversation service.
    """
    write(banner)
    first = service.handle(patient, Inbound("/start"))
    if first is None:  # only a repeated Telegram update gets no turn; a terminal has none
        return
    last = first.reply
    write("\n" + render(last))
    erasing = False
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if erasing:
            erasing = False
            if text.lower() in ("yes", "y", "1"):
                service.erase(patient)
                write("\n" + DELETE_DONE)
            else:
                write("\n" + DELETE_KEPT)
            continue
        if text.lower() == "/privacy":
            write("\n" + PRIVACY.format(days=retention_days))
            continue
        if text.lower() == "/share":
            write("\n" + SHARE_HERE)
            continue
        if text.lower() == "/delete":
            erasing = True
            write("\n" + DELETE_ASK + "\n\n[1] Yes, erase it all   [2] No, keep it")
            continue
        for row, due in service.send_due():  # a follow-up that came due meanwhile (SPEC 7)
            if row.patient == patient:
                last = due
                write("\n" + render(last))
        turn = service.handle(patient, to_inbound(line, last))
        if turn is not None:
            last = turn.reply
            write("\n" + render(last))
    write("\n" + GOODBYE)

"""The terminal chat: the same engine and database as Telegram, in a terminal.

Buttons are shown as numbered choices; typing the number picks one, and typed
answers work as they do on Telegram. It ends cleanly at the end of input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
) -> None:
    """Run a conversation over ``lines`` (standard input, usually)."""
    write(banner)
    first = service.handle(patient, Inbound("/start"))
    if first is None:  # only a repeated Telegram update gets no turn; a terminal has none
        return
    last = first.reply
    write("\n" + render(last))
    for line in lines:
        if not line.strip():
            continue
        turn = service.handle(patient, to_inbound(line, last))
        if turn is not None:
            last = turn.reply
            write("\n" + render(last))
    write("\n" + GOODBYE)

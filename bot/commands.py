"""The bot's commands and the texts every front end shows for them (one table for all).

Telegram lists :data:`COMMANDS` with setMyCommands; the terminal chat answers the
same /privacy, /delete and /share; /checkins and /timezone are the service's. The
check-in's own commands (/start, /back, /restart, /help) are the engine's
(:mod:`flows.engine`).
"""

from __future__ import annotations

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Start or carry on your check-in"),
    ("back", "Change your last answer"),
    ("restart", "Start a new check-in"),
    ("help", "How this works"),
    ("checkins", "See or stop the check-ins I send you later"),
    ("timezone", "Set your time zone for later check-ins"),
    ("privacy", "What is kept, for how long, who sees it"),
    ("delete", "Erase everything kept about you"),
    ("share", "Invite someone to this check-in"),
)

PRIVACY = (
    "What I keep: your answers and the advice I gave. They are linked to a code made from "
    "your chat, never to your name, username or phone number. Your age is kept only as a "
    "range, like 60-69. Your own words are kept only when staff need them to check my "
    "advice, like about a warning sign, with phone numbers, emails, links and names taken out.\n"
    "How long: {days} days, then it is erased. Your own words go sooner.\n"
    "Who sees it: a small staff team of nurses and support group helpers, to check the advice "
    "is right. They can't tell who you are.\n"
    "If you say yes to a later check-in, I keep your chat id, locked, until the last one "
    "is done or you stop them with /checkins.\n"
    "Send /delete to erase it all now."
)
DELETE_ASK = "Do you want me to erase everything I keep about you? This can't be undone."
DELETE_DONE = (
    "Done. I have erased everything I kept about you. Send /start if you want a new check-in."
)
DELETE_KEPT = "OK, I have kept everything as it was."

SHARE = (
    "A free, private check-in for sciatica, for anyone with back or leg pain, and for people "
    "living with or after cancer. A few short questions, then clear advice on how soon to get "
    "help. Start here: {link}"
)
SHARE_HERE = (
    "On Telegram, /share gives a link and a QR code to invite someone to this check-in. "
    "This terminal chat has no link of its own: run the bot on Telegram to share it."
)

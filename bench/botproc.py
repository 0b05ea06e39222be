"""``python -m bench.botproc``: ``sciatica-bot run``, optionally without the flood limit.

The end-to-end runs measure what our code can carry, so they run the real bot
(``bot.cli``'s ``run``: settings, logging, backend, runtime, storage) with one
change when ``BENCH_FLOOD_LIMIT=off``: the backends' send limiters, which hold
the bot to Telegram's 30 messages a second, are lifted (the fake Bot API has no
such limit). ``BENCH_CPU=N`` pins the process to one CPU before any thread starts.
"""

from __future__ import annotations

import os


def main() -> None:
    cpu = os.environ.get("BENCH_CPU")
    if cpu and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(cpu)})
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    if os.environ.get("BENCH_FLOOD_LIMIT") == "off":
        # Only the backend in use is imported, as `sciatica-bot run` does.
        if os.environ.get("TELEGRAM_BACKEND") == "aiogram":
            import bot.telegram.aiogram_bot as aiogram_backend

            aiogram_backend.MESSAGES_PER_SECOND = 10**9  # type: ignore[misc]
        else:
            import bot.telegram.ptb as ptb_backend

            ptb_backend.AIORateLimiter = lambda **_: None  # type: ignore[assignment,misc]
    from bot.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()

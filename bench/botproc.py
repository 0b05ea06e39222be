"""``python -m bench.botproc``: ``sciatica-bot run``, optionally without the flood limit.

The end-to-end runs measure what our code can carry, so they run the real bot
(``bot.cli``'s ``run``: settings, logging, backend, runtime, storage) with one
change when ``BENCH_FLOOD_LIMIT=off``: the flood policy (bot/telegram/flood.py), which holds
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
        # the one flood policy, for both backends: lifted to see the bot's own speed
        os.environ["FLOOD_PER_SECOND"] = str(10**9)
        os.environ["FLOOD_CHAT_BURST"] = str(10**9)
    from bot.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()

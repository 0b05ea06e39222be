"""Telegram front ends: one runtime, two interchangeable backends (TELEGRAM_BACKEND).

:func:`serve` runs the bot until stopped; :func:`run_telegram` is what
``sciatica-bot run`` calls when a token is set.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

import click

from bot.settings import Settings

log = logging.getLogger("sciatica_bot.telegram")


def make_backend(settings: Settings):  # type: ignore[no-untyped-def]
    assert settings.telegram_bot_token is not None
    token, server = settings.telegram_bot_token.strip(), settings.telegram_api_server
    if settings.telegram_backend == "aiogram":
        from bot.telegram.aiogram_bot import AiogramBackend

        return AiogramBackend(token, server)
    from bot.telegram.ptb import PTBBackend

    return PTBBackend(token, server)


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run the bot on Telegram until ``stop`` is set (or SIGINT/SIGTERM)."""
    from bot.sealing import Sealer
    from bot.service import AsyncService, open_service
    from bot.telegram.runtime import Runtime
    from storage import Checkpointer, connect

    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not the main thread
            loop.add_signal_handler(sig, stop.set)
    assert settings.pseudonym_secret is not None
    db = connect(settings.database_path, autocheckpoint=False)
    checkpointer = Checkpointer(settings.database_path).start()
    service = AsyncService(open_service(db, settings.contacts, settings.followup_timezone))
    runtime = Runtime(make_backend(settings), service, Sealer(settings.pseudonym_secret), settings)
    log.info(
        "sciatica-bot on Telegram (%s backend, %s)",
        settings.telegram_backend,
        "webhook" if settings.webhook_url else "long polling",
    )
    try:
        await runtime.run(stop)
    finally:
        service.close()
        db.close()
        checkpointer.stop()


def run_telegram(settings: Settings) -> None:
    if not settings.pseudonym_secret:
        raise click.ClickException(
            "PSEUDONYM_SECRET is not set: the bot needs it to keep chats pseudonymous."
        )
    if settings.webhook_url and not settings.webhook_secret:
        raise click.ClickException("WEBHOOK_SECRET is not set: webhook mode needs it.")
    # Library loggers would print request URLs, which hold the bot token.
    for name in ("httpx", "httpcore", "aiogram", "telegram"):
        logging.getLogger(name).setLevel(logging.WARNING)
    try:
        asyncio.run(serve(settings))
    except Exception as error:  # one clear line for the operator, not a traceback
        message = f"{type(error).__name__}: {error}".replace(
            settings.telegram_bot_token or "", "<token>"
        )
        raise click.ClickException(f"the bot stopped: {message}") from error

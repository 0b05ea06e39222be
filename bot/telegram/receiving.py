"""Receiving: long polling or a webhook, each update stored before Telegram is told.

Either way an update is sealed into the inbox first (the next ``getUpdates`` offset
or the webhook's 200 comes after), then handed to ``submit`` for its chat's queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot.settings import Settings
from bot.telegram.mailbox import Mailbox
from bot.telegram.port import POLL_TIMEOUT, Backend, retrying

if TYPE_CHECKING:
    from aiohttp import web  # imported when a webhook starts: polling bots start faster

log = logging.getLogger("sciatica_bot.telegram")

WEBHOOK_PATH = "/telegram"


class Receiver:
    """Gets updates from Telegram into the inbox, then to ``submit``."""

    def __init__(
        self,
        backend: Backend,
        mailbox: Mailbox,
        settings: Settings,
        submit: Callable[[int, dict[str, Any]], None],
    ) -> None:
        self.backend = backend
        self.mailbox = mailbox
        self.settings = settings
        self.submit = submit

    async def poll(self, stop: asyncio.Event) -> None:
        offset = await self.mailbox.next_offset()
        while not stop.is_set():
            fetch = asyncio.ensure_future(self.backend.get_updates(offset, POLL_TIMEOUT))
            stopped = asyncio.ensure_future(stop.wait())
            done, _ = await asyncio.wait({fetch, stopped}, return_when=asyncio.FIRST_COMPLETED)
            stopped.cancel()
            if fetch not in done:
                fetch.cancel()
                with contextlib.suppress(BaseException):
                    await fetch
                break
            try:
                updates = fetch.result()
            except Exception as error:
                failure = self.backend.classify(error)
                log.warning(
                    "getUpdates failed (%s); trying again in %.0f s",
                    failure.why,
                    max(failure.wait, 1.0),
                )
                await sleep_or_stop(stop, max(failure.wait, 1.0))
                continue
            if updates:
                offset = await self.receive(updates)

    async def receive(self, updates: list[dict[str, Any]]) -> int:
        """Store updates durably, then hand the new ones on; returns the next offset."""
        new = await self.mailbox.store_updates(updates)
        for update in updates:
            if int(update["update_id"]) in new:
                self.submit(int(update["update_id"]), update)
        return max(int(u["update_id"]) for u in updates) + 1

    async def serve_webhook(self, stop: asyncio.Event) -> None:
        from aiohttp import web

        app = web.Application()
        app.router.add_post(WEBHOOK_PATH, self._on_webhook)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.settings.webhook_listen, self.settings.webhook_port)
        await site.start()
        assert self.settings.webhook_url and self.settings.webhook_secret
        await retrying(
            self.backend,
            "setWebhook",
            lambda: self.backend.set_webhook(
                self.settings.webhook_url or "", self.settings.webhook_secret or ""
            ),
        )
        log.info(
            "webhook listening on %s:%s", self.settings.webhook_listen, self.settings.webhook_port
        )
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    async def _on_webhook(self, request: web.Request) -> web.Response:
        from aiohttp import web

        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if secret != self.settings.webhook_secret:
            return web.Response(status=403)
        try:
            update = await request.json()
            int(update["update_id"])
        except (ValueError, KeyError, TypeError):
            return web.Response(status=400)
        await self.receive([update])  # stored before Telegram hears 200
        return web.Response(status=200)


async def sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)

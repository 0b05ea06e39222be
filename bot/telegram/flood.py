"""One flood policy for both backends: Telegram's published limits, emergencies first.

Telegram answers 429 past about 30 messages a second for one bot, about one a second
in one chat (a short burst passes: one check-in outcome is up to 5 messages) and 20 a
minute in one group. Every message the bot
sends waits here for a slot. Waiting messages are served by priority, then in the order
they came: an emergency or crisis reply before an answer to a patient who is waiting,
and that before housekeeping (old buttons taken away, follow-ups, /share images). So
under a surge an emergency reply goes at the next free slot, not behind everyone's
consent question. The figures are settings (``FLOOD_*``, docs/performance.md).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from enum import IntEnum

#: Slack on every window: a request granted at the edge of one may reach Telegram a
#: little before a request granted earlier (HTTP timing varies), and Telegram counts
#: arrivals.
MARGIN = 0.1


class Priority(IntEnum):
    """Which waiting message goes first (lower first)."""

    emergency = 0  # an emergency or crisis reply
    answer = 1  # a reply to a patient who is waiting for it
    housekeeping = 2  # old buttons, follow-ups, share images


@dataclass(frozen=True)
class Limits:
    """Telegram's published limits (Bot API FAQ), as settings."""

    per_second: float = 30.0  # one bot, all chats
    chat_burst: int = 5  # messages one private chat may get within ``chat_window``
    chat_window: float = 1.0
    group_per_minute: int = 20  # one group or channel


@dataclass(order=True)
class _Waiter:
    priority: int
    seq: int
    chat_id: int = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)


class FloodPolicy:
    """Grants send slots within the limits, highest priority first."""

    def __init__(self, limits: Limits | None = None, clock: Callable[[], float] = time.monotonic):
        self.limits = limits or Limits()
        self._clock = clock
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()
        self._sent: deque[float] = deque()  # send times within the last second, all chats
        self._by_chat: dict[int, deque[float]] = defaultdict(deque)
        self._wake = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None

    @asynccontextmanager
    async def slot(self, chat_id: int, priority: Priority = Priority.answer) -> AsyncIterator[None]:
        """Wait for a slot to send one message to ``chat_id``."""
        await self.acquire(chat_id, priority)
        yield

    async def acquire(self, chat_id: int, priority: Priority = Priority.answer) -> None:
        loop = asyncio.get_running_loop()
        waiter = _Waiter(int(priority), next(self._seq), chat_id, loop.create_future())
        heapq.heappush(self._waiting, waiter)
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.ensure_future(self._dispatch())
        self._wake.set()
        try:
            await waiter.granted
        except asyncio.CancelledError:
            waiter.granted.cancel()
            raise

    def close(self) -> None:
        """Stop: whatever still waits is cancelled (its reply stays in the outbox, for the
        next start to send)."""
        for waiter in self._waiting:
            if not waiter.granted.done():
                waiter.granted.cancel()
        self._waiting.clear()
        if self._dispatcher is not None:
            self._dispatcher.cancel()

    def waiting(self) -> int:
        return sum(1 for w in self._waiting if not w.granted.done())

    async def _dispatch(self) -> None:
        while True:
            self._waiting = [w for w in self._waiting if not w.granted.done()]
            heapq.heapify(self._waiting)
            if not self._waiting:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), 30)
                except TimeoutError:
                    return  # idle: a new waiter starts another
                continue
            now = self._clock()
            wait = self._grant_what_can_go(now)
            if wait > 0:
                self._wake.clear()
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)

    def _grant_what_can_go(self, now: float) -> float:
        """Grant, in priority order, every waiter whose chat and the bot have room now;
        returns how long until the next one might."""
        self._forget_before(now)
        soonest = float("inf")
        for waiter in sorted(self._waiting):
            if waiter.granted.done():
                continue
            bot_free = self._bot_free_at(now)
            if bot_free > now:
                return bot_free - now  # the bot's own ceiling: nobody may go yet
            chat_free = self._chat_free_at(waiter.chat_id, now)
            if chat_free > now:
                soonest = min(soonest, chat_free - now)  # this chat waits; others may go
                continue
            self._sent.append(now)
            self._by_chat[waiter.chat_id].append(now)
            waiter.granted.set_result(None)
        return 0.0 if soonest == float("inf") else soonest

    def _forget_before(self, now: float) -> None:
        while self._sent and self._sent[0] <= now - 1.0 - MARGIN:
            self._sent.popleft()
        for chat_id in list(self._by_chat):
            window = (60.0 if chat_id < 0 else self.limits.chat_window) + MARGIN
            times = self._by_chat[chat_id]
            while times and times[0] <= now - window:
                times.popleft()
            if not times:
                del self._by_chat[chat_id]  # idle chats cost no memory

    def _bot_free_at(self, now: float) -> float:
        if len(self._sent) < self.limits.per_second:
            return now
        return self._sent[0] + 1.0 + MARGIN

    def _chat_free_at(self, chat_id: int, now: float) -> float:
        times = self._by_chat.get(chat_id)
        if not times:
            return now
        if chat_id < 0:  # a group: so many a minute
            if len(times) < self.limits.group_per_minute:
                return now
            return times[0] + 60.0 + MARGIN
        if len(times) < self.limits.chat_burst:
            return now
        return times[0] + self.limits.chat_window + MARGIN

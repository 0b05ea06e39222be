"""One flood policy for both backends: Telegram's published limits, emergencies first.

Telegram answers 429 past about 30 messages a second for one bot, about one a second
in one chat (a short burst passes: one check-in outcome is up to 5 messages; a token
bucket) and 20 a minute in one group. Every message the bot
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

#: Slack on every window, for the clocks of this process and Telegram's. Small, because
#: a message counts from when its request ends (see :class:`_Sent`), not when it was let
#: go, so HTTP timing cannot bunch arrivals past a limit.
MARGIN = 0.02


class Priority(IntEnum):
    """Which waiting message goes first (lower first)."""

    emergency = 0  # an emergency or crisis reply
    answer = 1  # a reply to a patient who is waiting for it
    housekeeping = 2  # old buttons, follow-ups, share images


@dataclass(frozen=True)
class Limits:
    """Telegram's published limits (Bot API FAQ), as settings."""

    per_second: float = 30.0  # one bot, all chats
    chat_burst: int = 5  # messages one private chat may get at once ...
    chat_per_second: float = 1.0  # ... then this many a second (a token bucket)
    group_per_minute: int = 20  # one group or channel


@dataclass
class _Sent:
    """One message let go. Telegram counts it when it arrives, some time between being
    let go and the answer coming back: until then it counts as arriving now, and after,
    as having arrived when the answer came (the latest it can have)."""

    chat_id: int
    done: float | None = None

    def at(self, now: float) -> float:
        return now if self.done is None else self.done


@dataclass(order=True)
class _Waiter:
    priority: int
    seq: int
    chat_id: int = field(compare=False)
    granted: asyncio.Future[None] = field(compare=False)
    sent: _Sent | None = field(default=None, compare=False)


class FloodPolicy:
    """Grants send slots within the limits, highest priority first."""

    def __init__(self, limits: Limits | None = None, clock: Callable[[], float] = time.monotonic):
        self.limits = limits or Limits()
        self._clock = clock
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()
        self._sent: deque[_Sent] = deque()  # messages that may still count, all chats
        self._by_chat: dict[int, deque[_Sent]] = defaultdict(deque)
        self._wake = asyncio.Event()
        self._dispatcher: asyncio.Task[None] | None = None

    @asynccontextmanager
    async def slot(self, chat_id: int, priority: Priority = Priority.answer) -> AsyncIterator[None]:
        """Wait for a slot to send one message to ``chat_id``; the message counts until
        the block ends (its request answered or failed)."""
        sent = await self.acquire(chat_id, priority)
        try:
            yield
        finally:
            self.finished(sent)

    async def acquire(self, chat_id: int, priority: Priority = Priority.answer) -> _Sent:
        loop = asyncio.get_running_loop()
        waiter = _Waiter(int(priority), next(self._seq), chat_id, loop.create_future())
        heapq.heappush(self._waiting, waiter)
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.ensure_future(self._dispatch())
        self._wake.set()
        try:
            await waiter.granted
        except asyncio.CancelledError:
            if waiter.sent is not None:
                self.finished(waiter.sent)
            waiter.granted.cancel()
            raise
        assert waiter.sent is not None
        return waiter.sent

    def finished(self, sent: _Sent) -> None:
        """The request of ``sent`` is over: it arrived by now, if at all."""
        if sent.done is None:
            sent.done = self._clock()
            self._wake.set()

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
            sent = _Sent(waiter.chat_id)
            self._sent.append(sent)
            self._by_chat[waiter.chat_id].append(sent)
            waiter.sent = sent
            waiter.granted.set_result(None)
        return 0.0 if soonest == float("inf") else soonest

    def _forget_before(self, now: float) -> None:
        while self._sent and self._sent[0].at(now) <= now - 1.0 - MARGIN:
            self._sent.popleft()
        for chat_id in list(self._by_chat):
            times = self._by_chat[chat_id]
            if chat_id < 0:
                while times and times[0].at(now) <= now - 60.0 - MARGIN:
                    times.popleft()
            elif all(s.done is not None for s in times) and self._level(times, now) >= (
                self.limits.chat_burst
            ):
                times.clear()  # its bucket is full again: the past no longer counts
            if not times:
                del self._by_chat[chat_id]  # idle chats cost no memory

    def _bot_free_at(self, now: float) -> float:
        return _window_free_at(self._sent, now, 1.0, int(self.limits.per_second))

    def _level(self, times: deque[_Sent], now: float) -> float:
        """Tokens in the chat's bucket now: full at ``chat_burst``, one used by each
        message when it may have arrived, refilled at ``chat_per_second`` (a little less)."""
        rate = self.limits.chat_per_second / (1.0 + MARGIN)
        burst = float(self.limits.chat_burst)
        level, last = burst, None
        for at in sorted(s.at(now) for s in times):
            if last is not None:
                level = min(burst, level + (at - last) * rate)
            level, last = level - 1.0, at
        if last is not None:
            level = min(burst, level + (now - last) * rate)
        return level

    def _chat_free_at(self, chat_id: int, now: float) -> float:
        times = self._by_chat.get(chat_id)
        if not times:
            return now
        if chat_id < 0:  # a group: so many a minute
            return _window_free_at(times, now, 60.0, self.limits.group_per_minute)
        level = self._level(times, now)
        if level >= 1.0:
            return now
        return now + (1.0 - level) * (1.0 + MARGIN) / self.limits.chat_per_second


def _window_free_at(sent: deque[_Sent], now: float, window: float, most: int) -> float:
    """When one more may go, with at most ``most`` arriving in any ``window`` seconds."""
    if len(sent) < most:
        return now  # fewer than the limit may still count at all: no need to look
    counted = sorted(t for t in (s.at(now) for s in sent) if t > now - window - MARGIN)
    over = len(counted) - most + 1
    if over <= 0:
        return now
    if counted[over - 1] >= now:
        return now + 0.01  # still in flight: free once its answer comes (it wakes us)
    return counted[over - 1] + window + MARGIN

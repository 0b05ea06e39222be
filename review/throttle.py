"""Slowing down failed logins, per account name, per client address and per both.

The counting is the ``limits`` library's (moving windows of failures, kept in
memory: a restart clears them, acceptable for a service on a private address).
The rules, each a moving window of failed logins:

* one name from one address: 3 in 2 seconds (a short pause for fast retries) and
  5 in 15 minutes;
* one name from every address that has itself failed for it: 10 in 15 minutes;
* one address, whatever the names: 20 in 15 minutes.

A login past any rule that applies to it is refused (429) without its password
being checked. The name-wide rule applies only to an address that has a failure
for that name in the last 15 minutes (or a try for it under way): an address that
has not failed for a name is never refused because of someone else's failures, so
nobody can lock a named person out from elsewhere, and nobody waits longer than a
window (15 minutes) counted from their own failures. A success clears that name's
count from that address; the name-wide and address counts stay.

Simultaneous logins cannot slip past a rule: a try takes its place before its
password is checked (``attempt``) and counts against every rule until it settles
(``Attempt.failed`` or ``Attempt.succeeded``), so 300 guesses at once for one name
from one address get 3 password checks, not 300. See docs/review.md.
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from limits import RateLimitItem, RateLimitItemPerMinute, RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

Key = tuple[str, ...]

#: One name from one address: a short pause for fast retries, and a longer window.
PAIR = (RateLimitItemPerSecond(3, 2), RateLimitItemPerMinute(5, 15))
#: One name, from the addresses that have failed for it.
NAME = RateLimitItemPerMinute(10, 15)
#: One address, whatever the names.
ADDRESS = RateLimitItemPerMinute(20, 15)


class Attempt:
    """One login let through (``wait == 0``, holding its place until it settles) or
    refused (``wait``: seconds until it may try again)."""

    def __init__(self, throttle: LoginThrottle | None, keys: tuple[Key, Key, Key], wait: float):
        self._throttle = throttle
        self.keys = keys  # (name from address, name, address)
        self.wait = wait

    def failed(self) -> None:
        """The password (or the code) was wrong: count it against every rule."""
        self._settle(failed=True)

    def succeeded(self) -> None:
        """Logged in: the name's count from this address starts again."""
        self._settle(failed=False)

    def release(self) -> None:
        """Neither (the check could not be made): give the place back, counting nothing."""
        self._settle(failed=None)

    def _settle(self, failed: bool | None) -> None:
        throttle, self._throttle = self._throttle, None
        if throttle is not None:
            throttle._settle(self.keys, failed)


class LoginThrottle:
    """Says whether a login may be checked now, and counts the failures."""

    def __init__(
        self,
        pair: tuple[RateLimitItem, ...] = PAIR,
        name: RateLimitItem = NAME,
        address: RateLimitItem = ADDRESS,
    ) -> None:
        self.pair, self.name, self.address = pair, name, address
        #: the longest of the name-from-address windows: a failure in it makes the
        #: address one that "has failed" for the name
        self.memory = max(pair, key=lambda item: item.get_expiry())
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._pending: Counter[Key] = Counter()  # tries under way, by key
        self._lock = threading.Lock()

    @staticmethod
    def keys(name: str, address: str) -> tuple[Key, Key, Key]:
        who = name.strip().lower()
        return ("pair", who, address), ("name", who), ("address", address)

    def attempt(self, name: str, address: str) -> Attempt:
        """Take a place for one login of ``name`` from ``address``, or be told to wait."""
        keys = pair, by_name, by_address = self.keys(name, address)
        with self._lock:
            rules = [(item, pair) for item in self.pair] + [(self.address, by_address)]
            if self._has_failed(pair):
                rules.append((self.name, by_name))
            waits = [
                self._wait(item, key)
                for item, key in rules
                if not self._limiter.test(item, *key, cost=self._pending[key] + 1)
            ]
            if waits:
                return Attempt(None, keys, max(waits))
            for key in keys:
                self._pending[key] += 1
        return Attempt(self, keys, 0.0)

    def _has_failed(self, pair: Key) -> bool:
        if self._pending[pair]:
            return True
        stats = self._limiter.get_window_stats(self.memory, *pair)
        return stats.remaining < self.memory.amount

    def _wait(self, item: RateLimitItem, key: Key) -> float:
        stats = self._limiter.get_window_stats(item, *key)
        if stats.remaining > 0:
            return 1.0  # the window has room, held by tries still being checked
        return max(1.0, stats.reset_time - time.time())  # when its oldest failure leaves

    def _settle(self, keys: tuple[Key, Key, Key], failed: bool | None) -> None:
        pair, by_name, by_address = keys
        with self._lock:
            for key in keys:
                self._pending[key] -= 1
                if self._pending[key] <= 0:
                    del self._pending[key]
            if failed:
                for item in self.pair:
                    self._limiter.hit(item, *pair)
                self._limiter.hit(self.name, *by_name)
                self._limiter.hit(self.address, *by_address)
            elif failed is not None:
                for item in self.pair:
                    self._limiter.clear(item, *pair)

    def pending(self) -> int:
        """Logins let through and not settled yet (for tests: 0 when all are done)."""
        with self._lock:
            return sum(n for key, n in self._pending.items() if key[0] == "address")

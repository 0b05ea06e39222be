"""Slowing down repeated failed logins, per account name and per client address.

A few failures are free; after that each failure closes the door for a while,
twice as long each time (1 s, 2 s, 4 s, ... up to ``longest``). While the door is
closed every attempt is refused without even checking the password, so guessing
gets slower and slower. A success clears the account's count. In memory: a
restart clears it, which is acceptable for a service on a private address.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class _Record:
    failures: int = 0
    blocked_until: float = 0.0


@dataclass
class LoginThrottle:
    """Counts failures by key ("name:alice", "ip:127.0.0.1") and says how long to wait."""

    free_per_name: int = 3
    free_per_address: int = 20
    first_wait: float = 1.0
    longest: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _records: dict[str, _Record] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @staticmethod
    def keys(name: str, address: str) -> tuple[str, str]:
        return (f"name:{name.strip().lower()}", f"ip:{address}")

    def wait(self, keys: tuple[str, ...]) -> float:
        """Seconds until any of ``keys`` may try again (0 when it may now)."""
        now = self.clock()
        with self._lock:
            waits = [self._records[k].blocked_until - now for k in keys if k in self._records]
        return max([0.0, *waits])

    def failed(self, keys: tuple[str, ...]) -> None:
        now = self.clock()
        with self._lock:
            for key in keys:
                record = self._records.setdefault(key, _Record())
                record.failures += 1
                free = self.free_per_address if key.startswith("ip:") else self.free_per_name
                over = record.failures - free
                if over >= 0:
                    record.blocked_until = now + min(
                        self.longest, self.first_wait * 2 ** min(over, 16)
                    )

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._records.pop(key, None)

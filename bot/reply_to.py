"""Where a step's reply goes (a small type of its own, so that the service and the
follow-ups can both name it without importing each other)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from flows.engine import Reply


@dataclass(frozen=True)
class ReplyTo:
    """Where a step's reply goes: one chat's outbox, written by the service in the step's
    own transaction, so that a reply is queued exactly when its step is stored.

    ``payloads`` is pure (it renders and seals the reply, or gives nothing to queue);
    the service does the writing.
    """

    chat: str
    payloads: Callable[[Reply], Sequence[bytes]]
    probe_from: int | None = None

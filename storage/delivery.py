"""The durable inbox and outbox of Telegram updates and replies.

An update is written to the inbox before Telegram is told it arrived (the next
``getUpdates`` offset, or the webhook's 200). The step it causes, the inbox row
marked handled and the replies it produces are one transaction (see
:meth:`bot.service.ConversationService.handle`), so after a crash an update is
either not yet handled (handled again, once) or handled with its replies
waiting in the outbox. Payloads are sealed by the caller (:mod:`bot.sealing`)
and emptied once done: nothing identifying rests here. See docs/reliability.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import NamedTuple

from sqlite_utils import Database

from storage.clock import ago, now


class Inbox:
    """Updates received from Telegram, by update_id."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def store_new(self, updates: Iterable[tuple[int, bytes]]) -> list[int]:
        """Write updates not seen before; returns the update_ids that were new."""
        new: list[int] = []
        stamp = now()
        with self.db.atomic():
            for update_id, payload in updates:
                cursor = self.db.execute(
                    "insert or ignore into inbox (update_id, received_at, payload) "
                    "values (?, ?, ?)",
                    [update_id, stamp, payload],
                )
                if cursor.rowcount:
                    new.append(update_id)
        return new

    def is_handled(self, update_id: int) -> bool:
        row = self.db.execute(
            "select handled_at from inbox where update_id = ?", [update_id]
        ).fetchone()
        return row is not None and row[0] is not None

    def mark_handled(self, update_id: int) -> None:
        """Within the caller's transaction: the update is done and its payload forgotten."""
        self.db.execute(
            "update inbox set handled_at = ?, payload = null where update_id = ?",
            [now(), update_id],
        )

    def pending(self) -> list[tuple[int, bytes]]:
        """Updates received but not handled (after a crash), oldest first."""
        return [
            (row[0], row[1])
            for row in self.db.execute(
                "select update_id, payload from inbox where handled_at is null order by update_id"
            ).fetchall()
        ]

    def next_offset(self) -> int | None:
        row = self.db.execute("select max(update_id) from inbox").fetchone()
        return None if row[0] is None else row[0] + 1

    def forget_older_than(self, age: timedelta) -> int:
        """Drop handled rows once a re-delivery is no longer possible."""
        cutoff = ago(age)
        cursor = self.db.execute(
            "delete from inbox where handled_at is not null and handled_at < ?", [cutoff]
        )
        return cursor.rowcount


class Pending(NamedTuple):
    id: int
    chat: str
    payload: bytes
    sending_at: str | None
    probe_from: int | None
    #: The update it answers: the rows of one update are one reply.
    update_id: int | None = None


class Outbox:
    """Replies waiting to be sent, in the order they were made."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        update_id: int | None,
        chat: str,
        payloads: Iterable[bytes],
        probe_from: int | None = None,
    ) -> list[int]:
        """Within the caller's transaction: queue replies for one chat.

        ``probe_from`` is the lowest Telegram message id the replies can get (one past
        the message they answer), for the delivery probe after a crash.
        """
        stamp = now()
        ids = []
        for payload in payloads:
            cursor = self.db.execute(
                "insert into outbox (update_id, chat, created_at, payload, probe_from) "
                "values (?, ?, ?, ?, ?)",
                [update_id, chat, stamp, payload, probe_from],
            )
            ids.append(int(cursor.lastrowid or 0))
        return ids

    def pending(self, chat: str | None = None) -> list[Pending]:
        """Unsent replies (of one chat, or all), oldest first."""
        sql = (
            "select id, chat, payload, sending_at, probe_from, update_id from outbox "
            "where sent_at is null"
        )
        args: list[str] = []
        if chat is not None:
            sql += " and chat = ?"
            args.append(chat)
        return [Pending(*row) for row in self.db.execute(sql + " order by id", args)]

    def mark_sending(self, outbox_id: int, probe_from: int | None) -> None:
        """About to send: if we die before :meth:`mark_sent`, the next start probes for it."""
        self.db.execute(
            "update outbox set sending_at = ?, probe_from = ? where id = ?",
            [now(), probe_from, outbox_id],
        )

    def mark_sent(self, outbox_id: int, message_id: int | None = None) -> None:
        """Sent (as Telegram message ``message_id``, when known); the payload is forgotten."""
        self.db.execute(
            "update outbox set sent_at = ?, payload = null, message_id = ? where id = ?",
            [now(), message_id, outbox_id],
        )

    def last_message_id(self, chat: str) -> int | None:
        """The newest Telegram message id a reply to this chat is known to have got."""
        row = self.db.execute(
            "select max(message_id) from outbox where chat = ?", [chat]
        ).fetchone()
        return None if row[0] is None else int(row[0])

    def forget_older_than(self, age: timedelta) -> int:
        cutoff = ago(age)
        cursor = self.db.execute(
            "delete from outbox where sent_at is not null and sent_at < ?", [cutoff]
        )
        return cursor.rowcount

    def forget_chat(self, chat: str) -> int:
        """Drop the rows of replies already sent to this chat (for an erasure)."""
        cursor = self.db.execute(
            "delete from outbox where chat = ? and sent_at is not null", [chat]
        )
        return cursor.rowcount

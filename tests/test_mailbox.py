"""The Telegram runtime's one door to storage (bot/telegram/mailbox.py): each step is
one trip to the writer thread and one commit, however many messages its reply has."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.sealing import Sealer
from bot.service import AsyncService, open_service
from bot.telegram.bridge import render
from bot.telegram.mailbox import Mailbox
from flows.engine import Inbound, Reply
from storage import connect


class CountingWriter(AsyncService):
    """The real writer thread, counting the trips made to it."""

    trips = 0

    async def run(self, func: Any, *args: Any) -> Any:
        self.trips += 1
        return await super().run(func, *args)


@pytest.mark.asyncio
async def test_a_step_is_one_trip_and_one_commit_whatever_the_number_of_replies(
    tmp_path: Path,
) -> None:
    db = connect(tmp_path / "bot.db")
    commits: list[str] = []
    db.conn.set_trace_callback(
        lambda sql: (
            commits.append(sql) if sql.strip().upper().startswith(("COMMIT", "RELEASE")) else None
        )
    )
    writer = CountingWriter(open_service(db))
    mailbox = Mailbox(writer, Sealer("secret"))

    def messages(reply: Reply) -> list[dict[str, Any]]:
        return [m.to_json() for m in render(42, reply)]

    try:
        for n, text in enumerate(
            ["/start", "yes", "no", "i keep wetting myself and my bum is numb"]
        ):
            await mailbox.store_updates([{"update_id": n}])
            writer.trips, commits[:] = 0, []
            turn = await mailbox.step("chat", Inbound(text), messages, update_id=n)
            assert turn is not None
            assert writer.trips == 1
            assert len([c for c in commits if c.upper().startswith("COMMIT")]) == 1, commits
        assert turn.reply.level == "emergency" and len(turn.reply.messages) >= 3
        unsent, _ = await mailbox.unsent("chat")
        assert len(unsent) >= 3 + 3  # every message of every reply, queued in its step
    finally:
        writer.close()
        await asyncio.sleep(0)
        db.close()


def test_a_restart_is_one_commit_too(tmp_path: Path) -> None:
    db = connect(tmp_path / "bot.db")
    service = open_service(db)
    service.handle("p", Inbound("/start"))
    service.handle("p", Inbound("yes"))
    commits: list[str] = []
    db.conn.set_trace_callback(
        lambda sql: commits.append(sql) if sql.upper().startswith("COMMIT") else None
    )
    turn = service.handle("p", Inbound("/restart"))
    assert turn is not None and turn.reply.restarted
    assert commits == ["COMMIT"]
    statuses = db.execute("select status from sessions order by rowid").fetchall()
    assert statuses == [("restarted",), ("active",)]
    db.close()

"""Baseline (b): python-telegram-bot's ConversationHandler, state in PicklePersistence.

The same check-in written the way PTB's examples write one: one
``ConversationHandler`` state per question (consent plus every question of
:data:`flows.questions.QUESTIONS`, the same number as ours), answers read with
the project's own :func:`flows.engine.read_answer` and kept in
``context.user_data``, the next question chosen by the project's own ``ask_if``
rules and triage, and the outcome level stored at the end. It is leaner than our
engine (no free-text red-flag scan, no ``/back`` history, no follow-up on "not
sure"), which only flatters it.

State lives in :class:`telegram.ext.PicklePersistence` (one file), holding the
stored conversations (100 thousand in the full run) with their answers. To be as
durable as our SQLite commit, every update is followed by
``Application.update_persistence()`` and ``PicklePersistence.flush()``, which
writes the file (``on_flush=True``: one write per update, PTB's cheapest durable
setting). Updates are real ``telegram.Update`` objects (``Update.de_json``) fed to
``Application.process_update``; the bot's HTTP requests go to a stub
:class:`telegram.request.BaseRequest` that never touches the network (only
``getMe`` is ever called, by ``initialize``; the handlers do not reply).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from bench.core import Run
from bench.workload import Player
from flows.engine import read_answer
from flows.questions import CONSENT, QUESTIONS, Context
from flows.rules import Answers, Level, triage

TOKEN = "123456:BENCH-token-never-sent-anywhere"
BOT_USER = {"id": 123456, "is_bot": True, "first_name": "Bench", "username": "bench_bot"}
NAME = "checkin"


def _request_class() -> Any:
    from telegram.request import BaseRequest

    class NoNetwork(BaseRequest):
        """Answers every Bot API call locally: getMe with a bot user, anything else True."""

        calls: int = 0

        @property
        def read_timeout(self) -> float | None:
            return 5.0

        async def initialize(self) -> None:
            return None

        async def shutdown(self) -> None:
            return None

        async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            result: Any = BOT_USER if url.endswith("/getMe") else True
            return 200, json.dumps({"ok": True, "result": result}).encode()

    return NoNetwork


def next_state(after: int, answers: dict[str, Any]) -> str | None:
    """The next question to ask after QUESTIONS[after] (-1: consent), or None: the outcome."""
    floor = triage(answers, ()).level
    if floor is Level.emergency:
        return None
    ctx = Context(Answers(answers), floor)
    for question in QUESTIONS[after + 1 :]:
        if question.id not in answers and (question.ask_if is None or question.ask_if(ctx)):
            return question.id
    return None


def build_conversation(where: dict[int, str | None]) -> Any:
    """The ConversationHandler; ``where[user]`` is the question the user now stands at."""
    from telegram.ext import CommandHandler, ConversationHandler, MessageHandler, filters

    end = ConversationHandler.END

    async def start(update: Any, context: Any) -> str:
        context.user_data.clear()
        context.user_data["answers"] = {}
        where[update.effective_user.id] = "consent"
        return "consent"

    def answer_handler(index: int) -> Any:
        question = CONSENT if index < 0 else QUESTIONS[index]
        fact = question.fact

        async def answer(update: Any, context: Any) -> Any:
            value = read_answer(fact, update.message.text)
            user = update.effective_user.id
            answers = context.user_data.setdefault("answers", {})
            if value is None:
                return None  # asked again
            if index < 0:
                if value is not True:
                    where[user] = None
                    return end
            else:
                answers[fact.id] = value
            following = next_state(index, answers)
            where[user] = following
            if following is None:
                context.user_data["level"] = triage(answers, ()).level.name
                return end
            return following

        return answer

    text = filters.TEXT & ~filters.COMMAND
    states = {"consent": [MessageHandler(text, answer_handler(-1))]}
    for i, question in enumerate(QUESTIONS):
        states[question.id] = [MessageHandler(text, answer_handler(i))]
    return ConversationHandler(
        entry_points=[CommandHandler("start", start)],
        states=states,  # type: ignore[arg-type]
        fallbacks=[CommandHandler("start", start)],
        name=NAME,
        persistent=True,
    )


def _application(path: Path) -> Any:
    from telegram.ext import Application, PicklePersistence

    request = _request_class()
    persistence = PicklePersistence(filepath=path, on_flush=True)
    return (
        Application.builder()
        .token(TOKEN)
        .request(request())
        .get_updates_request(request())
        .persistence(persistence)
        .updater(None)
        .build()
    )


async def seed(path: Path, stored: int, answers: list[tuple[dict[str, Any], str]]) -> None:
    """Write a pickle file with ``stored`` finished conversations (answers and level each)."""
    app = _application(path)
    persistence = app.persistence
    users = [10_000_000 + i for i in range(stored)]
    persistence.user_data = {
        user: {"answers": dict(answers[i % len(answers)][0]), "level": answers[i % len(answers)][1]}
        for i, user in enumerate(users)
    }
    # PTB keeps a finished conversation's key, with no state.
    persistence.conversations = {NAME: {(user, user): None for user in users}}
    persistence.chat_data = {}
    persistence.bot_data = {}
    persistence.callback_data = None
    await persistence.flush()


def _update(update_id: int, user: int, text: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": user, "type": "private", "first_name": "Pat"},
        "from": {"id": user, "is_bot": False, "first_name": "Pat", "language_code": "en"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


async def measure(path: Path, players: list[Player], budget_s: float, label: str) -> Run:
    """Round-robin check-ins through PTB until done or ``budget_s`` of updates have run."""
    from telegram import Update

    from bot.simulate import answer_for

    where: dict[int, str | None] = {}
    app = _application(path)
    app.add_handler(build_conversation(where))
    await app.initialize()
    try:
        run = Run(label, patients=len(players))
        run.stored_before = len(app.persistence.conversations.get(NAME, {}))
        users = {id(p): 1 + i for i, p in enumerate(players)}
        turns: dict[int, int] = {}
        said: dict[int, list[str]] = {}
        update_id = 1
        active = list(players)
        clock = time.perf_counter_ns
        start = time.perf_counter()
        while active and time.perf_counter() - start < budget_s:
            still = []
            for player in active:
                user = users[id(player)]
                if user not in where:
                    text = "/start"
                    said[user] = [str(m) for m in player.case.get("say_first") or []]
                elif said.get(user) and where[user] != "consent":
                    text = said[user].pop(0)
                else:
                    state = where[user]
                    text = "yes" if state == "consent" else answer_for(player.case, state)
                began = clock()
                update = Update.de_json(_update(update_id, user, text), app.bot)
                await app.process_update(update)
                await app.update_persistence()
                await app.persistence.flush()
                run.latencies_ns.append(clock() - began)
                update_id += 1
                turns[user] = turns.get(user, 0) + 1
                if where.get(user, "consent") is None:
                    run.finished += 1
                elif turns[user] < 60:
                    still.append(player)
                if time.perf_counter() - start >= budget_s:
                    still.extend(active[active.index(player) + 1 :])
                    break
            active = still
        run.seconds = time.perf_counter() - start
        run.updates = len(run.latencies_ns)
        return run
    finally:
        await app.shutdown()

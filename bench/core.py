"""Section 1 and baseline (a): the conversation service on a real SQLite file, one core.

Every update goes through :meth:`bot.service.ConversationService.handle`: load the
patient's session, step the engine, and write the session and its event in one
committed transaction before the reply is returned (WAL, ``synchronous=NORMAL``,
as :func:`storage.connect` opens it for the bot: automatic checkpoints off, a
:class:`storage.Checkpointer` thread beside it, on the same pinned core).
Patients advance round-robin, one message each per round, so consecutive
updates always belong to different patients.

Baseline (a) is the same run with a ``transitions.Machine`` built for each
update over the project's own states, transitions and callbacks
(:data:`flows.machine.STATES`, :data:`flows.machine.TRANSITIONS`), bound to the
loaded session as its model, the pattern most tutorials show; everything else
(engine, storage, database, patients) is the same code.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transitions import Machine

import flows.engine
from bench.workload import Player
from bot.service import ConversationService
from flows.engine import Engine, Inbound, Session
from flows.machine import (
    LEVELS,
    QUESTION_STATES,
    STATES,
    TRANSITIONS,
    begin_question,
    record_outcome,
)
from storage import Checkpointer, SessionStore, connect
from storage.sessions import StoredSession


@dataclass
class Run:
    """What one measured run gave: per-update latencies (ns) and the wall time."""

    label: str
    updates: int = 0
    seconds: float = 0.0
    latencies_ns: list[int] = field(default_factory=list)
    stored_before: int = 0
    unsaved: int = 0
    finished: int = 0
    patients: int = 0

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def percentile_ms(self, q: float) -> float:
        return percentile(self.latencies_ns, q) / 1e6

    @property
    def mean_ms(self) -> float:
        return sum(self.latencies_ns) / len(self.latencies_ns) / 1e6 if self.latencies_ns else 0.0


def merge(runs: list[Run]) -> Run:
    """Batches of one measure as one run: latencies together, times added."""
    first = runs[0]
    merged = Run(first.label, stored_before=first.stored_before)
    for run in runs:
        merged.updates += run.updates
        merged.seconds += run.seconds
        merged.latencies_ns.extend(run.latencies_ns)
        merged.unsaved += run.unsaved
        merged.finished += run.finished
        merged.patients += run.patients
    return merged


def percentile(values: list[int] | list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return float(ordered[rank - 1])


@contextlib.contextmanager
def opened(path: Path) -> Iterator[Any]:
    """The database as the running bot opens it: its writer connection and checkpointer."""
    db = connect(path, autocheckpoint=False)
    try:
        with Checkpointer(path):
            yield db
    finally:
        db.close()


@contextlib.contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU (the last one it may use) while measuring."""
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    before = os.sched_getaffinity(0)
    cpu = max(before)
    os.sched_setaffinity(0, {cpu})
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, before)


def play(
    service: ConversationService, players: list[Player], label: str, profiler: Any = None
) -> Run:
    """Whole check-ins, round-robin; each update timed around ``service.handle``."""
    run = Run(label, patients=len(players))
    latencies = run.latencies_ns
    clock = time.perf_counter_ns
    active = list(players)
    gc.collect()
    if profiler is not None:
        profiler.start()
    start = time.perf_counter()
    while active:
        still = []
        for player in active:
            inbound = Inbound(player.next_text())
            began = clock()
            turn = service.handle(player.key, inbound)
            latencies.append(clock() - began)
            assert turn is not None
            if not turn.saved:
                run.unsaved += 1
            player.heard(turn.reply)
            if not player.done:
                still.append(player)
            elif turn.reply.finished:
                run.finished += 1
        active = still
    run.seconds = time.perf_counter() - start
    if profiler is not None:
        profiler.stop()
    run.updates = len(latencies)
    return run


def ours(path: Path, players: list[Player], label: str, profiler: Any = None) -> Run:
    """Section 1: the project's service, engine and storage, as they are."""
    with opened(path) as db:
        stored = db.execute("select count(*) from sessions").fetchone()[0]
        service = ConversationService(SessionStore(db), Engine())
        run = play(service, players, label, profiler)
        run.stored_before = stored
        return run


# Baseline (a): a transitions.Machine built for every update.

STATE_SPECS: list[dict[str, Any]] = [
    *({"name": name, "on_enter": [begin_question]} for name in QUESTION_STATES),
    *({"name": name, "on_enter": [record_outcome]} for name in LEVELS),
]
assert [spec["name"] for spec in STATE_SPECS] == list(STATES)


def build_machine(session: Session) -> Machine:
    """The tutorial pattern: a Machine per loaded object, the object as its model."""
    return Machine(
        model=session,
        states=STATE_SPECS,
        transitions=TRANSITIONS,
        initial=session.state,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=True,
    )


class MachinePerUpdateStore(SessionStore):
    """Loads (or creates) a session and builds its own Machine, on every update."""

    def load(self, patient: str) -> StoredSession | None:
        stored = super().load(patient)
        if stored is not None:
            build_machine(stored.session)
        return stored

    def create(self, patient: str, **options: Any) -> StoredSession:
        stored = super().create(patient, **options)
        build_machine(stored.session)
        return stored


def _fire_on_model(event: str, session: Session, *args: Any) -> bool:
    """The engine's ``fire``, through the trigger the per-update Machine bound to the model."""
    if not hasattr(session, "trigger"):  # a session made in this update (/restart)
        build_machine(session)
    return bool(session.trigger(event, *args))  # type: ignore[attr-defined]


@contextlib.contextmanager
def machine_per_update() -> Iterator[None]:
    """Route the engine's transitions through per-update machines, for this block only."""
    shared = flows.engine.fire
    flows.engine.fire = _fire_on_model
    try:
        yield
    finally:
        flows.engine.fire = shared


def machine_baseline(path: Path, players: list[Player], label: str) -> Run:
    """Baseline (a): section 1's run with a Machine built per update."""
    with opened(path) as db:
        stored = db.execute("select count(*) from sessions").fetchone()[0]
        service = ConversationService(MachinePerUpdateStore(db), Engine())
        with machine_per_update():
            run = play(service, players, label)
        run.stored_before = stored
        return run


# Where an update's time goes: the same run with a clock around each part.


class _TimedEngine(Engine):
    def __init__(self, spent: dict[str, int]) -> None:
        super().__init__()
        self.spent = spent

    def handle(self, session: Session, inbound: Inbound) -> Any:
        began = time.perf_counter_ns()
        try:
            return super().handle(session, inbound)
        finally:
            self.spent["engine"] += time.perf_counter_ns() - began


class _TimedStore(SessionStore):
    def __init__(self, db: Any, spent: dict[str, int]) -> None:
        super().__init__(db)
        self.spent = spent

    def load(self, patient: str) -> StoredSession | None:
        began = time.perf_counter_ns()
        try:
            return super().load(patient)
        finally:
            self.spent["load"] += time.perf_counter_ns() - began

    def create(self, patient: str, **options: Any) -> StoredSession:
        began = time.perf_counter_ns()
        try:
            return super().create(patient, **options)
        finally:
            self.spent["create"] += time.perf_counter_ns() - began

    def save(self, stored: StoredSession, event: Any, also: Any = None) -> None:
        began = time.perf_counter_ns()
        try:
            super().save(stored, event, also)
        finally:
            self.spent["save"] += time.perf_counter_ns() - began


def breakdown(path: Path, players: list[Player]) -> tuple[Run, dict[str, float]]:
    """Mean microseconds per update in the engine, load, create and save (commit included)."""
    spent = dict.fromkeys(("engine", "load", "create", "save"), 0)
    with opened(path) as db:
        service = ConversationService(_TimedStore(db, spent), _TimedEngine(spent))
        run = play(service, players, "breakdown")
    total = sum(run.latencies_ns)
    parts = {name: ns / run.updates / 1000 for name, ns in spent.items()}
    parts["service (the rest)"] = (total - sum(spent.values())) / run.updates / 1000
    parts["total"] = total / run.updates / 1000
    return run, parts

"""Sections 3, 4 and 5: the real bot process against the fake Bot API on 127.0.0.1.

The bot is a subprocess (``sciatica-bot run``, or :mod:`bench.botproc` which is
the same command without the 30-messages-a-second send limit), pointed at
``tests/fakebotapi.FakeBotAPI`` through ``TELEGRAM_API_SERVER``; the fake and the
simulated patients run in this process. Patients only see Telegram: each pushes
a message (a real update, delivered to the bot's long poll) and waits for the
number of messages the real service renders for that step (known from
:func:`bench.workload.scripts`). Latency runs from the push to the arrival, at
the fake, of the reply's last message (the fake's ``Call.at`` clock).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.core import percentile
from bench.workload import ROOT, Script, Templates

SECRET = "bench-pseudonym-secret"
#: Every CPU this process may use, before any pinning.
ALL_CPUS = set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set()
#: Shaped like a real token: `sciatica-bot run` refuses a malformed one.
FAKE_TOKEN = "123456:AAHbench-token-for-the-fake-bot-api"


def say(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}]   {message}", file=sys.stderr, flush=True)


def load_fake() -> Any:
    """The fake Bot API of the end-to-end tests, as a module: ``python -m bench`` runs
    from the repository's root, so its own ``tests`` package comes first on the path."""
    from tests import fakebotapi

    return fakebotapi


class Watch:
    """Counts the bot's sendMessage calls per chat and wakes the patient waiting on them."""

    def __init__(self, fake: Any) -> None:
        self.fake = fake
        self.counts: dict[int, int] = defaultdict(int)
        self.waiting: dict[int, tuple[int, asyncio.Future[float]]] = {}
        self.sent = 0
        original = fake._handlers["sendmessage"][1]

        def send_message(params: dict[str, Any]) -> Any:
            result = original(params)
            at = fake.requests[-1].at  # this call's arrival time (Call.at)
            chat = int(params["chat_id"])
            self.counts[chat] += 1
            self.sent += 1
            waiter = self.waiting.get(chat)
            if waiter is not None and self.counts[chat] >= waiter[0] and not waiter[1].done():
                waiter[1].set_result(at)
            return result

        fake.register("sendMessage", send_message)

    async def say(self, chat: int, text: str, replies: int, timeout: float = 60.0) -> float:
        """Push a message from ``chat``; wait for ``replies`` messages back; return latency (s)."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.waiting[chat] = (self.counts[chat] + replies, future)
        pushed = time.monotonic()
        self.fake.push_text(chat, text)
        try:
            arrived = await asyncio.wait_for(future, timeout)
        finally:
            self.waiting.pop(chat, None)
        return arrived - pushed


@dataclass
class Load:
    """One load run: latencies (s) and the span from first push to last reply."""

    label: str
    patients: int
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    errors: int = 0

    @property
    def updates(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def p_ms(self, q: float) -> float:
        return percentile(self.latencies, q) * 1000


async def drive(
    watch: Watch,
    chats_and_scripts: list[tuple[int, Script]],
    label: str,
    *,
    deadline: float | None = None,
) -> Load:
    """Every patient plays its script at once, each answer as soon as the reply is in."""
    load = Load(label, len(chats_and_scripts))
    start = time.monotonic()

    async def patient(chat: int, script: Script) -> None:
        for text, replies in zip(script.texts, script.replies, strict=True):
            if deadline is not None and time.monotonic() > deadline:
                return
            try:
                load.latencies.append(await watch.say(chat, text, replies))
            except TimeoutError:
                load.errors += 1
                return

    await asyncio.gather(*(patient(chat, script) for chat, script in chats_and_scripts))
    load.seconds = time.monotonic() - start
    return load


async def paced(
    watch: Watch, scripts: list[Script], rate: float, count: int, chat: int, label: str
) -> Load:
    """``count`` messages at ``rate`` a second (Poisson arrivals), each from an idle patient.

    A patient whose reply has arrived waits in line to send their next answer; when none
    is waiting, a new patient starts a check-in. So the offered load stays at ``rate``
    whatever the latency, and every patient still plays a whole check-in in order.
    """
    rng = random.Random(17)
    load = Load(label, 0)
    idle: deque[list[Any]] = deque()
    running: set[asyncio.Future[None]] = set()
    plays = iter(scripts * (count // max(1, len(scripts)) + 1))

    async def step(patient: list[Any]) -> None:
        chat_id, script, i = patient
        try:
            load.latencies.append(await watch.say(chat_id, script.texts[i], script.replies[i]))
        except TimeoutError:
            load.errors += 1
            return
        patient[2] += 1
        if patient[2] < len(script.texts):
            idle.append(patient)

    start = due = time.monotonic()
    for _ in range(count):
        due += rng.expovariate(rate)
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if idle:
            patient = idle.popleft()
        else:
            patient = [chat, next(plays), 0]
            chat += 1
            load.patients += 1
        task = asyncio.ensure_future(step(patient))
        running.add(task)
        task.add_done_callback(running.discard)
    await asyncio.gather(*running)
    load.seconds = time.monotonic() - start
    return load


async def waves(watch: Watch, messages: list[tuple[int, str, int]], width: int, label: str) -> Load:
    """Each patient sends one message, ``width`` patients at a time; wait for every reply."""
    load = Load(label, len(messages))
    gate = asyncio.Semaphore(width)
    start = time.monotonic()

    async def one(chat: int, text: str, replies: int) -> None:
        async with gate:
            try:
                load.latencies.append(await watch.say(chat, text, replies))
            except TimeoutError:
                load.errors += 1

    await asyncio.gather(*(one(chat, text, replies) for chat, text, replies in messages))
    load.seconds = time.monotonic() - start
    return load


# The bot process.


@dataclass
class BotProcess:
    """One bot subprocess and where it writes."""

    proc: subprocess.Popen[bytes]
    started: float
    folder: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def cpu_seconds(self) -> float:
        import psutil

        times = psutil.Process(self.pid).cpu_times()
        return float(times.user + times.system)

    def memory(self) -> tuple[float, float]:
        """(VmRSS, VmHWM) in MB, from /proc."""
        values = {}
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
        return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)

    async def stop(self, timeout: float = 20.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        waited = 0.0
        while self.proc.poll() is None and waited < timeout:
            await asyncio.sleep(0.05)
            waited += 0.05
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        return int(self.proc.returncode)

    def log(self) -> str:
        path = self.folder / "bot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def bot_environment(fake: Any, backend: str, database: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TELEGRAM_", "WEBHOOK_", "BENCH_"))
        and k not in ("DATABASE_PATH", "PSEUDONYM_SECRET", "LOG_LEVEL")
    }
    env.update(
        TELEGRAM_BOT_TOKEN=fake.token,
        TELEGRAM_API_SERVER=fake.url,
        TELEGRAM_BACKEND=backend,
        PSEUDONYM_SECRET=SECRET,
        DATABASE_PATH=str(database),
        PTB_TIMEDELTA="true",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


def sciatica_bot_command() -> list[str]:
    """The installed ``sciatica-bot`` next to this Python, else ``python -m bot``."""
    script = Path(sys.executable).parent / "sciatica-bot"
    return [str(script), "run"] if script.exists() else [sys.executable, "-m", "bot", "run"]


async def start_bot(
    fake: Any,
    folder: Path,
    command: list[str],
    env: dict[str, str],
    timeout: float = 30.0,
    *,
    cpus: set[int] | None = None,
) -> tuple[BotProcess, float]:
    """Start the bot; returns it and the seconds from spawn to its first getUpdates call.

    ``cpus``: the CPUs the bot may use (set at spawn, before it starts a thread); by
    default any (or ``BENCH_CPU``'s, which :mod:`bench.botproc` applies itself)."""
    folder.mkdir(parents=True, exist_ok=True)
    polls_before = len(fake.calls("getUpdates"))
    log = (folder / "bot.log").open("wb")
    started = time.monotonic()
    proc = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    if cpus and hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(proc.pid, cpus)
    elif ALL_CPUS and "BENCH_CPU" not in env:
        # Not the CPU this process is pinned to: anywhere, as a real start would be.
        with contextlib.suppress(OSError):
            os.sched_setaffinity(proc.pid, ALL_CPUS)
    bot = BotProcess(proc, started, folder)

    def polled(f: Any) -> bool:
        return len(f.calls("getUpdates")) > polls_before or proc.poll() is not None

    try:
        await fake.wait_for(polled, timeout)
    except TimeoutError:
        await bot.stop()
        raise RuntimeError(f"the bot did not poll within {timeout} s:\n{bot.log()}") from None
    if proc.poll() is not None:
        raise RuntimeError(f"the bot exited with {proc.returncode}:\n{bot.log()}")
    first = fake.calls("getUpdates")[polls_before]
    return bot, first.at - started


async def startup_times(fake: Any, folder: Path, backend: str, runs: int) -> list[float]:
    """``sciatica-bot run`` from spawn to its first getUpdates, on a new database each time."""
    times = []
    for i in range(runs):
        where = folder / f"startup-{backend}-{i}"
        env = bot_environment(fake, backend, where / "bot.db")
        bot, seconds = await start_bot(fake, where, sciatica_bot_command(), env)
        times.append(seconds)
        await bot.stop()
    return times


@dataclass
class Backend:
    """Everything measured for one backend."""

    name: str
    throughput: Load | None = None
    paced: Load | None = None
    shipped: Load | None = None
    memory: Load | None = None
    rss_idle_mb: float = 0.0
    rss_mb: float = 0.0
    hwm_mb: float = 0.0
    bot_cpu_per_update_ms: float = 0.0
    fake_cpu_per_update_ms: float = 0.0
    startup: list[float] = field(default_factory=list)
    #: Bot API calls per update in the closed-loop run, by method.
    calls_per_update: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def startup_median(self) -> float:
        ordered = sorted(self.startup)
        return ordered[len(ordered) // 2] if ordered else 0.0


@dataclass(frozen=True)
class Sizes:
    patients: int  # closed-loop throughput run
    paced_updates: int  # messages in the latency run
    paced_rate: float  # offered updates per second in the latency run
    active: int  # patients mid-conversation for the memory figure
    wave: int  # of those, how many answer at the same time
    shipped_seconds: float
    startup_runs: int


async def measure_backend(
    name: str,
    scripts: list[Script],
    templates: Templates,
    folder: Path,
    sizes: Sizes,
    cpu: int | None,
) -> Backend:
    """Start the bot (no flood limit) and run throughput, paced latency and memory; then stop."""
    import psutil

    from bench import synth
    from bot.pseudonym import patient_key

    fakebotapi = load_fake()
    fake = fakebotapi.FakeBotAPI(token=FAKE_TOKEN)
    await fake.start()
    watch = Watch(fake)
    result = Backend(name)
    me = psutil.Process()
    try:
        where = folder / f"e2e-{name}"
        database = where / "bot.db"
        where.mkdir(parents=True, exist_ok=True)
        synth.create(database)
        # Patients 1..active are half way through a check-in, stored before the bot starts.
        midway = templates.midway
        active = [(chat, midway[chat % len(midway)]) for chat in range(1, sizes.active + 1)]
        synth.add_active(
            database, [(patient_key(SECRET, "telegram", chat), m.row) for chat, m in active]
        )
        extra = {"BENCH_FLOOD_LIMIT": "off"}
        if cpu is not None:
            extra["BENCH_CPU"] = str(cpu)
        env = bot_environment(fake, name, database, **extra)
        command = [sys.executable, "-m", "bench.botproc", "run"]
        bot, _ = await start_bot(fake, where, command, env)
        try:
            result.rss_idle_mb = bot.memory()[0]
            chat = 1_000_000
            # Warm up: connections, caches.
            warm = [(chat + i, scripts[i % len(scripts)]) for i in range(10)]
            chat += len(warm)
            await drive(watch, warm, "warm-up")
            # Throughput: every patient answers as soon as the reply arrives.
            group = [(chat + i, scripts[i % len(scripts)]) for i in range(sizes.patients)]
            chat += len(group)
            bot_cpu, own_cpu, seen = bot.cpu_seconds(), _cpu(me), len(fake.requests)
            result.throughput = await drive(watch, group, f"{name} closed loop")
            say(f"{name}: {result.throughput.rate:,.0f} updates/s with {sizes.patients} at once")
            updates = max(1, result.throughput.updates)
            result.bot_cpu_per_update_ms = (bot.cpu_seconds() - bot_cpu) / updates * 1000
            result.fake_cpu_per_update_ms = (_cpu(me) - own_cpu) / updates * 1000
            methods: dict[str, int] = defaultdict(int)
            for call in fake.requests[seen:]:
                methods[call.method] += 1
            result.calls_per_update = {m: n / updates for m, n in sorted(methods.items())}
            # Latency at a steady offered load.
            result.paced = await paced(
                watch, scripts, sizes.paced_rate, sizes.paced_updates, chat, f"{name} paced"
            )
            chat += result.paced.patients
            say(f"{name}: p99 {result.paced.p_ms(99):.1f} ms at {sizes.paced_rate:g} updates/s")
            # Memory: every patient half way through a check-in answers their next question.
            result.memory = await waves(
                watch,
                [(c, m.text, m.replies) for c, m in active],
                sizes.wave,
                f"{name} {sizes.active} active",
            )
            result.rss_mb, result.hwm_mb = bot.memory()
            say(f"{name}: {result.rss_mb:.0f} MB after {sizes.active:,} patients mid-check-in")
        finally:
            code = await bot.stop()
            if code not in (0, -signal.SIGTERM):
                result.notes.append(f"bot exited with {code}: {bot.log()[-2000:]}")
        # As shipped (30 messages a second), and start-up of the real command.
        result.startup = await startup_times(fake, folder, name, sizes.startup_runs)
        say(f"{name}: start-up {', '.join(f'{t:.2f}' for t in result.startup)} s")
        result.shipped = await shipped(fake, watch, folder, name, scripts, sizes)
    finally:
        await fake.stop()
    return result


async def shipped(
    fake: Any, watch: Watch, folder: Path, name: str, scripts: list[Script], sizes: Sizes
) -> Load:
    """``sciatica-bot run`` as shipped: Telegram's 30 messages a second cap the bot."""
    where = folder / f"shipped-{name}"
    env = bot_environment(fake, name, where / "bot.db")
    bot, _ = await start_bot(fake, where, sciatica_bot_command(), env)
    try:
        group = [(3_000_000 + i, scripts[i % len(scripts)]) for i in range(50)]
        deadline = time.monotonic() + sizes.shipped_seconds
        return await drive(watch, group, f"{name} as shipped", deadline=deadline)
    finally:
        await bot.stop()


def _cpu(process: Any) -> float:
    times = process.cpu_times()
    return float(times.user + times.system)


def run(
    scripts: list[Script], templates: Templates, folder: Path, sizes: Sizes, backends: list[str]
) -> list[Backend]:
    """Both backends, one after the other; the bot on one CPU, the fake on the other."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    bot_cpu = cpus[-1] if len(cpus) > 1 else None
    results = []
    with _pinned({cpus[0]} if bot_cpu is not None else None):
        for name in backends:
            results.append(
                asyncio.run(measure_backend(name, scripts, templates, folder, sizes, bot_cpu))
            )
    return results


@contextlib.contextmanager
def _pinned(cpus: set[int] | None) -> Any:
    if not cpus or not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)

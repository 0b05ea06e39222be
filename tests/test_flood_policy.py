"""The one flood policy (bot/telegram/flood.py), decided on a virtual clock: nothing
sleeps. Telegram's limits hold, and an emergency goes before everyone waiting."""

from __future__ import annotations

import asyncio
import heapq
import itertools

from bot.telegram.flood import FloodPolicy, Limits, Priority, _Waiter

LOOP = asyncio.new_event_loop()  # only makes futures: the decisions run on a virtual clock


def teardown_module() -> None:
    LOOP.close()


def _policy() -> FloodPolicy:
    return FloodPolicy(
        Limits(per_second=30, chat_burst=3, chat_per_second=1.0, group_per_minute=20)
    )


def _wait(policy: FloodPolicy, chat_id: int, priority: Priority = Priority.answer) -> _Waiter:
    waiter = _Waiter(int(priority), next(policy._seq), chat_id, LOOP.create_future())
    heapq.heappush(policy._waiting, waiter)
    return waiter


def _run(
    policy: FloodPolicy, until: float, step: float = 0.01, answered_after: float | None = 0.0
) -> list[tuple[float, int]]:
    """Step the decision from 0 to ``until``; returns (time, chat) of each grant. Each
    request is answered ``answered_after`` seconds after it was let go (None: never)."""
    granted: list[tuple[float, int]] = []
    in_flight: list[tuple[float, _Waiter]] = []
    for tick in itertools.count():
        now = tick * step
        if now > until:
            return granted
        for due, waiter in [f for f in in_flight if f[0] <= now]:
            assert waiter.sent is not None
            waiter.sent.done = due
            in_flight.remove((due, waiter))
        before = {id(w) for w in policy._waiting if w.granted.done()}
        policy._grant_what_can_go(now)
        for w in sorted(policy._waiting):
            if w.granted.done() and id(w) not in before:
                granted.append((now, w.chat_id))
                if answered_after == 0.0:
                    assert w.sent is not None
                    w.sent.done = now
                elif answered_after is not None:
                    in_flight.append((now + answered_after, w))
    raise AssertionError("unreachable")


def test_the_bot_never_sends_more_than_its_ceiling_in_any_second() -> None:
    policy = _policy()
    for chat in range(100):
        _wait(policy, chat)
    granted = _run(policy, 4.0)
    assert len(granted) == 100
    times = [t for t, _ in granted]
    for start in times:
        assert sum(1 for t in times if start <= t < start + 1.0) <= 30


def test_the_bot_uses_at_least_95_percent_of_its_ceiling_while_there_is_work() -> None:
    policy = _policy()
    for chat in range(200):
        _wait(policy, chat)
    granted = _run(policy, 3.0)
    assert len(granted) >= 0.95 * 30 * 3


def test_one_chat_gets_a_short_burst_then_one_a_second() -> None:
    policy = _policy()
    for _ in range(8):
        _wait(policy, 7)
    times = [t for t, _ in _run(policy, 8.0)]
    assert len(times) == 8
    assert len([t for t in times if t < 1.0]) == 3  # the burst
    gaps = [b - a for a, b in itertools.pairwise(times[3:])]
    assert all(gap >= 1.0 for gap in gaps)  # then one a second, as Telegram's bucket refills
    assert all(gap < 1.1 for gap in gaps)  # and no slower


def test_a_message_counts_until_its_request_is_answered() -> None:
    # a reply still in flight may reach Telegram any time before its answer comes back:
    # until then it counts as arriving now, so slow HTTP cannot bunch arrivals past a limit
    policy = _policy()
    for chat in range(40):
        _wait(policy, chat)
    granted = _run(policy, 1.5, answered_after=None)
    assert len(granted) == 30


def test_a_group_gets_at_most_twenty_a_minute() -> None:
    policy = _policy()
    for _ in range(25):
        _wait(policy, -100123)
    granted = _run(policy, 59.0, step=0.5)
    assert len(granted) == 20


def test_an_emergency_goes_before_everyone_waiting() -> None:
    policy = _policy()
    for chat in range(60):
        _wait(policy, chat)
    _run(policy, 0.0)  # 30 go at once, 30 wait for the next second
    emergency = _wait(policy, 999, Priority.emergency)
    housekeeping = _wait(policy, 1000, Priority.housekeeping)
    later = _run(policy, 2.5)
    assert later[0][1] == 999 and later[0][0] <= 1.2  # the first slot after the ceiling
    assert later[-1][1] == 1000  # housekeeping after every waiting answer
    assert emergency.granted.done() and housekeeping.granted.done()


def test_a_chat_at_its_limit_does_not_hold_up_other_chats() -> None:
    policy = _policy()
    for _ in range(6):
        _wait(policy, 1)
    _wait(policy, 2)
    granted = _run(policy, 0.0)
    assert sorted(chat for _, chat in granted) == [1, 1, 1, 2]


async def _slots(policy: FloodPolicy) -> None:
    async with policy.slot(5):
        pass


def test_slots_are_granted_on_a_real_loop_too() -> None:
    asyncio.run(asyncio.wait_for(_slots(_policy()), 2))

"""Shared fixtures: ``running`` is the bot on each Telegram backend against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.harness import Running, bot_running


def daytime_zone() -> str:
    """A time zone where it is about noon now: follow-ups are sent only by day (SPEC 7)."""
    from datetime import UTC, datetime

    offset = max(-12, min(14, 12 - datetime.now(UTC).hour))
    return f"Etc/GMT{-offset:+d}"


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def running(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Running]:
    # the per-chat pacing is tested on its own (test_flood_policy.py, test_limits.py):
    # here it would only make every multi-message reply wait a second
    async with bot_running(
        request.param, tmp_path, followup_timezone=daytime_zone(), flood_chat_burst=100
    ) as bot:
        yield bot


#: Test files that start real processes, HTTP servers, browsers or fault loops, or that
#: play every case file end to end: `make test-fast` (the inner loop) skips them; `make
#: test` runs everything.
SLOW_FILES = frozenset(
    {
        "test_bench.py",
        "test_cli.py",
        "test_conversation_doc.py",
        "test_crash.py",
        "test_fakebotapi.py",
        "test_faults.py",
        "test_flood.py",
        "test_followups_telegram.py",
        "test_limits.py",
        "test_odd_inputs.py",
        "test_recovery.py",
        "test_review.py",
        "test_review_audit.py",
        "test_review_roles.py",
        "test_review_security.py",
        "test_review_totp.py",
        "test_review_ui.py",
        "test_sending.py",
        "test_telegram.py",
        "test_webhook_and_process.py",
    }
)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Under ``-m "not slow"`` a slow file is not even imported (aiogram alone takes 4 s)."""
    if config.getoption("markexpr") == "not slow" and collection_path.name in SLOW_FILES:
        return True
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SLOW_FILES:
            item.add_marker(pytest.mark.slow)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the corpus figures (per fact and per style) and the check-in lengths."""
    passed = [str(r.nodeid) for r in terminalreporter.stats.get("passed", [])]
    if any("test_redaction_corpus" in nodeid for nodeid in passed):
        from tests.test_redaction_corpus import redaction_report

        terminalreporter.write_sep("=", "redaction (tests/privacy/identifiers.jsonl)")
        terminalreporter.write_line(redaction_report())
    if any("few_answers" in nodeid for nodeid in passed):
        from tests.test_vignettes import length_report

        terminalreporter.write_sep("=", "answers sent per check-in (tests/cases)")
        terminalreporter.write_line(length_report())
    if not any("test_corpus" in str(r.nodeid) for r in terminalreporter.stats.get("passed", [])):
        return
    from tests.test_corpus import pytest_report

    terminalreporter.write_sep("=", "reading corpus (tests/corpus)")
    terminalreporter.write_line(pytest_report())

"""Shared fixtures: ``running`` is the bot on each Telegram backend against the fake Bot API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.settings import Settings
from tests.fakebotapi import FakeBotAPI
from tests.harness import SECRET, Running


@pytest_asyncio.fixture(params=["ptb", "aiogram"])
async def running(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Running]:
    fake = FakeBotAPI()
    url = await fake.start()
    settings = Settings(
        _env_file=None,
        telegram_bot_token=fake.token,
        telegram_api_server=url,
        telegram_backend=request.param,
        database_path=tmp_path / "bot.db",
        pseudonym_secret=SECRET,
    )
    bot = Running(fake, settings)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.close()
        await fake.stop()


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

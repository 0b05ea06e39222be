"""The ``sciatica-bot`` command. Every command has help text and a section in docs/cli.md."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from bot.settings import Settings


def _settings() -> Settings:
    return Settings()


def _service(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.service import ConversationService
    from flows.engine import Engine
    from storage import SessionStore, connect

    return ConversationService(
        SessionStore(connect(settings.database_path)), Engine(settings.contacts)
    )


@click.group()
@click.version_option(package_name="sciatica-bot")
def cli() -> None:
    """sciatica-bot: a patient check-in for sciatica, on Telegram or in a terminal."""


@cli.command()
def run() -> None:
    """Start the bot: on Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat."""
    settings = _settings()
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(message)s")
    if settings.telegram_bot_token is None:
        _chat(settings)
        return
    problem = settings.token_problem()
    if problem:
        raise click.ClickException(problem)
    from bot.telegram import run_telegram

    run_telegram(settings)


@cli.command()
def chat() -> None:
    """Chat with the bot in this terminal (same engine and database as Telegram)."""
    _chat(_settings(), banner="This is a terminal chat. Type your answers; Ctrl-D to leave.")


def _chat(settings: Settings, banner: str | None = None) -> None:
    from bot.pseudonym import patient_key
    from bot.terminal import NO_TOKEN_BANNER
    from bot.terminal import chat as run_chat

    service = _service(settings)
    patient = patient_key(settings.pseudonym_secret or "terminal", "terminal", "local")
    run_chat(service, patient, sys.stdin, banner=banner or NO_TOKEN_BANNER)


@cli.command()
@click.argument("case", type=str)
def simulate(case: str) -> None:
    """Play one patient CASE.json (or - for standard input) and print the result as JSON."""
    from bot.simulate import CaseError, load_case
    from bot.simulate import simulate as play

    try:
        stdin_text = sys.stdin.read() if case == "-" else None
        result = play(load_case(case, stdin_text))
    except CaseError as error:
        raise click.ClickException(str(error)) from error
    click.echo(json.dumps(result, ensure_ascii=False))


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write docs/flow.md-style Markdown to this file instead of printing.",
)
def flow(output: Path | None) -> None:
    """Print the check-in flow as a Mermaid state diagram."""
    from flows.diagram import flow_markdown
    from flows.machine import mermaid

    if output:
        output.write_text(flow_markdown(), encoding="utf-8")
    else:
        click.echo(mermaid(), nl=False)


def main() -> None:
    cli(prog_name="sciatica-bot")

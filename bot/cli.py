"""The ``sciatica-bot`` command. Every command has help text and a section in docs/cli.md."""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bot.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database


def _settings() -> Settings:
    return Settings()


def _service(settings: Settings):  # type: ignore[no-untyped-def]
    from bot.service import open_service
    from storage import connect

    return open_service(
        connect(settings.database_path), settings.contacts, settings.followup_timezone
    )


@click.group()
@click.version_option(package_name="sciatica-bot")
def cli() -> None:
    """sciatica-bot: a patient check-in for sciatica, on Telegram or in a terminal."""


_VERBOSE = click.option(
    "--verbose",
    is_flag=True,
    help="In the terminal chat, print log lines (LOG_LEVEL), the state machine's too.",
)


def _terminal_logging(settings: Settings, verbose: bool) -> None:
    """A chat in a terminal shows the patient's conversation only, unless asked."""
    _logging(settings.log_level if verbose else logging.ERROR, machine=verbose)


def _logging(level: str | int, machine: bool = False) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(message)s")
    if not machine:
        # the state machine logs every state change at INFO: noise unless asked for
        logging.getLogger("transitions").setLevel(max(logging.WARNING, logging.getLogger().level))


@cli.command()
@_VERBOSE
def run(verbose: bool) -> None:
    """Start the bot: on Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat."""
    settings = _settings()
    if settings.telegram_bot_token is None:
        _terminal_logging(settings, verbose)
        _chat(settings)
        return
    _logging(settings.log_level)
    problem = settings.token_problem()
    if problem:
        raise click.ClickException(problem)
    from bot.telegram import run_telegram

    run_telegram(settings)


@cli.command()
@_VERBOSE
def chat(verbose: bool) -> None:
    """Chat with the bot in this terminal (same engine and database as Telegram)."""
    settings = _settings()
    _terminal_logging(settings, verbose)
    _chat(settings, banner="This is a terminal chat. Type your answers; Ctrl-D to leave.")


def _chat(settings: Settings, banner: str | None = None) -> None:
    from bot.pseudonym import patient_key
    from bot.terminal import NO_TOKEN_BANNER
    from bot.terminal import chat as run_chat

    service = _service(settings)
    patient = patient_key(settings.pseudonym_secret or "terminal", "terminal", "local")
    run_chat(
        service,
        patient,
        sys.stdin,
        banner=banner or NO_TOKEN_BANNER,
        retention_days=settings.retention_days,
    )


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


# Retention, demo data, staff accounts and the staff review (docs/privacy.md, docs/review.md).

_DATABASE = click.option(
    "--database",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The bot's SQLite file (default: DATABASE_PATH).",
)


@cli.command()
@_DATABASE
def purge(database: Path | None) -> None:
    """Erase sessions older than RETENTION_DAYS and typed text older than TYPED_TEXT_DAYS.

    The defaults are 90 and 30 days; it prints how many went."""
    from datetime import UTC, datetime, timedelta

    from storage import SessionStore, connect
    from storage.followups import FollowUps

    settings = _settings()
    db = connect(database or settings.database_path)
    try:
        age = timedelta(days=settings.retention_days)
        store = SessionStore(db)
        count = store.purge(age)
        with db.conn:
            FollowUps(db).purge(datetime.now(UTC) - age)  # and their follow-up rows
        texts = store.forget_typed_text(timedelta(days=settings.typed_text_days))
    finally:
        db.close()
    click.echo(f"Purged {count} sessions older than {settings.retention_days} days.")
    click.echo(
        f"Removed the typed text of {texts} messages older than {settings.typed_text_days} days."
    )


@cli.command("demo-data")
@click.option("--sessions", default=400, show_default=True, type=click.IntRange(1, 100_000))
@click.option(
    "--database",
    default=Path("data/demo.db"),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The SQLite file to fill (never your real one).",
)
@click.option("--seed", default=1, show_default=True, help="Same seed, same patients.")
@click.option("--append", is_flag=True, help="Add to a database that already has sessions.")
def demo_data(sessions: int, database: Path, seed: int, append: bool) -> None:
    """Fill a database with realistic synthetic check-ins, played through the real engine."""
    from bot.demo import fill
    from storage import connect

    db = connect(database)
    existing = db.execute("select count(*) from sessions").fetchone()[0]
    db.close()
    if existing and not append:
        raise click.ClickException(
            f"{database} already has {existing} sessions; use --append to add to them."
        )
    summary = fill(database, sessions, seed)
    statuses = ", ".join(f"{n} {status}" for status, n in sorted(summary.by_status.items()))
    click.echo(f"{database}: {summary.sessions} sessions ({statuses}).")


@cli.group()
def staff() -> None:
    """Staff accounts for the review: add, list and remove them, and their second factor."""


@contextlib.contextmanager
def _accounts(database: Path | None) -> Iterator[Database]:
    """The staff accounts, closed afterwards; a refused change is a plain error message."""
    from review.accounts import AccountError, open_accounts, staff_path

    db = open_accounts(staff_path(database or _settings().database_path))
    try:
        yield db
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    finally:
        db.close()


_CODE = click.option(
    "--code",
    default=None,
    metavar="CODE",
    help="The app's current 6-digit code, instead of being asked for it (for scripts).",
)


@staff.command("add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@click.option(
    "--role",
    type=click.Choice(["clinician", "coordinator", "researcher"]),
    default="clinician",
    show_default=True,
    help="clinician: everything; coordinator: charts of their groups; researcher: "
    "charts and de-identified exports.",
)
@click.option(
    "--group",
    "groups",
    multiple=True,
    metavar="CODE",
    help="A coordinator's referral group (repeat for several; at least one).",
)
@click.option(
    "--totp", is_flag=True, help="Also set up a second factor (see `staff totp`) and show it."
)
@_CODE
@_DATABASE
def staff_add(
    name: str,
    password_stdin: bool,
    role: str,
    groups: tuple[str, ...],
    totp: bool,
    code: str | None,
    database: Path | None,
) -> None:
    """Add a staff account; asks for its password twice (at least 12 characters)."""
    from review.accounts import add

    if role == "coordinator" and not groups:  # before asking for a password
        raise click.ClickException("a coordinator needs at least one --group CODE")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    with _accounts(database) as db:
        add(db, name, password, role, groups)
    where = f" for {', '.join(groups)}" if groups else ""
    click.echo(f"Added {name} ({role}{where}).")
    if totp:
        _enrol_totp(database, name, code, before="logs in with the password alone")


def _enrol_totp(database: Path | None, name: str, code: str | None, before: str) -> None:
    """Show a new pending secret, ask for a code from it, and make it the one logging in
    needs only if the code is right; otherwise say so, changing nothing."""
    from datetime import UTC, datetime

    from review.accounts import confirm_totp, enrol_totp

    with _accounts(database) as db:
        secret = enrol_totp(db, name)
    _show_totp(name, secret)
    typed = code if code is not None else click.prompt("The 6-digit code the app shows now")
    with _accounts(database) as db:
        right = confirm_totp(db, name, typed, datetime.now(UTC))
    if not right:
        raise click.ClickException(
            f"That code did not match, so nothing has changed: {name} still {before}. "
            "Check that the phone's clock is right, then run `sciatica-bot staff totp "
            f"{name}` again and scan the new code."
        )
    click.echo(f"That code is right: logging in as {name} now needs a code from the app.")


def _show_totp(name: str, secret: str) -> None:
    import io

    import segno

    from review.accounts import totp_uri

    uri = totp_uri(name, secret)
    picture = io.StringIO()
    segno.make(uri, error="l").terminal(out=picture, compact=True)  # light blocks on dark
    click.echo(
        f"Scan this with an authenticator app for {name} (or type the key into it), then "
        "type the 6-digit code it shows; nothing changes until that code is right:"
    )
    click.echo(picture.getvalue(), nl=False)
    click.echo(uri)
    click.echo(f"Key: {secret}")


@staff.command("totp")
@click.argument("name")
@click.option("--off", is_flag=True, help="Take the second factor away: the password alone.")
@_CODE
@_DATABASE
def staff_totp(name: str, off: bool, code: str | None, database: Path | None) -> None:
    """Give NAME a second factor (a code from an authenticator app), replacing any old one
    once a code from the new one is typed."""
    from review.accounts import account, drop_totp

    if off:
        with _accounts(database) as db:
            had = drop_totp(db, name)
        click.echo(f"{name} logs in with a password only{'' if had else ' (as before)'}.")
        return
    with _accounts(database) as db:
        found = account(db, name)
    if found is None:
        raise click.ClickException(f"there is no account called {name}")
    before = (
        "logs in with the code from the old app"
        if found.second_factor
        else "logs in with the password alone"
    )
    _enrol_totp(database, name, code, before)


@staff.command("list")
@_DATABASE
def staff_list(database: Path | None) -> None:
    """List the staff accounts: name, when made, role, groups and "totp" for a second
    factor (never passwords)."""
    from review.accounts import accounts

    with _accounts(database) as db:
        for account in accounts(db):
            groups = ",".join(account.groups)
            totp = "totp" if account.second_factor else ""
            line = f"{account.name}\t{account.created_at}\t{account.role}\t{groups}\t{totp}"
            click.echo(line.rstrip())


@staff.command("remove")
@click.argument("name")
@_DATABASE
def staff_remove(name: str, database: Path | None) -> None:
    """Remove a staff account; its open review sessions end at once."""
    from review.accounts import remove
    from review.logins import active

    with _accounts(database) as db:
        sessions = active(db.conn, name)
        remove(db, name)
    ended = f"; {sessions} open review session(s) ended" if sessions else ""
    click.echo(f"Removed {name}{ended}.")


@cli.command("review")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535))
@_DATABASE
@click.option("--immutable", is_flag=True, help="The file is a copy nothing writes to.")
@click.option(
    "--public-url",
    envvar="REVIEW_PUBLIC_URL",
    default=None,
    help="Where staff reach it through an HTTPS proxy (Secure cookie, Host and Origin).",
)
@click.option(
    "--trusted-proxies",
    envvar="REVIEW_TRUSTED_PROXIES",
    default=None,
    metavar="ADDRESSES",
    help="Proxies whose X-Forwarded-For names the client (REVIEW_TRUSTED_PROXIES): "
    "addresses or networks, comma-separated. None by default.",
)
@click.option(
    "--idle-minutes",
    envvar="REVIEW_IDLE_MINUTES",
    default=30,
    show_default=True,
    type=click.IntRange(1, 8 * 60),
    help="Log staff out after this long without a request (REVIEW_IDLE_MINUTES).",
)
def review_command(
    host: str,
    port: int,
    database: Path | None,
    immutable: bool,
    public_url: str | None,
    trusted_proxies: str | None,
    idle_minutes: int,
) -> None:
    """Serve the staff review web app, read-only, on 127.0.0.1:8001 by default."""
    from review.accounts import accounts, open_accounts, staff_path
    from review.config import ReviewConfig
    from review.config import trusted_proxies as parse_proxies
    from review.server import LOOPBACK, serve

    try:
        proxies = parse_proxies(trusted_proxies)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    path = database or _settings().database_path
    staff_file = staff_path(path)
    if not path.is_file():
        raise click.ClickException(f"There is no database at {path}.")
    if not staff_file.is_file():
        raise click.ClickException("No staff accounts yet: add one with `sciatica-bot staff add`.")
    staff_db = open_accounts(staff_file)  # migrated: roles, sessions and the audit log
    try:
        if not accounts(staff_db):
            raise click.ClickException("No staff accounts: add one with `sciatica-bot staff add`.")
    finally:
        staff_db.close()
    if host not in LOOPBACK:
        click.echo(f"Warning: serving on {host}; put it behind HTTPS before anyone uses it.")
    click.echo(f"Staff review of {path} on http://{host}:{port}/ (Ctrl-C to stop)")
    if proxies:
        click.echo(f"Client addresses from X-Forwarded-For when sent by {', '.join(proxies)}.")
    config = ReviewConfig(
        path,
        staff_file,
        immutable=immutable,
        public_url=public_url,
        idle_minutes=idle_minutes,
        trusted_proxies=proxies,
    )
    serve(config, host, port)

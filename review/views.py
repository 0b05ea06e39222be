"""The pages and exports. GETs only read the bot's database; the POSTs are logging in
and out and a reviewed mark, written to the staff database.

Every handler opens its own read-only connection and closes it before answering.
Each one names what it needs (``roles.needs``); the guard checks it before it runs.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import anyio.to_thread
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from review import (
    aggregates,
    audit,
    charts,
    csrf,
    evaluation,
    exports,
    labels,
    logins,
    roles,
    summary,
)
from review.accounts import (
    StaffAccount,
    account,
    check_code,
    check_password,
    credentials,
    mark_reviewed,
    reviews,
)
from review.config import ReviewConfig
from review.filters import (
    CANCER_HISTORIES,
    LEVELS,
    NO_GROUP,
    STATUSES,
    TREATMENT_CLASSES,
    Filters,
)
from review.guard import TOKEN, forbidden, record, resume, write
from review.queries import (
    QUEUE_PAGE,
    QUEUE_REASONS,
    Choices,
    SessionRow,
    answers,
    choices,
    followups,
    queue,
    sessions,
    transcript,
)
from review.roles import Can, needs

TOO_MANY = "Too many failed logins. Please wait {wait}, then try again."
WRONG = (
    "That name and password do not match an account (or the 6-digit code was wrong, "
    "for an account that needs one)."
)
#: In the audit log only: the password was right, so someone knows it.
WRONG_CODE = "right password, wrong or reused code"


def _config(request: Request) -> ReviewConfig:
    return request.app.state.config  # type: ignore[no-any-return]


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, context, status_code=status
    )


def _staff(request: Request) -> StaffAccount:
    return request.state.staff  # type: ignore[no-any-return]  # set by the guard


def _filters(request: Request) -> Filters | Response:
    """The filters asked for; or a 403 for a group that is not the coordinator's."""
    filters = Filters.from_query(request.query_params)
    scope = _staff(request).scope
    if scope is not None and filters.referral is not None and filters.referral not in scope:
        why = "That referral group is not one of yours. Your charts cover " + ", ".join(scope)
        record(request, audit.REFUSED, request.url.path, request.url.query)
        return forbidden(request, Can.CHARTS, why + ".")
    return filters


def _read(request: Request) -> tuple[Filters, list[SessionRow], Choices] | Response:
    """The filters asked for, every session they let through (in a coordinator's own
    groups only), and the menus' choices; or a 403 for a group that is not theirs."""
    filters = _filters(request)
    if isinstance(filters, Response):
        return filters
    scope = _staff(request).scope
    with closing(_config(request).patients()) as conn:
        return filters, sessions(conn, filters, scope), choices(conn, scope)


def _menus_of(conn: sqlite3.Connection, scope: tuple[str, ...] | None) -> Choices:
    """The filter menus, from the session summary when the database has it."""
    return summary.choices(conn, scope) if summary.available(conn) else choices(conn, scope)


# Logging in and out.


async def login_form(request: Request) -> Response:
    config = _config(request)
    if request.session.get(TOKEN):
        staff = await run_in_threadpool(resume, config, request.session.get(TOKEN))
        if staff is not None:
            return RedirectResponse(roles.HOME.get(staff.role, "/charts"), status_code=303)
    return _render(request, "login.html", {"error": None, "name": ""})


async def login(request: Request) -> Response:
    form = await request.form()
    name = str(form.get("name") or "").strip()[:64]
    password = str(form.get("password") or "")[:1024]
    code = str(form.get("code") or "")[:16]
    config = _config(request)
    client = request.client.host if request.client else "unknown"
    # a place is taken before the password is checked, so a crowd of simultaneous
    # guesses gets no more checks than the throttle allows (review/throttle.py)
    attempt = config.throttle.attempt(name, client)
    if attempt.wait > 0:
        seconds = math.ceil(attempt.wait)
        context = {"error": TOO_MANY.format(wait=_wait(seconds)), "name": name}
        response = _render(request, "login.html", context, status=429)
        response.headers["Retry-After"] = str(seconds)
        return response
    try:
        # argon2 runs in its own small pool (``hashing``): a crowd of logins waits its turn
        genuine, secret = await anyio.to_thread.run_sync(
            _verify, config, name, password, limiter=request.app.state.hashing
        )
        second = None
        if genuine and secret is not None:
            second = await run_in_threadpool(_second_factor, config, name, secret, code)
    except BaseException:
        attempt.release()
        raise
    if not genuine or second is False:
        # logged one by one; a 429 is not (a flood of them would only fill the disk), but
        # the failures that closed the door are, and so each door is in the log. A right
        # password with a wrong code says so in the log (the password is known), never
        # on the page.
        attempt.failed()
        detail = WRONG_CODE if genuine else ""
        await run_in_threadpool(write, request, name, audit.LOGIN_FAILED, "", detail)
        return _render(request, "login.html", {"error": WRONG, "name": name}, status=401)
    attempt.succeeded()
    staff = await run_in_threadpool(_start, config, request.session.get(TOKEN), name)
    if staff is None:  # removed between the password check and now
        return _render(request, "login.html", {"error": WRONG, "name": name}, status=401)
    account_of, token = staff
    request.session.clear()  # a fresh session: nothing from before the login carries over
    request.session[TOKEN] = token
    csrf.rotate(request.session)
    await run_in_threadpool(write, request, name, audit.LOGIN)
    return RedirectResponse(roles.HOME.get(account_of.role, "/charts"), status_code=303)


def _wait(seconds: int) -> str:
    """How long, in words: "1 second", "40 seconds", "15 minutes"."""
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    return f"{math.ceil(seconds / 60)} minutes"


def _verify(config: ReviewConfig, name: str, password: str) -> tuple[bool, str | None]:
    """Whether the password is right, and the account's TOTP secret if it has one."""
    with closing(config.staff()) as conn:
        stored, secret = credentials(conn, name)
    return check_password(stored, password), secret


def _second_factor(config: ReviewConfig, name: str, secret: str, code: str) -> bool:
    """Whether the code is right and new (it is then used up)."""
    with closing(config.staff_records()) as conn:
        return check_code(conn, name, secret, code, config.clock())


def _start(config: ReviewConfig, old: object, name: str) -> tuple[StaffAccount, str] | None:
    """End the browser's earlier session, if any, and start one for ``name``."""
    with closing(config.staff_records()) as conn:
        logins.end(conn, old)
        found = account(conn, name)
        if found is None:
            return None
        logins.sweep(conn, config.clock(), config.idle, config.longest)
        return found, logins.start(conn, name, config.clock())


def _end(config: ReviewConfig, token: object) -> None:
    with closing(config.staff_records()) as conn:
        logins.end(conn, token)


@needs(Can.SIGNED_IN)
async def logout(request: Request) -> Response:
    await run_in_threadpool(_end, _config(request), request.session.get(TOKEN))
    await run_in_threadpool(record, request, audit.LOGOUT)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# Reading.


@needs(Can.CHECKINS)
def session_list(request: Request) -> Response:
    """A clinician's list of individual check-ins: every row, and exact counts of them
    (the small-count rule is for aggregates; these rows are listed anyway)."""
    filters = _filters(request)
    if isinstance(filters, Response):
        return filters
    size = _config(request).page_size
    asked = _int(request.query_params.get("page"), 1)
    column, descending = _sort(request.query_params.get("sort"))
    found, menus = _listing(request, filters, column, descending, asked, size)
    pages = max(1, math.ceil(found.total / size))
    page = min(max(1, asked), pages)
    sort = ("-" if descending else "") + column
    link = _list_link(filters, sort)
    today = datetime.now(UTC).date()
    monday = today - timedelta(days=today.weekday())
    context = {
        "filters": filters,
        "choices": menus,
        "total": found.total,
        "rows": found.rows,
        "page": page,
        "pages": pages,
        "sort": sort,
        "link": link,
        "columns": [
            (label, name, *_header(link, name, column, descending)) for label, name in COLUMNS
        ],
        "shortcuts": [
            ("Today", "today", link(date_from=today, date_to=today, page=None)),
            ("This week", "week", link(date_from=monday, date_to=today, page=None)),
            ("Any date", "any", link(date_from=None, date_to=None, page=None)),
        ],
        "unreadable_status": aggregates.UNREADABLE,
        "facets": {
            "Outcome": aggregates.level_cells(found.levels, exact=True),
            "Status": aggregates.status_cells(found.statuses, exact=True),
        },
        # the exports leave out 1 to 4 rows (review/exports.py)
        "export_withheld": aggregates.shown(found.total) != str(found.total),
        **_menus(),
    }
    return _render(request, "list.html", context)


def _listing(
    request: Request, filters: Filters, column: str, descending: bool, page: int, size: int
) -> tuple[summary.Listing, Choices]:
    """The list's counts and one page, in SQL from the session summary when the database
    has it, or else from every row, parsed and sorted here."""
    scope = _staff(request).scope
    with closing(_config(request).patients()) as conn:
        menus = _menus_of(conn, scope)
        if summary.available(conn):
            return summary.listing(conn, filters, scope, column, descending, page, size), menus
        rows = sessions(conn, filters, scope)
    pages = max(1, math.ceil(len(rows) / size))
    offset = (min(max(1, page), pages) - 1) * size
    ordered = sorted_rows(rows, column, descending)
    return summary.Listing.of(rows, ordered, offset, size), menus


#: The columns the check-in list sorts by: ``sort=turns``, or ``sort=-turns`` for the
#: reverse. Each reads a value from a row; a row without one (or an unreadable row) is
#: listed last either way. Outcomes sort most urgent first.
SORTS: dict[str, Callable[[SessionRow], Any]] = {
    "started": lambda r: r.started_at,
    "status": lambda r: r.status,
    "outcome": lambda r: LEVELS.index(r.level) if r.level in LEVELS else None,
    "red_flags": lambda r: len(r.red_flags),
    "referral": lambda r: r.referral,
    "age": lambda r: r.age_band,
    "stopped": lambda r: (
        labels.flow_position(r.ended_state) if r.status in ("abandoned", "restarted") else None
    ),
    "turns": lambda r: r.turns,
}
#: The list's headers, in order, and the column each sorts by.
COLUMNS = (
    ("Started", "started"),
    ("Status", "status"),
    ("Outcome", "outcome"),
    ("Red flags", "red_flags"),
    ("Referral", "referral"),
    ("Age", "age"),
    ("Stopped at", "stopped"),
    ("Turns", "turns"),
)
#: Newest first, as the list always was.
DEFAULT_SORT = "-started"


def _sort(text: str | None) -> tuple[str, bool]:
    """The column to sort by and whether descending; anything not whitelisted is the default."""
    text = text or DEFAULT_SORT
    column = text.removeprefix("-")
    if column not in SORTS:
        return _sort(DEFAULT_SORT)
    return column, text.startswith("-")


def sorted_rows(rows: list[SessionRow], column: str, descending: bool) -> list[SessionRow]:
    """``rows`` by ``column`` (stable: ties keep the newest first), those without a value
    last."""
    key = SORTS[column]
    valued = [r for r in rows if not r.unreadable and key(r) is not None]
    rest = [r for r in rows if r.unreadable or key(r) is None]
    return sorted(valued, key=key, reverse=descending) + rest


def _list_link(filters: Filters, sort: str) -> Callable[..., str]:
    """Makes links to the check-in list that keep its filters and its order: ``link(level=
    "soon")`` changes one, ``link(sort=None)`` drops one."""
    kept: dict[str, object] = {**filters.params()}
    if sort != DEFAULT_SORT:
        kept["sort"] = sort

    def link(**changes: object) -> str:
        params = {k: str(v) for k, v in {**kept, **changes}.items() if v not in (None, "")}
        return "/sessions?" + urlencode(params) if params else "/sessions"

    return link


def _header(link: Callable[..., str], name: str, column: str, descending: bool) -> tuple[str, str]:
    """A header's link (this column, ascending first, then the other way) and its aria-sort."""
    if name != column:
        return link(sort=name, page=None), "none"
    flipped = name if descending else "-" + name
    return link(sort=flipped, page=None), "descending" if descending else "ascending"


@needs(Can.CHARTS)
def charts_page(request: Request) -> Response:
    """Charts and counts, every cell protected together (review/aggregates.py); a
    coordinator's cover their own referral groups only."""
    filters = _filters(request)
    if isinstance(filters, Response):
        return filters
    scope = _staff(request).scope
    with closing(_config(request).patients()) as conn:
        menus = _menus_of(conn, scope)
        fast = summary.available(conn)
        counts = (
            summary.tally(conn, filters, scope, NO_GROUP)
            if fast
            else aggregates.tally(sessions(conn, filters, scope), NO_GROUP)
        )
    context: dict[str, Any] = {
        "filters": filters,
        "choices": menus,
        "scope": _staff(request).scope,
        "can_list": roles.permits(_staff(request).role, Can.CHECKINS),
        "can_export": roles.permits(_staff(request).role, Can.EXPORT),
        **_menus(),
    }
    try:
        board = aggregates.protected(counts)
    except aggregates.Unprotectable:
        context |= {
            "total": aggregates.SMALL,
            "withheld": True,
            "graphs": {},
            "evaluation": None,
        }
        return _render(request, "charts.html", context)
    colour = labels.LEVEL_COLOURS.get
    graphs = {
        "Outcomes per week": charts.stacked_columns(
            "weekly",
            "Check-ins per week, by outcome",
            board.weekly,
            labels.level_label,
            lambda key: colour(key, "#9aa0a6"),
        ),
        "Where patients stop": charts.bars(
            "dropoff",
            "Abandoned check-ins, by the question they stopped at",
            board.drop_off,
            labels.fact_label,
            "#8e24aa",
        ),
        "Red flags, most frequent first": charts.bars(
            "redflags",
            "Sessions with each red flag",
            board.red_flags,
            labels.fact_label,
            "#b3261e",
        ),
        "Referrals by group": charts.bars(
            "referrals",
            "Sessions per referral group",
            board.referrals,
            lambda key: "no group" if key == NO_GROUP else key,
            "#00796b",
        ),
    }
    with closing(_config(request).patients()) as conn:
        gathered = (summary.gather if fast else evaluation.gather)(conn, filters, scope)
    evaluated = evaluation.rates(gathered, board)
    context |= {
        "total": board.total,
        "withheld": False,
        "graphs": graphs,
        "evaluation": evaluated,
    }
    return _render(request, "charts.html", context)


#: How far back the safety queue looks, by default.
QUEUE_DAYS = 14


@needs(Can.QUEUE)
def queue_page(request: Request) -> Response:
    """The safety queue (the landing page): what needs a human, one page of it at a time
    (``page``), and the reviewed ones below (``reviewed``, their own pages)."""
    days = min(max(_int(request.query_params.get("days"), QUEUE_DAYS), 1), 366)
    since = (datetime.now(UTC) - timedelta(days=days)).date().isoformat()
    pages = {name: max(1, _int(request.query_params.get(name), 1)) for name in ("page", "reviewed")}
    with closing(_config(request).staff()) as conn:
        marks = reviews(conn)
    with closing(_config(request).patients()) as conn:
        read = summary.queue if summary.available(conn) else queue
        open_items, done = (
            read(conn, since, marks, done=name == "reviewed", offset=(n - 1) * QUEUE_PAGE)
            for name, n in pages.items()
        )

    def link(**changes: int | None) -> str:
        params = {"days": days if days != QUEUE_DAYS else None, **pages, **changes}
        kept = {k: str(v) for k, v in params.items() if v not in (None, 1)}
        return "/?" + urlencode(kept) if kept else "/"

    context = {
        "open": open_items,
        "done": done,
        "marks": marks,
        "reasons": QUEUE_REASONS,
        "days": days,
        "pages": pages,
        "link": link,
        **_menus(),
    }
    return _render(request, "queue.html", context)


@needs(Can.QUEUE)
async def mark_queue_item(request: Request) -> Response:
    """A clinician marks a check-in reviewed, with a note (stored with the staff accounts)."""
    form = await request.form()
    session_id = str(form.get("session_id") or "")[:64]
    note = str(form.get("note") or "")[:2000]
    staff = _staff(request).name
    if not session_id or not staff:
        return RedirectResponse("/", status_code=303)
    config = _config(request)

    def write() -> None:
        db = config.staff_writer()
        try:
            mark_reviewed(db, session_id, staff, note)
        finally:
            db.close()

    await run_in_threadpool(write)
    return RedirectResponse("/#queue", status_code=303)


@needs(Can.FOLLOWUPS)
def followups_page(request: Request) -> Response:
    """Follow-up check-ins (SPEC 7): what patients said over time, and whether those
    told to get help urgently (or who reached an emergency) said they got it."""
    with closing(_config(request).patients()) as conn:
        rows = followups(conn)
    sent = [r for r in rows if r.session_id is not None]
    watched = [r for r in sent if "urgent" in (r.earlier_level, r.level) or r.level == "emergency"]
    # the counts are protected like the charts page's, whoever looks (the list of
    # follow-ups below is individual check-ins, exact for the clinicians who see it)
    board = aggregates.followup_board(rows)
    context = {
        "chart": None
        if board.weekly is None
        else charts.stacked_columns(
            "followups",
            "Follow-ups sent per week, by what the patient said",
            board.weekly,
            labels.followup_label,
            lambda key: labels.FOLLOWUP_COLOURS.get(key, "#9aa0a6"),
        ),
        "got_help": charts.bars(
            "gothelp",
            "Urgent and emergency follow-ups, by what the patient said",
            board.got_help,
            labels.followup_label,
            "#e65100",
        ),
        "watched": watched,
        "planned": board.planned,
        "sent": board.sent,
        **_menus(),
    }
    return _render(request, "followups.html", context)


@needs(Can.TRANSCRIPTS)
def session_detail(request: Request) -> Response:
    session_id = request.path_params["session_id"]
    with closing(_config(request).patients()) as conn:
        found = transcript(conn, session_id)
    record(request, audit.VIEWED, session_id, "" if found else "no such check-in")
    if found is None:
        return _render(request, "missing.html", {}, status=404)
    return _render(request, "session.html", {"t": found, "labels": labels})


def _export(
    request: Request,
) -> tuple[Filters, list[SessionRow], bool, dict[str, dict[str, Any]] | None] | Response:
    """The rows to export, written to the audit log; de-identified unless for a clinician,
    whose export also carries every answer."""
    read = _read(request)
    if isinstance(read, Response):
        return read
    filters, rows, _ = read
    deidentified = not roles.exact(_staff(request).role)
    given = None
    if not deidentified:
        with closing(_config(request).patients()) as conn:
            given = answers(conn, filters, _staff(request).scope)
    detail = filters.query_string() + (" (de-identified)" if deidentified else " (with answers)")
    record(request, audit.EXPORTED, request.url.path, detail)
    return filters, rows, deidentified, given


#: Each export's media type and how it is written from (filters, rows, de-identified,
#: answers).
_DOWNLOADS: dict[str, tuple[str, Callable[[Any, Any, bool, Any], str]]] = {
    "csv": (
        "text/csv; charset=utf-8",
        lambda _, rows, deidentified, given: exports.to_csv(
            rows, deidentified=deidentified, answers=given
        ),
    ),
    "json": (
        "application/json",
        lambda filters, rows, deidentified, given: exports.to_json(
            rows, filters, deidentified=deidentified, answers=given
        ),
    ),
}


def _download(request: Request, suffix: str) -> Response:
    read = _export(request)
    if isinstance(read, Response):
        return read
    filters, rows, deidentified, given = read
    media_type, render = _DOWNLOADS[suffix]
    return Response(
        render(filters, rows, deidentified, given),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{_export_name(suffix)}"'},
    )


@needs(Can.EXPORT)
def export_csv(request: Request) -> Response:
    return _download(request, "csv")


@needs(Can.EXPORT)
def export_json(request: Request) -> Response:
    return _download(request, "json")


#: Entries on one page of the audit log.
AUDIT_PAGE = 50


@needs(Can.AUDIT)
def audit_page(request: Request) -> Response:
    """Who logged in, viewed, exported and was refused what: newest first, paged."""
    with closing(_config(request).staff()) as conn:
        total = audit.count(conn)
        pages = max(1, math.ceil(total / AUDIT_PAGE))
        page = min(max(1, _int(request.query_params.get("page"), 1)), pages)
        entries = audit.entries(conn, (page - 1) * AUDIT_PAGE, AUDIT_PAGE)
    context = {"entries": entries, "page": page, "pages": pages, "total": total}
    return _render(request, "audit.html", context)


def _export_name(extension: str) -> str:
    return f"sciatica-sessions-{datetime.now(UTC):%Y%m%d}.{extension}"


def _menus() -> dict[str, Any]:
    return {
        "levels": LEVELS,
        "statuses": STATUSES,
        "no_group": NO_GROUP,
        "labels": labels,
        "cancer_histories": CANCER_HISTORIES,
        "treatment_classes": TREATMENT_CLASSES,
    }


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default

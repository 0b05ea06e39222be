"""The pages and exports. Only GETs read data; the two POSTs are logging in and out.

Every handler opens its own read-only connection and closes it before answering.
"""

from __future__ import annotations

import math
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import anyio.to_thread
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from review import aggregates, charts, csrf, exports, labels
from review.accounts import check_password, mark_reviewed, password_hash, reviews
from review.config import ReviewConfig
from review.filters import LEVELS, NO_GROUP, STATUSES, Filters
from review.queries import (
    QUEUE_REASONS,
    Choices,
    SessionRow,
    choices,
    followups,
    queue,
    sessions,
    transcript,
)

TOO_MANY = "Too many failed logins. Please wait {seconds} seconds, then try again."
WRONG = "That name and password do not match an account."


def _config(request: Request) -> ReviewConfig:
    return request.app.state.config  # type: ignore[no-any-return]


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, context, status_code=status
    )


def _read(request: Request) -> tuple[Filters, list[SessionRow], Choices]:
    """The filters asked for, the sessions they let through, and the menus' choices."""
    filters = Filters.from_query(request.query_params)
    with closing(_config(request).patients()) as conn:
        return filters, sessions(conn, filters), choices(conn)


# Logging in and out.


async def login_form(request: Request) -> Response:
    if request.session.get("staff"):
        return RedirectResponse("/", status_code=303)
    return _render(request, "login.html", {"error": None, "name": ""})


async def login(request: Request) -> Response:
    form = await request.form()
    name = str(form.get("name") or "").strip()[:64]
    password = str(form.get("password") or "")[:1024]
    config = _config(request)
    client = request.client.host if request.client else "unknown"
    keys = config.throttle.keys(name, client)
    wait = config.throttle.wait(keys)
    if wait > 0:
        seconds = math.ceil(wait)
        context = {"error": TOO_MANY.format(seconds=seconds), "name": name}
        response = _render(request, "login.html", context, status=429)
        response.headers["Retry-After"] = str(seconds)
        return response
    checking = request.app.state.checking  # names with a password check under way
    if name in checking:
        # one check per name at a time: a crowd of guesses for one account waits its turn
        # as failures, never as parallel argon2 runs
        config.throttle.failed(keys)
        context = {"error": TOO_MANY.format(seconds=1), "name": name}
        return _render(request, "login.html", context, status=429)
    checking.add(name)
    try:
        genuine = await anyio.to_thread.run_sync(
            _verify, config, name, password, limiter=request.app.state.hashing
        )
    finally:
        checking.discard(name)
    if not genuine:
        config.throttle.failed(keys)
        return _render(request, "login.html", {"error": WRONG, "name": name}, status=401)
    config.throttle.succeeded(keys[0])
    request.session.clear()
    request.session["staff"] = name
    csrf.rotate(request.session)
    return RedirectResponse("/", status_code=303)


def _verify(config: ReviewConfig, name: str, password: str) -> bool:
    with closing(config.staff()) as conn:
        stored = password_hash(conn, name)
    return check_password(stored, password)


async def logout(request: Request) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


# Reading.


def session_list(request: Request) -> Response:
    filters, rows, menus = _read(request)
    listed = exports.visible(rows)
    size = _config(request).page_size
    pages = max(1, math.ceil(len(listed) / size))
    page = min(max(1, _int(request.query_params.get("page"), 1)), pages)
    context = {
        "filters": filters,
        "choices": menus,
        "total": aggregates.shown(len(rows)),
        "withheld": len(listed) < len(rows),
        "rows": listed[(page - 1) * size : page * size],
        "page": page,
        "pages": pages,
        "facets": {
            "Outcome": aggregates.by_level(rows),
            "Status": aggregates.by_status(rows),
        },
        **_menus(),
    }
    return _render(request, "list.html", context)


def charts_page(request: Request) -> Response:
    filters, rows, menus = _read(request)
    colour = labels.LEVEL_COLOURS.get
    graphs = {
        "Outcomes per week": charts.stacked_columns(
            "weekly",
            "Check-ins per week, by outcome",
            aggregates.weekly_outcomes(rows),
            labels.level_label,
            lambda key: colour(key, "#9aa0a6"),
        ),
        "Where patients stop": charts.bars(
            "dropoff",
            "Abandoned check-ins, by the question they stopped at",
            aggregates.drop_off(rows),
            labels.fact_label,
            "#8e24aa",
        ),
        "Red flags, most frequent first": charts.bars(
            "redflags",
            "Sessions with each red flag",
            aggregates.red_flags(rows),
            labels.fact_label,
            "#b3261e",
        ),
        "Referrals by group": charts.bars(
            "referrals",
            "Sessions per referral group",
            aggregates.referrals(rows, NO_GROUP),
            lambda key: "no group" if key == NO_GROUP else key,
            "#00796b",
        ),
    }
    context = {
        "filters": filters,
        "choices": menus,
        "total": aggregates.shown(len(rows)),
        "graphs": graphs,
        **_menus(),
    }
    return _render(request, "charts.html", context)


#: How far back the safety queue looks, by default.
QUEUE_DAYS = 14


def queue_page(request: Request) -> Response:
    """The safety queue (the landing page): what needs a human, unreviewed first."""
    days = min(max(_int(request.query_params.get("days"), QUEUE_DAYS), 1), 366)
    since = (datetime.now(UTC) - timedelta(days=days)).date().isoformat()
    with closing(_config(request).patients()) as conn:
        items = queue(conn, since)
    with closing(_config(request).staff()) as conn:
        marks = reviews(conn)
    open_items = [i for i in items if i.session.id not in marks]
    done = [i for i in items if i.session.id in marks]
    context = {
        "open": open_items,
        "done": done,
        "marks": marks,
        "reasons": QUEUE_REASONS,
        "days": days,
        **_menus(),
    }
    return _render(request, "queue.html", context)


async def mark_queue_item(request: Request) -> Response:
    """A clinician marks a check-in reviewed, with a note (stored with the staff accounts)."""
    form = await request.form()
    session_id = str(form.get("session_id") or "")[:64]
    note = str(form.get("note") or "")[:2000]
    staff = str(request.session.get("staff") or "")
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


def followups_page(request: Request) -> Response:
    """Follow-up check-ins (SPEC 7): what patients said over time, and whether those
    told to get help urgently (or who reached an emergency) said they got it."""
    with closing(_config(request).patients()) as conn:
        rows = followups(conn)
    sent = [r for r in rows if r.session_id is not None]
    watched = [r for r in sent if "urgent" in (r.earlier_level, r.level) or r.level == "emergency"]
    context = {
        "chart": charts.stacked_columns(
            "followups",
            "Follow-ups sent per week, by what the patient said",
            aggregates.weekly_followup_answers(rows),
            labels.followup_label,
            lambda key: labels.FOLLOWUP_COLOURS.get(key, "#9aa0a6"),
        ),
        "got_help": charts.bars(
            "gothelp",
            "Urgent and emergency follow-ups, by what the patient said",
            aggregates.got_help(rows),
            labels.followup_label,
            "#e65100",
        ),
        "watched": watched,
        "planned": aggregates.shown(len(rows)),
        "sent": aggregates.shown(len(sent)),
        **_menus(),
    }
    return _render(request, "followups.html", context)


def session_detail(request: Request) -> Response:
    with closing(_config(request).patients()) as conn:
        found = transcript(conn, request.path_params["session_id"])
    if found is None:
        return _render(request, "missing.html", {}, status=404)
    return _render(request, "session.html", {"t": found, "labels": labels})


def export_csv(request: Request) -> Response:
    _, rows, _ = _read(request)
    return Response(
        exports.to_csv(rows),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{_export_name("csv")}"'},
    )


def export_json(request: Request) -> Response:
    filters, rows, _ = _read(request)
    return Response(
        exports.to_json(rows, filters),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{_export_name("json")}"'},
    )


def _export_name(extension: str) -> str:
    return f"sciatica-sessions-{datetime.now(UTC):%Y%m%d}.{extension}"


def _menus() -> dict[str, Any]:
    return {
        "levels": LEVELS,
        "statuses": STATUSES,
        "no_group": NO_GROUP,
        "labels": labels,
    }


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text else default
    except ValueError:
        return default

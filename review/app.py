"""The review as an ASGI app (Starlette): routes, sessions, the guard and the templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import jinja2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from review import csrf, labels, roles, views
from review.config import ReviewConfig
from review.guard import Guard

TEMPLATES = Path(__file__).parent / "templates"

ROUTES = [
    Route("/login", views.login_form, methods=["GET"]),
    Route("/login", views.login, methods=["POST"]),
    Route("/logout", views.logout, methods=["POST"]),
    Route("/", views.queue_page, methods=["GET"]),
    Route("/queue/reviewed", views.mark_queue_item, methods=["POST"]),
    Route("/sessions", views.session_list, methods=["GET"]),
    Route("/charts", views.charts_page, methods=["GET"]),
    Route("/followups", views.followups_page, methods=["GET"]),
    Route("/sessions/{session_id:str}", views.session_detail, methods=["GET"]),
    Route("/export.csv", views.export_csv, methods=["GET"]),
    Route("/export.json", views.export_json, methods=["GET"]),
    Route("/audit", views.audit_page, methods=["GET"]),
]


def _page_context(request: Request) -> dict[str, Any]:
    """What every template sees: the CSRF token for its forms, who is logged in, and the
    links their role may follow."""
    staff = getattr(request.state, "staff", None)
    return {
        "csrf_token": csrf.token(request.session),
        "staff": staff,
        "navigation": roles.links(staff.role) if staff else [],
    }


def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["fact"] = labels.fact_label
    return Jinja2Templates(env=env, context_processors=[_page_context])


def create_app(config: ReviewConfig) -> Starlette:
    """The review app over ``config``'s databases."""
    config.staff_writer().close()  # create and migrate the staff database (roles, sessions)
    app = Starlette(
        routes=ROUTES,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=config.allowed_hosts),
            Middleware(
                SessionMiddleware,
                secret_key=config.secret_key,
                session_cookie="review_session",
                max_age=config.session_hours * 3600,
                same_site="strict",
                https_only=config.secure,
            ),
            Middleware(Guard),
        ],
    )
    app.state.config = config
    app.state.templates = templates()
    # argon2 runs at most this many at once (each takes 64 MiB); the throttle decides
    # which logins may wait for it
    app.state.hashing = anyio.CapacityLimiter(config.hashing_at_once)
    return app

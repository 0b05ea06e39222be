"""Every request passes here: logged in (or refused), allowed for its role (or refused),
CSRF-checked, and given safe headers.

Nothing but the login page answers without a login: pages redirect to it,
exports and form posts get 401. A login is a row of ``review_sessions`` in the
staff database (review/logins.py): logging out, an idle timeout, the 8-hour cap
or ``staff remove`` ends it at once. Every route's endpoint names what it needs
(review/roles.py) and the role must have it, or the answer is a plain 403 page
with no data; an endpoint that names nothing is refused to everyone. Every
request that is not a GET or HEAD must carry the session's CSRF token and, when
the browser says where it comes from, come from this site.
"""

from __future__ import annotations

from contextlib import closing

from starlette.concurrency import run_in_threadpool
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Match

from review import audit, csrf, logins, roles
from review.accounts import StaffAccount
from review.config import ReviewConfig

PUBLIC = frozenset({"/login"})
SAFE_METHODS = frozenset({"GET", "HEAD"})
#: The cookie's key for the session's token (the rest of the cookie is the CSRF token).
TOKEN = "sid"
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class Guard(BaseHTTPMiddleware):
    """Login, role, CSRF and headers for the whole app."""

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        refused = await self._refusal(request)
        response = refused or await call_next(request)
        response.headers.update(HEADERS)
        return response

    async def _refusal(self, request: Request) -> Response | None:
        if request.method not in SAFE_METHODS and not await _form_is_genuine(request):
            return PlainTextResponse(
                "This form has expired or did not come from this site. Go back, reload the "
                "page and try again.",
                status_code=403,
            )
        if request.url.path in PUBLIC:
            return None
        config: ReviewConfig = request.app.state.config
        token = request.session.get(TOKEN)
        staff = await run_in_threadpool(resume, config, token)
        if staff is None:
            request.session.pop(TOKEN, None)
            if request.method in SAFE_METHODS and not request.url.path.startswith("/export"):
                return RedirectResponse("/login", status_code=303)
            return PlainTextResponse("Log in first.", status_code=401)
        request.state.staff = staff
        found, endpoint = _endpoint(request)
        if not found:
            return None  # no such page: routing answers 404
        need = roles.required(endpoint)
        if need is not None and roles.permits(staff.role, need):
            return None
        if request.url.path == "/" and request.method in SAFE_METHODS:
            return RedirectResponse(roles.HOME.get(staff.role, "/charts"), status_code=303)
        await run_in_threadpool(record, request, audit.REFUSED, request.url.path, request.url.query)
        return forbidden(request, need)


def resume(config: ReviewConfig, token: object) -> StaffAccount | None:
    """The account logged in with this cookie's token, or None (its session has ended)."""
    with closing(config.staff_records()) as conn:
        return logins.resume(conn, token, config.clock(), config.idle, config.longest)


def _endpoint(request: Request) -> tuple[bool, object]:
    """Whether a route matches (by path), and its endpoint (preferring one whose method
    matches, as routing will)."""
    partial: object = None
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match == Match.FULL:
            return True, getattr(route, "endpoint", None)
        if match == Match.PARTIAL and partial is None:
            partial = getattr(route, "endpoint", None)
    return partial is not None, partial


def forbidden(request: Request, need: roles.Can | None, why: str | None = None) -> Response:
    """A plain 403 page: what was refused and where to go instead, never any data."""
    staff: StaffAccount = request.state.staff
    what = why or f"Your account ({staff.role}) does not include {need or 'this page'}."
    context = {"why": what, "home": roles.HOME.get(staff.role, "/charts")}
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, "forbidden.html", context, status_code=403
    )


def record(request: Request, action: str, target: str = "", detail: str = "") -> None:
    """Write one audit entry for the logged-in staff member (in a worker thread)."""
    staff: StaffAccount | None = getattr(request.state, "staff", None)
    who = staff.name if staff else ""
    write(request, who, action, target, detail)


def write(request: Request, who: str, action: str, target: str = "", detail: str = "") -> None:
    config: ReviewConfig = request.app.state.config
    address = request.client.host if request.client else ""
    with closing(config.staff_records()) as conn:
        audit.record(conn, config.clock(), who, action, target, detail, address)


async def _form_is_genuine(request: Request) -> bool:
    origin = request.headers.get("origin")
    config: ReviewConfig = request.app.state.config
    here = f"{request.url.scheme}://{request.url.netloc}"
    if origin and origin != here and origin not in config.origins:
        return False  # behind an HTTPS proxy the browser's origin is the public URL
    submitted = request.headers.get(csrf.HEADER)
    if submitted is None:
        await request.body()  # cached, so the endpoint can read the form again
        form = await request.form()
        submitted = form.get(csrf.FIELD)  # type: ignore[assignment]
    return csrf.valid(request.session, submitted)

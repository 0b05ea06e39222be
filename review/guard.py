"""Every request passes here: logged in (or refused), CSRF-checked, and given safe headers.

Nothing but the login page answers without a login: pages redirect to it,
exports and form posts get 401. Every request that is not a GET or HEAD must
carry the session's CSRF token and, when the browser says where it comes from,
come from this site. The account must still exist: ``staff remove`` ends its
sessions at their next request.
"""

from __future__ import annotations

from contextlib import closing

from starlette.concurrency import run_in_threadpool
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from review import accounts, csrf
from review.config import ReviewConfig

PUBLIC = frozenset({"/login"})
SAFE_METHODS = frozenset({"GET", "HEAD"})
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
    """Login, CSRF and headers for the whole app."""

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
        name = request.session.get("staff")
        config: ReviewConfig = request.app.state.config
        if isinstance(name, str) and await run_in_threadpool(_still_staff, config, name):
            return None
        request.session.pop("staff", None)
        if request.method in SAFE_METHODS and not request.url.path.startswith("/export"):
            return RedirectResponse("/login", status_code=303)
        return PlainTextResponse("Log in first.", status_code=401)


def _still_staff(config: ReviewConfig, name: str) -> bool:
    with closing(config.staff()) as conn:
        return accounts.exists(conn, name)


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

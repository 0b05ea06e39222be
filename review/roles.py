"""What each kind of staff account may see, enforced on the server for every route.

- ``clinician``: everything (the safety queue, the check-ins, transcripts, follow-ups,
  charts, exports with session ids, the audit log);
- ``coordinator``: charts and counts of their own referral group(s) only;
- ``researcher``: charts and counts, and de-identified exports.

Each route's endpoint names what it needs with :func:`needs`; the guard refuses,
before routing, any endpoint that names nothing (deny by default). See docs/review.md.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar


class Can(StrEnum):
    """One thing a role may do; each route needs one."""

    SIGNED_IN = "signed in"  # log out, and land on one's home page
    QUEUE = "the safety queue"
    CHECKINS = "the list of check-ins"
    TRANSCRIPTS = "one check-in and its transcript"
    FOLLOWUPS = "follow-ups"
    CHARTS = "charts and counts"
    EXPORT = "exports"
    AUDIT = "the audit log"


CLINICIAN, COORDINATOR, RESEARCHER = "clinician", "coordinator", "researcher"
#: The role of an account made without one (and of every account made before roles).
DEFAULT = CLINICIAN
ROLES: dict[str, frozenset[Can]] = {
    CLINICIAN: frozenset(Can),
    COORDINATOR: frozenset({Can.SIGNED_IN, Can.CHARTS}),
    RESEARCHER: frozenset({Can.SIGNED_IN, Can.CHARTS, Can.EXPORT}),
}
#: Where each role lands after logging in.
HOME = {CLINICIAN: "/", COORDINATOR: "/charts", RESEARCHER: "/charts"}
#: The navigation, in order: (link, label, what it needs).
NAVIGATION: tuple[tuple[str, str, Can], ...] = (
    ("/", "Safety queue", Can.QUEUE),
    ("/sessions", "Check-ins", Can.CHECKINS),
    ("/charts", "Charts", Can.CHARTS),
    ("/followups", "Follow-ups", Can.FOLLOWUPS),
    ("/audit", "Audit log", Can.AUDIT),
)

_Endpoint = TypeVar("_Endpoint", bound=Callable[..., Any])


def needs(permission: Can) -> Callable[[_Endpoint], _Endpoint]:
    """Mark an endpoint with what it needs; the guard checks it before the endpoint runs."""

    def mark(endpoint: _Endpoint) -> _Endpoint:
        endpoint.permission = permission  # type: ignore[attr-defined]
        return endpoint

    return mark


def required(endpoint: object) -> Can | None:
    """What ``endpoint`` needs, or None when it names nothing (and is therefore refused)."""
    permission = getattr(endpoint, "permission", None)
    return permission if isinstance(permission, Can) else None


def permits(role: str, permission: Can) -> bool:
    return permission in ROLES.get(role, frozenset())


def links(role: str) -> list[tuple[str, str]]:
    """The navigation links a role may follow."""
    return [(href, label) for href, label, need in NAVIGATION if permits(role, need)]


def exact(role: str) -> bool:
    """Whether a role sees individual check-ins, so their list's counts are exact."""
    return permits(role, Can.CHECKINS)

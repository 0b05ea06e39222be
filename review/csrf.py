"""CSRF tokens: one random token per browser session, required on every form post."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import MutableMapping
from typing import Any

FIELD = "csrf_token"
HEADER = "x-csrf-token"


def token(session: MutableMapping[str, Any]) -> str:
    """The session's token, made on first use."""
    if not isinstance(session.get(FIELD), str):
        session[FIELD] = secrets.token_urlsafe(32)
    return str(session[FIELD])


def rotate(session: MutableMapping[str, Any]) -> str:
    """A fresh token (after logging in, so one seen before login is worth nothing)."""
    session[FIELD] = secrets.token_urlsafe(32)
    return str(session[FIELD])


def valid(session: MutableMapping[str, Any], submitted: object) -> bool:
    expected = session.get(FIELD)
    if not isinstance(expected, str) or not isinstance(submitted, str) or not submitted:
        return False
    return hmac.compare_digest(expected.encode(), submitted.encode())

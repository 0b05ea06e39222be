"""Pseudonymous patient keys: an HMAC-SHA256 of the chat id with a secret pepper.

A returning patient is recognised by the same key; the raw chat id is never
stored or logged. Without the secret (``PSEUDONYM_SECRET``) nobody can turn a key
back into a chat id, nor check a guessed chat id against it. See docs/privacy.md.
"""

from __future__ import annotations

import hashlib
import hmac


def patient_key(secret: str, channel: str, chat_id: int | str) -> str:
    """The stored key for one chat on one channel ("telegram", "terminal", ...)."""
    message = f"{channel}:{chat_id}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()

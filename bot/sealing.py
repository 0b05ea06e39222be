"""Sealing what must rest on disk for a moment: pending updates and unsent replies.

They hold a chat id and what the patient typed, which must never be stored in
the clear. They are encrypted (Fernet: AES with an HMAC) with a key derived
from ``PSEUDONYM_SECRET``, and emptied once handled or sent. See docs/privacy.md.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class Sealer:
    """Encrypts JSON-able values to bytes and back."""

    def __init__(self, secret: str) -> None:
        key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=None, info=b"sciatica-bot sealing"
        ).derive(secret.encode())
        self._fernet = Fernet(base64.urlsafe_b64encode(key))

    def seal(self, value: Any) -> bytes:
        return self._fernet.encrypt(json.dumps(value, separators=(",", ":")).encode())

    def open(self, token: bytes) -> Any:
        return json.loads(self._fernet.decrypt(token))

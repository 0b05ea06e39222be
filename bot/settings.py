"""Settings from the environment and ``.env`` (every one is listed in ``.env.example``)."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from flows.outcomes import Contacts

TOKEN_SHAPE = re.compile(r"^\d+:[\w-]{20,}$")


class Settings(BaseSettings):
    """Deployment settings. Names are the environment variables, upper-cased."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: str | None = None
    telegram_backend: Literal["ptb", "aiogram"] = "ptb"
    telegram_api_server: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    database_path: Path = Path("data/sciatica.db")
    pseudonym_secret: str | None = None
    retention_days: int = 90
    #: Days the typed text staff need (a red flag, a crisis, an unreadable or confirmed
    #: answer) is kept; the rest of its event stays for ``retention_days`` (docs/privacy.md).
    typed_text_days: int = 30
    #: Telegram's limits for the flood policy (bot/telegram/flood.py): messages a second
    #: for the bot, a short burst for one chat, messages a minute for one group.
    flood_per_second: float = 30.0
    flood_chat_burst: int = 5
    flood_group_per_minute: int = 20
    #: Follow-ups go out 09:00-20:00 in this zone for patients who gave none (SPEC 7).
    followup_timezone: str = "Europe/London"
    emergency_number: str | None = None
    urgent_line: str | None = None
    crisis_line: str | None = None
    log_level: str = "INFO"

    @field_validator("telegram_bot_token", "webhook_url", "pseudonym_secret", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @model_validator(mode="after")
    def _typed_text_goes_first(self) -> Settings:
        # the patient is told their words go sooner than the rest (bot/commands.py PRIVACY)
        if not 1 <= self.typed_text_days <= self.retention_days:
            raise ValueError(
                f"TYPED_TEXT_DAYS must be 1 to RETENTION_DAYS ({self.retention_days}), "
                f"not {self.typed_text_days}"
            )
        return self

    @cached_property
    def contacts(self) -> Contacts:
        return Contacts(self.emergency_number, self.urgent_line, self.crisis_line)

    def token_problem(self) -> str | None:
        """A one-line reason the token cannot be used, or None when it looks right."""
        token = self.telegram_bot_token
        if token is None:
            return "TELEGRAM_BOT_TOKEN is not set."
        if not TOKEN_SHAPE.match(token.strip()):
            return (
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then "
                "letters), as @BotFather gives it."
            )
        return None

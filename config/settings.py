"""Settings from environment variables, validated at start-up.

A bad value stops start-up with one line naming the variable (see ``load_settings``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    host: str = Field("127.0.0.1", validation_alias="HOST")
    port: int = Field(8080, ge=1, le=65535, validation_alias="PORT")
    redis_url: str | None = Field(None, validation_alias="REDIS_URL")
    log_level: str = Field("INFO", validation_alias="LOG_LEVEL")
    # Redis client: connections per process, and how long a request waits for a free one
    # (back-pressure: a burst costs latency, never a message let through).
    redis_max_connections: int = Field(
        200, ge=4, le=10_000, validation_alias="REDIS_MAX_CONNECTIONS"
    )
    redis_pool_timeout: float = Field(10.0, gt=0, le=120, validation_alias="REDIS_POOL_TIMEOUT")
    # Held items that Redis could not store wait here (local disk, fsynced) until replayed.
    journal_dir: Path = Field(Path("var/journal"), validation_alias="JOURNAL_DIR")

    telegram_bot_token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_api_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_URL")
    telegram_webhook_url: str | None = Field(None, validation_alias="TELEGRAM_WEBHOOK_URL")
    telegram_webhook_secret: SecretStr | None = Field(
        None, validation_alias="TELEGRAM_WEBHOOK_SECRET", validate_default=True
    )

    zalo_bot_token: SecretStr | None = Field(None, validation_alias="ZALO_BOT_TOKEN")
    zalo_api_url: str = Field("https://bot-api.zaloplatforms.com", validation_alias="ZALO_API_URL")
    zalo_webhook_secret: SecretStr | None = Field(None, validation_alias="ZALO_WEBHOOK_SECRET")
    zalo_admin_ids: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="ZALO_ADMIN_IDS"
    )
    zalo_webhook_url: str | None = Field(None, validation_alias="ZALO_WEBHOOK_URL")
    zalo_poll_timeout: int = Field(30, ge=1, le=60, validation_alias="ZALO_POLL_TIMEOUT")

    zalo_oa_app_id: str | None = Field(None, validation_alias="ZALO_OA_APP_ID")
    zalo_oa_app_secret: SecretStr | None = Field(None, validation_alias="ZALO_OA_APP_SECRET")
    zalo_oa_secret_key: SecretStr | None = Field(None, validation_alias="ZALO_OA_SECRET_KEY")
    zalo_oa_access_token: SecretStr | None = Field(None, validation_alias="ZALO_OA_ACCESS_TOKEN")
    zalo_oa_refresh_token: SecretStr | None = Field(None, validation_alias="ZALO_OA_REFRESH_TOKEN")
    zalo_oa_api_url: str = Field("https://openapi.zalo.me", validation_alias="ZALO_OA_API_URL")
    zalo_oa_oauth_url: str = Field(
        "https://oauth.zaloapp.com", validation_alias="ZALO_OA_OAUTH_URL"
    )
    zalo_oa_admin_group: str | None = Field(None, validation_alias="ZALO_OA_ADMIN_GROUP")
    zalo_oa_admin_ids: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="ZALO_OA_ADMIN_IDS"
    )
    zalo_oa_group_links: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="ZALO_OA_GROUP_LINKS"
    )

    binhyen_secret_key: SecretStr | None = Field(None, validation_alias="BINHYEN_SECRET_KEY")
    binhyen_old_secret_keys: SecretStr | None = Field(
        None, validation_alias="BINHYEN_OLD_SECRET_KEYS"
    )
    # Anonymous tips (handlers/tips/service.py; on when BINHYEN_SECRET_KEY is set).
    tip_link_retention_days: int = Field(90, ge=1, validation_alias="TIP_LINK_RETENTION_DAYS")
    tip_max_chars: int = Field(4000, ge=100, le=100_000, validation_alias="TIP_MAX_CHARS")
    tip_max_photo_mb: float = Field(10, gt=0, le=50, validation_alias="TIP_MAX_PHOTO_MB")
    tip_max_photos: int = Field(10, ge=1, le=50, validation_alias="TIP_MAX_PHOTOS")
    # Telegram lets a bot download files up to 20 MB.
    tip_max_document_mb: float = Field(10, gt=0, le=20, validation_alias="TIP_MAX_DOCUMENT_MB")
    tip_messages_per_hour: int = Field(30, ge=1, validation_alias="TIP_MESSAGES_PER_HOUR")
    tip_cases_per_day: int = Field(5, ge=1, validation_alias="TIP_CASES_PER_DAY")

    sim_enabled: bool = Field(True, validation_alias="SIM_ENABLED")
    # With HOST not loopback the simulator is off unless this is set (and CONSOLE_TOKEN too).
    sim_on_network: bool = Field(False, validation_alias="SIM_ON_NETWORK")
    sim_admins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["admin"], validation_alias="SIM_ADMINS"
    )
    console_token: SecretStr | None = Field(None, validation_alias="CONSOLE_TOKEN")

    retention_days: int = Field(90, ge=1, validation_alias="RETENTION_DAYS")
    remind_after_minutes: int = Field(30, ge=1, validation_alias="REMIND_AFTER_MINUTES")
    escalate_after_minutes: int = Field(120, ge=1, validation_alias="ESCALATE_AFTER_MINUTES")
    chief_admin_chat: str | None = Field(None, validation_alias="CHIEF_ADMIN_CHAT")
    notice_ttl_seconds: int = Field(60, ge=0, validation_alias="NOTICE_TTL_SECONDS")
    reconcile_seconds: int = Field(15, ge=1, validation_alias="RECONCILE_SECONDS")
    stall_seconds: int = Field(30, ge=1, validation_alias="STALL_SECONDS")
    extra_channel_modules: Annotated[list[str], NoDecode] = Field(
        default_factory=list, validation_alias="EXTRA_CHANNEL_MODULES"
    )

    @field_validator("sim_admins", "zalo_admin_ids", "extra_channel_modules", mode="before")
    @classmethod
    def _csv(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("zalo_oa_admin_ids", "zalo_oa_group_links", mode="before")
    @classmethod
    def _zalo_csv(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("zalo_oa_group_links")
    @classmethod
    def _zalo_links(cls, value: list[str]) -> list[str]:
        for pair in value:
            group, _, url = pair.partition("=")
            if not group or not url.startswith("https://"):
                raise ValueError("each entry must be <group id>=https://...")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        upper = value.upper()
        if upper not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return upper

    @field_validator("binhyen_secret_key", "binhyen_old_secret_keys")
    @classmethod
    def _secret_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        from handlers.tips.identity import decode_key, split_keys

        for part in split_keys(value.get_secret_value()):
            decode_key(part)  # ValueError names the rule, never the value
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("must start with redis://, rediss:// or unix://")
        return value

    @field_validator("telegram_bot_token")
    @classmethod
    def _telegram_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value():
            return None
        bot_id, _, rest = value.get_secret_value().partition(":")
        if not bot_id.isdigit() or not rest:
            raise ValueError("must look like 123456789:AAE... (as given by @BotFather)")
        return value

    @field_validator("telegram_webhook_secret")
    @classmethod
    def _telegram_secret(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        secret = value.get_secret_value() if value is not None else ""
        if info.data.get("telegram_webhook_url") and not secret:
            raise ValueError("must be set when TELEGRAM_WEBHOOK_URL is set")
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ValueError("1-256 characters among A-Z, a-z, 0-9, _ and -")
        return value if secret else None

    @property
    def loopback(self) -> bool:
        """Whether the web app listens on this machine only."""
        return self.host in LOOPBACK_HOSTS

    @property
    def simulator_on(self) -> bool:
        """The simulator and its API: on loopback by default; on a network address only when
        asked for (``SIM_ON_NETWORK``) and behind the token."""
        if not self.sim_enabled:
            return False
        return self.loopback or (self.sim_on_network and self.console_token is not None)

    @property
    def console_on(self) -> bool:
        return self.console_token is not None or self.loopback

    @property
    def embedded(self) -> bool:
        """No REDIS_URL: in-process fake Redis and worker."""
        return self.redis_url is None


def load_settings(**overrides: object) -> Settings:
    """Read settings; on a bad value print one clear line naming the variable and exit(2)."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first.get("loc") else "?"
        sys.stderr.write(f"Invalid setting {name}: {first['msg']}\n")
        raise SystemExit(2) from None

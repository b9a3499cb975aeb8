"""Builds the anonymous-tip use case from settings (called by ``bot.compose``)."""

from __future__ import annotations

import logging

from redis.asyncio import Redis

from config.settings import Settings
from handlers.bindings import Bindings
from handlers.jobs import JobQueue
from handlers.ports import Channel
from handlers.tips.identity import KeyRing, split_keys
from handlers.tips.service import TipLimits, TipService
from handlers.tips.store import TipStore
from moderation import Engine

log = logging.getLogger(__name__)


def build_tips(
    settings: Settings,
    *,
    redis: Redis,
    engine: Engine,
    bindings: Bindings,
    channels: dict[str, Channel],
    queue: JobQueue,
) -> TipService | None:
    """The tip service, or None (tips off, private chats get the greeter) without a key."""
    if settings.binhyen_secret_key is None:
        log.warning(
            "anonymous tips are OFF: BINHYEN_SECRET_KEY is not set (private chats get a greeting)"
        )
        return None
    old = settings.binhyen_old_secret_keys
    keys = KeyRing.from_strings(
        settings.binhyen_secret_key.get_secret_value(),
        split_keys(old.get_secret_value() if old is not None else None),
    )
    limits = TipLimits(
        max_chars=settings.tip_max_chars,
        max_photo_bytes=int(settings.tip_max_photo_mb * 1_000_000),
        max_photos=settings.tip_max_photos,
        max_document_bytes=int(settings.tip_max_document_mb * 1_000_000),
        per_hour=settings.tip_messages_per_hour,
        cases_per_day=settings.tip_cases_per_day,
    )
    retention = settings.tip_link_retention_days
    log.info(
        "anonymous tips on: key id %s, links kept %d days after close", keys.key_id, retention
    )
    return TipService(
        TipStore(redis, link_retention=retention * 86400),
        keys,
        engine,
        bindings,
        channels,
        queue,
        limits=limits,
        retention_days=retention,
    )

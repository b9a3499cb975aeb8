"""The composition root: builds the whole object graph from settings.

The web process and every worker process call ``build_services``; tests call it too, with
fakes only at the edges (fake Redis, fake channel servers).
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from typing import Any

import fakeredis
from redis import BlockingConnectionPool as SyncBlockingPool
from redis import Redis as SyncRedis
from redis.asyncio import BlockingConnectionPool as AsyncBlockingPool
from redis.asyncio import Redis

from config.settings import Settings
from handlers.bindings import Bindings
from handlers.duties.maintenance import Maintenance
from handlers.ports import Channel
from handlers.review.admin import AdminCommands
from handlers.review.flow import ModerationFlow
from handlers.review.group_admin import GroupAdmin
from handlers.review.journal import Journal
from handlers.review.policies import Policies
from handlers.review.service import ReviewService
from handlers.review.store import ReviewStore
from handlers.router import Greeter, Router
from handlers.tips.admin import TipAdmin
from handlers.tips.setup import build_tips
from moderation import Engine, default_engine
from workers.queue import RQJobQueue

log = logging.getLogger(__name__)

# Each channel module exposes ``create_channel(settings, redis) -> Channel | None`` (None when
# its settings are absent: that channel is simply off) and, if it receives over the web,
# ``setup_web(app, services)``. For Telegram that is ``telegram_web``, the top of its modules, so
# they import each other in one direction only.
CHANNEL_MODULES = [
    "bot.channels.simulator",
    "bot.channels.telegram_web",
    "bot.channels.zalo",
    "bot.channels.zalo_oa",
]

HEALTH_CHECK_SECONDS = 5  # a pooled connection idle longer is PINGed before use
SOCKET_TIMEOUT_SECONDS = 5.0

# One in-process Redis per process in embedded mode, shared by the web app and its worker.
_EMBEDDED_SERVER: fakeredis.FakeServer | None = None


def embedded_server() -> fakeredis.FakeServer:
    global _EMBEDDED_SERVER
    if _EMBEDDED_SERVER is None:
        _EMBEDDED_SERVER = fakeredis.FakeServer()
    return _EMBEDDED_SERVER


def connect(settings: Settings) -> tuple[Redis, SyncRedis]:
    """The async client for use cases and the sync one RQ needs, on the same Redis."""
    if settings.redis_url is None:
        server = embedded_server()
        return fakeredis.FakeAsyncRedis(server=server), fakeredis.FakeRedis(server=server)
    # Blocking pools: a request waits (bounded) for a free connection instead of failing
    # with MaxConnectionsError; pooled connections are health-checked so none is used stale
    # after a Redis restart. The RQ worker raises its own socket timeout above BLPOP's.
    options: dict[str, Any] = {
        "max_connections": settings.redis_max_connections,
        "timeout": settings.redis_pool_timeout,
        "health_check_interval": HEALTH_CHECK_SECONDS,
        "socket_connect_timeout": SOCKET_TIMEOUT_SECONDS,
        "socket_timeout": SOCKET_TIMEOUT_SECONDS,
        "socket_keepalive": True,
    }
    return (
        Redis(connection_pool=AsyncBlockingPool.from_url(settings.redis_url, **options)),
        SyncRedis(connection_pool=SyncBlockingPool.from_url(settings.redis_url, **options)),
    )


def worker_connection(settings: Settings) -> SyncRedis:
    """A connection of its own for an RQ worker. RQ raises the pool's socket timeout above its
    BLPOP timeout when the worker is made, which reaches only connections made after that: a
    pool shared with code that connected earlier hands the worker a connection that times out
    5 s into its first BLPOP ("could not connect to Redis instance: Timeout reading")."""
    assert settings.redis_url is not None
    return SyncRedis(
        connection_pool=SyncBlockingPool.from_url(
            settings.redis_url,
            max_connections=8,
            timeout=settings.redis_pool_timeout,
            health_check_interval=HEALTH_CHECK_SECONDS,
            socket_connect_timeout=SOCKET_TIMEOUT_SECONDS,
            socket_keepalive=True,
        )
    )


@dataclass
class Services:
    settings: Settings
    redis: Redis
    sync_redis: SyncRedis
    queue: RQJobQueue
    engine: Engine
    store: ReviewStore
    bindings: Bindings
    policies: Policies
    channels: dict[str, Channel]
    review: ReviewService
    flow: ModerationFlow
    admin: AdminCommands
    maintenance: Maintenance
    router: Router
    extras: dict[str, object] = field(default_factory=dict)

    async def close(self) -> None:
        for channel in self.channels.values():
            await channel.close()
        await self.redis.aclose()


def channel_modules(settings: Settings) -> list[str]:
    """Built-in channel modules, then any named in EXTRA_CHANNEL_MODULES (a later module's
    channel replaces an earlier one of the same name)."""
    return [*CHANNEL_MODULES, *settings.extra_channel_modules]


def create_channels(settings: Settings, redis: Redis) -> dict[str, Channel]:
    channels: dict[str, Channel] = {}
    for module_name in channel_modules(settings):
        module = importlib.import_module(module_name)
        for channel in _as_list(module.create_channel(settings, redis)):
            channels[channel.name] = channel
    return channels


def _as_list(value: Channel | list[Channel] | None) -> list[Channel]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


async def build_services(
    settings: Settings,
    *,
    redis: Redis | None = None,
    sync_redis: SyncRedis | None = None,
    engine: Engine | None = None,
    channels: dict[str, Channel] | None = None,
) -> Services:
    if redis is None or sync_redis is None:
        redis, sync_redis = connect(settings)
    engine = engine or default_engine()
    channels = channels if channels is not None else create_channels(settings, redis)
    queue = RQJobQueue(sync_redis)
    store = ReviewStore(redis, retention_seconds=settings.retention_days * 86400)
    defaults = {
        name: list(getattr(channel, "default_admin_chats", []))
        for name, channel in channels.items()
    }
    bindings = Bindings(redis, defaults)
    policies = Policies(redis)
    review = ReviewService(
        store, bindings, channels, queue, notice_ttl=settings.notice_ttl_seconds
    )
    flow = ModerationFlow(engine, store, policies, channels, queue, Journal(settings.journal_dir))
    admin = AdminCommands(review)
    group_admin = GroupAdmin(
        redis=redis,
        store=store,
        bindings=bindings,
        policies=policies,
        engine=engine,
        channels=channels,
        queue=queue,
    )
    tips = build_tips(
        settings, redis=redis, engine=engine, bindings=bindings, channels=channels, queue=queue
    )
    maintenance = Maintenance(
        store,
        bindings,
        channels,
        queue,
        remind_after=settings.remind_after_minutes * 60,
        escalate_after=settings.escalate_after_minutes * 60,
        retention=settings.retention_days * 86400,
        chief_admin_chat=settings.chief_admin_chat,
        stall_seconds=settings.stall_seconds,
        tips=tips.store if tips is not None else None,
    )
    # Tips' press handler goes first: review answers "invalid" to every action it lacks.
    tip_admin = [TipAdmin(tips)] if tips is not None else []
    router = Router(
        flow,
        bindings,
        channels,
        admin_handlers=[admin, group_admin, *tip_admin],
        press_handlers=[*tip_admin, review],
        private=tips if tips is not None else Greeter(channels),
    )
    return Services(
        settings=settings,
        redis=redis,
        sync_redis=sync_redis,
        queue=queue,
        engine=engine,
        store=store,
        bindings=bindings,
        policies=policies,
        channels=channels,
        review=review,
        flow=flow,
        admin=admin,
        maintenance=maintenance,
        router=router,
        extras={"group_admin": group_admin, "tips": tips},
    )

"""``/healthz`` and ``/metrics``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from prometheus_client.core import GaugeMetricFamily
from redis.exceptions import RedisError
from rq.worker import Worker

from handlers.review.store import State

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)


class QueueCollector:
    """Queue depths read at scrape time (they live in Redis, shared by all processes)."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def collect(self):
        gauge = GaugeMetricFamily("binhyen_queue_depth", "Jobs waiting", labels=["queue"])
        failed = GaugeMetricFamily("binhyen_failed_jobs", "Jobs in the failed registry")
        held = GaugeMetricFamily("binhyen_held_items", "Items waiting for an admin")
        try:
            gauge.add_metric(["jobs"], self.services.queue.depth())
            failed.add_metric([], self.services.queue.failed_count())
            held.add_metric([], self.services.sync_redis.zcard(f"by:idx:state:{State.HELD}"))
        except RedisError:
            log.warning("metrics: Redis unreachable")
            return
        yield gauge
        yield failed
        yield held


class OpsWeb:
    def __init__(self, services: Services, *, embedded_worker: bool) -> None:
        self.services = services
        self.embedded_worker = embedded_worker
        self.collector = QueueCollector(services)
        REGISTRY.register(self.collector)

    def close(self) -> None:
        REGISTRY.unregister(self.collector)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/healthz", self.healthz), web.get("/metrics", self.metrics)]

    async def healthz(self, request: web.Request) -> web.Response:
        try:
            await self.services.redis.ping()
            redis_ok = True
        except (RedisError, OSError):
            redis_ok = False
        workers = 0
        if redis_ok:
            try:
                workers = Worker.count(connection=self.services.sync_redis)
            except RedisError:
                workers = 0
        ok = redis_ok and workers > 0
        body = {
            "ok": ok,
            "redis": redis_ok,
            "workers": workers,
            "mode": "embedded" if self.embedded_worker else "redis",
        }
        return web.json_response(body, status=200 if ok else 503)

    async def metrics(self, request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(REGISTRY), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

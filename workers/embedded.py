"""The in-process worker of the embedded default: RQ's SimpleWorker on a thread.

Used when no ``REDIS_URL`` is set: the web process runs its own worker against the in-process
fake Redis, so ``make run`` needs nothing else.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import TYPE_CHECKING

from redis.exceptions import RedisError
from rq.timeouts import TimerDeathPenalty

from workers import runtime
from workers.ticker import Ticker
from workers.worker import QueueWorker

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)


class ThreadWorker(QueueWorker):
    """A SimpleWorker that can live on a non-main thread and stops within a second."""

    death_penalty_class = TimerDeathPenalty

    @property
    def dequeue_timeout(self) -> int:
        return 1

    def _install_signal_handlers(self) -> None:
        return None

    def dequeue_job_and_maintain_ttl(self, timeout, max_idle_time=None):
        # RQ waits for a job forever; wake up every second to see whether we must stop.
        while not self._stop_requested:
            result = super().dequeue_job_and_maintain_ttl(timeout, max_idle_time=1)
            if result is not None:
                return result
        return None


class EmbeddedWorker:
    def __init__(self, services: Services, loop: asyncio.AbstractEventLoop) -> None:
        self.services = services
        self.loop = loop
        self.stopping = threading.Event()
        self.worker = self._new_worker()
        self.ticker = Ticker(
            services.sync_redis,
            services.queue,
            interval=0.5,
            reconcile_seconds=services.settings.reconcile_seconds,
        )
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        runtime.install(runtime.Runtime(self.services, self.loop))
        self._thread = threading.Thread(target=self._work, name="binhyen-worker", daemon=True)
        self._thread.start()
        self.ticker.start()
        log.info("embedded worker started")

    def _new_worker(self) -> ThreadWorker:
        return ThreadWorker([self.services.queue.queue], connection=self.services.sync_redis)

    def _work(self) -> None:
        # RQ's loop survives a Redis outage while it waits for a job, not one that hits its
        # bookkeeping: then a fresh worker takes over once Redis answers again.
        while not self.stopping.is_set():
            try:
                self.worker.work(logging_level="WARNING")
                return
            except RedisError as exc:
                log.warning("embedded worker: Redis unreachable (%s), again in 1 s", exc)
                if self.stopping.wait(1.0):
                    return
                self.worker = self._new_worker()

    def stop(self) -> None:
        self.stopping.set()
        self.ticker.stop()
        self.worker._stop_requested = True
        if self._thread is not None:
            self._thread.join(timeout=5)
        runtime.install(None)

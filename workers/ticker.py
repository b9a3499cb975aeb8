"""Periodic duties, run by every worker process (and the embedded worker).

Each duty is queued at most once per interval across all processes, through a Redis key set
with NX and an expiry. The same loop moves jobs scheduled for later (``enqueue_in``: delayed
notices, retry-after) onto the queue, holding RQ's scheduler lock so only one process does.
"""

from __future__ import annotations

import logging
import threading

from redis import Redis
from rq.scheduler import RQScheduler

from workers.queue import RQJobQueue

log = logging.getLogger(__name__)

# Seconds between runs of each duty; ``reconcile`` follows the RECONCILE_SECONDS setting.
DUTIES = {
    "reconcile": 15,
    "remind": 60,
    "purge": 3600,
    "periodic_reports": 3600,
    "forget_tip_reporters": 3600,
}


class Ticker:
    def __init__(
        self,
        connection: Redis,
        queue: RQJobQueue,
        *,
        interval: float = 1.0,
        reconcile_seconds: int = DUTIES["reconcile"],
    ) -> None:
        self.connection = connection
        self.duties = {**DUTIES, "reconcile": reconcile_seconds}
        self.queue = queue
        self.interval = interval
        self.stopping = threading.Event()
        self.scheduler = RQScheduler([queue.queue], connection=connection)
        self._thread: threading.Thread | None = None

    def tick(self) -> list[str]:
        queued = []
        for duty, every in self.duties.items():
            if self.connection.set(f"by:tick:{duty}", "1", nx=True, ex=every):
                self.queue.enqueue(duty, job_id=f"duty-{duty}")
                queued.append(duty)
        if not self.scheduler.acquired_locks:
            self.scheduler.acquire_locks()
        if self.scheduler.acquired_locks:
            self.scheduler.enqueue_scheduled_jobs()
        return queued

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                self.tick()
            except Exception:
                log.exception("ticker failed; trying again")
            self.stopping.wait(self.interval)
        if self.scheduler.acquired_locks:
            self.scheduler.release_locks()

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="binhyen-ticker", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

"""The RQ implementation of the use cases' ``JobQueue`` port."""

from __future__ import annotations

import logging
import math
from datetime import timedelta
from typing import Any

from redis import Redis
from rq import Queue, Retry
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus
from rq.registry import FailedJobRegistry

log = logging.getLogger(__name__)

QUEUE_NAME = "binhyen"
# Channel errors other than an explicit retry-after back off like this, then land in the
# failed registry (RQ's dead-letter queue), listed and re-run by ``python -m workers``.
RETRY = Retry(max=5, interval=[2, 10, 30, 120, 600])
PENDING = {JobStatus.QUEUED, JobStatus.STARTED, JobStatus.SCHEDULED, JobStatus.DEFERRED}
# Jobs whose successful result nothing reads: RQ deletes the job on success instead of
# saving a result (failures still land in the failed registry).
NO_RESULT = {"after_hold"}


class RQJobQueue:
    def __init__(self, connection: Redis, *, name: str = QUEUE_NAME) -> None:
        self.connection = connection
        self.queue = Queue(name, connection=connection)

    def enqueue(
        self,
        name: str,
        *args: str | int | float,
        job_id: str | None = None,
        delay: float = 0.0,
        new: bool = False,
    ) -> None:
        if job_id is not None and not new and self._pending(job_id):
            return
        func = f"workers.jobs.{name}"
        options: dict[str, Any] = {
            "job_id": job_id,
            "retry": RETRY,
            "description": f"{name}{args!r}",
        }
        if name in NO_RESULT:
            options["result_ttl"] = 0
        if delay > 0:
            # RQ's scheduled registry keeps whole seconds (truncated) and the scheduler polls
            # once a second: round up and add one, so a retry-after is never cut short.
            wait = timedelta(seconds=math.ceil(delay) + 1)
            self.queue.enqueue_in(wait, func, *args, **options)
        else:
            self.queue.enqueue(func, *args, **options)

    def _pending(self, job_id: str) -> bool:
        try:
            job = Job.fetch(job_id, connection=self.connection)
        except NoSuchJobError:
            return False
        return job.get_status(refresh=False) in PENDING

    def depth(self) -> int:
        return len(self.queue)

    def failed_count(self) -> int:
        return FailedJobRegistry(queue=self.queue).count

    def failed_jobs(self) -> list[Job]:
        registry = FailedJobRegistry(queue=self.queue)
        return [
            job
            for job in Job.fetch_many(registry.get_job_ids(), connection=self.connection)
            if job is not None
        ]

    def requeue_failed(self, job_id: str | None = None) -> int:
        registry = FailedJobRegistry(queue=self.queue)
        ids = [job_id] if job_id else registry.get_job_ids()
        count = 0
        for jid in ids:
            registry.requeue(jid)
            count += 1
        return count

"""``python -m workers`` status, failed and requeue against a real Redis."""

from __future__ import annotations

import pytest
from redis import Redis
from rq import Queue
from rq.registry import FailedJobRegistry
from rq.worker import SimpleWorker

from workers import __main__ as cli
from workers import runtime
from workers.queue import QUEUE_NAME

pytestmark = pytest.mark.redis


@pytest.fixture
def worker_env(redis_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("REDIS_URL", redis_url)
    runtime.install(None)
    yield Redis.from_url(redis_url)
    runtime.install(None)


def test_failed_jobs_are_listed_and_can_be_run_again(
    worker_env: Redis,
    capsys: pytest.CaptureFixture[str],
) -> None:
    queue = Queue(QUEUE_NAME, connection=worker_env)
    # A channel name that does not exist makes the job fail (no retry: straight to failed).
    job = queue.enqueue(
        "workers.jobs.delete_message", "no-such-channel", "g", "1", job_id="doomed"
    )
    SimpleWorker([queue], connection=worker_env).work(burst=True)
    assert FailedJobRegistry(queue=queue).get_job_ids() == [job.id]

    assert cli.main(["failed"]) == 0
    out = capsys.readouterr().out
    assert "doomed" in out
    assert "1 failed job(s)" in out

    assert cli.main(["status"]) == 0
    out = capsys.readouterr().out
    assert "failed jobs: 1" in out
    assert "oldest undecided: none" in out

    assert cli.main(["requeue", "doomed"]) == 0
    assert "requeued 1 job(s)" in capsys.readouterr().out
    assert FailedJobRegistry(queue=queue).get_job_ids() == []
    assert queue.get_job_ids() == ["doomed"]


def test_without_redis_url_the_worker_explains_itself(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert cli.main(["status"]) == 2
    assert "REDIS_URL" in capsys.readouterr().err

"""``python -m workers``: run a worker, or inspect and repair the queue.

python -m workers                 run a worker with the periodic duties (the Procfile's worker)
python -m workers status          queue depth, failed jobs, oldest undecided item
python -m workers failed          list failed jobs (RQ's failed registry)
python -m workers requeue [ID]    re-run one failed job, or all of them
python -m workers report FROM TO  a report for a period (dates as YYYY-MM-DD)
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import datetime

from redis.exceptions import RedisError

from bot.compose import worker_connection
from config.settings import load_settings
from workers import runtime
from workers.queue import RQJobQueue
from workers.ticker import Ticker
from workers.worker import QueueWorker

log = logging.getLogger("workers")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m workers",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("work", help="run a worker (default)")
    sub.add_parser("status", help="queue depth, failed jobs, oldest undecided item")
    sub.add_parser("failed", help="list failed jobs")
    requeue = sub.add_parser("requeue", help="re-run failed jobs")
    requeue.add_argument("job_id", nargs="?", help="one job id; all failed jobs if omitted")
    report = sub.add_parser("report", help="report for a period")
    report.add_argument("start", help="YYYY-MM-DD")
    report.add_argument("end", help="YYYY-MM-DD (exclusive)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = load_settings()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if settings.redis_url is None:
        sys.stderr.write(
            "REDIS_URL chưa được đặt: worker riêng cần Redis dùng chung với web "
            "(ở chế độ mặc định, worker chạy ngay trong tiến trình web).\n"
        )
        return 2
    command = args.command or "work"
    if command == "work":
        return _work()
    rt = runtime.current()
    services = rt.services
    queue: RQJobQueue = services.queue
    if command == "status":
        from handlers.review.store import State

        held = rt.run(services.store.count(State.HELD))
        oldest = rt.run(services.store.oldest(State.HELD))
        print(f"queue depth: {queue.depth()}")
        print(f"failed jobs: {queue.failed_count()}")
        print(f"held items: {held}")
        if oldest:
            item_id, created = oldest
            print(f"oldest undecided: #{item_id}, {(time.time() - created) / 60:.0f} min old")
        else:
            print("oldest undecided: none")
        return 0
    if command == "failed":
        jobs = queue.failed_jobs()
        for job in jobs:
            result = job.latest_result()
            lines = (result.exc_string or "").strip().splitlines() if result else []
            print(f"{job.id}\t{job.description}\t{lines[-1] if lines else ''}")
        print(f"{len(jobs)} failed job(s)")
        return 0
    if command == "requeue":
        print(f"requeued {queue.requeue_failed(args.job_id)} job(s)")
        return 0
    if command == "report":
        start = datetime.strptime(args.start, "%Y-%m-%d").timestamp()
        end = datetime.strptime(args.end, "%Y-%m-%d").timestamp()
        report = rt.run(services.maintenance.report(start, end, f"{args.start} - {args.end}"))
        print(report.text())
        return 0
    return 2


def _work() -> int:
    rt = runtime.current()
    services = rt.services
    ticker = Ticker(
        services.sync_redis, services.queue, reconcile_seconds=services.settings.reconcile_seconds
    )
    ticker.start()
    connection = worker_connection(services.settings)
    try:
        while True:
            worker = QueueWorker([services.queue.queue], connection=connection)
            log.info("worker %s started on queue %s", worker.name, services.queue.queue.name)
            try:
                worker.work()
                return 0
            except RedisError as exc:
                # RQ survives an outage while waiting for a job, not one in its bookkeeping.
                log.warning("worker: Redis unreachable (%s), a new worker in 1 s", exc)
                time.sleep(1.0)
    finally:
        ticker.stop()


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark (run by hand, not a test): flagged message -> review card posted, on real Redis.

    .venv/bin/python bench/queue.py [--rate 100] [--seconds 10] [--workers 1 2]

For each worker count: empties Redis database 8 (or BENCH_REDIS_URL), starts that many
``python -m workers`` processes, feeds flagged messages through the moderation flow at a fixed
rate (each one held, deleted in the simulator, and handed to the queue with its card, group
notice and author notice jobs), then reads when each card reached the simulator's admin room.
Prints cards per second and p50/p99 time from message to card.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and bench/queue.py would shadow the
# standard library's queue module: put the repository root there instead.
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import argparse
import asyncio
import os
import statistics
import subprocess
import time

import redis
from rq import Worker

from bot.compose import build_services
from config.settings import Settings
from handlers.ports import ChatKind, IncomingMessage, User

TEXT = "Nhờ mọi người xác minh giúp số CCCD 001099012345 của tôi"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(url: str, workers: int, rate: int, seconds: int) -> None:
    redis.Redis.from_url(url).flushdb()
    env = {**os.environ, "REDIS_URL": url, "LOG_LEVEL": "WARNING", "NOTICE_TTL_SECONDS": "0"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "workers"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    services = await build_services(Settings(REDIS_URL=url, NOTICE_TTL_SECONDS=0))
    sim = services.channels["sim"]
    await asyncio.to_thread(services.engine.warm_up)
    # Each worker builds its services (rules, channels) before it registers: wait for all.
    deadline = time.time() + 120
    while Worker.count(queue=services.queue.queue) < workers:
        if time.time() > deadline:
            raise SystemExit(f"{workers} workers did not register within 120 s")
        await asyncio.sleep(0.2)
    started: dict[str, float] = {}
    total = rate * seconds
    t0 = time.perf_counter()
    for n in range(total):
        due = t0 + n / rate
        delay = due - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        message_id = await sim.post_from_user("nhom-bench", User(f"u{n}", "Thành viên"), TEXT)
        msg = IncomingMessage(
            "sim",
            "nhom-bench",
            ChatKind.GROUP,
            message_id,
            User(f"u{n}", "Thành viên"),
            TEXT,
            time.time(),
            chat_title="nhom-bench",
        )
        sent_at = time.time()
        outcome = await services.flow.handle(msg)
        if outcome.item_id is None:
            raise SystemExit("the engine did not flag the benchmark message")
        started[outcome.item_id] = sent_at
    feed_seconds = time.perf_counter() - t0

    latencies: list[float] = []
    deadline = time.time() + 120
    pending = set(started)
    card_times: list[float] = []
    while pending and time.time() < deadline:
        for item_id in list(pending):
            item = await services.store.get(item_id)
            if item and item.cards:
                card_id = item.cards["admins"]
                date = float(await services.redis.hget(f"sim:msg:{card_id}", "date"))
                latencies.append(date - started[item_id])
                card_times.append(date)
                pending.discard(item_id)
        await asyncio.sleep(0.2)
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.wait(timeout=10)
    await services.close()
    if pending:
        print(f"workers={workers}: {len(pending)} cards missing after 120 s")
    span = max(card_times) - min(started.values())
    print(
        f"workers={workers} offered={rate}/s for {seconds}s (fed in {feed_seconds:.1f}s): "
        f"cards={len(latencies)} throughput={len(latencies) / span:.0f}/s "
        f"p50={statistics.median(latencies) * 1000:.0f}ms "
        f"p99={percentile(latencies, 0.99) * 1000:.0f}ms max={max(latencies) * 1000:.0f}ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
    for count in args.workers:
        asyncio.run(run(url, count, args.rate, args.seconds))


if __name__ == "__main__":
    main()

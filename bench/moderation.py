"""Benchmark (run by hand, not a test): the moderation pipeline on the labelled corpus.

    .venv/bin/python bench/moderation.py [--corpus tests/data/corpus.jsonl] [--rounds 5]

Prints, on one core (this process, one thread): messages per second, p50/p99/max latency per
message of ``Engine.moderate``, the time of one plain ``underthesea.word_tokenize`` pass over the
same messages and the ratio pipeline / tokenisation (target <= 1.0), the p99 target (< 5 ms), and
the resident memory of the process with the engine loaded (target < 300 MB). Then the cost
of long messages, checked whole in overlapping chunks: a 4,096-character message (Telegram's
limit), a 10,000-emoji one and the largest the engine checks (``MAX_TOTAL``), each as a ratio to
the median corpus message measured in the same run.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, and bench/queue.py would shadow the
# standard library's queue module: put the repository root there instead.
ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)

import argparse
import json
import os
import resource
import statistics
import time

from moderation import Engine
from moderation.engine import MAX_CHARS, MAX_TOTAL


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rss_mb() -> float:
    """Current resident set size, from /proc on Linux, else the peak from getrusage."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests/data/corpus.jsonl")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the corpus")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    base_mb = rss_mb()
    t = time.perf_counter()
    engine = Engine.load()
    engine.warm_up()
    load_s = time.perf_counter() - t
    loaded_mb = rss_mb()

    for text in texts:  # one warm pass: caches, lazy imports
        engine.moderate(text)

    latencies: list[float] = []
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            t = time.perf_counter()
            engine.moderate(text)
            latencies.append(time.perf_counter() - t)
    pipeline_s = (time.perf_counter() - t0) / args.rounds

    from underthesea import word_tokenize

    for text in texts:
        word_tokenize(text)
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for text in texts:
            word_tokenize(text)
    tokenize_s = (time.perf_counter() - t0) / args.rounds

    ms = [x * 1000 for x in latencies]
    p99 = percentile(ms, 0.99)
    ratio = pipeline_s / tokenize_s
    print(f"corpus: {len(texts)} messages x {args.rounds} rounds, one core")
    print(f"engine load + warm-up: {load_s:.2f} s")
    print(f"pipeline: {len(texts) / pipeline_s:,.0f} messages/s")
    print(
        f"latency per message: p50 {statistics.median(ms):.3f} ms, p99 {p99:.3f} ms, "
        f"max {max(ms):.3f} ms  (target p99 < 5 ms: {'ok' if p99 < 5 else 'MISSED'})"
    )
    print(
        f"one underthesea.word_tokenize pass: {tokenize_s * 1000:.1f} ms; pipeline pass: "
        f"{pipeline_s * 1000:.1f} ms; ratio {ratio:.2f} "
        f"(target <= 1.0: {'ok' if ratio <= 1.0 else 'MISSED'})"
    )
    median_ms = statistics.median(ms)
    sentence = "Bà con nhớ giữ gìn vệ sinh chung, tối nay họp tổ dân phố lúc 8 giờ. "
    tail = " CCCD của tôi là 001203012345 nhé"
    long_texts = {
        f"{MAX_CHARS:,} characters": (sentence * MAX_CHARS)[: MAX_CHARS - len(tail)] + tail,
        "10,000 emoji": "😀" * 10_000 + tail,
        f"{MAX_TOTAL:,} characters (the cap)": (sentence * MAX_TOTAL)[: MAX_TOTAL - len(tail)]
        + tail,
    }
    for label, text in long_texts.items():
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            decision = engine.moderate(text)
            runs.append((time.perf_counter() - t) * 1000)
        best = min(runs)
        print(
            f"long message, {label}: {best:.1f} ms ({best / median_ms:,.0f}x the median "
            f"message), held: {decision.action == 'hold'}"
        )
    final_mb = rss_mb()
    print(
        f"memory (RSS): {base_mb:.0f} MB before load, {loaded_mb:.0f} MB loaded, "
        f"{final_mb:.0f} MB at the end (target < 300 MB: {'ok' if final_mb < 300 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()

"""Prometheus metrics shared by the web process and the workers."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

MESSAGES_SEEN = Counter("binhyen_messages_seen_total", "Messages received", ["channel", "kind"])
MESSAGES_FLAGGED = Counter(
    "binhyen_messages_flagged_total",
    "Messages flagged, by category and action",
    ["category", "action"],
)
DRY_RUN_FLAGS = Counter(
    "binhyen_dry_run_flags_total",
    "Findings reported only (dry-run or trusted admin)",
    ["category"],
)
MODERATION_SECONDS = Histogram(
    "binhyen_moderation_seconds",
    "Time to moderate one message",
    buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.05, 0.1, 0.5),
)
DECISION_LATENCY = Histogram(
    "binhyen_decision_latency_seconds",
    "Time from hold to an admin's decision",
    buckets=(10, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600),
)
UNMODERATED = Counter(
    "binhyen_unmoderated_total", "Messages passed unmoderated because Redis was unreachable"
)
CHANNEL_ERRORS = Counter("binhyen_channel_errors_total", "Channel action failures", ["channel"])
TIPS = Counter("binhyen_tips_total", "Anonymous tip events", ["event"])
TIP_FIRST_RESPONSE = Histogram(
    "binhyen_tip_first_response_seconds",
    "Time from a tip to the admins' first response",
    buckets=(60, 300, 900, 3600, 4 * 3600, 24 * 3600, 3 * 24 * 3600, 7 * 24 * 3600),
)

"""The one use case every channel's group messages flow into: moderate, hold, hand off."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from redis.exceptions import RedisError

from handlers.jobs import JobQueue
from handlers.metrics import (
    DRY_RUN_FLAGS,
    MESSAGES_FLAGGED,
    MESSAGES_SEEN,
    MODERATION_SECONDS,
    UNMODERATED,
)
from handlers.ports import (
    Channel,
    ChannelError,
    IncomingMessage,
    MissingPermission,
    RetryAfter,
)
from handlers.review.policies import Policies
from handlers.review.store import ReviewStore
from moderation import Action, Decision, Engine, ModerationContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    decision: Decision | None
    item_id: str | None = None
    # "none" | "deleted" | "delete_pending" (rate limited) | "kept" | "delete_failed" |
    # "duplicate" | "unmoderated"
    taken: str = "none"


class ModerationFlow:
    def __init__(
        self,
        engine: Engine,
        store: ReviewStore,
        policies: Policies,
        channels: dict[str, Channel],
        queue: JobQueue,
    ) -> None:
        self.engine = engine
        self.store = store
        self.policies = policies
        self.channels = channels
        self.queue = queue

    async def handle(self, msg: IncomingMessage) -> Outcome:
        MESSAGES_SEEN.labels(msg.channel, "group").inc()
        channel = self.channels[msg.channel]
        try:
            return await self._handle(msg, channel)
        except RedisError:
            UNMODERATED.inc()
            log.exception(
                "REDIS UNREACHABLE: message %s:%s passes UNMODERATED",
                msg.channel,
                msg.message_id,
            )
            return Outcome(decision=None, taken="unmoderated")

    async def _handle(self, msg: IncomingMessage, channel: Channel) -> Outcome:
        policy = await self.policies.get(msg.channel, msg.chat_id)
        try:
            is_admin = await channel.is_chat_admin(msg.chat_id, msg.user.id)
        except ChannelError:
            is_admin = False
        started = time.perf_counter()
        decision = self.engine.moderate(
            msg.text, ModerationContext(policy=policy, author_is_admin=is_admin)
        )
        MODERATION_SECONDS.observe(time.perf_counter() - started)
        detectors = ",".join(sorted({f.detector for f in decision.findings})) or "-"
        reported_only = decision.dry_run or (decision.action is Action.ALLOW and decision.findings)
        if reported_only:
            for category in {f.category for f in decision.findings}:
                DRY_RUN_FLAGS.labels(str(category)).inc()
        if decision.action is Action.ALLOW or decision.dry_run:
            log.info(
                "decision channel=%s chat=%s msg=%s verdict=allow%s detectors=%s",
                msg.channel,
                msg.chat_id,
                msg.message_id,
                f" (dry-run: {decision.action})" if decision.dry_run else "",
                detectors,
            )
            return Outcome(decision=decision)

        mode = channel.capabilities.strongest_mode(str(decision.action))
        item_id, created = await self.store.create(msg, decision, mode=mode)
        if not created:
            log.info(
                "duplicate delivery channel=%s msg=%s item=%s",
                msg.channel,
                msg.message_id,
                item_id,
            )
            return Outcome(decision=decision, item_id=item_id, taken="duplicate")
        for category in decision.categories:
            MESSAGES_FLAGGED.labels(str(category), mode).inc()

        taken = "kept"
        if mode == "hold":
            try:
                await channel.delete_message(msg.chat_id, msg.message_id)
                taken = "deleted"
            except RetryAfter as exc:
                taken = "delete_pending"
                self.queue.enqueue(
                    "delete_held", item_id, job_id=f"delheld-{item_id}", delay=exc.seconds
                )
            except MissingPermission:
                taken = "delete_failed"
                self.queue.enqueue(
                    "report_missing_permission",
                    msg.channel,
                    msg.chat_id,
                    job_id=f"perm-{msg.channel}-{msg.chat_id}",
                )
            except ChannelError:
                taken = "delete_failed"
                log.warning("delete failed item=%s", item_id, exc_info=True)
        await self.store.record_taken(item_id, taken)
        log.info(
            "decision channel=%s chat=%s msg=%s item=%s verdict=%s taken=%s detectors=%s",
            msg.channel,
            msg.chat_id,
            msg.message_id,
            item_id,
            mode,
            taken,
            detectors,
        )
        # One job for card, group notice and author's note: a third of the queue round trips.
        # Only the delivery that created the item gets here: the job id is new.
        self.queue.enqueue("after_hold", item_id, job_id=f"hold-{item_id}", new=True)
        return Outcome(decision=decision, item_id=item_id, taken=taken)

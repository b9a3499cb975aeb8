"""The one use case every channel's group messages flow into: moderate, hold, hand off.

Fail closed: the decision is made in the process, and a flagged message is held even when
Redis is not answering. If storing the held item fails for any reason (outage, exhausted pool,
timeout), it goes to the local journal (``handlers.review.journal``) before the message is
deleted, and ``replay`` writes it into Redis when Redis answers again. Only a message that could
be neither stored nor journalled is let through, and then ``NotHeld`` tells the channel not to
acknowledge it (the webhook answers 503, so the messenger delivers it again).
"""

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
    NotHeld,
    RetryAfter,
)
from handlers.review.journal import Journal, JournalEntry
from handlers.review.policies import Policies
from handlers.review.service import PENDING_DELETE
from handlers.review.store import ReviewStore
from moderation import Action, Decision, Engine, ModerationContext, Policy

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    decision: Decision | None
    item_id: str | None = None
    # "none" | "deleted" | "delete_pending" (rate limited) | "kept" | "delete_failed" |
    # "duplicate" | "unmoderated"
    taken: str = "none"
    # True when the held item is in the local journal, not (yet) in Redis.
    journalled: bool = False


class ModerationFlow:
    def __init__(
        self,
        engine: Engine,
        store: ReviewStore,
        policies: Policies,
        channels: dict[str, Channel],
        queue: JobQueue,
        journal: Journal,
    ) -> None:
        self.engine = engine
        self.store = store
        self.policies = policies
        self.channels = channels
        self.queue = queue
        self.journal = journal
        # The last policy read per group, for when Redis cannot be asked.
        self._known_policies: dict[tuple[str, str], Policy] = {}

    async def handle(self, msg: IncomingMessage) -> Outcome:
        MESSAGES_SEEN.labels(msg.channel, "group").inc()
        channel = self.channels[msg.channel]
        policy = await self._policy(msg)
        is_admin = await self._is_admin(channel, msg)
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
        try:
            item_id, created = await self.store.create(msg, decision, mode=mode)
        except RedisError as exc:
            return await self._hold_offline(msg, channel, decision, mode, exc)
        if not created:
            return await self._redelivered(msg, channel, decision, item_id)
        for category in decision.categories:
            MESSAGES_FLAGGED.labels(str(category), mode).inc()

        taken = await self._take(msg, channel, mode, item_id)
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
        try:
            await self.store.record_taken(item_id, taken)
            # One job for card, group notice and author's note: a third of the queue round
            # trips. Only the delivery that created the item gets here: the job id is new.
            self.queue.enqueue("after_hold", item_id, job_id=f"hold-{item_id}", new=True)
        except RedisError as exc:
            # The item is stored; ``reconcile`` finishes a pending delete and a missing card.
            log.warning(
                "REDIS UNREACHABLE after holding item=%s (%s): reconcile finishes it",
                item_id,
                type(exc).__name__,
            )
        return Outcome(decision=decision, item_id=item_id, taken=taken)

    # -- what to decide with --------------------------------------------------------------

    async def _policy(self, msg: IncomingMessage) -> Policy:
        where = (msg.channel, msg.chat_id)
        try:
            policy = await self.policies.get(*where)
        except RedisError:
            return self._known_policies.get(where, self.policies.default)
        self._known_policies[where] = policy
        return policy

    @staticmethod
    async def _is_admin(channel: Channel, msg: IncomingMessage) -> bool:
        try:
            return await channel.is_chat_admin(msg.chat_id, msg.user.id)
        except (ChannelError, RedisError):
            return False  # an admin's message is checked like anyone's

    # -- what is done in the group --------------------------------------------------------

    async def _take(
        self, msg: IncomingMessage, channel: Channel, mode: str, item_id: str | None
    ) -> str:
        """Delete a held message where the mode says so; what was done. ``item_id`` None: the
        item is only journalled, so nothing can be queued now (the replay and reconcile do)."""
        if mode != "hold":
            return "kept"
        try:
            await channel.delete_message(msg.chat_id, msg.message_id)
            return "deleted"
        except RetryAfter as exc:
            if item_id is not None:
                await self._enqueue(
                    "delete_held", item_id, job_id=f"delheld-{item_id}", delay=exc.seconds
                )
            return "delete_pending"
        except MissingPermission:
            await self._enqueue(
                "report_missing_permission",
                msg.channel,
                msg.chat_id,
                job_id=f"perm-{msg.channel}-{msg.chat_id}",
            )
            return "delete_failed"
        except ChannelError:
            log.warning("delete failed item=%s", item_id or "(journalled)", exc_info=True)
            return "delete_failed"
        except RedisError as exc:
            # A channel kept in Redis (the simulator) cannot delete now: reconcile retries.
            log.warning("delete deferred item=%s (%s)", item_id or "(journalled)", exc)
            return "pending"

    async def _enqueue(self, name: str, *args: str, job_id: str, delay: float = 0.0) -> None:
        try:
            self.queue.enqueue(name, *args, job_id=job_id, delay=delay)
        except RedisError as exc:
            log.warning("could not queue %s (%s); reconcile retries", name, type(exc).__name__)

    async def _hold_offline(
        self,
        msg: IncomingMessage,
        channel: Channel,
        decision: Decision,
        mode: str,
        why: Exception,
    ) -> Outcome:
        try:
            await self.journal.hold(msg, decision, mode)
        except OSError as exc:
            UNMODERATED.inc()
            log.error(
                "REDIS UNREACHABLE (%s) and the journal cannot be written (%s): message %s:%s "
                "is NOT held; the channel is asked to deliver it again",
                type(why).__name__,
                type(exc).__name__,
                msg.channel,
                msg.message_id,
            )
            raise NotHeld(f"{msg.channel}:{msg.message_id}") from None
        for category in decision.categories:
            MESSAGES_FLAGGED.labels(str(category), mode).inc()
        taken = await self._take(msg, channel, mode, None)
        await self.journal.taken(msg.delivery_key, taken)
        log.warning(
            "REDIS UNREACHABLE (%s): message %s:%s held in the local journal, taken=%s",
            type(why).__name__,
            msg.channel,
            msg.message_id,
            taken,
        )
        return Outcome(decision=decision, taken=taken, journalled=True)

    async def _redelivered(
        self, msg: IncomingMessage, channel: Channel, decision: Decision, item_id: str
    ) -> Outcome:
        """A message seen before: finish whatever its first delivery did not (the delete, the
        card), then answer as a duplicate."""
        log.info(
            "duplicate delivery channel=%s msg=%s item=%s", msg.channel, msg.message_id, item_id
        )
        item = await self.store.get(item_id)
        if item is not None and item.claim is None and item.mode == "hold":
            if item.taken in PENDING_DELETE:
                taken = await self._take(msg, channel, item.mode, item_id)
                if taken != "delete_pending":
                    await self.store.record_taken(item_id, taken)
                    self.queue.enqueue("finish_delete", item_id, job_id=f"fin-{item_id}")
            if not item.cards:
                self.queue.enqueue("after_hold", item_id, job_id=f"hold-{item_id}")
        return Outcome(decision=decision, item_id=item_id, taken="duplicate")

    # -- the journal ----------------------------------------------------------------------

    async def replay(self) -> int:
        """Write journalled holds into Redis; raises ``RedisError`` while Redis is still down."""
        return await self.journal.replay(self._restore)

    async def _restore(self, entry: JournalEntry) -> None:
        item_id, created = await self.store.create(
            entry.msg, entry.decision, mode=entry.mode, now=entry.at
        )
        item = await self.store.get(item_id)
        if item is None:
            return
        if created:
            await self.store.record_taken(item_id, entry.taken)
            await self.store.audit(item_id, "journal_replayed")
        elif item.taken == "pending" and entry.taken != "pending":
            await self.store.record_taken(item_id, entry.taken)
        self.queue.enqueue("after_hold", item_id, job_id=f"hold-{item_id}")
        if entry.taken in PENDING_DELETE:
            self.queue.enqueue("delete_held", item_id, job_id=f"delheld-{item_id}")

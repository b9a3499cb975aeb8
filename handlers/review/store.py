"""Held items, decisions and the audit trail in Redis.

Keys (prefix ``by:``):
  item:seq                     counter for short item numbers (admins type ``duyet 12``)
  item:{id}                    hash: the original message, the moderation decision, state
  delivery:{key}               one channel message version -> its item (deduplicates redelivery)
  idx:state:{state}            zset of item ids by creation time
  idx:chat:{channel}:{chat}    zset of item ids by creation time
  idx:cat:{category}           zset of item ids by creation time
  audit, audit:item:{id}       the audit trail (``handlers.review.audit``)

The item's fields and their encoding are in ``handlers.review.items``.

The item is written before the channel message is removed, in one transaction with its
indexes and its first audit entry. The first decision wins through ``HSETNX claim``; the state
change and its audit entry follow in one transaction, and ``complete_claims`` finishes a claim
whose writer died in between.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import WatchError

from handlers.ports import IncomingMessage, User
from handlers.review.audit import BOT_ID, BOT_NAME, AuditTrail
from handlers.review.items import (
    Claim,
    HeldItem,
    State,
    Verdict,
    decode_claim,
    decode_hash,
    decode_item,
    encode_claim,
    item_key,
    review_key,
)
from handlers.texts import one_line
from moderation import Decision

__all__ = ["Claim", "HeldItem", "ReviewStore", "State", "Verdict", "item_key"]

ITEMS_BATCH = 200  # items read per round trip by ``ReviewStore.items``
# Writes queued on a transaction pipeline by a plan of ``ReviewStore._update``.
Writes = Callable[[Any], None]


class ReviewStore:
    def __init__(self, redis: Redis, *, retention_seconds: int) -> None:
        self.redis = redis
        self.retention_seconds = retention_seconds
        self.trail = AuditTrail(redis)

    # -- creation --------------------------------------------------------------------------

    async def find_by_delivery(self, delivery_key: str) -> str | None:
        raw = await self.redis.get(review_key("delivery", delivery_key))
        return raw.decode() if isinstance(raw, bytes) else raw

    async def create(
        self,
        msg: IncomingMessage,
        decision: Decision,
        *,
        mode: str,
        now: float | None = None,
    ) -> tuple[str, bool]:
        """Store a held item for ``msg``; returns ``(item_id, created)``.

        A repeated delivery of the same message version returns the existing item.
        """
        now = time.time() if now is None else now
        dkey = review_key("delivery", msg.delivery_key)
        while True:
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(dkey)
                    existing = await pipe.get(dkey)
                    if existing is not None:
                        return (
                            existing.decode() if isinstance(existing, bytes) else existing,
                            False,
                        )
                    item_id = str(await self.redis.incr(review_key("item", "seq")))
                    pipe.multi()
                    pipe.set(dkey, item_id, ex=self.retention_seconds)
                    pipe.hset(
                        item_key(item_id),
                        mapping={
                            "id": item_id,
                            "channel": msg.channel,
                            "chat_id": msg.chat_id,
                            "chat_title": one_line(msg.chat_title),
                            "message_id": msg.message_id,
                            "author": json.dumps(
                                {
                                    "id": msg.user.id,
                                    "name": one_line(msg.user.name),
                                    "username": msg.user.username,
                                }
                            ),
                            "text": msg.text,
                            "date": msg.date,
                            "link": msg.link or "",
                            "media": json.dumps(
                                [
                                    {"kind": a.kind, "file_id": a.file_id}
                                    for a in msg.attachments
                                    if a.kind == "photo" and a.file_id
                                ]
                            ),
                            "decision": json.dumps(decision.to_dict()),
                            "mode": mode,
                            "taken": "pending",
                            "state": State.HELD,
                            "created_at": now,
                            "cards": "{}",
                            "reminded": 0,
                        },
                    )
                    self._index(pipe, item_id, msg.channel, msg.chat_id, decision, now)
                    self.trail.write(
                        pipe,
                        item_id,
                        "held",
                        BOT_ID,
                        BOT_NAME,
                        now,
                        ",".join(str(c) for c in decision.categories) + f" ({mode})",
                    )
                    await pipe.execute()
                    return item_id, True
                except WatchError:
                    continue

    def _index(
        self, pipe: Any, item_id: str, channel: str, chat_id: str, decision: Decision, now: float
    ) -> None:
        pipe.zadd(review_key("idx", "state", State.HELD), {item_id: now})
        pipe.zadd(review_key("idx", "chat", channel, chat_id), {item_id: now})
        for category in decision.categories:
            pipe.zadd(review_key("idx", "cat", str(category)), {item_id: now})

    # -- reading ---------------------------------------------------------------------------

    async def get(self, item_id: str) -> HeldItem | None:
        return decode_item(decode_hash(await self.redis.hgetall(item_key(item_id))))

    async def list_ids(
        self,
        *,
        state: State | None = None,
        channel: str | None = None,
        chat_id: str | None = None,
        category: str | None = None,
        limit: int = 50,
    ) -> list[str]:
        if state is not None:
            key = review_key("idx", "state", state)
        elif channel is not None and chat_id is not None:
            key = review_key("idx", "chat", channel, chat_id)
        elif category is not None:
            key = review_key("idx", "cat", category)
        else:
            key = review_key("idx", "state", State.HELD)
        ids = await self.redis.zrange(key, 0, limit - 1)
        return [i.decode() if isinstance(i, bytes) else i for i in ids]

    async def page_ids(
        self, state: State, *, offset: int = 0, limit: int = 50
    ) -> tuple[list[str], int]:
        """One page of a state's item ids, newest first, and how many there are in all."""
        key = review_key("idx", "state", state)
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.zrange(key, offset, offset + limit - 1, desc=True)
            pipe.zcard(key)
            ids, total = await pipe.execute()
        return [i.decode() if isinstance(i, bytes) else i for i in ids], int(total)

    async def ids_older_than(self, state: State, before: float) -> list[str]:
        ids = await self.redis.zrangebyscore(review_key("idx", "state", state), 0, before)
        return [i.decode() if isinstance(i, bytes) else i for i in ids]

    async def count(self, state: State) -> int:
        return int(await self.redis.zcard(review_key("idx", "state", state)))

    async def oldest(self, state: State) -> tuple[str, float] | None:
        rows = await self.redis.zrange(review_key("idx", "state", state), 0, 0, withscores=True)
        if not rows:
            return None
        item_id, score = rows[0]
        return (item_id.decode() if isinstance(item_id, bytes) else item_id), float(score)

    async def audit_for(self, item_id: str) -> list[dict[str, str]]:
        return await self.trail.for_item(item_id)

    async def audit_between(self, start: float, end: float) -> list[dict[str, str]]:
        return await self.trail.between(start, end)

    async def _update(self, item_id: str, plan: Callable[[dict[str, str]], Writes | None]) -> bool:
        """Read the item under WATCH; ``plan`` returns the writes to make in one transaction,
        or None for none. Runs again if another client changed the item meanwhile."""
        key = item_key(item_id)
        while True:
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(key)
                    writes = plan(decode_hash(await pipe.hgetall(key)))
                    if writes is None:
                        return False
                    pipe.multi()
                    writes(pipe)
                    await pipe.execute()
                    return True
                except WatchError:
                    continue

    def _leave_held(
        self,
        pipe: Any,
        raw: dict[str, str],
        state: State,
        action: str,
        actor_id: str,
        actor_name: str,
        at: float,
    ) -> None:
        item_id = raw["id"]
        pipe.hset(item_key(item_id), mapping={"state": state, "decided_at": at})
        pipe.zrem(review_key("idx", "state", State.HELD), item_id)
        pipe.zadd(review_key("idx", "state", state), {item_id: float(raw["created_at"])})
        self.trail.write(pipe, item_id, action, actor_id, actor_name, at)

    # -- updates ---------------------------------------------------------------------------

    async def set_fields(self, item_id: str, **fields: str | int | float) -> None:
        await self.redis.hset(item_key(item_id), mapping=fields)

    async def record_taken(self, item_id: str, taken: str) -> None:
        await self.redis.hset(item_key(item_id), "taken", taken)

    async def add_card(self, item_id: str, admin_chat: str, card_message_id: str) -> None:
        """Remember a posted card (under WATCH: two cards of one item may land at once)."""
        key = item_key(item_id)
        while True:
            async with self.redis.pipeline(transaction=True) as pipe:
                try:
                    await pipe.watch(key)
                    raw = await pipe.hget(key, "cards")
                    cards = json.loads(raw or "{}")
                    cards[admin_chat] = card_message_id
                    pipe.multi()
                    pipe.hset(key, "cards", json.dumps(cards))
                    await pipe.execute()
                    return
                except WatchError:
                    continue

    async def claim(
        self, item_id: str, verdict: Verdict, actor: User, now: float | None = None
    ) -> tuple[bool, Claim | None]:
        """First decision wins. Returns ``(won, claim)`` where ``claim`` is the winning one."""
        now = time.time() if now is None else now
        claim = Claim(verdict, one_line(actor.id), one_line(actor.name or actor.id), now)
        won = await self.redis.hsetnx(item_key(item_id), "claim", encode_claim(claim))
        if won:
            await self.complete_claim(item_id)
            return True, claim
        raw = await self.redis.hget(item_key(item_id), "claim")
        return False, decode_claim(raw.decode() if isinstance(raw, bytes) else raw)

    async def complete_claim(self, item_id: str) -> bool:
        """Move a claimed item out of ``held`` and audit it, once. True if it did the move."""

        def plan(raw: dict[str, str]) -> Writes | None:
            claim = decode_claim(raw.get("claim"))
            if claim is None or raw.get("state") != State.HELD:
                return None
            return lambda pipe: self._leave_held(
                pipe,
                raw,
                claim.verdict.state,
                str(claim.verdict),
                claim.actor_id,
                claim.actor_name,
                claim.at,
            )

        return await self._update(item_id, plan)

    async def mark_applied(self, item_id: str, detail: str = "") -> bool:
        """Record that a decision was carried out on the channel; True only the first time."""

        def plan(raw: dict[str, str]) -> Writes | None:
            if raw.get("applied") == "1":
                return None

            def writes(pipe: Any) -> None:
                pipe.hset(item_key(item_id), "applied", "1")
                self.trail.write(pipe, item_id, "applied", BOT_ID, BOT_NAME, time.time(), detail)

            return writes

        return await self._update(item_id, plan)

    async def audit(
        self,
        item_id: str,
        action: str,
        actor_id: str = BOT_ID,
        actor_name: str = BOT_NAME,
        reason: str = "",
    ) -> None:
        await self.trail.append(item_id, action, actor_id, actor_name, reason)

    async def expire(self, item_id: str, now: float | None = None) -> bool:
        """Undecided past retention: the system closes it as ``expired``."""
        at = time.time() if now is None else now

        def plan(raw: dict[str, str]) -> Writes | None:
            if raw.get("state") != State.HELD or raw.get("claim"):
                return None
            return lambda pipe: self._leave_held(
                pipe, raw, State.EXPIRED, "expired", BOT_ID, BOT_NAME, at
            )

        return await self._update(item_id, plan)

    async def purge(self, item_id: str) -> bool:
        """Remove the original text, author, link and photo references of an item, keeping
        state and audit entries."""
        key = item_key(item_id)
        if (await self.redis.hget(key, "purged")) in (b"1", "1"):
            return False
        raw = decode_hash(await self.redis.hgetall(key))
        if not raw:
            return False
        decision = json.loads(raw["decision"])
        for finding in decision.get("findings", []):
            finding["text"] = ""
        for check in decision.get("checks", []):
            for finding in check.get("findings", []):
                finding["text"] = ""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                key,
                mapping={
                    "text": "",
                    "author": json.dumps({"id": "", "name": ""}),
                    "purged": "1",
                    "decision": json.dumps(decision),
                    "link": "",
                    "media": "[]",
                },
            )
            self.trail.write(pipe, item_id, "purged", BOT_ID, BOT_NAME, time.time())
            await pipe.execute()
        return True

    async def trim_audit(self, before: float) -> None:
        await self.trail.trim(before)

    async def items(self, ids: Iterable[str]) -> list[HeldItem]:
        """The items of ``ids`` that exist, read in pipelined batches."""
        ids = list(ids)
        out = []
        for start in range(0, len(ids), ITEMS_BATCH):
            async with self.redis.pipeline(transaction=False) as pipe:
                for item_id in ids[start : start + ITEMS_BATCH]:
                    pipe.hgetall(item_key(item_id))
                rows = await pipe.execute()
            for raw in rows:
                item = decode_item(decode_hash(raw))
                if item is not None:
                    out.append(item)
        return out

"""The review audit trail: an append-only Redis stream of every change to a held item.

Keys (prefix ``by:``): ``audit`` (every entry, trimmed by age) and ``audit:item:{id}`` (the same
entries, per item). Entries are queued on the caller's transaction (``write``), so a state
change and its audit entry land together.
"""

from __future__ import annotations

import time
from typing import Any

from redis.asyncio import Redis

from handlers.review.items import decode_hash, review_key
from handlers.texts import one_line

BOT_ID = "bot"
BOT_NAME = "Bình Yên"


class AuditTrail:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    @staticmethod
    def write(
        pipe: Any,
        item_id: str,
        action: str,
        actor_id: str,
        actor_name: str,
        at: float,
        reason: str = "",
    ) -> None:
        """Queue one entry on ``pipe`` (a transaction the caller executes)."""
        entry = {
            "item": item_id,
            "action": action,
            "actor": one_line(actor_id),
            "actor_name": one_line(actor_name),
            "at": f"{at:.3f}",
            "reason": reason,
        }
        pipe.xadd(review_key("audit"), entry)
        pipe.xadd(review_key("audit", "item", item_id), entry)

    async def append(
        self,
        item_id: str,
        action: str,
        actor_id: str = BOT_ID,
        actor_name: str = BOT_NAME,
        reason: str = "",
    ) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            self.write(pipe, item_id, action, actor_id, actor_name, time.time(), reason)
            await pipe.execute()

    async def for_item(self, item_id: str) -> list[dict[str, str]]:
        rows = await self.redis.xrange(review_key("audit", "item", item_id))
        return [decode_hash(fields) for _, fields in rows]

    async def between(self, start: float, end: float) -> list[dict[str, str]]:
        rows = await self.redis.xrange(
            review_key("audit"), min=f"{int(start * 1000)}-0", max=f"{int(end * 1000)}-0"
        )
        return [decode_hash(fields) for _, fields in rows]

    async def trim(self, before: float) -> None:
        await self.redis.xtrim(review_key("audit"), minid=f"{int(before * 1000)}-0")

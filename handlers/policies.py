"""Per-group moderation policy stored in Redis as JSON."""

from __future__ import annotations

import json

from redis.asyncio import Redis

from handlers.store import PREFIX
from moderation import Policy


class Policies:
    def __init__(self, redis: Redis, default: Policy | None = None) -> None:
        self.redis = redis
        self.default = default or Policy()

    def _key(self, channel: str, chat_id: str) -> str:
        return f"{PREFIX}policy:{channel}:{chat_id}"

    async def get(self, channel: str, chat_id: str) -> Policy:
        raw = await self.redis.get(self._key(channel, chat_id))
        if raw is None:
            return self.default
        return Policy.from_dict(json.loads(raw))

    async def set(self, channel: str, chat_id: str, policy: Policy) -> None:
        await self.redis.set(self._key(channel, chat_id), json.dumps(policy.to_dict()))

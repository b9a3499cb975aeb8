"""Per-group moderation policy stored in Redis as JSON."""

from __future__ import annotations

import json

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from handlers.keys import PREFIX
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

    async def move(self, channel: str, old: str, new: str) -> None:
        """Carry ``old``'s policy (dry-run included) over to ``new``, which keeps its own if
        it has one. Idempotent: nothing is left under ``old`` afterwards."""
        await move_key(self.redis, self._key(channel, old), self._key(channel, new))


async def move_key(redis: Redis, old: str, new: str) -> None:
    """Rename ``old`` to ``new`` (with its expiry) unless ``new`` exists; drop ``old`` then."""
    try:
        renamed = await redis.renamenx(old, new)
    except ResponseError:
        return  # nothing under the old key: moved already, or never set
    if not renamed:
        await redis.delete(old)

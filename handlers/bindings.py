"""Which admin chats review which groups, per channel, in Redis."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from redis.asyncio import Redis

from handlers.store import PREFIX


def _text(values: set[bytes] | set[str]) -> list[str]:
    return sorted(v.decode() if isinstance(v, bytes) else v for v in values)


class Bindings:
    def __init__(self, redis: Redis, defaults: Mapping[str, Sequence[str]] | None = None) -> None:
        self.redis = redis
        # Admin chats used for a channel's groups that have no binding of their own.
        self.defaults = {k: list(v) for k, v in (defaults or {}).items()}

    def _group_key(self, channel: str, group: str) -> str:
        return f"{PREFIX}bind:group:{channel}:{group}"

    def _admin_key(self, channel: str, admin_chat: str) -> str:
        return f"{PREFIX}bind:admin:{channel}:{admin_chat}"

    async def bind(self, channel: str, group: str, admin_chat: str) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.sadd(self._group_key(channel, group), admin_chat)
            pipe.sadd(self._admin_key(channel, admin_chat), group)
            await pipe.execute()

    async def admin_chats(self, channel: str, group: str) -> list[str]:
        bound = _text(await self.redis.smembers(self._group_key(channel, group)))
        return bound or list(self.defaults.get(channel, []))

    async def groups_of(self, channel: str, admin_chat: str) -> list[str]:
        return _text(await self.redis.smembers(self._admin_key(channel, admin_chat)))

    async def is_admin_chat(self, channel: str, chat_id: str) -> bool:
        if chat_id in self.defaults.get(channel, []):
            return True
        return bool(await self.redis.scard(self._admin_key(channel, chat_id)))

"""Which admin chats review which groups, per channel, in Redis.

A chat whose id changes on its channel (a Telegram group upgraded to a supergroup) keeps its
bindings: ``record_move`` keeps old id -> new id for good, ``move`` carries the bindings over.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from redis.asyncio import Redis

from handlers.keys import PREFIX

# A chat moves at most once in practice (group -> supergroup); the bound stops a cycle written
# by hand from looping.
MAX_MOVES = 4

# Both directions in one script, so a reader never sees the group bound on one side only.
MOVE_SCRIPT = """
local group_prefix, admin_prefix, old, new = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
for _, admin in ipairs(redis.call('SMEMBERS', group_prefix .. old)) do
  redis.call('SREM', admin_prefix .. admin, old)
  redis.call('SADD', admin_prefix .. admin, new)
  redis.call('SADD', group_prefix .. new, admin)
end
for _, group in ipairs(redis.call('SMEMBERS', admin_prefix .. old)) do
  redis.call('SREM', group_prefix .. group, old)
  redis.call('SADD', group_prefix .. group, new)
  redis.call('SADD', admin_prefix .. new, group)
end
return redis.call('DEL', group_prefix .. old, admin_prefix .. old)
"""


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

    def _moved_key(self, channel: str) -> str:
        return f"{PREFIX}moved:{channel}"

    async def bound_admin_chats(self, channel: str) -> list[str]:
        """Every admin chat of a channel that has a binding, sorted."""
        prefix = self._admin_key(channel, "")
        found = []
        async for key in self.redis.scan_iter(match=prefix + "*", count=200):
            name = key.decode() if isinstance(key, bytes) else key
            found.append(name[len(prefix) :])
        return sorted(found)

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

    # -- chats whose id changed --------------------------------------------------------------

    async def record_move(self, channel: str, old: str, new: str) -> bool:
        """Keep ``old -> new`` for good; False when it was known already."""
        return bool(await self.redis.hsetnx(self._moved_key(channel), old, new))

    async def moves(self, channel: str) -> dict[str, str]:
        raw = await self.redis.hgetall(self._moved_key(channel))
        return {_s(k): _s(v) for k, v in raw.items()}

    async def current_id(self, channel: str, chat_id: str) -> str:
        """The id a chat has now (itself unless it moved)."""
        for _ in range(MAX_MOVES):
            moved = await self.redis.hget(self._moved_key(channel), chat_id)
            if moved is None:
                break
            chat_id = _s(moved)
        return chat_id

    async def move(self, channel: str, old: str, new: str) -> None:
        """Carry ``old``'s bindings (as a group and as an admin chat) over to ``new``.

        Idempotent: once moved, nothing is left under ``old`` to move again.
        """
        await self.redis.eval(
            MOVE_SCRIPT,
            0,
            self._group_key(channel, ""),
            self._admin_key(channel, ""),
            old,
            new,
        )


def follow(moves: Mapping[str, str], chat_id: str) -> str:
    """``current_id`` on a map read once (``Bindings.moves``)."""
    for _ in range(MAX_MOVES):
        if chat_id not in moves:
            break
        chat_id = moves[chat_id]
    return chat_id


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value

"""A Telegram group upgraded to a supergroup: its chat id changes, Bình Yên's state follows.

Telegram announces an upgrade with a service message in the old group (``migrate_to_chat_id``)
and one in the new supergroup (``migrate_from_chat_id``), in either order, each possibly
delivered twice; afterwards a call to the old id fails with ``TelegramMigrateToChat``. Each of
these leads to ``ChatMigrations.migrate``, which

1. records old -> new for good (``Bindings.record_move``), so the channel addresses the new id
   from then on; a crash after this loses nothing, as the next announcement or failed call
   runs the rest again;
2. moves what is kept under the old id, each step idempotent (nothing is left under the old id
   to move twice): the bindings both ways (a group or an admin chat may be upgraded), the
   policy with its dry-run flag, the stored title, the index of the group's held items and the
   admin-list cache;
3. tells the admins, once, in their admin chat, that the binding was kept.

Held items keep their old chat id and message id: messages posted before the upgrade stay in
the old group's history, where the bot can no longer delete or edit them, and their ids mean
other messages in the supergroup. So ``TelegramChannel`` follows the mapping for sends and admin
lists, not for an edit or delete; a message it sent to the new id for a caller that named the
old one gets the id ``<new chat id>:<message id>`` (``telegram_api.message_ref``), so a later edit
(a card) or delete (a notice) finds it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Protocol

from redis.asyncio import Redis

from handlers.bindings import Bindings
from handlers.keys import PREFIX as STORE_PREFIX
from handlers.ports import ChannelError
from handlers.review.group_admin import move_title, title_key
from handlers.review.policies import Policies, move_key

log = logging.getLogger(__name__)

GROUP_UPGRADED = (
    "Nhóm {title} đã được Telegram nâng cấp thành siêu nhóm (mã nhóm mới: {new}). "
    "Liên kết với cuộc trò chuyện này, chính sách và chế độ thử nghiệm của nhóm vẫn được giữ "
    "nguyên; quý vị không cần liên kết lại."
)
ADMIN_CHAT_UPGRADED = (
    "Cuộc trò chuyện này đã được Telegram nâng cấp thành siêu nhóm. Các nhóm đã liên kết vẫn "
    "được giữ nguyên, tin cần duyệt tiếp tục được gửi tới đây; quý vị không cần liên kết lại."
)


class Send(Protocol):
    def __call__(self, chat_id: str, text: str, *, key: str | None = None) -> Awaitable[str]: ...


class ChatMigrations:
    def __init__(self, redis: Redis, *, channel: str, prefix: str) -> None:
        self.redis = redis
        self.channel = channel
        self.prefix = prefix  # the channel's own keys (``TelegramChannel``'s admin cache)
        # No default admin chats: only bound admin chats are told about an upgrade.
        self.bindings = Bindings(redis)
        self.policies = Policies(redis)

    async def resolve(self, chat_id: str) -> str:
        """The chat's id now: the supergroup's when the group was upgraded."""
        return await self.bindings.current_id(self.channel, chat_id)

    async def migrate(self, old: str, new: str, send: Send) -> None:
        if old == new:
            return
        if await self.bindings.record_move(self.channel, old, new):
            log.info("telegram group %s upgraded to supergroup %s", old, new)
        await self.bindings.move(self.channel, old, new)
        await self.policies.move(self.channel, old, new)
        await move_title(self.redis, self.channel, old, new)
        await move_key(self.redis, self._admin_cache(old), self._admin_cache(new))
        await self._move_index(old, new)
        await self._tell_admins(old, new, send)

    def _admin_cache(self, chat_id: str) -> str:
        return f"{self.prefix}admins:{chat_id}"  # TelegramChannel.chat_admins' cache

    async def _move_index(self, old: str, new: str) -> None:
        """The group's held items (``ReviewStore.list_ids(channel, chat_id)``) under ``new``."""
        source = f"{STORE_PREFIX}idx:chat:{self.channel}:{old}"
        target = f"{STORE_PREFIX}idx:chat:{self.channel}:{new}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.zunionstore(target, [target, source], aggregate="MIN")
            pipe.delete(source)
            await pipe.execute()

    async def _tell_admins(self, old: str, new: str, send: Send) -> None:
        admin_chats = await self.bindings.admin_chats(self.channel, new)
        is_admin_chat = bool(await self.bindings.groups_of(self.channel, new))
        if not admin_chats and not is_admin_chat:
            return
        # A claim against two announcements handled at once; the keyed sends below make a
        # retry after a failure skip the admin chats already told.
        claim = f"{self.prefix}migrated:told:{old}"
        if not await self.redis.set(claim, "1", nx=True):
            return
        raw = await self.redis.get(title_key(self.channel, new))
        title = (raw.decode() if isinstance(raw, bytes) else raw) or old
        notices = [(chat, GROUP_UPGRADED.format(title=title, new=new)) for chat in admin_chats]
        if is_admin_chat:
            notices.append((new, ADMIN_CHAT_UPGRADED))
        try:
            for chat, text in notices:
                await send(chat, text, key=f"migrated:{old}:{chat}")
        except ChannelError:
            log.warning("could not tell the admins that %s became %s", old, new, exc_info=True)
            await self.redis.delete(claim)

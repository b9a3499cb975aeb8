"""The simulator channel: chats kept in Redis, driven by an HTTP API and a web page.

It implements the same ``Channel`` port as Telegram and Zalo, so the whole product runs and is
tested with no internet. Because its chats live in Redis, worker processes post to it exactly
as they post to a real channel.

Chat ids: ``dm:<user id>`` is that user's private chat with the bot, ``admins`` the admin room,
anything else a group.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Sequence
from typing import Any

from redis.asyncio import Redis

from config.settings import Settings
from handlers.ports import Attachment, Button, Capabilities, ChannelError, ChatKind, User

log = logging.getLogger(__name__)

NAME = "sim"
ADMIN_ROOM = "admins"
PREFIX = "sim:"
KEY_SECONDS = 30 * 86400  # how long a send key remembers its message
UNCHECKED = PREFIX + "unchecked"  # zset: members' group messages not yet moderated, by time
# A keyed send in one round trip and atomically: the message already sent under the key, or
# a new message appended to the chat and remembered under the key.
# KEYS: seq, key (or ""), chats; ARGV: chat id, fields (JSON), key expiry.
_SEND_ONCE = """
if KEYS[2] ~= '' then
  local existing = redis.call('GET', KEYS[2])
  if existing then return existing end
end
local id = tostring(redis.call('INCR', KEYS[1]))
local fields = cjson.decode(ARGV[2])
local args = {'message_id', id}
for i = 1, #fields, 2 do
  args[#args + 1] = fields[i]
  args[#args + 1] = fields[i + 1]
end
redis.call('HSET', ARGV[4] .. 'msg:' .. id, unpack(args))
redis.call('RPUSH', ARGV[4] .. 'chat:' .. ARGV[1], id)
redis.call('SADD', KEYS[3], ARGV[1])
if KEYS[2] ~= '' then
  redis.call('SET', KEYS[2], id, 'EX', tonumber(ARGV[3]))
end
return id
"""


def chat_kind(chat_id: str) -> ChatKind:
    if chat_id.startswith("dm:"):
        return ChatKind.PRIVATE
    if chat_id == ADMIN_ROOM:
        return ChatKind.ADMIN
    return ChatKind.GROUP


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class SimulatorChannel:
    name = NAME
    capabilities = Capabilities(
        delete_messages=True,
        buttons=True,
        sees_all_group_messages=True,
        private_messages=True,
        edit_messages=True,
        repost_photos=False,
        send_documents=True,
    )

    def __init__(self, redis: Redis, admins: Sequence[str]) -> None:
        self.redis = redis
        self.admins = set(admins)
        self.default_admin_chats = [ADMIN_ROOM]
        self._send_script = redis.register_script(_SEND_ONCE)

    # -- storage ---------------------------------------------------------------------------

    async def _append(
        self,
        chat_id: str,
        user: User | None,
        text: str,
        buttons: Sequence[Button] = (),
        extra: dict[str, str] | None = None,
    ) -> str:
        message_id = str(await self.redis.incr(PREFIX + "seq"))
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                PREFIX + f"msg:{message_id}",
                mapping={
                    "message_id": message_id,
                    "chat_id": chat_id,
                    "user": json.dumps({"id": user.id, "name": user.name}) if user else "",
                    "text": text,
                    "visible": "1",
                    "buttons": json.dumps([b.__dict__ for b in buttons]),
                    "date": time.time(),
                    **(extra or {}),
                },
            )
            pipe.rpush(PREFIX + f"chat:{chat_id}", message_id)
            pipe.sadd(PREFIX + "chats", chat_id)
            if user is not None and chat_kind(chat_id) is ChatKind.GROUP:
                # Until the bot has seen it: what a messenger redelivers after a crash.
                pipe.zadd(UNCHECKED, {message_id: time.time()})
            await pipe.execute()
        return message_id

    async def mark_checked(self, message_id: str) -> None:
        await self.redis.zrem(UNCHECKED, message_id)

    async def unchecked(self, older_than: float) -> list[dict[str, Any]]:
        """Group messages from members that the bot never finished with, sent before
        ``older_than`` (a web process stopped while they were in flight)."""
        ids = await self.redis.zrangebyscore(UNCHECKED, 0, older_than, start=0, num=100)
        out = []
        for raw_id in ids:
            raw = await self._raw(_s(raw_id))
            if raw is None:
                await self.mark_checked(_s(raw_id))
                continue
            out.append({**self._view(raw), "chat_id": raw["chat_id"], "date": raw["date"]})
        return out

    async def post_from_user(
        self, chat_id: str, user: User, text: str, *, document: Attachment | None = None
    ) -> str:
        """A member's message arriving in a chat (the simulator's 'receive'), with a file as
        the messenger keeps it (original name and bytes)."""
        extra = None
        if document is not None and document.data is not None:
            extra = {
                "document": base64.b64encode(document.data).decode(),
                "filename": document.filename or "",
            }
        return await self._append(chat_id, user, text, extra=extra)

    async def _raw(self, message_id: str) -> dict[str, str] | None:
        raw = await self.redis.hgetall(PREFIX + f"msg:{message_id}")
        return {_s(k): _s(v) for k, v in raw.items()} or None

    @staticmethod
    def _view(raw: dict[str, str]) -> dict[str, Any]:
        return {
            "message_id": raw["message_id"],
            "user": json.loads(raw["user"]) if raw.get("user") else None,
            "text": raw["text"],
            "visible": raw["visible"] == "1",
            "buttons": json.loads(raw.get("buttons") or "[]"),
            # The image bytes the bot sent, base64 (only on photos).
            **({"photo": raw["photo"]} if raw.get("photo") else {}),
            # A file: its name and bytes (base64), when the bot sent one.
            **(
                {"document": {"filename": raw["filename"], "data": raw["document"]}}
                if raw.get("document")
                else {}
            ),
        }

    async def messages(self, chat_id: str) -> list[dict[str, Any]]:
        ids = await self.redis.lrange(PREFIX + f"chat:{chat_id}", 0, -1)
        async with self.redis.pipeline(transaction=False) as pipe:
            for raw_id in ids:
                pipe.hgetall(PREFIX + f"msg:{_s(raw_id)}")
            rows = await pipe.execute()
        return [self._view({_s(k): _s(v) for k, v in row.items()}) for row in rows if row]

    async def message(self, chat_id: str, message_id: str) -> dict[str, Any] | None:
        """One message by id, in O(1) whatever the chat's size; None when not in that chat."""
        if not message_id.isdigit():
            return None
        raw = await self._raw(message_id)
        if raw is None or raw.get("chat_id") != chat_id:
            return None
        return self._view(raw)

    async def chats(self) -> list[str]:
        return sorted(_s(c) for c in await self.redis.smembers(PREFIX + "chats"))

    # -- Channel port ----------------------------------------------------------------------

    async def send_message(
        self, chat_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        return await self._send_once(chat_id, text, buttons, key)

    async def _send_once(
        self,
        chat_id: str,
        text: str,
        buttons: Sequence[Button] = (),
        key: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> str:
        """The bot's message: sent once per ``key`` (a repeat returns the first message)."""
        fields: list[str] = [
            "chat_id",
            chat_id,
            "user",
            "",
            "text",
            text,
            "visible",
            "1",
            "buttons",
            json.dumps([b.__dict__ for b in buttons]),
            "date",
            repr(time.time()),
        ]
        for name, value in (extra or {}).items():
            fields += [name, value]
        once_key = PREFIX + f"key:{key}" if key is not None else ""
        message_id = await self._send_script(
            keys=[PREFIX + "seq", once_key, PREFIX + "chats"],
            args=[chat_id, json.dumps(fields), KEY_SECONDS, PREFIX],
        )
        return _s(message_id)

    async def edit_message(
        self, chat_id: str, message_id: str, text: str, *, buttons: Sequence[Button] = ()
    ) -> None:
        key = PREFIX + f"msg:{message_id}"
        if _s(await self.redis.hget(key, "chat_id") or "") != chat_id:
            raise ChannelError(f"no message {message_id} in {chat_id}")
        await self.redis.hset(
            key, mapping={"text": text, "buttons": json.dumps([b.__dict__ for b in buttons])}
        )

    async def delete_message(self, chat_id: str, message_id: str) -> None:
        """Hide the message: kept in the simulator so a person can see what happened."""
        key = PREFIX + f"msg:{message_id}"
        if _s(await self.redis.hget(key, "chat_id") or "") != chat_id:
            raise ChannelError(f"no message {message_id} in {chat_id}")
        await self.redis.hset(key, "visible", "0")

    async def send_private(
        self, user_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        return await self.send_message(f"dm:{user_id}", text, buttons=buttons, key=key)

    async def send_photo(
        self, chat_id: str, data: bytes, *, caption: str = "", key: str | None = None
    ) -> str:
        return await self._send_once(
            chat_id,
            f"[ảnh {len(data)} byte] {caption}".strip(),
            key=key,
            extra={"photo": base64.b64encode(data).decode()},
        )

    async def send_document(
        self,
        chat_id: str,
        data: bytes,
        *,
        filename: str,
        caption: str = "",
        key: str | None = None,
    ) -> str:
        return await self._send_once(
            chat_id,
            f"[tệp {filename}, {len(data)} byte] {caption}".strip(),
            key=key,
            extra={"document": base64.b64encode(data).decode(), "filename": filename},
        )

    async def repost_photo(
        self, chat_id: str, file_id: str, *, caption: str = "", key: str | None = None
    ) -> str:
        raise ChannelError("the simulator keeps no received photo to post again")

    async def is_chat_admin(self, chat_id: str, user_id: str) -> bool:
        return user_id in self.admins

    async def close(self) -> None:
        return None


def create_channel(settings: Settings, redis: Redis) -> SimulatorChannel | None:
    if not settings.simulator_on:
        if settings.sim_enabled:
            log.warning(
                "simulator OFF: HOST=%s is reachable from other machines; to serve it there, "
                "set SIM_ON_NETWORK=true and CONSOLE_TOKEN",
                settings.host,
            )
        return None
    return SimulatorChannel(redis, settings.sim_admins)

"""The Telegram channel: the ``Channel`` port on aiogram 3's ``Bot``.

The bot is a group admin, so it sees every group message, deletes, posts and puts inline
buttons in front of admins. This module holds the outbound side (what workers and use cases
ask of Telegram) and works from the ``Channel`` object alone, as worker processes need;
``bot.channels.telegram_web`` receives updates (webhook or long polling) in the web process.

Telegram errors map onto the port's small tree: flood control -> ``RetryAfter``, missing
rights -> ``MissingPermission``, a user who never opened the bot -> ``Unreachable``, anything
else -> ``ChannelError``. A group upgraded to a supergroup changes its id: sends and admin
lists go to the current id, and a call Telegram refuses with the new id
(``TelegramMigrateToChat``) moves the group's state and is made once more on the new id (see
``bot.channels.telegram_migration``). Edits and deletes do not follow: a message posted before
the upgrade stays in the old group's history; one sent after it carries its chat in its id.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
)
from aiogram.methods import (
    DeleteMessage,
    EditMessageText,
    GetChatAdministrators,
    SendDocument,
    SendMessage,
    SendPhoto,
)
from aiogram.types import (
    BufferedInputFile,
    LinkPreviewOptions,
)
from redis.asyncio import Redis

from bot.channels.telegram_api import (
    ANSWERED_ERRORS,
    CAPTION_LIMIT,
    MEDIA_GONE_ERRORS,
    already_done,
    chat_ref,
    chunks,
    keyboard,
    mapped_errors,
    message_ref,
    migrated_to,
)
from bot.channels.telegram_migration import ChatMigrations
from config.settings import Settings
from handlers.ports import (
    Button,
    Capabilities,
    ChannelError,
    MediaGone,
    RetryAfter,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

NAME = "telegram"
PREFIX = "by:tg:"
ADMIN_CACHE_SECONDS = 60
# How long the last admin list stands in when Telegram cannot give a fresh one.
KNOWN_ADMINS_SECONDS = 86400
KEY_TTL_SECONDS = 30 * 86400


class TelegramChannel:
    name = NAME
    capabilities = Capabilities(
        delete_messages=True,
        buttons=True,
        sees_all_group_messages=True,
        private_messages=True,
        edit_messages=True,
        repost_photos=True,
        send_documents=True,
    )

    def __init__(
        self, bot: Bot, redis: Redis, *, admin_cache_seconds: int = ADMIN_CACHE_SECONDS
    ) -> None:
        self.bot = bot
        self.redis = redis
        self.admin_cache_seconds = admin_cache_seconds
        # Groups without a binding have no admin chat: cards wait until /lienket.
        self.default_admin_chats: list[str] = []
        self.migrations = ChatMigrations(redis, channel=NAME, prefix=PREFIX)

    # -- groups upgraded to supergroups ----------------------------------------------------

    async def migrated(self, old: str, new: str) -> None:
        """Group ``old`` is now supergroup ``new``: its state follows, its admins are told."""
        await self.migrations.migrate(old, new, self.send_message)

    async def _in_chat(
        self, chat_id: str, call: Callable[[int | str], Awaitable[T]]
    ) -> tuple[T, str]:
        """``call`` on the chat's current id, once more on the new id when Telegram answers
        that the group has just been upgraded; with the id it ran on."""
        chat = await self.migrations.resolve(chat_id)
        try:
            return await call(chat_ref(chat)), chat
        except ChannelError as exc:
            new = migrated_to(exc)
            if new is None:
                raise
        await self.migrated(chat, new)
        return await call(chat_ref(new)), new

    @staticmethod
    def _sent_id(chat_id: str, chat: str, message_id: str) -> str:
        # The caller will edit or delete it by the chat id it asked for (see message_ref).
        return message_id if chat == chat_id else f"{chat}:{message_id}"

    async def _note_migration(self, chat_id: str, exc: ChannelError) -> None:
        """An edit or delete refused as the group was upgraded: the message stays in the old
        group's history (its id means another message in the supergroup), the state moves."""
        new = migrated_to(exc)
        if new is not None:
            await self.migrated(chat_id, new)

    # -- idempotency keys ------------------------------------------------------------------

    async def _once(self, key: str | None) -> str | None:
        if key is None:
            return None
        existing = await self.redis.get(PREFIX + f"key:{key}")
        return existing.decode() if isinstance(existing, bytes) else existing

    async def _remember(self, key: str | None, message_id: str) -> None:
        if key is not None:
            await self.redis.set(PREFIX + f"key:{key}", message_id, ex=KEY_TTL_SECONDS)

    async def _keyed(
        self, chat_id: str, key: str | None, send: Callable[[int | str], Awaitable[str]]
    ) -> str:
        """``send`` once per ``key``, on the chat's current id (see ``_in_chat``)."""
        existing = await self._once(key)
        if existing is not None:
            return existing
        sent, chat = await self._in_chat(chat_id, send)
        message_id = self._sent_id(chat_id, chat, sent)
        await self._remember(key, message_id)
        return message_id

    async def _post(self, method: Any) -> str:
        """One Bot API call that posts a message; its id."""
        with mapped_errors():
            sent = await self.bot(method)
        return str(sent.message_id)

    async def _send(
        self, chat: int | str, text: str, buttons: Sequence[Button], *, private: bool
    ) -> str:
        parts = chunks(text or "…")
        first: str | None = None
        for n, part in enumerate(parts):
            with mapped_errors(private=private):
                sent = await self.bot(
                    SendMessage(
                        chat_id=chat,
                        text=part,
                        reply_markup=keyboard(buttons) if n == len(parts) - 1 else None,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                )
            first = first or str(sent.message_id)
        assert first is not None
        return first

    # -- Channel port ----------------------------------------------------------------------

    async def send_message(
        self, chat_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        return await self._keyed(
            chat_id, key, lambda chat: self._send(chat, text, buttons, private=False)
        )

    async def send_private(
        self, user_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        existing = await self._once(key)
        if existing is not None:
            return existing
        message_id = await self._send(chat_ref(user_id), text, buttons, private=True)
        await self._remember(key, message_id)
        return message_id

    async def edit_message(
        self, chat_id: str, message_id: str, text: str, *, buttons: Sequence[Button] = ()
    ) -> None:
        chat, number = message_ref(chat_id, message_id)
        try:
            with mapped_errors():
                await self.bot(
                    EditMessageText(
                        chat_id=chat,
                        message_id=number,
                        text=chunks(text)[0],
                        reply_markup=keyboard(buttons),
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                )
        except ChannelError as exc:
            await self._note_migration(str(chat), exc)
            if not already_done(exc):
                raise

    async def delete_message(self, chat_id: str, message_id: str) -> None:
        chat, number = message_ref(chat_id, message_id)
        try:
            with mapped_errors():
                await self.bot(DeleteMessage(chat_id=chat, message_id=number))
        except ChannelError as exc:
            await self._note_migration(str(chat), exc)
            if not already_done(exc):
                raise
            log.info("message already gone in chat %s", chat_id)

    async def send_photo(
        self, chat_id: str, data: bytes, *, caption: str = "", key: str | None = None
    ) -> str:
        return await self._keyed(
            chat_id,
            key,
            lambda chat: self._post(
                SendPhoto(
                    chat_id=chat,
                    photo=BufferedInputFile(data, filename="photo.jpg"),
                    caption=caption[:CAPTION_LIMIT] or None,
                )
            ),
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
        """sendDocument with the bytes as a new upload named ``filename``."""
        return await self._keyed(
            chat_id,
            key,
            lambda chat: self._post(
                SendDocument(
                    chat_id=chat,
                    document=BufferedInputFile(data, filename=filename),
                    caption=caption[:CAPTION_LIMIT] or None,
                    # No content-type guessing on Telegram's side: the file arrives as sent.
                    disable_content_type_detection=True,
                )
            ),
        )

    async def repost_photo(
        self, chat_id: str, file_id: str, *, caption: str = "", key: str | None = None
    ) -> str:
        """sendPhoto with the file_id Telegram gave the bot; a caption over Telegram's limit
        follows as text. Returns the photo's message id."""
        fits = len(caption) <= CAPTION_LIMIT
        photo_caption = (caption if fits else "") or None

        async def send(chat: int | str) -> str:
            try:
                sent = await self._post(
                    SendPhoto(chat_id=chat, photo=file_id, caption=photo_caption)
                )
            except ChannelError as exc:
                cause = exc.__cause__
                if isinstance(cause, TelegramBadRequest) and any(
                    s in cause.message.lower() for s in MEDIA_GONE_ERRORS
                ):
                    raise MediaGone(cause.message) from cause
                raise
            if not fits:
                await self._send(chat, caption, (), private=False)
            return sent

        return await self._keyed(chat_id, key, send)

    async def chat_admins(self, chat_id: str) -> set[str]:
        """Ids of a chat's administrators (getChatAdministrators), cached briefly in Redis.

        When Telegram cannot answer (flood control, a network failure) the last list it gave,
        up to a day old, stands in, so admins are not taken for members meanwhile."""

        async def read(chat: int | str) -> list[str]:
            cache = PREFIX + f"admins:{chat}"
            cached = await self.redis.get(cache)
            if cached is not None:
                return list(json.loads(cached))
            known = PREFIX + f"admins-known:{chat}"
            try:
                with mapped_errors():
                    members = await self.bot(GetChatAdministrators(chat_id=chat))
            except ChannelError as exc:
                earlier = None
                if not isinstance(exc.__cause__, ANSWERED_ERRORS):
                    earlier = await self.redis.get(known)
                if earlier is None:
                    raise
                log.warning(
                    "admin list of chat %s unavailable (%s): using the last one",
                    chat,
                    type(exc.__cause__ or exc).__name__,
                )
                return list(json.loads(earlier))
            ids = json.dumps(sorted(str(member.user.id) for member in members))
            async with self.redis.pipeline(transaction=False) as pipe:
                pipe.set(cache, ids, ex=self.admin_cache_seconds)
                pipe.set(known, ids, ex=KNOWN_ADMINS_SECONDS)
                await pipe.execute()
            return list(json.loads(ids))

        ids, _ = await self._in_chat(chat_id, read)
        return set(ids)

    async def is_chat_admin(self, chat_id: str, user_id: str) -> bool:
        if user_id == chat_id:
            return True  # an anonymous admin, posting as the group itself
        try:
            return user_id in await self.chat_admins(chat_id)
        except RetryAfter:
            raise
        except ChannelError as exc:
            if isinstance(exc.__cause__, ANSWERED_ERRORS):
                # Telegram answered (no such chat, a private chat, bot not in it): no admins.
                log.info("no admin list for chat %s: %s", chat_id, exc.__cause__.message)
                return False
            raise

    async def close(self) -> None:
        await self.bot.session.close()


def build_bot(settings: Settings) -> Bot:
    assert settings.telegram_bot_token is not None
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    return Bot(token=settings.telegram_bot_token.get_secret_value(), session=session)


def create_channel(settings: Settings, redis: Redis) -> TelegramChannel | None:
    if settings.telegram_bot_token is None:
        return None
    return TelegramChannel(build_bot(settings), redis)

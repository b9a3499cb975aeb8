"""Telegram updates -> the neutral router, inside an aiogram ``Dispatcher``.

Every update passes ``UpdateGate`` first: unknown update types are dropped, and an update id
already seen (Redis ``SET NX`` with a day's expiry) is dropped, so a redelivery does nothing
(a claim left by a process that stopped mid-update does not block it: see ``UpdateGate``).
Messages (text and captions, and edits in groups) become ``IncomingMessage``s for
``services.router.on_message``; button presses become ``ButtonPress``es for
``services.router.on_press``, answered as a toast. ``/start`` and ``/lienket`` are answered here
because they must work in chats the router does not know yet. The service messages of a group
upgraded to a supergroup move the group's state to its new id (``TelegramChannel.migrated``).
Handlers get ``services``,
``channel`` and ``group_admin`` by parameter name from the dispatcher's context; errors go to one
``errors`` handler.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import secrets
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiogram import BaseMiddleware, Bot, Dispatcher, F, Router
from aiogram.exceptions import AiogramError, TelegramAPIError
from aiogram.filters import Command, CommandObject
from aiogram.types import (
    BotCommand,
    CallbackQuery,
    ErrorEvent,
    Message,
    TelegramObject,
    Update,
)
from aiogram.types.update import UpdateTypeLookupError
from aiohttp import ClientError
from redis.exceptions import RedisError

from bot.channels.telegram import NAME, PREFIX, TelegramChannel
from bot.channels.telegram_updates import sender, to_incoming, to_press
from handlers.ports import Answer, Attachment, ChannelError
from handlers.review.admin import HELP as REVIEW_HELP
from handlers.review.group_admin import COMMANDS_HELP, GroupAdmin

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)

ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
UPDATE_SEEN_SECONDS = 24 * 3600  # Telegram keeps an undelivered update for a day
# While one process works on an update; after a crash, redeliveries get 503 this long at most.
UPDATE_CLAIM_SECONDS = 30
CALLBACK_ANSWER_LIMIT = 200
PHOTO_DOWNLOAD_LIMIT = 20 * 1024 * 1024  # the Bot API's own limit for getFile (any file)
POLLING_TIMEOUT = 25

START_TEXT = (
    "Xin chào, đây là Bình Yên, trợ lý giữ an toàn thông tin cho nhóm an ninh trật tự. "
    "Trường hợp khẩn cấp, vui lòng gọi 113.\n\n"
    f"{COMMANDS_HELP}\n\n{REVIEW_HELP}"
)
MEMBER_COMMANDS = [BotCommand(command="start", description="Giới thiệu và danh sách lệnh")]
ADMIN_COMMANDS = [
    *MEMBER_COMMANDS,
    BotCommand(command="lienket", description="Liên kết nhóm với nhóm quản trị: /lienket <mã>"),
    BotCommand(command="trangthai", description="Tình trạng hàng đợi duyệt tin"),
    BotCommand(command="kiemtra", description="Thử một đoạn tin với nội quy"),
    BotCommand(command="chinhsach", description="Xem hoặc đổi chính sách của nhóm"),
    BotCommand(command="thunghiem", description="Bật/tắt chế độ thử nghiệm: bat | tat"),
    BotCommand(command="ds", description="Danh sách tin đang chờ duyệt"),
]


def scrub(text: str, bot: Bot) -> str:
    """Never log the token (aiohttp errors may quote a URL that carries it)."""
    return text.replace(bot.token, "<token>")


# -- the gate every update passes ------------------------------------------------------------


class UpdateGate(BaseMiddleware):
    """Drops unknown update types and updates already processed (by ``update_id``).

    An update's key holds ``working:<instance>`` while a process works on it and ``done``
    afterwards. A claim left by a process that stopped mid-update must not swallow Telegram's
    next delivery: in polling mode only one poller runs at a time (Telegram refuses a second
    ``getUpdates``), so a claim by another instance is a stopped predecessor's and this one
    takes the update over (``takeover``); in webhook mode several processes may serve at once,
    so the webhook asks ``in_progress`` first and answers 503, and Telegram delivers again
    later, after the claim is done or has expired.
    """

    def __init__(self, redis: Any, *, takeover: bool = False) -> None:
        self.redis = redis
        self.takeover = takeover
        self.claim = f"working:{secrets.token_hex(6)}"

    @staticmethod
    def key(bot_id: int, update_id: int) -> str:
        return f"{PREFIX}update:{bot_id}:{update_id}"

    async def _state(self, key: str) -> str | None:
        raw = await self.redis.get(key)
        return raw.decode() if isinstance(raw, bytes) else raw

    async def in_progress(self, bot_id: int, update_id: int) -> bool:
        """Whether some process holds a claim on this update right now."""
        try:
            state = await self._state(self.key(bot_id, update_id))
        except RedisError:
            return False  # the gate lets it through undeduplicated
        return state is not None and state.startswith("working:")

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        assert isinstance(event, Update)
        try:
            event_type = event.event_type
        except UpdateTypeLookupError:
            event_type = None
        bot: Bot = data["bot"]
        key = self.key(bot.id, event.update_id)
        try:
            fresh = await self.redis.set(key, self.claim, nx=True, ex=UPDATE_CLAIM_SECONDS)
            if not fresh and not await self._take_over(key, event.update_id):
                log.info("telegram update %s (%s) already processed", event.update_id, event_type)
                return None
        except RedisError:
            log.warning("telegram update %s: Redis unreachable, not deduplicated", event.update_id)
            return await handler(event, data)
        if event_type is None:
            # Recorded as done like any other update, so a redelivery is dropped early too.
            log.info("telegram update %s of an unknown type ignored", event.update_id)
            await self.redis.set(key, "done", ex=UPDATE_SEEN_SECONDS)
            return None
        try:
            result = await handler(event, data)
        except BaseException:
            # Let the redelivery through (with Redis away, the claim expires on its own).
            with contextlib.suppress(RedisError):
                await self.redis.delete(key)
            raise
        try:
            await self.redis.set(key, "done", ex=UPDATE_SEEN_SECONDS)
        except RedisError:
            # Handled; a redelivery is a duplicate the moderation flow recognises.
            log.warning("telegram update %s: could not mark it done", event.update_id)
        return result

    async def _take_over(self, key: str, update_id: int) -> bool:
        state = await self._state(key)
        if not self.takeover or state is None or not state.startswith("working:"):
            return False
        if state == self.claim:
            return False  # this process is on it already (the same update twice in a batch)
        log.warning("telegram update %s: taken over from a process that stopped", update_id)
        await self.redis.set(key, self.claim, ex=UPDATE_CLAIM_SECONDS)
        return True


# -- handlers ----------------------------------------------------------------------------------


async def download_photo(bot: Bot, message: Message) -> Attachment:
    assert message.photo
    photo = message.photo[-1]  # the largest size
    if photo.file_size and photo.file_size > PHOTO_DOWNLOAD_LIMIT:
        return Attachment(kind="photo", file_id=photo.file_id)
    try:
        buffer = await bot.download(photo.file_id)
    except (AiogramError, ClientError, OSError) as exc:
        log.warning("could not download a private photo: %s", type(exc).__name__)
        return Attachment(kind="photo", file_id=photo.file_id)
    assert buffer is not None
    return Attachment(
        kind="photo", data=buffer.getvalue(), file_id=photo.file_id, mime_type="image/jpeg"
    )


async def download_document(bot: Bot, attachment: Attachment) -> Attachment:
    """A private document's bytes (the tip service checks what it is); only its size when it
    is over what the Bot API lets a bot download, or the download failed."""
    assert attachment.file_id is not None
    if attachment.size and attachment.size > PHOTO_DOWNLOAD_LIMIT:
        return attachment
    try:
        buffer = await bot.download(attachment.file_id)
    except (AiogramError, ClientError, OSError) as exc:
        log.warning("could not download a private document: %s", type(exc).__name__)
        return attachment
    assert buffer is not None
    return dataclasses.replace(attachment, data=buffer.getvalue())


async def deliver(message: Message, bot: Bot, services: Services, *, edited: bool) -> None:
    """Hand a message to the neutral router (moderation, admin commands, private handler)."""
    me = await bot.me()
    incoming = to_incoming(message, bot_id=bot.id, bot_username=me.username, edited=edited)
    if incoming is None:
        return
    if message.photo and message.chat.type == "private":
        photo = await download_photo(bot, message)
        incoming = dataclasses.replace(incoming, attachments=(photo,))
    elif message.document and message.chat.type == "private":
        (document,) = incoming.attachments
        incoming = dataclasses.replace(
            incoming, attachments=(await download_document(bot, document),)
        )
    await services.router.on_message(incoming)


async def on_start(
    message: Message, bot: Bot, services: Services, channel: TelegramChannel
) -> None:
    chat_id = str(message.chat.id)
    private = message.chat.type == "private"
    if private and services.extras.get("tips") is not None:
        # Anyone may open the bot to send a tip: the tips greeting says what stays anonymous
        # before they write (admins find their commands in the admin chat and the menu).
        await deliver(message, bot, services, edited=False)
        return
    if private or await services.bindings.is_admin_chat(NAME, chat_id):
        await channel.send_message(chat_id, START_TEXT)
        return
    await deliver(message, bot, services, edited=False)  # a member's /start in a group


async def on_bind(
    message: Message,
    command: CommandObject,
    bot: Bot,
    services: Services,
    channel: TelegramChannel,
    group_admin: GroupAdmin,
) -> None:
    chat_id = str(message.chat.id)
    user = sender(message)
    if message.chat.type == "private" or user is None:
        await channel.send_message(
            chat_id,
            "Hãy gõ /lienket <mã nhóm> trong nhóm quản trị (nhóm Telegram của cán bộ), "
            "có cả bot trong đó. Gõ /lienket trong nhóm cần quản lý để xem mã nhóm.",
        )
        return
    if not command.args:
        if await channel.is_chat_admin(chat_id, user.id):
            await channel.send_message(
                chat_id,
                f"Mã của nhóm này: {chat_id}\nTrong nhóm quản trị, hãy gõ: /lienket {chat_id}",
            )
            return
        await deliver(message, bot, services, edited=False)
        return
    group = command.args.split()[0]
    answer = await group_admin.bind(
        NAME, group, chat_id, user, title=await group_title(bot, group)
    )
    await channel.send_message(chat_id, answer.text)
    if not answer.ok and not await services.bindings.is_admin_chat(NAME, chat_id):
        await deliver(message, bot, services, edited=False)  # still moderated as any message


async def group_title(bot: Bot, group: str) -> str:
    try:
        chat = await bot.get_chat(int(group))
    except (AiogramError, ValueError):
        return ""
    return chat.title or ""


async def on_migrate(message: Message, channel: TelegramChannel) -> None:
    """Sent in the old group (``migrate_to_chat_id``) and in the supergroup
    (``migrate_from_chat_id``); either one moves the state, the other then finds it moved."""
    if message.migrate_to_chat_id is not None:
        old, new = message.chat.id, message.migrate_to_chat_id
    else:
        assert message.migrate_from_chat_id is not None
        old, new = message.migrate_from_chat_id, message.chat.id
    await channel.migrated(str(old), str(new))


async def on_message(message: Message, bot: Bot, services: Services) -> None:
    await deliver(message, bot, services, edited=False)


async def on_edited(message: Message, bot: Bot, services: Services) -> None:
    # An edit is a new version: a clean message edited into a leak is moderated again.
    await deliver(message, bot, services, edited=True)


async def on_press(query: CallbackQuery, services: Services, channel: TelegramChannel) -> None:
    press = to_press(query)
    if press is None:
        await query.answer()
        return
    try:
        answer = await services.router.on_press(press)
    except ChannelError as exc:
        log.warning("button press failed: %s", type(exc).__name__)
        answer = Answer("Chưa thực hiện được, vui lòng thử lại sau ít phút.", ok=False)
    text = answer.text
    if len(text) > CALLBACK_ANSWER_LIMIT:
        # A toast holds 200 characters; a long answer (e.g. "Vì sao?") goes to the chat.
        await channel.send_message(press.chat_id, text)
        text = "Chi tiết đã được gửi vào cuộc trò chuyện."
    try:
        await query.answer(text=text, show_alert=not answer.ok)
    except TelegramAPIError as exc:
        log.info("callback answer not delivered: %s", exc.message)


async def on_error(event: ErrorEvent, bot: Bot) -> bool:
    exc = event.exception
    log.error(
        "telegram update %s failed: %s: %s",
        event.update.update_id,
        type(exc).__name__,
        scrub(str(exc), bot),
    )
    log.debug("traceback", exc_info=exc)
    return True


def build_router() -> Router:
    """A fresh router per dispatcher (an aiogram router belongs to one parent)."""
    router = Router(name="binhyen-telegram")
    router.message.register(on_migrate, F.migrate_to_chat_id | F.migrate_from_chat_id)
    router.message.register(on_start, Command("start"))
    router.message.register(on_bind, Command("lienket"))
    router.message.register(on_message)
    router.edited_message.register(on_edited, F.chat.type != "private")
    router.callback_query.register(on_press)
    router.errors.register(on_error)
    return router


def build_dispatcher(
    services: Services, channel: TelegramChannel, gate: UpdateGate | None = None
) -> Dispatcher:
    group_admin = services.extras.get("group_admin")
    if not isinstance(group_admin, GroupAdmin):
        group_admin = GroupAdmin(
            redis=services.redis,
            store=services.store,
            bindings=services.bindings,
            policies=services.policies,
            engine=services.engine,
            channels=services.channels,
            queue=services.queue,
        )
    dp = Dispatcher(disable_fsm=True, services=services, channel=channel, group_admin=group_admin)
    dp.update.outer_middleware(gate or UpdateGate(services.redis))
    dp.include_router(build_router())
    return dp

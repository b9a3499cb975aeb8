"""Telegram updates -> neutral ``IncomingMessage`` / ``ButtonPress`` (pure conversions).

Private chats are ``ChatKind.PRIVATE``; groups and supergroups are ``ChatKind.GROUP`` (the
router itself recognises bound admin chats). A message posted by an anonymous admin carries the
group as its sender: its user id is the group's id, which ``TelegramChannel.is_chat_admin``
trusts. Service messages (no text, caption or photo) and the bot's own messages give None.
"""

from __future__ import annotations

import re

from aiogram.types import CallbackQuery, Message

from bot.channels.telegram import NAME
from handlers.ports import Attachment, ButtonPress, ChatKind, IncomingMessage, User

GROUP_TYPES = {"group", "supergroup"}


def strip_mention(text: str, bot_username: str | None) -> str:
    """``/trangthai@BinhYenBot 1`` -> ``/trangthai 1`` (Telegram adds the mention in groups)."""
    if not bot_username or not text.startswith("/"):
        return text
    return re.sub(rf"^(/\w+)@{re.escape(bot_username)}\b", r"\1", text, count=1, flags=re.I)


def sender(message: Message) -> User | None:
    if message.sender_chat is not None:
        chat = message.sender_chat
        return User(id=str(chat.id), name=chat.title or chat.full_name, username=chat.username)
    if message.from_user is None:
        return None
    user = message.from_user
    return User(id=str(user.id), name=user.full_name, username=user.username)


def chat_kind(message: Message) -> ChatKind | None:
    if message.chat.type == "private":
        return ChatKind.PRIVATE
    if message.chat.type in GROUP_TYPES:
        return ChatKind.GROUP
    return None  # channels are not moderated


PRIVATE_FILE_KINDS = ("document", "video", "voice", "audio", "video_note", "animation")


def private_file(message: Message) -> Attachment | None:
    """A file other than a photo (documents, videos, voice notes...), by its id only."""
    for kind in PRIVATE_FILE_KINDS:
        media = getattr(message, kind, None)
        if media is not None:
            return Attachment(
                kind=kind,
                file_id=media.file_id,
                filename=getattr(media, "file_name", None),
                mime_type=getattr(media, "mime_type", None),
                size=getattr(media, "file_size", None),
            )
    return None


def to_incoming(
    message: Message,
    *,
    bot_id: int,
    bot_username: str | None = None,
    edited: bool = False,
    attachments: tuple[Attachment, ...] = (),
) -> IncomingMessage | None:
    kind = chat_kind(message)
    user = sender(message)
    if kind is None or user is None:
        return None
    if message.from_user is not None and message.from_user.id == bot_id:
        return None
    text = message.text if message.text is not None else (message.caption or "")
    other = private_file(message) if kind is ChatKind.PRIVATE else None
    if not text and not ((message.photo or other) and kind is ChatKind.PRIVATE):
        # A service message, a sticker, a voice note, a photo without caption in a group:
        # nothing to read. A photo or file sent in private is kept (an anonymous tip: a PDF or
        # Office document is passed on as a stripped copy, other files answered politely).
        return None
    if not attachments and message.photo:
        attachments = (Attachment(kind="photo", file_id=message.photo[-1].file_id),)
    elif not attachments and other is not None:
        attachments = (other,)
    when = message.edit_date or message.date
    return IncomingMessage(
        channel=NAME,
        chat_id=str(message.chat.id),
        chat_kind=kind,
        message_id=str(message.message_id),
        user=user,
        text=strip_mention(text, bot_username),
        date=float(when.timestamp() if hasattr(when, "timestamp") else when),
        edited=edited,
        attachments=attachments,
        chat_title=message.chat.title or "",
    )


def to_press(query: CallbackQuery) -> ButtonPress | None:
    if not query.data or query.message is None:
        return None
    user = query.from_user
    return ButtonPress(
        channel=NAME,
        chat_id=str(query.message.chat.id),
        message_id=str(query.message.message_id),
        user=User(id=str(user.id), name=user.full_name, username=user.username),
        action=query.data,
    )

"""The seams between channels and use cases: neutral messages, buttons, capabilities.

Every channel adapter (simulator, Telegram, Zalo Bot, Zalo OA) turns what it receives into an
``IncomingMessage`` or a ``ButtonPress`` and implements ``Channel`` for what the use cases ask
of it. What a channel cannot do is declared in ``Capabilities`` so the use cases can choose the
strongest action available and say which one was taken.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable


class ChatKind(StrEnum):
    GROUP = "group"
    PRIVATE = "private"
    ADMIN = "admin"


@dataclass(frozen=True)
class User:
    id: str
    name: str = ""
    username: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class Attachment:
    """A file received with a message. ``data`` is the downloaded bytes when available;
    ``size`` what the channel announced, when it did (a file too large to download)."""

    kind: str  # "photo" | "document" | "video" | "voice" | ...
    data: bytes | None = None
    file_id: str | None = None
    filename: str | None = None
    mime_type: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class IncomingMessage:
    channel: str
    chat_id: str
    chat_kind: ChatKind
    message_id: str
    user: User
    text: str
    date: float
    edited: bool = False
    attachments: tuple[Attachment, ...] = ()
    chat_title: str = ""
    # A link an admin can open to see the original (Zalo OA, where it cannot be deleted).
    link: str | None = None

    @property
    def delivery_key(self) -> str:
        """Same for a repeated delivery of one message version, new for an edit."""
        version = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        suffix = f":e:{version}" if self.edited else ""
        return f"{self.channel}:{self.chat_id}:{self.message_id}{suffix}"


@dataclass(frozen=True)
class Button:
    """A button on a card. ``kind`` is a stable machine word, ``action`` the opaque payload."""

    label: str
    kind: str
    action: str


@dataclass(frozen=True)
class ButtonPress:
    channel: str
    chat_id: str
    message_id: str
    user: User
    action: str


@dataclass(frozen=True)
class Answer:
    """What the presser of a button or the sender of a command is told (a toast on Telegram,
    a reply in a text console)."""

    text: str
    ok: bool


@dataclass(frozen=True)
class Capabilities:
    delete_messages: bool
    buttons: bool
    sees_all_group_messages: bool
    private_messages: bool
    edit_messages: bool
    # Post again a photo received earlier, by the channel's own reference to it (Telegram's
    # file_id), so an approved photo with a caption comes back as a photo.
    repost_photos: bool = False
    # Upload a file (``send_document``) that reaches the chat as that file.
    send_documents: bool = False

    def strongest_mode(self, wanted: str) -> str:
        """The mode for a flagged group message: ``hold`` (hidden while admins review) needs
        deleting; without it the strongest left is ``alert`` (admins told at once, the author
        asked privately, the message still visible)."""
        if wanted == "hold" and not self.delete_messages:
            return "alert"
        return wanted

    def as_dict(self) -> dict[str, bool]:
        return {
            "delete_messages": self.delete_messages,
            "buttons": self.buttons,
            "sees_all_group_messages": self.sees_all_group_messages,
            "private_messages": self.private_messages,
            "edit_messages": self.edit_messages,
            "repost_photos": self.repost_photos,
            "send_documents": self.send_documents,
        }


class ChannelError(Exception):
    """A channel refused or failed an action."""


class RetryAfter(ChannelError):
    def __init__(self, seconds: float, message: str = "rate limited") -> None:
        super().__init__(f"{message}; retry after {seconds}s")
        self.seconds = seconds


class MissingPermission(ChannelError):
    """The bot lacks a right it needs in that chat (e.g. cannot delete messages)."""


class Unreachable(ChannelError):
    """The recipient cannot be reached (e.g. never opened a private chat with the bot)."""


class MediaGone(ChannelError):
    """The channel no longer accepts its reference to a photo received earlier."""


class NotHeld(Exception):
    """A flagged message could be neither stored nor journalled: the channel must not
    acknowledge it (a webhook answers 503, so the messenger delivers it again)."""


@runtime_checkable
class Channel(Protocol):
    name: str
    capabilities: Capabilities

    async def send_message(
        self,
        chat_id: str,
        text: str,
        *,
        buttons: Sequence[Button] = (),
        key: str | None = None,
    ) -> str:
        """Post ``text`` and return the new message id.

        ``key`` is an idempotency key: a channel that can remember it sends at most once per
        key; others ignore it (the caller records what was sent).
        """
        ...

    async def edit_message(
        self, chat_id: str, message_id: str, text: str, *, buttons: Sequence[Button] = ()
    ) -> None: ...

    async def delete_message(self, chat_id: str, message_id: str) -> None: ...

    async def send_private(
        self, user_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        """Write to a user in their private chat with the bot; ``Unreachable`` if impossible."""
        ...

    async def send_photo(
        self, chat_id: str, data: bytes, *, caption: str = "", key: str | None = None
    ) -> str: ...

    async def send_document(
        self,
        chat_id: str,
        data: bytes,
        *,
        filename: str,
        caption: str = "",
        key: str | None = None,
    ) -> str:
        """Upload ``data`` as a file named ``filename``; where not
        ``capabilities.send_documents``, the caption and a note that the file could not be
        passed on are posted instead. Returns the message id."""
        ...

    async def repost_photo(
        self, chat_id: str, file_id: str, *, caption: str = "", key: str | None = None
    ) -> str:
        """Post a photo this channel delivered earlier, by its ``Attachment.file_id``; only
        where ``capabilities.repost_photos`` (others raise ``ChannelError``). ``MediaGone``
        when the channel no longer knows the photo."""
        ...

    async def is_chat_admin(self, chat_id: str, user_id: str) -> bool: ...

    async def close(self) -> None: ...

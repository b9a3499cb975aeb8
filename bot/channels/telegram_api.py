"""Between the port and the Bot API: ids, keyboards, long texts and aiogram's errors.

Pure helpers used by ``bot.channels.telegram`` (and its tests); no state, no Redis.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from aiogram.exceptions import (
    AiogramError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from handlers.ports import Button, ChannelError, MissingPermission, RetryAfter, Unreachable

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
BUTTONS_PER_ROW = 2

# Telegram's descriptions for "the bot lacks a right in that chat" (matched lower-cased).
PERMISSION_ERRORS = (
    "not enough rights",
    "message can't be deleted",
    "have no rights",
    "chat_admin_required",
    "need administrator rights",
    "bot is not a member",
    "bot was kicked",
)
# Already gone or already in that state: the action's goal holds.
ALREADY_DONE = ("message to delete not found", "message is not modified")
# A photo's file_id Telegram no longer accepts (matched lower-cased).
MEDIA_GONE_ERRORS = (
    "wrong file identifier",
    "wrong remote file",
    "file reference",
    "file_reference",
    "file_id",
)
# A private chat the bot cannot write to.
UNREACHABLE_ERRORS = ("chat not found", "user is deactivated", "peer_id_invalid")
# Errors that are Telegram's definite answer about a chat rather than a transport failure.
ANSWERED_ERRORS = (TelegramBadRequest, TelegramForbiddenError, TelegramNotFound)


def chat_ref(chat_id: str) -> int | str:
    """Telegram chat ids are integers; ``@username`` stays a string."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


def message_ref(chat_id: str, message_id: str) -> tuple[int | str, int]:
    """Where a message is. A message sent after the bot followed a group's upgrade has the id
    ``<supergroup id>:<message id>``: the caller keeps the old chat id with it."""
    chat, _, number = message_id.rpartition(":")
    return chat_ref(chat or chat_id), int(number)


def keyboard(buttons: Sequence[Button]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    for button in buttons:
        if len(button.action.encode()) > CALLBACK_DATA_LIMIT:
            raise ChannelError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {button.kind}")
    row_starts = range(0, len(buttons), BUTTONS_PER_ROW)
    rows = [
        [
            InlineKeyboardButton(text=b.label, callback_data=b.action)
            for b in buttons[start : start + BUTTONS_PER_ROW]
        ]
        for start in row_starts
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def chunks(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split a long text on line breaks where possible, each part within Telegram's limit."""
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut])
        text = text[cut:].lstrip("\n")
    parts.append(text)
    return parts


@contextmanager
def mapped_errors(*, private: bool = False) -> Iterator[None]:
    """Translate aiogram's exceptions into the port's; ``private`` for writes to a user."""
    try:
        yield
    except TelegramRetryAfter as exc:
        raise RetryAfter(float(exc.retry_after), "Telegram flood control") from exc
    except TelegramAPIError as exc:
        description = exc.message.lower()
        if private and (
            isinstance(exc, TelegramForbiddenError)
            or any(s in description for s in UNREACHABLE_ERRORS)
        ):
            raise Unreachable(exc.message) from exc
        if any(s in description for s in PERMISSION_ERRORS):
            raise MissingPermission(exc.message) from exc
        raise ChannelError(f"{type(exc).__name__}: {exc.message}") from exc
    except AiogramError as exc:
        raise ChannelError(f"{type(exc).__name__}: {exc}") from exc


def migrated_to(exc: ChannelError) -> str | None:
    """The supergroup's id when Telegram refused a call because the group was upgraded."""
    cause = exc.__cause__
    return str(cause.migrate_to_chat_id) if isinstance(cause, TelegramMigrateToChat) else None


def already_done(exc: ChannelError) -> bool:
    cause = exc.__cause__
    return isinstance(cause, TelegramAPIError) and any(
        s in cause.message.lower() for s in ALREADY_DONE
    )

"""Routes every neutral event to its use case: group messages to moderation, private chats
to the private handler (anonymous tips), admin chats to commands, button presses to review.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from redis.exceptions import RedisError

from handlers.bindings import Bindings
from handlers.ports import Answer, ButtonPress, Channel, ChatKind, IncomingMessage
from handlers.review.flow import ModerationFlow, Outcome

log = logging.getLogger(__name__)


class AdminHandler(Protocol):
    async def handle(self, msg: IncomingMessage) -> Answer | None: ...


class PressHandler(Protocol):
    async def press(self, press: ButtonPress) -> Answer | None: ...


class PrivateHandler(Protocol):
    async def handle(self, msg: IncomingMessage) -> None: ...


class Router:
    def __init__(
        self,
        flow: ModerationFlow,
        bindings: Bindings,
        channels: dict[str, Channel],
        *,
        admin_handlers: Sequence[AdminHandler],
        press_handlers: Sequence[PressHandler],
        private: PrivateHandler,
    ) -> None:
        self.flow = flow
        self.bindings = bindings
        self.channels = channels
        self.admin_handlers = list(admin_handlers)
        self.press_handlers = list(press_handlers)
        self.private = private
        self._admin_chats: set[tuple[str, str]] = set()

    async def on_message(self, msg: IncomingMessage) -> Outcome | None:
        if msg.chat_kind is ChatKind.PRIVATE:
            await self.private.handle(msg)
            return None
        if msg.chat_kind is ChatKind.ADMIN or await self._is_admin_chat(msg):
            await self.on_admin_text(msg)
            return None
        return await self.flow.handle(msg)

    async def _is_admin_chat(self, msg: IncomingMessage) -> bool:
        """Whether the chat is bound as an admin chat; with Redis away, what was last known
        (an unknown chat is moderated: a group is never taken for an admin chat)."""
        where = (msg.channel, msg.chat_id)
        try:
            bound = await self.bindings.is_admin_chat(*where)
        except RedisError:
            return where in self._admin_chats
        if bound:
            self._admin_chats.add(where)
        else:
            self._admin_chats.discard(where)
        return bound

    async def on_admin_text(self, msg: IncomingMessage) -> None:
        for handler in self.admin_handlers:
            answer = await handler.handle(msg)
            if answer is not None:
                await self.channels[msg.channel].send_message(msg.chat_id, answer.text)
                return

    async def on_press(self, press: ButtonPress) -> Answer:
        for handler in self.press_handlers:
            answer = await handler.press(press)
            if answer is not None:
                return answer
        return Answer("Thao tác không hợp lệ.", ok=False)


class Greeter:
    """Private-chat handler used when anonymous tips are turned off."""

    def __init__(self, channels: dict[str, Channel]) -> None:
        self.channels = channels

    async def handle(self, msg: IncomingMessage) -> None:
        await self.channels[msg.channel].send_message(
            msg.chat_id,
            "Xin chào, đây là Bình Yên, trợ lý của nhóm an ninh trật tự. "
            "Trường hợp khẩn cấp, vui lòng gọi 113.",
        )

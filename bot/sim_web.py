"""HTTP API and web page of the simulator channel (the contract tests and tools use)."""

from __future__ import annotations

import base64
import binascii
import logging
import time
from importlib import resources
from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field, ValidationError
from redis.exceptions import RedisError

from bot.auth import TokenGuard
from bot.channels.simulator import NAME, SimulatorChannel, chat_kind
from bot.web_safety import page, read_json
from handlers.ports import Attachment, ButtonPress, IncomingMessage, NotHeld, User

log = logging.getLogger(__name__)
MAX_TEXT = 200_000
# A member's group message not finished this long after it was sent is moderated again.
REDELIVER_AFTER_SECONDS = 10.0
# Base64 of a file a user sends; the web app takes request bodies up to 1 MB in all.
MAX_DOCUMENT_BASE64 = 1_000_000


class UserIn(BaseModel):
    id: str = Field(min_length=1, max_length=100)
    name: str = Field("", max_length=200)
    username: str | None = Field(None, max_length=100)
    phone: str | None = Field(None, max_length=30)


class DocumentIn(BaseModel):
    filename: str = Field(min_length=1, max_length=255)
    data: str = Field(min_length=1, max_length=MAX_DOCUMENT_BASE64)  # base64


class MessageIn(BaseModel):
    chat_id: str = Field(min_length=1, max_length=200)
    user: UserIn
    text: str = Field("", max_length=MAX_TEXT)
    document: DocumentIn | None = None


class PressIn(BaseModel):
    chat_id: str = Field(min_length=1, max_length=200)
    message_id: str = Field(min_length=1, max_length=50)
    user: UserIn
    action: str = Field(min_length=1, max_length=200)


def bad_request(message: str, field: str | None = None) -> web.Response:
    return web.json_response({"error": message, "field": field}, status=400)


def unavailable() -> web.Response:
    return web.json_response(
        {"error": "Hệ thống tạm thời chưa xử lý được tin nhắn, vui lòng gửi lại sau ít phút."},
        status=503,
        headers={"Retry-After": "5"},
    )


async def _parse(request: web.Request, model: type[BaseModel]) -> BaseModel | web.Response:
    try:
        body = await read_json(request)
    except ValueError:
        return bad_request("Nội dung yêu cầu không phải JSON hợp lệ.", None)
    except web.HTTPRequestEntityTooLarge:
        # The web app reads at most 1 MB: a file sent through the simulator must stay smaller.
        return bad_request(
            "Yêu cầu quá lớn: trình mô phỏng nhận tệp tới khoảng 700 KB.", "document"
        )
    if not isinstance(body, dict):
        return bad_request("Nội dung yêu cầu phải là một đối tượng JSON.", None)
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or None
        return bad_request(f"Trường {field} không hợp lệ: {first['msg']}", field)


class SimulatorWeb:
    def __init__(self, channel: SimulatorChannel, router: Any, guard: TokenGuard) -> None:
        self.channel = channel
        self.router = router
        self.guard = guard

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/sim", self.page),
            web.get("/sim/api/chats", self.list_chats),
            web.get("/sim/api/chats/{chat_id}/messages", self.list_messages),
            web.post("/sim/api/messages", self.post_message),
            web.post("/sim/api/press", self.press),
        ]

    async def page(self, request: web.Request) -> web.Response:
        html = resources.files("bot").joinpath("static/sim.html").read_text(encoding="utf-8")
        return page(html)

    async def list_chats(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        return web.json_response({"chats": await self.channel.chats()})

    async def list_messages(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        chat_id = request.match_info["chat_id"]
        return web.json_response({"messages": await self.channel.messages(chat_id)})

    async def post_message(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        parsed = await _parse(request, MessageIn)
        if isinstance(parsed, web.Response):
            return parsed
        assert isinstance(parsed, MessageIn)
        user = User(
            parsed.user.id,
            parsed.user.name or parsed.user.id,
            parsed.user.username,
            parsed.user.phone,
        )
        text = parsed.text.encode("utf-8", "replace").decode("utf-8")
        attachments: tuple[Attachment, ...] = ()
        if parsed.document is not None:
            try:
                data = base64.b64decode(parsed.document.data, validate=True)
            except (binascii.Error, ValueError):
                return bad_request("Tệp gửi kèm phải được mã hoá base64.", "document.data")
            attachments = (
                Attachment(kind="document", data=data, filename=parsed.document.filename),
            )
        elif not text:
            return bad_request("Tin nhắn cần có nội dung hoặc tệp gửi kèm.", "text")
        try:
            message_id = await self.channel.post_from_user(
                parsed.chat_id, user, text, document=attachments[0] if attachments else None
            )
        except RedisError as exc:
            # Nothing stored, nothing shown: the sender is asked to send again.
            log.warning("simulator message not stored (%s)", type(exc).__name__)
            return unavailable()
        msg = IncomingMessage(
            channel=NAME,
            chat_id=parsed.chat_id,
            chat_kind=chat_kind(parsed.chat_id),
            message_id=message_id,
            user=user,
            text=text,
            date=time.time(),
            attachments=attachments,
            chat_title=parsed.chat_id,
        )
        try:
            await self.router.on_message(msg)
            await self.channel.mark_checked(message_id)
        except (NotHeld, RedisError) as exc:
            # The message stays marked unchecked: ``redeliver`` moderates it again.
            log.warning("simulator message %s not handled (%s)", message_id, type(exc).__name__)
            return unavailable()
        return web.json_response({"message_id": message_id})

    async def redeliver(self, now: float | None = None) -> int:
        """Moderate again the members' group messages a stopped process never finished with,
        as a messenger redelivers an unacknowledged update. Idempotent per message."""
        before = (time.time() if now is None else now) - REDELIVER_AFTER_SECONDS
        done = 0
        for raw in await self.channel.unchecked(before):
            user = raw["user"] or {}
            msg = IncomingMessage(
                channel=NAME,
                chat_id=raw["chat_id"],
                chat_kind=chat_kind(raw["chat_id"]),
                message_id=raw["message_id"],
                user=User(user.get("id", ""), user.get("name", "")),
                text=raw["text"],
                date=float(raw["date"]),
                chat_title=raw["chat_id"],
            )
            await self.router.on_message(msg)
            await self.channel.mark_checked(msg.message_id)
            done += 1
        if done:
            log.info("simulator: %d unfinished group message(s) moderated again", done)
        return done

    async def press(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        parsed = await _parse(request, PressIn)
        if isinstance(parsed, web.Response):
            return parsed
        assert isinstance(parsed, PressIn)
        message = await self.channel.message(parsed.chat_id, parsed.message_id)
        if message is None:
            return bad_request("Không có tin nhắn này trong cuộc trò chuyện.", "message_id")
        # A stale button (the card was edited meanwhile) is still pressable, as on a real
        # messenger whose screen has not refreshed; the use case answers it.
        user = User(parsed.user.id, parsed.user.name or parsed.user.id)
        answer = await self.router.on_press(
            ButtonPress(NAME, parsed.chat_id, parsed.message_id, user, parsed.action)
        )
        return web.json_response({"ok": answer.ok, "answer": answer.text})

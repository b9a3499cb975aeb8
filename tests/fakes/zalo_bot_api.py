"""A fake Zalo Bot API server speaking the documented JSON (bot.zaloplatforms.com/docs).

``POST /bot<TOKEN>/<method>`` answers ``{"ok": true, "result": ...}`` or ``{"ok": false,
"error_code", "description"}``. ``getUpdates`` hands out one queued update per call and answers
HTTP 408 when none arrives during its (shortened) long poll. ``sendMessage`` refuses texts
outside 1-2000 characters, as the real API does. Tests can queue 429s and unreachable chats.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from aiohttp import web

from tests.fakes.server import FakeServer

TOKEN = "1459232241454765289:zalo-fake-token-abc"
PHOTO = b"\xff\xd8\xff\xe0fake-jpeg-bytes"


def error(code: int, description: str, **headers: str) -> web.Response:
    return web.json_response(
        {"ok": False, "error_code": code, "description": description},
        status=code,
        headers=headers,
    )


def text_update(
    text: str,
    *,
    user_id: str = "dan1",
    name: str = "Nguyễn Văn An",
    chat_id: str | None = None,
    chat_type: str = "PRIVATE",
    message_id: str | None = None,
) -> dict[str, Any]:
    return {
        "event_name": "message.text.received",
        "message": {
            "from": {"id": user_id, "display_name": name, "is_bot": False},
            "chat": {"id": chat_id or user_id, "chat_type": chat_type},
            "text": text,
            "message_id": message_id or uuid.uuid4().hex[:20],
            "date": int(time.time() * 1000),
        },
    }


def image_update(
    photo_url: str, *, user_id: str = "dan1", caption: str = "", chat_type: str = "PRIVATE"
) -> dict[str, Any]:
    update = text_update(caption, user_id=user_id, chat_type=chat_type)
    update["event_name"] = "message.image.received"
    message = update["message"]
    del message["text"]
    message |= {"photo": photo_url, "caption": caption}
    return update


def wrapped(update: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "result": update}


class FakeZaloBot(FakeServer):
    def __init__(self, token: str = TOKEN, *, poll_wait: float = 0.2) -> None:
        self.token = token
        self.poll_wait = poll_wait
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.updates: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.webhook: dict[str, Any] | None = None
        self.rate_limited: list[str | None] = []  # Retry-After header values for next 429s
        self.unreachable: set[str] = set()
        self.get_updates_calls = 0
        self.timeouts_answered = 0

    # -- lifecycle -------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self.handle)
        app.router.add_get("/files/{name}", self.file)
        return app

    # -- what the bot did ------------------------------------------------------------------

    def sent(self, chat_id: str | None = None) -> list[str]:
        return [
            p["text"]
            for m, p in self.calls
            if m == "sendMessage" and (chat_id is None or p.get("chat_id") == chat_id)
        ]

    def method_calls(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]

    # -- the API ---------------------------------------------------------------------------

    async def file(self, request: web.Request) -> web.Response:
        return web.Response(body=PHOTO, content_type="image/jpeg")

    async def handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return error(401, "Unauthorized")
        method = request.match_info["method"]
        try:
            payload = await request.json() if request.can_read_body else {}
        except ValueError:
            return error(400, "Bad request")
        handler = getattr(self, f"m_{method}", None)
        if handler is None:
            return error(404, "Not found")
        if method != "getUpdates":
            self.calls.append((method, payload))
        if self.rate_limited and method.startswith("send"):
            value = self.rate_limited.pop(0)
            return error(429, "Quota exceeded", **({"Retry-After": value} if value else {}))
        return await handler(payload)

    @staticmethod
    def ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    async def m_getMe(self, payload: dict[str, Any]) -> web.Response:
        return self.ok({"id": "1459232241454765289", "account_name": "bot.BinhYen"})

    async def m_getUpdates(self, payload: dict[str, Any]) -> web.Response:
        self.get_updates_calls += 1
        if self.webhook is not None:
            return error(400, "Webhook is set")
        wait = min(float(payload.get("timeout", 30)), self.poll_wait)
        try:
            update = await asyncio.wait_for(self.updates.get(), wait)
        except TimeoutError:
            self.timeouts_answered += 1
            return error(408, "Request timeout")
        return self.ok(update)

    async def m_setWebhook(self, payload: dict[str, Any]) -> web.Response:
        secret = str(payload.get("secret_token", ""))
        if not str(payload.get("url", "")).startswith("https://") or not 8 <= len(secret) <= 256:
            return error(400, "Bad request")
        self.webhook = {"url": payload["url"], "updated_at": int(time.time() * 1000)}
        return self.ok(self.webhook | {"verification": {"ok": True, "outcome": "webhook.ok"}})

    async def m_deleteWebhook(self, payload: dict[str, Any]) -> web.Response:
        self.webhook = None
        return self.ok({"url": "", "updated_at": int(time.time() * 1000)})

    async def m_getWebhookInfo(self, payload: dict[str, Any]) -> web.Response:
        return self.ok(self.webhook or {"url": ""})

    async def _send(self, payload: dict[str, Any], text_field: str) -> web.Response:
        chat_id = str(payload.get("chat_id", ""))
        text = payload.get(text_field)
        if not chat_id or (text_field == "text" and not 1 <= len(str(text or "")) <= 2000):
            return error(400, "Bad request")
        if chat_id in self.unreachable:
            return error(403, "Forbidden")
        return self.ok({"message_id": uuid.uuid4().hex[:20], "date": int(time.time() * 1000)})

    async def m_sendMessage(self, payload: dict[str, Any]) -> web.Response:
        return await self._send(payload, "text")

    async def m_sendPhoto(self, payload: dict[str, Any]) -> web.Response:
        return await self._send(payload, "photo")

    async def m_sendChatAction(self, payload: dict[str, Any]) -> web.Response:
        return web.json_response({"ok": True})

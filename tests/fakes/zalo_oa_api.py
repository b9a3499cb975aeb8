"""A fake Zalo Official Account API (OpenAPI v3 + OAuth v4) and a signer for its webhooks.

- ``POST /v3.0/oa/group/message`` and ``POST /v3.0/oa/message/cs`` with an ``access_token``
  header: ``{"error": 0, "message": "Success", "data": {"message_id"}}``; a wrong or expired
  token answers ``{"error": -216}`` (HTTP 200, as Zalo does); a user who cannot be messaged
  ``{"error": -213}``; over the quota HTTP 429 with ``Retry-After`` or HTTP 200 with
  ``{"error": -32}``.
- ``POST /v4/oa/access_token`` (form ``refresh_token``, ``app_id``, ``grant_type``; header
  ``secret_key``): a new access token and a new refresh token; the old refresh token is then
  spent and reusing it answers ``{"error": -14020}``.
- ``event(...)`` builds a webhook body and its ``X-ZEvent-Signature`` header.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import uuid
from typing import Any

from aiohttp import web

from tests.fakes.server import FakeServer

APP_ID = "3482178216594085616"
APP_SECRET = "app-secret-for-oauth"
OA_SECRET_KEY = "oa-secret-key-for-webhooks"
OA_ID = "579745863508352884"


def signature(
    raw: bytes, *, app_id: str = APP_ID, timestamp: str, key: str = OA_SECRET_KEY
) -> str:
    return (
        "mac="
        + hashlib.sha256(app_id.encode() + raw + timestamp.encode() + key.encode()).hexdigest()
    )


def event(
    event_name: str,
    *,
    sender: str,
    recipient: str,
    text: str = "",
    msg_id: str | None = None,
    app_id: str = APP_ID,
    timestamp: int | None = None,
) -> tuple[bytes, dict[str, str]]:
    """A webhook body (raw bytes, as Zalo sends them) and its signed headers."""
    stamp = str(timestamp if timestamp is not None else int(time.time() * 1000))
    body = {
        "app_id": app_id,
        "oa_id": OA_ID,
        "user_id_by_app": "3216904426693862293",
        "event_name": event_name,
        "timestamp": stamp,
        "sender": {"id": sender},
        "recipient": {"id": recipient},
        "message": {"msg_id": msg_id or uuid.uuid4().hex[:20], "text": text},
    }
    raw = json.dumps(body, ensure_ascii=False).encode()
    return raw, {
        "Content-Type": "application/json",
        "X-ZEvent-Signature": signature(raw, app_id=app_id, timestamp=stamp),
    }


class FakeZaloOA(FakeServer):
    def __init__(self) -> None:
        self.access_token = "oa-access-0"
        self.refresh_token = "oa-refresh-0"
        self.spent: set[str] = set()
        self.refresh_calls = 0
        self.refresh_delay = 0.05
        self.sent: list[dict[str, Any]] = []
        self.unreachable: set[str] = set()
        self.rate_limited = 0  # the next n sends answer "over the quota"
        self.rate_limit_in_body = False  # as HTTP 200 + error -32 rather than HTTP 429
        self.attempts = 0  # send requests received, refused ones included
        self._generation = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3.0/oa/group/message", self.group_message)
        app.router.add_post("/v3.0/oa/message/cs", self.cs_message)
        app.router.add_post("/v4/oa/access_token", self.oauth)
        return app

    def expire_access_token(self) -> None:
        """The current access token stops working (as after ~25 hours)."""
        self.access_token = f"expired-{uuid.uuid4().hex[:6]}"

    def texts(self, *, group: str | None = None, user: str | None = None) -> list[str]:
        return [
            s["text"]
            for s in self.sent
            if (group is not None and s["recipient"].get("group_id") == group)
            or (user is not None and s["recipient"].get("user_id") == user)
        ]

    # -- the API ---------------------------------------------------------------------------

    async def _send(self, request: web.Request, field: str) -> web.Response:
        self.attempts += 1
        if self.rate_limited:
            self.rate_limited -= 1
            if self.rate_limit_in_body:
                return web.json_response(
                    {"error": -32, "message": "The request rate exceeds the limit"}
                )
            return web.json_response({"error": -32}, status=429, headers={"Retry-After": "2"})
        if request.headers.get("access_token") != self.access_token:
            return web.json_response({"error": -216, "message": "Access token is invalid"})
        body = await request.json()
        recipient = body.get("recipient") or {}
        text = (body.get("message") or {}).get("text", "")
        if not recipient.get(field) or not 1 <= len(text) <= 2000:
            return web.json_response({"error": -201, "message": "Parameters are invalid"})
        if recipient[field] in self.unreachable:
            return web.json_response({"error": -213, "message": "User has not followed OA"})
        self.sent.append({"recipient": recipient, "text": text})
        message_id = uuid.uuid4().hex[:20]
        return web.json_response(
            {"error": 0, "message": "Success", "data": {"message_id": message_id, **recipient}}
        )

    async def group_message(self, request: web.Request) -> web.Response:
        return await self._send(request, "group_id")

    async def cs_message(self, request: web.Request) -> web.Response:
        return await self._send(request, "user_id")

    async def oauth(self, request: web.Request) -> web.Response:
        form = await request.post()
        if request.headers.get("secret_key") != APP_SECRET or form.get("app_id") != APP_ID:
            return web.json_response({"error": -14002, "error_name": "Invalid app"})
        if form.get("grant_type") != "refresh_token":
            return web.json_response({"error": -14001, "error_name": "Invalid grant type"})
        token = str(form.get("refresh_token", ""))
        await asyncio.sleep(self.refresh_delay)  # a real round trip: room for races
        if token in self.spent or token != self.refresh_token:
            return web.json_response(
                {"error": -14020, "error_name": "Invalid refresh token", "error_description": ""}
            )
        self.spent.add(token)
        self.refresh_calls += 1
        self._generation += 1
        self.access_token = f"oa-access-{self._generation}"
        self.refresh_token = f"oa-refresh-{self._generation}"
        return web.json_response(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "expires_in": "90000",
            }
        )

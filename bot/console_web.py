"""The admins' web console: held items, decisions and the audit trail.

Enabled when ``CONSOLE_TOKEN`` is set (requests carry ``Authorization: Bearer <token>``), or
without a token when the app listens on a loopback address only (a local ``make run``).
Decisions are recorded as ``console:<name>``, the name the admin types on the page.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Any

from aiohttp import web
from pydantic import BaseModel, Field, ValidationError

from bot.auth import TokenGuard
from bot.web_safety import page, read_json
from handlers.ports import User
from handlers.review.cards import mark_spans
from handlers.review.service import ReviewService
from handlers.review.store import HeldItem, State

log = logging.getLogger(__name__)


class DecisionIn(BaseModel):
    verdict: str = Field(pattern="^(approve|reject|redact)$")
    admin: str = Field(min_length=1, max_length=100)


def item_view(item: HeldItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "channel": item.channel,
        "chat": item.chat_title or item.chat_id,
        "author": item.author.name or item.author.id,
        "text": mark_spans(item.text, item),
        "categories": item.categories,
        "state": str(item.state),
        "mode": item.mode,
        "taken": item.taken,
        "created_at": item.created_at,
        "decided_by": item.claim.actor_name if item.claim else None,
        "decided_at": item.claim.at if item.claim else None,
        "applied": item.applied,
        "link": item.link,
        "photos": len(item.media),
    }


PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class ConsoleWeb:
    def __init__(self, review: ReviewService, guard: TokenGuard) -> None:
        self.review = review
        self.guard = guard

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/console", self.page),
            web.get("/console/api/items", self.list_items),
            web.get("/console/api/items/{item_id}", self.show_item),
            web.post("/console/api/items/{item_id}/decide", self.decide),
        ]

    async def page(self, request: web.Request) -> web.Response:
        html = resources.files("bot").joinpath("static/console.html").read_text(encoding="utf-8")
        return page(html)

    async def list_items(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        try:
            state = State(request.query.get("state", "held"))
        except ValueError:
            return web.json_response(
                {"error": "Trạng thái không hợp lệ.", "field": "state"}, status=400
            )
        try:
            offset = int(request.query.get("offset", "0"))
            limit = int(request.query.get("limit", str(PAGE_SIZE)))
        except ValueError:
            offset = limit = -1
        if offset < 0 or not 1 <= limit <= MAX_PAGE_SIZE:
            return web.json_response(
                {
                    "error": f"offset phải >= 0 và limit từ 1 đến {MAX_PAGE_SIZE}.",
                    "field": "limit" if offset >= 0 else "offset",
                },
                status=400,
            )
        store = self.review.store
        ids, total = await store.page_ids(state, offset=offset, limit=limit)
        items = await store.items(ids)
        following = offset + len(ids)
        return web.json_response(
            {
                "items": [item_view(i) for i in items],
                "total": total,
                "next_offset": following if following < total else None,
            }
        )

    async def show_item(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        item = await self.review.store.get(request.match_info["item_id"])
        if item is None:
            return web.json_response(
                {"error": "Không tìm thấy tin.", "field": "item_id"}, status=404
            )
        audit = await self.review.store.audit_for(item.id)
        return web.json_response(
            {**item_view(item), "why": self.review.explain(item), "audit": audit}
        )

    async def decide(self, request: web.Request) -> web.Response:
        if not self.guard.allows(request):
            return self.guard.deny()
        try:
            body = DecisionIn.model_validate(await read_json(request))
        except ValueError as exc:
            field = None
            if isinstance(exc, ValidationError):
                field = ".".join(str(p) for p in exc.errors()[0]["loc"]) or None
            return web.json_response(
                {"error": "Yêu cầu không hợp lệ.", "field": field}, status=400
            )
        admin = User(f"console:{body.admin}", body.admin)
        answer = await self.review.act(
            None, body.verdict, request.match_info["item_id"], admin, verified_admin=True
        )
        return web.json_response({"ok": answer.ok, "answer": answer.text})

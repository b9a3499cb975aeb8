"""The whole product (web app, embedded worker, Telegram channel) against the fake Bot API.

Updates go through aiogram's real machinery: in webhook mode as a POST to ``/telegram/webhook``
through aiohttp's test client; in polling mode as updates the fake server hands to the bot's
``getUpdates`` long poll.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.channels.telegram_web import RECEIVER, SECRET_HEADER, WEBHOOK_PATH
from bot.compose import Services, build_services
from config.settings import Settings
from tests.conftest import eventually
from tests.fakes.engine import FakeEngine
from tests.fakes.telegram_api import BOT_ID, TOKEN, FakeTelegram

SECRET = "s3cret-for-the-webhook_suite"
WEBHOOK_URL = "https://binhyen.example.vn/telegram/webhook"


class TelegramHarness:
    def __init__(
        self, fake: FakeTelegram, client: TestClient, services: Services, mode: str
    ) -> None:
        self.fake = fake
        self.client = client
        self.services = services
        self.mode = mode

    @classmethod
    @asynccontextmanager
    async def running(
        cls,
        *,
        mode: str = "webhook",
        redis_url: str | None = None,
        engine: Any = None,
        before_start: Callable[[FakeTelegram], None] | None = None,
        **settings: Any,
    ) -> AsyncIterator[TelegramHarness]:
        fake = FakeTelegram()
        if before_start is not None:
            before_start(fake)
        await fake.start()
        env: dict[str, Any] = {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake.url,
            "SIM_ENABLED": False,
            "NOTICE_TTL_SECONDS": 0,
            **settings,
        }
        if mode == "webhook":
            env |= {"TELEGRAM_WEBHOOK_URL": WEBHOOK_URL, "TELEGRAM_WEBHOOK_SECRET": SECRET}
        if redis_url is not None:
            env["REDIS_URL"] = redis_url
        config = Settings(**env)
        services = await build_services(config, engine=engine or FakeEngine())
        app = await create_app(config, services, embedded_worker=True)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        try:
            await eventually(lambda: app[RECEIVER].ready.is_set())
            yield cls(fake, client, services, mode)
        finally:
            await client.close()
            await fake.close()

    async def post_webhook(self, update: dict[str, Any], secret: str | None) -> ClientResponse:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        return await self.client.post(WEBHOOK_PATH, json=update, headers=headers)

    async def processed(self, update_id: int) -> bool:
        raw = await self.services.redis.get(f"by:tg:update:{BOT_ID}:{update_id}")
        return raw in (b"done", "done")

    async def deliver(self, update: dict[str, Any]) -> None:
        """Hand an update to the bot and wait until it has been processed."""
        if self.mode == "webhook":
            resp = await self.post_webhook(update, SECRET)
            assert resp.status == 200, await resp.text()
        else:
            self.fake.push(update)
            await eventually(lambda: self.processed(update["update_id"]))

    async def deliver_twice(self, update: dict[str, Any]) -> None:
        """The same update twice: two webhook posts, or two copies in one ``getUpdates``."""
        if self.mode == "webhook":
            await self.deliver(update)
            await self.deliver(update)
        else:
            self.fake.push(update)
            await self.deliver(update)

    # -- reading what the bot did ------------------------------------------------------------

    async def card(self, admin_chat: int, *, decided: bool = False) -> dict[str, Any]:
        """The newest review card in ``admin_chat`` (a message with a Duyệt button)."""

        def find() -> dict[str, Any] | None:
            cards = [
                m
                for m in self.fake.sent_to(admin_chat)
                if m.get("text", "").startswith("🛡") and ("✅" in m["text"]) is decided
            ]
            # A snapshot: the admin's screen keeps the buttons it showed when pressed.
            return copy.deepcopy(cards[-1]) if cards else None

        return await eventually(find)  # type: ignore[return-value]

    async def press(
        self, presser: dict[str, Any], message: dict[str, Any], label: str
    ) -> dict[str, Any]:
        """Press the button ``label`` on ``message``; returns the answerCallbackQuery params."""
        rows = message["reply_markup"]["inline_keyboard"]
        data = next(b["callback_data"] for row in rows for b in row if b["text"] == label)
        update = self.fake.callback_update(
            presser, message["chat"]["id"], message["message_id"], data
        )
        query_id = update["callback_query"]["id"]
        await self.deliver(update)

        def answered() -> dict[str, Any] | None:
            calls = [
                c.params
                for c in self.fake.requests("answerCallbackQuery")
                if c.params.get("callback_query_id") == query_id
            ]
            return calls[0] if calls else None

        return await eventually(answered)  # type: ignore[return-value]

    async def bind(self, admin: dict[str, Any], group: int, admin_chat: int) -> None:
        await self.deliver(self.fake.message_update(admin_chat, admin, f"/lienket {group}"))
        assert await self.services.bindings.admin_chats("telegram", str(group)) == [
            str(admin_chat)
        ]

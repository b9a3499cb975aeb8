"""Receiving Telegram updates in the web process: webhook on the product's aiohttp app, or long
polling, both feeding the dispatcher of ``bot.channels.telegram_handlers``.

- Webhook mode (``TELEGRAM_WEBHOOK_URL`` and ``TELEGRAM_WEBHOOK_SECRET`` set): ``POST
  /telegram/webhook``; a request without the right ``X-Telegram-Bot-Api-Secret-Token`` gets 401
  and nothing is read. The update is processed before answering (the slow work is queued as
  jobs), so a crash before the answer makes Telegram deliver it again; while the stopped
  process's claim on it lasts, that delivery gets 503 and Telegram tries again later.
  ``setWebhook`` (with the secret) is called at start-up.
- Polling mode otherwise: ``getUpdates`` in a background task from start-up to shutdown; an
  update a stopped poller had claimed is taken over when Telegram hands it out again.

Start-up (getMe, setMyCommands, setWebhook/deleteWebhook) runs in the background and retries
with backoff, so the app (simulator, health, other channels) serves even when Telegram is
unreachable.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from typing import TYPE_CHECKING, Any

from aiogram import Bot, Dispatcher
from aiogram.exceptions import AiogramError
from aiogram.types import (
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeDefault,
    Update,
)
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import ClientError, web

from bot.channels.telegram import NAME, TelegramChannel, create_channel
from bot.channels.telegram_handlers import (
    ADMIN_COMMANDS,
    ALLOWED_UPDATES,
    MEMBER_COMMANDS,
    POLLING_TIMEOUT,
    UpdateGate,
    build_dispatcher,
    scrub,
)
from bot.web_safety import read_json
from handlers.ports import NotHeld

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


# -- webhook and polling -----------------------------------------------------------------------


class SecretWebhookHandler(SimpleRequestHandler):
    """aiogram's handler, answering 401 before reading anything when the secret is wrong, and
    503 for an update some process holds a claim on (see ``UpdateGate``)."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, *, gate: UpdateGate, **kw: Any) -> None:
        super().__init__(dispatcher, bot, **kw)
        self.gate = gate

    def verify_secret(self, telegram_secret_token: str, bot: Bot) -> bool:
        expected = (self.secret_token or "").encode()
        given = telegram_secret_token.encode("utf-8", "surrogateescape")
        return bool(expected) and secrets.compare_digest(given, expected)

    async def handle(self, request: web.Request) -> web.Response:
        if not self.verify_secret(request.headers.get(SECRET_HEADER, ""), self.bot):
            log.warning("telegram webhook: wrong or missing secret from %s", request.remote)
            return web.Response(status=401, text="Unauthorized")
        try:
            update = Update.model_validate(await read_json(request), context={"bot": self.bot})
        except ValueError:
            return web.Response(status=400, text="Bad update")
        if await self.gate.in_progress(self.bot.id, update.update_id):
            # Another process holds it, or held it when it stopped: Telegram retries later.
            return web.Response(status=503, text="Update in progress")
        try:
            result = await self.dispatcher.feed_webhook_update(self.bot, update, **self.data)
        except NotHeld:
            # A flagged message neither stored nor journalled: Telegram delivers it again.
            return web.Response(status=503, text="Not held, deliver again")
        return web.Response(body=self._build_response_writer(bot=self.bot, result=result))


class TelegramReceiver:
    def __init__(self, services: Services, channel: TelegramChannel) -> None:
        settings = services.settings
        self.channel = channel
        self.bot = channel.bot
        self.webhook_url = settings.telegram_webhook_url
        secret = settings.telegram_webhook_secret
        self.secret = secret.get_secret_value() if secret else None
        self.mode = "webhook" if self.webhook_url and self.secret else "polling"
        self.gate = UpdateGate(services.redis, takeover=self.mode == "polling")
        self.dp = build_dispatcher(services, channel, self.gate)
        self.ready = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._polling = False

    def register(self, app: web.Application) -> None:
        if self.mode == "webhook":
            handler = SecretWebhookHandler(
                self.dp,
                self.bot,
                gate=self.gate,
                handle_in_background=False,
                secret_token=self.secret,
            )
            app.router.add_post(WEBHOOK_PATH, handler.handle)
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)

    async def on_startup(self, app: web.Application) -> None:
        self._task = asyncio.create_task(self.run(), name="telegram-receiver")

    async def prepare(self) -> None:
        me = await self.bot.me()
        await self.bot.set_my_commands(MEMBER_COMMANDS, scope=BotCommandScopeDefault())
        await self.bot.set_my_commands(
            ADMIN_COMMANDS, scope=BotCommandScopeAllChatAdministrators()
        )
        if self.mode == "webhook":
            assert self.webhook_url is not None
            await self.bot.set_webhook(
                self.webhook_url, secret_token=self.secret, allowed_updates=ALLOWED_UPDATES
            )
        else:
            await self.bot.delete_webhook(drop_pending_updates=False)
        log.info("telegram ready: @%s id=%s mode=%s", me.username, me.id, self.mode)

    async def run(self) -> None:
        delay = 1.0
        while True:
            try:
                await self.prepare()
                break
            except (AiogramError, ClientError, OSError) as exc:
                log.warning(
                    "telegram start-up failed (%s: %s); again in %.0fs",
                    type(exc).__name__,
                    scrub(str(exc), self.bot),
                    delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60.0)
        self.ready.set()
        if self.mode == "polling":
            self._polling = True
            await self.dp.start_polling(
                self.bot,
                handle_signals=False,
                close_bot_session=False,
                allowed_updates=ALLOWED_UPDATES,
                polling_timeout=POLLING_TIMEOUT,
                tasks_concurrency_limit=16,
            )

    async def on_shutdown(self, app: web.Application) -> None:
        if self._task is None:
            return
        if self._polling:
            # Not started yet (RuntimeError) or stuck: the task is cancelled below.
            with contextlib.suppress(RuntimeError, TimeoutError):
                await asyncio.wait_for(self.dp.stop_polling(), timeout=5)
        if not self._task.done():
            self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)


RECEIVER = web.AppKey("telegram_receiver", TelegramReceiver)


def setup(app: web.Application, services: Services) -> None:
    channel = services.channels.get(NAME)
    if not isinstance(channel, TelegramChannel):
        return
    receiver = TelegramReceiver(services, channel)
    receiver.register(app)
    app[RECEIVER] = receiver


# The channel module ``bot.compose`` loads for Telegram is this one, the top of the four:
# telegram_web -> telegram_handlers -> telegram_updates -> telegram (-> telegram_migration).
setup_web = setup
__all__ = ["create_channel", "setup", "setup_web"]

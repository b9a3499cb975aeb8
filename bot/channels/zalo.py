"""The Zalo Bot API channel (``zalo``): private chats, admin consoles and mentioned group messages.

Zalo Bot API (https://bot.zaloplatforms.com/docs): ``POST <ZALO_API_URL>/bot<TOKEN>/<method>``
with a JSON body; answers ``{"ok": true, "result": ...}`` or ``{"ok": false, "error_code",
"description"}``. Updates come one per ``getUpdates`` call (an idle long poll answers 408) or
as webhook POSTs carrying ``X-Bot-Api-Secret-Token``; the two are exclusive. There is no
update id, so an update is recognised by event name + message id.

What the API does not allow, and what this adapter does instead:
- no deleting: flagged group messages are held in ``alert`` mode (admins told, author asked);
- no buttons: review cards are numbered and answered with text commands (``duyet 12``);
- in groups the bot sees only messages that mention it or reply to it: only those are moderated;
- no editing: decided cards are not updated in place (the decision is answered as a reply);
- ``sendPhoto`` takes a URL, not bytes: ``send_photo`` sends its caption and a note instead;
  there is no file upload either, so ``send_document`` does the same.

The token sits in the URL path, so no URL is ever logged and transport errors are scrubbed.

About 415 lines: one adapter class over one small API plus its webhook receiver, kept together
so the list above and the code that works around it are read in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis
from yarl import URL

from bot.channels.zalo_common import (
    DEFAULT_RETRY_AFTER,
    MAX_TEXT,
    LazySession,
    TextInsteadOfFiles,
    download,
    first_delivery,
    forget_delivery,
    read_capped,
    retry_after,
    scrub,
    split_text,
    transport_error,
)
from bot.web_safety import loads
from config.settings import Settings
from handlers.ports import (
    Attachment,
    Button,
    Capabilities,
    ChannelError,
    ChatKind,
    IncomingMessage,
    NotHeld,
    RetryAfter,
    Unreachable,
    User,
)

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)

NAME = "zalo"
PREFIX = "zalo:"
WEBHOOK_PATH = "/webhooks/zalo"
TEXT_EVENT = "message.text.received"
IMAGE_EVENT = "message.image.received"
SECRET_HEADER = "X-Bot-Api-Secret-Token"


class ZaloApiError(ChannelError):
    def __init__(self, method: str, code: int | None, description: str) -> None:
        super().__init__(f"zalo {method} failed: {code} {description}".strip())
        self.code = code


class PollTimeout(ChannelError):
    """getUpdates answered 408: no update arrived during the long poll."""


def unwrap(body: object) -> dict[str, Any] | None:
    """The update in a webhook body or getUpdates result, ``{"ok", "result"}``-wrapped or not."""
    if not isinstance(body, dict):
        return None
    if body.get("ok") is True and isinstance(body.get("result"), dict):
        body = body["result"]
    return body if isinstance(body.get("event_name"), str) else None


def photo_url(message: dict[str, Any]) -> str | None:
    """The image URL of an image message; the field has had several shapes over time."""
    for key in ("photo_url", "url"):
        if isinstance(message.get(key), str):
            return message[key]
    photo = message.get("photo")
    if isinstance(photo, list) and photo:
        photo = photo[-1]
    if isinstance(photo, str):
        return photo
    if isinstance(photo, dict):
        for key in ("url", "photo_url", "media_url", "download_url", "src"):
            if isinstance(photo.get(key), str):
                return photo[key]
    return None


class ZaloBotChannel(TextInsteadOfFiles):
    name = NAME
    capabilities = Capabilities(
        delete_messages=False,
        buttons=False,
        sees_all_group_messages=False,
        private_messages=True,
        edit_messages=False,
        repost_photos=False,
        send_documents=False,
    )

    def __init__(
        self,
        redis: Redis,
        *,
        token: str,
        api_url: str,
        admin_ids: Sequence[str] = (),
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        poll_timeout: int = 30,
    ) -> None:
        self.redis = redis
        self._token = token
        self._base = api_url.rstrip("/")
        self.admin_ids = frozenset(admin_ids)
        # A private chat's id is the user's id, so an admin's console is their own id.
        self.default_admin_chats = list(admin_ids)
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.poll_timeout = poll_timeout
        self._http = LazySession()
        self._poller: asyncio.Task[None] | None = None

    @property
    def webhook_mode(self) -> bool:
        return bool(self.webhook_url and self.webhook_secret)

    # -- transport -------------------------------------------------------------------------

    async def call(self, method: str, payload: dict[str, Any] | None = None, *, wait: float = 15):
        """Call a Bot API method and return its ``result``; errors map to the port's tree."""
        url = f"{self._base}/bot{self._token}/{method}"
        try:
            async with self._http.get().post(
                url, json=payload or {}, timeout=aiohttp.ClientTimeout(total=wait)
            ) as resp:
                status, headers = resp.status, resp.headers
                try:
                    body = await resp.json(content_type=None)
                except ValueError:
                    body = None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise transport_error(f"zalo {method}", exc, self._token) from None
        if isinstance(body, dict) and body.get("ok") is True and status == 200:
            return body.get("result")
        code = status if status != 200 else None
        description = ""
        if isinstance(body, dict):
            code = body.get("error_code") or code
            description = scrub(str(body.get("description") or ""), self._token)[:200]
        if code == 408:
            raise PollTimeout(f"zalo {method}: no update")
        if code == 429:
            raise RetryAfter(
                retry_after(headers, DEFAULT_RETRY_AFTER), f"zalo {method} rate limited"
            )
        raise ZaloApiError(method, code, description)

    # -- Channel port ----------------------------------------------------------------------

    async def send_message(
        self, chat_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        """Send ``text`` (split into 2000-character messages); buttons are not supported and
        the callers' texts already carry the equivalent commands."""
        if key is not None:
            existing = await self.redis.get(f"{PREFIX}key:{key}")
            if existing is not None:
                return existing.decode() if isinstance(existing, bytes) else str(existing)
        pieces = split_text(text, MAX_TEXT)
        if not pieces:
            raise ChannelError("zalo sendMessage: empty text")
        first_id = ""
        for piece in pieces:
            result = await self.call("sendMessage", {"chat_id": chat_id, "text": piece})
            message_id = (
                str((result or {}).get("message_id", "")) if isinstance(result, dict) else ""
            )
            first_id = first_id or message_id
        if key is not None and first_id:
            await self.redis.set(f"{PREFIX}key:{key}", first_id, ex=30 * 86400)
        return first_id

    async def send_private(
        self, user_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        try:
            return await self.send_message(user_id, text, buttons=buttons, key=key)
        except ZaloApiError as exc:
            if exc.code in (403, 404):
                raise Unreachable(f"zalo user cannot be messaged ({exc.code})") from None
            raise

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> None:
        with contextlib.suppress(ChannelError):
            await self.call("sendChatAction", {"chat_id": chat_id, "action": action})

    async def edit_message(
        self, chat_id: str, message_id: str, text: str, *, buttons: Sequence[Button] = ()
    ) -> None:
        raise ChannelError("the Zalo Bot API cannot edit messages")

    async def delete_message(self, chat_id: str, message_id: str) -> None:
        raise ChannelError("the Zalo Bot API cannot delete messages")

    async def is_chat_admin(self, chat_id: str, user_id: str) -> bool:
        # The Bot API cannot list a group's admins: the configured ZALO_ADMIN_IDS decide.
        return user_id in self.admin_ids

    async def close(self) -> None:
        await self.stop_polling()
        await self._http.close()

    # -- receiving -------------------------------------------------------------------------

    async def to_message(self, update: dict[str, Any]) -> IncomingMessage | None:
        event = update.get("event_name")
        message = update.get("message")
        if event not in (TEXT_EVENT, IMAGE_EVENT) or not isinstance(message, dict):
            return None
        sender = message.get("from") or {}
        chat = message.get("chat") or {}
        if sender.get("is_bot") or not chat.get("id") or not sender.get("id"):
            return None
        user = User(str(sender["id"]), str(sender.get("display_name") or sender.get("name") or ""))
        if chat.get("chat_type") == "GROUP":
            kind = ChatKind.GROUP
        else:
            kind = ChatKind.ADMIN if user.id in self.admin_ids else ChatKind.PRIVATE
        text = str(message.get("text") or message.get("caption") or "")
        attachments: tuple[Attachment, ...] = ()
        if event == IMAGE_EVENT:
            attachments = (await self._photo(message, fetch=kind is ChatKind.PRIVATE),)
        date = message.get("date")
        return IncomingMessage(
            channel=NAME,
            chat_id=str(chat["id"]),
            chat_kind=kind,
            message_id=str(message.get("message_id", "")),
            user=user,
            text=text,
            date=float(date) / 1000 if isinstance(date, int | float) else time.time(),
            attachments=attachments,
            chat_title=str(chat.get("title") or chat.get("name") or chat["id"]),
        )

    async def _photo(self, message: dict[str, Any], *, fetch: bool) -> Attachment:
        url = photo_url(message)
        if not fetch or url is None:
            return Attachment(kind="photo", file_id=url)
        fetched = await download(self._http.get(), url)
        if fetched is None:
            return Attachment(kind="photo", file_id=url)
        data, mime = fetched
        return Attachment(kind="photo", data=data, file_id=url, mime_type=mime)

    async def dispatch(self, update: dict[str, Any], router: Any) -> bool:
        """Hand one update to the router once; False when it was a repeat or not a message."""
        message = update.get("message") if isinstance(update.get("message"), dict) else {}
        message_id = message.get("message_id")
        if not message_id:
            return False
        seen = f"{PREFIX}seen:{update['event_name']}:{message_id}"
        if not await first_delivery(self.redis, seen):
            log.info("zalo duplicate event=%s msg=%s", update["event_name"], message_id)
            return False
        try:
            msg = await self.to_message(update)
            if msg is None:
                log.debug("zalo event ignored: %s", update["event_name"])
                return False
            log.info("zalo received kind=%s msg=%s", msg.chat_kind, msg.message_id)
            await router.on_message(msg)
        except BaseException:
            # Let a redelivery try again: the use cases are idempotent per message.
            await forget_delivery(self.redis, seen)
            raise
        return True

    async def set_webhook(self) -> None:
        await self.call(
            "setWebhook", {"url": self.webhook_url, "secret_token": self.webhook_secret}
        )
        log.info("zalo webhook set")

    def start_polling(self, router: Any) -> None:
        if self._poller is None or self._poller.done():
            self._poller = asyncio.create_task(self._poll(router), name="zalo-polling")

    async def stop_polling(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None

    async def _poll(self, router: Any) -> None:
        with contextlib.suppress(ChannelError):
            await self.call("deleteWebhook")  # getUpdates does not work while a webhook is set
        log.info("zalo long polling started")
        backoff = 1.0
        while True:
            try:
                result = await self.call(
                    "getUpdates",
                    {"timeout": str(self.poll_timeout)},
                    wait=self.poll_timeout + 10,
                )
                for update in result if isinstance(result, list) else [result]:
                    update = unwrap(update)
                    if update is not None:
                        await self.dispatch(update, router)
                backoff = 1.0
            except PollTimeout:
                continue
            except RetryAfter as exc:
                log.warning("zalo getUpdates rate limited; again in %.1fs", exc.seconds)
                await asyncio.sleep(exc.seconds)
            except Exception as exc:  # the loop must survive anything but cancellation
                log.warning("zalo polling error: %s; again in %.0fs", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 60.0)


class ZaloWebhook:
    def __init__(self, channel: ZaloBotChannel, router: Any) -> None:
        self.channel = channel
        self.router = router

    async def handle(self, request: web.Request) -> web.Response:
        expected = (self.channel.webhook_secret or "").encode()
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not expected or not secrets.compare_digest(given, expected):
            return web.json_response({"ok": False}, status=401)
        raw = await read_capped(request)
        if raw is None:
            return web.json_response({"ok": False}, status=413)
        try:
            update = unwrap(loads(raw))
        except ValueError:
            update = None
        if update is None:
            return web.json_response({"ok": False}, status=400)
        try:
            await self.channel.dispatch(update, self.router)
        except NotHeld:
            # A flagged message neither stored nor journalled: Zalo delivers it again.
            return web.json_response({"ok": False}, status=503)
        return web.json_response({"ok": True})


def webhook_path(settings: Settings) -> str:
    """The path of ZALO_WEBHOOK_URL when given (behind a proxy it may differ), else the default."""
    if settings.zalo_webhook_url:
        path = URL(settings.zalo_webhook_url).path
        if path and path != "/":
            return path
    return WEBHOOK_PATH


def create_channel(settings: Settings, redis: Redis) -> ZaloBotChannel | None:
    if settings.zalo_bot_token is None or not settings.zalo_bot_token.get_secret_value():
        return None
    secret = settings.zalo_webhook_secret
    return ZaloBotChannel(
        redis,
        token=settings.zalo_bot_token.get_secret_value(),
        api_url=settings.zalo_api_url,
        admin_ids=settings.zalo_admin_ids,
        webhook_url=settings.zalo_webhook_url,
        webhook_secret=secret.get_secret_value() if secret else None,
        poll_timeout=settings.zalo_poll_timeout,
    )


def setup_web(app: web.Application, services: Services) -> None:
    channel = services.channels.get(NAME)
    if not isinstance(channel, ZaloBotChannel):
        return
    if channel.webhook_secret:
        hook = ZaloWebhook(channel, services.router)
        app.router.add_post(webhook_path(services.settings), hook.handle)

    async def start(app: web.Application) -> None:
        if channel.webhook_mode:
            try:
                await channel.set_webhook()
            except ChannelError as exc:
                log.error("ZALO WEBHOOK NOT SET: %s (no Zalo updates will arrive)", exc)
        else:
            channel.start_polling(services.router)

    async def stop(app: web.Application) -> None:
        await channel.stop_polling()

    app.on_startup.append(start)
    app.on_cleanup.append(stop)

"""The Zalo Official Account channel (``zalo_oa``) for groups an OA manages (Group Message
Framework, GMF).

Zalo OA API v3: webhook events are JSON posts (``event_name``, ``app_id``, ``sender.id``,
``recipient.id``, ``message.msg_id``, ``message.text``, ``timestamp`` in ms) signed in
``X-ZEvent-Signature`` = sha256(app_id + raw body + timestamp + OA secret key), hex, sometimes
prefixed ``mac=``. Group messages arrive as ``user_send_group_*`` with the group in
``recipient.id``; private ones as ``user_send_*``. Sending: ``POST /v3.0/oa/group/message``
(``recipient.group_id``) and ``POST /v3.0/oa/message/cs`` (``recipient.user_id``), with the
access token in an ``access_token`` header; success is ``"error": 0``, an expired token is HTTP
401 or ``"error": -216`` (refresh once, retry once; see ``zalo_oa_tokens``); over the quota is
HTTP 429 or ``"error": -32`` (``RetryAfter``: the job is scheduled again after the backoff).

Nobody can delete a member's message through the API, so flagged group messages go to review
in ``alert`` mode: admins are told at once (the card carries the text and the group's link),
the author is asked privately to withdraw it, and the card says it is still visible.

Chat ids: a group's id as Zalo gives it; ``user:<id>`` for a user's private chat with the OA.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from redis.asyncio import Redis

from bot.channels.zalo_common import (
    DEDUPE_TTL,
    DEFAULT_RETRY_AFTER,
    MAX_TEXT,
    LazySession,
    TextInsteadOfFiles,
    download,
    first_delivery,
    forget_delivery,
    read_capped,
    retry_after,
    split_text,
    transport_error,
)
from bot.channels.zalo_oa_tokens import OATokens
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

NAME = "zalo_oa"
PREFIX = "zalo_oa:"
WEBHOOK_PATH = "/webhooks/zalo-oa"
SIGNATURE_HEADER = "X-ZEvent-Signature"
USER_PREFIX = "user:"
TOKEN_EXPIRED = -216
# Over the request quota: Zalo answers HTTP 200 with this code (or 429 in front of it).
RATE_LIMITED = -32


class OAApiError(ChannelError):
    def __init__(self, path: str, code: object, message: str) -> None:
        super().__init__(f"zalo_oa {path} failed: {code} {message}".strip())
        self.code = code


def _image_url(message: dict[str, Any]) -> str | None:
    for attachment in message.get("attachments") or []:
        if isinstance(attachment, dict) and attachment.get("type") in ("image", "photo"):
            payload = attachment.get("payload") or {}
            url = payload.get("url") or payload.get("thumbnail")
            if isinstance(url, str):
                return url
    return None


class ZaloOAChannel(TextInsteadOfFiles):
    name = NAME
    capabilities = Capabilities(
        delete_messages=False,
        buttons=False,
        sees_all_group_messages=True,
        private_messages=True,
        edit_messages=False,
        repost_photos=False,
        send_documents=False,
    )

    def __init__(
        self,
        redis: Redis,
        *,
        app_id: str,
        secret_key: str,
        tokens: OATokens,
        http: LazySession,
        api_url: str,
        admin_ids: Sequence[str] = (),
        admin_group: str | None = None,
        group_links: dict[str, str] | None = None,
    ) -> None:
        self.redis = redis
        self.app_id = app_id
        self._secret_key = secret_key
        self.tokens = tokens
        self._http = http
        self._base = api_url.rstrip("/")
        self.admin_ids = frozenset(admin_ids)
        self.admin_group = admin_group
        self.group_links = dict(group_links or {})
        self.default_admin_chats = [
            *([admin_group] if admin_group else []),
            *(f"{USER_PREFIX}{uid}" for uid in admin_ids),
        ]

    # -- transport -------------------------------------------------------------------------

    async def _post_once(self, path: str, payload: dict[str, Any], token: str):
        try:
            async with self._http.get().post(
                f"{self._base}{path}",
                json=payload,
                headers={"access_token": token},
                timeout=aiohttp.ClientTimeout(total=15),
            ) as resp:
                try:
                    body = await resp.json(content_type=None)
                except ValueError:
                    body = None
                return resp.status, resp.headers, body
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise transport_error(f"zalo_oa {path}", exc, token) from None

    async def post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST to the OA API; an expired token is refreshed once and the call retried once."""
        token = await self.tokens.current()
        status, headers, body = await self._post_once(path, payload, token)
        if status == 401 or (isinstance(body, dict) and body.get("error") == TOKEN_EXPIRED):
            token = await self.tokens.refresh(stale=token)
            status, headers, body = await self._post_once(path, payload, token)
        rate_limited = isinstance(body, dict) and body.get("error") == RATE_LIMITED
        if status == 429 or rate_limited:
            raise RetryAfter(retry_after(headers, DEFAULT_RETRY_AFTER), f"zalo_oa {path}")
        if status != 200 or not isinstance(body, dict):
            raise OAApiError(path, status, "")
        if body.get("error") != 0:
            raise OAApiError(path, body.get("error"), str(body.get("message") or "")[:200])
        data = body.get("data")
        return data if isinstance(data, dict) else {}

    # -- Channel port ----------------------------------------------------------------------

    async def send_message(
        self, chat_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        if key is not None:
            existing = await self.redis.get(f"{PREFIX}key:{key}")
            if existing is not None:
                return existing.decode() if isinstance(existing, bytes) else str(existing)
        if chat_id.startswith(USER_PREFIX):
            path, recipient = "/v3.0/oa/message/cs", {"user_id": chat_id[len(USER_PREFIX) :]}
        else:
            path, recipient = "/v3.0/oa/group/message", {"group_id": chat_id}
        pieces = split_text(text, MAX_TEXT)
        if not pieces:
            raise ChannelError("zalo_oa: empty text")
        first_id = ""
        for piece in pieces:
            data = await self.post(path, {"recipient": recipient, "message": {"text": piece}})
            first_id = first_id or str(data.get("message_id", ""))
        if key is not None and first_id:
            await self.redis.set(f"{PREFIX}key:{key}", first_id, ex=30 * 86400)
        return first_id

    async def send_private(
        self, user_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        try:
            return await self.send_message(f"{USER_PREFIX}{user_id}", text, key=key)
        except OAApiError as exc:
            # E.g. the user never followed or wrote to the OA, or the reply window is over.
            log.info("zalo_oa cannot message a user: %s", exc.code)
            raise Unreachable(f"zalo_oa user cannot be messaged ({exc.code})") from None

    async def edit_message(
        self, chat_id: str, message_id: str, text: str, *, buttons: Sequence[Button] = ()
    ) -> None:
        raise ChannelError("the Zalo OA API cannot edit messages")

    async def delete_message(self, chat_id: str, message_id: str) -> None:
        raise ChannelError("the Zalo OA API cannot delete a member's message")

    async def is_chat_admin(self, chat_id: str, user_id: str) -> bool:
        return user_id in self.admin_ids

    async def close(self) -> None:
        await self._http.close()

    # -- receiving -------------------------------------------------------------------------

    def verify(self, raw: bytes, signature: str) -> dict[str, Any] | None:
        """The event when its signature is right and it is recent; None otherwise."""
        given = signature.strip()
        if given.lower().startswith("mac="):
            given = given[4:]
        try:
            body = loads(raw)
        except ValueError:
            return None
        if not given or not isinstance(body, dict):
            return None
        app_id, stamp = str(body.get("app_id", "")), str(body.get("timestamp", ""))
        expected = hashlib.sha256(
            app_id.encode() + raw + stamp.encode() + self._secret_key.encode()
        ).hexdigest()
        if not secrets.compare_digest(given.lower().encode(), expected.encode()):
            return None
        if not secrets.compare_digest(app_id.encode(), self.app_id.encode()):
            return None
        # Older than the dedupe window, a replay could not be recognised: refuse it.
        try:
            fresh = abs(time.time() - int(stamp) / 1000) < DEDUPE_TTL
        except ValueError:
            fresh = False
        return body if fresh else None

    async def to_message(self, event: dict[str, Any]) -> IncomingMessage | None:
        name = str(event.get("event_name", ""))
        message = event.get("message") if isinstance(event.get("message"), dict) else {}
        sender = str((event.get("sender") or {}).get("id", ""))
        recipient = event.get("recipient") or {}
        if not sender or not message.get("msg_id") or not name.startswith("user_send_"):
            return None
        text = str(message.get("text") or "")
        image = _image_url(message)
        date = int(event.get("timestamp") or 0) / 1000 or time.time()
        user = User(sender, str((event.get("sender") or {}).get("display_name") or ""))
        if name.startswith("user_send_group_"):
            group = str(recipient.get("group_id") or recipient.get("id") or "")
            if not group or not (text or image):
                return None
            return IncomingMessage(
                channel=NAME,
                chat_id=group,
                chat_kind=ChatKind.GROUP,
                message_id=str(message["msg_id"]),
                user=user,
                text=text,
                date=date,
                attachments=(Attachment(kind="photo", file_id=image),) if image else (),
                chat_title=group,
                link=self.group_links.get(group),
            )
        if name not in ("user_send_text", "user_send_image"):
            return None
        attachments: tuple[Attachment, ...] = ()
        if image:
            fetched = await download(self._http.get(), image)
            data, mime = fetched if fetched else (None, None)
            attachments = (Attachment(kind="photo", data=data, file_id=image, mime_type=mime),)
        return IncomingMessage(
            channel=NAME,
            chat_id=f"{USER_PREFIX}{sender}",
            chat_kind=ChatKind.ADMIN if sender in self.admin_ids else ChatKind.PRIVATE,
            message_id=str(message["msg_id"]),
            user=user,
            text=text,
            date=date,
            attachments=attachments,
        )

    async def dispatch(self, event: dict[str, Any], router: Any) -> bool:
        message = event.get("message") if isinstance(event.get("message"), dict) else {}
        msg_id = message.get("msg_id")
        if not msg_id:
            return False
        seen = f"{PREFIX}seen:{msg_id}"
        if not await first_delivery(self.redis, seen):
            log.info("zalo_oa duplicate msg=%s", msg_id)
            return False
        try:
            msg = await self.to_message(event)
            if msg is None:
                log.debug("zalo_oa event ignored: %s", event.get("event_name"))
                return False
            log.info("zalo_oa received kind=%s msg=%s", msg.chat_kind, msg.message_id)
            await router.on_message(msg)
        except BaseException:
            await forget_delivery(self.redis, seen)
            raise
        return True


class ZaloOAWebhook:
    def __init__(self, channel: ZaloOAChannel, router: Any) -> None:
        self.channel = channel
        self.router = router

    async def handle(self, request: web.Request) -> web.Response:
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature:
            return web.json_response({"error": "unauthorized"}, status=401)
        raw = await read_capped(request)
        if raw is None:
            return web.json_response({"error": "too large"}, status=413)
        event = self.channel.verify(raw, signature)
        if event is None:
            return web.json_response({"error": "unauthorized"}, status=401)
        try:
            await self.channel.dispatch(event, self.router)
        except NotHeld:
            return web.json_response({"error": "not held, deliver again"}, status=503)
        return web.json_response({"error": 0})


def create_channel(settings: Settings, redis: Redis) -> ZaloOAChannel | None:
    app_id, secret_key = settings.zalo_oa_app_id, settings.zalo_oa_secret_key
    access, refresh = settings.zalo_oa_access_token, settings.zalo_oa_refresh_token
    if not app_id or secret_key is None or (access is None and refresh is None):
        return None
    http = LazySession()
    tokens = OATokens(
        redis,
        http,
        app_id=app_id,
        app_secret=(
            settings.zalo_oa_app_secret.get_secret_value() if settings.zalo_oa_app_secret else None
        ),
        oauth_url=settings.zalo_oa_oauth_url,
        seed_access=access.get_secret_value() if access else None,
        seed_refresh=refresh.get_secret_value() if refresh else None,
    )
    links = dict(pair.split("=", 1) for pair in settings.zalo_oa_group_links)
    return ZaloOAChannel(
        redis,
        app_id=app_id,
        secret_key=secret_key.get_secret_value(),
        tokens=tokens,
        http=http,
        api_url=settings.zalo_oa_api_url,
        admin_ids=settings.zalo_oa_admin_ids,
        admin_group=settings.zalo_oa_admin_group,
        group_links=links,
    )


def setup_web(app: web.Application, services: Services) -> None:
    channel = services.channels.get(NAME)
    if isinstance(channel, ZaloOAChannel):
        app.router.add_post(WEBHOOK_PATH, ZaloOAWebhook(channel, services.router).handle)

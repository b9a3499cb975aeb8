"""Helpers shared by the two Zalo adapters (Bot API and Official Account).

Both APIs put a secret in places that leak easily: the Bot API has the bot token in the URL
path, the OA API an access token in a header. Nothing here logs a URL, a header or a body, and
transport errors are turned into ``ChannelError`` with the secrets scrubbed and the original
exception (whose text may contain the URL) suppressed from the traceback.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Mapping

import aiohttp
from aiohttp import web
from redis.asyncio import Redis
from redis.exceptions import RedisError

from handlers.ports import ChannelError

log = logging.getLogger(__name__)

# Webhook bodies are one event each: a few KB. Anything bigger is refused before parsing.
MAX_WEBHOOK_BODY = 256 * 1024
# A replayed or re-delivered event within this window is recognised and dropped.
DEDUPE_TTL = 24 * 3600
# Used when a 429 comes without a usable Retry-After header.
DEFAULT_RETRY_AFTER = 5.0
# Photos attached to private messages (anonymous tips) are downloaded up to this size.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# Both APIs accept text of 1-2000 characters per message.
MAX_TEXT = 2000


def scrub(text: str, *secrets: str) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def transport_error(what: str, exc: BaseException, *secrets: str) -> ChannelError:
    """A ``ChannelError`` naming the failure without any secret; raise it ``from None``."""
    return ChannelError(f"{what}: {type(exc).__name__}: {scrub(str(exc), *secrets)}")


def retry_after(headers: Mapping[str, str], default: float = DEFAULT_RETRY_AFTER) -> float:
    value = headers.get("Retry-After", "")
    try:
        seconds = float(value)
    except ValueError:
        return default
    return seconds if 0 < seconds <= 3600 else default


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters, after a line or word break
    when there is one in the second half of the piece."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        # The break character stays at the end of its piece: joined, the pieces are the text.
        cut = max(rest.rfind("\n", limit // 2, limit), rest.rfind(" ", limit // 2, limit)) + 1
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest.strip():
        pieces.append(rest)
    return pieces


async def read_capped(request: web.Request, limit: int = MAX_WEBHOOK_BODY) -> bytes | None:
    """The raw body, or None when it is larger than ``limit`` (read no further than that)."""
    if request.content_length is not None and request.content_length > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.content.readany()
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


async def first_delivery(redis: Redis, key: str, ttl: int = DEDUPE_TTL) -> bool:
    """True the first time ``key`` is seen within ``ttl`` (atomic, across processes). With
    Redis away, True: a repeat is then recognised by the moderation flow (its delivery key),
    and a message is never dropped for want of deduplication."""
    try:
        return bool(await redis.set(key, "1", nx=True, ex=ttl))
    except RedisError:
        log.warning("zalo: Redis unreachable, event not deduplicated")
        return True


async def forget_delivery(redis: Redis, key: str) -> None:
    """Let a redelivery of a failed event through (best effort with Redis away)."""
    with contextlib.suppress(RedisError):
        await redis.delete(key)


class LazySession:
    """One aiohttp session per adapter, created on first use inside the running loop."""

    def __init__(self) -> None:
        self._session: aiohttp.ClientSession | None = None

    def get(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None


async def download(
    session: aiohttp.ClientSession, url: str, limit: int = MAX_PHOTO_BYTES
) -> tuple[bytes, str | None] | None:
    """Fetch a media URL (bytes and content type), or None when it fails or is too large."""
    if not url.startswith(("https://", "http://")):
        return None
    try:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=20)) as resp:
            if resp.status != 200:
                return None
            data = bytearray()
            async for chunk in resp.content.iter_chunked(64 * 1024):
                data += chunk
                if len(data) > limit:
                    return None
            return bytes(data), resp.headers.get("Content-Type")
    except (aiohttp.ClientError, TimeoutError) as exc:
        log.info("media download failed: %s", type(exc).__name__)
        return None


PHOTO_NOTE = "[Ảnh không gửi được qua Zalo; xem trong bảng điều khiển quản trị.]"
DOCUMENT_NOTE = "[Tệp đính kèm không gửi được qua Zalo.]"


class TextInsteadOfFiles:
    """Neither Zalo API uploads a file the bot holds (Zalo's sendPhoto takes a URL): a photo or
    document is posted as its caption and a note that the file could not be passed on."""

    name: str  # and ``send_message``, from the adapter

    async def send_photo(
        self, chat_id: str, data: bytes, *, caption: str = "", key: str | None = None
    ) -> str:
        return await self.send_message(chat_id, f"{caption}\n{PHOTO_NOTE}".strip(), key=key)

    async def send_document(
        self,
        chat_id: str,
        data: bytes,
        *,
        filename: str,
        caption: str = "",
        key: str | None = None,
    ) -> str:
        return await self.send_message(chat_id, f"{caption}\n{DOCUMENT_NOTE}".strip(), key=key)

    async def repost_photo(
        self, chat_id: str, file_id: str, *, caption: str = "", key: str | None = None
    ) -> str:
        raise ChannelError(f"the {self.name} channel cannot post a received photo again")

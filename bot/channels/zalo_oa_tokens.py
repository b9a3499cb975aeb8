"""Zalo Official Account access tokens: stored in Redis, refreshed by one process at a time.

Zalo OA OAuth v4 (set-up and sources: docs/zalo.md): an access token lives about 25 hours;
``POST <oauth>/v4/oa/access_token`` with the app secret in a ``secret_key`` header and form
fields ``refresh_token``, ``app_id``, ``grant_type=refresh_token`` returns a new access token
*and a new refresh token*. A refresh token works once: reusing it
answers error -14020. So:

- the pair lives in Redis (one JSON value, written in one command), shared by every web and
  worker process; the settings only seed it, because after the first refresh the refresh token
  in the environment is spent. The stored pair remembers a fingerprint of the seed it descends
  from: when an admin authorises the app again and puts new tokens in the settings, the
  fingerprint differs and the new seed replaces the stored pair (under the lock);
- refreshing happens under a Redis lock, and whoever gets the lock re-reads the pair first: if
  another process refreshed meanwhile, its token is used and no refresh token is spent twice;
- tokens are never logged, and the refresh error reports only Zalo's error code and name.

If a process dies between Zalo's answer and the save, the new refresh token is lost and an
admin must authorise the app again (the log says so).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass

import aiohttp
from redis.asyncio import Redis
from redis.asyncio.lock import Lock

from bot.channels.zalo_common import LazySession, transport_error
from handlers.ports import ChannelError

log = logging.getLogger(__name__)

KEY = "zalo_oa:tokens"
LOCK = "zalo_oa:tokens:lock"
# Refresh this long before the stored expiry rather than wait for a failed call.
EARLY = 300


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_at: float  # 0 = unknown (a seeded token): used until Zalo rejects it


def seed_fingerprint(pair: TokenPair) -> str:
    """A short one-way fingerprint of the seeded tokens ("" when none were given)."""
    if not (pair.access_token or pair.refresh_token):
        return ""
    joined = f"{pair.access_token}\0{pair.refresh_token}".encode()
    return hashlib.sha256(joined).hexdigest()[:16]


def _pair(data: dict[str, object]) -> TokenPair:
    return TokenPair(
        str(data.get("access_token", "")),
        str(data.get("refresh_token", "")),
        float(str(data.get("expires_at", 0) or 0)),
    )


class OATokens:
    def __init__(
        self,
        redis: Redis,
        http: LazySession,
        *,
        app_id: str,
        app_secret: str | None,
        oauth_url: str,
        seed_access: str | None,
        seed_refresh: str | None,
    ) -> None:
        self.redis = redis
        self.http = http
        self.app_id = app_id
        self._app_secret = app_secret or ""
        self._oauth = oauth_url.rstrip("/")
        self._seed = TokenPair(seed_access or "", seed_refresh or "", 0.0)
        self._seed_id = seed_fingerprint(self._seed)
        self.refreshes = 0  # refreshes this object performed (for tests and metrics)

    def _secrets(self) -> tuple[str, ...]:
        return (self._app_secret, self._seed.access_token, self._seed.refresh_token)

    def _lock(self) -> Lock:
        return self.redis.lock(LOCK, timeout=60, blocking_timeout=65)

    async def _read(self) -> dict[str, object] | None:
        raw = await self.redis.get(KEY)
        return json.loads(raw) if raw else None

    def _needs_seed(self, data: dict[str, object] | None) -> bool:
        return data is None or bool(self._seed_id and data.get("seed") != self._seed_id)

    async def _read_or_seed(self) -> TokenPair:
        """The stored pair, replaced by the seed first when it is absent or older than the
        seed. Call with the lock held."""
        data = await self._read()
        if self._needs_seed(data):
            if data is not None:
                log.warning("zalo_oa: new tokens in the settings replace the stored ones")
            await self._save(self._seed)
            return self._seed
        assert data is not None
        return _pair(data)

    async def load(self) -> TokenPair:
        data = await self._read()
        if self._needs_seed(data):
            async with self._lock():
                return await self._read_or_seed()
        assert data is not None
        return _pair(data)

    async def _save(self, pair: TokenPair) -> None:
        value = json.dumps(
            {
                "access_token": pair.access_token,
                "refresh_token": pair.refresh_token,
                "expires_at": pair.expires_at,
                "seed": self._seed_id,
            }
        )
        await self.redis.set(KEY, value)

    async def current(self) -> str:
        """A usable access token, refreshed first when it is missing or about to expire."""
        pair = await self.load()
        if not pair.access_token or (pair.expires_at and pair.expires_at - EARLY < time.time()):
            return await self.refresh(stale=pair.access_token)
        return pair.access_token

    async def refresh(self, *, stale: str) -> str:
        """Replace the access token ``stale`` (rejected or expiring) and return the new one."""
        async with self._lock():
            pair = await self._read_or_seed()
            if pair.access_token and pair.access_token != stale:
                return pair.access_token  # another process refreshed while we waited
            if not pair.refresh_token:
                raise ChannelError("zalo_oa: no refresh token; authorise the app again")
            if not self._app_secret:
                raise ChannelError("zalo_oa: ZALO_OA_APP_SECRET is unset; cannot refresh")
            new = await self._exchange(pair.refresh_token)
            await self._save(new)
            self.refreshes += 1
            log.info(
                "zalo_oa access token refreshed (expires in %.0fs)", new.expires_at - time.time()
            )
            return new.access_token

    async def _exchange(self, refresh_token: str) -> TokenPair:
        form = {
            "refresh_token": refresh_token,
            "app_id": self.app_id,
            "grant_type": "refresh_token",
        }
        secrets = (*self._secrets(), refresh_token)
        try:
            async with self.http.get().post(
                f"{self._oauth}/v4/oa/access_token",
                data=form,
                headers={"secret_key": self._app_secret},
                timeout=aiohttp.ClientTimeout(total=20),
            ) as resp:
                try:
                    body = await resp.json(content_type=None)
                except ValueError:
                    body = None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise transport_error("zalo_oa token refresh", exc, *secrets) from None
        if not isinstance(body, dict) or not body.get("access_token"):
            error = body.get("error") if isinstance(body, dict) else None
            name = body.get("error_name") if isinstance(body, dict) else None
            hint = (
                " (refresh token already used: authorise the app again)" if error == -14020 else ""
            )
            log.error("ZALO OA TOKEN REFRESH FAILED: error=%s %s%s", error, name or "", hint)
            raise ChannelError(f"zalo_oa token refresh failed: {error} {name or ''}{hint}")
        try:
            expires_in = float(body.get("expires_in") or 3600)
        except ValueError:
            expires_in = 3600.0
        return TokenPair(
            str(body["access_token"]),
            str(body.get("refresh_token") or refresh_token),
            time.time() + expires_in,
        )

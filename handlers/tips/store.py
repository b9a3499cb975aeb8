"""Anonymous tip cases in Redis. Nothing here holds a reporter id in the clear.

Keys (prefix ``by:tip:``):
  case:{code}        hash: channel, state, times (created, first response, closed), counts
  entries:{code}     list of JSON entries: the reporter's messages and the admins' replies
  link:{code}        the case -> reporter link, AES-GCM sealed (``handlers.tips.identity``);
                     deleted on withdrawal, and ``link_retention`` after the case is done by
                     ``purge_links`` (a periodic duty), with a Redis expiry as a backstop
  photos:{code}:{n}  list of metadata-stripped photos of entry n, until forwarded (7 days max)
  docs:{code}:{n}    list of metadata-stripped documents of entry n (``<extension>:<bytes>``),
                     until forwarded (7 days max)
  open:{hmac}        the reporter's open case code, filed under a keyed hash of the reporter
  draft:{hmac}       a message waiting for the reporter's self-identification choice (sealed)
  rate:{hmac}:...    rate-limit counters;  seen:{hmac}  greeted once;  dedupe:{hmac}  delivery
  idx                zset of case codes by creation time (for lists and reports)
  closed             zset of done cases whose link still exists, by closing time
"""

from __future__ import annotations

import json
import secrets
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from redis.asyncio import Redis

PREFIX = "by:tip:"
# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read aloud and typed on phones.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 4
PHOTO_TTL = 7 * 86400


class CaseState(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WITHDRAWN = "withdrawn"

    @property
    def closed(self) -> bool:
        return self in (CaseState.DONE, CaseState.WITHDRAWN)


@dataclass(frozen=True)
class Entry:
    n: int
    author: str  # "reporter" | "admin"
    text: str
    at: float
    photos: int = 0
    documents: int = 0
    admin_name: str = ""
    forwarded: bool = False

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str | bytes) -> Entry:
        data = json.loads(raw)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass(frozen=True)
class Case:
    code: str
    channel: str
    state: CaseState
    created_at: float
    admin_chats: tuple[str, ...] = ()
    first_response_at: float | None = None
    closed_at: float | None = None
    link_deleted_at: float | None = None
    entries: tuple[Entry, ...] = field(default=())

    @property
    def minutes_to_first_response(self) -> float | None:
        if self.first_response_at is None:
            return None
        return (self.first_response_at - self.created_at) / 60


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def new_code() -> str:
    return "TB-" + "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def parse_code(word: str) -> str | None:
    """``tb-7k3q``, ``#TB7K3Q`` -> ``TB-7K3Q``; None when it cannot be a case code."""
    raw = word.strip().lstrip("#").upper().replace("-", "").replace(" ", "")
    if not raw.startswith("TB"):
        return None
    body = raw[2:]
    if len(body) < CODE_LENGTH or any(c not in ALPHABET for c in body):
        return None
    return f"TB-{body}"


class TipStore:
    def __init__(self, redis: Redis, *, link_retention: float) -> None:
        self.redis = redis
        self.link_retention = link_retention

    def key(self, *parts: str | int) -> str:
        return PREFIX + ":".join(str(p) for p in parts)

    # -- cases -----------------------------------------------------------------------------

    async def create(
        self,
        channel: str,
        admin_chats: Sequence[str],
        seal: Callable[[str], str],
        now: float,
    ) -> str:
        """A new case with a fresh, collision-checked code; the link is stored with it."""
        for attempt in range(50):
            code = new_code() if attempt < 40 else new_code() + secrets.choice(ALPHABET)
            if await self.redis.hsetnx(self.key("case", code), "code", code):
                break
        else:  # pragma: no cover - 25^4 codes; only a nearly full space gets here
            raise RuntimeError("no free case code")
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(
                self.key("case", code),
                mapping={
                    "channel": channel,
                    "state": str(CaseState.NEW),
                    "created_at": now,
                    "admin_chats": json.dumps(list(admin_chats)),
                },
            )
            pipe.set(self.key("link", code), seal(code))
            pipe.zadd(self.key("idx"), {code: now})
            await pipe.execute()
        return code

    async def get(self, code: str, *, entries: bool = False) -> Case | None:
        raw = {_s(k): _s(v) for k, v in (await self.redis.hgetall(self.key("case", code))).items()}
        if "state" not in raw:
            return None
        items: tuple[Entry, ...] = ()
        if entries:
            items = tuple(
                Entry.from_json(e)
                for e in await self.redis.lrange(self.key("entries", code), 0, -1)
            )
        return Case(
            code=code,
            channel=raw["channel"],
            state=CaseState(raw["state"]),
            created_at=float(raw["created_at"]),
            admin_chats=tuple(json.loads(raw.get("admin_chats") or "[]")),
            first_response_at=float(raw["first_response_at"])
            if raw.get("first_response_at")
            else None,
            closed_at=float(raw["closed_at"]) if raw.get("closed_at") else None,
            link_deleted_at=float(raw["link_deleted_at"]) if raw.get("link_deleted_at") else None,
            entries=items,
        )

    async def add_entry(self, code: str, entry: Entry) -> Entry:
        """Append an entry; its number is its position (1-based)."""
        n = await self.redis.rpush(self.key("entries", code), "{}")
        numbered = Entry(**{**entry.__dict__, "n": n})
        await self.redis.lset(self.key("entries", code), n - 1, numbered.to_json())
        return numbered

    async def entry(self, code: str, n: int) -> Entry | None:
        raw = await self.redis.lindex(self.key("entries", code), n - 1)
        if raw is None or _s(raw) == "{}":
            return None
        return Entry.from_json(raw)

    async def mark_forwarded(self, code: str, entry: Entry) -> None:
        done = Entry(**{**entry.__dict__, "forwarded": True})
        await self.redis.lset(self.key("entries", code), entry.n - 1, done.to_json())
        await self.redis.delete(self.key("photos", code, entry.n), self.key("docs", code, entry.n))

    async def save_photos(self, code: str, n: int, photos: Sequence[bytes]) -> None:
        if not photos:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.rpush(self.key("photos", code, n), *photos)
            pipe.expire(self.key("photos", code, n), PHOTO_TTL)
            await pipe.execute()

    async def photos(self, code: str, n: int) -> list[bytes]:
        return list(await self.redis.lrange(self.key("photos", code, n), 0, -1))

    async def save_documents(
        self, code: str, n: int, documents: Sequence[tuple[str, bytes]]
    ) -> None:
        """(extension, stripped bytes) pairs of entry ``n``, kept until forwarded."""
        if not documents:
            return
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.rpush(self.key("docs", code, n), *[f"{e}:".encode() + d for e, d in documents])
            pipe.expire(self.key("docs", code, n), PHOTO_TTL)
            await pipe.execute()

    async def documents(self, code: str, n: int) -> list[tuple[str, bytes]]:
        out = []
        for raw in await self.redis.lrange(self.key("docs", code, n), 0, -1):
            extension, _, data = bytes(raw).partition(b":")
            out.append((extension.decode(), data))
        return out

    async def set_state(self, code: str, state: CaseState, now: float) -> CaseState | None:
        """Move a case to ``state``; returns the previous state (None if no such case)."""
        key = self.key("case", code)
        previous = await self.redis.hget(key, "state")
        if previous is None:
            return None
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, "state", str(state))
            if state.closed:
                pipe.hset(key, "closed_at", now)
                if state is CaseState.WITHDRAWN:
                    pipe.delete(self.key("link", code))
                    pipe.hset(key, "link_deleted_at", now)
                    pipe.zrem(self.key("closed"), code)
                else:
                    pipe.zadd(self.key("closed"), {code: now})
                    # Backstop only: ``purge_links`` deletes it on time even if this expiry
                    # was set under a longer retention setting.
                    pipe.expire(self.key("link", code), int(self.link_retention))
            else:
                pipe.hdel(key, "closed_at")
                pipe.zrem(self.key("closed"), code)
                pipe.persist(self.key("link", code))
            await pipe.execute()
        return CaseState(_s(previous))

    async def record_response(self, code: str, now: float) -> bool:
        """Record the first admin response once; True when this was the first."""
        return bool(await self.redis.hsetnx(self.key("case", code), "first_response_at", now))

    async def link(self, code: str) -> str | None:
        raw = await self.redis.get(self.key("link", code))
        return _s(raw) if raw is not None else None

    async def replace_link(self, code: str, sealed: str) -> None:
        """Re-seal under the current key, keeping the link's expiry."""
        key = self.key("link", code)
        await self.redis.set(key, sealed, keepttl=True)

    async def purge_links(self, now: float) -> list[str]:
        """Delete the reporter links of cases done ``link_retention`` ago or earlier; the case
        and its entries stay. Returns the codes whose link was deleted (idempotent)."""
        due = await self.redis.zrangebyscore(self.key("closed"), "-inf", now - self.link_retention)
        purged = []
        for raw in due:
            code = _s(raw)
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(self.key("link", code))
                pipe.zrem(self.key("closed"), code)
                await pipe.execute()
            if await self.redis.exists(self.key("case", code)):
                await self.redis.hset(self.key("case", code), "link_deleted_at", now)
            purged.append(code)
        return purged

    async def link_codes(self) -> list[str]:
        """Codes of every case whose reporter link is still stored."""
        prefix = self.key("link", "")
        return sorted(
            [_s(k)[len(prefix) :] async for k in self.redis.scan_iter(match=prefix + "*")]
        )

    async def codes(self, *, limit: int = 200) -> list[str]:
        return [_s(c) for c in await self.redis.zrevrange(self.key("idx"), 0, limit - 1)]

    # -- per-reporter records (filed under keyed hashes) ------------------------------------

    async def open_case(self, hashes: Sequence[str], current: str) -> str | None:
        """The reporter's open case, moving a pointer filed under an old key to the current."""
        for h in hashes:
            code = await self.redis.get(self.key("open", h))
            if code is None:
                continue
            if h != current:
                await self.redis.set(self.key("open", current), code, nx=True)
                await self.redis.delete(self.key("open", h))
            return _s(code)
        return None

    async def move_open(self, hashes: Sequence[str], current: str, code: str) -> bool:
        """File the pointer to ``code`` under ``current`` if an older hash holds it."""
        for h in hashes:
            if h != current and _s(await self.redis.get(self.key("open", h)) or b"") == code:
                await self.redis.set(self.key("open", current), code, nx=True)
                await self.redis.delete(self.key("open", h))
                return True
        return False

    async def claim_open(self, h: str, code: str) -> str:
        """Make ``code`` the open case unless one exists already; returns the open one."""
        if await self.redis.set(self.key("open", h), code, nx=True):
            return code
        existing = await self.redis.get(self.key("open", h))
        return _s(existing) if existing is not None else code

    async def clear_open(self, hashes: Sequence[str], code: str) -> None:
        for h in hashes:
            key = self.key("open", h)
            if _s(await self.redis.get(key) or b"") == code:
                await self.redis.delete(key)

    async def drop_case(self, code: str) -> None:
        """Undo a case created in a lost race (no entry was ever added)."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.delete(self.key("case", code), self.key("link", code))
            pipe.zrem(self.key("idx"), code)
            await pipe.execute()

    async def first_time(self, hashes: Sequence[str]) -> bool:
        """True the first time a reporter writes, under the current key or an older one."""
        if not await self.redis.set(self.key("seen", hashes[0]), "1", nx=True, ex=365 * 86400):
            return False
        return not any([await self.redis.exists(self.key("seen", h)) for h in hashes[1:]])

    async def once(self, h: str, ttl: int = 86400) -> bool:
        return bool(await self.redis.set(self.key("dedupe", h), "1", nx=True, ex=ttl))

    async def hit(self, h: str, window: str, ttl: int) -> int:
        key = self.key("rate", h, window)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(key)
            pipe.expire(key, ttl)
            count, _ = await pipe.execute()
        return int(count)

    async def save_draft(self, h: str, sealed: str, ttl: int) -> None:
        await self.redis.set(self.key("draft", h), sealed, ex=ttl)

    async def draft(self, h: str) -> str | None:
        raw = await self.redis.get(self.key("draft", h))
        return _s(raw) if raw is not None else None

    async def take_draft(self, h: str) -> str | None:
        raw = await self.redis.getdel(self.key("draft", h))
        return _s(raw) if raw is not None else None

    async def drop_draft(self, h: str) -> bool:
        return bool(await self.redis.delete(self.key("draft", h)))

    # -- report ----------------------------------------------------------------------------

    async def report(self, start: float, end: float) -> dict[str, Any]:
        """Cases opened in [start, end): counts by state and time to first response."""
        codes = [_s(c) for c in await self.redis.zrangebyscore(self.key("idx"), start, f"({end}")]
        cases = [c for c in [await self.get(code) for code in codes] if c is not None]
        minutes = [
            c.minutes_to_first_response for c in cases if c.minutes_to_first_response is not None
        ]
        return {
            "total": len(cases),
            "by_state": dict(Counter(str(c.state) for c in cases)),
            "answered": len(minutes),
            "median_minutes_to_first_response": statistics.median(minutes) if minutes else None,
            "max_minutes_to_first_response": max(minutes) if minutes else None,
        }

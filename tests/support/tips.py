"""A tip service on a given Redis with the simulator channel and a queue run by hand.

Tests drive the reporter's private chat with ``rig.say(...)`` and the admin room with
``rig.admin(...)``; ``rig.drain()`` runs the queued ``forward_tip``/``relay_tip_reply`` jobs
the way the RQ workers would (with the same code and entry numbers as job arguments).
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from bot.channels.simulator import ADMIN_ROOM, SimulatorChannel
from handlers.bindings import Bindings
from handlers.duties.maintenance import Maintenance
from handlers.ports import Answer, Attachment, ChatKind, IncomingMessage, User
from handlers.review.store import ReviewStore
from handlers.tips.admin import TipAdmin
from handlers.tips.identity import KeyRing
from handlers.tips.service import TipLimits, TipService
from handlers.tips.store import TipStore
from tests.fakes.engine import FakeEngine
from tests.support.queue import RecordingQueue

KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
OTHER_KEY = base64.urlsafe_b64encode(bytes(range(100, 132))).decode()
ADMIN = User("admin", "Trưởng Công an xã")
REPORTER = User("reporter-7391", "Lò Thị Hiền", "hien_lo91", "0912 345 678")
_ids = itertools.count(1)


class Clock:
    """Stands in for the ``time`` module inside the tip service and relay (monkeypatched)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def time(self) -> float:
        return self.now


@dataclass
class TipRig:
    redis: Redis
    keys: KeyRing
    service: TipService
    admin_side: TipAdmin
    sim: SimulatorChannel
    queue: RecordingQueue
    maintenance: Maintenance

    @property
    def store(self) -> TipStore:
        return self.service.store

    async def say(
        self, text: str, user: User = REPORTER, attachments: Sequence[Attachment] = ()
    ) -> None:
        chat = f"dm:{user.id}"
        message_id = await self.sim.post_from_user(chat, user, text)
        await self.service.handle(
            IncomingMessage(
                channel="sim",
                chat_id=chat,
                chat_kind=ChatKind.PRIVATE,
                message_id=message_id,
                user=user,
                text=text,
                date=0.0,
                attachments=tuple(attachments),
            )
        )

    async def admin(self, text: str, user: User = ADMIN) -> Answer | None:
        return await self.admin_side.handle(
            IncomingMessage(
                channel="sim",
                chat_id=ADMIN_ROOM,
                chat_kind=ChatKind.ADMIN,
                message_id=f"a{next(_ids)}",
                user=user,
                text=text,
                date=0.0,
            )
        )

    async def drain(self) -> None:
        while self.queue.jobs:
            name, args, _ = self.queue.jobs.pop(0)
            if name == "forward_tip":
                await self.service.relay.forward(*args)
            elif name == "relay_tip_reply":
                await self.service.relay.relay_job(*args)
            else:  # pragma: no cover - a job the tip service never queues
                raise AssertionError(f"unexpected job {name}")

    async def bot_texts(self, chat: str) -> list[str]:
        return [m["text"] for m in await self.sim.messages(chat) if m["user"] is None]

    async def last(self, chat: str) -> str:
        texts = await self.bot_texts(chat)
        return texts[-1] if texts else ""

    async def photos(self, chat: str) -> list[bytes]:
        return [
            base64.b64decode(m["photo"]) for m in await self.sim.messages(chat) if "photo" in m
        ]

    async def only_code(self) -> str:
        codes = await self.store.codes()
        assert len(codes) == 1, codes
        return codes[0]


def make_rig(
    redis: Redis,
    *,
    key: str = KEY,
    old_keys: Sequence[str] = (),
    retention_days: int = 90,
    limits: TipLimits | None = None,
) -> TipRig:
    keys = KeyRing.from_strings(key, old_keys)
    sim = SimulatorChannel(redis, [ADMIN.id])
    queue = RecordingQueue()
    bindings = Bindings(redis, {"sim": [ADMIN_ROOM]})
    store = TipStore(redis, link_retention=retention_days * 86400)
    service = TipService(
        store,
        keys,
        FakeEngine(),  # type: ignore[arg-type]
        bindings,
        {"sim": sim},
        queue,
        limits=limits,
        retention_days=retention_days,
    )
    maintenance = Maintenance(
        ReviewStore(redis, retention_seconds=90 * 86400),
        bindings,
        {"sim": sim},
        queue,
        remind_after=30 * 60,
        escalate_after=120 * 60,
        retention=90 * 86400,
        chief_admin_chat="sim:truong-ca",
        tips=store,
    )
    return TipRig(redis, keys, service, TipAdmin(service), sim, queue, maintenance)


def frozen_clock(monkeypatch: Any, now: float) -> Clock:
    """Time as the tip service and relay see it, moved by the test (no waiting)."""
    import handlers.tips.relay
    import handlers.tips.service

    clock = Clock(now)
    monkeypatch.setattr(handlers.tips.service, "time", clock)
    monkeypatch.setattr(handlers.tips.relay, "time", clock)
    return clock

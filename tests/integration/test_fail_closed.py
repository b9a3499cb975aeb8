"""Nothing flagged gets through because Redis broke: a private Redis is killed mid-test.

The flagged message is still deleted, its held item waits in the local journal, and when
Redis answers again the item is written, carded and noticed once; only a message that could be
neither stored nor journalled is let through, and then the channel is told not to acknowledge
it. Each test starts its own ``redis-server`` on a free loopback port and stops it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.channels.simulator import SimulatorChannel
from bot.compose import build_services
from config.settings import Settings
from handlers.metrics import UNMODERATED
from handlers.ports import NotHeld, User
from handlers.review.store import State
from moderation import Action, Decision
from tests.conftest import eventually
from tests.fakes.telegram_scene import ADMIN_CHAT, CCCD, CCCD_TEXT, GROUP, MEMBER, scene
from tests.support.items import TEXT, cccd_decision, group_message
from tests.support.redis_server import free_port, start_redis

pytestmark = pytest.mark.redis


class FlagCCCD:
    """A test double at the engine edge: flags the test CCCD, allows everything else."""

    def warm_up(self) -> None:
        return None

    def moderate(self, text: str, context: object = None) -> Decision:
        return cccd_decision(text) if "001099012345" in text else Decision(action=Action.ALLOW)


class PrivateRedis:
    """A redis-server of the test's own, with AOF so a restart keeps the bindings."""

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = tempfile.mkdtemp(prefix="binhyen-fault-")
        self.server = start_redis(self.port, self.folder, aof=True)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def kill(self) -> None:
        self.server.kill()
        self.server.wait()

    def restart(self) -> None:
        self.server = start_redis(self.port, self.folder, aof=True)

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis()
    try:
        yield server
    finally:
        server.close()


async def test_when_redis_is_down_a_flagged_message_is_deleted_journalled_and_stored_on_return(
    private_redis: PrivateRedis, tmp_path: Path
) -> None:
    settings = Settings(REDIS_URL=private_redis.url, JOURNAL_DIR=str(tmp_path))
    services = await build_services(settings, engine=FlagCCCD())  # type: ignore[arg-type]
    sim = services.channels["sim"]
    assert isinstance(sim, SimulatorChannel)
    try:
        posted = await sim.post_from_user("nhom-1", User("dan1", "Nguyễn Văn An"), TEXT)
        before = UNMODERATED._value.get()
        private_redis.kill()
        outcome = await services.flow.handle(group_message(posted))
        assert outcome.journalled and outcome.item_id is None
        # The simulator keeps its chats in Redis, so its delete waits for Redis too.
        assert outcome.taken == "pending"
        assert UNMODERATED._value.get() == before  # held, not passed
        assert any(name.startswith("journal-") for name in os.listdir(tmp_path))

        private_redis.restart()
        assert await services.flow.replay() == 1
        [item_id] = await services.store.list_ids(state=State.HELD)
        item = await services.store.get(item_id)
        assert item is not None and item.text == TEXT
        assert item.taken == "pending"
        actions = [e["action"] for e in await services.store.audit_for(item_id)]
        assert actions == ["held", "journal_replayed"]
        # Replaying again (another process adopting a copy) changes nothing.
        assert await services.flow.replay() == 0
        assert await services.store.list_ids(state=State.HELD) == [item_id]
        # reconcile finishes the delete the outage deferred, and the card says so.
        assert await services.maintenance.reconcile(now=item.created_at + 60) >= 1
        await services.review.delete_held(item_id)
        shown = await sim.message("nhom-1", posted)
        assert shown is not None and shown["visible"] is False
        item = await services.store.get(item_id)
        assert item is not None and item.taken == "deleted"
    finally:
        await services.close()


async def test_when_neither_redis_nor_the_journal_can_take_it_the_channel_must_redeliver(
    private_redis: PrivateRedis, tmp_path: Path
) -> None:
    blocked = tmp_path / "journal"
    blocked.write_text("a file where the journal's folder should be")
    settings = Settings(REDIS_URL=private_redis.url, JOURNAL_DIR=str(blocked))
    services = await build_services(settings, engine=FlagCCCD())  # type: ignore[arg-type]
    try:
        private_redis.kill()
        before = UNMODERATED._value.get()
        with pytest.raises(NotHeld):
            await services.flow.handle(group_message("8"))
        assert UNMODERATED._value.get() == before + 1
        # A clean message is not affected: it is decided in the process and allowed.
        outcome = await services.flow.handle(group_message("9", text="Chào cả nhóm"))
        assert outcome.decision is not None and outcome.item_id is None
    finally:
        await services.close()


@pytest.fixture
def journal_dir() -> Iterator[str]:
    folder = tempfile.mkdtemp(prefix="binhyen-journal-")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def test_when_redis_is_killed_telegram_messages_are_deleted_at_once_and_carded_after(
    private_redis: PrivateRedis, journal_dir: str
) -> None:
    async with scene(
        mode="webhook", redis_url=private_redis.url, JOURNAL_DIR=journal_dir, RECONCILE_SECONDS=1
    ) as tg:
        private_redis.kill()
        sent = []
        for n in range(5):
            update = tg.fake.message_update(GROUP["id"], MEMBER, f"{CCCD_TEXT} lần {n}")
            response = await tg.post_webhook(update, "s3cret-for-the-webhook_suite")
            assert response.status == 200, await response.text()
            sent.append(update["message"]["message_id"])
        deleted = {int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")}
        assert deleted == set(sent)  # each deleted while Redis was down
        assert os.listdir(journal_dir)

        private_redis.restart()

        def cards() -> list[str]:
            return [
                m["text"]
                for m in tg.fake.sent_to(ADMIN_CHAT["id"])
                if m.get("text", "").startswith("🛡") and CCCD in m["text"]
            ]

        await eventually(lambda: len(cards()) == 5, within=30)
        assert len(await tg.services.store.list_ids(state=State.HELD)) == 5
        for text in cards():
            assert "Tin đã được ẩn khỏi nhóm." in text

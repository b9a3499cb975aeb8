"""When Redis goes away members keep chatting; when it comes back moderation resumes."""

from __future__ import annotations

import shutil
import tempfile

import pytest

from bot.compose import build_services
from config.settings import Settings
from handlers.metrics import UNMODERATED
from moderation import Action, Decision
from tests.support.items import cccd_decision, group_message
from tests.support.redis_server import free_port, start_redis

pytestmark = pytest.mark.redis


class FlagCCCD:
    """A test double at the engine edge: flags the test CCCD, allows everything else."""

    def warm_up(self) -> None:
        return None

    def moderate(self, text: str, context: object = None) -> Decision:
        return cccd_decision(text) if "001099012345" in text else Decision(action=Action.ALLOW)


async def test_when_redis_is_down_messages_pass_unmoderated_and_moderation_resumes() -> None:
    port = free_port()
    folder = tempfile.mkdtemp(prefix="binhyen-outage-")
    server = start_redis(port, folder, aof=False)
    settings = Settings(REDIS_URL=f"redis://127.0.0.1:{port}/0")
    services = await build_services(settings, engine=FlagCCCD())  # type: ignore[arg-type]
    try:
        server.kill()
        server.wait()
        before = UNMODERATED._value.get()
        outcome = await services.flow.handle(group_message("1"))
        assert outcome.taken == "unmoderated"
        assert UNMODERATED._value.get() == before + 1

        server = start_redis(port, folder, aof=False)
        outcome = await services.flow.handle(group_message("2"))
        assert outcome.item_id is not None
        assert outcome.taken in {"deleted", "delete_failed"}
    finally:
        await services.close()
        server.kill()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)

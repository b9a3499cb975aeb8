"""When Redis goes away members keep chatting; when it comes back moderation resumes."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time

import pytest

from bot.compose import build_services
from config.settings import Settings
from handlers.metrics import UNMODERATED
from moderation import Action, Decision
from tests.support.items import cccd_decision, group_message

pytestmark = pytest.mark.redis


class FlagCCCD:
    """A test double at the engine edge: flags the test CCCD, allows everything else."""

    def warm_up(self) -> None:
        return None

    def moderate(self, text: str, context: object = None) -> Decision:
        return cccd_decision(text) if "001099012345" in text else Decision(action=Action.ALLOW)


def _start(port: int, folder: str) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            folder,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    pytest.fail("redis-server did not start")


async def test_when_redis_is_down_messages_pass_unmoderated_and_moderation_resumes() -> None:
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is required")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    folder = tempfile.mkdtemp(prefix="binhyen-outage-")
    server = _start(port, folder)
    settings = Settings(REDIS_URL=f"redis://127.0.0.1:{port}/0")
    services = await build_services(settings, engine=FlagCCCD())  # type: ignore[arg-type]
    try:
        server.kill()
        server.wait()
        before = UNMODERATED._value.get()
        outcome = await services.flow.handle(group_message("1"))
        assert outcome.taken == "unmoderated"
        assert UNMODERATED._value.get() == before + 1

        server = _start(port, folder)
        outcome = await services.flow.handle(group_message("2"))
        assert outcome.item_id is not None
        assert outcome.taken in {"deleted", "delete_failed"}
    finally:
        await services.close()
        server.kill()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)

"""Shared fixtures: settings, real Redis (fails, not skips, when absent), the app client."""

from __future__ import annotations

import asyncio
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable

import pytest
from aiohttp.test_utils import TestClient, TestServer

from config.settings import Settings

REDIS_HOST = os.environ.get("TEST_REDIS_HOST", "127.0.0.1")
REDIS_PORT = int(os.environ.get("TEST_REDIS_PORT", "6379"))
REDIS_DB = int(os.environ.get("TEST_REDIS_DB", "9"))


@pytest.fixture(autouse=True)
def own_journal(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test journals into a folder of its own: a journal left by one test's outage must
    not be replayed into the next test's Redis."""
    monkeypatch.setenv("JOURNAL_DIR", str(tmp_path_factory.mktemp("journal")))


def _redis_answers() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def redis_url() -> str:
    """A real Redis, emptied for the test. Missing Redis is a failure, never a skip."""
    if not _redis_answers():
        pytest.fail(f"real Redis is required at {REDIS_HOST}:{REDIS_PORT} (see README: Tests)")
    import redis

    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
    client.flushdb()
    client.close()
    return f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}"


@pytest.fixture
def embedded_settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings of the embedded default, each test on a fresh in-process Redis."""
    import bot.compose

    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "ZALO_", "REDIS_URL", "SIM_", "BINHYEN_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(bot.compose, "_EMBEDDED_SERVER", None)
    return Settings(NOTICE_TTL_SECONDS=0)


@pytest.fixture
async def sim_client(embedded_settings: Settings) -> AsyncIterator[TestClient]:
    from bot.app import create_app

    app = await create_app(embedded_settings)
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


async def eventually(check: Callable[[], object], within: float = 10.0) -> object:
    """Poll an async or sync check until it returns something truthy."""
    deadline = asyncio.get_running_loop().time() + within
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return result
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"

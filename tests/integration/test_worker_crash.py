"""Crash safety with real worker processes on a real Redis."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.compose import build_services
from config.settings import Settings
from handlers.ports import User
from tests.conftest import eventually
from tests.support.hanging_sim import HANG_FLAG
from tests.support.items import CCCD, cccd_decision, group_message

pytestmark = pytest.mark.redis
ROOT = Path(__file__).resolve().parents[2]


def _worker(redis_url: str, *, hang: bool) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "EXTRA_CHANNEL_MODULES": "tests.support.hanging_sim",
        "RECONCILE_SECONDS": "1",
        "STALL_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }
    env.pop(HANG_FLAG, None)
    if hang:
        env[HANG_FLAG] = "1"
    return subprocess.Popen(
        [sys.executable, "-m", "workers"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


async def test_when_the_worker_is_killed_mid_decision_then_it_is_completed_exactly_once(
    redis_url: str,
) -> None:
    settings = Settings(REDIS_URL=redis_url, SIM_ADMINS="admin")
    services = await build_services(settings)
    sim = services.channels["sim"]
    try:
        item_id, _ = await services.store.create(group_message(), cccd_decision(), mode="hold")
        await services.store.record_taken(item_id, "deleted")
        answer = await services.review.act("sim", "approve", item_id, User("admin", "Trưởng CA"))
        assert answer.ok

        async def restored() -> list[dict]:
            return [
                m
                for m in await sim.messages("nhom-1")  # type: ignore[attr-defined]
                if m["user"] is None and CCCD in m["text"]
            ]

        first = _worker(redis_url, hang=True)
        try:
            await eventually(restored, within=30)
        finally:
            first.kill()
            first.wait()
        item = await services.store.get(item_id)
        assert item is not None and not item.applied  # killed between re-post and record

        second = _worker(redis_url, hang=False)
        try:

            async def applied() -> bool:
                current = await services.store.get(item_id)
                return bool(current and current.applied)

            await eventually(applied, within=30)
        finally:
            second.terminate()
            second.wait(timeout=10)

        assert len(await restored()) == 1
        actions = [e["action"] for e in await services.store.audit_for(item_id)]
        assert actions == ["held", "approve", "applied"]
    finally:
        await services.close()

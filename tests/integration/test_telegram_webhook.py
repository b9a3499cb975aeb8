"""What only webhook mode has: the secret check on ``/telegram/webhook`` and the 503 that makes
Telegram deliver again an update a stopped process left claimed, against the fake Bot API on a
real Redis. The scenarios both modes share are in ``test_telegram_moderation``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from tests.conftest import eventually
from tests.fakes.telegram_api import BOT_ID
from tests.fakes.telegram_harness import SECRET, TelegramHarness
from tests.fakes.telegram_scene import CCCD_TEXT, GROUP, MEMBER, held_items, scene


@pytest.fixture
async def tg(embedded_settings: Settings, redis_url: str) -> AsyncIterator[TelegramHarness]:
    async with scene(mode="webhook", redis_url=redis_url) as harness:
        yield harness


async def test_when_the_webhook_secret_is_wrong_or_missing_then_401_and_nothing_is_stored(
    tg: TelegramHarness,
) -> None:
    for secret in ("wrong-secret", None, SECRET + "x", "sé", ""):
        update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
        resp = await tg.post_webhook(update, secret)
        assert resp.status == 401
        # Nothing read: no dedupe key for it.
        assert not await tg.services.redis.exists(f"by:tg:update:{BOT_ID}:{update['update_id']}")
    assert await held_items(tg) == []
    for pattern in ("by:item:*", "by:delivery:*"):
        assert await tg.services.redis.keys(pattern) == []
    assert tg.fake.requests("deleteMessage") == []


async def test_with_the_right_secret_the_same_update_is_accepted(tg: TelegramHarness) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    resp = await tg.post_webhook(update, SECRET)
    assert resp.status == 200
    assert len(await held_items(tg)) == 1


async def test_an_update_claimed_by_a_process_that_stopped_gets_503_until_the_claim_ends(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    key = f"by:tg:update:{BOT_ID}:{update['update_id']}"
    # Another process claimed it and stopped before finishing (no "done").
    await tg.services.redis.set(key, "working:stopped-process", ex=300)

    resp = await tg.post_webhook(update, SECRET)
    assert resp.status == 503  # Telegram delivers it again later
    assert await held_items(tg) == []
    assert tg.fake.requests("deleteMessage") == []

    await tg.services.redis.pexpire(key, 1)  # the claim runs out

    async def accepted() -> bool:
        return (await tg.post_webhook(update, SECRET)).status == 200

    await eventually(accepted)
    assert len(await held_items(tg)) == 1
    assert len(tg.fake.requests("deleteMessage")) == 1

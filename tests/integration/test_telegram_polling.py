"""What only long-polling mode has: start-up without a webhook, ``getUpdates`` asking for the
handled update types, retries while Telegram is unreachable, taking over an update a stopped
poller left claimed. Runs on the embedded default (in-process fake Redis and worker) with the
real moderation engine. The scenarios both modes share are in ``test_telegram_moderation``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from handlers.review.store import State
from moderation import default_engine
from tests.conftest import eventually
from tests.fakes.telegram_api import BOT_ID, FakeTelegram, group, user
from tests.fakes.telegram_harness import TelegramHarness

GROUP = group(-1001000000300, "Khu phố 5")
ADMIN_CHAT = group(-1001000000400, "Công an phường - duyệt tin")
OFFICER = user(111, "Phạm", "Cán bộ")
MEMBER = user(222, "Hoàng", "Lan")
CCCD_TEXT = "Số căn cước của tôi là 001099012345, nhờ mọi người xác minh giúp"


@pytest.fixture
async def tg(embedded_settings: Settings) -> AsyncIterator[TelegramHarness]:
    async with TelegramHarness.running(mode="polling", engine=default_engine()) as harness:
        harness.fake.add_group(GROUP, [OFFICER])
        harness.fake.add_group(ADMIN_CHAT, [OFFICER])
        await harness.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
        yield harness


async def test_polling_starts_without_a_webhook_and_asks_only_for_the_updates_it_handles(
    tg: TelegramHarness,
) -> None:
    assert tg.fake.requests("deleteWebhook")
    assert not tg.fake.requests("setWebhook")
    polls = tg.fake.requests("getUpdates")
    assert polls
    assert sorted(polls[0].params["allowed_updates"]) == [
        "callback_query",
        "edited_message",
        "message",
    ]
    resp = await tg.client.post("/telegram/webhook", json={"update_id": 1})
    assert resp.status in (404, 405)  # no webhook route in polling mode


async def test_when_a_cccd_is_polled_then_it_is_deleted_and_approval_reposts_it(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    await tg.deliver(update)

    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [
        update["message"]["message_id"]
    ]
    card = await tg.card(ADMIN_CHAT["id"])
    assert "001099012345" in card["text"]

    answer = await tg.press(OFFICER, card, "Duyệt")
    assert "Đã duyệt" in answer["text"]
    reposts = await eventually(
        lambda: [m for m in tg.fake.sent_to(GROUP["id"]) if "001099012345" in m["text"]]
    )
    assert "Hoàng Lan" in reposts[0]["text"]
    await tg.card(ADMIN_CHAT["id"], decided=True)


async def test_an_update_claimed_by_a_poller_that_stopped_is_taken_over(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    # The previous process fetched it, claimed it and stopped before finishing: Telegram
    # hands it out again since that process never confirmed it with the next offset.
    key = f"by:tg:update:{BOT_ID}:{update['update_id']}"
    await tg.services.redis.set(key, "working:stopped-process", ex=300)

    await tg.deliver(update)

    assert len(await tg.services.store.list_ids(state=State.HELD)) == 1
    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [
        update["message"]["message_id"]
    ]


async def test_when_telegram_fails_at_start_then_the_app_serves_and_the_bot_keeps_trying(
    embedded_settings: Settings,
) -> None:
    def unreachable(fake: FakeTelegram) -> None:
        fake.fail_next("getMe", status=502, description="Bad Gateway", retry_after=None, times=2)

    async with TelegramHarness.running(mode="polling", before_start=unreachable) as tg:
        assert len(tg.fake.requests("getMe")) == 3
        # Ready is set just before polling starts: the first getUpdates follows shortly.
        assert await eventually(lambda: tg.fake.requests("getUpdates"))

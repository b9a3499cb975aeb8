"""The Telegram channel in long-polling mode: the fake Bot API server answers ``getUpdates``
with queued updates, which aiogram's real polling loop feeds to the dispatcher. Runs on the
embedded default (in-process fake Redis and worker) with the real moderation engine.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from handlers.store import State
from moderation import default_engine
from tests.conftest import eventually
from tests.fakes.telegram_api import FakeTelegram, group, user
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


async def test_when_polling_hands_the_same_update_twice_then_one_item_is_held(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    tg.fake.push(update)
    await tg.deliver(update)
    await tg.card(ADMIN_CHAT["id"])
    assert len(await tg.services.store.list_ids(state=State.HELD)) == 1
    assert len(tg.fake.requests("deleteMessage")) == 1


async def test_when_a_message_is_edited_into_a_leak_then_polling_catches_it(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, "Mai họp tổ lúc 8 giờ nhé")
    await tg.deliver(update)
    message_id = update["message"]["message_id"]
    await tg.deliver(tg.fake.edit_update(GROUP["id"], message_id, CCCD_TEXT))
    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [message_id]


async def test_when_telegram_fails_at_start_then_the_app_serves_and_the_bot_keeps_trying(
    embedded_settings: Settings,
) -> None:
    def unreachable(fake: FakeTelegram) -> None:
        fake.fail_next("getMe", status=502, description="Bad Gateway", retry_after=None, times=2)

    async with TelegramHarness.running(mode="polling", before_start=unreachable) as tg:
        assert len(tg.fake.requests("getMe")) == 3
        assert tg.fake.requests("getUpdates")

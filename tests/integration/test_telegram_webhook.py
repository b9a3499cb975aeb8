"""The Telegram channel in webhook mode, against the fake Bot API server, on a real Redis.

Updates are POSTed to ``/telegram/webhook`` through aiohttp's test client and go through
aiogram's real dispatcher; everything the bot does is read back from the fake server.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from handlers import texts
from handlers.store import State
from tests.conftest import eventually
from tests.fakes.telegram_api import BOT_ID, BOT_USER, FakeTelegram, group, user
from tests.fakes.telegram_harness import SECRET, TelegramHarness

GROUP = group(-1001000000100, "Tổ dân phố 3")
ADMIN_CHAT = group(-1001000000200, "Ban quản trị Công an xã")
OFFICER = user(111, "Lê", "Trưởng Công an")
MEMBER = user(222, "Nguyễn Văn", "An")
BYSTANDER = user(333, "Trần", "Bình")  # in the admin chat, not an admin of the group
CCCD_TEXT = "Số căn cước của tôi là 001099012345, nhờ mọi người xác minh giúp"
LABELS = ["Duyệt", "Từ chối", "Che & đăng", "Cảnh cáo tác giả", "Vì sao?"]


def chats(fake: FakeTelegram, *, bot_can_delete: bool = True) -> None:
    fake.add_group(GROUP, [OFFICER], bot_can_delete=bot_can_delete)
    fake.add_group(ADMIN_CHAT, [OFFICER, BYSTANDER])
    fake.add_private(MEMBER)


@pytest.fixture
async def tg(embedded_settings: Settings, redis_url: str) -> AsyncIterator[TelegramHarness]:
    async with TelegramHarness.running(redis_url=redis_url) as harness:
        chats(harness.fake)
        await harness.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
        yield harness


async def held_items(tg: TelegramHarness) -> list[str]:
    return await tg.services.store.list_ids(state=State.HELD)


def buttons(message: dict) -> list[dict]:
    return [b for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_when_a_member_posts_a_cccd_then_it_is_deleted_and_a_card_reaches_the_admin_chat(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    message_id = update["message"]["message_id"]
    await tg.deliver(update)

    deletes = tg.fake.requests("deleteMessage")
    assert [(int(c.params["chat_id"]), int(c.params["message_id"])) for c in deletes] == [
        (GROUP["id"], message_id)
    ]
    card = await tg.card(ADMIN_CHAT["id"])
    assert "【001099012345】" in card["text"]
    assert "Nguyễn Văn An" in card["text"]
    assert "Tổ dân phố 3" in card["text"]
    assert [b["text"] for b in buttons(card)] == LABELS
    assert all(len(b["callback_data"].encode()) < 64 for b in buttons(card))

    async def member_told() -> bool:
        return any("tạm ẩn" in m["text"] for m in tg.fake.sent_to(MEMBER["id"]))

    await eventually(member_told)
    notice = await eventually(
        lambda: [m for m in tg.fake.sent_to(GROUP["id"]) if "tạm ẩn" in m["text"]]
    )
    assert "001099012345" not in notice[0]["text"]


async def test_when_an_admin_presses_duyet_then_the_message_is_reposted_and_the_card_edited(
    tg: TelegramHarness,
) -> None:
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    card = await tg.card(ADMIN_CHAT["id"])

    answer = await tg.press(OFFICER, card, "Duyệt")
    assert "Đã duyệt" in answer["text"]

    reposts = await eventually(
        lambda: [m for m in tg.fake.sent_to(GROUP["id"]) if "001099012345" in m["text"]]
    )
    assert "Nguyễn Văn An" in reposts[0]["text"]
    assert "được quản trị viên duyệt" in reposts[0]["text"]

    edited = await tg.card(ADMIN_CHAT["id"], decided=True)
    assert edited["message_id"] == card["message_id"]
    assert "Lê Trưởng Công an" in edited["text"]
    assert [b["text"] for b in buttons(edited)] == ["Vì sao?"]

    again = await tg.press(OFFICER, card, "Từ chối")
    assert "đã được xử lý bởi" in again["text"]


async def test_when_someone_who_is_not_a_group_admin_presses_then_it_is_refused(
    tg: TelegramHarness,
) -> None:
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    card = await tg.card(ADMIN_CHAT["id"])

    answer = await tg.press(BYSTANDER, card, "Duyệt")

    assert answer["text"] == texts.NOT_ADMIN
    assert answer["show_alert"] == "true"
    assert len(await held_items(tg)) == 1
    assert not [m for m in tg.fake.sent_to(GROUP["id"]) if "001099012345" in m["text"]]


async def test_when_a_clean_message_is_edited_into_a_leak_then_it_is_caught(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, "Chiều nay họp tổ dân phố lúc 3 giờ")
    message_id = update["message"]["message_id"]
    await tg.deliver(update)
    assert tg.fake.requests("deleteMessage") == []

    await tg.deliver(tg.fake.edit_update(GROUP["id"], message_id, CCCD_TEXT))

    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [message_id]
    card = await tg.card(ADMIN_CHAT["id"])
    assert "001099012345" in card["text"]


async def test_when_the_webhook_secret_is_wrong_or_missing_then_401_and_nothing_is_stored(
    tg: TelegramHarness,
) -> None:
    for secret in ("wrong-secret", None, SECRET + "x", "sé"):
        update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
        resp = await tg.post_webhook(update, secret)
        assert resp.status == 401
        # Nothing read: no dedupe key for it.
        assert not await tg.services.redis.exists(f"by:tg:update:{BOT_ID}:{update['update_id']}")
    assert await held_items(tg) == []
    for pattern in ("by:item:*", "by:delivery:*"):
        assert await tg.services.redis.keys(pattern) == []
    assert tg.fake.requests("deleteMessage") == []


async def test_when_the_same_update_arrives_twice_then_one_item_is_held(
    tg: TelegramHarness,
) -> None:
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    await tg.deliver(update)
    await tg.deliver(update)

    await tg.card(ADMIN_CHAT["id"])
    assert len(await held_items(tg)) == 1
    assert len(tg.fake.requests("deleteMessage")) == 1
    cards = [m for m in tg.fake.sent_to(ADMIN_CHAT["id"]) if m["text"].startswith("🛡")]
    assert len(cards) == 1


async def _delete_after_429(tg: TelegramHarness, retry_after: int) -> tuple[float, float]:
    tg.fake.fail_next("deleteMessage", status=429, retry_after=retry_after)
    update = tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT)
    await tg.deliver(update)

    async def deleted() -> bool:
        stored = tg.fake.message(GROUP["id"], update["message"]["message_id"])
        return bool(stored and stored["deleted"])

    await eventually(deleted, within=15)
    first, second = tg.fake.requests("deleteMessage")
    assert first.params == second.params
    item = await tg.services.store.get((await held_items(tg))[0])
    assert item is not None
    assert item.taken == "deleted"
    return first.at, second.at


async def test_when_telegram_answers_429_then_the_delete_is_retried_and_the_message_removed(
    tg: TelegramHarness,
) -> None:
    await _delete_after_429(tg, retry_after=1)
    notice = await eventually(
        lambda: [m for m in tg.fake.sent_to(GROUP["id"]) if "tạm ẩn" in m["text"]]
    )
    assert notice


async def test_when_telegram_answers_429_then_the_retry_waits_the_given_time(
    tg: TelegramHarness,
) -> None:
    first, second = await _delete_after_429(tg, retry_after=2)
    assert second - first >= 2.0


async def test_when_the_bot_lacks_delete_rights_then_admins_are_told_and_the_item_is_in_review(
    embedded_settings: Settings, redis_url: str
) -> None:
    async with TelegramHarness.running(redis_url=redis_url) as tg:
        chats(tg.fake, bot_can_delete=False)
        await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
        await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
        await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, "CCCD 001099012346"))

        told = await eventually(
            lambda: [
                m
                for m in tg.fake.sent_to(ADMIN_CHAT["id"])
                if "không có quyền xoá tin nhắn" in m["text"]
            ]
        )
        card = await tg.card(ADMIN_CHAT["id"])
        assert "KHÔNG xoá được tin" in card["text"]
        assert len(await held_items(tg)) == 2
        await eventually(
            lambda: len([m for m in tg.fake.sent_to(ADMIN_CHAT["id"]) if "🛡" in m["text"]]) == 2
        )
        # Told once per group, however many messages it could not delete.
        assert len(told) == 1
        assert str(GROUP["id"]) in told[0]["text"]


async def test_when_an_admin_posts_a_cccd_then_it_is_not_held(tg: TelegramHarness) -> None:
    await tg.deliver(tg.fake.message_update(GROUP["id"], OFFICER, CCCD_TEXT))
    assert tg.fake.requests("deleteMessage") == []
    assert await held_items(tg) == []


async def test_service_messages_own_messages_and_unknown_updates_are_ignored(
    tg: TelegramHarness,
) -> None:
    joined = tg.fake.message_update(GROUP["id"], MEMBER, extra={"new_chat_members": [MEMBER]})
    own = tg.fake.message_update(GROUP["id"], BOT_USER, "CCCD 001099012345")
    unknown = tg.fake.raw_update({"future_update_kind": {"x": 1}})
    for update in (joined, own, unknown):
        await tg.deliver(update)
    assert tg.fake.requests("deleteMessage") == []
    assert await held_items(tg) == []
    assert [
        c for c in tg.fake.requests("sendMessage") if c.params["chat_id"] != str(ADMIN_CHAT["id"])
    ] == []


async def test_when_an_admin_asks_why_then_every_check_is_shown(tg: TelegramHarness) -> None:
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    card = await tg.card(ADMIN_CHAT["id"])
    item = await tg.services.store.get((await held_items(tg))[0])
    assert item is not None
    explanation = tg.services.review.explain(item)

    answer = await tg.press(OFFICER, card, "Vì sao?")

    assert "fake_cccd" in explanation
    if len(explanation) <= 200:
        assert answer["text"] == explanation
    else:  # a toast holds 200 characters: the explanation goes to the chat
        assert len(answer["text"]) <= 200
        assert [m for m in tg.fake.sent_to(ADMIN_CHAT["id"]) if m["text"] == explanation]

"""Review from the Telegram admin chat and what members see, against the fake Bot API on a real
Redis (webhook mode: how updates arrive does not change these): every card button, the group
notice that deletes itself, the author's private explanation, captions, admins' messages.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from tests.conftest import eventually
from tests.fakes.telegram_harness import TelegramHarness
from tests.fakes.telegram_scene import (
    ADMIN_CHAT,
    CCCD,
    CCCD_TEXT,
    GROUP,
    MEMBER,
    OFFICER,
    buttons,
    held_items,
    scene,
    texts_in,
)


@pytest.fixture
async def tg(embedded_settings: Settings, redis_url: str) -> AsyncIterator[TelegramHarness]:
    async with scene(redis_url=redis_url) as harness:
        yield harness


ANONYMOUS_ADMIN = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}


async def posted_cccd(tg: TelegramHarness) -> dict:
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    return await tg.card(ADMIN_CHAT["id"])


async def dry_run_flags(tg: TelegramHarness) -> float:
    """``binhyen_dry_run_flags_total{category="personal_data"}`` as /metrics shows it."""
    body = await (await tg.client.get("/metrics")).text()
    found = re.search(
        r'^binhyen_dry_run_flags_total\{category="personal_data"\} (\S+)$', body, re.M
    )
    return float(found.group(1)) if found else 0.0


async def test_when_an_admin_asks_why_then_every_check_is_shown(tg: TelegramHarness) -> None:
    card = await posted_cccd(tg)
    item = await tg.services.store.get((await held_items(tg))[0])
    assert item is not None
    explanation = tg.services.review.explain(item)

    answer = await tg.press(OFFICER, card, "Vì sao?")

    assert "fake_cccd" in explanation
    if len(explanation) <= 200:
        assert answer["text"] == explanation
    else:  # a toast holds 200 characters: the explanation goes to the chat
        assert len(answer["text"]) <= 200
        assert texts_in(tg, ADMIN_CHAT, explanation)
    assert len(await held_items(tg)) == 1  # asking why decides nothing


async def test_a_press_with_another_protocol_version_or_unknown_item_changes_nothing(
    tg: TelegramHarness,
) -> None:
    card = await posted_cccd(tg)
    (item_id,) = await held_items(tg)
    for data in (f"v0:ap:{item_id}", f"v2:ap:{item_id}", "v1:ap:999999", "v1:xx:1", "garbage"):
        update = tg.fake.callback_update(OFFICER, ADMIN_CHAT["id"], card["message_id"], data)
        await tg.deliver(update)
        (answer,) = [
            c.params
            for c in tg.fake.requests("answerCallbackQuery")
            if c.params["callback_query_id"] == update["callback_query"]["id"]
        ]
        assert answer["show_alert"] == "true", data
    assert await held_items(tg) == [item_id]
    assert texts_in(tg, GROUP, CCCD) == []


async def test_when_an_admin_presses_canh_cao_then_the_author_is_warned_in_private(
    tg: TelegramHarness,
) -> None:
    card = await posted_cccd(tg)

    answer = await tg.press(OFFICER, card, "Cảnh cáo tác giả")

    assert answer["text"] == "Đã gửi lời nhắc tới người gửi."
    warning = await eventually(lambda: texts_in(tg, MEMBER, "Quản trị viên nhắc nhở"))
    assert CCCD not in warning[0]  # type: ignore[index]
    # A warning is not a decision: the item waits, the card keeps every button.
    assert len(await held_items(tg)) == 1
    assert len(buttons(await tg.card(ADMIN_CHAT["id"]))) == 5
    (item_id,) = await held_items(tg)
    audit = await tg.services.store.audit_for(item_id)
    assert [(e["action"], e["actor"]) for e in audit if e["action"] == "warned"] == [
        ("warned", str(OFFICER["id"]))
    ]


async def test_when_the_author_never_opened_the_bot_then_the_item_is_reviewed_all_the_same(
    embedded_settings: Settings, redis_url: str
) -> None:
    async with scene(redis_url=redis_url, member_started=False) as tg:
        card = await posted_cccd(tg)
        notice = await eventually(lambda: texts_in(tg, GROUP, "tạm ẩn"))
        assert notice

        answer = await tg.press(OFFICER, card, "Cảnh cáo tác giả")
        assert "chưa nhắn riêng với bot" in answer["text"]
        assert answer["show_alert"] == "true"

        answer = await tg.press(OFFICER, card, "Duyệt")
        assert "Đã duyệt" in answer["text"]
        await eventually(lambda: texts_in(tg, GROUP, CCCD))
        assert await eventually(lambda: tg.services.queue.failed_count() == 0)


async def test_when_an_admin_presses_che_dang_then_the_text_is_reposted_with_the_cccd_masked(
    tg: TelegramHarness,
) -> None:
    card = await posted_cccd(tg)

    answer = await tg.press(OFFICER, card, "Che & đăng")

    assert "Đã che thông tin" in answer["text"]
    reposts = await eventually(lambda: texts_in(tg, GROUP, "được quản trị viên duyệt"))
    assert CCCD not in reposts[0]  # type: ignore[index]
    assert "█" * len(CCCD) in reposts[0]  # type: ignore[index]
    assert "nhờ mọi người xác minh giúp" in reposts[0]  # type: ignore[index]
    edited = await tg.card(ADMIN_CHAT["id"], decided=True)
    assert "Lê Trưởng Công an" in edited["text"]


async def test_when_an_admin_rejects_then_nothing_is_reposted_and_the_author_is_told(
    tg: TelegramHarness,
) -> None:
    card = await posted_cccd(tg)

    answer = await tg.press(OFFICER, card, "Từ chối")

    assert "Đã từ chối" in answer["text"]
    await eventually(lambda: texts_in(tg, MEMBER, "không được đăng lại"))
    edited = await tg.card(ADMIN_CHAT["id"], decided=True)
    assert "Đã từ chối bởi Lê Trưởng Công an" in edited["text"]
    assert texts_in(tg, GROUP, CCCD) == []


async def test_a_cccd_in_a_photo_caption_is_held_like_a_text(tg: TelegramHarness) -> None:
    update = tg.fake.message_update(
        GROUP["id"], MEMBER, caption=f"Ảnh CCCD của em đây {CCCD}", photo=b"\xff\xd8jpeg"
    )
    await tg.deliver(update)

    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [
        update["message"]["message_id"]
    ]
    card = await tg.card(ADMIN_CHAT["id"])
    assert f"【{CCCD}】" in card["text"]


async def test_a_photo_caption_edited_into_a_leak_is_caught(tg: TelegramHarness) -> None:
    update = tg.fake.message_update(
        GROUP["id"], MEMBER, caption="Ảnh buổi họp tổ", photo=b"\xff\xd8jpeg"
    )
    await tg.deliver(update)
    assert await held_items(tg) == []

    message_id = update["message"]["message_id"]
    edit = tg.fake.edit_update(GROUP["id"], message_id, f"Ảnh buổi họp tổ, CCCD {CCCD}")
    assert "caption" in edit["edited_message"]
    await tg.deliver(edit)

    assert [int(c.params["message_id"]) for c in tg.fake.requests("deleteMessage")] == [message_id]
    assert f"【{CCCD}】" in (await tg.card(ADMIN_CHAT["id"]))["text"]


async def test_a_photo_with_a_clean_caption_or_none_is_left_alone(tg: TelegramHarness) -> None:
    for caption in ("Ảnh buổi tuần tra tối qua", None):
        await tg.deliver(
            tg.fake.message_update(GROUP["id"], MEMBER, caption=caption, photo=b"\xff\xd8jpeg")
        )
    assert tg.fake.requests("deleteMessage") == []
    assert await held_items(tg) == []


async def held_photo(tg: TelegramHarness, caption: str) -> tuple[str, dict]:
    """A member posts a photo with a leaking caption: (the photo's file_id, the card)."""
    update = tg.fake.message_update(GROUP["id"], MEMBER, caption=caption, photo=b"\xff\xd8jpeg")
    await tg.deliver(update)
    return update["message"]["photo"][-1]["file_id"], await tg.card(ADMIN_CHAT["id"])


def photos_sent(tg: TelegramHarness, chat: dict) -> list[dict]:
    return [
        c.params for c in tg.fake.requests("sendPhoto") if c.params["chat_id"] == str(chat["id"])
    ]


async def test_admins_see_a_held_photo_before_its_card_and_approving_restores_the_photo(
    tg: TelegramHarness,
) -> None:
    file_id, card = await held_photo(tg, f"Ảnh CCCD của em đây {CCCD}")
    (item_id,) = await held_items(tg)

    (shown,) = photos_sent(tg, ADMIN_CHAT)
    assert shown["photo"] == file_id
    assert "Ảnh kèm tin #" in shown["caption"]
    assert "📷 Tin có kèm 1 ảnh" in card["text"]
    photo_message = next(m for m in tg.fake.sent_to(ADMIN_CHAT["id"]) if "photo" in m)
    assert photo_message["message_id"] < card["message_id"]

    await tg.press(OFFICER, card, "Duyệt")

    (restored,) = await eventually(lambda: photos_sent(tg, GROUP))
    assert restored["photo"] == file_id
    assert "đã được quản trị viên duyệt" in restored["caption"]
    assert f"Ảnh CCCD của em đây {CCCD}" in restored["caption"]
    assert texts_in(tg, GROUP, CCCD) == [restored["caption"]]  # the photo, no second text
    audit = await tg.services.store.audit_for(item_id)
    assert any("restored with its photo" in entry.get("reason", "") for entry in audit), audit


async def test_a_redacted_photo_message_comes_back_as_masked_text_without_the_photo(
    tg: TelegramHarness,
) -> None:
    _, card = await held_photo(tg, f"Ảnh CCCD của em đây {CCCD}")

    await tg.press(OFFICER, card, "Che & đăng")

    (repost,) = await eventually(lambda: texts_in(tg, GROUP, "được quản trị viên duyệt"))
    assert "█" * len(CCCD) in repost
    assert CCCD not in repost
    assert photos_sent(tg, GROUP) == []


async def test_a_photo_telegram_no_longer_has_is_restored_as_text_with_a_note(
    tg: TelegramHarness,
) -> None:
    file_id, card = await held_photo(tg, f"Ảnh CCCD của em đây {CCCD}")
    del tg.fake.files[file_id]

    await tg.press(OFFICER, card, "Duyệt")

    (repost,) = await eventually(lambda: texts_in(tg, GROUP, CCCD))
    assert "Ảnh kèm theo không còn trên hệ thống" in repost
    assert [p["photo"] for p in photos_sent(tg, GROUP)] == [file_id]  # tried, refused
    assert [m for m in tg.fake.sent_to(GROUP["id"]) if "photo" in m] == []
    assert await eventually(lambda: tg.services.queue.failed_count() == 0)


async def test_a_caption_too_long_with_the_approval_line_follows_the_photo_as_text(
    tg: TelegramHarness,
) -> None:
    caption = f"Ảnh CCCD của em đây {CCCD}. " + "Bà con xem giúp. " * 57
    assert len(caption) <= 1024
    file_id, card = await held_photo(tg, caption)

    await tg.press(OFFICER, card, "Duyệt")

    (restored,) = await eventually(lambda: photos_sent(tg, GROUP))
    assert restored["photo"] == file_id
    assert "caption" not in restored
    (text,) = await eventually(lambda: texts_in(tg, GROUP, CCCD))
    assert text.startswith("Tin nhắn của")
    assert caption.strip() in text


async def test_the_group_notice_deletes_itself_after_notice_ttl_seconds(
    embedded_settings: Settings, redis_url: str
) -> None:
    async with scene(redis_url=redis_url, NOTICE_TTL_SECONDS=1) as tg:
        await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
        await eventually(lambda: texts_in(tg, GROUP, "tạm ẩn"))
        sent = next(
            c
            for c in tg.fake.requests("sendMessage")
            if c.params["chat_id"] == str(GROUP["id"]) and "tạm ẩn" in c.params["text"]
        )

        await eventually(lambda: texts_in(tg, GROUP, "tạm ẩn") == [], within=15)

        held_delete, notice_delete = tg.fake.requests("deleteMessage")
        assert int(held_delete.params["message_id"]) != int(notice_delete.params["message_id"])
        assert notice_delete.at - sent.at >= 1.0
        assert len(await held_items(tg)) == 1  # the item itself still waits for review


async def test_when_an_admin_posts_a_cccd_then_it_is_not_held_but_counted_in_dry_run_stats(
    tg: TelegramHarness,
) -> None:
    before = await dry_run_flags(tg)

    await tg.deliver(tg.fake.message_update(GROUP["id"], OFFICER, CCCD_TEXT))
    # An anonymous admin posts as the group itself (Telegram's @GroupAnonymousBot sends it).
    anonymous = tg.fake.message_update(
        GROUP["id"], ANONYMOUS_ADMIN, f"Thông báo: CCCD {CCCD}", extra={"sender_chat": GROUP}
    )
    await tg.deliver(anonymous)

    assert tg.fake.requests("deleteMessage") == []
    assert await held_items(tg) == []
    assert await dry_run_flags(tg) == before + 2


async def test_in_dry_run_a_members_leak_is_counted_and_left_in_place(tg: TelegramHarness) -> None:
    await tg.deliver(tg.fake.message_update(ADMIN_CHAT["id"], OFFICER, "/thunghiem bat"))
    await eventually(lambda: texts_in(tg, ADMIN_CHAT, "Đã BẬT chế độ thử nghiệm"))
    before = await dry_run_flags(tg)

    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))

    assert await dry_run_flags(tg) == before + 1
    assert tg.fake.requests("deleteMessage") == []
    assert await held_items(tg) == []


async def test_when_posting_the_card_meets_429_then_it_is_posted_after_the_given_time(
    tg: TelegramHarness,
) -> None:
    tg.fake.fail_next(
        "sendMessage",
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=ADMIN_CHAT["id"],
    )
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))

    card = await tg.card(ADMIN_CHAT["id"])
    first, second = [
        c for c in tg.fake.requests("sendMessage") if c.params["chat_id"] == str(ADMIN_CHAT["id"])
    ][-2:]
    assert first.params["text"] == second.params["text"] == card["text"]
    assert second.at - first.at >= 1.0
    assert len(texts_in(tg, ADMIN_CHAT, "🛡")) == 1


async def test_when_telegram_cannot_list_the_admins_the_last_list_stands_in(
    tg: TelegramHarness,
) -> None:
    await tg.deliver(tg.fake.message_update(GROUP["id"], OFFICER, CCCD_TEXT))
    assert await held_items(tg) == []  # an admin's message: counted, not held
    await tg.services.redis.delete(f"by:tg:admins:{GROUP['id']}")  # the short cache expires
    tg.fake.fail_next("getChatAdministrators", times=5)

    await tg.deliver(tg.fake.message_update(GROUP["id"], OFFICER, CCCD_TEXT))

    assert len(tg.fake.requests("getChatAdministrators")) >= 2  # asked, refused
    assert await held_items(tg) == []  # still known as an admin
    assert tg.fake.requests("deleteMessage") == []


async def test_a_member_is_still_held_while_telegram_cannot_list_the_admins(
    tg: TelegramHarness,
) -> None:
    tg.fake.fail_next("getChatAdministrators", times=5)

    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))

    assert len(await held_items(tg)) == 1

"""Admin chat set-up and commands through Telegram: /lienket, /start, /trangthai, /kiemtra,
/chinhsach, /thunghiem; several groups sharing one admin chat; photos sent in private."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from config.settings import Settings
from handlers.ports import IncomingMessage
from handlers.review.store import State
from tests.conftest import eventually
from tests.fakes.telegram_api import group, user
from tests.fakes.telegram_harness import TelegramHarness

GROUP = group(-1001000000500, "Tổ 7")
GROUP_2 = group(-1001000000600, "Tổ 8")
ADMIN_CHAT = group(-1001000000700, "Ban quản trị")
OFFICER = user(111, "Đỗ", "Công an viên")
DEPUTY = user(444, "Vũ", "Phó ban")  # admin of the admin chat, not of the groups
MEMBER = user(222, "Mai", "Hương")
CCCD_TEXT = "CCCD của em 001099012345 ạ"


@pytest.fixture
async def tg(embedded_settings: Settings) -> AsyncIterator[TelegramHarness]:
    async with TelegramHarness.running() as harness:
        harness.fake.add_group(GROUP, [OFFICER])
        harness.fake.add_group(GROUP_2, [OFFICER])
        harness.fake.add_group(ADMIN_CHAT, [OFFICER, DEPUTY])
        yield harness


async def say(tg: TelegramHarness, chat: dict, who: dict, text: str) -> str:
    """Post ``text`` and return the bot's newest reply in that chat."""
    before = len(tg.fake.sent_to(chat["id"]))
    await tg.deliver(tg.fake.message_update(chat["id"], who, text))
    replies = await eventually(lambda: tg.fake.sent_to(chat["id"])[before:])
    return replies[-1]["text"]  # type: ignore[index]


async def test_start_up_sets_the_vietnamese_commands_and_the_webhook_with_its_secret(
    tg: TelegramHarness,
) -> None:
    (hook,) = tg.fake.requests("setWebhook")
    assert hook.params["url"] == "https://binhyen.example.vn/telegram/webhook"
    assert hook.params["secret_token"]
    commands = {
        c["command"] for call in tg.fake.requests("setMyCommands") for c in call.params["commands"]
    }
    assert {"start", "lienket", "trangthai", "kiemtra", "chinhsach", "thunghiem"} <= commands


async def test_start_lists_the_commands(tg: TelegramHarness) -> None:
    tg.fake.add_private(MEMBER)
    reply = await say(tg, {"id": MEMBER["id"]}, MEMBER, "/start")
    for command in ("/lienket", "/trangthai", "/kiemtra", "/chinhsach", "/thunghiem"):
        assert command in reply


async def test_start_in_the_admin_chat_lists_the_commands_and_buttons(
    tg: TelegramHarness,
) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
    reply = await say(tg, ADMIN_CHAT, DEPUTY, "/start@BinhYenTestBot")
    for command in ("/lienket", "/trangthai", "/kiemtra", "/chinhsach", "/thunghiem", "duyet"):
        assert command in reply
    assert "113" in reply


async def test_lienket_binds_only_for_a_real_admin_of_the_group(tg: TelegramHarness) -> None:
    refused = await say(tg, ADMIN_CHAT, DEPUTY, f"/lienket {GROUP['id']}")
    assert "không phải quản trị viên" in refused
    assert await tg.services.bindings.admin_chats("telegram", str(GROUP["id"])) == []

    done = await say(tg, ADMIN_CHAT, OFFICER, f"/lienket@BinhYenTestBot {GROUP['id']}")
    assert "Đã liên kết nhóm Tổ 7" in done
    assert await tg.services.bindings.is_admin_chat("telegram", str(ADMIN_CHAT["id"]))


async def test_lienket_typed_in_the_group_tells_an_admin_its_id(tg: TelegramHarness) -> None:
    reply = await say(tg, GROUP, OFFICER, "/lienket")
    assert str(GROUP["id"]) in reply
    assert await tg.services.bindings.admin_chats("telegram", str(GROUP["id"])) == []


async def test_a_group_cannot_be_bound_to_itself(tg: TelegramHarness) -> None:
    reply = await say(tg, GROUP, OFFICER, f"/lienket {GROUP['id']}")
    assert "chính nó" in reply
    assert not await tg.services.bindings.is_admin_chat("telegram", str(GROUP["id"]))


async def test_a_leak_hidden_in_a_failed_lienket_is_still_moderated(tg: TelegramHarness) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, "/lienket 001099012345"))
    assert len(tg.fake.requests("deleteMessage")) == 1


async def test_several_groups_share_one_admin_chat(tg: TelegramHarness) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
    await tg.bind(OFFICER, GROUP_2["id"], ADMIN_CHAT["id"])
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    await tg.deliver(tg.fake.message_update(GROUP_2["id"], MEMBER, CCCD_TEXT))

    async def cards() -> list[dict]:
        found = [m for m in tg.fake.sent_to(ADMIN_CHAT["id"]) if m["text"].startswith("🛡")]
        return found if len(found) == 2 else []

    titles = {("Tổ 7" in c["text"], "Tổ 8" in c["text"]) for c in await eventually(cards)}
    assert titles == {(True, False), (False, True)}

    status = await say(tg, ADMIN_CHAT, OFFICER, "/trangthai")
    assert "Tin đang chờ duyệt: 2" in status
    assert "Tổ 7" in status
    assert "Tổ 8" in status

    which = await say(tg, ADMIN_CHAT, OFFICER, "/thunghiem bat")
    assert "nhiều nhóm" in which
    done = await say(tg, ADMIN_CHAT, OFFICER, "/thunghiem 2 bat")
    assert "Tổ 8" in done
    policy = await tg.services.policies.get("telegram", str(GROUP_2["id"]))
    assert policy.dry_run is True
    assert (await tg.services.policies.get("telegram", str(GROUP["id"]))).dry_run is False


async def test_kiemtra_tests_a_text_against_the_rules(tg: TelegramHarness) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
    flagged = await say(tg, ADMIN_CHAT, DEPUTY, f"/kiemtra {CCCD_TEXT}")
    assert "SẼ BỊ ẨN" in flagged
    assert "【001099012345】" in flagged
    clean = await say(tg, ADMIN_CHAT, DEPUTY, "/kiemtra Tối nay tuần tra khu phố")
    assert "KHÔNG vi phạm" in clean
    assert await tg.services.store.list_ids(state=State.HELD) == []


async def test_only_a_group_admin_changes_the_policy(tg: TelegramHarness) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])

    shown = await say(tg, ADMIN_CHAT, DEPUTY, "/chinhsach")
    assert "personal_data" in shown
    assert "hold" in shown

    refused = await say(tg, ADMIN_CHAT, DEPUTY, "/chinhsach personal_data alert")
    assert "Chỉ quản trị viên" in refused
    refused = await say(tg, ADMIN_CHAT, DEPUTY, "/thunghiem bat")
    assert "Chỉ quản trị viên" in refused
    assert (await tg.services.policies.get("telegram", str(GROUP["id"]))).modes == {}

    done = await say(tg, ADMIN_CHAT, OFFICER, "/chinhsach personal_data alert")
    assert "alert" in done
    # Alert mode: the message stays, the admins still get a card.
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    card = await tg.card(ADMIN_CHAT["id"])
    assert "vẫn hiển thị" in card["text"]
    assert tg.fake.requests("deleteMessage") == []


async def test_dry_run_reports_without_deleting(tg: TelegramHarness) -> None:
    await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
    done = await say(tg, ADMIN_CHAT, OFFICER, "/thunghiem bat")
    assert "BẬT" in done
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    assert tg.fake.requests("deleteMessage") == []
    assert await tg.services.store.list_ids(state=State.HELD) == []

    await say(tg, ADMIN_CHAT, OFFICER, "/thunghiem tat")
    await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
    assert len(tg.fake.requests("deleteMessage")) == 1


async def test_a_photo_sent_in_private_reaches_the_private_handler_with_its_bytes(
    tg: TelegramHarness,
) -> None:
    received: list[IncomingMessage] = []

    class Recorder:
        async def handle(self, msg: IncomingMessage) -> None:
            received.append(msg)

    tg.services.router.private = Recorder()
    tg.fake.add_private(MEMBER)
    photo = b"\xff\xd8\xff\xe0fake-jpeg-bytes"
    await tg.deliver(
        tg.fake.message_update(MEMBER["id"], MEMBER, caption="Ảnh xe lạ đỗ đầu ngõ", photo=photo)
    )
    (msg,) = received
    assert msg.chat_kind == "private"
    assert msg.text == "Ảnh xe lạ đỗ đầu ngõ"
    assert msg.attachments[0].kind == "photo"
    assert msg.attachments[0].data == photo

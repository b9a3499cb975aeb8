"""A Telegram group (or an admin chat) upgraded to a supergroup keeps its Bình Yên state.

Against the fake Bot API on a real Redis, in both receive modes. ``FakeTelegram.migrate`` does
what Telegram does: a new chat id, two service messages (``migrate_to_chat_id`` in the old
group, ``migrate_from_chat_id`` in the supergroup), and a 400 with
``parameters.migrate_to_chat_id`` for every later call to the old id. "Announced" tests deliver
the service messages; the others leave the bot to learn of the upgrade from that 400.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from config.settings import Settings
from moderation import Mode
from tests.conftest import eventually
from tests.fakes.telegram_api import basic_group, group
from tests.fakes.telegram_harness import TelegramHarness
from tests.fakes.telegram_scene import (
    ADMIN_CHAT,
    BYSTANDER,
    CCCD,
    CCCD_TEXT,
    GROUP,
    MEMBER,
    MODES,
    OFFICER,
    texts_in,
)

OLD_GROUP = basic_group(-4000000100, "Tổ dân phố 7")
NEW_GROUP = group(-1002000000100, "Tổ dân phố 7")
OLD_ADMIN = basic_group(-4000000200, "Ban quản trị phường")
NEW_ADMIN = group(-1002000000200, "Ban quản trị phường")
UPGRADED = "siêu nhóm"


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@asynccontextmanager
async def bound(
    mode: str, redis_url: str, residents: dict[str, Any], admins: dict[str, Any]
) -> AsyncIterator[TelegramHarness]:
    async with TelegramHarness.running(mode=mode, redis_url=redis_url) as tg:
        tg.fake.add_group(residents, [OFFICER])
        tg.fake.add_group(admins, [OFFICER, BYSTANDER])
        tg.fake.add_private(MEMBER)
        await tg.bind(OFFICER, residents["id"], admins["id"])
        yield tg


async def command(tg: TelegramHarness, admin_chat: dict[str, Any], text: str) -> str:
    """An officer's command in the admin chat; the bot's answer."""
    before = len(tg.fake.sent_to(admin_chat["id"]))
    await tg.deliver(tg.fake.message_update(admin_chat["id"], OFFICER, text))
    await eventually(lambda: len(tg.fake.sent_to(admin_chat["id"])) > before)
    return str(tg.fake.sent_to(admin_chat["id"])[-1]["text"])


async def upgrade(
    tg: TelegramHarness, old: dict[str, Any], new: dict[str, Any], *, from_first: bool = False
) -> None:
    """Telegram upgrades ``old``; both service messages arrive, each twice, in update order
    (long polling drops an update older than one already fetched)."""
    to, frm = tg.fake.migrate(old["id"], new["id"], OFFICER, from_first=from_first)
    for update in (frm, to) if from_first else (to, frm):
        await tg.deliver_twice(update)


async def test_when_a_bound_group_becomes_a_supergroup_then_its_leaks_reach_the_same_admin_chat(
    mode: str, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, OLD_GROUP, ADMIN_CHAT) as tg:
        answer = await command(tg, ADMIN_CHAT, "/chinhsach personal_data alert")
        assert "Đã đổi chính sách" in answer

        await upgrade(tg, OLD_GROUP, NEW_GROUP)
        await tg.deliver(tg.fake.message_update(NEW_GROUP["id"], MEMBER, CCCD_TEXT))

        card = await tg.card(ADMIN_CHAT["id"])
        assert f"【{CCCD}】" in card["text"]
        assert "Tổ dân phố 7" in card["text"]
        # The group's policy came along: alert only, nothing deleted.
        assert tg.fake.requests("deleteMessage") == []
        policy = await tg.services.policies.get("telegram", str(NEW_GROUP["id"]))
        assert policy.mode("personal_data") is Mode.ALERT
        assert str(NEW_GROUP["id"]) in await command(tg, ADMIN_CHAT, "/trangthai")


async def test_when_a_group_in_dry_run_becomes_a_supergroup_then_it_stays_in_dry_run(
    mode: str, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, OLD_GROUP, ADMIN_CHAT) as tg:
        assert "Đã BẬT" in await command(tg, ADMIN_CHAT, "/thunghiem bat")

        await upgrade(tg, OLD_GROUP, NEW_GROUP)
        await tg.deliver(tg.fake.message_update(NEW_GROUP["id"], MEMBER, CCCD_TEXT))

        assert tg.fake.requests("deleteMessage") == []
        assert await tg.services.store.list_ids() == []
        answer = await command(tg, ADMIN_CHAT, "/thunghiem")
        assert "đang BẬT" in answer
        assert str(NEW_GROUP["id"]) in answer


@pytest.mark.parametrize("from_first", [False, True], ids=["to-first", "from-first"])
async def test_when_both_announcements_arrive_twice_then_the_state_moves_once_and_admins_hear_once(
    mode: str, from_first: bool, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, OLD_GROUP, ADMIN_CHAT) as tg:
        await upgrade(tg, OLD_GROUP, NEW_GROUP, from_first=from_first)

        bindings = tg.services.bindings
        assert await bindings.admin_chats("telegram", str(NEW_GROUP["id"])) == [
            str(ADMIN_CHAT["id"])
        ]
        assert await bindings.groups_of("telegram", str(ADMIN_CHAT["id"])) == [
            str(NEW_GROUP["id"])
        ]
        assert await bindings.admin_chats("telegram", str(OLD_GROUP["id"])) == []
        assert await bindings.moves("telegram") == {str(OLD_GROUP["id"]): str(NEW_GROUP["id"])}
        told = await eventually(lambda: texts_in(tg, ADMIN_CHAT, UPGRADED))
        assert len(told) == 1  # type: ignore[arg-type]
        assert "Tổ dân phố 7" in told[0]  # type: ignore[index]
        assert "không cần liên kết lại" in told[0]  # type: ignore[index]
        # Nothing is said in the groups themselves.
        assert texts_in(tg, NEW_GROUP, UPGRADED) == []


@pytest.mark.parametrize("announced", [True, False], ids=["announced", "learnt-from-a-400"])
async def test_when_an_item_held_before_the_upgrade_is_approved_then_it_returns_in_the_supergroup(
    mode: str, announced: bool, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, OLD_GROUP, ADMIN_CHAT) as tg:
        await tg.deliver(tg.fake.message_update(OLD_GROUP["id"], MEMBER, CCCD_TEXT))
        card = await tg.card(ADMIN_CHAT["id"])
        await eventually(lambda: texts_in(tg, OLD_GROUP, "tạm ẩn"))

        to, frm = tg.fake.migrate(OLD_GROUP["id"], NEW_GROUP["id"], OFFICER)
        if announced:
            await tg.deliver(to)
            await tg.deliver(frm)
            # /trangthai counts the item under the group's new id.
            status = await command(tg, ADMIN_CHAT, "/trangthai")
            assert f"Tổ dân phố 7 ({NEW_GROUP['id']}): 1 tin chờ" in status
            assert "Tin đang chờ duyệt: 1" in status
        answer = await tg.press(OFFICER, card, "Duyệt")
        assert "Đã duyệt" in answer["text"]

        reposts = await eventually(lambda: texts_in(tg, NEW_GROUP, CCCD))
        assert "Nguyễn Văn An" in reposts[0]  # type: ignore[index]
        edited = await tg.card(ADMIN_CHAT["id"], decided=True)
        assert edited["message_id"] == card["message_id"]
        assert await tg.services.bindings.admin_chats("telegram", str(NEW_GROUP["id"])) == [
            str(ADMIN_CHAT["id"])
        ]
        assert len(await eventually(lambda: texts_in(tg, ADMIN_CHAT, UPGRADED))) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize("announced", [True, False], ids=["announced", "learnt-from-a-400"])
async def test_when_the_admin_chat_becomes_a_supergroup_then_cards_go_to_the_new_admin_chat(
    mode: str, announced: bool, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, GROUP, OLD_ADMIN) as tg:
        to, frm = tg.fake.migrate(OLD_ADMIN["id"], NEW_ADMIN["id"], OFFICER, from_first=True)
        if announced:
            await tg.deliver(frm)
            await tg.deliver(to)

        await tg.deliver(tg.fake.message_update(GROUP["id"], MEMBER, CCCD_TEXT))
        card = await tg.card(NEW_ADMIN["id"])
        assert f"【{CCCD}】" in card["text"]

        # The card is the new admin chat's: a decision there edits it in place.
        answer = await tg.press(OFFICER, card, "Từ chối")
        assert "Đã từ chối" in answer["text"]
        edited = await tg.card(NEW_ADMIN["id"], decided=True)
        assert edited["message_id"] == card["message_id"]

        assert await tg.services.bindings.admin_chats("telegram", str(GROUP["id"])) == [
            str(NEW_ADMIN["id"])
        ]
        told = await eventually(lambda: texts_in(tg, NEW_ADMIN, UPGRADED))
        assert len(told) == 1  # type: ignore[arg-type]


async def test_when_an_admin_binds_with_the_old_group_id_then_the_supergroup_is_bound(
    mode: str, embedded_settings: Settings, redis_url: str
) -> None:
    async with bound(mode, redis_url, OLD_GROUP, ADMIN_CHAT) as tg:
        await upgrade(tg, OLD_GROUP, NEW_GROUP)
        tg.fake.add_group(OLD_ADMIN, [OFFICER])

        answer = await command(tg, OLD_ADMIN, f"/lienket {OLD_GROUP['id']}")

        assert "Đã liên kết" in answer
        assert str(NEW_GROUP["id"]) in answer
        bindings = tg.services.bindings
        assert await bindings.groups_of("telegram", str(OLD_ADMIN["id"])) == [str(NEW_GROUP["id"])]
        assert await bindings.admin_chats("telegram", str(OLD_GROUP["id"])) == []

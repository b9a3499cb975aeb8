"""One Telegram set-up shared by the integration tests: a residents' group, the officers' admin
chat bound to it, an officer (admin of both), a member and a bystander, in either receive mode.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from handlers.review.store import State
from tests.fakes.telegram_api import group, user
from tests.fakes.telegram_harness import TelegramHarness

MODES = ("webhook", "polling")
GROUP = group(-1001000000100, "Tổ dân phố 3")
ADMIN_CHAT = group(-1001000000200, "Ban quản trị Công an xã")
OFFICER = user(111, "Lê", "Trưởng Công an")
MEMBER = user(222, "Nguyễn Văn", "An")
BYSTANDER = user(333, "Trần", "Bình")  # in the admin chat, not an admin of the group
CCCD = "001099012345"
CCCD_TEXT = f"Số căn cước của tôi là {CCCD}, nhờ mọi người xác minh giúp"
LABELS = ["Duyệt", "Từ chối", "Che & đăng", "Cảnh cáo tác giả", "Vì sao?"]


@asynccontextmanager
async def scene(
    *,
    mode: str = "webhook",
    redis_url: str | None = None,
    bot_can_delete: bool = True,
    member_started: bool = True,
    **settings: Any,
) -> AsyncIterator[TelegramHarness]:
    """The product running against the fake Bot API, the group already bound."""
    async with TelegramHarness.running(mode=mode, redis_url=redis_url, **settings) as tg:
        tg.fake.add_group(GROUP, [OFFICER], bot_can_delete=bot_can_delete)
        tg.fake.add_group(ADMIN_CHAT, [OFFICER, BYSTANDER])
        if member_started:
            tg.fake.add_private(MEMBER)
        await tg.bind(OFFICER, GROUP["id"], ADMIN_CHAT["id"])
        yield tg


async def held_items(tg: TelegramHarness) -> list[str]:
    return await tg.services.store.list_ids(state=State.HELD)


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for row in message["reply_markup"]["inline_keyboard"] for b in row]


def texts_in(tg: TelegramHarness, chat: dict[str, Any], needle: str) -> list[str]:
    """Texts (or captions) of the bot's live messages in ``chat`` containing ``needle``."""
    return [
        m.get("text") or m.get("caption") or ""
        for m in tg.fake.sent_to(chat["id"])
        if needle in (m.get("text") or m.get("caption") or "")
    ]

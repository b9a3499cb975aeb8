"""The Zalo Bot API channel end to end: the whole app against a fake Zalo Bot API server."""

from __future__ import annotations

import base64
import json
import logging
import re
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.channels.zalo import WEBHOOK_PATH, ZaloBotChannel
from bot.channels.zalo_common import DEFAULT_RETRY_AFTER
from bot.compose import Services, build_services
from config.settings import Settings
from handlers.ports import ChannelError, ChatKind, IncomingMessage, RetryAfter
from handlers.review.store import State
from tests.conftest import eventually
from tests.fakes.engine import FakeEngine
from tests.fakes.zalo_bot_api import PHOTO, TOKEN, FakeZaloBot, image_update, text_update, wrapped

ADMIN = "admin-zalo-1"
SECRET = "zalo-webhook-secret-123"
WEBHOOK_URL = "https://binhyen.example.vn/webhooks/zalo"
GROUP = "nhom-zalo-1"
CCCD_TEXT = "@Bình Yên Số căn cước của tôi là 001099012345, nhờ mọi người xác minh giúp"
CARD = re.compile(r"Tin #(\d+) cần xem xét")


class Harness:
    def __init__(self, fake: FakeZaloBot, client: TestClient, services: Services) -> None:
        self.fake = fake
        self.client = client
        self.services = services

    @property
    def channel(self) -> ZaloBotChannel:
        channel = self.services.channels["zalo"]
        assert isinstance(channel, ZaloBotChannel)
        return channel

    async def post(self, body: Any, *, secret: str | None = SECRET) -> ClientResponse:
        headers = {"X-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return await self.client.post(WEBHOOK_PATH, json=body, headers=headers)

    def cards(self) -> list[str]:
        return [t for t in self.fake.sent(ADMIN) if CARD.search(t)]


@asynccontextmanager
async def running(
    *, mode: str = "webhook", engine: Any = None, **extra: Any
) -> AsyncIterator[Harness]:
    fake = FakeZaloBot()
    await fake.start()
    env: dict[str, Any] = {
        "ZALO_BOT_TOKEN": TOKEN,
        "ZALO_API_URL": fake.url,
        "ZALO_ADMIN_IDS": ADMIN,
        "ZALO_POLL_TIMEOUT": 1,
        "SIM_ENABLED": False,
        "NOTICE_TTL_SECONDS": 0,
        **extra,
    }
    if mode == "webhook":
        env |= {"ZALO_WEBHOOK_URL": WEBHOOK_URL, "ZALO_WEBHOOK_SECRET": SECRET}
    settings = Settings(**env)
    services = await build_services(settings, engine=engine)
    client = TestClient(TestServer(await create_app(settings, services)))
    await client.start_server()
    try:
        yield Harness(fake, client, services)
    finally:
        await client.close()
        await fake.close()


@pytest.fixture
async def zalo(embedded_settings: Settings) -> AsyncIterator[Harness]:
    async with running(engine=FakeEngine()) as harness:
        yield harness


def group_leak(message_id: str = "g-1", text: str = CCCD_TEXT) -> dict[str, Any]:
    return text_update(text, chat_id=GROUP, chat_type="GROUP", message_id=message_id)


async def test_on_startup_in_webhook_mode_the_webhook_is_set_with_the_secret(
    zalo: Harness,
) -> None:
    assert zalo.fake.webhook is not None
    assert zalo.fake.webhook["url"] == WEBHOOK_URL
    assert zalo.fake.method_calls("setWebhook")[0]["secret_token"] == SECRET
    assert zalo.fake.get_updates_calls == 0


async def test_when_the_secret_is_wrong_or_missing_then_401_and_nothing_is_stored(
    zalo: Harness,
) -> None:
    for secret in ("wrong-secret-123", None, ""):
        resp = await zalo.post(wrapped(group_leak()), secret=secret)
        assert resp.status == 401
    assert await zalo.services.store.count(State.HELD) == 0
    assert await zalo.services.redis.keys("zalo:*") == []
    assert zalo.fake.sent() == []


async def test_when_a_body_is_too_large_or_not_an_update_then_it_is_refused(
    zalo: Harness,
) -> None:
    huge = text_update("x" * 300_000)
    assert (await zalo.post(huge)).status == 413
    assert (await zalo.post({"ok": True, "result": {"hello": 1}})).status == 400
    assert zalo.fake.sent() == []


async def test_wrapped_and_unwrapped_bodies_are_both_accepted(zalo: Harness) -> None:
    assert (await zalo.post(wrapped(text_update("Chào bot", message_id="p-1")))).status == 200
    assert (await zalo.post(text_update("Chào lần nữa", message_id="p-2"))).status == 200
    assert len(zalo.fake.sent("dan1")) == 2


async def test_a_private_message_reaches_the_router_and_the_reply_goes_back_by_sendmessage(
    zalo: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[IncomingMessage] = []
    on_message = zalo.services.router.on_message

    async def spy(msg: IncomingMessage) -> Any:
        seen.append(msg)
        return await on_message(msg)

    monkeypatch.setattr(zalo.services.router, "on_message", spy)
    tip = "Báo tin: có người lạ hay lảng vảng đầu ngõ 5 vào ban đêm"
    assert (await zalo.post(wrapped(text_update(tip, user_id="dan7")))).status == 200
    assert [(m.chat_kind, m.chat_id, m.text) for m in seen] == [(ChatKind.PRIVATE, "dan7", tip)]
    assert zalo.fake.sent("dan7"), "the private chat got no answer"
    assert all(1 <= len(t) <= 2000 for t in zalo.fake.sent("dan7"))


async def test_a_private_photo_is_downloaded_into_the_message(
    zalo: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[IncomingMessage] = []

    async def spy(msg: IncomingMessage) -> None:
        seen.append(msg)

    monkeypatch.setattr(zalo.services.router, "on_message", spy)
    update = image_update(f"{zalo.fake.url}/files/anh.jpg", caption="Ảnh biển số xe lạ")
    assert (await zalo.post(update)).status == 200
    (msg,) = seen
    assert msg.text == "Ảnh biển số xe lạ"
    assert [(a.kind, a.data) for a in msg.attachments] == [("photo", PHOTO)]


async def test_a_group_leak_in_alert_mode_tells_the_admins_and_asks_the_author(
    zalo: Harness,
) -> None:
    assert (await zalo.post(wrapped(group_leak()))).status == 200
    cards = await eventually(zalo.cards)
    assert "001099012345" in cards[0]
    assert "tin vẫn hiển thị trong nhóm cho tới khi quản trị viên gỡ tin" in cards[0]
    assert "chỉ thấy tin nhắc tới bot" in cards[0]
    assert "duyet " in cards[0]
    asked = await eventually(lambda: [t for t in zalo.fake.sent("dan1") if "thu hồi" in t])
    assert len(asked) == 1
    item = (await zalo.services.store.items(await zalo.services.store.list_ids()))[0]
    assert (item.mode, item.taken) == ("alert", "kept")


async def test_an_admin_approves_from_the_private_console_with_duyet(zalo: Harness) -> None:
    await zalo.post(group_leak())
    (card,) = await eventually(zalo.cards)
    number = CARD.search(card).group(1)  # type: ignore[union-attr]
    await zalo.post(text_update(f"duyet {number}", user_id=ADMIN, name="Trưởng Công an xã"))
    replies = [t for t in zalo.fake.sent(ADMIN) if f"(tin #{number})" in t]
    assert replies and "Đã duyệt" in replies[0]
    item = await zalo.services.store.get(number)
    assert item is not None and item.claim is not None
    assert item.claim.actor_name == "Trưởng Công an xã"

    # A member typing the same command in their private chat is refused.
    await zalo.post(text_update(f"tuchoi {number}", user_id="dan1"))
    assert (await zalo.services.store.get(number)).claim.verdict == item.claim.verdict  # type: ignore[union-attr]


async def test_when_an_event_is_delivered_twice_then_there_is_one_item_and_one_card(
    zalo: Harness,
) -> None:
    for body in (wrapped(group_leak("dup-1")), group_leak("dup-1")):
        assert (await zalo.post(body)).status == 200
    await eventually(zalo.cards)
    assert len(await zalo.services.store.list_ids()) == 1
    assert len(zalo.cards()) == 1


async def test_when_sendmessage_answers_429_then_the_card_is_sent_after_the_backoff(
    zalo: Harness,
) -> None:
    zalo.fake.rate_limited = ["1"]
    await zalo.post(group_leak())
    await eventually(zalo.cards, within=20)
    assert len(zalo.cards()) == 1


async def test_a_429_maps_to_retry_after_from_the_header_or_a_default(zalo: Harness) -> None:
    zalo.fake.rate_limited = ["7", None]
    with pytest.raises(RetryAfter) as first:
        await zalo.channel.send_message("dan1", "xin chào")
    assert first.value.seconds == 7
    with pytest.raises(RetryAfter) as second:
        await zalo.channel.send_message("dan1", "xin chào")
    assert second.value.seconds == DEFAULT_RETRY_AFTER


async def test_long_texts_are_split_into_messages_of_at_most_2000_characters(
    zalo: Harness,
) -> None:
    text = "\n".join(f"Dòng {i}: " + "nội dung báo cáo " * 8 for i in range(60))
    await zalo.channel.send_message("dan1", text)
    pieces = zalo.fake.sent("dan1")
    assert len(pieces) > 1
    assert all(1 <= len(p) <= 2000 for p in pieces)
    assert "".join(pieces) == text


async def test_deleting_and_editing_are_refused_and_unreachable_users_are_reported(
    zalo: Harness,
) -> None:
    with pytest.raises(ChannelError):
        await zalo.channel.delete_message(GROUP, "1")
    with pytest.raises(ChannelError):
        await zalo.channel.edit_message(GROUP, "1", "x")
    zalo.fake.unreachable.add("dan9")
    from handlers.ports import Unreachable

    with pytest.raises(Unreachable):
        await zalo.channel.send_private("dan9", "xin chào")


async def test_the_token_never_appears_in_errors_or_logs(
    embedded_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with running(ZALO_API_URL="http://127.0.0.1:9") as zalo:
        with pytest.raises(ChannelError) as failure:
            await zalo.channel.send_message("dan1", "xin chào")
        wrong = ZaloBotChannel(
            zalo.services.redis, token=TOKEN, api_url="http://[::1:bad", admin_ids=()
        )
        with pytest.raises(ChannelError) as invalid:
            await wrong.call("getMe")
        await wrong.close()
    for exc in (failure.value, invalid.value):
        assert TOKEN not in "".join(traceback.format_exception(exc))
    assert TOKEN not in caplog.text
    assert TOKEN.split(":")[1] not in caplog.text


async def test_long_polling_treats_408_as_no_update_and_loops_on(
    embedded_settings: Settings,
) -> None:
    async with running(mode="polling", engine=FakeEngine()) as zalo:
        await eventually(lambda: zalo.fake.timeouts_answered >= 2)
        await zalo.fake.updates.put(text_update("Chào bot", user_id="dan3"))
        await eventually(lambda: zalo.fake.sent("dan3"))
        await zalo.fake.updates.put(group_leak("poll-1"))
        await eventually(zalo.cards)
        assert zalo.fake.method_calls("deleteWebhook")
        assert zalo.fake.method_calls("setWebhook") == []
        calls = zalo.fake.get_updates_calls
        await eventually(lambda: zalo.fake.get_updates_calls > calls)


async def test_with_the_real_engine_a_cccd_in_a_group_reaches_the_admin_console(
    embedded_settings: Settings,
) -> None:
    async with running() as zalo:
        await zalo.post(wrapped(text_update("Chào cả nhà", chat_id=GROUP, chat_type="GROUP")))
        await zalo.post(wrapped(group_leak("real-1")))
        cards = await eventually(zalo.cards)
        assert len(cards) == 1 and "001099012345" in cards[0]


async def test_an_admin_rejects_from_the_private_console_with_tuchoi_and_the_author_is_told(
    zalo: Harness,
) -> None:
    await zalo.post(group_leak("rej-1"))
    (card,) = await eventually(zalo.cards)
    number = CARD.search(card).group(1)  # type: ignore[union-attr]
    listed = await zalo.post(text_update("ds", user_id=ADMIN))
    assert listed.status == 200
    assert any(f"#{number} · {GROUP}" in t for t in zalo.fake.sent(ADMIN))

    await zalo.post(text_update(f"tuchoi {number}", user_id=ADMIN, name="Trưởng Công an xã"))
    replies = [t for t in zalo.fake.sent(ADMIN) if f"(tin #{number})" in t]
    assert replies and "Đã từ chối" in replies[0]
    # The message is still in the group (no bot can delete there): the author is asked.
    told = await eventually(
        lambda: [t for t in zalo.fake.sent("dan1") if "thu hồi tin nhắn đó" in t]
    )
    assert len(told) == 1
    item = await zalo.services.store.get(number)
    assert item is not None and item.claim is not None and str(item.claim.verdict) == "reject"


TIP_KEY = base64.urlsafe_b64encode(bytes(range(32))).decode()
REPORTER = {"id": "reporter-7391", "name": "Lò Thị Hiền"}
TIP = "Tối nay có nhóm thanh niên tụ tập đua xe ở đầu cầu thôn 3, mang theo hung khí."
FOLLOW_UP = "Khoảng mười người, đi xe máy không gắn biển."
REPLY = "Cảm ơn bạn. Nhóm đó thường đi hướng nào khi giải tán?"
CODE = re.compile(r"TB-[A-Z0-9]{4}")


async def test_a_tip_reaches_the_admins_anonymously_and_the_traloi_reply_comes_back(
    embedded_settings: Settings,
) -> None:
    async with running(engine=FakeEngine(), BINHYEN_SECRET_KEY=TIP_KEY) as zalo:
        reporter = REPORTER["id"]

        def tip(text: str) -> dict[str, Any]:
            return text_update(text, user_id=reporter, name=REPORTER["name"])

        assert (await zalo.post(wrapped(tip(TIP)))).status == 200
        opened = await eventually(lambda: [t for t in zalo.fake.sent(reporter) if "Mã tin" in t])
        code = CODE.search(opened[0]).group(0)  # type: ignore[union-attr, index]
        new = await eventually(lambda: [t for t in zalo.fake.sent(ADMIN) if code in t])
        assert TIP in new[0] and f"traloi {code}" in new[0]

        await zalo.post(text_update(f"traloi {code} {REPLY}", user_id=ADMIN, name="Cán bộ Hà"))
        relayed = [t for t in zalo.fake.sent(reporter) if REPLY in t]
        assert len(relayed) == 1 and code in relayed[0]
        assert any(f"Đã gửi trả lời tới người báo tin {code}" in t for t in zalo.fake.sent(ADMIN))

        await zalo.post(tip(FOLLOW_UP))
        await eventually(lambda: [t for t in zalo.fake.sent(ADMIN) if FOLLOW_UP in t])

        # What the admins received names the case, never the reporter.
        to_admins = [
            json.dumps(p, ensure_ascii=False)
            for m, p in zalo.fake.calls
            if m.startswith("send") and p.get("chat_id") != reporter
        ]
        assert to_admins
        for value in (reporter, REPORTER["name"], "Lo Thi Hien"):
            assert not [p for p in to_admins if value.lower() in p.lower()], value

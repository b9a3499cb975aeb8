"""The Zalo Official Account channel: the whole app against a fake Zalo OA server.

Group messages come as signed webhooks; nothing can delete a member's message, so a leak is
handled in alert mode. Access tokens expire and refresh tokens work once: the refresh tests
run on the real Redis (``TEST_REDIS_DB``), where the lock is the one production uses.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from redis.asyncio import Redis

from bot.app import create_app
from bot.channels.zalo_common import DEFAULT_RETRY_AFTER, LazySession
from bot.channels.zalo_oa import WEBHOOK_PATH, ZaloOAChannel
from bot.channels.zalo_oa_tokens import KEY as TOKENS_KEY
from bot.channels.zalo_oa_tokens import OATokens
from bot.compose import Services, build_services
from config.settings import Settings
from handlers.ports import ChannelError, RetryAfter, Unreachable
from handlers.review.store import State
from tests.conftest import eventually
from tests.fakes.engine import FakeEngine
from tests.fakes.zalo_oa_api import (
    APP_ID,
    APP_SECRET,
    OA_SECRET_KEY,
    FakeZaloOA,
    event,
    signature,
)

ADMIN = "admin-oa-1"
ADMIN_GROUP = "nhom-can-bo"
GROUP = "nhom-thon-3"
LINK = "https://zalo.me/g/thon3abc"
MEMBER = "dan-oa-1"
CCCD_TEXT = "Số căn cước của tôi là 001099012345, nhờ mọi người xác minh giúp"
CARD = re.compile(r"Tin #(\d+) cần xem xét")


class Harness:
    def __init__(self, fake: FakeZaloOA, client: TestClient, services: Services) -> None:
        self.fake = fake
        self.client = client
        self.services = services

    @property
    def channel(self) -> ZaloOAChannel:
        channel = self.services.channels["zalo_oa"]
        assert isinstance(channel, ZaloOAChannel)
        return channel

    async def post(self, raw: bytes, headers: dict[str, str]) -> ClientResponse:
        return await self.client.post(WEBHOOK_PATH, data=raw, headers=headers)

    async def say(
        self, text: str, *, group: str = GROUP, sender: str = MEMBER, msg_id: str | None = None
    ) -> ClientResponse:
        raw, headers = event(
            "user_send_group_text", sender=sender, recipient=group, text=text, msg_id=msg_id
        )
        return await self.post(raw, headers)

    def cards(self, **where: str) -> list[str]:
        return [t for t in self.fake.texts(**where) if CARD.search(t)]


@asynccontextmanager
async def running(*, engine: Any = None, **extra: Any) -> AsyncIterator[Harness]:
    fake = FakeZaloOA()
    await fake.start()
    env: dict[str, Any] = {
        "ZALO_OA_APP_ID": APP_ID,
        "ZALO_OA_APP_SECRET": APP_SECRET,
        "ZALO_OA_SECRET_KEY": OA_SECRET_KEY,
        "ZALO_OA_ACCESS_TOKEN": fake.access_token,
        "ZALO_OA_REFRESH_TOKEN": fake.refresh_token,
        "ZALO_OA_API_URL": fake.url,
        "ZALO_OA_OAUTH_URL": fake.url,
        "ZALO_OA_ADMIN_IDS": ADMIN,
        "ZALO_OA_ADMIN_GROUP": ADMIN_GROUP,
        "ZALO_OA_GROUP_LINKS": f"{GROUP}={LINK}",
        "SIM_ENABLED": False,
        "NOTICE_TTL_SECONDS": 0,
        **extra,
    }
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
async def oa(embedded_settings: Settings) -> AsyncIterator[Harness]:
    async with running(engine=FakeEngine()) as harness:
        yield harness


def resign(body: dict[str, Any], **kwargs: Any) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body, ensure_ascii=False).encode()
    return raw, {"X-ZEvent-Signature": signature(raw, timestamp=body["timestamp"], **kwargs)}


# -- the webhook ---------------------------------------------------------------------------


async def test_when_the_signature_is_wrong_or_missing_then_401_and_nothing_is_stored(
    oa: Harness,
) -> None:
    raw, headers = event("user_send_group_text", sender=MEMBER, recipient=GROUP, text=CCCD_TEXT)
    body = json.loads(raw)
    stale = dict(body, timestamp=str(int((time.time() - 3 * 86400) * 1000)))
    refused = [
        (raw, {}),  # no signature at all
        (raw, {"X-ZEvent-Signature": ""}),
        (raw, {"X-ZEvent-Signature": "mac=" + "0" * 64}),
        (raw, {"X-ZEvent-Signature": signature(raw, timestamp="1", key=OA_SECRET_KEY)}),
        (raw, {"X-ZEvent-Signature": signature(raw, timestamp=body["timestamp"], key="other")}),
        # Signed correctly, then changed on the way.
        (raw.replace(b"001099012345", b"001099099999"), headers),
        # Another app's event, signed with its own app id.
        resign(dict(body, app_id="999"), app_id="999"),
        # Correctly signed but days old: a replay that dedupe could no longer recognise.
        resign(stale),
    ]
    for data, given in refused:
        resp = await oa.post(data, {"Content-Type": "application/json", **given})
        assert resp.status == 401, given
    assert await oa.services.store.count(State.HELD) == 0
    assert await oa.services.redis.keys("zalo_oa:seen:*") == []
    assert oa.fake.sent == []

    # The same event, untouched, is accepted.
    assert (await oa.post(raw, headers)).status == 200
    await eventually(lambda: oa.cards(group=ADMIN_GROUP))


async def test_a_group_leak_alerts_the_admins_at_once_and_asks_the_author_to_withdraw(
    oa: Harness,
) -> None:
    assert (await oa.say(CCCD_TEXT, msg_id="leak-1")).status == 200

    for where in ({"group": ADMIN_GROUP}, {"user": ADMIN}):
        (card,) = await eventually(lambda where=where: oa.cards(**where))  # type: ignore[misc]
        assert "【001099012345】" in card
        assert f"Liên kết: {LINK}" in card
        assert "tin vẫn hiển thị trong nhóm cho tới khi quản trị viên gỡ tin" in card
        assert "trong ứng dụng Zalo" in card
        assert "duyet " in card and "tuchoi " in card
    asked = await eventually(lambda: [t for t in oa.fake.texts(user=MEMBER) if "thu hồi" in t])
    assert len(asked) == 1
    # Nothing was posted in the group itself: the member's message is not hidden.
    assert oa.fake.texts(group=GROUP) == []
    (item,) = await oa.services.store.items(await oa.services.store.list_ids())
    assert (item.mode, item.taken, item.link) == ("alert", "kept", LINK)


async def test_when_an_event_is_delivered_twice_then_there_is_one_item_and_one_card(
    oa: Harness,
) -> None:
    raw, headers = event(
        "user_send_group_text", sender=MEMBER, recipient=GROUP, text=CCCD_TEXT, msg_id="dup-1"
    )
    for _ in range(3):
        assert (await oa.post(raw, headers)).status == 200
    await eventually(lambda: oa.cards(group=ADMIN_GROUP))
    await eventually(lambda: [t for t in oa.fake.texts(user=MEMBER) if "thu hồi" in t])
    assert len(await oa.services.store.list_ids()) == 1
    assert len(oa.cards(group=ADMIN_GROUP)) == 1
    assert len(oa.fake.texts(user=MEMBER)) == 1


async def test_an_admin_rejects_from_the_admin_group_and_a_member_cannot(oa: Harness) -> None:
    await oa.say(CCCD_TEXT)
    (card,) = await eventually(lambda: oa.cards(group=ADMIN_GROUP))
    number = CARD.search(card).group(1)  # type: ignore[union-attr]

    await oa.say(f"tuchoi {number}", group=ADMIN_GROUP, sender=MEMBER)
    refused = [t for t in oa.fake.texts(group=ADMIN_GROUP) if "không phải quản trị viên" in t]
    assert refused
    assert (await oa.services.store.get(number)).claim is None  # type: ignore[union-attr]

    await oa.say(f"tuchoi {number}", group=ADMIN_GROUP, sender=ADMIN)
    done = [t for t in oa.fake.texts(group=ADMIN_GROUP) if f"(tin #{number})" in t]
    assert done and "Đã từ chối" in done[0]
    # Zalo lets no bot remove it: the author is asked to withdraw, not told it was removed.
    told = await eventually(
        lambda: [t for t in oa.fake.texts(user=MEMBER) if "quản trị viên đã xác định" in t]
    )
    assert len(told) == 1
    assert "thu hồi tin nhắn đó" in told[0]
    assert not [t for t in oa.fake.texts(user=MEMBER) if "không được đăng lại" in t]


async def test_when_the_send_answers_429_then_the_card_is_sent_after_the_backoff(
    oa: Harness,
) -> None:
    oa.fake.rate_limited = 1
    await oa.say(CCCD_TEXT)
    await eventually(lambda: oa.cards(group=ADMIN_GROUP), within=20)
    assert len(oa.cards(group=ADMIN_GROUP)) == 1
    assert oa.fake.attempts > len(oa.fake.sent)  # the refused attempt happened


async def test_rate_limits_map_to_retry_after_from_the_status_or_the_error_code(
    oa: Harness,
) -> None:
    oa.fake.rate_limited = 1
    with pytest.raises(RetryAfter) as by_status:
        await oa.channel.send_message(GROUP, "Thông báo họp thôn")
    assert by_status.value.seconds == 2  # the Retry-After header

    oa.fake.rate_limited, oa.fake.rate_limit_in_body = 1, True
    with pytest.raises(RetryAfter) as by_code:
        await oa.channel.send_message(GROUP, "Thông báo họp thôn")
    assert by_code.value.seconds == DEFAULT_RETRY_AFTER
    # A rate limit is not "unreachable": the caller retries instead of giving up on the user.
    oa.fake.rate_limited = 1
    with pytest.raises(RetryAfter):
        await oa.channel.send_private(MEMBER, "xin chào")
    assert oa.fake.sent == []


async def test_a_user_who_cannot_be_messaged_is_reported_unreachable(oa: Harness) -> None:
    oa.fake.unreachable.add(MEMBER)
    with pytest.raises(Unreachable):
        await oa.channel.send_private(MEMBER, "xin chào")
    with pytest.raises(ChannelError):
        await oa.channel.delete_message(GROUP, "1")


# -- access tokens -------------------------------------------------------------------------


async def test_an_expired_access_token_is_refreshed_once_and_the_call_succeeds(
    oa: Harness,
) -> None:
    spent = oa.fake.refresh_token
    oa.fake.expire_access_token()
    await oa.channel.send_message(GROUP, "Thông báo họp thôn")
    assert oa.fake.texts(group=GROUP) == ["Thông báo họp thôn"]
    assert oa.fake.refresh_calls == 1
    assert spent in oa.fake.spent

    stored = json.loads(await oa.services.redis.get(TOKENS_KEY))
    assert stored["access_token"] == oa.fake.access_token
    assert stored["refresh_token"] == oa.fake.refresh_token
    assert stored["expires_at"] > time.time() + 3600

    await oa.channel.send_message(GROUP, "Lần hai")
    assert oa.fake.refresh_calls == 1  # the new token is used as it is


def two_processes(redis_url: str, fake: FakeZaloOA, seed: tuple[str, str]) -> list[OATokens]:
    """Token stores as two separate processes would have them: own Redis client and HTTP."""
    return [
        OATokens(
            Redis.from_url(redis_url),
            LazySession(),
            app_id=APP_ID,
            app_secret=APP_SECRET,
            oauth_url=fake.url,
            seed_access=seed[0],
            seed_refresh=seed[1],
        )
        for _ in range(2)
    ]


@pytest.fixture
async def fake_oa() -> AsyncIterator[FakeZaloOA]:
    fake = FakeZaloOA()
    fake.refresh_delay = 0.2  # a slow round trip leaves room for every racer to arrive
    await fake.start()
    yield fake
    await fake.close()


async def close(stores: list[OATokens]) -> None:
    for store in stores:
        await store.http.close()
        await store.redis.aclose()


async def test_concurrent_refreshes_in_two_processes_spend_the_refresh_token_once(
    redis_url: str, fake_oa: FakeZaloOA
) -> None:
    stores = two_processes(redis_url, fake_oa, (fake_oa.access_token, fake_oa.refresh_token))
    try:
        old = await stores[0].current()
        fake_oa.expire_access_token()
        got = await asyncio.gather(*(s.refresh(stale=old) for s in stores for _ in range(4)))
        assert fake_oa.refresh_calls == 1
        assert set(got) == {fake_oa.access_token}
        assert sum(s.refreshes for s in stores) == 1
        assert await stores[1].current() == fake_oa.access_token
    finally:
        await close(stores)


async def test_many_calls_failing_on_an_expired_token_trigger_one_refresh(
    embedded_settings: Settings,
) -> None:
    async with running(engine=FakeEngine()) as oa:
        oa.fake.expire_access_token()
        await asyncio.gather(*(oa.channel.send_message(GROUP, f"tin {i}") for i in range(6)))
        assert oa.fake.refresh_calls == 1
        assert sorted(oa.fake.texts(group=GROUP)) == sorted(f"tin {i}" for i in range(6))


async def test_a_token_about_to_expire_is_refreshed_before_the_call(
    redis_url: str, fake_oa: FakeZaloOA
) -> None:
    stores = two_processes(redis_url, fake_oa, (fake_oa.access_token, fake_oa.refresh_token))
    try:
        await stores[0].refresh(stale=await stores[0].current())
        assert fake_oa.refresh_calls == 1
        stored = json.loads(await stores[0].redis.get(TOKENS_KEY))
        stored["expires_at"] = time.time() + 60  # inside the early-refresh margin
        await stores[0].redis.set(TOKENS_KEY, json.dumps(stored))
        token = await stores[1].current()
        assert fake_oa.refresh_calls == 2
        assert token == fake_oa.access_token
    finally:
        await close(stores)


async def test_new_tokens_in_the_settings_replace_the_stored_pair_and_old_ones_do_not(
    redis_url: str, fake_oa: FakeZaloOA
) -> None:
    first_seed = (fake_oa.access_token, fake_oa.refresh_token)
    (before, _) = two_processes(redis_url, fake_oa, first_seed)
    try:
        await before.refresh(stale=await before.current())
        refreshed = fake_oa.access_token
    finally:
        await close([before])

    # A restart with the same (now spent) settings keeps the refreshed pair.
    (restarted, _) = two_processes(redis_url, fake_oa, first_seed)
    try:
        assert await restarted.current() == refreshed
    finally:
        await close([restarted])

    # An admin authorised the app again: the new tokens in the settings win.
    (reauthorised, _) = two_processes(redis_url, fake_oa, ("oa-access-new", "oa-refresh-new"))
    try:
        assert await reauthorised.current() == "oa-access-new"
        stored = json.loads(await reauthorised.redis.get(TOKENS_KEY))
        assert stored["refresh_token"] == "oa-refresh-new"
    finally:
        await close([reauthorised])


async def test_a_spent_refresh_token_fails_clearly_and_no_token_reaches_logs_or_errors(
    redis_url: str, fake_oa: FakeZaloOA, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seed = (fake_oa.access_token, fake_oa.refresh_token)
    (store, _) = two_processes(redis_url, fake_oa, seed)
    try:
        await store.refresh(stale=await store.current())
        fresh = (fake_oa.access_token, fake_oa.refresh_token)
        # Another deployment still holding the spent pair tries to refresh with it.
        await store.redis.set(
            TOKENS_KEY,
            json.dumps(
                {
                    "access_token": seed[0],
                    "refresh_token": seed[1],
                    "expires_at": 0,
                    "seed": json.loads(await store.redis.get(TOKENS_KEY))["seed"],
                }
            ),
        )
        with pytest.raises(ChannelError) as failure:
            await store.refresh(stale=seed[0])
    finally:
        await close([store])
    assert "-14020" in str(failure.value)
    assert "authorise the app again" in str(failure.value)
    for secret in (*seed, *fresh, APP_SECRET, OA_SECRET_KEY):
        assert secret not in caplog.text
        assert secret not in str(failure.value)


async def test_a_tip_in_a_private_chat_with_the_oa_is_relayed_both_ways_anonymously(
    embedded_settings: Settings,
) -> None:
    key = base64.urlsafe_b64encode(bytes(range(32))).decode()
    reporter, tip, reply = "reporter-oa-55", "Có người lạ dò hỏi nhà trống ở xóm 2.", "Cảm ơn bạn."
    async with running(engine=FakeEngine(), BINHYEN_SECRET_KEY=key) as oa:
        raw, headers = event("user_send_text", sender=reporter, recipient="oa", text=tip)
        assert (await oa.post(raw, headers)).status == 200
        opened = await eventually(
            lambda: [t for t in oa.fake.texts(user=reporter) if "Mã tin báo của bạn" in t]
        )
        code = re.search(r"TB-[A-Z0-9]{4}", opened[0]).group(0)  # type: ignore[union-attr]
        new = await eventually(lambda: [t for t in oa.fake.texts(group=ADMIN_GROUP) if code in t])
        assert tip in new[0]

        await oa.say(f"traloi {code} {reply}", group=ADMIN_GROUP, sender=ADMIN)
        assert [t for t in oa.fake.texts(user=reporter) if reply in t]
        to_admins = [s for s in oa.fake.sent if s["recipient"].get("user_id") != reporter]
        assert to_admins and reporter not in json.dumps(to_admins)

"""Tip cases over time on a real Redis: states, time to first response in the periodic report,
and the case -> reporter link deleted by the periodic duty after the retention (text kept)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime

import pytest
import redis as sync_redis
from redis.asyncio import Redis
from rq.job import Job

import workers.jobs
from config.settings import Settings
from handlers.ports import User
from handlers.tips import texts as tips_texts
from handlers.tips.setup import build_tips
from handlers.tips.store import CaseState
from tests.fakes.engine import FakeEngine
from tests.support.tips import KEY, TipRig, frozen_clock, make_rig
from workers.queue import RQJobQueue
from workers.ticker import Ticker

pytestmark = pytest.mark.redis

DAY = 86400
T0 = datetime(2026, 3, 2, 8, 0).timestamp()
TIP = "Có người lạ đứng canh ở ngõ 5 mấy đêm liền, hay nhìn vào các nhà."


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def rig(redis: Redis) -> TipRig:
    return make_rig(redis, retention_days=30)


def reporter(n: int) -> User:
    return User(f"dan-{n}", f"Người Dân Số {n}")


async def test_when_a_done_case_passes_the_retention_then_the_duty_deletes_only_its_link(
    rig: TipRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = frozen_clock(monkeypatch, T0)
    await rig.say(TIP)
    await rig.drain()
    code = await rig.only_code()
    clock.now = T0 + 3600
    assert (await rig.admin(f"xong {code}")).ok  # type: ignore[union-attr]
    closed_at = T0 + 3600
    link_key = rig.store.key("link", code)
    # Backstop expiry, never longer than the retention.
    assert 0 < await rig.redis.ttl(link_key) <= 30 * DAY

    assert await rig.maintenance.forget_tip_reporters(closed_at + 30 * DAY - 60) == 0
    assert await rig.redis.exists(link_key)
    assert await rig.maintenance.forget_tip_reporters(closed_at + 30 * DAY + 1) == 1
    assert not await rig.redis.exists(link_key)
    assert await rig.maintenance.forget_tip_reporters(closed_at + 31 * DAY) == 0

    case = await rig.store.get(code, entries=True)
    assert case is not None and case.state is CaseState.DONE
    assert case.link_deleted_at == closed_at + 30 * DAY + 1
    assert [e.text for e in case.entries] == [TIP]
    shown = await rig.admin(f"tinbao {code}")
    assert TIP in shown.text  # type: ignore[union-attr]
    assert "Liên kết tới người báo tin đã được xoá" in shown.text  # type: ignore[union-attr]


async def test_when_cases_are_open_or_recently_done_then_the_duty_keeps_their_links(
    rig: TipRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = frozen_clock(monkeypatch, T0)
    await rig.say(TIP, reporter(1))
    first = await rig.only_code()
    await rig.say(TIP, reporter(2))
    await rig.drain()
    second = next(c for c in await rig.store.codes() if c != first)
    clock.now = T0 + 10 * DAY
    await rig.admin(f"xong {first}")
    assert await rig.maintenance.forget_tip_reporters(T0 + 100 * DAY) == 1
    assert not await rig.redis.exists(rig.store.key("link", first))
    assert await rig.redis.exists(rig.store.key("link", second))
    # The open case still relays replies.
    answer = await rig.admin(f"traloi {second} Cảm ơn, chúng tôi đã ghi nhận.")
    assert answer is not None and answer.ok
    assert "Cảm ơn, chúng tôi đã ghi nhận." in await rig.last("dm:dan-2")


async def test_when_the_link_is_gone_then_an_admin_reply_is_refused_politely(
    rig: TipRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = frozen_clock(monkeypatch, T0)
    await rig.say(TIP)
    await rig.drain()
    code = await rig.only_code()
    await rig.admin(f"xuly {code}")
    clock.now = T0 + DAY
    await rig.admin(f"xong {code}")
    await rig.maintenance.forget_tip_reporters(T0 + 40 * DAY)
    answer = await rig.admin(f"traloi {code} Bạn còn ở đó không?")
    assert answer is not None and not answer.ok
    assert "Không còn liên lạc được với người báo tin" in answer.text


async def test_when_a_reporter_withdraws_then_the_link_goes_at_once(rig: TipRig) -> None:
    await rig.say(TIP)
    await rig.drain()
    code = await rig.only_code()
    await rig.say("/huy")
    case = await rig.store.get(code)
    assert case is not None and case.state is CaseState.WITHDRAWN
    assert case.link_deleted_at is not None
    assert not await rig.redis.exists(rig.store.key("link", code))
    assert await rig.redis.zcard(rig.store.key("closed")) == 0


def test_the_retention_comes_from_tip_link_retention_days(
    redis: Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BINHYEN_SECRET_KEY", KEY)
    monkeypatch.setenv("TIP_LINK_RETENTION_DAYS", "7")
    settings = Settings()
    tips = build_tips(
        settings,
        redis=redis,
        engine=FakeEngine(),  # type: ignore[arg-type]
        bindings=None,  # type: ignore[arg-type]
        channels={},
        queue=None,  # type: ignore[arg-type]
    )
    assert tips is not None
    assert tips.store.link_retention == 7 * DAY
    assert "7 ngày" in tips_texts.greeting(tips.retention_days)


async def test_the_periodic_report_counts_tips_by_state_and_time_to_first_response(
    rig: TipRig, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = frozen_clock(monkeypatch, T0)
    # Four cases: answered after 10 min (in progress), done after 30 min, new, withdrawn.
    await rig.say(TIP, reporter(1))
    await rig.drain()
    a = await rig.only_code()
    clock.now = T0 + 600
    await rig.admin(f"traloi {a} Cảm ơn bạn, cho hỏi thêm giờ giấc?")
    clock.now = T0 + 1000
    await rig.say(TIP, reporter(2))
    clock.now = T0 + 1000 + 1800
    b = next(c for c in await rig.store.codes() if c != a)
    await rig.admin(f"xong {b}")
    clock.now = T0 + 4000
    await rig.say(TIP, reporter(3))
    await rig.say(TIP, reporter(4))
    await rig.say("/huy", reporter(4))
    await rig.drain()

    # The bot has run here since New Year 2026: 2025's report is not sent, H1 2026's is.
    await rig.redis.set("by:since", datetime(2026, 1, 1).timestamp())
    made = await rig.maintenance.periodic_reports(datetime(2026, 7, 2).timestamp())
    assert made == ["6 tháng đầu năm 2026"]
    report_key = "by:report:20260101-20260701"
    stored = json.loads(await rig.redis.get(report_key))
    assert stored["tips_total"] == 4
    assert stored["tips_by_state"] == {"in_progress": 1, "done": 1, "new": 1, "withdrawn": 1}
    assert stored["tips_answered"] == 2
    assert stored["tips_median_minutes_to_first_response"] == pytest.approx(20)
    assert stored["tips_max_minutes_to_first_response"] == pytest.approx(30)

    sent = await rig.bot_texts("truong-ca")
    half_year = next(t for t in sent if "6 tháng đầu năm 2026" in t)
    assert "Tin báo ẩn danh: 4 (mới: 1, đang xử lý: 1, đã xử lý: 1, đã rút: 1)" in half_year
    assert "Phản hồi tin báo đầu tiên: 2/4 tin báo, trung vị 20 phút, lâu nhất 30 phút" in (
        half_year
    )
    everything = json.dumps(stored, ensure_ascii=False) + "\n".join(sent)
    for n in range(1, 5):
        assert f"dan-{n}" not in everything
        assert f"Người Dân Số {n}" not in everything
    assert TIP not in everything


def test_every_worker_ticker_queues_the_link_duty_hourly(redis_url: str) -> None:
    connection = sync_redis.Redis.from_url(redis_url)
    try:
        ticker = Ticker(connection, RQJobQueue(connection))
        assert "forget_tip_reporters" in ticker.tick()
        assert "forget_tip_reporters" not in ticker.tick()  # once per interval
        assert 0 < connection.ttl("by:tick:forget_tip_reporters") <= 3600
        job = Job.fetch("duty-forget_tip_reporters", connection=connection)
        assert job.func is workers.jobs.forget_tip_reporters
        if ticker.scheduler.acquired_locks:
            ticker.scheduler.release_locks()
    finally:
        connection.close()

"""Periodic duties on fakeredis: reminders, escalation, purge, reports, reconcile."""

from __future__ import annotations

import time
from datetime import datetime

import fakeredis
import pytest

from bot.channels.simulator import SimulatorChannel
from handlers.bindings import Bindings
from handlers.duties.maintenance import Maintenance, half_year_bounds, year_bounds
from handlers.ports import User
from handlers.review.store import ReviewStore, State, Verdict
from tests.support.items import cccd_decision, group_message
from tests.support.queue import RecordingQueue


@pytest.fixture
def parts() -> tuple[Maintenance, ReviewStore, SimulatorChannel, RecordingQueue]:
    redis = fakeredis.FakeAsyncRedis()
    sim = SimulatorChannel(redis, ["admin"])
    store = ReviewStore(redis, retention_seconds=90 * 86400)
    queue = RecordingQueue()
    maintenance = Maintenance(
        store,
        Bindings(redis, {"sim": ["admins"]}),
        {"sim": sim},
        queue,
        remind_after=30 * 60,
        escalate_after=120 * 60,
        retention=90 * 86400,
        chief_admin_chat="sim:truong-ca",
        stall_seconds=30,
    )
    return maintenance, store, sim, queue


async def test_when_an_item_waits_too_long_then_admins_are_reminded_then_the_chief_told(
    parts: tuple,
) -> None:
    maintenance, store, sim, _ = parts
    now = time.time()
    item_id, _ = await store.create(
        group_message(), cccd_decision(), mode="hold", now=now - 40 * 60
    )
    assert await maintenance.remind(now) == 1
    assert await maintenance.remind(now) == 0  # once
    reminders = [m["text"] for m in await sim.messages("admins")]
    assert reminders == [f"⏰ Tin #{item_id} đã chờ duyệt 40 phút."]
    assert await maintenance.remind(now + 90 * 60) == 1
    chief = [m["text"] for m in await sim.messages("truong-ca")]
    assert len(chief) == 1 and f"Tin #{item_id}" in chief[0]
    assert "escalated" in [e["action"] for e in await store.audit_for(item_id)]


async def test_when_an_item_is_decided_then_no_reminder_is_sent(parts: tuple) -> None:
    maintenance, store, sim, _ = parts
    now = time.time()
    item_id, _ = await store.create(
        group_message(), cccd_decision(), mode="hold", now=now - 40 * 60
    )
    await store.claim(item_id, Verdict.APPROVE, User("admin"))
    assert await maintenance.remind(now) == 0
    assert await sim.messages("admins") == []


async def test_when_retention_passes_undecided_items_expire_and_all_are_purged(
    parts: tuple,
) -> None:
    maintenance, store, _, _ = parts
    now = time.time()
    old_held, _ = await store.create(
        group_message("1"), cccd_decision(), mode="hold", now=now - 91 * 86400
    )
    old_done, _ = await store.create(
        group_message("2"), cccd_decision(), mode="hold", now=now - 91 * 86400
    )
    await store.claim(old_done, Verdict.REJECT, User("admin"))
    fresh, _ = await store.create(group_message("3"), cccd_decision(), mode="hold", now=now)
    assert await maintenance.purge(now) == 2
    held = await store.get(old_held)
    assert held is not None and held.state is State.EXPIRED and held.text == ""
    assert [e["action"] for e in await store.audit_for(old_held)] == ["held", "expired", "purged"]
    kept = await store.get(fresh)
    assert kept is not None and kept.text and kept.state is State.HELD


async def test_report_counts_items_by_category_group_state_and_time_to_decision(
    parts: tuple,
) -> None:
    maintenance, store, _, _ = parts
    start = time.time() - 3600
    first, _ = await store.create(
        group_message("1", chat_id="nhom-a"), cccd_decision(), mode="hold", now=start + 60
    )
    await store.create(
        group_message("2", chat_id="nhom-b"), cccd_decision(), mode="hold", now=start + 120
    )
    await store.claim(first, Verdict.APPROVE, User("admin"), now=start + 60 + 600)
    report = await maintenance.report(start, time.time(), "thử")
    assert report.total == 2
    assert report.by_category == {"personal_data": 2}
    assert report.by_group == {"nhom-a": 1, "nhom-b": 1}
    assert report.by_state == {"approved": 1, "held": 1}
    assert report.median_minutes_to_decision == pytest.approx(10.0)
    assert "Tổng số tin bị gắn cờ: 2" in report.text()


async def test_periodic_reports_are_made_once_per_period(parts: tuple) -> None:
    maintenance, _, sim, _ = parts
    # First run in March 2026: the periods that ended before it are not sent.
    assert await maintenance.periodic_reports(datetime(2026, 3, 2).timestamp()) == []
    assert await sim.messages("truong-ca") == []
    made = await maintenance.periodic_reports(datetime(2026, 7, 2).timestamp())
    assert made == ["6 tháng đầu năm 2026"]
    assert await maintenance.periodic_reports(datetime(2026, 7, 3).timestamp()) == []
    made = await maintenance.periodic_reports(datetime(2027, 1, 2).timestamp())
    assert made == ["6 tháng cuối năm 2026", "năm 2026"]
    assert len(await sim.messages("truong-ca")) == 3


def test_report_periods_are_the_last_finished_half_year_and_year() -> None:
    assert half_year_bounds(datetime(2026, 3, 1))[1:] == (
        datetime(2025, 7, 1),
        datetime(2026, 1, 1),
    )
    assert half_year_bounds(datetime(2026, 8, 1))[1:] == (
        datetime(2026, 1, 1),
        datetime(2026, 7, 1),
    )
    assert year_bounds(datetime(2026, 8, 1))[1:] == (datetime(2025, 1, 1), datetime(2026, 1, 1))


async def test_reconcile_requeues_stalled_cards_and_decisions_only(parts: tuple) -> None:
    maintenance, store, _, queue = parts
    now = time.time()
    stalled, _ = await store.create(
        group_message("1"), cccd_decision(), mode="hold", now=now - 120
    )
    await store.record_taken(stalled, "deleted")
    fresh, _ = await store.create(group_message("2"), cccd_decision(), mode="hold", now=now)
    decided, _ = await store.create(
        group_message("3"), cccd_decision(), mode="hold", now=now - 120
    )
    await store.add_card(decided, "admins", "9")
    await store.claim(decided, Verdict.REJECT, User("admin"), now=now - 100)
    assert await maintenance.reconcile(now) == 2
    names = sorted((name, args[0]) for name, args, _ in queue.jobs)
    assert names == [("after_hold", stalled), ("apply_decision", decided)]
    assert fresh not in {args[0] for _, args, _ in queue.jobs}


async def test_reconcile_deletes_a_held_message_whose_delete_never_happened(parts: tuple) -> None:
    maintenance, store, _, queue = parts
    now = time.time()
    interrupted, _ = await store.create(
        group_message("1"), cccd_decision(), mode="hold", now=now - 10
    )  # taken stays "pending": the process stopped before the delete
    limited, _ = await store.create(group_message("2"), cccd_decision(), mode="hold", now=now - 10)
    await store.record_taken(limited, "delete_pending")
    just_now, _ = await store.create(group_message("3"), cccd_decision(), mode="hold", now=now)
    alert, _ = await store.create(group_message("4"), cccd_decision(), mode="alert", now=now - 10)
    for item_id in (interrupted, limited, just_now, alert):
        await store.add_card(item_id, "admins", f"c{item_id}")
    await maintenance.reconcile(now)
    deletes = sorted(args[0] for name, args, _ in queue.jobs if name == "delete_held")
    assert deletes == sorted([interrupted, limited])

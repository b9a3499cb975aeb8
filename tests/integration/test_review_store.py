"""The review store on a real Redis: idempotent holds, first decision wins, audit, purge."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import shutil
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from handlers.ports import Attachment, User
from handlers.review.store import ReviewStore, State, Verdict
from tests.support.items import CCCD, cccd_decision, group_message
from tests.support.redis_server import free_port, start_redis

pytestmark = pytest.mark.redis


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
def store(redis: Redis) -> ReviewStore:
    return ReviewStore(redis, retention_seconds=90 * 86400)


async def test_when_the_same_message_is_delivered_twice_then_one_item_exists(
    store: ReviewStore,
) -> None:
    msg = group_message("42")
    results = await asyncio.gather(
        *(store.create(msg, cccd_decision(), mode="hold") for _ in range(5))
    )
    ids = {item_id for item_id, _ in results}
    assert len(ids) == 1
    assert sum(created for _, created in results) == 1
    assert await store.count(State.HELD) == 1
    assert [e["action"] for e in await store.audit_for(ids.pop())] == ["held"]


async def test_when_a_message_is_edited_then_the_new_version_is_a_new_item(
    store: ReviewStore,
) -> None:
    first, _ = await store.create(group_message("7"), cccd_decision(), mode="hold")
    edited = group_message("7", text=f"sửa lại: {CCCD}")
    edited = edited.__class__(**{**edited.__dict__, "edited": True})
    second, created = await store.create(edited, cccd_decision(edited.text), mode="hold")
    assert created and second != first


async def test_when_ten_admins_decide_at_once_then_exactly_one_wins(store: ReviewStore) -> None:
    item_id, _ = await store.create(group_message(), cccd_decision(), mode="hold")
    verdicts = [Verdict.APPROVE, Verdict.REJECT] * 5
    results = await asyncio.gather(
        *(
            store.claim(item_id, verdict, User(f"admin{i}", f"Cán bộ {i}"))
            for i, verdict in enumerate(verdicts)
        )
    )
    winners = [claim for won, claim in results if won]
    assert len(winners) == 1
    losers = [claim for won, claim in results if not won]
    assert len(losers) == 9
    assert all(claim == winners[0] for claim in losers)  # each loser is told who won
    item = await store.get(item_id)
    assert item is not None and item.state is winners[0].verdict.state
    actions = [e["action"] for e in await store.audit_for(item_id)]
    assert actions == ["held", str(winners[0].verdict)]


async def test_when_a_claim_writer_dies_before_the_state_change_then_it_is_completed_once(
    store: ReviewStore,
    redis: Redis,
) -> None:
    item_id, _ = await store.create(group_message(), cccd_decision(), mode="hold")
    # The winner's HSETNX landed, the process died before the state change.
    await redis.hset(
        f"by:item:{item_id}",
        "claim",
        '{"verdict": "reject", "actor_id": "a", "actor_name": "A", "at": 1.0}',
    )
    assert await store.complete_claim(item_id) is True
    assert await store.complete_claim(item_id) is False
    item = await store.get(item_id)
    assert item is not None and item.state is State.REJECTED
    assert [e["action"] for e in await store.audit_for(item_id)] == ["held", "reject"]


async def test_when_retention_passes_then_the_original_is_purged_and_the_audit_kept(
    store: ReviewStore,
) -> None:
    item_id, _ = await store.create(group_message(), cccd_decision(), mode="hold")
    await store.claim(item_id, Verdict.REJECT, User("admin", "Trưởng CA"))
    assert await store.purge(item_id) is True
    assert await store.purge(item_id) is False
    item = await store.get(item_id)
    assert item is not None
    assert item.text == "" and item.author.name == "" and item.purged
    assert all(f.text == "" for f in item.decision.findings)
    raw = await store.redis.hgetall(f"by:item:{item_id}")
    assert not any(CCCD.encode() in value for value in raw.values())
    assert [e["action"] for e in await store.audit_for(item_id)] == ["held", "reject", "purged"]
    assert item.state is State.REJECTED


async def test_a_held_photo_is_kept_by_reference_until_the_purge(store: ReviewStore) -> None:
    msg = dataclasses.replace(
        group_message(channel="telegram"),
        attachments=(
            Attachment(kind="photo", file_id="AgACAgIAAx0"),
            Attachment(kind="photo"),  # nothing to post again without a reference
        ),
    )
    item_id, _ = await store.create(msg, cccd_decision(), mode="hold")
    item = await store.get(item_id)
    assert item is not None
    assert item.media == (Attachment(kind="photo", file_id="AgACAgIAAx0"),)

    await store.purge(item_id)

    purged = await store.get(item_id)
    assert purged is not None and purged.media == ()
    raw = await store.redis.hgetall(f"by:item:{item_id}")
    assert not any(b"AgACAgIAAx0" in value for value in raw.values())


async def test_audit_is_readable_by_period(store: ReviewStore) -> None:
    before = time.time() - 1
    item_id, _ = await store.create(group_message(), cccd_decision(), mode="hold")
    entries = await store.audit_between(before, time.time() + 1)
    assert [(e["item"], e["action"]) for e in entries] == [(item_id, "held")]
    assert await store.audit_between(before - 100, before - 50) == []


# -- Redis restarted with AOF between hold and decision ---------------------------------------


@pytest.fixture
def aof_redis() -> Iterator[tuple[int, Path]]:
    folder = Path(tempfile.mkdtemp(prefix="binhyen-aof-"))
    yield free_port(), folder
    shutil.rmtree(folder, ignore_errors=True)


async def test_when_redis_restarts_between_hold_and_decision_then_item_and_audit_survive(
    aof_redis: tuple[int, Path],
) -> None:
    port, folder = aof_redis
    server = start_redis(port, str(folder), aof=True)
    client = Redis(port=port)
    store = ReviewStore(client, retention_seconds=86400)
    item_id, _ = await store.create(group_message(), cccd_decision(), mode="hold")
    await client.aclose()
    server.kill()  # no shutdown save: only the append-only file remains
    server.wait()

    server = start_redis(port, str(folder), aof=True)
    try:
        client = Redis(port=port)
        store = ReviewStore(client, retention_seconds=86400)
        item = await store.get(item_id)
        assert item is not None and item.state is State.HELD and CCCD in item.text
        won, _ = await store.claim(item_id, Verdict.APPROVE, User("admin", "Trưởng CA"))
        assert won
        assert [e["action"] for e in await store.audit_for(item_id)] == ["held", "approve"]
        await client.aclose()
    finally:
        server.kill()
        server.wait()
    assert os.listdir(folder)

"""Moving a Telegram group's state to its supergroup id, on fakeredis: what moves, that a
second run (the other announcement, a redelivery, a retry after a crash) changes nothing, and
that the order of upgrades does not matter."""

from __future__ import annotations

import json

import fakeredis
import pytest

from bot.channels.telegram import PREFIX
from bot.channels.telegram_api import message_ref
from bot.channels.telegram_migration import ChatMigrations
from handlers.bindings import Bindings
from handlers.ports import ChannelError
from handlers.review.group_admin import title_key
from handlers.review.policies import Policies
from moderation import Mode, Policy

CH = "telegram"
OLD, NEW = "-4000000100", "-1002000000100"
ADMIN, NEW_ADMIN = "-4000000200", "-1002000000200"
OTHER = "-1002000000300"  # another group of the same admin chat


class Recorder:
    def __init__(self, fail: int = 0) -> None:
        self.sent: list[tuple[str, str, str | None]] = []
        self.fail = fail

    async def __call__(self, chat_id: str, text: str, *, key: str | None = None) -> str:
        if self.fail:
            self.fail -= 1
            raise ChannelError("Telegram unreachable")
        self.sent.append((chat_id, text, key))
        return str(len(self.sent))


@pytest.fixture
def redis() -> fakeredis.FakeAsyncRedis:
    return fakeredis.FakeAsyncRedis()


async def seeded(redis: fakeredis.FakeAsyncRedis) -> ChatMigrations:
    bindings, policies = Bindings(redis), Policies(redis)
    await bindings.bind(CH, OLD, ADMIN)
    await bindings.bind(CH, OTHER, ADMIN)
    await policies.set(CH, OLD, Policy(modes={"personal_data": Mode.ALERT}, dry_run=True))
    await redis.set(title_key(CH, OLD), "Tổ dân phố 7")
    await redis.set(f"{PREFIX}admins:{OLD}", json.dumps(["111"]), ex=60)
    await redis.zadd(f"by:idx:chat:{CH}:{OLD}", {"1": 10.0, "2": 20.0})
    return ChatMigrations(redis, channel=CH, prefix=PREFIX)


async def snapshot(redis: fakeredis.FakeAsyncRedis) -> dict[bytes, object]:
    out: dict[bytes, object] = {}
    for key in sorted(await redis.keys("*")):
        kind = (await redis.type(key)).decode()
        if kind == "string":
            out[key] = await redis.get(key)
        elif kind == "set":
            out[key] = sorted(await redis.smembers(key))
        elif kind == "zset":
            out[key] = await redis.zrange(key, 0, -1, withscores=True)
        elif kind == "hash":
            out[key] = await redis.hgetall(key)
    return out


async def test_when_a_bound_group_migrates_then_all_its_state_is_under_the_new_id(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations, send = await seeded(redis), Recorder()

    await migrations.migrate(OLD, NEW, send)

    bindings = Bindings(redis)
    assert await bindings.admin_chats(CH, NEW) == [ADMIN]
    assert await bindings.groups_of(CH, ADMIN) == sorted([NEW, OTHER])
    assert await bindings.admin_chats(CH, OLD) == []
    policy = await Policies(redis).get(CH, NEW)
    assert policy.dry_run
    assert policy.mode("personal_data") is Mode.ALERT
    assert await redis.get(title_key(CH, NEW)) == "Tổ dân phố 7".encode()
    assert json.loads(await redis.get(f"{PREFIX}admins:{NEW}")) == ["111"]
    assert 0 < await redis.ttl(f"{PREFIX}admins:{NEW}") <= 60
    assert await redis.zrange(f"by:idx:chat:{CH}:{NEW}", 0, -1) == [b"1", b"2"]
    assert await migrations.resolve(OLD) == NEW
    assert await migrations.resolve(NEW) == NEW
    # Nothing is left under the old id but the mapping and the note that admins were told.
    left = [k for k in await redis.keys("*") if OLD.encode() in k]
    assert left == [f"{PREFIX}migrated:told:{OLD}".encode()]
    assert await bindings.moves(CH) == {OLD: NEW}
    assert [(chat, key) for chat, _, key in send.sent] == [(ADMIN, f"migrated:{OLD}:{ADMIN}")]
    assert "Tổ dân phố 7" in send.sent[0][1]
    assert "không cần liên kết lại" in send.sent[0][1]


async def test_when_the_move_runs_again_then_nothing_changes_and_admins_are_not_told_again(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations, send = await seeded(redis), Recorder()
    await migrations.migrate(OLD, NEW, send)
    after_first = await snapshot(redis)

    await migrations.migrate(OLD, NEW, send)
    await migrations.migrate(OLD, NEW, send)

    assert await snapshot(redis) == after_first
    assert len(send.sent) == 1


async def test_when_a_crash_followed_the_record_then_the_next_run_finishes_the_move(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations, send = await seeded(redis), Recorder()
    assert await Bindings(redis).record_move(CH, OLD, NEW)  # ... and the process died here
    assert await migrations.resolve(OLD) == NEW

    await migrations.migrate(OLD, NEW, send)

    assert await Bindings(redis).admin_chats(CH, NEW) == [ADMIN]
    assert (await Policies(redis).get(CH, NEW)).dry_run
    assert len(send.sent) == 1


async def test_when_telling_the_admins_fails_then_the_next_run_tells_them(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations, send = await seeded(redis), Recorder(fail=1)

    await migrations.migrate(OLD, NEW, send)
    assert send.sent == []
    assert await Bindings(redis).admin_chats(CH, NEW) == [ADMIN]

    await migrations.migrate(OLD, NEW, send)
    assert len(send.sent) == 1


@pytest.mark.parametrize("group_first", [True, False], ids=["group-first", "admin-chat-first"])
async def test_when_a_group_and_its_admin_chat_both_migrate_then_they_stay_bound_in_any_order(
    redis: fakeredis.FakeAsyncRedis, group_first: bool
) -> None:
    migrations, send = await seeded(redis), Recorder()
    steps = [(OLD, NEW), (ADMIN, NEW_ADMIN)]
    for old, new in steps if group_first else reversed(steps):
        await migrations.migrate(old, new, send)

    bindings = Bindings(redis)
    assert await bindings.admin_chats(CH, NEW) == [NEW_ADMIN]
    assert await bindings.admin_chats(CH, OTHER) == [NEW_ADMIN]
    assert await bindings.groups_of(CH, NEW_ADMIN) == sorted([NEW, OTHER])
    assert await bindings.is_admin_chat(CH, NEW_ADMIN)
    assert not await bindings.is_admin_chat(CH, ADMIN)
    assert [k for k in await redis.keys("by:bind:*") if b"-4000" in k] == []
    # The admin chat is told once about each upgrade, wherever it is by then.
    assert {chat for chat, _, _ in send.sent} <= {ADMIN, NEW_ADMIN}
    assert len(send.sent) == 2


async def test_when_the_supergroup_already_has_a_policy_then_it_is_kept(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations = await seeded(redis)
    await Policies(redis).set(CH, NEW, Policy(modes={"personal_data": Mode.OFF}))

    await migrations.migrate(OLD, NEW, Recorder())

    policy = await Policies(redis).get(CH, NEW)
    assert policy.mode("personal_data") is Mode.OFF
    assert not policy.dry_run
    assert not await redis.exists(f"by:policy:{CH}:{OLD}")


async def test_when_an_unbound_group_migrates_then_the_mapping_is_kept_and_nobody_is_told(
    redis: fakeredis.FakeAsyncRedis,
) -> None:
    migrations, send = ChatMigrations(redis, channel=CH, prefix=PREFIX), Recorder()

    await migrations.migrate(OLD, NEW, send)

    assert await migrations.resolve(OLD) == NEW
    assert send.sent == []


@pytest.mark.parametrize(
    ("chat_id", "message_id", "expected"),
    [
        ("-1002000000100", "7", (-1002000000100, 7)),
        ("-4000000100", "-1002000000100:7", (-1002000000100, 7)),
        ("@tdp7", "7", ("@tdp7", 7)),
    ],
)
def test_a_message_sent_after_following_an_upgrade_names_its_chat(
    chat_id: str, message_id: str, expected: tuple[int | str, int]
) -> None:
    assert message_ref(chat_id, message_id) == expected

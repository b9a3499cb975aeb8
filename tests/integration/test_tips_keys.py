"""BINHYEN_SECRET_KEY on a real Redis: stored links are unreadable under a wrong key, and after
a rotation (new key, old one in BINHYEN_OLD_SECRET_KEYS) old cases still reply and grow."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from handlers.ports import User
from handlers.tips import keys as tips_keys
from handlers.tips import texts as t
from handlers.tips.identity import IdentityError, KeyRing, decode_key
from tests.support.tips import KEY, OTHER_KEY, REPORTER, TipRig, make_rig

THIRD = "a third passphrase that was lost long ago, 2025"

pytestmark = pytest.mark.redis

TIP = "Có đường dây cho vay nặng lãi hoạt động ở chợ xã, thu nợ bằng cách đe doạ."
REPLY = "Cảm ơn bạn. Họ thường thu nợ vào giờ nào?"
DM = f"dm:{REPORTER.id}"


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


async def opened_case(redis: Redis) -> tuple[TipRig, str]:
    rig = make_rig(redis, key=KEY)
    await rig.say(TIP)
    await rig.drain()
    return rig, await rig.only_code()


async def test_with_the_wrong_key_a_stored_link_cannot_be_read(redis: Redis) -> None:
    rig, code = await opened_case(redis)
    sealed = await rig.store.link(code)
    assert sealed is not None and REPORTER.id not in sealed
    assert b"reporter-7391" not in sealed.encode()

    wrong = make_rig(redis, key=OTHER_KEY)
    with pytest.raises(IdentityError):
        wrong.keys.decrypt(sealed, aad=code)
    # Even a key ring that knows the key id is not enough without the key itself.
    same_id = KeyRing.from_strings(OTHER_KEY)
    same_id._by_kid[rig.keys.key_id] = same_id.current
    with pytest.raises(IdentityError):
        same_id.decrypt(sealed, aad=code)

    answer = await wrong.admin(f"traloi {code} {REPLY}")
    assert answer is not None and not answer.ok
    assert answer.text == t.reporter_gone(code)
    assert REPLY not in "\n".join(await wrong.bot_texts(DM))
    # The unreadable link is left as it was (a later fix of the key setting recovers it).
    assert await rig.store.link(code) == sealed


async def test_the_right_key_cannot_open_a_link_moved_to_another_case(redis: Redis) -> None:
    rig, code = await opened_case(redis)
    await rig.say(TIP, user=User("dan-2", "Người Thứ Hai"))
    other = next(c for c in await rig.store.codes() if c != code)
    # Copy the first case's link onto the second: the case code is the associated data.
    await rig.store.replace_link(other, await rig.store.link(code) or "")
    with pytest.raises(IdentityError):
        rig.keys.decrypt(await rig.store.link(other) or "", aad=other)
    answer = await rig.admin(f"traloi {other} {REPLY}")
    assert answer is not None and not answer.ok


async def test_after_a_key_rotation_old_cases_still_reply_and_take_follow_ups(
    redis: Redis,
) -> None:
    old, code = await opened_case(redis)
    old_kid = old.keys.key_id

    rotated = make_rig(redis, key=OTHER_KEY, old_keys=[KEY])
    assert rotated.keys.key_id != old_kid
    answer = await rotated.admin(f"traloi {code} {REPLY}")
    assert answer is not None and answer.ok, answer
    assert REPLY in await rotated.last(DM)
    # The link was re-sealed under the new key on use.
    sealed = await rotated.store.link(code)
    assert sealed is not None and sealed.split(".")[1] == rotated.keys.key_id

    # The reporter's follow-up finds the case filed under the old key's hash, and the
    # pointer moves to the new hash.
    await rotated.say("Họ thu nợ khoảng 7 giờ sáng, đi hai người.")
    await rotated.drain()
    assert await rotated.store.codes() == [code]
    assert await rotated.last(DM) == t.added(code)
    assert sum("KHÔNG ẨN DANH" in m for m in await rotated.bot_texts(DM)) == 1  # greeted once
    new_hash = rotated.keys.hash(f"sim:{REPORTER.id}", "reporter")
    old_hash = old.keys.hash(f"sim:{REPORTER.id}", "reporter")
    assert await redis.get(f"by:tip:open:{new_hash}") == code.encode()
    assert not await redis.exists(f"by:tip:open:{old_hash}")

    # Once every link is re-sealed, the old key can be dropped.
    only_new = make_rig(redis, key=OTHER_KEY)
    again = await only_new.admin(f"xong {code}")
    assert again is not None and again.ok
    assert f"Tin báo {code} đã được xử lý xong" in await only_new.last(DM)


async def test_after_a_rotation_a_link_never_used_needs_the_old_key_to_be_kept(
    redis: Redis,
) -> None:
    _, code = await opened_case(redis)
    dropped_too_soon = make_rig(redis, key=OTHER_KEY)
    answer = await dropped_too_soon.admin(f"traloi {code} {REPLY}")
    assert answer is not None and not answer.ok
    kept = make_rig(redis, key=OTHER_KEY, old_keys=[KEY])
    answer = await kept.admin(f"traloi {code} {REPLY}")
    assert answer is not None and answer.ok


async def test_a_message_waiting_for_the_check_survives_a_key_rotation(redis: Redis) -> None:
    old = make_rig(redis, key=KEY)
    await old.say(f"Tôi là {REPORTER.name}. Họ thu nợ ở chợ mỗi sáng.")
    assert "Trước khi gửi" in await old.last(DM)
    rotated = make_rig(redis, key=OTHER_KEY, old_keys=[KEY])
    await rotated.say("/xoa")
    case = await rotated.store.get(await rotated.only_code(), entries=True)
    assert case is not None
    assert [e.text for e in case.entries] == ["Tôi là [đã xoá]. Họ thu nợ ở chợ mỗi sáng."]


async def test_reseal_moves_every_link_and_pointer_to_the_new_key_so_the_old_can_go(
    redis: Redis,
) -> None:
    old, first = await opened_case(redis)
    await old.say(TIP, user=User("dan-2", "Người Thứ Hai"))
    # A third case whose link was sealed under a key nobody has any more.
    await redis.set(
        old.store.key("link", "TB-QQQQ"),
        make_rig(redis, key=THIRD).keys.encrypt(b'{"c": "sim", "u": "x"}', aad="TB-QQQQ"),
    )

    rotated = make_rig(redis, key=OTHER_KEY, old_keys=[KEY])
    assert await tips_keys.status(rotated.store, rotated.keys) == {
        f"old {old.keys.key_id}": 2,
        "unreadable": 1,
    }
    result = await tips_keys.reseal(rotated.store, rotated.keys)
    assert result == tips_keys.Resealed(resealed=2, unchanged=0, unreadable=1, pointers_moved=2)
    assert await tips_keys.status(rotated.store, rotated.keys) == {"current": 2, "unreadable": 1}
    again = await tips_keys.reseal(rotated.store, rotated.keys)
    assert (again.resealed, again.unchanged) == (0, 2)

    only_new = make_rig(redis, key=OTHER_KEY)
    answer = await only_new.admin(f"traloi {first} {REPLY}")
    assert answer is not None and answer.ok
    assert REPLY in await only_new.last(DM)
    await only_new.say("Thêm: họ đi xe tay ga màu đen.")
    assert await only_new.last(DM) == t.added(first)


def test_generate_prints_a_valid_new_key(capsys: pytest.CaptureFixture[str]) -> None:
    assert tips_keys.main(["generate"]) == 0
    printed = capsys.readouterr().out.strip()
    assert len(decode_key(printed)) == 32
    assert tips_keys.main(["generate"]) == 0
    assert capsys.readouterr().out.strip() != printed

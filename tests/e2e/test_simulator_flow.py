"""End to end through the simulator's HTTP API, in the embedded default."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from tests.conftest import eventually
from tests.support.sim_api import messages, post, press

MEMBER = {"id": "dan1", "name": "Nguyễn Văn An"}
ADMIN = {"id": "admin", "name": "Trưởng Công an xã"}
CCCD_TEXT = "Số căn cước của tôi là 001099012345, nhờ mọi người xác minh giúp"


async def card_for(client: TestClient) -> dict:
    async def find() -> dict | None:
        cards = [m for m in await messages(client, "admins") if m["buttons"]]
        return cards[-1] if cards else None

    return await eventually(find)  # type: ignore[return-value]


async def test_when_a_member_chats_normally_then_the_message_stays_visible(
    sim_client: TestClient,
) -> None:
    message_id = await post(sim_client, "nhom-1", MEMBER, "Chào cả nhà, chiều nay họp tổ dân phố")
    shown = await messages(sim_client, "nhom-1")
    assert [(m["message_id"], m["visible"]) for m in shown] == [(message_id, True)]


async def test_when_a_cccd_is_posted_then_it_is_hidden_and_approval_restores_it_attributed(
    sim_client: TestClient,
) -> None:
    message_id = await post(sim_client, "nhom-1", MEMBER, CCCD_TEXT)
    original = next(
        m for m in await messages(sim_client, "nhom-1") if m["message_id"] == message_id
    )
    assert original["visible"] is False

    card = await card_for(sim_client)
    assert "001099012345" in card["text"]
    assert {b["kind"] for b in card["buttons"]} >= {"approve", "reject", "redact", "details"}

    answer = await press(sim_client, "admins", card, "approve", ADMIN)
    assert answer["ok"] is True

    async def restored() -> list[dict]:
        return [
            m
            for m in await messages(sim_client, "nhom-1")
            if m["user"] is None and m["visible"] and "001099012345" in m["text"]
        ]

    reposts = await eventually(restored)
    assert MEMBER["name"] in reposts[0]["text"]

    again = await press(sim_client, "admins", card, "approve", ADMIN)
    assert again["ok"] is False
    assert "đã được xử lý bởi" in again["answer"]


async def test_when_an_admin_rejects_then_the_author_gets_a_private_explanation(
    sim_client: TestClient,
) -> None:
    await post(sim_client, "nhom-1", MEMBER, CCCD_TEXT)
    card = await card_for(sim_client)
    await press(sim_client, "admins", card, "reject", ADMIN)

    async def explained() -> list[dict]:
        return [
            m
            for m in await messages(sim_client, f"dm:{MEMBER['id']}")
            if "không được đăng lại" in m["text"]
        ]

    assert await eventually(explained)
    group = await messages(sim_client, "nhom-1")
    assert not any(m["visible"] and "001099012345" in m["text"] for m in group)


async def test_when_a_member_presses_an_admin_button_then_it_is_refused(
    sim_client: TestClient,
) -> None:
    await post(sim_client, "nhom-1", MEMBER, CCCD_TEXT)
    card = await card_for(sim_client)
    answer = await press(sim_client, "admins", card, "approve", MEMBER)
    assert answer["ok"] is False
    assert "không phải quản trị viên" in answer["answer"]


async def test_when_a_request_is_malformed_then_400_names_the_field(
    sim_client: TestClient,
) -> None:
    resp = await sim_client.post("/sim/api/messages", json={"chat_id": "g", "user": {"id": "u"}})
    assert resp.status == 400
    assert (await resp.json())["field"] == "text"
    resp = await sim_client.post("/sim/api/messages", data=b"{not json")
    assert resp.status == 400
    resp = await sim_client.post(
        "/sim/api/press",
        json={"chat_id": "admins", "message_id": "999", "user": ADMIN, "action": "v1:ap:1"},
    )
    assert resp.status == 400
    assert (await resp.json())["field"] == "message_id"


async def test_when_a_sent_file_is_not_base64_then_400_names_the_field(
    sim_client: TestClient,
) -> None:
    body = {"chat_id": "dm:u", "user": {"id": "u"}, "document": {"filename": "a.pdf", "data": "%"}}
    resp = await sim_client.post("/sim/api/messages", json=body)
    assert resp.status == 400
    assert (await resp.json())["field"] == "document.data"


async def test_when_a_sent_file_is_over_the_simulators_limit_then_400_says_so(
    sim_client: TestClient,
) -> None:
    data = "A" * 1_100_000  # base64 of about 800 KB: the request is over 1 MB
    document = {"filename": "a.pdf", "data": data}
    body = {"chat_id": "dm:u", "user": {"id": "u"}, "document": document}
    resp = await sim_client.post("/sim/api/messages", json=body)
    assert resp.status == 400
    answer = await resp.json()
    assert answer["field"] == "document"
    assert "quá lớn" in answer["error"]


async def test_health_and_metrics_report_the_embedded_mode(sim_client: TestClient) -> None:
    health = await eventually(lambda: _health(sim_client))
    assert health["mode"] == "embedded"
    await post(sim_client, "nhom-1", MEMBER, "xin chào")
    text = await (await sim_client.get("/metrics")).text()
    assert 'binhyen_messages_seen_total{channel="sim",kind="group"}' in text
    assert "binhyen_queue_depth" in text


async def _health(client: TestClient) -> dict | None:
    resp = await client.get("/healthz")
    body = await resp.json()
    return body if resp.status == 200 else None


async def test_a_message_stored_but_never_moderated_is_moderated_again_once(
    sim_client: TestClient,
) -> None:
    """A web process killed between storing a member's message and moderating it: the next
    round of redelivery hides it and cards it, once, and leaves finished messages alone."""
    import time

    from bot.app import SERVICES
    from bot.auth import TokenGuard
    from bot.sim_web import REDELIVER_AFTER_SECONDS, SimulatorWeb
    from handlers.ports import User

    services = sim_client.app[SERVICES]
    sim = services.channels["sim"]
    finished = await post(sim_client, "nhom-1", MEMBER, "Chào cả nhà")
    interrupted = await sim.post_from_user("nhom-1", User("dan1", "Nguyễn Văn An"), CCCD_TEXT)
    web = SimulatorWeb(sim, services.router, TokenGuard(None))
    assert await web.redeliver() == 0  # too recent: its first delivery may still be running
    later = time.time() + REDELIVER_AFTER_SECONDS + 1
    assert await web.redeliver(now=later) == 1
    assert await web.redeliver(now=later) == 0
    shown = {m["message_id"]: m["visible"] for m in await messages(sim_client, "nhom-1")}
    assert shown[interrupted] is False and shown[finished] is True
    await card_for(sim_client)
    assert len(await services.store.list_ids()) == 1


async def test_a_press_names_its_message_by_id_and_chat(sim_client: TestClient) -> None:
    message_id = await post(sim_client, "nhom-1", MEMBER, CCCD_TEXT)
    card = await card_for(sim_client)
    # The card is in the admin room, not in the group: pressing it "in the group" is refused.
    wrong = await sim_client.post(
        "/sim/api/press",
        json={
            "chat_id": "nhom-1",
            "message_id": card["message_id"],
            "user": ADMIN,
            "action": card["buttons"][0]["action"],
        },
    )
    assert wrong.status == 400
    assert message_id != card["message_id"]

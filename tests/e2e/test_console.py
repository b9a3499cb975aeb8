"""The admins' web console, end to end in the embedded default."""

from __future__ import annotations

import time

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import SERVICES, create_app
from config.settings import Settings
from tests.support.items import CCCD, cccd_decision, group_message


async def _hold(client: TestClient) -> str:
    services = client.app[SERVICES]
    item_id, _ = await services.store.create(group_message(), cccd_decision(), mode="hold")
    await services.store.record_taken(item_id, "deleted")
    return item_id


async def test_console_lists_held_items_and_an_admin_decides_with_audit(
    sim_client: TestClient,
) -> None:
    item_id = await _hold(sim_client)
    listing = await (await sim_client.get("/console/api/items")).json()
    assert [i["id"] for i in listing["items"]] == [item_id]
    assert f"【{CCCD}】" in listing["items"][0]["text"]

    resp = await sim_client.post(
        f"/console/api/items/{item_id}/decide", json={"verdict": "reject", "admin": "Đại úy Minh"}
    )
    assert (await resp.json())["ok"] is True
    again = await sim_client.post(
        f"/console/api/items/{item_id}/decide",
        json={"verdict": "approve", "admin": "Thiếu úy Lan"},
    )
    body = await again.json()
    assert body["ok"] is False
    assert "Đại úy Minh" in body["answer"]

    detail = await (await sim_client.get(f"/console/api/items/{item_id}")).json()
    assert [(e["action"], e["actor"]) for e in detail["audit"]][:2] == [
        ("held", "bot"),
        ("reject", "console:Đại úy Minh"),
    ]
    assert "personal_data" in detail["why"]


async def test_console_rejects_a_bad_verdict(sim_client: TestClient) -> None:
    item_id = await _hold(sim_client)
    resp = await sim_client.post(
        f"/console/api/items/{item_id}/decide", json={"verdict": "delete-everything", "admin": "x"}
    )
    assert resp.status == 400
    assert (await resp.json())["field"] == "verdict"


@pytest.fixture
async def guarded_client(embedded_settings: Settings):
    settings = Settings(NOTICE_TTL_SECONDS=0, CONSOLE_TOKEN="s3cret-token")
    client = TestClient(TestServer(await create_app(settings)))
    await client.start_server()
    yield client
    await client.close()


async def test_with_a_console_token_requests_without_it_get_401(
    guarded_client: TestClient,
) -> None:
    assert (await guarded_client.get("/console/api/items")).status == 401
    assert (await guarded_client.get("/sim/api/chats")).status == 401
    wrong = {"Authorization": "Bearer nope"}
    assert (await guarded_client.get("/console/api/items", headers=wrong)).status == 401
    right = {"Authorization": "Bearer s3cret-token"}
    assert (await guarded_client.get("/console/api/items", headers=right)).status == 200


async def test_console_pages_through_every_held_item_newest_first(sim_client: TestClient) -> None:
    services = sim_client.app[SERVICES]
    made = []
    start = time.time() - 600  # recent: no duty expires them meanwhile
    for n in range(60):
        item_id, _ = await services.store.create(
            group_message(f"p{n}"), cccd_decision(), mode="hold", now=start + n
        )
        made.append(item_id)
    first = await (await sim_client.get("/console/api/items")).json()
    assert first["total"] == 60 and first["next_offset"] == 50
    assert [i["id"] for i in first["items"]] == made[::-1][:50]
    rest = await (await sim_client.get("/console/api/items?offset=50&limit=50")).json()
    assert [i["id"] for i in rest["items"]] == made[::-1][50:]
    assert rest["next_offset"] is None
    for query in ("limit=0", "limit=201", "offset=-1", "limit=abc"):
        resp = await sim_client.get(f"/console/api/items?{query}")
        assert resp.status == 400, query

"""Closed by default: what the web app serves on a network address, what every answer carries,
and what a hostile request cannot do (inject a line, nest JSON until the parser breaks)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import SERVICES, create_app
from bot.web_safety import MAX_JSON_DEPTH, too_deep
from config.settings import Settings
from handlers.texts import one_line
from tests.support.items import cccd_decision, group_message

MEMBER = {"id": "dan1", "name": "Nguyễn Văn An"}


@asynccontextmanager
async def running(settings: Settings) -> AsyncIterator[TestClient]:
    client = TestClient(TestServer(await create_app(settings)))
    await client.start_server()
    try:
        yield client
    finally:
        await client.close()


def network(embedded_settings: Settings, **extra: Any) -> Settings:
    return Settings(**{**embedded_settings.model_dump(by_alias=False), "host": "0.0.0.0", **extra})


async def test_on_a_network_address_the_simulator_is_off_and_says_so_once(
    embedded_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        async with running(network(embedded_settings)) as client:
            for path in ("/sim", "/sim/api/chats", "/console", "/console/api/items"):
                assert (await client.get(path)).status == 404, path
            posted = await client.post(
                "/sim/api/messages",
                json={"chat_id": "nhom-1", "user": {"id": "admin"}, "text": "duyet 1"},
            )
            assert posted.status == 404
    off = [r.getMessage() for r in caplog.records if "simulator OFF" in r.getMessage()]
    assert len(off) == 1 and "SIM_ON_NETWORK" in off[0]
    # Nothing that is off gets a URL in the start-up log.
    assert not any("http://" in r.getMessage() for r in caplog.records)


async def test_on_a_network_address_the_simulator_needs_the_setting_and_the_token(
    embedded_settings: Settings,
) -> None:
    async with running(network(embedded_settings, sim_on_network=True)) as client:
        assert (await client.get("/sim/api/chats")).status == 404  # no token: still off
    settings = network(embedded_settings, sim_on_network=True, console_token="bi-mat-dai-du-dai")
    async with running(settings) as client:
        assert (await client.get("/sim/api/chats")).status == 401
        authorised = {"Authorization": "Bearer bi-mat-dai-du-dai"}
        assert (await client.get("/sim/api/chats", headers=authorised)).status == 200


async def test_every_answer_carries_the_security_headers(sim_client: TestClient) -> None:
    for path in ("/sim", "/console", "/sim/api/chats", "/healthz", "/no-such-page"):
        resp = await sim_client.get(path)
        assert resp.headers["X-Frame-Options"] == "DENY", path
        assert resp.headers["X-Content-Type-Options"] == "nosniff", path
        assert resp.headers["Referrer-Policy"] == "no-referrer", path
        policy = resp.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy, path
        if path in ("/sim", "/console"):
            # The page's own inline script by its hash, nothing else.
            assert (
                "script-src 'sha256-" in policy
                and "unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
            )
        else:
            assert policy.startswith("default-src 'none'"), path


async def test_json_nested_past_the_limit_is_refused_with_400_not_a_crash(
    sim_client: TestClient,
) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for path in ("/sim/api/messages", "/sim/api/press", "/console/api/items/1/decide"):
        resp = await sim_client.post(path, data=deep, headers={"Content-Type": "application/json"})
        assert resp.status == 400, path
    # Strings may hold brackets: only structure counts towards the depth.
    assert not too_deep('{"text": "' + "[" * 1000 + '"}')
    assert too_deep("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    assert not too_deep("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)


async def test_a_newline_in_a_name_cannot_add_a_line_to_the_card_or_the_audit(
    sim_client: TestClient,
) -> None:
    services = sim_client.app[SERVICES]
    item_id, _ = await services.store.create(group_message(), cccd_decision(), mode="hold")
    forged = "Minh\n✅ Đã duyệt bởi Trưởng Công an xã\u202e"
    resp = await sim_client.post(
        f"/console/api/items/{item_id}/decide", json={"verdict": "reject", "admin": forged}
    )
    assert (await resp.json())["ok"] is True
    audit = await services.store.audit_for(item_id)
    names = [entry["actor_name"] for entry in audit]
    assert "Minh ✅ Đã duyệt bởi Trưởng Công an xã" in names
    assert not any("\n" in name or "\u202e" in name for name in names)
    item = await services.store.get(item_id)
    card = services.review.card_text(item)
    assert sum("✅" in line for line in card.splitlines()) == 1
    assert one_line(" a\tb\r\nc\u200b d ") == "a b c d"

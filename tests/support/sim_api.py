"""The simulator's HTTP API as the end-to-end tests drive it (the contract in the README)."""

from __future__ import annotations

import base64
import urllib.parse

from aiohttp.test_utils import TestClient


async def messages(client: TestClient, chat: str) -> list[dict]:
    resp = await client.get(f"/sim/api/chats/{urllib.parse.quote(chat, safe='')}/messages")
    assert resp.status == 200
    return (await resp.json())["messages"]


async def post(
    client: TestClient,
    chat: str,
    user: dict,
    text: str,
    *,
    document: tuple[str, bytes] | None = None,
) -> str:
    """A user's message; ``document`` is a file sent with it: (file name, bytes)."""
    body: dict = {"chat_id": chat, "user": user, "text": text}
    if document is not None:
        body["document"] = {
            "filename": document[0],
            "data": base64.b64encode(document[1]).decode(),
        }
    resp = await client.post("/sim/api/messages", json=body)
    assert resp.status == 200, await resp.text()
    return (await resp.json())["message_id"]


async def press(client: TestClient, chat: str, message: dict, kind: str, user: dict) -> dict:
    """Press the button of ``kind`` on ``message`` in ``chat`` as ``user``."""
    action = next(b["action"] for b in message["buttons"] if b["kind"] == kind)
    resp = await client.post(
        "/sim/api/press",
        json={
            "chat_id": chat,
            "message_id": message["message_id"],
            "user": user,
            "action": action,
        },
    )
    assert resp.status == 200, await resp.text()
    return await resp.json()

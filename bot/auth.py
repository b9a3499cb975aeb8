"""The shared-secret check of the web endpoints (simulator API and console)."""

from __future__ import annotations

import secrets

from aiohttp import web


class TokenGuard:
    """Accepts ``Authorization: Bearer <token>`` (or ``?token=`` for a page link).

    With no token configured every request passes: the local default, bound to 127.0.0.1.
    """

    def __init__(self, token: str | None) -> None:
        self.token = token

    def allows(self, request: web.Request) -> bool:
        if self.token is None:
            return True
        given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        given = given or request.query.get("token", "")
        return secrets.compare_digest(given.encode(), self.token.encode())

    @staticmethod
    def deny() -> web.Response:
        return web.json_response(
            {"error": "Thiếu hoặc sai mã truy cập.", "field": None}, status=401
        )

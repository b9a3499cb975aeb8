"""The common part of the fake messenger APIs: an aiohttp app served on a local port."""

from __future__ import annotations

from aiohttp import web
from aiohttp.test_utils import TestServer


class FakeServer:
    """Subclasses build their routes in ``app()``; the bot points at ``url``."""

    server: TestServer | None = None

    def app(self) -> web.Application:
        raise NotImplementedError

    async def start(self) -> str:
        self.server = TestServer(self.app(), host="127.0.0.1")
        await self.server.start_server()
        return self.url

    async def close(self) -> None:
        if self.server is not None:
            await self.server.close()

    @property
    def url(self) -> str:
        assert self.server is not None
        return str(self.server.make_url("")).rstrip("/")

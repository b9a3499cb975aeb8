"""The per-process home of the object graph that jobs run against.

Jobs are plain functions taking ids (RQ's habit); they find the services here. The web process
in embedded mode installs its own runtime, sharing its event loop; a ``python -m workers``
process builds one from settings with an event loop on a background thread, so channel clients
(aiohttp sessions) live as long as the process.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from bot.compose import Services

T = TypeVar("T")
JOB_TIMEOUT = 120.0


class Runtime:
    def __init__(self, services: Services, loop: asyncio.AbstractEventLoop) -> None:
        self.services = services
        self.loop = loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = JOB_TIMEOUT) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)


_current: Runtime | None = None
_lock = threading.Lock()


def install(runtime: Runtime | None) -> None:
    global _current
    _current = runtime


def current() -> Runtime:
    global _current
    with _lock:
        if _current is None:
            _current = start_background()
        return _current


def start_background() -> Runtime:
    """Build services from settings on a fresh event loop running in a daemon thread."""
    from bot.compose import build_services
    from config.settings import load_settings

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="binhyen-loop", daemon=True)
    thread.start()
    settings = load_settings()
    services = asyncio.run_coroutine_threadsafe(build_services(settings), loop).result(120)
    return Runtime(services, loop)

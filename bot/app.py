"""The aiohttp application: channels' webhooks, the simulator, health and metrics."""

from __future__ import annotations

import asyncio
import importlib
import logging
import re

from aiohttp import web

from bot.auth import TokenGuard
from bot.compose import Services, build_services, channel_modules
from bot.console_web import ConsoleWeb
from bot.ops_web import OpsWeb
from bot.sim_web import SimulatorWeb
from config.settings import Settings
from workers.embedded import EmbeddedWorker

log = logging.getLogger(__name__)

SERVICES = web.AppKey("services", Services)
LOOPBACK = ("127.0.0.1", "localhost", "::1")

# Request lines name private chats (`/sim/api/chats/dm:<user>/...`) and could carry a token.
_ACCESS_SECRETS = re.compile(r"(dm:|dm%3A|/bot)[^/\s?\"]+", re.IGNORECASE)


class RedactAccessLog(logging.Filter):
    """Mask user ids in private-chat paths and bot tokens in aiohttp's access log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _ACCESS_SECRETS.sub(r"\1…", record.getMessage())
        record.args = ()
        return True


def redact_access_log() -> None:
    access = logging.getLogger("aiohttp.access")
    if not any(isinstance(f, RedactAccessLog) for f in access.filters):
        access.addFilter(RedactAccessLog())


async def create_app(
    settings: Settings, services: Services | None = None, *, embedded_worker: bool | None = None
) -> web.Application:
    """Build the web app. ``embedded_worker`` defaults to the settings' mode."""
    services = services or await build_services(settings)
    redact_access_log()
    run_worker = settings.embedded if embedded_worker is None else embedded_worker
    app = web.Application(client_max_size=1024 * 1024)
    app[SERVICES] = services

    ops = OpsWeb(services, embedded_worker=run_worker)
    app.add_routes(ops.routes())
    token = settings.console_token.get_secret_value() if settings.console_token else None
    guard = TokenGuard(token)
    sim = services.channels.get("sim")
    if sim is not None:
        app.add_routes(SimulatorWeb(sim, services.router, guard).routes())  # type: ignore[arg-type]
    if token is not None or settings.host in LOOPBACK:
        app.add_routes(ConsoleWeb(services.review, guard).routes())
    else:
        log.warning(
            "web console off: HOST=%s is not loopback and CONSOLE_TOKEN is unset", settings.host
        )
    for module_name in channel_modules(settings):
        setup_web = getattr(importlib.import_module(module_name), "setup_web", None)
        if setup_web is not None:
            setup_web(app, services)

    worker: EmbeddedWorker | None = None

    async def on_startup(app: web.Application) -> None:
        nonlocal worker
        await asyncio.to_thread(services.engine.warm_up)
        if run_worker:
            worker = EmbeddedWorker(services, asyncio.get_running_loop())
            worker.start()
        mode = (
            "embedded (in-process fake Redis and worker)"
            if settings.embedded
            else "redis (shared Redis; run `python -m workers` processes)"
        )
        log.info("Bình Yên started: mode=%s channels=%s", mode, ",".join(services.channels))
        if "sim" in services.channels:
            log.info(
                "simulator: http://%s:%s/sim  console: http://%s:%s/console",
                settings.host,
                settings.port,
                settings.host,
                settings.port,
            )

    async def on_cleanup(app: web.Application) -> None:
        if worker is not None:
            await asyncio.to_thread(worker.stop)
        ops.close()
        await services.close()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app

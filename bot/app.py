"""The aiohttp application: channels' webhooks, the simulator, health and metrics."""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
from collections.abc import Awaitable, Callable

from aiohttp import web
from redis.exceptions import RedisError

from bot.auth import TokenGuard
from bot.compose import Services, build_services, channel_modules
from bot.console_web import ConsoleWeb
from bot.ops_web import OpsWeb
from bot.sim_web import SimulatorWeb
from bot.web_safety import security_headers
from config.settings import Settings
from workers.embedded import EmbeddedWorker

log = logging.getLogger(__name__)

SERVICES = web.AppKey("services", Services)
JOURNAL_REPLAY_SECONDS = 1.0
SIM_REDELIVER_SECONDS = 5.0

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


async def every(seconds: float, step: Callable[[], Awaitable[object]], what: str) -> None:
    """Run ``step`` now and then every ``seconds`` until cancelled; a failure is logged (one
    line for Redis being away) and the next round tries again."""
    while True:
        try:
            await step()
        except RedisError as exc:
            log.warning("REDIS UNREACHABLE: %s waits (%s)", what, type(exc).__name__)
        except Exception:
            log.exception("%s failed; trying again", what)
        await asyncio.sleep(seconds)


async def replay_journal(services: Services) -> None:
    """Write locally journalled holds into Redis once it answers (at start-up, also those a
    stopped process left behind)."""
    if services.flow.journal.has_files():
        await services.flow.replay()


async def create_app(
    settings: Settings, services: Services | None = None, *, embedded_worker: bool | None = None
) -> web.Application:
    """Build the web app. ``embedded_worker`` defaults to the settings' mode."""
    services = services or await build_services(settings)
    redact_access_log()
    run_worker = settings.embedded if embedded_worker is None else embedded_worker
    app = web.Application(client_max_size=1024 * 1024, middlewares=[security_headers])
    app[SERVICES] = services

    ops = OpsWeb(services, embedded_worker=run_worker)
    app.add_routes(ops.routes())
    token = settings.console_token.get_secret_value() if settings.console_token else None
    guard = TokenGuard(token)
    sim = services.channels.get("sim")
    sim_web = None
    if sim is not None:
        sim_web = SimulatorWeb(sim, services.router, guard)  # type: ignore[arg-type]
        app.add_routes(sim_web.routes())
    if settings.console_on:
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
    loops: list[asyncio.Task[None]] = []

    async def on_startup(app: web.Application) -> None:
        nonlocal worker
        await asyncio.to_thread(services.engine.warm_up)
        loops.append(
            asyncio.create_task(
                every(JOURNAL_REPLAY_SECONDS, lambda: replay_journal(services), "journal replay")
            )
        )
        if sim_web is not None:
            loops.append(
                asyncio.create_task(
                    every(SIM_REDELIVER_SECONDS, sim_web.redeliver, "simulator redelivery")
                )
            )
        if run_worker:
            worker = EmbeddedWorker(services, asyncio.get_running_loop())
            worker.start()
        mode = (
            "embedded (in-process fake Redis and worker)"
            if settings.embedded
            else "redis (shared Redis; run `python -m workers` processes)"
        )
        log.info("Bình Yên started: mode=%s channels=%s", mode, ",".join(services.channels))
        base = f"http://{settings.host}:{settings.port}"
        pages = [f"simulator: {base}/sim"] if "sim" in services.channels else []
        pages += [f"console: {base}/console"] if settings.console_on else []
        if pages:
            log.info("  ".join(pages))

    async def on_cleanup(app: web.Application) -> None:
        for loop in loops:
            loop.cancel()
        await asyncio.gather(*loops, return_exceptions=True)
        if worker is not None:
            await asyncio.to_thread(worker.stop)
        ops.close()
        await services.close()

    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app

"""``python -m bot``: start the web app and every configured channel."""

from __future__ import annotations

import logging

from aiohttp import web

from bot.app import create_app
from config.settings import load_settings


def main() -> None:
    settings = load_settings()
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # aiohttp's access log would write full URLs; channel tokens never appear in ours.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)


if __name__ == "__main__":
    main()

"""A simulator channel that can hang right after re-posting a restored message.

Loaded into a worker process through EXTRA_CHANNEL_MODULES by the crash-safety test, so the
test can kill the worker at a known point in the middle of carrying out a decision.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence

from redis.asyncio import Redis

from bot.channels.simulator import SimulatorChannel
from config.settings import Settings
from handlers.ports import Button

HANG_FLAG = "BINHYEN_TEST_HANG_AFTER_RESTORE"


class HangingSimulator(SimulatorChannel):
    async def send_message(
        self, chat_id: str, text: str, *, buttons: Sequence[Button] = (), key: str | None = None
    ) -> str:
        message_id = await super().send_message(chat_id, text, buttons=buttons, key=key)
        if key and key.startswith("restore:") and os.environ.get(HANG_FLAG):
            await asyncio.sleep(3600)
        return message_id


def create_channel(settings: Settings, redis: Redis) -> HangingSimulator:
    return HangingSimulator(redis, settings.sim_admins)

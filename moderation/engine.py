"""Placeholder engine: allows everything. Replaced by the real detectors (issue 3)."""

from __future__ import annotations

from functools import lru_cache

from moderation.types import Action, Decision, ModerationContext


class Engine:
    @classmethod
    def load(cls) -> Engine:
        return cls()

    def warm_up(self) -> None:
        return None

    def moderate(self, text: str, context: ModerationContext | None = None) -> Decision:
        return Decision(action=Action.ALLOW)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine.load()


def moderate(text: str, context: ModerationContext | None = None) -> Decision:
    return default_engine().moderate(text, context)

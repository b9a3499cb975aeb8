"""Bình Yên moderation library: Vietnamese text in, an explainable ``Decision`` out.

No chat, Redis or web code lives here. The public surface is ``moderate``, ``Engine`` and the
value types re-exported below.
"""

from __future__ import annotations

from moderation.engine import Engine, default_engine, moderate
from moderation.types import (
    Action,
    Category,
    CheckResult,
    Decision,
    Finding,
    Mode,
    ModerationContext,
    Policy,
    redact,
)

__all__ = [
    "Action",
    "Category",
    "CheckResult",
    "Decision",
    "Engine",
    "Finding",
    "Mode",
    "ModerationContext",
    "Policy",
    "default_engine",
    "moderate",
    "redact",
]

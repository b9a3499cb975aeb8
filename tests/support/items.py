"""Small builders for held-item tests (messages and decisions as the engine would give)."""

from __future__ import annotations

import time

from handlers.ports import ChatKind, IncomingMessage, User
from moderation import Action, Category, CheckResult, Decision, Finding

CCCD = "001099012345"
TEXT = f"CCCD của tôi là {CCCD} nhé"


def cccd_decision(text: str = TEXT) -> Decision:
    start = text.index(CCCD)
    finding = Finding(
        "personal_data",
        Category.PERSONAL_DATA,
        "cccd",
        start,
        start + len(CCCD),
        0.95,
        "Số căn cước công dân",
        CCCD,
    )
    return Decision(
        action=Action.HOLD,
        categories=(Category.PERSONAL_DATA,),
        findings=(finding,),
        checks=(CheckResult("personal_data", True, (finding,), "1 số CCCD"),),
    )


def group_message(
    message_id: str = "m1",
    *,
    chat_id: str = "nhom-1",
    text: str = TEXT,
    channel: str = "sim",
    user_id: str = "dan1",
) -> IncomingMessage:
    return IncomingMessage(
        channel=channel,
        chat_id=chat_id,
        chat_kind=ChatKind.GROUP,
        message_id=message_id,
        user=User(user_id, "Nguyễn Văn An"),
        text=text,
        date=time.time(),
        chat_title=chat_id,
    )

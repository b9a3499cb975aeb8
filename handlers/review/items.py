"""A held item as the review flow sees it, and how it is encoded in its Redis hash.

``State`` is where an item is in review, ``Verdict`` what an admin decides, ``Claim`` the first
decision (who, when), ``HeldItem`` the whole record. ``encode_claim``/``decode_item`` are the
only code that knows the hash's field formats; ``handlers.review.store`` does the Redis work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from handlers.keys import PREFIX
from handlers.ports import Attachment, User
from moderation import Decision


class State(StrEnum):
    HELD = "held"
    APPROVED = "approved"
    REJECTED = "rejected"
    REDACTED = "redacted"
    EXPIRED = "expired"


class Verdict(StrEnum):
    """What an admin decides; each maps to the state it leads to."""

    APPROVE = "approve"
    REJECT = "reject"
    REDACT = "redact"

    @property
    def state(self) -> State:
        return {
            Verdict.APPROVE: State.APPROVED,
            Verdict.REJECT: State.REJECTED,
            Verdict.REDACT: State.REDACTED,
        }[self]


@dataclass(frozen=True)
class Claim:
    verdict: Verdict
    actor_id: str
    actor_name: str
    at: float


@dataclass(frozen=True)
class HeldItem:
    id: str
    channel: str
    chat_id: str
    chat_title: str
    message_id: str
    author: User
    text: str
    date: float
    decision: Decision
    mode: str  # "hold" (removed from the group) | "alert" (still visible)
    taken: str  # what was done on the channel: "deleted" | "kept" | "delete_failed"
    state: State
    created_at: float
    link: str | None = None
    claim: Claim | None = None
    applied: bool = False
    purged: bool = False
    cards: dict[str, str] = field(default_factory=dict)  # admin chat id -> card message id
    reminded: int = 0
    # Photos sent with the message, by the channel's reference (never the bytes).
    media: tuple[Attachment, ...] = ()

    @property
    def categories(self) -> list[str]:
        return [str(c) for c in self.decision.categories]


def review_key(*parts: str) -> str:
    """A review key: ``by:`` and the parts joined by colons."""
    return PREFIX + ":".join(parts)


def item_key(item_id: str) -> str:
    return review_key("item", item_id)


def encode_claim(claim: Claim) -> str:
    return json.dumps(
        {
            "verdict": str(claim.verdict),
            "actor_id": claim.actor_id,
            "actor_name": claim.actor_name,
            "at": claim.at,
        }
    )


def decode_claim(raw: str | None) -> Claim | None:
    if not raw:
        return None
    data = json.loads(raw)
    return Claim(Verdict(data["verdict"]), data["actor_id"], data["actor_name"], data["at"])


def decode_hash(raw: dict[Any, Any]) -> dict[str, str]:
    return {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in raw.items()
    }


def decode_item(raw: dict[str, str]) -> HeldItem | None:
    if not raw:
        return None
    author = json.loads(raw.get("author") or "{}")
    return HeldItem(
        id=raw["id"],
        channel=raw["channel"],
        chat_id=raw["chat_id"],
        chat_title=raw.get("chat_title", ""),
        message_id=raw["message_id"],
        author=User(
            id=author.get("id", ""),
            name=author.get("name", ""),
            username=author.get("username"),
        ),
        text=raw.get("text", ""),
        date=float(raw.get("date", 0)),
        decision=Decision.from_dict(json.loads(raw["decision"])),
        mode=raw.get("mode", "hold"),
        taken=raw.get("taken", ""),
        state=State(raw["state"]),
        created_at=float(raw["created_at"]),
        link=raw.get("link") or None,
        claim=decode_claim(raw.get("claim")),
        applied=raw.get("applied") == "1",
        purged=raw.get("purged") == "1",
        cards=json.loads(raw.get("cards") or "{}"),
        reminded=int(raw.get("reminded", 0)),
        media=tuple(
            Attachment(kind=m["kind"], file_id=m["file_id"])
            for m in json.loads(raw.get("media") or "[]")
        ),
    )

"""Periodic duties: finish interrupted work, remind and escalate, purge, report."""

from __future__ import annotations

import json
import logging
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from handlers import texts
from handlers.bindings import Bindings
from handlers.jobs import JobQueue
from handlers.keys import PREFIX
from handlers.ports import Channel, ChannelError
from handlers.review.service import PENDING_DELETE
from handlers.review.store import ReviewStore, State
from handlers.tips.store import TipStore
from handlers.tips.texts import STATE_NAMES as TIP_STATE_NAMES

log = logging.getLogger(__name__)

# A held message still to be deleted this long after it was held is deleted by ``reconcile``.
PENDING_DELETE_SECONDS = 5.0


@dataclass(frozen=True)
class Report:
    label: str
    start: float
    end: float
    total: int
    by_category: dict[str, int]
    by_group: dict[str, int]
    by_state: dict[str, int]
    decided: int
    median_minutes_to_decision: float | None
    max_minutes_to_decision: float | None
    # Anonymous tips opened in the period: counts only, nothing about who sent them.
    tips_total: int = 0
    tips_by_state: dict[str, int] = field(default_factory=dict)
    tips_answered: int = 0
    tips_median_minutes_to_first_response: float | None = None
    tips_max_minutes_to_first_response: float | None = None

    def to_dict(self) -> dict[str, object]:
        return self.__dict__.copy()

    def text(self) -> str:
        lines = [
            f"📊 Báo cáo {self.label} ({texts.clock(self.start)} - {texts.clock(self.end)})",
            f"Tổng số tin bị gắn cờ: {self.total}",
        ]
        if self.by_category:
            lines.append(
                "Theo loại: "
                + ", ".join(
                    f"{texts.CATEGORY_NAMES.get(k, k)}: {v}"
                    for k, v in sorted(self.by_category.items())
                )
            )
        if self.by_group:
            lines.append(
                "Theo nhóm: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.by_group.items()))
            )
        if self.by_state:
            lines.append(
                "Xử lý: "
                + ", ".join(
                    f"{texts.STATE_NAMES.get(k, k)}: {v}" for k, v in sorted(self.by_state.items())
                )
            )
        if self.median_minutes_to_decision is not None:
            lines.append(
                f"Thời gian xử lý: trung vị {self.median_minutes_to_decision:.0f} phút, "
                f"lâu nhất {self.max_minutes_to_decision:.0f} phút"
            )
        if self.tips_total:
            lines.append(
                f"Tin báo ẩn danh: {self.tips_total} ("
                + ", ".join(
                    f"{name}: {self.tips_by_state[state]}"
                    for state, name in TIP_STATE_NAMES.items()
                    if self.tips_by_state.get(state)
                )
                + ")"
            )
        if self.tips_median_minutes_to_first_response is not None:
            lines.append(
                f"Phản hồi tin báo đầu tiên: {self.tips_answered}/{self.tips_total} tin báo, "
                f"trung vị {self.tips_median_minutes_to_first_response:.0f} phút, "
                f"lâu nhất {self.tips_max_minutes_to_first_response:.0f} phút"
            )
        return "\n".join(lines)


def half_year_bounds(now: datetime) -> tuple[str, datetime, datetime]:
    """The last finished half-year before ``now``: (label, start, end)."""
    if now.month >= 7:
        return f"6 tháng đầu năm {now.year}", datetime(now.year, 1, 1), datetime(now.year, 7, 1)
    return (
        f"6 tháng cuối năm {now.year - 1}",
        datetime(now.year - 1, 7, 1),
        datetime(now.year, 1, 1),
    )


def year_bounds(now: datetime) -> tuple[str, datetime, datetime]:
    return f"năm {now.year - 1}", datetime(now.year - 1, 1, 1), datetime(now.year, 1, 1)


class Maintenance:
    def __init__(
        self,
        store: ReviewStore,
        bindings: Bindings,
        channels: dict[str, Channel],
        queue: JobQueue,
        *,
        remind_after: float,
        escalate_after: float,
        retention: float,
        chief_admin_chat: str | None,
        stall_seconds: float = 30.0,
        tips: TipStore | None = None,
    ) -> None:
        self.store = store
        self.bindings = bindings
        self.channels = channels
        self.queue = queue
        self.remind_after = remind_after
        self.escalate_after = escalate_after
        self.retention = retention
        self.chief_admin_chat = chief_admin_chat
        # Work older than this without progress is taken to be interrupted and queued again.
        self.stall_seconds = stall_seconds
        self.tips = tips

    async def reconcile(self, now: float | None = None) -> int:
        """Queue again whatever a crash interrupted: claims, decisions, pending deletes, cards
        (with the group notice and the author's note). Idempotent."""
        now = time.time() if now is None else now
        # A job whose worker was killed stays "started" in RQ until RQ's own clean-up, so a
        # stalled step is queued again under a new id, at most once per window; every job is
        # idempotent, so a rare second run changes nothing.
        window = int(now // (self.stall_seconds * 4))
        queued = 0
        for item in await self.store.items(await self.store.ids_older_than(State.HELD, now)):
            if item.claim is not None:
                await self.store.complete_claim(item.id)
                self.queue.enqueue("apply_decision", item.id, job_id=f"apply-{item.id}-r{window}")
                queued += 1
                continue
            if (
                item.mode == "hold"
                and item.taken in PENDING_DELETE
                and now - item.created_at > PENDING_DELETE_SECONDS
            ):
                # The delete never happened (rate limited, or the process stopped first).
                self.queue.enqueue("delete_held", item.id, job_id=f"delheld-{item.id}-r{window}")
                queued += 1
            if not item.cards and now - item.created_at > self.stall_seconds:
                # The card, the group notice and the author's note: each sent once.
                self.queue.enqueue("after_hold", item.id, job_id=f"hold-{item.id}-r{window}")
                queued += 1
        for state in (State.APPROVED, State.REJECTED, State.REDACTED):
            for item in await self.store.items(await self.store.ids_older_than(state, now)):
                decided_at = item.claim.at if item.claim else item.created_at
                if not item.applied and now - decided_at > self.stall_seconds:
                    self.queue.enqueue(
                        "apply_decision", item.id, job_id=f"apply-{item.id}-r{window}"
                    )
                    queued += 1
        return queued

    async def remind(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        sent = 0
        ids = await self.store.ids_older_than(State.HELD, now - self.remind_after)
        for item in await self.store.items(ids):
            if item.claim is not None:
                continue
            age_min = (now - item.created_at) / 60
            channel = self.channels.get(item.channel)
            if channel is None:
                continue
            if item.reminded == 0:
                for admin_chat in await self.bindings.admin_chats(item.channel, item.chat_id):
                    await self._send(
                        channel,
                        admin_chat,
                        f"⏰ Tin #{item.id} đã chờ duyệt {age_min:.0f} phút.",
                        key=f"remind:{item.id}:{admin_chat}",
                    )
                await self.store.set_fields(item.id, reminded=1)
                sent += 1
            elif (
                item.reminded == 1
                and now - item.created_at >= self.escalate_after
                and self.chief_admin_chat
            ):
                chief_channel, _, chief_chat = self.chief_admin_chat.partition(":")
                target = self.channels.get(chief_channel)
                if target is not None:
                    await self._send(
                        target,
                        chief_chat,
                        f"⚠️ Tin #{item.id} ở nhóm {item.chat_title or item.chat_id} chưa được "
                        f"xử lý sau {age_min:.0f} phút.",
                        key=f"escalate:{item.id}",
                    )
                await self.store.set_fields(item.id, reminded=2)
                await self.store.audit(item.id, "escalated")
                sent += 1
        return sent

    async def _send(self, channel: Channel, chat: str, text: str, key: str | None) -> None:
        try:
            await channel.send_message(chat, text, key=key)
        except ChannelError:
            log.warning("reminder to %s failed on %s", chat, channel.name)

    async def purge(self, now: float | None = None) -> int:
        """Originals past retention lose their text; undecided ones expire. Audit stays."""
        now = time.time() if now is None else now
        before = now - self.retention
        purged = 0
        for item_id in await self.store.ids_older_than(State.HELD, before):
            await self.store.expire(item_id, now)
        for state in State:
            for item_id in await self.store.ids_older_than(state, before):
                if await self.store.purge(item_id):
                    purged += 1
        return purged

    async def forget_tip_reporters(self, now: float | None = None) -> int:
        """Delete case -> reporter links ``TIP_LINK_RETENTION_DAYS`` after a tip case is done."""
        if self.tips is None:
            return 0
        codes = await self.tips.purge_links(time.time() if now is None else now)
        if codes:
            log.info("tip links deleted after retention: %d case(s)", len(codes))
        return len(codes)

    async def report(self, start: float, end: float, label: str) -> Report:
        items = []
        for state in State:
            ids = await self.store.redis.zrangebyscore(
                f"{PREFIX}idx:state:{state}", start, f"({end}"
            )
            items += await self.store.items(i.decode() if isinstance(i, bytes) else i for i in ids)
        by_cat: Counter[str] = Counter()
        for item in items:
            by_cat.update(item.categories)
        minutes = [
            (item.claim.at - item.created_at) / 60 for item in items if item.claim is not None
        ]
        return Report(
            label=label,
            start=start,
            end=end,
            total=len(items),
            by_category=dict(by_cat),
            by_group=dict(Counter(item.chat_title or item.chat_id for item in items)),
            by_state=dict(Counter(str(item.state) for item in items)),
            decided=len(minutes),
            median_minutes_to_decision=statistics.median(minutes) if minutes else None,
            max_minutes_to_decision=max(minutes) if minutes else None,
            **(await self._tips_report(start, end)),
        )

    async def _tips_report(self, start: float, end: float) -> dict[str, Any]:
        if self.tips is None:
            return {}
        tips = await self.tips.report(start, end)
        return {
            "tips_total": tips["total"],
            "tips_by_state": tips["by_state"],
            "tips_answered": tips["answered"],
            "tips_median_minutes_to_first_response": tips["median_minutes_to_first_response"],
            "tips_max_minutes_to_first_response": tips["max_minutes_to_first_response"],
        }

    async def periodic_reports(self, now: float | None = None) -> list[str]:
        """Make the 6-monthly and yearly reports once each, when their period has ended.

        A period that ended before the bot first ran here is recorded but not sent: a new
        installation does not greet its admins with reports about a time it did not watch."""
        stamp = time.time() if now is None else now
        moment = datetime.fromtimestamp(stamp)
        await self.store.redis.set(f"{PREFIX}since", stamp, nx=True)
        since = float(await self.store.redis.get(f"{PREFIX}since") or stamp)
        made = []
        for label, start, end in (half_year_bounds(moment), year_bounds(moment)):
            key = f"{PREFIX}report:{start:%Y%m%d}-{end:%Y%m%d}"
            if await self.store.redis.exists(key):
                continue
            report = await self.report(start.timestamp(), end.timestamp(), label)
            if not await self.store.redis.set(key, json.dumps(report.to_dict()), nx=True):
                continue
            if end.timestamp() <= since:
                continue
            await self._deliver(report.text(), key=f"report:{start:%Y%m%d}-{end:%Y%m%d}")
            made.append(label)
        return made

    async def _deliver(self, text: str, key: str) -> None:
        if self.chief_admin_chat:
            name, _, chat = self.chief_admin_chat.partition(":")
            if name in self.channels:
                await self._send(self.channels[name], chat, text, key=key)
                return
        for name, channel in self.channels.items():
            for chat in self.bindings.defaults.get(name, []):
                await self._send(channel, chat, text, key=f"{key}:{chat}")

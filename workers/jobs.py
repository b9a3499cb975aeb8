"""RQ jobs. Each takes ids or plain values and is safe to run more than once.

A channel's retry-after is honoured by scheduling the same job again after that delay (up to
``MAX_RETRY_AFTER`` times); other errors go through RQ's ``Retry`` and, in the end, its failed
registry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from rq import get_current_job

from handlers import texts
from handlers.ports import ChannelError, RetryAfter
from workers import runtime

if TYPE_CHECKING:
    from bot.compose import Services

log = logging.getLogger(__name__)
MAX_RETRY_AFTER = 5


def _run(
    name: str, make: Callable[[Services], Coroutine[Any, Any, object]], *args: str | int | float
) -> object:
    rt = runtime.current()
    try:
        return rt.run(make(rt.services))
    except RetryAfter as exc:
        job = get_current_job()
        base, _, count = (job.id if job else name).partition("~")
        attempt = int(count or 0) + 1
        if attempt > MAX_RETRY_AFTER:
            raise
        log.warning("job %s rate limited; again in %.1fs (attempt %d)", name, exc.seconds, attempt)
        rt.services.queue.enqueue(name, *args, job_id=f"{base}~{attempt}", delay=exc.seconds)
        return None


def after_hold(item_id: str) -> object:
    return _run("after_hold", lambda s: s.review.after_hold(item_id), item_id)


def post_card(item_id: str) -> object:
    return _run("post_card", lambda s: s.review.post_card(item_id), item_id)


def notify_group(item_id: str) -> object:
    return _run("notify_group", lambda s: s.review.notify_group(item_id), item_id)


def delete_held(item_id: str) -> object:
    return _run("delete_held", lambda s: s.review.delete_held(item_id), item_id)


def finish_delete(item_id: str) -> object:
    return _run("finish_delete", lambda s: s.review.finish_delete(item_id), item_id)


def notify_author(item_id: str) -> object:
    return _run("notify_author", lambda s: s.review.notify_author(item_id), item_id)


def apply_decision(item_id: str) -> object:
    return _run("apply_decision", lambda s: s.review.apply(item_id), item_id)


def delete_message(channel: str, chat_id: str, message_id: str) -> object:
    async def go(s: Services) -> None:
        try:
            await s.channels[channel].delete_message(chat_id, message_id)
        except RetryAfter:
            raise
        except ChannelError:
            log.info("could not delete %s message in %s (gone already?)", channel, chat_id)

    return _run("delete_message", go, channel, chat_id, message_id)


def report_missing_permission(channel: str, chat_id: str) -> object:
    """Tell a group's admin chats once that the bot cannot delete there."""

    async def go(s: Services) -> None:
        flag = f"by:perm-reported:{channel}:{chat_id}"
        if not await s.redis.set(flag, "1", nx=True, ex=24 * 3600):
            return
        group_admin = s.extras.get("group_admin")
        # "Title (id)" when the group was bound with its title, else the id alone.
        group = await group_admin.title(channel, chat_id) if group_admin else chat_id
        for admin_chat in await s.bindings.admin_chats(channel, chat_id):
            await s.channels[channel].send_message(
                admin_chat, texts.CANNOT_DELETE.format(group=group)
            )

    return _run("report_missing_permission", go, channel, chat_id)


def reconcile() -> object:
    return _run("reconcile", lambda s: s.maintenance.reconcile())


def remind() -> object:
    return _run("remind", lambda s: s.maintenance.remind())


def purge() -> object:
    return _run("purge", lambda s: s.maintenance.purge())


def periodic_reports() -> object:
    return _run("periodic_reports", lambda s: s.maintenance.periodic_reports())


def forget_tip_reporters() -> object:
    return _run("forget_tip_reporters", lambda s: s.maintenance.forget_tip_reporters())


def _tips(s: Services) -> Any:
    tips = s.extras.get("tips")
    if tips is None:
        log.warning("anonymous tips are off in this process (BINHYEN_SECRET_KEY unset)")
    return tips


def forward_tip(code: str, entry: int) -> object:
    """Send entry ``entry`` of tip case ``code`` to its admin chats (case code only)."""

    async def go(s: Services) -> None:
        tips = _tips(s)
        if tips is not None:
            await tips.relay.forward(code, entry)

    return _run("forward_tip", go, code, entry)


def relay_tip_reply(code: str, entry: int) -> object:
    """Deliver an admin's reply ``entry`` of case ``code`` to its (sealed) reporter."""

    async def go(s: Services) -> None:
        tips = _tips(s)
        if tips is not None:
            await tips.relay.relay_job(code, entry)

    return _run("relay_tip_reply", go, code, entry)

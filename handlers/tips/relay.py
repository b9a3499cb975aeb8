"""The officers' side of a tip case: to the admin chats and back to the sealed reporter.

``forward`` (the RQ job ``workers.jobs.forward_tip``) sends a reporter's entry, with its
stripped photos and documents, to the case's admin chats under the case code only. ``reply``
and ``set_state`` (from ``handlers.tips.admin``) record an officer's answer or a state change
and tell the reporter through ``deliver``, which opens the sealed link just long enough to
call ``send_private``; a rate-limited reply is queued as ``relay_tip_reply``. Nothing here
logs an identity or puts one in an exception.
"""

from __future__ import annotations

import json
import logging
import time

from handlers.bindings import Bindings
from handlers.jobs import JobQueue
from handlers.metrics import TIP_FIRST_RESPONSE, TIPS
from handlers.ports import Answer, Button, Channel, ChannelError, RetryAfter, User
from handlers.tips import texts as t
from handlers.tips.identity import IdentityError, KeyRing, reporter_hashes
from handlers.tips.store import CaseState, Entry, TipStore

log = logging.getLogger(__name__)

PROTOCOL = "v1"


class DeliveryFailed(Exception):
    """A relay step failed; the message names the case only (it ends up in RQ's registry)."""


class TipRelay:
    def __init__(
        self,
        store: TipStore,
        keys: KeyRing,
        bindings: Bindings,
        channels: dict[str, Channel],
        queue: JobQueue,
    ) -> None:
        self.store = store
        self.keys = keys
        self.bindings = bindings
        self.channels = channels
        self.queue = queue

    async def admin_chats(self, channel: str) -> list[str]:
        """Where a channel's tips go: its default admin chats, else every bound admin chat."""
        defaults = self.bindings.defaults.get(channel, [])
        if defaults:
            return list(defaults)
        return await self.bindings.bound_admin_chats(channel)

    # -- to the admins (an RQ job: ``workers.jobs.forward_tip(code, n)``) -------------------

    async def forward(self, code: str, n: int) -> None:
        case = await self.store.get(code)
        entry = await self.store.entry(code, n)
        if case is None or entry is None or entry.forwarded or entry.author != "reporter":
            return
        channel = self.channels[case.channel]
        photos = await self.store.photos(code, n)
        documents = await self.store.documents(code, n)
        text = (
            t.admin_new(code, entry.text, len(photos), len(documents))
            if n == 1
            else t.admin_followup(code, entry.text, len(photos), len(documents))
        )
        buttons = self.admin_buttons(code) if channel.capabilities.buttons else ()
        for admin_chat in case.admin_chats:
            key = f"tip:{code}:{n}:{admin_chat}"
            await channel.send_message(admin_chat, text, buttons=buttons, key=key)
            for i, photo in enumerate(photos, start=1):
                await channel.send_photo(
                    admin_chat,
                    photo,
                    caption=t.photo_caption(code, i, len(photos)),
                    key=f"{key}:p{i}",
                )
            for i, (extension, data) in enumerate(documents, start=1):
                await channel.send_document(
                    admin_chat,
                    data,
                    filename=t.document_name(code, n, i, len(documents), extension),
                    caption=t.document_caption(code, i, len(documents)),
                    key=f"{key}:d{i}",
                )
        await self.store.mark_forwarded(code, entry)
        log.info(
            "tip case=%s entry=%d forwarded to %d admin chat(s)", code, n, len(case.admin_chats)
        )

    @staticmethod
    def admin_buttons(code: str) -> list[Button]:
        return [
            Button("Trả lời", "reply", f"{PROTOCOL}:tr:{code}"),
            Button("Đang xử lý", "in_progress", f"{PROTOCOL}:tp:{code}"),
            Button("Đã xử lý", "done", f"{PROTOCOL}:td:{code}"),
        ]

    # -- back to the reporter ----------------------------------------------------------------

    async def _open_link(self, code: str) -> tuple[str, str] | None:
        """(channel, user id) of a case's reporter, or None when the link is gone/unreadable."""
        sealed = await self.store.link(code)
        if sealed is None:
            return None
        try:
            plain = self.keys.decrypt(sealed, aad=code)
        except IdentityError:
            log.warning("tip case=%s: reporter link cannot be decrypted (wrong key?)", code)
            return None
        if self.keys.needs_rewrap(sealed):
            await self.store.replace_link(code, self.keys.encrypt(plain, aad=code))
        data = json.loads(plain)
        return data["c"], data["u"]

    async def deliver(self, code: str, n: int) -> bool:
        """Send admin entry ``n`` to the reporter. False when the reporter cannot be reached;
        ``RetryAfter`` propagates (the caller queues ``relay_tip_reply``)."""
        entry = await self.store.entry(code, n)
        if entry is None or entry.author != "admin":
            return False
        if entry.forwarded:
            return True
        reporter = await self._reporter(code)
        if reporter is None:
            return False
        channel, user_id = reporter
        try:
            await channel.send_private(user_id, t.reply_to_reporter(code, entry.text))
        except RetryAfter:
            raise
        except ChannelError as exc:
            # The exception text may name the chat; only its type is kept.
            log.info("tip case=%s: reply %d not delivered (%s)", code, n, type(exc).__name__)
            return False
        await self.store.mark_forwarded(code, entry)
        log.info("tip case=%s: reply %d delivered", code, n)
        return True

    async def relay_job(self, code: str, n: int) -> None:
        """``workers.jobs.relay_tip_reply``: errors reach RQ with the case code only."""
        try:
            await self.deliver(code, n)
        except RetryAfter:
            raise
        except Exception as exc:
            raise DeliveryFailed(f"reply {n} of {code}: {type(exc).__name__}") from None

    async def _reporter(self, code: str) -> tuple[Channel, str] | None:
        """The channel and id to reach the reporter of ``code``, or None when the link is gone
        or its channel is not running here."""
        link = await self._open_link(code)
        if link is None:
            return None
        channel_name, user_id = link
        channel = self.channels.get(channel_name)
        return None if channel is None else (channel, user_id)

    async def tell_reporter(self, code: str, text: str) -> bool:
        reporter = await self._reporter(code)
        if reporter is None:
            return False
        channel, user_id = reporter
        try:
            await channel.send_private(user_id, text)
        except ChannelError as exc:
            log.info("tip case=%s: notice not delivered (%s)", code, type(exc).__name__)
            return False
        return True

    async def close_pointer(self, code: str) -> None:
        """Forget the reporter's open-case pointer (needs the link to find its keyed hash)."""
        link = await self._open_link(code)
        if link is not None:
            await self.store.clear_open(reporter_hashes(self.keys, *link), code)

    async def reply(self, code: str, text: str, admin: User) -> Answer:
        case = await self.store.get(code)
        if case is None:
            return Answer(t.UNKNOWN_CASE, ok=False)
        if case.state is CaseState.WITHDRAWN:
            return Answer(t.reporter_gone(code), ok=False)
        now = time.time()
        entry = await self.store.add_entry(
            code, Entry(0, "admin", text, now, admin_name=admin.name or admin.id)
        )
        await self.responded(case.code, case.created_at, now)
        if case.state is CaseState.NEW:
            await self.store.set_state(code, CaseState.IN_PROGRESS, now)
        try:
            delivered = await self.deliver(code, entry.n)
        except RetryAfter as exc:
            self.queue.enqueue(
                "relay_tip_reply",
                code,
                entry.n,
                job_id=f"tiprel-{code}-{entry.n}",
                delay=exc.seconds,
            )
            return Answer(t.reply_queued(code), ok=True)
        TIPS.labels("replied").inc()
        if not delivered:
            return Answer(t.reporter_gone(code), ok=False)
        return Answer(t.reply_sent(code), ok=True)

    async def responded(self, code: str, created_at: float, now: float) -> None:
        if await self.store.record_response(code, now):
            TIP_FIRST_RESPONSE.observe(max(0.0, now - created_at))

    async def set_state(self, code: str, state: CaseState, admin: User) -> Answer:
        case = await self.store.get(code)
        if case is None:
            return Answer(t.UNKNOWN_CASE, ok=False)
        if case.state.closed:
            return Answer(t.case_closed(code, str(case.state)), ok=False)
        if case.state is state:
            return Answer(t.state_changed(code, str(state)), ok=True)
        now = time.time()
        await self.responded(code, case.created_at, now)
        if state is CaseState.DONE:
            # Tell the reporter and forget their pointer while the link is still readable.
            await self.tell_reporter(code, t.state_to_reporter(code, str(state)))
            await self.close_pointer(code)
            await self.store.set_state(code, state, now)
        else:
            await self.store.set_state(code, state, now)
            await self.tell_reporter(code, t.state_to_reporter(code, str(state)))
        TIPS.labels(str(state)).inc()
        log.info("tip case=%s state=%s", code, state)
        return Answer(t.state_changed(code, str(state)), ok=True)

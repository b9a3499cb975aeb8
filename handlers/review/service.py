"""Review of held items: posting cards for admins, decisions, and carrying them out on the
channel. What a card says and its buttons are in ``handlers.review.cards``.
"""

from __future__ import annotations

import logging
import time

from handlers import texts
from handlers.bindings import Bindings
from handlers.jobs import JobQueue
from handlers.metrics import DECISION_LATENCY
from handlers.ports import (
    Answer,
    Button,
    ButtonPress,
    Channel,
    ChannelError,
    MediaGone,
    RetryAfter,
    Unreachable,
    User,
)
from handlers.review import cards
from handlers.review.store import HeldItem, ReviewStore, State, Verdict
from moderation import redact

log = logging.getLogger(__name__)

# What ``taken`` says while a held message is still to be deleted.
PENDING_DELETE = ("pending", "delete_pending")


class ReviewService:
    def __init__(
        self,
        store: ReviewStore,
        bindings: Bindings,
        channels: dict[str, Channel],
        queue: JobQueue,
        *,
        notice_ttl: int = 60,
    ) -> None:
        self.store = store
        self.bindings = bindings
        self.channels = channels
        self.queue = queue
        self.notice_ttl = notice_ttl

    # -- cards -----------------------------------------------------------------------------

    def card_text(self, item: HeldItem) -> str:
        return cards.card_text(item, self.channels.get(item.channel))

    @staticmethod
    def card_buttons(item: HeldItem) -> list[Button]:
        return cards.card_buttons(item)

    async def after_hold(self, item_id: str) -> None:
        """What follows a hold, most urgent first: the card, the group notice, the author's
        note. Each step is idempotent (recorded cards, keyed sends), so a retried job sends
        nothing twice. The item is read once for all three steps."""
        item = await self.store.get(item_id)
        if item is None:
            return
        await self._post_card(item)
        await self._notify_group(item)
        await self._notify_author(item)

    async def post_card(self, item_id: str) -> None:
        """Post the review card to every admin chat of the item's group, once each."""
        item = await self.store.get(item_id)
        if item is None:
            return
        await self._post_card(item)

    async def _post_card(self, item: HeldItem) -> None:
        channel = self.channels[item.channel]
        for admin_chat in await self.bindings.admin_chats(item.channel, item.chat_id):
            if admin_chat in item.cards:
                continue
            await self._show_photos(item, admin_chat)
            buttons = self.card_buttons(item) if channel.capabilities.buttons else ()
            message_id = await channel.send_message(
                admin_chat,
                self.card_text(item),
                buttons=buttons,
                key=f"card:{item.id}:{admin_chat}",
            )
            await self.store.add_card(item.id, admin_chat, message_id)
        log.info("card posted item=%s channel=%s", item.id, item.channel)

    async def _show_photos(self, item: HeldItem, admin_chat: str) -> None:
        """The held message's photos, in the admin chat just before its card: admins decide
        whether they go back to the group, so they see them. A photo the channel no longer has
        is left out (the card still says there was one)."""
        if item.mode != "hold" or not cards.can_repost(self.channels.get(item.channel)):
            return
        channel = self.channels[item.channel]
        for n, photo in enumerate(item.media):
            assert photo.file_id is not None
            try:
                await channel.repost_photo(
                    admin_chat,
                    photo.file_id,
                    caption=texts.card_photo_caption(item.id),
                    key=f"cardphoto:{item.id}:{admin_chat}:{n}",
                )
            except MediaGone:
                log.warning("photo %d of item=%s is gone, card without it", n, item.id)

    async def notify_group(self, item_id: str) -> None:
        item = await self.store.get(item_id)
        if item is None:
            return
        await self._notify_group(item)

    async def _notify_group(self, item: HeldItem) -> None:
        if item.taken != "deleted":
            return
        channel = self.channels[item.channel]
        notice_id = await channel.send_message(
            item.chat_id,
            texts.group_notice(item.author.name or "thành viên"),
            key=f"notice:{item.id}",
        )
        if self.notice_ttl and channel.capabilities.delete_messages:
            self.queue.enqueue(
                "delete_message",
                item.channel,
                item.chat_id,
                notice_id,
                job_id=f"delnotice-{item.id}",
                delay=self.notice_ttl,
            )

    async def delete_held(self, item_id: str) -> None:
        """Delete a held message whose first delete did not happen (rate limited, or the process
        stopped before it), then update the cards and notify the group."""
        item = await self.store.get(item_id)
        if item is None or item.taken not in PENDING_DELETE or item.claim is not None:
            return
        try:
            await self.channels[item.channel].delete_message(item.chat_id, item.message_id)
        except RetryAfter:
            raise
        except ChannelError:
            await self.store.record_taken(item.id, "delete_failed")
            await self.refresh_cards(item.id)
            return
        await self.store.record_taken(item.id, "deleted")
        await self.finish_delete(item.id)

    async def finish_delete(self, item_id: str) -> None:
        """After a late delete: the cards say the message is hidden, the group gets its notice."""
        await self.refresh_cards(item_id)
        await self.notify_group(item_id)

    async def notify_author(self, item_id: str) -> None:
        item = await self.store.get(item_id)
        if item is None:
            return
        await self._notify_author(item)

    async def _notify_author(self, item: HeldItem) -> None:
        if not item.author.id:
            return
        channel = self.channels[item.channel]
        text = (
            texts.author_held(item.categories)
            if item.mode == "hold"
            else texts.author_alert_withdraw(item.categories)
        )
        try:
            await channel.send_private(item.author.id, text, key=f"author:{item.id}")
        except Unreachable:
            log.info("author of item=%s not reachable in private", item.id)

    # -- decisions -------------------------------------------------------------------------

    async def press(self, press: ButtonPress) -> Answer:
        parsed = cards.parse_action(press.action)
        if parsed is None:
            return Answer(texts.BAD_ACTION, ok=False)
        verb, item_id = parsed
        return await self.act(press.channel, verb, item_id, press.user)

    async def act(
        self,
        channel_name: str | None,
        verb: str,
        item_id: str,
        actor: User,
        *,
        verified_admin: bool = False,
    ) -> Answer:
        """Carry out an admin's verb on an item.

        ``channel_name`` None (the web console) accepts items of every channel; otherwise the
        item must belong to that channel. ``verified_admin`` is for callers that checked the
        admin themselves (the console's token); everyone else must be an admin of the item's
        group on its channel.
        """
        item = await self.store.get(item_id)
        if item is None or (channel_name is not None and item.channel != channel_name):
            return Answer(texts.UNKNOWN_ITEM, ok=False)
        channel = self.channels[item.channel]
        if not verified_admin and not await channel.is_chat_admin(item.chat_id, actor.id):
            log.info("refused %s on item=%s: not an admin", verb, item_id)
            return Answer(texts.NOT_ADMIN, ok=False)
        if verb == "details":
            return Answer(self.explain(item), ok=True)
        if verb == "warn":
            return await self._warn(item, actor)
        return await self.decide(item, Verdict(verb), actor)

    async def decide(self, item: HeldItem, verdict: Verdict, actor: User) -> Answer:
        won, claim = await self.store.claim(item.id, verdict, actor)
        if not won:
            assert claim is not None
            return Answer(texts.already_decided(claim.actor_name, claim.at), ok=False)
        DECISION_LATENCY.observe(max(0.0, time.time() - item.created_at))
        log.info("decision item=%s verdict=%s", item.id, verdict)
        self.queue.enqueue("apply_decision", item.id, job_id=f"apply-{item.id}")
        return Answer(f"{texts.VERDICT_DONE[str(verdict)]} (tin #{item.id}).", ok=True)

    async def _warn(self, item: HeldItem, actor: User) -> Answer:
        channel = self.channels[item.channel]
        try:
            await channel.send_private(
                item.author.id, texts.author_warned(), key=f"warn:{item.id}"
            )
        except Unreachable:
            return Answer("Không gửi được cảnh cáo: người gửi chưa nhắn riêng với bot.", ok=False)
        await self.store.audit(item.id, "warned", actor.id, actor.name or actor.id)
        return Answer("Đã gửi lời nhắc tới người gửi.", ok=True)

    @staticmethod
    def explain(item: HeldItem) -> str:
        return cards.explain(item)

    async def apply(self, item_id: str) -> None:
        """Carry out the decided verdict on the channel; safe to run again after a crash."""
        item = await self.store.get(item_id)
        if item is None:
            return
        if item.claim is not None and item.state is State.HELD:
            await self.store.complete_claim(item_id)
            item = await self.store.get(item_id)
            assert item is not None
        if item.claim is None or item.applied:
            return
        channel = self.channels[item.channel]
        verdict = item.claim.verdict
        detail = ""
        visible_before = item.mode == "alert" or item.taken != "deleted"
        if verdict in (Verdict.APPROVE, Verdict.REDACT) and not visible_before:
            restored, detail = await self._restore(item, verdict)
            await self.store.set_fields(item.id, restored_message_id=restored)
        elif verdict is Verdict.REJECT:
            if visible_before and channel.capabilities.delete_messages:
                try:
                    await channel.delete_message(item.chat_id, item.message_id)
                except ChannelError:
                    log.warning("could not delete item=%s on reject", item.id)
            try:
                await channel.send_private(
                    item.author.id,
                    texts.author_rejected(
                        item.categories,
                        still_visible=visible_before and not channel.capabilities.delete_messages,
                    ),
                    key=f"reject:{item.id}",
                )
                detail = "author told"
            except Unreachable:
                detail = "author unreachable"
        await self.store.mark_applied(item.id, detail)
        await self.refresh_cards(item.id)

    async def _restore(self, item: HeldItem, verdict: Verdict) -> tuple[str, str]:
        """Post an approved or redacted item back to its group: ``(message id, audit detail)``.
        Approved with a photo, on a channel that can re-post it: the photo with the text as
        caption. A redaction masks the text only, so it goes back without the photo."""
        channel = self.channels[item.channel]
        author = item.author.name or "thành viên"
        key = f"restore:{item.id}"
        if verdict is Verdict.REDACT:
            body = redact(item.text, item.decision.findings)
            restored = await channel.send_message(
                item.chat_id, texts.restored(author, body), key=key
            )
            left_out = " (photo left out)" if item.media else ""
            return restored, f"restored as {restored}{left_out}"
        caption = texts.restored(author, item.text)
        if item.media and channel.capabilities.repost_photos:
            photo = item.media[0]
            assert photo.file_id is not None
            try:
                restored = await channel.repost_photo(
                    item.chat_id, photo.file_id, caption=caption, key=key
                )
                return restored, f"restored with its photo as {restored}"
            except MediaGone:
                log.warning("photo of item=%s is gone, restoring the text only", item.id)
                restored = await channel.send_message(
                    item.chat_id, f"{caption}\n{texts.PHOTO_NOT_RESTORED}", key=key
                )
                return restored, f"restored as {restored} (photo gone)"
        restored = await channel.send_message(item.chat_id, caption, key=key)
        left_out = " (photo not re-posted: the channel cannot)" if item.media else ""
        return restored, f"restored as {restored}{left_out}"

    async def refresh_cards(self, item_id: str) -> None:
        item = await self.store.get(item_id)
        if item is None:
            return
        channel = self.channels[item.channel]
        if not channel.capabilities.edit_messages:
            return
        buttons = self.card_buttons(item) if channel.capabilities.buttons else ()
        for admin_chat, card_id in item.cards.items():
            try:
                await channel.edit_message(
                    admin_chat, card_id, self.card_text(item), buttons=buttons
                )
            except ChannelError:
                log.warning("could not edit card of item=%s", item_id)

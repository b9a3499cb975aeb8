"""Review of held items: cards for admins, decisions, and carrying them out on the channel.

Buttons carry a small versioned protocol, ``v1:<verb>:<item id>`` (well under Telegram's
64-byte limit): ``ap`` approve, ``rj`` reject, ``rd`` redact, ``wn`` warn the author,
``why`` show every check.
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
from handlers.review.store import HeldItem, ReviewStore, State, Verdict
from moderation import redact

log = logging.getLogger(__name__)

PROTOCOL = "v1"
VERBS = {"ap": "approve", "rj": "reject", "rd": "redact", "wn": "warn", "why": "details"}
KINDS_TO_VERB = {v: k for k, v in VERBS.items()}
CARD_TEXT_LIMIT = 1500
# Where an admin removes a message the bot cannot delete (named on alert-mode cards).
APP_NAMES = {"telegram": "Telegram", "zalo": "Zalo", "zalo_oa": "Zalo"}


def action_data(kind: str, item_id: str) -> str:
    return f"{PROTOCOL}:{KINDS_TO_VERB[kind]}:{item_id}"


def parse_action(data: str) -> tuple[str, str] | None:
    """``v1:ap:12`` -> ``("approve", "12")``; None for anything else."""
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != PROTOCOL or parts[1] not in VERBS:
        return None
    if not parts[2].isdigit():
        return None
    return VERBS[parts[1]], parts[2]


def mark_spans(text: str, item: HeldItem) -> str:
    """Wrap flagged spans in 【】 so an admin sees what was flagged."""
    spans = sorted({(f.start, f.end) for f in item.decision.findings})
    out, pos = [], 0
    for start, end in spans:
        if start < pos or end > len(text):
            continue
        out.append(text[pos:start])
        out.append(f"【{text[start:end]}】")
        pos = end
    out.append(text[pos:])
    marked = "".join(out)
    if len(marked) > CARD_TEXT_LIMIT:
        marked = marked[:CARD_TEXT_LIMIT] + "… (đã rút gọn)"
    return marked


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
        where = item.chat_title or item.chat_id
        if item.mode == "hold" and item.taken == "deleted":
            taken = "Tin đã được ẩn khỏi nhóm."
        elif item.mode == "hold" and item.taken in ("pending", "delete_pending"):
            taken = "Tin sẽ được ẩn khỏi nhóm trong giây lát (kênh đang giới hạn tốc độ)."
        elif item.mode == "hold":
            taken = "Bot KHÔNG xoá được tin (thiếu quyền): tin vẫn hiển thị trong nhóm."
        else:
            taken = self._alert_taken(item)
        lines = [
            f"🛡 Tin #{item.id} cần xem xét",
            f"Nhóm: {where} ({item.channel})",
            f"Người gửi: {item.author.name or item.author.id}",
            f"Loại: {texts.categories_vi(item.categories)}",
            taken,
        ]
        channel = self.channels.get(item.channel)
        if channel is not None and not channel.capabilities.sees_all_group_messages:
            lines.append(
                "Lưu ý: trên kênh này bot chỉ thấy tin nhắc tới bot hoặc trả lời bot, "
                "không thấy mọi tin trong nhóm."
            )
        if item.link:
            lines.append(f"Liên kết: {item.link}")
        if item.decision.truncated:
            lines.append("Lưu ý: tin quá dài, chỉ phần đầu được kiểm tra.")
        if item.media and item.mode == "hold":
            lines.append(
                texts.card_photos(len(item.media), can_repost=self._can_repost(item.channel))
            )
        lines += ["", mark_spans(item.text, item)]
        if item.claim is not None:
            verb = texts.VERDICT_DONE[str(item.claim.verdict)]
            lines += [
                "",
                f"✅ {verb} bởi {item.claim.actor_name} lúc {texts.clock(item.claim.at)}",
            ]
        elif not self._has_buttons(item):
            lines += [
                "",
                f"Trả lời: duyet {item.id} | tuchoi {item.id} | che {item.id} | "
                f"canhcao {item.id} | visao {item.id}",
            ]
        return "\n".join(lines)

    def _alert_taken(self, item: HeldItem) -> str:
        """What an alert-mode card says was done: chosen by the group's policy on a channel
        that can delete, or the strongest action left on one that cannot."""
        channel = self.channels.get(item.channel)
        if channel is not None and channel.capabilities.delete_messages:
            return (
                "Chỉ cảnh báo (theo chính sách của nhóm): tin vẫn hiển thị trong nhóm; "
                "từ chối tin để bot xoá tin khỏi nhóm."
            )
        app = APP_NAMES.get(item.channel, "ứng dụng nhắn tin")
        asked = (
            " Bot nhắn riêng đề nghị người gửi thu hồi tin."
            if channel is not None and channel.capabilities.private_messages
            else ""
        )
        return (
            f"Chỉ cảnh báo (kênh này không cho bot xoá tin của thành viên): tin vẫn hiển thị "
            f"trong nhóm cho tới khi quản trị viên gỡ tin trong ứng dụng {app}.{asked}"
        )

    def _can_repost(self, channel_name: str) -> bool:
        channel = self.channels.get(channel_name)
        return bool(channel and channel.capabilities.repost_photos)

    def _has_buttons(self, item: HeldItem) -> bool:
        channel = self.channels.get(item.channel)
        return bool(channel and channel.capabilities.buttons)

    def card_buttons(self, item: HeldItem) -> list[Button]:
        if item.claim is not None:
            return [Button("Vì sao?", "details", action_data("details", item.id))]
        return [
            Button("Duyệt", "approve", action_data("approve", item.id)),
            Button("Từ chối", "reject", action_data("reject", item.id)),
            Button("Che & đăng", "redact", action_data("redact", item.id)),
            Button("Cảnh cáo tác giả", "warn", action_data("warn", item.id)),
            Button("Vì sao?", "details", action_data("details", item.id)),
        ]

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
        if item.mode != "hold" or not self._can_repost(item.channel):
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
        """Delete a held message whose first delete was rate limited, then notify the group."""
        item = await self.store.get(item_id)
        if item is None or item.taken != "delete_pending" or item.claim is not None:
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
        await self.refresh_cards(item.id)
        await self.notify_group(item.id)

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
        parsed = parse_action(press.action)
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

    def explain(self, item: HeldItem) -> str:
        lines = [f"Vì sao tin #{item.id} bị gắn cờ:"]
        for check in item.decision.checks:
            mark = "⚠️" if check.flagged else "✓"
            lines.append(
                f"{mark} {check.name}: {check.details or ('có' if check.flagged else 'không')}"
            )
        for f in item.decision.findings:
            lines.append(f"• [{f.start}-{f.end}] {f.label} ({f.score:.2f}): {f.reason}")
        if not item.decision.checks and not item.decision.findings:
            lines.append("Không có chi tiết.")
        return "\n".join(lines)

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

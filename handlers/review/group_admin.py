"""Channel-neutral admin use cases for a group: bind an admin chat, queue status, test a text,
show or change the group's policy, dry-run on/off.

``GroupAdmin`` is also an ``AdminHandler``: in an admin chat it answers the text commands
``/trangthai``, ``/kiemtra <text>``, ``/chinhsach [group] [category mode]``,
``/thunghiem bat|tat [group]`` and ``/lienket <group>`` (the slash and diacritics are optional).
A command that names no group acts on the admin chat's only bound group; with several bound
groups it asks which one (by its id or its number in the list).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
import unicodedata

from redis.asyncio import Redis

from handlers import texts
from handlers.bindings import Bindings, follow
from handlers.jobs import JobQueue
from handlers.keys import PREFIX
from handlers.ports import Answer, Channel, ChannelError, IncomingMessage, User
from handlers.review.policies import Policies, move_key
from handlers.review.store import ReviewStore, State
from moderation import Action, Category, Decision, Engine, Mode, ModerationContext, Policy

log = logging.getLogger(__name__)

MODE_WORDS = {
    "hold": Mode.HOLD,
    "giu": Mode.HOLD,
    "an": Mode.HOLD,
    "alert": Mode.ALERT,
    "bao": Mode.ALERT,
    "canhbao": Mode.ALERT,
    "off": Mode.OFF,
    "tat": Mode.OFF,
    "bo": Mode.OFF,
}
CATEGORY_WORDS = {
    **{c.value: c for c in Category},
    "canhan": Category.PERSONAL_DATA,
    "ttcn": Category.PERSONAL_DATA,
    "bimat": Category.STATE_SECRET,
    "nghiepvu": Category.STATE_SECRET,
    "lacde": Category.OFF_TOPIC,
    "ngoaide": Category.OFF_TOPIC,
}
MODE_NAMES = {
    Mode.HOLD: "ẩn tin, chờ duyệt (hold)",
    Mode.ALERT: "chỉ báo quản trị (alert)",
    Mode.OFF: "không kiểm tra (off)",
}
VERDICT_NAMES = {
    Action.HOLD: "SẼ BỊ ẨN và chờ quản trị viên duyệt",
    Action.ALERT: "được giữ nguyên nhưng quản trị viên được báo",
    Action.ALLOW: "KHÔNG vi phạm nội quy",
}

COMMANDS_HELP = (
    "Lệnh cho nhóm quản trị:\n"
    "• /lienket <mã nhóm>: liên kết nhóm với cuộc trò chuyện này (gõ /lienket trong nhóm "
    "cần quản lý để xem mã nhóm)\n"
    "• /trangthai: tình trạng hàng đợi duyệt tin\n"
    "• /kiemtra <nội dung>: thử một đoạn tin với nội quy\n"
    "• /chinhsach: xem chính sách; /chinhsach <loại> <chế độ> để đổi, ví dụ "
    "/chinhsach personal_data alert\n"
    "  loại: personal_data, state_secret, off_topic; chế độ: hold, alert, off\n"
    "• /thunghiem bat|tat: bật/tắt chế độ thử nghiệm (chỉ ghi nhận, không ẩn tin)"
)
NOT_BOUND = "Cuộc trò chuyện này chưa được liên kết với nhóm nào. Dùng /lienket <mã nhóm>."
WHICH_GROUP = (
    "Cuộc trò chuyện này quản lý nhiều nhóm; hãy ghi số thứ tự hoặc mã nhóm ngay sau lệnh, "
    "ví dụ: /thunghiem 1 bat"
)


def title_key(channel: str, group: str) -> str:
    return f"{PREFIX}title:{channel}:{group}"


async def move_title(redis: Redis, channel: str, old: str, new: str) -> None:
    """A group whose id changed keeps the title stored when it was bound."""
    await move_key(redis, title_key(channel, old), title_key(channel, new))


def fold(word: str) -> str:
    """Lower-case, no slash, no ``@botname``, no diacritics: ``/Thử@BinhYenBot`` -> ``thu``."""
    word = word.lower().lstrip("/").split("@", 1)[0].replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def format_decision(text: str, decision: Decision) -> str:
    """What an admin reads for ``/kiemtra``: the verdict, flagged spans and every check."""
    lines = [f"Kết quả kiểm tra: tin này {VERDICT_NAMES[decision.action]}."]
    if decision.dry_run and decision.flagged:
        lines.append("(Nhóm đang ở chế độ thử nghiệm: bot chỉ ghi nhận, không ẩn tin.)")
    if decision.categories:
        lines.append(f"Loại: {texts.categories_vi([str(c) for c in decision.categories])}")
    if decision.findings:
        lines.append("Đoạn bị gắn cờ:")
        for f in decision.findings:
            lines.append(f"• 【{text[f.start : f.end]}】 {f.label} ({f.score:.2f}): {f.reason}")
    for check in decision.checks:
        mark = "⚠️" if check.flagged else "✓"
        lines.append(
            f"{mark} {check.name}: {check.details or ('có' if check.flagged else 'không')}"
        )
    for note in decision.notes:
        lines.append(f"Ghi chú: {note}")
    if decision.truncated:
        lines.append("Lưu ý: tin quá dài, chỉ phần đầu được kiểm tra.")
    return "\n".join(lines)


class GroupAdmin:
    def __init__(
        self,
        *,
        redis: Redis,
        store: ReviewStore,
        bindings: Bindings,
        policies: Policies,
        engine: Engine,
        channels: dict[str, Channel],
        queue: JobQueue,
    ) -> None:
        self.redis = redis
        self.store = store
        self.bindings = bindings
        self.policies = policies
        self.engine = engine
        self.channels = channels
        self.queue = queue

    # -- binding ---------------------------------------------------------------------------

    async def title(self, channel: str, group: str) -> str:
        raw = await self.redis.get(title_key(channel, group))
        name = raw.decode() if isinstance(raw, bytes) else raw
        return f"{name} ({group})" if name else group

    async def bind(
        self, channel_name: str, group: str, admin_chat: str, user: User, *, title: str = ""
    ) -> Answer:
        """Bind ``group`` to ``admin_chat`` when ``user`` is a real admin of both."""
        group = group.strip()
        if not group:
            return Answer("Thiếu mã nhóm. Ví dụ: /lienket -1001234567890", ok=False)
        # An id from before the group became a supergroup binds the supergroup.
        group = await self.bindings.current_id(channel_name, group)
        if group == admin_chat:
            return Answer(
                "Không thể liên kết một nhóm với chính nó. Hãy gõ lệnh này trong nhóm quản trị.",
                ok=False,
            )
        channel = self.channels[channel_name]
        try:
            admin_of_group = await channel.is_chat_admin(group, user.id)
            admin_here = admin_of_group and await channel.is_chat_admin(admin_chat, user.id)
        except ChannelError:
            log.warning("bind: could not read the admin lists of %s:%s", channel_name, group)
            return Answer(
                "Không kiểm tra được danh sách quản trị của nhóm. Hãy chắc chắn bot đã được "
                "thêm vào nhóm đó rồi thử lại.",
                ok=False,
            )
        if not admin_of_group:
            return Answer(
                f"Bạn không phải quản trị viên của nhóm {group} (hoặc bot chưa ở trong nhóm đó) "
                "nên không thể liên kết.",
                ok=False,
            )
        if not admin_here:
            return Answer(
                "Chỉ quản trị viên của cuộc trò chuyện này mới liên kết được nó với một nhóm.",
                ok=False,
            )
        await self.bindings.bind(channel_name, group, admin_chat)
        if title:
            await self.redis.set(title_key(channel_name, group), title)
        log.info("bound %s group=%s admin_chat=%s", channel_name, group, admin_chat)
        return Answer(
            f"Đã liên kết nhóm {await self.title(channel_name, group)} với cuộc trò chuyện "
            "này. Tin bị gắn cờ trong nhóm sẽ được gửi tới đây để duyệt.",
            ok=True,
        )

    # -- the text commands (AdminHandler) --------------------------------------------------

    async def handle(self, msg: IncomingMessage) -> Answer | None:
        words = msg.text.strip().split()
        if not words:
            return None
        head, args = fold(words[0]), words[1:]
        if head == "trangthai":
            return await self.status(msg.channel, msg.chat_id)
        if head == "kiemtra":
            text = msg.text.strip()[len(words[0]) :].strip()
            return await self.test_text(msg.channel, msg.chat_id, text)
        if head == "chinhsach":
            return await self.policy_command(msg.channel, msg.chat_id, msg.user, args)
        if head == "thunghiem":
            return await self.dry_run_command(msg.channel, msg.chat_id, msg.user, args)
        if head == "lienket":
            return await self.bind(msg.channel, " ".join(args), msg.chat_id, msg.user)
        return None

    async def _groups(self, channel: str, admin_chat: str) -> list[str]:
        return await self.bindings.groups_of(channel, admin_chat)

    async def _pick(
        self, channel: str, admin_chat: str, args: list[str]
    ) -> tuple[str | None, list[str], Answer | None]:
        """Which group a command is about: ``(group, remaining args, error answer)``."""
        groups = await self._groups(channel, admin_chat)
        if args:
            if args[0] in groups:
                return args[0], args[1:], None
            if args[0].isdigit() and 1 <= int(args[0]) <= len(groups):
                return groups[int(args[0]) - 1], args[1:], None
        if len(groups) == 1:
            return groups[0], args, None
        if not groups:
            return None, args, Answer(NOT_BOUND, ok=False)
        listing = "\n".join(
            [f"{n}. {await self.title(channel, g)}" for n, g in enumerate(groups, 1)]
        )
        return None, args, Answer(f"{WHICH_GROUP}\n{listing}", ok=False)

    async def status(self, channel: str, admin_chat: str) -> Answer:
        groups = await self._groups(channel, admin_chat)
        # Items held before a group's id changed carry the old id.
        moves = await self.bindings.moves(channel)
        held = [
            dataclasses.replace(item, chat_id=follow(moves, item.chat_id))
            for item in await self.store.items(
                await self.store.list_ids(state=State.HELD, limit=1000)
            )
            if item.channel == channel
        ]
        held = [item for item in held if not groups or item.chat_id in groups]
        depth, failed = await asyncio.to_thread(
            lambda: (self.queue.depth(), self.queue.failed_count())
        )
        lines = [f"📋 Tình trạng duyệt tin ({channel})"]
        if groups:
            lines.append("Nhóm được liên kết:")
            for n, group in enumerate(groups, 1):
                count = sum(1 for item in held if item.chat_id == group)
                policy = await self.policies.get(channel, group)
                trial = " · đang thử nghiệm" if policy.dry_run else ""
                lines.append(f"{n}. {await self.title(channel, group)}: {count} tin chờ{trial}")
        lines.append(f"Tin đang chờ duyệt: {len(held)}")
        if held:
            oldest = min(held, key=lambda item: item.created_at)
            minutes = max(0.0, time.time() - oldest.created_at) / 60
            lines.append(f"Tin chờ lâu nhất: #{oldest.id}, {minutes:.0f} phút")
        lines.append(f"Việc trong hàng đợi: {depth} · việc lỗi: {failed}")
        return Answer("\n".join(lines), ok=True)

    async def test_text(self, channel: str, admin_chat: str, text: str) -> Answer:
        if not text:
            return Answer("Hãy ghi nội dung cần kiểm tra. Ví dụ: /kiemtra CCCD 0010...", ok=False)
        groups = await self._groups(channel, admin_chat)
        policy = await self.policies.get(channel, groups[0]) if len(groups) == 1 else Policy()
        decision = self.engine.moderate(text, ModerationContext(policy=policy))
        return Answer(format_decision(text, decision), ok=True)

    def _describe(self, title: str, policy: Policy) -> list[str]:
        lines = [f"Chính sách của nhóm {title}:"]
        for category in Category:
            lines.append(
                f"• {category.value} ({texts.CATEGORY_NAMES.get(category.value, '')}): "
                f"{MODE_NAMES[policy.mode(category.value)]}"
            )
        lines.append(f"• Chế độ thử nghiệm: {'BẬT' if policy.dry_run else 'tắt'}")
        return lines

    async def policy_command(
        self, channel: str, admin_chat: str, user: User, args: list[str]
    ) -> Answer:
        groups = await self._groups(channel, admin_chat)
        if not args and len(groups) > 1:
            lines: list[str] = []
            for group in groups:
                policy = await self.policies.get(channel, group)
                lines += self._describe(await self.title(channel, group), policy)
            return Answer("\n".join(lines), ok=True)
        group, rest, error = await self._pick(channel, admin_chat, args)
        if error is not None:
            return error
        assert group is not None
        policy = await self.policies.get(channel, group)
        title = await self.title(channel, group)
        if not rest:
            return Answer("\n".join(self._describe(title, policy)), ok=True)
        category = CATEGORY_WORDS.get(fold(rest[0]))
        mode = MODE_WORDS.get(fold(rest[1])) if len(rest) > 1 else None
        if category is None or mode is None:
            return Answer(
                "Cú pháp: /chinhsach <loại> <chế độ>, ví dụ /chinhsach personal_data alert.\n"
                "Loại: personal_data, state_secret, off_topic. Chế độ: hold, alert, off.",
                ok=False,
            )
        refused = await self._refuse_non_admin(channel, group, user)
        if refused is not None:
            return refused
        modes = {**policy.modes, category.value: mode}
        await self.policies.set(channel, group, dataclasses.replace(policy, modes=modes))
        log.info("policy changed %s group=%s %s=%s", channel, group, category.value, mode)
        return Answer(
            f"Đã đổi chính sách nhóm {title}: {category.value} -> {MODE_NAMES[mode]}.", ok=True
        )

    async def dry_run_command(
        self, channel: str, admin_chat: str, user: User, args: list[str]
    ) -> Answer:
        group, rest, error = await self._pick(channel, admin_chat, args)
        if error is not None:
            return error
        assert group is not None
        policy = await self.policies.get(channel, group)
        title = await self.title(channel, group)
        word = fold(rest[0]) if rest else ""
        if word not in ("bat", "on", "tat", "off"):
            state = "BẬT" if policy.dry_run else "tắt"
            return Answer(
                f"Chế độ thử nghiệm của nhóm {title} đang {state}. "
                "Dùng /thunghiem bat hoặc /thunghiem tat.",
                ok=word == "",
            )
        refused = await self._refuse_non_admin(channel, group, user)
        if refused is not None:
            return refused
        dry_run = word in ("bat", "on")
        await self.policies.set(channel, group, dataclasses.replace(policy, dry_run=dry_run))
        log.info("dry-run %s group=%s dry_run=%s", channel, group, dry_run)
        if dry_run:
            return Answer(
                f"Đã BẬT chế độ thử nghiệm cho nhóm {title}: bot chỉ ghi nhận, không ẩn tin.",
                ok=True,
            )
        return Answer(f"Đã tắt chế độ thử nghiệm cho nhóm {title}: bot ẩn tin vi phạm.", ok=True)

    async def _refuse_non_admin(self, channel: str, group: str, user: User) -> Answer | None:
        try:
            allowed = await self.channels[channel].is_chat_admin(group, user.id)
        except ChannelError:
            allowed = False
        if allowed:
            return None
        log.info("refused policy change on %s group=%s: not an admin", channel, group)
        return Answer(
            "Chỉ quản trị viên của nhóm mới được đổi chính sách hoặc chế độ thử nghiệm.", ok=False
        )

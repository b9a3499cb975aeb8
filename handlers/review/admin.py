"""Text commands in an admin chat, for channels without buttons and for quick typing.

``duyet 12``, ``tuchoi 12``, ``che 12``, ``canhcao 12``, ``visao 12``, ``ds`` (list held
items), ``trogiup`` (help). Diacritics are optional: ``duyệt 12`` works too.
"""

from __future__ import annotations

from handlers import texts
from handlers.ports import Answer, IncomingMessage
from handlers.review.service import ReviewService
from handlers.review.store import State
from handlers.texts import fold

COMMANDS = {
    "duyet": "approve",
    "tuchoi": "reject",
    "che": "redact",
    "canhcao": "warn",
    "visao": "details",
}

HELP = (
    "Lệnh quản trị:\n"
    "• ds: danh sách tin đang chờ duyệt\n"
    "• duyet <số>: duyệt và đăng lại\n"
    "• tuchoi <số>: từ chối\n"
    "• che <số>: che thông tin và đăng lại\n"
    "• canhcao <số>: nhắc nhở người gửi\n"
    "• visao <số>: xem lý do gắn cờ"
)


class AdminCommands:
    def __init__(self, review: ReviewService) -> None:
        self.review = review

    async def handle(self, msg: IncomingMessage) -> Answer | None:
        """Answer a command, or None when the text is not one (plain admin chat)."""
        words = msg.text.strip().split()
        if not words:
            return None
        head = fold(words[0])
        if head in ("ds", "danhsach"):
            return await self._list(msg.channel)
        if head in ("trogiup", "help", "start"):
            return Answer(HELP, ok=True)
        verb = COMMANDS.get(head)
        if verb is None:
            return None
        if len(words) < 2 or not words[1].lstrip("#").isdigit():
            return Answer(f"Thiếu số thứ tự tin. Ví dụ: {head} 12", ok=False)
        return await self.review.act(msg.channel, verb, words[1].lstrip("#"), msg.user)

    async def _list(self, channel: str) -> Answer:
        items = [
            i
            for i in await self.review.store.items(
                await self.review.store.list_ids(state=State.HELD, limit=200)
            )
            if i.channel == channel
        ]
        if not items:
            return Answer("Không có tin nào đang chờ duyệt.", ok=True)
        lines = [f"Tin đang chờ duyệt ({len(items)}):"]
        for item in items[:30]:
            lines.append(
                f"#{item.id} · {item.chat_title or item.chat_id} · "
                f"{texts.categories_vi(item.categories)} · {texts.clock(item.created_at)}"
            )
        return Answer("\n".join(lines), ok=True)

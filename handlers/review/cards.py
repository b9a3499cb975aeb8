"""What admins see of a held item: the card, its buttons and the "Vì sao?" answer.

Buttons carry a small versioned protocol, ``v1:<verb>:<item id>`` (well under Telegram's
64-byte limit): ``ap`` approve, ``rj`` reject, ``rd`` redact, ``wn`` warn the author,
``why`` show every check. Pure functions of the item and its channel's capabilities.
"""

from __future__ import annotations

from handlers import texts
from handlers.ports import Button, Channel
from handlers.review.items import HeldItem
from handlers.texts import one_line

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


def card_text(item: HeldItem, channel: Channel | None) -> str:
    """The review card admins see for ``item`` (``channel``: the item's, if running here)."""
    where = one_line(item.chat_title or item.chat_id)
    if item.mode == "hold" and item.taken == "deleted":
        taken = "Tin đã được ẩn khỏi nhóm."
    elif item.mode == "hold" and item.taken in ("pending", "delete_pending"):
        taken = "Tin sẽ được ẩn khỏi nhóm trong giây lát (kênh đang giới hạn tốc độ)."
    elif item.mode == "hold":
        taken = "Bot KHÔNG xoá được tin (thiếu quyền): tin vẫn hiển thị trong nhóm."
    else:
        taken = alert_taken(item, channel)
    lines = [
        f"🛡 Tin #{item.id} cần xem xét",
        f"Nhóm: {where} ({item.channel})",
        f"Người gửi: {one_line(item.author.name or item.author.id)}",
        f"Loại: {texts.categories_vi(item.categories)}",
        taken,
    ]
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
        lines.append(texts.card_photos(len(item.media), can_repost=can_repost(channel)))
    lines += ["", mark_spans(item.text, item)]
    if item.claim is not None:
        verb = texts.VERDICT_DONE[str(item.claim.verdict)]
        lines += [
            "",
            f"✅ {verb} bởi {one_line(item.claim.actor_name)} lúc {texts.clock(item.claim.at)}",
        ]
    elif not (channel and channel.capabilities.buttons):
        lines += [
            "",
            f"Trả lời: duyet {item.id} | tuchoi {item.id} | che {item.id} | "
            f"canhcao {item.id} | visao {item.id}",
        ]
    return "\n".join(lines)


def alert_taken(item: HeldItem, channel: Channel | None) -> str:
    """What an alert-mode card says was done: chosen by the group's policy on a channel
    that can delete, or the strongest action left on one that cannot."""
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


def can_repost(channel: Channel | None) -> bool:
    return bool(channel and channel.capabilities.repost_photos)


def card_buttons(item: HeldItem) -> list[Button]:
    if item.claim is not None:
        return [Button("Vì sao?", "details", action_data("details", item.id))]
    return [
        Button("Duyệt", "approve", action_data("approve", item.id)),
        Button("Từ chối", "reject", action_data("reject", item.id)),
        Button("Che & đăng", "redact", action_data("redact", item.id)),
        Button("Cảnh cáo tác giả", "warn", action_data("warn", item.id)),
        Button("Vì sao?", "details", action_data("details", item.id)),
    ]


def explain(item: HeldItem) -> str:
    """Every check and finding of ``item``'s decision (the "Vì sao?" answer)."""
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

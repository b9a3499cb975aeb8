"""Everything a chat user or admin reads, in Vietnamese, in one place."""

from __future__ import annotations

import time
import unicodedata

CATEGORY_NAMES = {
    "personal_data": "thông tin cá nhân",
    "state_secret": "bí mật nhà nước / thông tin nghiệp vụ",
    "off_topic": "nội dung không đúng mục đích nhóm",
}

STATE_NAMES = {
    "held": "đang chờ duyệt",
    "approved": "đã duyệt",
    "rejected": "đã từ chối",
    "redacted": "đã che và đăng",
    "expired": "hết hạn",
}

VERDICT_DONE = {
    "approve": "Đã duyệt và đăng lại",
    "reject": "Đã từ chối",
    "redact": "Đã che thông tin và đăng lại",
}


def categories_vi(categories: list[str] | tuple[str, ...]) -> str:
    return ", ".join(CATEGORY_NAMES.get(str(c), str(c)) for c in categories) or "không rõ"


def clock(ts: float) -> str:
    return time.strftime("%H:%M %d/%m/%Y", time.localtime(ts))


def group_notice(author_name: str) -> str:
    return (
        f"Tin nhắn của {author_name} đã được tạm ẩn để quản trị viên xem xét "
        "theo nội quy nhóm. Cảm ơn bà con đã thông cảm."
    )


def author_held(categories: list[str]) -> str:
    return (
        "Tin nhắn bạn vừa gửi trong nhóm đã được tạm ẩn vì có thể chứa "
        f"{categories_vi(categories)}. Quản trị viên sẽ xem xét và phản hồi sớm."
    )


def author_alert_withdraw(categories: list[str]) -> str:
    return (
        "Tin nhắn bạn vừa gửi trong nhóm có thể chứa "
        f"{categories_vi(categories)}. Mong bạn thu hồi tin nhắn đó. Cảm ơn bạn."
    )


def author_rejected(categories: list[str], *, still_visible: bool = False) -> str:
    if still_visible:  # a channel where the bot cannot remove it: the author is asked to
        return (
            "Xin chào, quản trị viên đã xác định tin nhắn bạn gửi trong nhóm chứa "
            f"{categories_vi(categories)}, trái với nội quy nhóm. Đề nghị bạn thu hồi tin nhắn "
            "đó trong nhóm. Cảm ơn bạn đã hợp tác."
        )
    return (
        "Xin chào, tin nhắn bạn gửi trong nhóm đã không được đăng lại vì chứa "
        f"{categories_vi(categories)}, trái với nội quy nhóm. Mong bạn thông cảm và lưu ý "
        "không đăng thông tin cá nhân, thông tin nghiệp vụ hoặc nội dung ngoài mục đích nhóm."
    )


def author_warned() -> str:
    return (
        "Quản trị viên nhắc nhở: tin nhắn của bạn trong nhóm vi phạm nội quy. Mong bạn "
        "lưu ý để nhóm luôn an toàn và đúng mục đích."
    )


def restored(author_name: str, text: str) -> str:
    return f"Tin nhắn của {author_name} (đã được quản trị viên duyệt):\n{text}"


def card_photos(count: int, *, can_repost: bool) -> str:
    if can_repost:
        return (
            f"📷 Tin có kèm {count} ảnh (bot gửi ảnh ngay trước thẻ này). Duyệt: đăng lại ảnh "
            "và chữ; Che & đăng: chỉ đăng lại phần chữ đã che, không kèm ảnh."
        )
    return f"📷 Tin có kèm {count} ảnh; khi duyệt, bot chỉ đăng lại được phần chữ."


def card_photo_caption(item_id: str) -> str:
    return f"📷 Ảnh kèm tin #{item_id} (đang chờ duyệt)"


PHOTO_NOT_RESTORED = "(Ảnh kèm theo không còn trên hệ thống nên không đăng lại được.)"


def already_decided(actor_name: str, at: float) -> str:
    return f"Tin này đã được xử lý bởi {actor_name} lúc {clock(at)}."


NOT_ADMIN = "Bạn không phải quản trị viên của nhóm này nên không thể xử lý tin."
UNKNOWN_ITEM = "Không tìm thấy tin cần xử lý. Vui lòng kiểm tra lại số thứ tự."
BAD_ACTION = "Thao tác không hợp lệ hoặc đã cũ."
CANNOT_DELETE = (
    "Bình Yên không có quyền xoá tin nhắn trong nhóm {group}. Vui lòng cấp quyền quản trị "
    '"Xoá tin nhắn" cho bot. Các tin vi phạm vẫn được chuyển tới đây để xem xét.'
)


def fold(word: str) -> str:
    """A command word as typed, compared without case, diacritics, spaces or a leading /."""
    word = word.lower().replace("đ", "d").lstrip("/")
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")


NAME_LIMIT = 100


def one_line(text: str, limit: int = NAME_LIMIT) -> str:
    """A name or title as cards and the audit show it: one line, no control, format or bidi
    characters (a newline in a name cannot add a fake line to a card), at most ``limit``."""
    kept = [" " if unicodedata.category(c)[0] in "CZ" else c for c in text]
    return " ".join("".join(kept).split())[:limit]

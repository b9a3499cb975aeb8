"""What reporters and admins read about anonymous tips, in Vietnamese."""

from __future__ import annotations

STATE_NAMES = {
    "new": "mới",
    "in_progress": "đang xử lý",
    "done": "đã xử lý",
    "withdrawn": "đã rút",
}


def greeting(retention_days: int) -> str:
    return (
        "Xin chào, đây là Bình Yên – kênh nhận tin báo ẩn danh về an ninh trật tự.\n\n"
        "ĐƯỢC GIỮ KÍN:\n"
        "• Cán bộ nhận tin báo chỉ thấy mã tin báo (ví dụ TB-7K3Q), không thấy tên, tài "
        "khoản hay số điện thoại của bạn.\n"
        "• Ảnh được gửi đi dưới dạng bản sao đã xoá thông tin ẩn (vị trí GPS, máy chụp, "
        "thời gian). Tệp PDF, Word, Excel, PowerPoint cũng vậy (tên tác giả, người sửa, "
        "phần mềm, thời gian), với tên tệp mới.\n"
        "• Mối liên hệ giữa mã tin báo và tài khoản của bạn được mã hoá, chỉ dùng để chuyển "
        f"phản hồi cho bạn, và tự xoá {retention_days} ngày sau khi tin báo xử lý xong.\n\n"
        "KHÔNG ẨN DANH ĐƯỢC:\n"
        "• Những gì bạn tự viết ra: tên, số điện thoại, hoặc chi tiết chỉ mình bạn biết "
        "có thể giúp người khác đoán ra bạn. Bot sẽ nhắc nếu thấy tên hay số điện thoại "
        "của bạn trong tin.\n"
        "• Những gì nhìn thấy trong ảnh (khuôn mặt, nhà cửa, biển số) và những gì viết "
        "trong tệp (chữ, chú thích, lịch sử sửa, chữ ký).\n"
        "• Ứng dụng nhắn tin (Telegram, Zalo) vẫn biết bạn đã nhắn cho bot.\n\n"
        "CÁCH GỬI: viết nội dung tin báo (có thể kèm ảnh hoặc tệp, gửi thành nhiều tin). Bot trả "
        "lời bằng một mã tin báo; các tin sau sẽ được bổ sung vào cùng tin báo.\n"
        "/xem: xem phản hồi  •  /huy: rút tin báo  •  /trogiup: đọc lại hướng dẫn\n\n"
        "Trường hợp khẩn cấp, hãy gọi ngay 113."
    )


def opened(code: str) -> str:
    return (
        f"✅ Đã nhận tin báo. Mã tin báo của bạn: {code}\n"
        "Tin đã được chuyển tới cán bộ tiếp nhận, không kèm tên hay tài khoản của bạn.\n"
        "• Muốn bổ sung: cứ nhắn tiếp tại đây (kể cả ảnh).\n"
        "• Phản hồi của cán bộ sẽ được gửi vào cuộc trò chuyện này; gõ /xem để xem lại.\n"
        "• Gõ /huy để rút tin báo."
    )


def added(code: str) -> str:
    return f"✅ Đã bổ sung vào tin báo {code}."


def check_found(labels: list[str], marked: str) -> str:
    listed = "\n".join(f"• {label}" for label in labels)
    return (
        "⚠️ Trước khi gửi: tin của bạn có thể chứa thông tin giúp người khác nhận ra bạn:\n"
        f"{listed}\n\n{marked}\n\n"
        "Bạn muốn bot xoá các phần được đánh dấu 【 】 trước khi gửi, hay giữ nguyên? "
        "(Nếu đó là thông tin về người hoặc việc bạn báo, ví dụ biển số xe của đối tượng, "
        "hãy chọn Giữ nguyên.)\n"
        "Bấm nút bên dưới, hoặc gõ /xoa hay /giu."
    )


CHECK_PENDING = (
    "Bạn chưa chọn cách xử lý tin trước. Bấm “Xoá giúp tôi” hoặc “Giữ nguyên” (hoặc gõ /xoa, "
    "/giu); gõ /huy để bỏ tin đó."
)
CHECK_EXPIRED = "Tin chờ xác nhận đã hết hạn hoặc đã được xử lý. Vui lòng gửi lại nội dung."
DRAFT_DROPPED = "Đã bỏ tin chưa gửi. Bạn có thể viết lại bất cứ lúc nào."
NOTHING_TO_CANCEL = "Bạn không có tin báo nào đang mở."
DRAFT_EMPTY = "Sau khi xoá, tin không còn nội dung nào để gửi. Vui lòng viết lại."


def withdrawn(code: str) -> str:
    return (
        f"Đã rút tin báo {code}. Liên kết giữa tin báo và tài khoản của bạn đã được xoá. "
        "Cảm ơn bạn."
    )


def no_replies(code: str, state: str) -> str:
    return f"Tin báo {code} ({STATE_NAMES.get(state, state)}) chưa có phản hồi nào từ cán bộ."


def replies(code: str, state: str, texts: list[str]) -> str:
    body = "\n\n".join(f"💬 {t}" for t in texts)
    return f"Phản hồi cho tin báo {code} ({STATE_NAMES.get(state, state)}):\n\n{body}"


NO_CASE = "Bạn chưa có tin báo nào đang mở. Cứ viết nội dung tin báo để gửi."

RATE_LIMITED = (
    "Bạn đã gửi khá nhiều tin trong thời gian ngắn. Vui lòng chờ ít phút rồi gửi tiếp. "
    "Trường hợp khẩn cấp, hãy gọi 113."
)
TOO_MANY_CASES = (
    "Hôm nay bạn đã mở nhiều tin báo. Hãy bổ sung vào tin báo đang có, hoặc quay lại vào "
    "ngày mai. Trường hợp khẩn cấp, hãy gọi 113."
)


def too_long(limit: int) -> str:
    return f"Tin nhắn quá dài (tối đa {limit} ký tự một tin). Vui lòng chia thành nhiều tin nhỏ."


def photo_too_big(limit_mb: float) -> str:
    return f"Ảnh quá lớn (tối đa {limit_mb:g} MB một ảnh). Vui lòng gửi ảnh nhỏ hơn."


def too_many_photos(limit: int) -> str:
    return f"Mỗi tin chỉ gửi được tối đa {limit} ảnh. Vui lòng gửi phần còn lại ở tin sau."


PHOTO_UNREADABLE = "Không đọc được ảnh này. Vui lòng gửi ảnh dạng JPEG hoặc PNG."
PHOTO_NOT_RECEIVED = (
    "Bot chưa nhận được ảnh của bạn (ảnh có thể quá lớn hoặc mạng chậm). Vui lòng gửi lại, "
    "hoặc gửi ảnh nhỏ hơn."
)
DOCUMENT_REFUSED = (
    "Bot chưa chuyển được tệp đính kèm loại này (video, ghi âm, nhãn dán...): chúng có thể "
    "chứa thông tin về người gửi hoặc thiết bị. Bot nhận ảnh, tệp PDF và tệp Word, Excel, "
    "PowerPoint (docx, xlsx, pptx). Vui lòng chụp ảnh màn hình hoặc chép nội dung vào tin nhắn."
)
DOCUMENT_NOT_HERE = (
    "Bot chưa chuyển được tệp đính kèm qua kênh này. Vui lòng chụp ảnh màn hình hoặc chép nội "
    "dung vào tin nhắn."
)
DOCUMENT_UNSUPPORTED = (
    "Bot chưa chuyển được tệp này. Bot chỉ nhận tệp PDF và tệp Word, Excel, PowerPoint dạng "
    "mới (docx, xlsx, pptx), không đặt mật khẩu, không chứa macro; tệp nén (zip, rar), tệp "
    ".doc, .xls cũ và các loại khác chưa nhận được. Vui lòng lưu lại dưới dạng PDF, chụp ảnh "
    "màn hình hoặc chép nội dung vào tin nhắn."
)
DOCUMENT_NOT_RECEIVED = (
    "Bot chưa nhận được tệp của bạn (tệp có thể quá lớn hoặc mạng chậm). Vui lòng gửi lại, "
    "hoặc gửi tệp nhỏ hơn."
)
DOCUMENT_BODY_WARNING = (
    "📎 Tệp đính kèm được gửi tới cán bộ dưới dạng bản sao với tên tệp mới, đã xoá thông tin "
    "ẩn (tên tác giả, người sửa cuối, công ty, phần mềm, thời gian tạo). Lưu ý: nội dung bên "
    "trong tệp vẫn có thể cho biết bạn là ai, ví dụ chữ trong tệp, chú thích (comment), lịch "
    "sử sửa đổi (track changes), chữ ký, tiêu đề thư, ảnh chèn trong tệp. Lần sau, nếu lo "
    "ngại, hãy chụp ảnh màn hình phần cần báo thay vì gửi cả tệp."
)


def document_too_big(limit_mb: float) -> str:
    return (
        f"Tệp quá lớn (tối đa {limit_mb:g} MB một tệp). Vui lòng gửi tệp nhỏ hơn, hoặc chụp "
        "ảnh màn hình các trang cần báo."
    )


EMPTY_TIP = "Vui lòng viết nội dung tin báo (có thể kèm ảnh)."


def reply_to_reporter(code: str, text: str) -> str:
    return (
        f"💬 Phản hồi của cán bộ về tin báo {code}:\n{text}\n\n"
        "Bạn có thể nhắn tiếp tại đây để trả lời; tin sẽ được bổ sung vào tin báo."
    )


def state_to_reporter(code: str, state: str) -> str:
    if state == "done":
        return (
            f"Tin báo {code} đã được xử lý xong. Cảm ơn bạn đã góp phần giữ gìn an ninh trật "
            "tự. Tin nhắn mới sẽ mở một tin báo mới."
        )
    return f"Tin báo {code} đang được cán bộ xử lý."


# -- admin side ----------------------------------------------------------------------------


def _attached(photos: int, documents: int) -> str:
    parts = [f"{photos} ảnh"] if photos else []
    parts += [f"{documents} tệp"] if documents else []
    return " và ".join(parts)


def admin_new(code: str, text: str, photos: int, documents: int = 0) -> str:
    only = "(chỉ có tệp)" if documents and not photos else "(chỉ có ảnh)"
    lines = [f"📨 Tin báo ẩn danh {code} (mới)", "", text or only]
    if photos or documents:
        lines += [
            "",
            f"Kèm {_attached(photos, documents)} (đã xoá thông tin ẩn), gửi ngay sau tin này.",
        ]
    lines += [
        "",
        f"Trả lời: traloi {code} <nội dung>  •  Trạng thái: xuly {code} | xong {code}",
    ]
    return "\n".join(lines)


def admin_followup(code: str, text: str, photos: int, documents: int = 0) -> str:
    only = "(chỉ có tệp)" if documents and not photos else "(chỉ có ảnh)"
    lines = [f"📨 Bổ sung cho tin báo {code}", "", text or only]
    if photos or documents:
        lines += ["", f"Kèm {_attached(photos, documents)} (đã xoá thông tin ẩn)."]
    return "\n".join(lines)


def photo_caption(code: str, i: int, total: int) -> str:
    return f"Ảnh {i}/{total} của tin báo {code}"


def document_caption(code: str, i: int, total: int) -> str:
    return (
        f"Tệp {i}/{total} của tin báo {code} (bản sao đã xoá thông tin tác giả; nội dung trong "
        "tệp giữ nguyên)"
    )


def document_name(code: str, entry: int, i: int, total: int, extension: str) -> str:
    """A neutral file name: the reporter's own may name them (``bienban-nguyenvana.docx``)."""
    suffix = f"-{i}" if total > 1 else ""
    return f"tin-bao-{code}-{entry}{suffix}.{extension}"


def admin_withdrawn(code: str) -> str:
    return f"↩️ Người báo tin đã rút tin báo {code}."


def reply_how(code: str) -> str:
    return f"Để trả lời người báo tin, gõ: traloi {code} <nội dung>"


def reply_sent(code: str) -> str:
    return f"Đã gửi trả lời tới người báo tin {code}."


def reply_queued(code: str) -> str:
    return f"Kênh đang bận; trả lời cho {code} sẽ được gửi lại tự động."


def reporter_gone(code: str) -> str:
    return (
        f"Không còn liên lạc được với người báo tin {code} (tin báo đã rút, liên kết đã hết "
        "hạn lưu giữ, hoặc người báo tin đã chặn bot)."
    )


def state_changed(code: str, state: str) -> str:
    return f"Tin báo {code}: {STATE_NAMES.get(state, state)}."


def case_closed(code: str, state: str) -> str:
    return f"Tin báo {code} {STATE_NAMES.get(state, state)}; không thể trả lời hay đổi trạng thái."


UNKNOWN_CASE = "Không tìm thấy tin báo này. Kiểm tra lại mã (ví dụ TB-7K3Q)."
NOT_ADMIN = "Bạn không phải quản trị viên nên không thể xử lý tin báo."
NO_REPLY_TEXT = "Thiếu nội dung trả lời. Ví dụ: traloi TB-7K3Q Cảm ơn bạn, chúng tôi sẽ xác minh."
MISSING_CODE = "Thiếu mã tin báo. Ví dụ: {word} TB-7K3Q"
NO_CASES = "Chưa có tin báo nào."
LINK_DELETED = "Liên kết tới người báo tin đã được xoá; không thể trả lời tin báo này nữa."

HELP = (
    "Lệnh tin báo ẩn danh:\n"
    "• tinbao: danh sách tin báo\n"
    "• tinbao <mã>: xem toàn bộ tin báo và các trả lời\n"
    "• traloi <mã> <nội dung>: trả lời người báo tin (ẩn danh hai chiều)\n"
    "• xuly <mã>: chuyển sang đang xử lý\n"
    "• xong <mã>: đánh dấu đã xử lý"
)

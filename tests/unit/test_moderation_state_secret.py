"""state_secret detector: secrecy marks, raid plans, informants, internal measures, deployments."""

from __future__ import annotations

import pytest

from moderation import Category, Decision
from moderation.engine import default_engine


def decide(text: str) -> Decision:
    return default_engine().moderate(text)


def secret_labels(decision: Decision) -> set[str]:
    return {f.label for f in decision.findings if f.category is Category.STATE_SECRET}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("MẬT\nKế hoạch công tác quý III của Công an xã", "secrecy_mark"),
        ("TỐI MẬT - Báo cáo tình hình an ninh", "secrecy_mark"),
        ("T.U.Y.Ệ.T M.Ậ.T: danh sách đối tượng", "secrecy_mark"),
        ("tuyet mat, doc xong xoa", "secrecy_mark"),
        ("Độ mật: Mật. Số 12/KH-CAX", "secrecy_mark"),
        ("Chỉ người có tên mới được bóc bì", "secrecy_mark"),
        ("Tài liệu thu hồi sau khi họp", "secrecy_mark"),
        ("gửi anh em tài liệu mật về đợt cao điểm", "secrecy_mark"),
        ("Tối nay 22h công an sẽ truy quét tại thôn 3, giữ bí mật", "raid_plan"),
        ("Kế hoạch đột kích sới bạc nhà ông Tư lúc 2h sáng mai", "raid_plan"),
        ("ngày mai 5h sáng sẽ bắt giữ đối tượng ở xóm Chùa", "raid_plan"),
        ("toi nay 23h ke hoach triet pha o nhom tai khu tro", "raid_plan"),
        ("Lệnh khám xét nhà đối tượng Hùng, thực hiện 6h sáng thứ bảy", "raid_plan"),
        ("Đặc tình của ta trong ổ nhóm là anh Minh ở xóm 4", "informant_identity"),
        ("cơ sở bí mật báo tin là con bà Hoa, nhà cạnh chợ", "informant_identity"),
        ("trinh sát ngầm đang theo dõi ở quán bi-a đầu làng", "informant_identity"),
        ("Đang áp dụng biện pháp nghiệp vụ giám sát bí mật đối tượng Tuấn", "internal_measure"),
        ("Hồ sơ chuyên án ma túy thôn 5, đọc xong xóa", "internal_measure"),
        ("Bố trí 10 chiến sĩ chốt chặn tại ngã ba Đồng Văn từ 22h đêm nay", "deployment"),
        ("Lộ trình tuần tra của tổ công tác đêm nay: cầu Đá - chợ - trạm y tế", "deployment"),
        ("Chuyển tiếp văn bản nội bộ của công an huyện, không phổ biến", "secrecy_mark"),
    ],
)
def test_when_a_secret_is_posted_then_it_is_flagged(text: str, label: str) -> None:
    decision = decide(text)
    assert Category.STATE_SECRET in decision.categories, decision.checks[1]
    assert label in secret_labels(decision)


@pytest.mark.parametrize(
    "text",
    [
        "Nhắc nhở: không đăng tài liệu mật lên nhóm",
        "Nghiêm cấm chia sẻ tài liệu mật, văn bản nội bộ lên mạng xã hội",
        "Mọi người không được chia sẻ thông tin mật nhé",
        "Mật ong rừng nguyên chất nhà em mới lấy",
        "Quên mật khẩu wifi nhà văn hóa rồi, ai nhớ không",
        "Bí mật của em bé là hay ăn vụng kẹo",
        "Đổi mật khẩu Zalo thường xuyên để tránh bị hack",
        "Hôm qua công an xã đã bắt giữ 2 đối tượng trộm chó",
        "Công an huyện vừa triệt phá ổ nhóm đánh bạc, thu giữ 20 triệu",
        "Lịch trực của tổ an ninh tự quản thôn 2 tối nay: ông Ba, anh Tư",
        "Mắt bà Tư dạo này kém, ai đưa bà đi khám giúp",
        "Sáng mai tổ dân phòng ra quân dọn vệ sinh",
        "Mật độ dân cư ở xóm mới cao quá",
        "Tối nay có chiếu phim ở sân nhà văn hóa",
        "Thân mật mời bà con dự lễ khánh thành nhà văn hóa",
        "Đợt cao điểm tấn công trấn áp tội phạm, bà con tích cực tố giác",
        "Có ai biết đặc tình là gì không?",
    ],
)
def test_when_a_message_only_looks_secret_then_it_passes(text: str) -> None:
    decision = decide(text)
    assert Category.STATE_SECRET not in decision.categories, [
        (f.label, f.text, f.score, f.reason) for f in decision.findings
    ]


def test_when_mat_is_ambiguous_then_word_segmentation_settles_it() -> None:
    engine = default_engine()
    assert Category.STATE_SECRET in engine.moderate("đây là tin mật nhé anh em").categories
    assert engine.moderate("tài liệu mật ong rừng").categories == ()

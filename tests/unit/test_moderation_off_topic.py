"""off_topic detector: ads, loans, gambling, scams, MLM, chain messages, agitation, adult."""

from __future__ import annotations

import pytest

from moderation import Category, Decision
from moderation.engine import default_engine


def decide(text: str) -> Decision:
    return default_engine().moderate(text)


def off_topic_labels(decision: Decision) -> set[str]:
    return {f.label for f in decision.findings if f.category is Category.OFF_TOPIC}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Cần bán gấp xe SH 2020, giá rẻ, ib em", "advertising"),
        ("Mỹ phẩm chính hãng, freeship toàn quốc, inbox shop", "advertising"),
        ("Thanh lý tủ lạnh giá 2tr, liên hệ 0912345678", "advertising"),
        ("Vay tiền nhanh, giải ngân trong ngày, chỉ cần CCCD", "loan"),
        ("Hỗ trợ vay không thế chấp, lãi suất thấp, lh zalo", "loan"),
        ("bốc bát họ 10 triệu góp ngày", "loan"),
        ("🎰 nhà cái uy tín, nạp lần đầu tặng 100k 💰", "gambling"),
        ("soi cầu lô đề hôm nay, bạch thủ chuẩn", "gambling"),
        ("Cá độ bóng đá tỷ lệ kèo thơm, vào link ngay", "gambling"),
        ("tai xiu uy tin, rut tien nhanh", "gambling"),
        ("Chúc mừng bạn đã trúng thưởng iPhone 15, nhấn link để nhận quà", "scam"),
        ("Tài khoản của bạn sẽ bị khóa, đăng nhập tại bit.ly/vcb-xacminh", "scam"),
        ("Xác minh tài khoản VNeID tại vneid-capnhat.xyz", "scam"),
        ("Việc nhẹ lương cao, làm nhiệm vụ like dạo nhận tiền", "scam"),
        ("Đầu tư tiền ảo lãi 30%/tháng, thu nhập thụ động", "mlm"),
        ("Cơ hội làm giàu, tuyển đại lý hoa hồng 40%, tuyến dưới", "mlm"),
        ("Hãy chia sẻ tin này cho 10 người, nếu không sẽ gặp xui xẻo cả năm", "chain_message"),
        ("Đả đảo chế độ độc tài, xuống đường biểu tình chống chính quyền", "political_agitation"),
        ("Clip nóng 18+ full không che, link dưới 🔞", "adult"),
        ("Gái gọi tận nơi, phục vụ bao đêm", "adult"),
    ],
)
def test_when_an_off_topic_post_appears_then_it_is_flagged(text: str, label: str) -> None:
    decision = decide(text)
    assert Category.OFF_TOPIC in decision.categories, decision.checks[2]
    assert label in off_topic_labels(decision)


@pytest.mark.parametrize(
    "text",
    [
        "Cảnh báo: lừa đảo vay tiền qua app, bà con không bấm link lạ",
        "Công an xã cảnh báo thủ đoạn mạo danh nhân viên điện lực gọi điện yêu cầu chuyển tiền",
        "Bà con cảnh giác với tin nhắn trúng thưởng, tuyệt đối không cung cấp mã OTP",
        "Hôm qua công an bắt quả tang 5 đối tượng đánh bạc ăn tiền ở thôn 4",
        "Chào cả nhà, chiều nay mưa to, bà con nhớ cất thóc",
        "Nhà ai mất con chó vàng, em nhặt được ở đầu ngõ",
        "Chợ phiên sáng mai có bán cây giống không ạ?",
        "Đề nghị bà con không tham gia các hội nhóm cá độ, lô đề",
        "Tuyên truyền phòng chống tệ nạn mại dâm, ma túy trong thanh thiếu niên",
        "Cảnh giác với luận điệu xuyên tạc kêu gọi biểu tình của thế lực thù địch",
        "Ai cần mua rau sạch thì ra chợ xã nhé, đừng mua hàng trôi nổi",
        "Cháu nhà em thi đỗ đại học rồi, cảm ơn mọi người",
        "Tối nay họp tổ dân phố lúc 19h30 tại nhà văn hóa",
        "Dịch vụ công trực tuyến đã có trên dichvucong.gov.vn",
        "Bà con ai bị mất xe thì báo công an xã nhé",
        "Mọi người cẩn thận link lạ bit.ly gửi qua Zalo, đó là lừa đảo",
    ],
)
def test_when_a_message_is_on_topic_then_it_passes(text: str) -> None:
    decision = decide(text)
    assert Category.OFF_TOPIC not in decision.categories, [
        (f.label, f.text, f.score, f.reason) for f in decision.findings
    ]


def test_when_only_emoji_hint_gambling_then_they_are_reported_with_their_spans() -> None:
    text = "🎰🎲 vào chơi ngay 🎰"
    decision = decide(text)
    spans = [text[f.start : f.end] for f in decision.findings if f.label == "gambling"]
    assert spans and all(set(s) <= {"🎰", "🎲"} for s in spans)

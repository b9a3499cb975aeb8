"""personal_data detector: tables of messages that must be flagged, and hard negatives."""

from __future__ import annotations

import pytest

from moderation import Category, Decision, ModerationContext, Policy
from moderation.engine import default_engine


def decide(text: str, policy: Policy | None = None) -> Decision:
    return default_engine().moderate(text, ModerationContext(policy=policy or Policy()))


def labels(decision: Decision) -> set[str]:
    return {f.label for f in decision.findings if f.category is Category.PERSONAL_DATA}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("CCCD của em: 001203012345", "citizen_id"),
        ("số căn cước 079 095 001 234 nhé", "citizen_id"),
        ("em gửi cccd 001.203.012.345 ạ", "citizen_id"),
        ("001-203-012-345 là số của bác Tư", "citizen_id"),
        ("can cuoc: 0 3 8 1 9 0 0 1 2 3 4 5", "citizen_id"),
        ("số định danh không không một hai không ba không một hai ba bốn năm", "citizen_id"),
        ("CMND 123456789 của chị Lan", "old_id"),
        ("chứng minh thư số 025.123.456", "old_id"),
        ("hộ chiếu số C1234567", "passport"),
        ("passport B7654321", "passport"),
        ("gọi cho em 0912345678", "phone"),
        ("sđt: 0912.345.678", "phone"),
        ("zalo 091 234 5678 nha", "phone"),
        ("+84 912 345 678", "phone"),
        ("(+84) 98-765-4321", "phone"),
        ("84987654321 gọi em", "phone"),
        ("liên hệ 0 9 8 7 6 5 4 3 2 1", "phone"),
        ("không chín tám bảy sáu năm bốn ba hai một là số nhà em", "phone"),
        ("O9l2 345 678 gọi nhé", "phone"),
        ("số bàn nhà em 024 3826 1234", "phone"),
        ("STK 1903 6789 0123 45 Techcombank", "bank_account"),
        ("ck vào 0011004123456 vcb giúp em", "bank_account"),
        ("số tài khoản Agribank 3300205123456 chủ tk Nguyễn Văn Hùng", "bank_account"),
        ("stk mb 0912345678 nhé", "bank_account"),
        ("email em là lan.nguyen92@gmail.com", "email"),
        ("mail: hung123 @ yahoo . com", "email"),
        ("nhà em số nhà 15 ngõ 42 phố Trần Duy Hưng", "address"),
        ("ở 12/5 đường Lê Lợi, phường 3", "address"),
        ("hẻm 45/6 Nguyễn Trãi", "address"),
        ("kiệt 12 Hùng Vương, nhà thứ 3", "address"),
        ("ngõ 5 ngách 12 Hoàng Mai", "address"),
        ("xe biển 29A-123.45 đỗ trước ngõ", "licence_plate"),
        ("biển số 51F 12345", "licence_plate"),
        ("xe máy 30E1-234.56 mất tối qua", "licence_plate"),
        ("Nguyễn Văn Nam sinh ngày 12/05/1990", "birth_date"),
        ("anh Tuấn, sinh năm 1985, ở xóm 2", "birth_date"),
        ("MST: 0101234567", "tax_code"),
        ("mã số thuế cá nhân 8012345678", "tax_code"),
        ("số sổ BHXH 0123456789", "social_insurance"),
        ("ông Trần Văn Bình nhiễm HIV đang điều trị", "health"),
        ("chị Hoa bị tâm thần, mọi người tránh", "health"),
        ("thằng Tèo có 2 tiền án về tội trộm cắp", "criminal_record"),
        ("Lê Văn Tám vừa ra tù tháng trước", "criminal_record"),
        # Digits split by emoji, letters posing as digits, spelled-out digits.
        ("số cmnd cũ của mẹ 152 👉 447 👉 219", "old_id"),
        ("gọi em 098 ✨ 765 ✨ 432 ✨ 1", "phone"),
        ("gọi e nhé: không chín tám sáu, một hai ba, bốn năm sáu", "phone"),
        ("số em 0912, 345, 678 nha", "phone"),
        ("stk 7 7 0 2 1 5 8 8 ở ACB nhé", "bank_account"),
        ("hộ chiếu E12o4567 em vừa làm xong", "passport"),
        ("hộ chiếu số B 1 2 3 4 5 6 7 của chồng em", "passport"),
        ("hộ chiếu P bảy sáu năm bốn ba hai một", "passport"),
        # E-mail with the @ or the dot written out.
        ("mail em: lan.tran[at]yahoo[dot]com", "email"),
        ("gửi về hung.le(@)gmail.com giúp em", "email"),
        # Health-insurance card codes.
        ("Mã thẻ BHYT DN4790123456789 của mẹ em", "social_insurance"),
        ("thẻ bảo hiểm y tế GD4012345678901 hết hạn rồi", "social_insurance"),
        # Plates whose series letter is also a money unit.
        ("Xe ô tô biển 51K-12345 đỗ trước cổng", "licence_plate"),
        ("xe máy biển 29H1 23456 vượt đèn đỏ", "licence_plate"),
        # House numbers with several slashes and a street name.
        ("nhà em ở 45/12/7 Nguyễn Văn Cừ nhé", "address"),
        ("tụ tập trước số 9/14/3 Bạch Mai cả tối", "address"),
        # Birth date in brackets after a name.
        ("Ông Trần Văn Hải (15/08/1958) được tặng huy hiệu", "birth_date"),
        # Health and criminal details of a named person, with and without diacritics.
        ("bà Tư bị lú lẫn, ai thấy đưa bà về nha", "health"),
        ("Cháu Lê Gia Bảo bị tự kỷ nặng", "health"),
        ("ông Hòa đang chạy thận ở viện tỉnh", "health"),
        ("Con gái ông Sáu đang điều trị hóa trị", "health"),
        ("Anh Trần Minh Khôi từng bị phạt vì đánh nhau", "criminal_record"),
        ("thang Tuan o xom 2 moi ra tu", "criminal_record"),
        # Without diacritics names often lose their capitals too.
        ("thang teo co 2 tien an ve toi trom cap", "criminal_record"),
        ("chi hoa bi tam than, moi nguoi tranh", "health"),
        ("ong hoa dang chay than o vien tinh", "health"),
        ("Phạm Văn Lực từng bị án 7 năm về tội cướp", "criminal_record"),
        ("sẽ tạm giữ Đỗ Văn Hậu về hành vi trộm cắp", "criminal_record"),
        ("Năm sinh của bố em là 12-03-1958, tên Trần Văn Hải", "birth_date"),
        ("Nhà bác Tư ở 27/3 Lê Văn Sỹ bị ngập tới gối rồi", "address"),
    ],
)
def test_when_personal_data_is_posted_then_it_is_flagged(text: str, label: str) -> None:
    decision = decide(text)
    assert Category.PERSONAL_DATA in decision.categories, decision.checks[0]
    assert label in labels(decision)


@pytest.mark.parametrize(
    "text",
    [
        "Có việc khẩn gọi 113, cháy gọi 114, cấp cứu 115",
        "Đường dây nóng 111 bảo vệ trẻ em",
        "Thực hiện Kế hoạch số 07/KH-UBND ngày 12/3/2024",
        "Quyết định 123/QĐ-CAX về việc khen thưởng",
        "Giá 1.500.000đ một bộ",
        "Tiền điện tháng này hết 1.250.000 đồng",
        "Lương 12 triệu, thưởng 500k",
        "Hẹn 22h30 ngày 15/08/2024 họp tổ dân phố",
        "Thôn 3 có 1250 hộ, 4.321 nhân khẩu",
        "Dân số xã là 12.345.678 người? không, chỉ 12 nghìn",
        "Tổng đài 1900 1234 hỗ trợ dịch vụ công",
        "ngõ này tối quá, xin lắp thêm đèn",
        "Đường số 5 đang sửa, đi đường vòng nhé",
        "Quốc lộ 1A ùn tắc ở km 12",
        "tổ 5 và xóm 2 họp lúc 8 giờ",
        "Mã hồ sơ 2024-123456 đã được duyệt",
        "mọi người gửi mail cho công an xã: congan.xa@hanoi.gov.vn",
        "năm 1990 làng mình được công nhận văn hóa",
        "bác Hùng sinh năm nào nhỉ?",
        "bệnh viện huyện đang tiêm vắc xin miễn phí",
        "cuối tuần đi tù và trại giam thăm thân nhân phải đăng ký",
        "Covid năm nay không còn nguy hiểm",
        "Ai có số của thợ điện không ạ?",
        "Đề nghị bà con không đăng số CCCD lên nhóm",
        "Hà Nội có 5 người mắc sốt xuất huyết",
        # A birth-looking phrase that is not a birth.
        "Tiền vệ sinh năm 2024 mỗi hộ 120 nghìn",
        "Chi phí phát sinh ngày 3/5/2024 do mưa bão",
        "Hội nghị tổng kết (12/03/2024) diễn ra tại hội trường xã",
        "Khai giảng năm học mới (2024) vào ngày 5/9",
        # Dates and document numbers with slashes.
        "Ngày 20/11/2024 Trường Tiểu học tổ chức mít tinh",
        "Công văn 125/2024/CV-UBND về việc tiêm phòng",
        "Hẹn 12/3 Hà Nội nhé",
        "ở 12/3/2024 phố huyện có hội chợ",
        # Lists with commas.
        "tổ 1, 2, 3, 4, 5 họp lúc 8h",
        "điểm thi: 09, 8, 7, 10, 9, 8",
        "năm 2019, 2020, 2021 làng đạt danh hiệu",
        # Money next to a number.
        "cho em xin số, 500k 1234 là giá bộ này",
        # Shops and places named like people.
        "karaoke Hoàng Gia hôm nay khai trương, giảm 30%, từng bị phạt vì ồn",
        "Chợ Tân Bình nay có bán rau sạch",
        # Health and crime as topics, nobody named.
        "Cháu bé ở tổ 5 bị tự kỷ, các cháu nhỏ chơi chung nhé",
        "Mời mọi người đi hiến máu, nhóm máu nào cũng được",
        "Hưởng ứng tháng hành động vì tội phạm ma túy",
        "Tuyên truyền về tội đánh bạc cho bà con",
        "Kèo Việt Nam - Thái Lan tối nay, bà con xem ở đâu",
        # An agency's duty line or office, given out to the public.
        "Số trực ban Công an xã: 0243 886 1234, bà con cần gì cứ gọi",
        "Đường dây nóng của công an huyện 0912 345 678 (24/24)",
        "Trụ sở UBND xã ở số 12 đường Trần Phú, làm việc giờ hành chính",
        # A placeholder, not anybody's number.
        "Mật khẩu đừng đặt 123456 hay 000000, dễ bị lộ tài khoản ngân hàng",
        # A title before a common word is not a name.
        "bac si noi phai di kham tam than",
        "ong ay bi ung thu giai doan cuoi",
        "ba con luu y phong benh lao",
        "chau be bi sot cao, dang dieu tri",
        "chi em phu nu kham ung thu mien phi",
        "thang nay thon co 3 ca mac covid",
        "doan tu thien phat qua cho cac chau khuyet tat",
    ],
)
def test_when_numbers_are_not_personal_then_they_pass(text: str) -> None:
    decision = decide(text)
    assert Category.PERSONAL_DATA not in decision.categories, [
        (f.label, f.text, f.score) for f in decision.findings
    ]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("CCCD 001203012345", "001203012345"),
        ("CCCD 001.203.012.345 nha", "001.203.012.345"),
        ("cccd\u200b 0 0 1 2 0 3 0 1 2 3 4 5", "0 0 1 2 0 3 0 1 2 3 4 5"),
    ],
)
def test_when_an_id_is_found_then_the_span_points_into_the_original(
    text: str, digits: str
) -> None:
    finding = next(f for f in decide(text).findings if f.label == "citizen_id")
    assert text[finding.start : finding.end] == digits
    assert finding.text == digits


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("001203012345", True),  # Hà Nội, born 2003, male
        ("079195001234", True),  # TP HCM, born 1995, female
        ("003203012345", False),  # 003 is not a province code
        ("097203012345", False),  # 097 is not a province code
        ("001599012345", False),  # century digit 5 (born 2199)
        ("001299012345", False),  # born 2099: in the future
    ],
)
def test_when_a_12_digit_number_is_checked_then_province_and_century_decide(
    number: str, valid: bool
) -> None:
    decision = decide(f"mã {number} đây")
    assert ("citizen_id" in labels(decision)) is valid


def test_when_the_hotline_is_allow_listed_then_it_is_not_flagged() -> None:
    policy = Policy(allow_list=("0912 345 678",))
    assert decide("Trực ban công an xã: 0912.345.678", policy).categories == ()
    assert decide("Trực ban công an xã: +84912345678", policy).categories == ()
    assert decide("Số của em 0987654321", policy).categories == (Category.PERSONAL_DATA,)


def test_when_a_finding_is_explained_then_it_has_a_vietnamese_reason_and_a_score() -> None:
    finding = decide("CCCD 001203012345").findings[0]
    assert finding.detector == "personal_data"
    assert 0.0 < finding.score <= 1.0
    assert "căn cước" in finding.reason

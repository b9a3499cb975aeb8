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
        # Arrests and raids: an action with a time still to come.
        ("Tối nay 22h anh em vây nhà thằng Tèo ở xóm 3", "raid_plan"),
        ("toi nay 23h ae vay so bac o bai song", "raid_plan"),
        ("Sáng mai 5h tổ 2 ập vào kho hàng lậu sau chợ", "raid_plan"),
        ("Chiều thứ 6 triệu tập chủ tiệm vàng rồi tạm giữ luôn", "raid_plan"),
        ("đêm nay 1h phục bắt ở cầu tràn khi bọn nó chở hàng qua", "raid_plan"),
        ("Thứ 3 tuần sau 21h kiểm tra đột xuất nhà nghỉ Sao Mai", "raid_plan"),
        ("Đã có lệnh bắt thằng Hưng, 4h sáng mai bắt tại nhà", "raid_plan"),
        # Undercover officers and informants.
        ("Đ/c Tâm đang làm xe ôm ở bến xe để theo dõi nhóm cướp giật", "informant_identity"),
        ("Nick Facebook Hoa Hồng là của đồng chí bên đội hình sự", "informant_identity"),
        ("3 đồng chí mặc thường phục đứng ở cổng chợ", "informant_identity"),
        ("Cơ sở báo: thằng Bình sẽ giao hàng đêm nay ở bãi sông", "informant_identity"),
        ("thang Duc la trinh sat cua tinh, dung co lai gan", "informant_identity"),
        ("đ/c Hòa t.r.i.n.h.s.á.t ngầm trong nhóm đòi nợ", "informant_identity"),
        ("Người cung cấp tin là bà bán nước đầu ngõ, đừng để lộ", "informant_identity"),
        # Internal measures, and being told to keep police work quiet.
        ("Danh sách hộ thuộc diện cần chú ý đợt này gồm nhà ông Tư, bà Năm", "internal_measure"),
        ("Mật khẩu bộ đàm tuần này là Sen Vàng, kênh 5", "internal_measure"),
        ("Đang theo dõi nhà thằng Long ở xóm Bãi", "internal_measure"),
        ("Đã gắn định vị vào xe của đối tượng", "internal_measure"),
        ("đang xác minh tài khoản của nghi phạm, anh em giữ kín", "secrecy_request"),
        ("Vụ án này chưa công bố, đối tượng chưa biết, đừng để lộ", "secrecy_request"),
        ("toi nay 21h lam viec voi chu quan net, nghi chua chap, giu kin nhe", "secrecy_request"),
        ("Em Hoa thu ngân quán bia là đ/c của đội hình sự", "informant_identity"),
        # Deployments: how many officers where, and where nobody is.
        ("Chỉ có 3 anh em trực ở đồn đêm nay, chốt cầu bỏ trống", "deployment"),
        ("Tối nay cổng chợ có 2 đ/c, bến đò 1 đ/c", "deployment"),
        ("Tổ cơ động đi tuyến đê lúc 1h, về đồn lúc 3h", "deployment"),
        ("đêm nay không có ai tuần tra xóm Bến vì lực lượng mỏng", "deployment"),
        ("Phân công tuần tra tối nay: tổ 1 (4 đ/c) chợ, tổ 2 (2 đ/c) bến xe", "deployment"),
        ("TL thu hồi: danh sách chốt dịp Tết", "secrecy_mark"),
        ("Fw: Kế hoạch đảm bảo an ninh dịp lễ - Mật", "forwarded_classified"),
        # Where traffic police will stand, before they do.
        ("sáng mai 6h CSGT chốt ở ngã tư Quán Toan, anh em đi đường khác", "deployment"),
        ("Tối nay 21h công an đo nồng độ cồn ở dốc Cầu Giấy", "deployment"),
        # A case still under investigation: suspects, leads, what the cameras caught.
        ("Bên điều tra đang khoanh vùng nghi phạm ở xóm Trại", "investigation"),
        ("Công an đang chờ lệnh bắt thằng Khải, anh em đừng nói ra", "investigation"),
        ("Camera nhà ông Sáu quay được mặt thằng cướp, công an đang làm", "investigation"),
        ("Công điện nội bộ của CA tỉnh: rà soát karaoke, không công bố ra ngoài", "secrecy_mark"),
        ("Đêm t6 này đội mình xuống quét tụ điểm ma túy ở bãi giữa", "raid_plan"),
        ("Đang định vị số điện thoại của nghi can ở khu chợ Rẫy", "internal_measure"),
        ("Tối nay CS tuần tra tuyến đê lúc 10h, sau 12h mới quay lại", "deployment"),
        ("Chiều mai 3h kiểm tra hành chính nhà nghỉ Hoa Sen, không báo trước", "raid_plan"),
        ("Tuần sau 7h sáng có đợt quét xe độ ở vòng xoay, ae tránh", "raid_plan"),
        # Checkpoints now, forces thin, event plans, witnesses, leads, keeping quiet.
        ("Đầu dốc Bệnh viện đang có mấy ông CSGT đứng, ae né qua đường Lê Lợi", "deployment"),
        ("Tối mai đội cơ động chia 4 tổ, cổng phía Tây chỉ có 2 người", "deployment"),
        ("Tết này đồn chỉ còn 3 người trực, đêm mùng 2 không có ai đi tuần", "deployment"),
        ("Người gọi 113 báo vụ trộm hôm qua là cô Hạnh bán xôi đầu ngõ", "informant_identity"),
        ("Nhân chứng vụ đánh nhau ở quán bia là thằng Lộc con ông Tư", "informant_identity"),
        ("Bên điều tra đã có danh sách 30 tài khoản chơi cờ bạc, sắp khởi tố", "investigation"),
        ("Trên chưa cho công bố vụ ông Bình nhận hối lộ, ae giữ mồm giữ miệng", "secrecy_request"),
        ("Sáng mai 7h CA phường ra quân kiểm tra hành chính các dãy trọ sau chợ", "raid_plan"),
        ("Ae lưu ý tối nay 22h chốt ở ngã ba Cây Đa, nửa đêm sang đầu cầu Mới", "deployment"),
        ("Ông Hai sửa xe là cơ sở của bên mình, đừng nói ra ngoài", "informant_identity"),
        ("Bà bán xôi đầu ngõ là người bên mình cài vô đó, đừng làm khó", "informant_identity"),
        ("Bên anh đang theo dõi phòng 12 nhà trọ Hoa Mai, cuối tuần mới bắt", "internal_measure"),
        ("Khám nghiệm sơ bộ vụ ao làng: có dấu vân tay lạ, đang chờ giám định", "investigation"),
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
        # Everyday words that also name police actions.
        "Sáng mai 7h bắt đầu tiêm phòng dại cho chó mèo ở nhà văn hóa",
        "Tối nay 8h con bắt xe về quê, mọi người giữ gìn sức khỏe",
        "Tối nay mấy giờ thì bắt được sóng wifi ở nhà văn hóa?",
        "Chiều mai 2h các cháu bắt buộc phải có mặt ở trường",
        "Mấy vụ gọi điện báo trúng thưởng rồi bắt đóng phí, sáng nay nhà em bị gọi",
        "Sáng mai 8h triệu tập họp chi bộ tại hội trường",
        "Tối nay đội bóng thôn mình vây kín khung thành đối phương",
        "toi nay 7h anh em vay tien mua phan bon nhe",
        "Tối nay mình họp về việc gì vậy a?",
        "Hôm qua lúc 22h công an đã bắt 2 đối tượng trộm chó ở thôn 4",
        "Công an huyện đã tạm giữ 3 xe độ pô lúc 23h tối qua",
        "Vừa bắt được con rắn ở ruộng lúc 5h sáng nay",
        "ca nha giu bi mat giup em nhe, mai to chuc sinh nhat bat ngo cho ba noi",
        "bac si tu van benh tieu duong, huyet ap vao sang thu 7 tai nha van hoa",
        # Public advice and warnings.
        "Bà con phát hiện đối tượng khả nghi thì báo công an, không để lộ cho đối tượng biết",
        "Tuyệt đối không để lộ mã OTP cho ai, kể cả người xưng là cán bộ công an",
        "Danh tính người tố giác luôn được giữ bí mật, bà con yên tâm phản ánh",
        "Kẻ gian trà trộn vào đám đông móc túi ở lễ hội, bà con cảnh giác",
        "Cơ sở giết mổ báo giá thịt lợn tăng",
        "Việc mất điện là do điện lực báo cho mình rồi",
        "viec mat dien la do dien luc bao cho minh roi",
        # Civilian gaps, roles and secrets.
        "Trạm y tế bỏ trống phòng khám vì đang sửa chữa",
        "Đội văn nghệ đang thiếu người, ai tham gia báo em",
        "Các cháu đóng vai chú bộ đội trong buổi văn nghệ tối nay",
        "Đồng chí Lan làm nhân viên thu ngân ở siêu thị huyện nhiều năm rồi",
        "Em nhớ giữ kín chuyện này nhé, đừng nói với mẹ",
        "Con nghiện ma túy nhà bên cạnh lại về rồi, giữ kín kẻo nó biết",
        "Bà con phát hiện ma túy thì báo công an, giữ kín danh tính người báo",
        "Thứ 7 này 8h tổ dân phòng tuần tra đêm, bà con yên tâm",
        # Officers and inspections in the open.
        "Cổng trường sáng mai có 2 đ/c CSGT phân luồng, phụ huynh đi chậm",
        "Đêm nay trực điện lực có 2 anh em ở trạm biến áp, mất điện gọi tổng đài",
        "Mai đi học nhớ mang thẻ, nhà trường kiểm tra đột xuất đồng phục",
        "Chiều nay 3h UBND xã triệu tập các hộ kinh doanh họp về an toàn thực phẩm",
        "Bà con nên gắn định vị cho xe máy để chống trộm",
        "Hôm qua CSGT chốt ở ngã tư phạt nhiều xe không đội mũ",
        "Công an xã đã bắt được nghi phạm vụ trộm chó ở thôn 2",
        "Công an xã tăng cường tuần tra ban đêm, bà con yên tâm",
        "Thông báo nội bộ của tổ dân phố: chiều nay họp bàn làm đường",
        "Tối t7 này có văn nghệ ở nhà văn hóa thôn",
        "Hôm qua công an quét ổ cờ bạc ở xóm Bãi, bắt 5 người",
        "Xe tai quet xe em o nga ba roi chay mat, ai thay khong",
        "Hội cựu chiến binh họp nội bộ tối thứ 6, các bác nhớ đến",
        "Bà con giữ bí mật mã PIN, đừng cho ai biết",
        "CA xã tìm nhân chứng vụ va chạm tối 3/9, ai có camera ghi được xin cung cấp cho công an",
        "Công an huyện thông báo tăng cường tuần tra dịp Tết, đề nghị người dân chấp hành",
        "Camera nhà em quay được thằng trộm, em gửi công an rồi",
        "Hôm qua có chốt CSGT ở ngã tư, phạt nhiều người lắm",
        "Tối qua xem phim Hồ sơ tuyệt mật hay lắm",
        "Công thức làm bánh này là tuyệt mật của mẹ tôi đó",
        "ae bắt kèo Chelsea tối nay không",
        "Chốt ở mức giá 500 nghìn nhé chị",
        "Mật khẩu Wi-Fi là BÍ MẬT nhé, đừng cho người lạ",
        "MẬT KHẨU ĐĂNG NHẬP VNEID KHÔNG ĐƯỢC CHO AI BIẾT",
        "Mọi người lưu ý: tài liệu họp chi bộ chiều nay sẽ phát tại chỗ",
        "Ngày 15/3 sẽ kiểm tra quán karaoke về phòng cháy chữa cháy, chủ quán chuẩn bị hồ sơ",
        "Sáng mai 7h30 đ/c Hùng tiếp dân tại trụ sở, bà con cần gì đến gặp",
        # Quoting the rule about classified papers.
        "Tài liệu thu hồi là tài liệu phải nộp lại sau cuộc họp, không được chụp ảnh",
        "Văn bản đóng dấu mật thì không chụp gửi lên nhóm Zalo nhé",
        "Nhóm dân cư không phải nơi bàn chuyện phương án nghiệp vụ",
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

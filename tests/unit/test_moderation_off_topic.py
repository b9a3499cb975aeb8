"""off_topic detector: ads, loans, gambling, scams, MLM, chain messages, agitation, adult.

The tables are written for this test (not taken from tests/data/corpus.jsonl): each phenomenon
as people write it, with and without diacritics, teencode and spelled-out letters, and the
on-topic messages that share its words (warnings, police news, spam reports, the group's rules,
neighbours talking about prices).
"""

from __future__ import annotations

import pytest

from moderation import Action, Category, Decision
from moderation.engine import default_engine
from moderation.patterns import fold


def decide(text: str) -> Decision:
    return default_engine().moderate(text)


def off_topic_labels(decision: Decision) -> set[str]:
    return {f.label for f in decision.findings if f.category is Category.OFF_TOPIC}


def explain(decision: Decision) -> list[tuple[str, str, float, str]]:
    return [(f.label, f.text, f.score, f.reason) for f in decision.checks[2].findings]


# Off-topic posts beyond the first table: weak cues that only count together, teencode,
# spelled-out and bare spellings, links, and the many ways each kind is written.
POSTS = [
    ("Đọc được thì chuyển đi, nếu không trong 7 ngày sẽ gặp xui cả nhà", "chain_message"),
    ("xsmb chiều nay ae ghi con gì, tôi nuôi con 68 ba hôm rồi", "gambling"),
    ("Tượng Quan Âm hiển linh, không gửi đi 9 người sẽ gặp hạn cả năm", "chain_message"),
    ("Nhận trợ cấp 3 triệu từ nhà nước, điền thông tin tại trocap-vn.com/dk", "scam"),
    ("Tối nay mở sới ở chòi vịt, anh em tới chơi", "gambling"),
    ("Bên em nhận đặt cọc đất nền dự án, anh chị nào quan tâm nhắn em", "advertising"),
    ("Nhà có vịt cỏ, mọi người nào cần lấy làm giỗ thì báo, tôi để giá hữu nghị", "advertising"),
    ("Ai đọc được thì hãy chia sẻ cho 7 nhóm, ai lờ đi sẽ gặp hạn", "chain_message"),
    ("Chuyển tin này cho tất cả bạn bè, chuyển ngay kẻo muộn", "chain_message"),
    ("KQXS miền Nam chiều nay, ae dò vé nhé", "gambling"),
    ("Chính chủ bán lô đất 6x25 sổ hồng riêng gần chợ, giá 900 triệu", "advertising"),
    ("Vé số đây, đài Cà Mau chiều nay còn mấy tờ đuôi đẹp", "advertising"),
    ("Nhận đáo hạn thẻ tín dụng, rút tiền thẻ phí thấp, gọi anh Bảo", "loan"),
    ("Chủ nhật có trường gà bên bãi sông, gà chiến mới về, ae qua chơi", "gambling"),
    ("Tuyển lao động làm việc tại Campuchia, lương 1200$, không cần bằng cấp", "scam"),
    ("Tham gia hệ thống bên em, có tuyến dưới là có hoa hồng 5 tầng", "mlm"),
    ("Uống lá ổi khỏi tiểu đường trong 7 ngày, thương ai thì gửi", "chain_message"),
    ("Sắp đổi tiền rồi, ai có tiền tiết kiệm thì rút hết ra đi kẻo mất", "political_agitation"),
    ("Bình chọn giúp em: bấm link đăng nhập facebook rồi bầu số 12 ở vote-bebi.com", "scam"),
    ("Nhà mình có bưởi Diễn nhà trồng, 30k/quả, ai lấy nhắn mình nhé", "advertising"),
    ("can ban gap xe wave alpha doi 2019, gia 9tr, lh 0987 654 321", "advertising"),
    ("Tiệm em nhận may đo áo dài, lấy trong 3 ngày, giá hợp lý, inbox em", "advertising"),
    ("Mật ong rừng U Minh nguyên chất, 400k/lít, ship tận nơi trong xã", "advertising"),
    ("Khai trương tiệm tóc Mai Anh, giảm 30% cho 50 khách đầu tiên 🔥", "advertising"),
    ("Nhận sửa chữa điện nước tại nhà, gọi là có mặt, lh 0905123456", "advertising"),
    ("Thanh lí bộ bàn ghế gỗ còn mới, ai cần cmt nhé", "advertising"),
    ("Cho thuê phòng trọ khép kín gần chợ, 1tr8/tháng, có chỗ để xe", "advertising"),
    ("Rau sạch nhà trồng, đặt trước 1 ngày, giao tận nhà trong phường", "advertising"),
    ("Em bán hàng online, ai cần gì inbox em nhé", "advertising"),
    ("Gà ta nhà nuôi 140k/kg, ai lấy comment số lượng", "advertising"),
    ("Ban buon ban le quan ao tre em, gia si, ib shop", "advertising"),
    ("Cơm văn phòng 35k/suất, giao tận nơi khu công nghiệp, đặt trước 10h", "advertising"),
    ("Xả kho quần áo trẻ em đồng giá 50k, inbox em báo size", "advertising"),
    ("Nhận khoan cắt bê tông, chống thấm, giá rẻ, gọi 0978123456", "advertising"),
    ("Cho thuê mặt bằng kinh doanh mặt đường, lh chính chủ", "advertising"),
    ("Bánh chưng nhà gói, 80k/cái, ai đặt cmt em ship", "advertising"),
    ("Tuyển sỉ mỹ phẩm, chiết khấu cao, ib shop", "advertising"),
    ("Hỗ trợ vay vốn nhanh cho người nợ xấu, bao duyệt, giải ngân trong 2h", "loan"),
    ("Vay tien online chi can CCCD, nhan tien ngay sau 15 phut", "loan"),
    ("Chơi hụi ngày 500k, hốt trước lãi thấp, ai vào dây nhắn e", "loan"),
    ("Bốc họ 20tr góp 40 ngày, không cần thế chấp, alo em 0912 000 111", "loan"),
    ("C.h.o v.a.y tiền nhanh, lãi thấp, ib em", "loan"),
    ("Vay tiêu dùng lãi suất 0% tháng đầu, duyệt hồ sơ trong 30 phút", "loan"),
    ("Cho vay tín chấp theo lương, giải ngân nhanh, ib", "loan"),
    ("can tien gap lien he em, vay nhanh trong ngay", "loan"),
    ("Soi cầu miễn phí, bạch thủ lô hôm nay 68, anh em theo nhóm em", "gambling"),
    ("Keo Anh - Phap toi nay chap mot trai, ae vao day dat nhe", "gambling"),
    ("Nhận ghi lô đề online, 1 ăn 99, trả thưởng nhanh", "gambling"),
    ("🎰 Nổ hũ đổi thưởng, nạp lần đầu tặng 50%", "gambling"),
    ("t.à.i x.ỉ.u uy tín, rút tiền 5 phút", "gambling"),
    ("Lô đề online uy tín, nạp rút nhanh, link 👉 xoso-vip.top", "gambling"),
    ("Nhận đánh đề online, trả thưởng cao nhất, inbox", "gambling"),
    ("Game bài đổi thưởng uy tín nhất 2025, tải app nhận 100k", "gambling"),
    ("lo de mien bac, chot so chuan, ae vao nhom", "gambling"),
    ("Đá gà trực tiếp Thomo, link xem và đặt cược", "gambling"),
    ("Chúc mừng quý khách đã trúng thưởng xe máy Vision, nộp phí 2 triệu để nhận xe", "scam"),
    (
        "Tài khoản Vietcombank của quý khách sẽ bị khóa trong 24h, xác minh tại vcb-xacthuc.com",
        "scam",
    ),
    ("[VNeID] Cap nhat dinh danh muc 2 tai vneid-gov.top de tranh bi khoa", "scam"),
    ("Tuyển cộng tác viên online, làm nhiệm vụ thả tim nhận 300k/ngày", "scam"),
    ("Chuyên hỗ trợ lấy lại tiền bị lừa đảo qua mạng, thu phí sau khi lấy lại được", "scam"),
    ("Tải app nhận trợ cấp tại link: trocap-2025.apk, nhập số thẻ để nhận tiền", "scam"),
    ("Bạn đã được chọn nhận quà tri ân khách hàng, bấm vào đường link để nhận", "scam"),
    (
        "Bạn đã trúng thưởng 50 triệu từ chương trình tri ân, cung cấp số tài khoản để nhận",
        "scam",
    ),
    (
        "Thông báo: tài khoản ngân hàng của quý khách đã bị tạm khóa, đăng nhập tại "
        "vietinbank-hotro.com",
        "scam",
    ),
    ("Tuyển CTV online làm tại nhà, lương 500k/ngày, không cần kinh nghiệm", "scam"),
    ("Quét mã QR để nhận trợ cấp 2 triệu từ nhà nước", "scam"),
    ("Bình chọn cho cháu em thi hát để nhận quà, đăng nhập Facebook của bạn tại link", "scam"),
    ("Nhận làm bằng lái xe máy không cần thi, lấy sau 7 ngày", "scam"),
    ("Bán bằng đại học giả, căn cước giả, bao kiểm tra", "scam"),
    ("Tham gia dự án đầu tư USDT lãi 2%/ngày, rút gốc bất cứ lúc nào", "mlm"),
    ("Cơ hội đổi đời cho mẹ bỉm, thu nhập không giới hạn, tuyển leader", "mlm"),
    ("Đầu tư chỉ 5 triệu, cam kết lợi nhuận 30% mỗi tháng, bảo toàn vốn", "mlm"),
    ("Sàn forex uy tín, lợi nhuận 5% mỗi ngày, rút bất cứ lúc nào", "mlm"),
    ("Tham gia hệ thống, mời 3 người là hoàn vốn, thu nhập thụ động trọn đời", "mlm"),
    ("Đọc xong hãy gửi cho 10 người, nếu không bạn sẽ gặp xui xẻo cả năm", "chain_message"),
    (
        "Tin khẩn: Zalo sẽ thu phí từ tháng sau, hãy dán dòng chữ này lên trang cá nhân",
        "chain_message",
    ),
    (
        "Uống nước lá ổi mỗi sáng chữa khỏi tiểu đường, bác sĩ không nói, share cho cả nhà",
        "chain_message",
    ),
    ("Hãy share bài này càng nhiều càng tốt, ai đọc được tin này sẽ gặp may", "chain_message"),
    ("Gửi tin này cho 20 người trong 1 giờ, bạn sẽ nhận được tin vui", "chain_message"),
    ("Chế độ này mục nát rồi, bà con đừng nộp thuế nữa", "political_agitation"),
    (
        "Ngày mai tập trung trước UBND phản đối, mang theo gạch đá, công an giải tán thì đánh lại",
        "political_agitation",
    ),
    ("dang va nha nuoc chi biet lua dan, phai thay doi che do", "political_agitation"),
    ("Bọn cộng sản bán nước, đả đảo", "political_agitation"),
    ("Nhà nước ăn cướp đất của dân, bà con đứng lên đấu tranh", "political_agitation"),
    ("Em gái sinh viên, phòng riêng, 700k/lần, nhắn zalo", "adult"),
    ("Link clip nóng hot girl full không che 🔞", "adult"),
    ("Bán clip riêng tư, 100k một clip", "adult"),
    ("Clip sex nữ sinh lộ full, link dưới comment", "adult"),
    ("Massage trọn gói, nhân viên trẻ đẹp, phục vụ tận phòng", "adult"),
    ("Bên em chuyên lắp camera an ninh giá rẻ, bảo hành 2 năm, lh 0934 567 890", "advertising"),
    ("Sầu riêng Ri6 chín cây, 90k/kg, ship tận nhà, ai ăn ib", "advertising"),
    ("Nhận dạy kèm tiếng Anh cho bé, học phí 150k/buổi", "advertising"),
    ("Xe ba gác chở hàng, chuyển nhà trọn gói, giá sinh viên, alo em", "advertising"),
    ("Hỗ trợ tài chính cho người có CCCD, giải ngân 30 phút, không thẩm định", "loan"),
    ("v.a.y t.i.ề.n nhanh k cần thế chấp, ib e", "loan"),
    ("Chốt số đẹp hôm nay, song thủ lô 27-72, ae theo thì ib", "gambling"),
    ("Web cá cược bóng đá châu Âu, hoàn trả 1.5% mỗi ngày", "gambling"),
    ("Quý khách được hoàn tiền điện 350k, truy cập evn-hoantien.online để nhận", "scam"),
    ("Bạn có 1 bưu phẩm chưa nhận, cập nhật địa chỉ tại giaohang-vn.top", "scam"),
    ("Chỉ cần 1 chiếc điện thoại, kiếm 300k/ngày, tham gia ngay", "mlm"),
    ("Sàn đầu tư vàng lợi nhuận 20% mỗi tháng, cam kết lợi nhuận", "mlm"),
    ("Nếu không chia sẻ bài này trong 5 phút, bạn sẽ gặp xui xẻo 7 năm", "chain_message"),
    ("Chính quyền thối nát, dân phải đứng lên lật đổ", "political_agitation"),
    ("Phòng mát xa trọn gói, em út xinh, kín đáo, 600k/lần", "adult"),
    ("Cập nhật căn cước tại dichvucong.gov.vn-xacthuc.top để tránh bị khóa", "scam"),
    ("Mẹ bỉm ở nhà kiếm 500k/ngày, không cần kinh nghiệm", "mlm"),
    ("Mặt bằng mặt phố cho thuê, 60m2, giá thỏa thuận", "advertising"),
    ("Bạn muốn giảm cân? Inbox shop ngay, giá chỉ 199k", "advertising"),
    ("Cần thanh lý gấp lô điều hòa cũ, bao lắp đặt, ai cần ib", "advertising"),
    ("T.h.a.n.h l.ý tủ lạnh giá rẻ, lh em", "advertising"),
    ("Sim số đẹp giá rẻ, tứ quý, lộc phát, inbox em", "advertising"),
    ("Khóa học tiếng Trung online, giảm 50% học phí, đăng ký ngay", "advertising"),
    ("Bên em nhận thiết kế nhà trọn gói, tư vấn miễn phí, gọi 0966 111 222", "advertising"),
    ("Tuyển 5 chị em làm việc online tại nhà, 2-3h/ngày, thu nhập 8-10tr/tháng", "scam"),
    ("💰 VAY NHANH 💰 chỉ cần CCCD gắn chip, không thẩm định, giải ngân 15p", "loan"),
    ("Bên mình nhận làm hồ sơ vay ngân hàng lãi thấp, bao đậu, ib", "loan"),
    ("KÈO NGON HÔM NAY: MU vs Chelsea, tài 2.5, ae vào ngay", "gambling"),
    ("Lô gan 15 ngày chưa về, đánh ngay kẻo lỡ", "gambling"),
    ("Xóc đĩa online ăn tiền thật, rút về ví momo", "gambling"),
    (
        "Thông báo: thẻ của bạn phát sinh giao dịch 15.000.000đ, nếu không phải bạn, "
        "hủy tại vcb-huygd.com",
        "scam",
    ),
    ("EVN thông báo hoàn tiền điện, vui lòng nhập số tài khoản tại link sau để nhận", "scam"),
    (
        "Chỉ với 500k, bạn trở thành cổ đông của dự án, nhận cổ tức hàng tháng, "
        "giới thiệu thêm người nhận hoa hồng 10%",
        "mlm",
    ),
    (
        "Copy nguyên văn bài này và đăng lên tường, Facebook sẽ không dùng được ảnh của bạn",
        "chain_message",
    ),
    ("Chuyển tiếp tin này cho 15 người bạn để được tặng 100GB data miễn phí", "chain_message"),
    ("Đả đảo bọn tham nhũng, chính quyền này phải sụp đổ", "political_agitation"),
    ("Hàng nóng đây anh em ơi, em gái 2k3 nhận đi khách, 700k/shot", "adult"),
    ("Bán thuốc kích dục, giao kín đáo", "adult"),
    ("Chúc mừng bạn t.r.ú.n.g.t.h.ư.ở.n.g xe máy, nộp phí để nhận", "scam"),
    ("Nếu 😢 không chia sẻ tin này, bạn sẽ gặp xui xẻo cả năm", "chain_message"),
    ("c-h-o-v-a-y nhanh lãi thấp, ib em", "loan"),
    ("Tập trung ở cổng xã, công an mà giải tán thì anh em đánh lại", "political_agitation"),
]

# On-topic messages that share words with off-topic posts.
ON_TOPIC = [
    "Nếu không đội mũ bảo hiểm sẽ bị tai nạn nặng hơn, bà con lưu ý",
    "Nếu không sơ tán kịp sẽ gặp tai họa, bà con vùng trũng di chuyển ngay",
    "Chiều nay cháu đánh con cờ vua thắng cả lớp",
    "Vụ lô đề ở thôn 3 hôm trước, người báo tin cho công an là ai thì không ai biết",
    "Mua xe ở đại lý có được chiết khấu không mọi người?",
    "Phụ huynh lưu ý: con em chơi cá độ qua mạng thì phải nói chuyện ngay",
    "Mấy anh chạy xe ôm lưu ý: có khách đặt xe rồi bùng tiền, cẩn thận nhé",
    "Tin đồn sắp đổi tiền là bịa đặt, ngân hàng nhà nước đã có thông báo chính thức",
    "Quán Nhà Cái đầu làng hát karaoke tới khuya, nhờ tổ dân phố nhắc giúp",
    "Thanh niên nhớ: chơi tài xỉu online có thể bị xử lý hình sự, đừng dính vào",
    "Cái ảnh 'gửi 10 nhóm' đó là tin nhắn dây chuyền, không gửi cũng chẳng sao đâu",
    "Thấy trẻ bị bạo hành đừng im lặng, gọi tổng đài 111",
    "Tin 'gửi 10 người kẻo gặp hạn' là nhảm, bác đừng chuyển tiếp nha",
    "Vụ lừa bán đất nền ở khu quy hoạch, bà con đừng đặt cọc khi chưa hỏi UBND",
    "Có người đi bán thuốc dạo tới từng nhà, bán 2 triệu một hộp, ai gặp thì báo CA, đừng mua",
    "Tin 'share cho 10 nhóm nếu không sẽ gặp xui' là tin nhảm, bà con xóa đi",
    # advertising: sales words in small talk, questions, thefts, the group's rules
    "Giá thịt lợn ở chợ giờ 130k/kg, đắt quá bà con ạ",
    "Chợ phiên sáng mai có ai bán cá không ạ?",
    "Bác nào biết chỗ sửa xe máy uy tín gần đây không?",
    "Nhà em vừa bị trộm mất xe đạp, ai thấy báo em với",
    "Nhóm này không quảng cáo, không bán hàng, không cho vay, ai vi phạm admin sẽ xóa",
    "Cửa hàng tạp hóa đầu ngõ bị mất trộm tối qua",
    "Ban giám hiệu trường xã thông báo lịch họp phụ huynh",
    "van ban cua UBND xa ve viec thu phi ve sinh da gui len nhom",
    "Nhà em có con mèo đi lạc, ai thấy nhắn em với",
    "Hôm qua chị bán hết rau rồi, mai chị ra chợ tiếp",
    "Trạm y tế xã tiêm vắc xin miễn phí cho trẻ dưới 5 tuổi, phụ huynh đăng ký với cô Lan",
    "Bà con ai có nhu cầu làm căn cước thì đăng ký với tổ trưởng",
    # loan: loans in warnings, police news, spam reports, official credit
    "Cảnh báo: app vay tiền online siết nợ, bôi nhọ người vay, bà con tránh xa",
    "Công an xã bắt nhóm cho vay nặng lãi ở chợ, thu giữ nhiều giấy tờ",
    "Nhà bác Tư phải bán nhà vì vay nợ tín dụng đen",
    "Tiệm cầm đồ đầu chợ tối qua bị trộm đột nhập",
    "Nhờ admin xóa tin vay tiền phía trên giúp em",
    "Cho em hỏi vay vốn ngân hàng chính sách xã hội cần giấy tờ gì ạ",
    "Ngân hàng chính sách xã hội hỗ trợ vay vốn cho hộ nghèo lãi suất ưu đãi, liên hệ tổ trưởng",
    # gambling: gambling as a harm, police news, spam reports; cước/cuộc without diacritics
    "Đề nghị phụ huynh để ý con em, nhiều cháu bị dụ chơi tài xỉu online rồi mắc nợ",
    "Công an huyện triệt phá đường dây cá độ bóng đá qua mạng",
    "Em vừa report tài khoản spam link cá độ, admin chặn giúp",
    "Mai đá bóng giao hữu giữa thôn 2 và thôn 3, mọi người ra cổ vũ nhé",
    "Làm căn cước cho con mất bao lâu ạ",
    "Cuộc họp chiều nay hoãn sang tuần sau",
    "Tối nay có đá bóng Việt Nam - Thái Lan, cả xóm ra quán xem nhé",
    # scam: scam words in advice, questions, procedures, gifts
    "Công an khuyến cáo: không bấm vào link lạ, không cung cấp mã OTP cho bất kỳ ai",
    "Tin nhắn báo trúng thưởng xe SH kia có phải lừa đảo không mọi người?",
    "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã OTP qua điện thoại",
    "Mẹ em vừa kích hoạt VNeID mức 2 ở công an xã rồi, nhanh lắm",
    "Cổng dịch vụ công ở dichvucong.gov.vn, bà con nộp hồ sơ online được",
    "Mình đăng ký tạm trú online xong rồi, tiện ghê",
    "Danh sách hộ nghèo nhận quà Tết đã dán ở nhà văn hóa",
    "Xã tổ chức giải bóng đá, đội vô địch nhận thưởng 5 triệu",
    "Hội phụ nữ phát quà cho hộ nghèo, bà con đăng ký nhận quà tại nhà văn hóa",
    # mlm: investment warnings, working at a factory
    "Cảnh giác với các sàn đầu tư tiền ảo hứa lãi cao, nhiều người đã mất trắng",
    "Con bé nhà em đi làm tại nhà máy may ở khu công nghiệp",
    # chain_message: sharing police warnings and notices, debunked hoaxes
    (
        "Công an xã cảnh báo thủ đoạn giả danh nhân viên điện lực, bà con chia sẻ cho người "
        "thân cùng biết"
    ),
    "Thông tin Zalo thu phí là tin giả, bà con đừng chia sẻ",
    "Không chia sẻ hình ảnh nạn nhân tai nạn lên mạng nhé mọi người",
    "Mai cắt điện từ 7h đến 17h để sửa đường dây, bà con chuẩn bị nhé",
    "Mọi người chia sẻ giúp em tìm bố em đi lạc từ sáng, ông mặc áo nâu",
    # political_agitation: rebuttals, meetings; "đã đăng ký" without diacritics
    "Cảnh giác với luận điệu xuyên tạc kêu gọi không đi bầu cử trên mạng",
    "Họp tổ dân phố bàn việc đổi chỗ để xe, mọi người tập trung ở nhà văn hóa",
    "Xe tải chở đất đá làm hỏng đường, bà con kiến nghị lên xã",
    "Đã đăng ký biển định danh chưa mọi người",
    "ba con da dang ky tam tru chua",
    # adult: overnight parking, traffic lights, police news, toys
    "Nhà ai để xe qua đêm ngoài đường nhớ khóa cẩn thận",
    "Đèn đỏ ngã tư không hoạt động, bà con đi cẩn thận",
    "Vượt đèn đỏ bị phạt bao nhiêu tiền vậy mọi người",
    "Công an triệt phá ổ mại dâm trá hình trong quán karaoke",
    "Thằng cu nhà em đòi mua đồ chơi siêu nhân",
    # everyday life in a commune
    "Mẹ em vừa kích hoạt VNeID 👍 mức 2 ở 👉 công an xã rồi, nhanh lắm",
    "Tin khẩn: sáng mai mất nước toàn xã, bà con tích nước",
    "Kết quả có trong 24h, bà con tra cứu tại link dichvucong.gov.vn",
    "Nhà văn hóa thôn tối nay chiếu phim, bà con đến xem",
    "Ai có số điện thoại thợ điện cho em xin với",
    "Mai em chuyển nhà, ai rảnh qua phụ em một tay với",
    "Đường vào xóm bị ngập, xe máy đi cẩn thận",
    "Chị ơi hôm nay chợ có bán cá rô không ạ",
    "Con nhà em học lớp 3 cần tìm gia sư toán, ai biết giới thiệu giúp em",
    "Tháng này tiền điện nhà em tăng quá, mọi người có thế không",
    "Mẹ em bị lừa mất 20 triệu vì tin nhắn trúng thưởng, mọi người cảnh giác",
    "Hôm qua thấy có người lạ đi hỏi mua chó, bà con để ý",
    "Đội bóng thôn mình thắng rồi, tối nay liên hoan",
    "Ai đi chợ huyện cho em gửi mua ít thuốc cảm",
    "Giờ làm căn cước gắn chip có mất phí không ạ",
    "Cuộc thi văn nghệ của xã có giải thưởng cho đội nhất",
    "Xin phép admin, em muốn hỏi thủ tục đăng ký khai sinh online",
    "Nhà em vừa sinh em bé, cảm ơn mọi người đã hỏi thăm",
    "Cháu nhà em làm ở ngân hàng, bảo không bao giờ gọi điện đòi mã OTP",
    "Tuần sau có đợt tiêm phòng dại cho chó mèo miễn phí",
    "Công an xã thông báo lịch tiếp dân vào thứ 5 hàng tuần",
    "Ai nhặt được ví màu đen trong có giấy tờ xe, liên hệ em 0912345678, em hậu tạ",
    "Bà con lưu ý, dạo này có nhóm lạ đi bán hàng đa cấp, mời mọi người đi hội thảo tặng quà",
    "Tối qua xem bóng đá vui quá, Việt Nam thắng 2-0",
    "Mọi người share giúp em, con em đi lạc từ trưa, mặc áo đỏ",
    "Nhà em có cây bưởi sai quả quá, hàng xóm ai thích sang hái ăn nhé",
    "Thôn mình sắp làm đường bê tông, mỗi hộ đóng góp 500k",
    "Quán phở đầu ngõ ngon thật, hôm nào cả nhà đi ăn thử",
    "Em mới mua cái xe máy cũ, giờ sang tên đổi chủ thế nào ạ",
    "Sáng nay xe rác không đến, rác ùn ứ đầu ngõ",
    "Chiều nay mất điện từ 14h đến 16h, bà con chú ý",
    "Thằng bé nhà em nghiện game quá, mọi người có cách nào khuyên không",
    "Hội người cao tuổi tổ chức mừng thọ, các cụ đăng ký với bác tổ trưởng",
    "Lúc nãy có ai gọi cho em tự xưng công an, bảo chuyển tiền, em cúp máy rồi",
    "Mình vừa bán xong mảnh đất ở quê, giờ làm sổ đỏ mất bao lâu",
    "Ngày mai đoàn thanh niên ra quân dọn vệ sinh, mọi người tham gia nhé",
    "Bác nào có kinh nghiệm trồng bưởi chỉ em với",
    "Đánh bạc là vi phạm pháp luật, bà con đừng tham gia",
    "Ban quản lý chợ thông báo thu phí gian hàng tháng 12",
    "Tết này xã tổ chức hội chợ, các hộ kinh doanh đăng ký gian hàng tại UBND",
    "Năm nay lúa được mùa, giá bán cũng cao hơn năm ngoái",
    "Cho em hỏi chỗ nào bán sim chính chủ gần đây ạ?",
    "Mấy đứa nhỏ chơi đá bóng ở sân đình ồn quá",
    # words that are off-topic only in some company (vay được, đổi đời, chế độ ăn, tuyến trên)
    "Ai cần thợ sửa điện thì gọi anh Hùng 0912345678, anh ấy làm khéo lắm",
    "Nhà bác Hai có chó con cho ai muốn nuôi, liên hệ bác nhé",
    "Hội chợ xuân ở sân vận động xã có nhiều gian hàng giảm giá, mọi người đi chơi nhé",
    "Siêu thị mới mở ở thị trấn đông quá, xếp hàng cả tiếng",
    "Bà con ai có nhu cầu vay vốn hộ nghèo thì nộp hồ sơ qua hội phụ nữ",
    "Con em bị mất điện thoại ở trường, ai nhặt được liên hệ 0987654321",
    "Cháu bé đi lạc ở chợ, mặc áo xanh, ai thấy gọi 113 hoặc báo công an xã",
    "Em mới chuyển đến thuê trọ ở tổ 5, mong mọi người giúp đỡ",
    "Cảm ơn anh em dân phòng đêm qua đã giúp dập lửa kịp thời",
    "Lớp học bơi miễn phí hè này cho trẻ em, đăng ký tại nhà văn hóa",
    "Nhà văn hóa cho thuê hội trường tổ chức đám cưới thì liên hệ ai ạ?",
    "Có ai biết chỗ nào nhận sửa tivi không ạ",
    "Hôm nay giá vàng tăng mạnh quá",
    "Anh em ơi xem trận Việt Nam - Thái Lan ở quán nhà em nhé, mở máy chiếu",
    "Xin bà con đừng đốt rơm rạ, khói bay vào nhà dân",
    "Thông báo: từ 1/1 phí thu gom rác tăng lên 30k/tháng/hộ",
    "Nhà em bán tạp hóa ở đầu ngõ, mai nghỉ 1 hôm nhé mọi người",
    "Đêm qua nhóm thanh niên đua xe, rú ga inh ỏi, mong công an xử lý",
    "Thẻ bảo hiểm y tế giờ dùng trên VNeID được rồi, không cần mang thẻ giấy",
    "Mọi người cho hỏi đổi bằng lái xe online có cần đi thi lại không",
    "Tiệm em nghỉ Tết từ 28 đến mùng 6, chúc cả xóm năm mới vui vẻ",
    "Mọi người mua ngay áo mưa đi, mai bão vào",
    "Em muốn hỏi sổ đỏ có vay được ngân hàng không ạ",
    "Bố em cho vay tiền hàng xóm mãi không trả, giờ làm sao ạ",
    "Sổ tiết kiệm của mẹ em đáo hạn rồi, ra ngân hàng cần mang gì",
    "Xã đang duyệt hồ sơ hộ nghèo năm 2026",
    "Tối nay xong việc em để về sớm",
    "Tổ trưởng chốt số liệu hộ dân trước thứ 6 nhé",
    "Link vào họp trực tuyến đây mọi người",
    "Thợ điện uy tín nhất xóm là anh Tùng",
    "Đèn pin soi cho sáng rồi hãy đi",
    "Con 12 tuổi về nhà muộn, bố mẹ lo quá",
    "Anh em dân phòng làm nhiệm vụ đến 2h sáng, vất vả quá",
    "Điện lực thông báo lịch cắt điện ngày mai từ 7h đến 11h",
    "Chúc mừng bạn Lan tổ 3 trúng tuyển đại học",
    "Học hành chăm chỉ để đổi đời con ạ",
    "Bố em nghỉ hưu sớm vì sức khỏe",
    "Bà em được chuyển lên bệnh viện tuyến trên rồi",
    "Tối qua nhà em không đi họp được, ai nói lại nội dung giúp em",
    "Con em đang thay đổi chế độ ăn vì bị béo phì",
    "Chế độ thai sản năm nay có gì thay đổi không ạ",
    "Chính quyền xã đã bắt được tên cướp giật túi",
    "Siêu thị mới khai trương ở thị trấn, đông vui lắm",
    "Cửa hàng điện máy đang khuyến mãi, ai cần thì qua xem",
    "Đối tượng không hợp tác với công an nên bị tạm giữ",
    "Em cần tìm nhà cho thuê gần trường cho con đi học, ai biết chỉ em",
    "Xe đưa đón học sinh của trường giờ 500k/tháng",
    "Không lại được rồi, đường ngập hết",
    "Hàng xóm nhà em có con chó con muốn cho, ai nuôi liên hệ",
    "Cuối tuần có đám cưới nhà bác Ba, cả xóm qua ăn cỗ nhé",
    # procedures, household money and everyday errands
    "Nhà bên cạnh cho thuê phòng mà không khai báo tạm trú cho người thuê",
    "Nhà em đang tìm gia sư cho con lớp 5",
    "Quy định mới về dạy thêm từ năm học này, phụ huynh đọc kỹ",
    "Giá đất nền ở xã mình tăng nhanh quá",
    "Bà em uống thực phẩm chức năng mà không đỡ",
    "Nhà nước hỗ trợ người dân vay vốn làm nhà sau bão",
    "Xã đã giải ngân tiền đền bù cho các hộ bị thu hồi đất",
    "Em vay 50 triệu ngân hàng để sửa nhà, giờ trả góp mỗi tháng",
    "Em đang làm hồ sơ vay mua nhà, cần xác nhận cư trú ở đâu ạ",
    "Con mình đừng chơi game bài trên mạng nhé các cháu",
    "Trường em đạt giải đặc biệt cuộc thi, các cháu về trường lúc 5h",
    "Nhà em vừa nhận xe máy mới hôm qua",
    "Bà con đóng phí vệ sinh để nhận biên lai tại nhà văn hóa",
    "Phí hồ sơ làm sổ đỏ bao nhiêu vậy mọi người",
    "Tài khoản Zalo của em đã bị khóa, ai biết cách mở không",
    "Bà con cập nhật VNeID để tránh bị khóa tài khoản nhé",
    "Em lỡ đọc mã OTP cho người ta rồi, giờ làm sao ạ",
    "Bà con chỉ cần đăng ký trên VNeID là xong, không phải lên phường",
    "Bà con cài app VNeID để làm thủ tục online cho nhanh",
    "Quên mật khẩu VNeID thì nhập mật khẩu mới thế nào ạ",
    "Quét mã QR để nhận thông báo lịch tiêm của con",
    "Bà con đăng nhập VNeID tại nhà văn hóa có cán bộ hướng dẫn",
    "Đầu tư vào vàng giờ có lãi không mọi người",
    "Anh ấy chạy xe ôm kiếm 300k/ngày, cũng đủ sống",
    "Thu nhập 5 triệu/tháng thì có được xét hộ cận nghèo không",
    "Em nhận lại 2 triệu tiền cọc rồi, cảm ơn chủ nhà",
    "Xã mời người tham gia góp ý dự thảo quy hoạch",
    "Em đã gửi danh sách cho 3 người trong tổ rồi",
    "Chúc bà con năm mới an khang, may mắn sẽ đến với mọi nhà",
    "Mọi người copy dán đường link dichvucong.gov.vn vào trình duyệt nhé",
    "Mai mưa to, các cụ đừng đi họp, để con cháu đi thay",
    "Đi rừng nhớ mang theo dao và nước",
    "Tra cứu kết quả tại vneid.gov.vn/tra-cuu nhé bà con",
    "Có ai cho thuê phòng trọ gần chợ không ạ?",
    # charity appeals, funerals, farming, school fees, village life
    (
        "Mặt trận xã kêu gọi ủng hộ đồng bào lũ lụt, bà con chuyển khoản về STK 0123456789 "
        "Vietcombank, xin chia sẻ rộng rãi"
    ),
    "Nhà chùa tổ chức lễ Vu Lan tối rằm, mời bà con đến dự",
    "Cụ Nguyễn Văn Tám tổ 4 đã mất lúc 5h sáng nay, lễ viếng từ 14h tại nhà riêng",
    "Đội bóng U15 của xã vô địch giải huyện, chúc mừng các cháu",
    "Lúa đang trổ bông, bà con chú ý phun thuốc phòng rầy nâu",
    "Công an xã đề nghị các hộ kinh doanh lắp camera trước cửa hàng",
    "Mẹ em bán rau ở chợ 20 năm nay rồi, ai đi chợ ghé ủng hộ mẹ em với",
    "Trường tiểu học thông báo thu tiền học thêm tiếng Anh 150k/tháng theo nghị quyết",
    "Ai có nhu cầu học lái xe thì đăng ký ở trung tâm dạy nghề huyện",
    "Quỹ khuyến học của thôn nhận đóng góp tại nhà trưởng thôn, mọi người ủng hộ các cháu",
    "Hôm nay trúng mánh, bắt được con cá trắm 5 cân",
    "Nhà em được tặng một con chó con, ai biết cách nuôi chỉ em",
    "Tối qua xem đá gà ở hội làng vui quá, năm nào cũng có",
    "Mấy ông ngồi đánh bài uống rượu ở đình ồn quá, đề nghị tổ trưởng nhắc",
    "Cách phòng chống lừa đảo qua mạng: không bấm link lạ, không chuyển tiền cho người lạ",
    "Ai thấy ai bán hàng rong gian lận cân thì báo ban quản lý chợ",
    "Xin thông báo: đường thôn 3 đang sửa, xe tải không đi được",
    "Chị ơi cho em hỏi mua vé số ở đâu ạ",
    "Bác sĩ bảo uống thuốc đều, không cần kiêng khem quá",
    "Tập thể dục buổi sáng ở sân vận động, ai tham gia thì 5h30 có mặt nhé",
    "Mùa này cua đồng nhiều, 80k/kg ngoài chợ rẻ hơn năm ngoái",
    "Hôm nay nhà em làm giỗ, nấu nhiều quá, ai qua ăn cùng cho vui",
    "Anh em dân quân nhớ mang theo áo mưa và đèn pin khi đi tuần",
    "Hoa hồng nhà em nở đẹp quá mọi người ạ",
    "Chị em phụ nữ tổ 2 mai đi tập văn nghệ lúc 7h nhé",
]


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


@pytest.mark.parametrize(("text", "label"), POSTS)
def test_when_weak_cues_add_up_or_a_post_is_disguised_then_it_is_flagged(
    text: str, label: str
) -> None:
    decision = decide(text)
    assert label in off_topic_labels(decision), explain(decision)


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
        *ON_TOPIC,
    ],
)
def test_when_a_message_is_on_topic_then_it_passes(text: str) -> None:
    decision = decide(text)
    assert Category.OFF_TOPIC not in decision.categories, explain(decision)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A hoax that itself starts with "cảnh báo khẩn" is still a chain message...
        (
            "Cảnh báo khẩn: từ mai Facebook sẽ công khai ảnh của bạn, hãy dán dòng chữ này lên "
            "trang cá nhân",
            "chain_message",
        ),
        # ...and a loan advert promising "không lừa đảo" is not a scam warning.
        ("Vay tiền nhanh uy tín, cam kết không lừa đảo, ib em", "loan"),
        ("Dịch vụ thu hồi tiền bị lừa đảo qua mạng, cam kết thành công", "scam"),
    ],
)
def test_when_a_post_borrows_warning_words_then_it_is_still_flagged(text: str, label: str) -> None:
    decision = decide(text)
    assert label in off_topic_labels(decision), explain(decision)


@pytest.mark.parametrize(("text", "label"), [(fold(t), label) for t, label in POSTS])
def test_when_a_post_is_written_without_diacritics_then_it_is_still_flagged(
    text: str, label: str
) -> None:
    decision = decide(text)
    assert label in off_topic_labels(decision), explain(decision)


@pytest.mark.parametrize("text", [fold(t) for t in ON_TOPIC])
def test_when_an_on_topic_message_is_written_without_diacritics_then_it_passes(text: str) -> None:
    decision = decide(text)
    assert Category.OFF_TOPIC not in decision.categories, explain(decision)


@pytest.mark.parametrize(
    "text",
    [
        "Tin Facebook sẽ công khai ảnh, phải dán dòng chữ lên trang cá nhân là tin giả nhé",
        "Cảnh báo: dịch vụ lấy lại tiền bị lừa đảo thực chất là lừa đảo lần hai",
    ],
)
def test_when_a_hoax_or_scam_is_debunked_then_it_passes(text: str) -> None:
    decision = decide(text)
    assert Category.OFF_TOPIC not in decision.categories, explain(decision)


def test_when_a_price_stands_alone_then_it_passes_and_with_a_contact_it_is_an_advert() -> None:
    alone = decide("Gạo ST25 năm nay 25k/kg")
    assert Category.OFF_TOPIC not in alone.categories, explain(alone)
    offer = decide("Gạo ST25 năm nay 25k/kg, ai lấy nhắn em")
    assert offer.action is Action.HOLD
    reasons = " ".join(f.reason for f in offer.findings)
    assert "Có giá bán theo đơn vị" in reasons
    assert "kèm cách liên hệ" in reasons


def test_when_only_emoji_hint_gambling_then_they_are_reported_with_their_spans() -> None:
    text = "🎰🎲 vào chơi ngay 🎰"
    decision = decide(text)
    spans = [text[f.start : f.end] for f in decision.findings if f.label == "gambling"]
    assert spans and all(set(s) <= {"🎰", "🎲"} for s in spans)


def test_when_a_suspicious_link_is_flagged_then_the_span_is_the_link() -> None:
    text = "Nhận quà tại qua-tang-tet.xyz/nhan ngay hôm nay"
    decision = decide(text)
    spans = [text[f.start : f.end] for f in decision.findings if f.label == "scam"]
    assert any("qua-tang-tet.xyz" in span for span in spans), explain(decision)
    assert all("hôm nay" not in span for span in spans)


def test_when_rules_are_loaded_then_their_regexes_keep_no_capturing_groups() -> None:
    # Rule authors write (a|b); compiled, the groups only slow the big alternations down.
    rules = default_engine().detectors[2].rules
    compiled = [p for s in rules.signals for p in (s.pattern, s.strict, s.unless) if p]
    compiled += [p for c in rules.contexts for p in (c.pattern, c.strict) if p]
    compiled += [s.pattern for s in rules.suppressors]
    assert compiled and all(p.groups == 0 for p in compiled)

# ruff: noqa: E501
"""Build the labelled moderation corpus ``tests/data/corpus.jsonl`` (stdlib only, deterministic).

Hand-written seed messages (``SEEDS`` below, one per line) are rendered with random but valid
values (citizen IDs with real province codes, carrier-prefixed phones, plates, addresses...)
and a share of them is run through the obfuscations that people use to dodge a filter:
no diacritics, teencode, zero-width characters, Cyrillic look-alikes, NFD, emoji between
words, letters spelled out with dots, digits spaced out / written as words / O-for-0.

Seed line format::

    LABELS KIND[*N] | text with {placeholders}

``LABELS`` is ``-`` (should pass) or letters: ``P`` personal_data, ``S`` state_secret,
``O`` off_topic. ``KIND`` becomes the ``note``. ``*N`` renders the seed N times with fresh
values. ``\\n`` in the text is a line break.

Usage: ``python tests/data/build_corpus.py [--out PATH]`` (default: next to this file).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import unicodedata
from pathlib import Path

SEED = 20240915
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "corpus.jsonl"

LABEL_CODES = {"P": "personal_data", "S": "state_secret", "O": "off_topic"}

# The commune police's official hotline, quoted in police posts: it must pass (allow-list).
OFFICIAL_HOTLINE = "0692.194.113"
OFFICIAL_FORMS = ("0692.194.113", "0692 194 113", "0692194113", "0692.194.113 (trực 24/7)")

# --------------------------------------------------------------------------------------------
# Value pools
# --------------------------------------------------------------------------------------------

# Real CCCD province codes (Thông tư 59/2021/TT-BCA) -> province name.
PROVINCES = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn",
    "008": "Tuyên Quang", "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu",
    "014": "Sơn La", "015": "Yên Bái", "017": "Hòa Bình", "019": "Thái Nguyên",
    "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang", "025": "Phú Thọ",
    "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh",
    "044": "Quảng Bình", "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng",
    "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên",
    "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng",
    "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai",
    "077": "Bà Rịa - Vũng Tàu", "079": "TP Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
    "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}  # fmt: skip

# Mobile prefixes by carrier (Viettel, Vinaphone, Mobifone, Vietnamobile, Gmobile).
MOBILE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "081", "082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079", "089", "090", "093", "052", "056", "058", "092", "059", "099")  # fmt: skip
# Landline area codes: 3-digit ones take 8 more digits, 4-digit ones take 7.
LANDLINE_AREAS = ("024", "028", "0225", "0236", "0251", "0238", "0221", "0222", "0274", "0292")
BANKS = (
    "Vietcombank", "VCB", "Techcombank", "TCB", "BIDV", "Agribank", "Vietinbank",
    "MB", "MBBank", "ACB", "VPBank", "TPBank", "Sacombank", "ngân hàng Quân đội",
    "Agri", "Viettinbank", "HDBank", "VIB",
)  # fmt: skip
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Cao")  # fmt: skip
MIDDLE_M = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thanh", "Xuân", "Tiến", "Ngọc")  # fmt: skip
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Thúy", "Minh", "Phương")  # fmt: skip
GIVEN_M = ("An", "Bình", "Cường", "Dũng", "Hùng", "Hải", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Hoàng", "Lâm", "Đạt", "Hiếu", "Trung", "Tùng", "Toàn", "Hưng", "Nghĩa", "Kiên")  # fmt: skip
GIVEN_F = ("Hoa", "Lan", "Hương", "Mai", "Ngọc", "Thảo", "Trang", "Hằng", "Yến", "Linh", "Nhung", "Hạnh", "Vân", "Thủy", "Loan", "Huyền", "Nga", "Oanh")  # fmt: skip
NICKS = (
    "Tâm sẹo", "Hùng lùn", "Bình đen", "Tuấn khàn", "Dũng trọc", "Hải còi", "Sơn xăm",
    "Long 'mập'", "Ba Tàu", "Tý què",
)  # fmt: skip
STREETS = (
    "Trần Duy Hưng", "Hoàng Hoa Thám", "Nguyễn Trãi", "Trường Chinh", "Lê Văn Sỹ",
    "Cách Mạng Tháng Tám", "Lạc Long Quân", "Kim Mã", "Giải Phóng", "Nguyễn Văn Cừ",
    "Lê Lợi", "Hai Bà Trưng", "Điện Biên Phủ", "Phan Đình Phùng", "Quang Trung",
    "Lý Thường Kiệt", "Tôn Đức Thắng", "Võ Văn Tần", "Âu Cơ", "Tam Trinh", "Minh Khai",
    "Nguyễn Chí Thanh", "Láng", "Phạm Văn Đồng", "Xuân Thủy", "Tân Mai", "Bạch Đằng",
)  # fmt: skip
WARDS = (
    "Ngọc Hà",
    "Phú Diễn",
    "Tân Định",
    "Yên Hòa",
    "Hòa Khánh",
    "Đông Ngạc",
    "Tân Mai",
    "Vĩnh Tuy",
)
DISTRICTS = ("Đông Anh", "Thanh Trì", "Gia Lâm", "Bình Chánh", "Hóc Môn", "Sóc Sơn", "Mê Linh")
# Public places: mentioning them is not a private address.
PLACES = (
    "chợ Đồng Xuân", "ngã tư Sở", "cầu Chương Dương", "bến xe Mỹ Đình", "chợ đầu mối",
    "cây xăng đầu làng", "đình làng", "sân bóng thôn 2", "nhà văn hóa tổ 5", "cổng trường THCS",
    "bãi đất trống sau chợ", "ngã ba Cầu Đen", "bờ đê", "chân cầu vượt", "công viên Thống Nhất",
    "trạm biến áp", "bãi sông", "cổng UBND xã", "chợ đêm", "khu công nghiệp",
)  # fmt: skip
VENUES = (
    "karaoke Hoàng Gia", "nhà nghỉ Hoa Hồng", "quán net Star", "cà phê Mộc", "karaoke Kingdom",
    "nhà nghỉ Bình Minh", "quán bi-a Hải Đăng", "tiệm cầm đồ Phát Đạt",
)  # fmt: skip
CODES = ("CA-0824", "HS-15", "Đ09", "TX-24", "MT-112", "BĐ-07")
DOCNOS = (
    "07/KH-UBND", "123/QĐ-CAX", "15/TB-UBND", "234/KH-CAP", "56/CV-CAX", "89/KH-BCĐ",
    "12/TB-CAP", "1234/CAT-PC06", "03/KH-UBND", "41/QĐ-UBND",
)  # fmt: skip
DOCNOS_SECRET = ("125/KH-CAH-TH", "318/KH-CAT-PV01", "45/KH-CAX-M", "902/CAT-PA03", "77/KH-PC04")
HOTLINES = ("113", "114", "115", "111")
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com")


def strip_diacritics(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept)


class Values:
    """Random but valid values for the placeholders."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.number_obfuscations = itertools.cycle(NUMBER_OBFUSCATIONS)

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def cccd(self) -> str:
        code = self.rng.choice(sorted(PROVINCES))
        century_sex = self.rng.choice("0123")
        # 0/1: man/woman born 1900-1999; 2/3: born 2000-2099 (adults and teenagers here).
        year = self.rng.randrange(40, 100) if century_sex in "01" else self.rng.randrange(0, 9)
        number = f"{code}{century_sex}{year:02d}{self.digits(6)}"
        return self.rng.choice(
            (number, number, number, f"{number[:3]} {number[3:6]} {number[6:]}")
        )

    def cmnd(self) -> str:
        return self.rng.choice("0123") + self.rng.choice("0123456789") + self.digits(7)

    def passport(self) -> str:
        return self.rng.choice("CBCNCP") + self.digits(7)

    def mobile(self) -> str:
        prefix = self.rng.choice(MOBILE_PREFIXES)
        rest = self.digits(7)
        local = prefix + rest
        forms = (
            local,
            local,
            f"{local[:4]}.{local[4:7]}.{local[7:]}",
            f"{local[:4]} {local[4:7]} {local[7:]}",
            f"{local[:3]} {local[3:6]} {local[6:]}",
            f"+84{local[1:]}",
            f"+84 {local[1:4]} {local[4:7]} {local[7:]}",
            f"84{local[1:]}",
            f"{local[:4]}-{local[4:7]}-{local[7:]}",
        )
        return self.rng.choice(forms)

    def landline(self) -> str:
        area = self.rng.choice(LANDLINE_AREAS)
        if len(area) == 3:
            rest = "3" + self.digits(7)
            forms = (f"{area} {rest[:4]} {rest[4:]}", f"{area}.{rest}", f"({area}) {rest}")
        else:
            rest = "3" + self.digits(6)
            forms = (f"{area} {rest[:3]} {rest[3:]}", f"{area}.{rest}", f"{area}{rest}")
        return self.rng.choice(forms)

    def stk(self) -> str:
        n = self.rng.choice((9, 10, 12, 13, 14))
        number = self.rng.choice("0123456789"[1:]) + self.digits(n - 1)
        if self.rng.random() < 0.3:
            return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
        return number

    def name(self, sex: str | None = None) -> str:
        sex = sex or self.rng.choice("mf")
        if sex == "m":
            return f"{self.rng.choice(SURNAMES)} {self.rng.choice(MIDDLE_M)} {self.rng.choice(GIVEN_M)}"
        return (
            f"{self.rng.choice(SURNAMES)} {self.rng.choice(MIDDLE_F)} {self.rng.choice(GIVEN_F)}"
        )

    def email(self) -> str:
        name = strip_diacritics(self.name()).lower().split()
        style = self.rng.randrange(4)
        if style == 0:
            user = "".join(name) + str(self.rng.randrange(1975, 2008))
        elif style == 1:
            user = f"{name[-1]}.{name[0]}{self.rng.randrange(10, 99)}"
        elif style == 2:
            user = (
                f"{name[-1]}{name[0][0]}{name[1][0]}.{self.rng.choice(('hn', 'sg', 'dn', 'vn'))}"
            )
        else:
            user = f"{name[0]}{name[-1]}_{self.digits(3)}"
        return f"{user}@{self.rng.choice(EMAIL_DOMAINS)}"

    def address(self) -> str:
        street = self.rng.choice(STREETS)
        n = self.rng.randrange(1, 200)
        m = self.rng.randrange(2, 400)
        k = self.rng.randrange(1, 60)
        forms = (
            f"số {n} ngõ {m} {street}",
            f"số nhà {n} ngõ {m} phố {street}",
            f"số {k} ngách {m}/{n} ngõ {m} {street}",
            f"số {n}/{k} hẻm {m} {street}",
            f"{m}/{k}/{n} {street}",
            f"nhà số {n} đường {street}",
            f"số {n} hẻm {m} đường {street}",
            f"số nhà {n}, ngõ {m}, đường {street}",
        )
        return self.rng.choice(forms)

    def plate_car(self) -> str:
        prov = self.rng.choice(("29", "30", "51", "43", "15", "36", "99", "88", "60", "37"))
        series = self.rng.choice("ABCDEFGHKLM")
        num = self.digits(5)
        return self.rng.choice(
            (
                f"{prov}{series}-{num[:3]}.{num[3:]}",
                f"{prov}{series} {num[:3]}.{num[3:]}",
                f"{prov}{series}-{num}",
                f"{prov}{series}{num}",
            )
        )

    def plate_moto(self) -> str:
        prov = self.rng.choice(("29", "30", "59", "43", "18", "36", "99", "89", "61", "38"))
        series = self.rng.choice("BCDEFGHKLMNPSTUVXYZ") + str(self.rng.randrange(1, 10))
        num = self.digits(5)
        return self.rng.choice(
            (
                f"{prov}{series}-{num[:3]}.{num[3:]}",
                f"{prov}-{series} {num[:3]}.{num[3:]}",
                f"{prov}{series} {num}",
                f"{prov}{series}-{num[:3]}.{num[3:]}",
            )
        )

    def dob(self) -> str:
        d, m, y = (
            self.rng.randrange(1, 29),
            self.rng.randrange(1, 13),
            self.rng.randrange(1940, 2012),
        )
        return self.rng.choice(
            (
                f"{d:02d}/{m:02d}/{y}",
                f"{d}/{m}/{y}",
                f"{d}-{m}-{y}",
                f"{d} tháng {m} năm {y}",
                f"{d:02d}.{m:02d}.{y}",
            )
        )

    def mst(self) -> str:
        number = self.rng.choice(("80", "81", "83", "84", "01", "03")) + self.digits(8)
        return self.rng.choice((number, number, f"{number}-001"))

    def bhxh(self) -> str:
        return self.rng.choice(("01", "79", "31", "48", "27", "38", "40")) + self.digits(8)

    def bhyt(self) -> str:
        return (
            self.rng.choice(("GD4", "DN4", "HS4", "HT3", "TE1", "CH4"))
            + self.rng.choice(("01", "79", "31"))
            + self.bhxh()
        )

    def money(self) -> str:
        return self.rng.choice(
            (
                "500k",
                "2 triệu",
                "1.500.000đ",
                "1tr5",
                "300 nghìn",
                "12.350.000 đồng",
                "3,5 tỷ",
                "150.000.000đ",
                "200k",
                "50.000đ",
                "2tr",
                "800 nghìn",
                "25.600.000 đồng",
                "7 triệu rưỡi",
            )
        )

    def date(self) -> str:
        d, m = self.rng.randrange(1, 29), self.rng.randrange(1, 13)
        return self.rng.choice(
            (
                f"{d}/{m}",
                f"{d:02d}/{m:02d}/2024",
                f"ngày {d}/{m}",
                f"{d}/{m}/2025",
                f"{d:02d}-{m:02d}",
            )
        )

    def time(self) -> str:
        h = self.rng.choice((21, 22, 23, 0, 1, 2, 4, 5))
        return self.rng.choice((f"{h}h", f"{h}h30", f"{h} giờ", f"{h}:00", f"{h}h15"))


def render_value(key: str, v: Values) -> tuple[str, bool]:
    """Return the value for a placeholder and whether it is a number that may be obfuscated."""
    r = v.rng
    table = {
        "cccd": (v.cccd, True),
        "cmnd": (v.cmnd, True),
        "passport": (v.passport, True),
        "mobile": (v.mobile, True),
        "landline": (v.landline, True),
        "stk": (v.stk, True),
        "mst": (v.mst, True),
        "bhxh": (v.bhxh, True),
        "bhyt": (v.bhyt, False),
        "email": (v.email, True),
        "addr": (v.address, False),
        "plate_car": (v.plate_car, True),
        "plate_moto": (v.plate_moto, True),
        "dob": (v.dob, False),
        "name": (v.name, False),
        "name_m": (lambda: v.name("m"), False),
        "name_f": (lambda: v.name("f"), False),
        "NAME": (lambda: strip_diacritics(v.name()).upper(), False),
        "gn_m": (lambda: r.choice(GIVEN_M), False),
        "gn_f": (lambda: r.choice(GIVEN_F), False),
        "nick": (lambda: r.choice(NICKS), False),
        "bank": (lambda: r.choice(BANKS), False),
        "street": (lambda: r.choice(STREETS), False),
        "ward": (lambda: r.choice(WARDS), False),
        "WARD": (lambda: r.choice(WARDS).upper(), False),
        "district": (lambda: r.choice(DISTRICTS), False),
        "DISTRICT": (lambda: r.choice(DISTRICTS).upper(), False),
        "province": (lambda: r.choice(list(PROVINCES.values())), False),
        "place": (lambda: r.choice(PLACES), False),
        "venue": (lambda: r.choice(VENUES), False),
        "code": (lambda: r.choice(CODES), False),
        "docno": (lambda: r.choice(DOCNOS), False),
        "docno_ca": (lambda: r.choice(DOCNOS_SECRET), False),
        "hotline": (lambda: r.choice(HOTLINES), False),
        "official": (lambda: r.choice(OFFICIAL_FORMS), False),
        "money": (v.money, False),
        "date": (v.date, False),
        "time": (v.time, False),
        "n": (lambda: str(r.randrange(2, 12)), False),
        "month": (lambda: str(r.randrange(1, 13)), False),
    }
    fn, obfuscable = table[key]
    return fn(), obfuscable


# --------------------------------------------------------------------------------------------
# Obfuscations
# --------------------------------------------------------------------------------------------

DIGIT_WORDS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
ZW_CHARS = ("\u200b", "\u200b", "\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
HOMOGLYPHS = {
    "a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і",
    "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "X": "Х", "H": "Н", "K": "К",
    "M": "М", "T": "Т", "B": "В",
}  # fmt: skip
NEUTRAL_EMOJI = ("🙏", "👍", "😂", "🔥", "❤️", "😭", "👉", "⚠️", "📢", "🤔", "✅", "😅")
GAMBLING_EMOJI = ("🎰", "💰", "🎲", "⚽", "💵", "🤑")
TEENCODE = (
    ("mọi người", ("mn", "mng", "mọi ng")),
    ("không", ("ko", "k", "kg", "hok", "khum")),
    ("được", ("dc", "đc", "đk", "dk")),
    ("biết", ("bít", "bik", "bt")),
    ("người", ("ng",)),
    ("với", ("vs", "vớiii")),
    ("chồng", ("ck",)),
    ("vợ", ("vk",)),
    ("anh", ("a",)),
    ("em", ("e",)),
    ("gì", ("j", "gi")),
    ("rồi", ("r", "rùi", "ròi")),
    ("vậy", ("v", "z", "zậy")),
    ("quá", ("wá", "qá")),
    ("nhé", ("nhe", "nha", "nhá", "nhóe")),
    ("bạn", ("bn", "bạn")),
    ("số điện thoại", ("sđt", "sdt")),
    ("điện thoại", ("đt", "dt")),
    ("số tài khoản", ("stk", "STK")),
    ("tài khoản", ("tk", "tài khoảng")),
    ("cảm ơn", ("cám ơn", "cmon", "tks", "thanks")),
    ("hôm nay", ("hnay", "hum nay", "nay")),
    ("bây giờ", ("bh", "bjo", "giờ")),
    ("nhiều", ("nhìu",)),
    ("thông tin", ("tt", "thông tinn")),
    ("làm", ("lm",)),
    ("chị", ("c",)),
    ("ạ", ("ah", "a")),
    ("thì", ("thỳ", "thì")),
    ("yêu", ("iu",)),
    ("vào", ("vô", "zô")),
    ("gia đình", ("gđ",)),
    ("như thế nào", ("ntn",)),
    ("tin nhắn", ("tn",)),
    ("trả lời", ("tl", "rep")),
    ("đồng chí", ("đ/c", "dc")),
)
# Keywords that get spelled out letter by letter (T.U.Y.Ệ.T M.Ậ.T) in flagged lines.
SPELL_KEYWORDS = (
    "TUYỆT MẬT", "TỐI MẬT", "Tuyệt mật", "Tối mật", "tuyệt mật", "tối mật", "MẬT", "Mật",
    "bóc bì", "thu hồi", "đặc tình", "cơ sở bí mật", "trinh sát", "vây bắt", "lệnh bắt",
    "tuần tra", "chuyên án", "lô đề", "cá độ", "tài xỉu", "nhà cái", "bốc họ", "vay",
    "trúng thưởng", "ghi đề", "đánh đề", "kèo", "nạp", "CCCD", "căn cước", "STK", "stk",
    "sđt", "SĐT", "hộ chiếu", "clip nóng", "massage", "lật đổ", "biểu tình", "đa cấp",
    "hoa hồng", "chia sẻ", "cho vay", "mật",
)  # fmt: skip

SENT_OPEN = "\ue000"


def sentinel(i: int) -> str:
    return SENT_OPEN + chr(0xE100 + i)


SENT_RE = re.compile("\ue000[\ue100-\ue1ff]")


# Number obfuscations are used in turn so that every kind is well represented.
NUMBER_OBFUSCATIONS = (
    "spaced",
    "words",
    "ol",
    "dotted",
    "zw",
    "ol",
    "spaced",
    "words",
    "ol",
    "dashed",
    "emoji",
)


def obfuscate_number(value: str, rng: random.Random, kind: str) -> tuple[str, str]:
    digits_only = re.sub(r"\W", "", value)  # digits, and the letter of a plate or passport
    if "@" in value:
        user, domain = value.split("@", 1)
        style = rng.randrange(4)
        if style == 0:
            return f"{user} @ {domain.replace('.', ' . ')}", "email_spaced"
        if style == 1:
            return f"{user}[at]{domain.replace('.', '[dot]')}", "email_at"
        if style == 2:
            return f"{user} a còng {domain.replace('.', ' chấm ')}", "email_words"
        return f"{user}(@){domain}", "email_paren"
    if value.startswith(("+84", "84")):
        kind = rng.choice(("spaced", "zw", "ol"))
    if kind == "spaced":
        if re.search(r"[A-Z]", value):  # plates, passports: space every character
            return " ".join(digits_only), "chars_spaced"
        return re.sub(r"(?<=\d)(?=\d)", " ", value), "digits_spaced"
    if kind == "dotted":
        return ".".join(digits_only), "digits_dotted"
    if kind == "dashed":
        return "-".join(digits_only), "digits_dashed"
    if kind == "words":
        words = []
        for ch in value:
            if not ch.isdigit():
                if ch.isalpha() or ch == "+":
                    words.append(ch)
                continue
            word = DIGIT_WORDS[int(ch)]
            if ch == "7" and rng.random() < 0.3:
                word = "bẩy"
            if ch == "4" and rng.random() < 0.2:
                word = "tư"
            words.append(word)
        if rng.random() < 0.3:
            words[0] = words[0].capitalize()
        return " ".join(words).replace("+ ", "+"), "digit_words"
    if kind == "ol":
        out = []
        for ch in value:
            if ch == "0" and rng.random() < 0.6:
                out.append(rng.choice("Oo"))
            elif ch == "1" and rng.random() < 0.6:
                out.append(rng.choice("lI"))
            else:
                out.append(ch)
        res = "".join(out)
        if res == value:  # no 0 or 1 in it: fall back to spacing
            return " ".join(digits_only), "chars_spaced"
        return res, "o_for_0"
    if kind == "zw":
        out = []
        for i, ch in enumerate(value):
            out.append(ch)
            if i < len(value) - 1 and ch.isdigit() and rng.random() < 0.35:
                out.append(rng.choice(ZW_CHARS))
        return "".join(out), "zero_width_digits"
    # emoji split into groups
    groups = [digits_only[i : i + 3] for i in range(0, len(digits_only), 3)]
    emo = rng.choice(("📞", "👉", "✅", "🔥", "☎️"))
    return f" {emo} ".join(groups), "emoji_digits"


def apply_teencode(text: str, rng: random.Random) -> str:
    for phrase, subs in TEENCODE:
        pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")

        def repl(m: re.Match[str], subs: tuple[str, ...] = subs) -> str:
            return rng.choice(subs) if rng.random() < 0.75 else m.group(0)

        text = pattern.sub(repl, text)
    return text


def apply_zero_width(text: str, rng: random.Random, prefer: list[str]) -> str:
    words = list(re.finditer(r"[^\W\d_]{3,}", text))
    if not words:
        return text
    preferred = [m for m in words if m.group(0).lower() in prefer]
    chosen = preferred[:2] + rng.sample(words, min(len(words), rng.randrange(1, 4)))
    positions = sorted(
        {m.start() + rng.randrange(1, len(m.group(0))) for m in chosen}, reverse=True
    )
    for pos in positions:
        text = text[:pos] + rng.choice(ZW_CHARS) + text[pos:]
    return text


def apply_homoglyphs(text: str, rng: random.Random) -> str:
    out = []
    replaced = 0
    for ch in text:
        if ch in HOMOGLYPHS and rng.random() < 0.4:
            out.append(HOMOGLYPHS[ch])
            replaced += 1
        else:
            out.append(ch)
    if not replaced:
        for i, ch in enumerate(out):
            if ch in HOMOGLYPHS:
                out[i] = HOMOGLYPHS[ch]
                break
    return "".join(out)


def apply_emoji(text: str, rng: random.Random, pool: tuple[str, ...]) -> str:
    gaps = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
    if len(gaps) < 2:
        return text
    for pos in sorted(rng.sample(gaps, min(len(gaps), rng.randrange(2, 5))), reverse=True):
        text = text[:pos] + f" {rng.choice(pool)} " + text[pos + 1 :]
    return text


def apply_spell(text: str, rng: random.Random) -> str:
    for kw in SPELL_KEYWORDS:
        idx = text.find(kw)
        if idx < 0:
            continue
        if idx > 0 and text[idx - 1].isalpha():
            continue
        end = idx + len(kw)
        if end < len(text) and text[end].isalpha():
            continue
        sep = rng.choice((".", ".", " ", "-", "_", "*"))
        word_sep = "  " if sep == " " else rng.choice((" ", sep))
        spelled = word_sep.join(sep.join(word) for word in kw.split(" "))
        return text[:idx] + spelled + text[end:]
    return text


# --------------------------------------------------------------------------------------------
# Seeds
# --------------------------------------------------------------------------------------------

SEEDS = r"""
# ---------------------------------------------------------------- personal_data
# cccd (12 digits, valid province code and century/sex digit)
P cccd*2 | Em tên {name_f}, CCCD {cccd}, nhờ anh CSKV xác nhận thông tin cư trú giúp em với ạ
P cccd*2 | Ai nhặt được ví mang tên {name_m}, trong có thẻ căn cước số {cccd}, làm ơn báo lại giúp em, hậu tạ 🙏
P cccd | số CCCD của mẹ em là {cccd} mà lên VNeID báo sai ngày sinh, phải làm sao ạ
P cccd | Gửi anh CSKV: {name_m}, cccd {cccd}, đăng ký tạm trú tại tổ 5 từ {date}
P cccd | Cho e hỏi mã định danh {cccd} của con e sao tra trên cổng dịch vụ công ko ra ạ
P cccd*2 | can cuoc cua e {cccd} bi khoa tai khoan vneid, mn chi e cach mo voi
P cccd | Danh sách nhận quà Tết hộ nghèo: 1. {name_m} - {cccd}; 2. {name_f} - {cccd}
P cccd | E gửi lại số căn cước {cccd} để anh nhập hồ sơ tạm vắng nhé
P cccd | Chủ nhà trọ gửi thông tin người thuê: {name_m}, quê {province}, CCCD {cccd}
P cccd | CCCD: {cccd}\nHọ tên: {name_f}\nNgày cấp: {date}
P cccd | bác ơi cháu đọc số căn cước cho bác nhé {cccd}, bác điền hộ cháu cái tờ khai
P cccd | mất thẻ căn cước số {cccd} ở khu vực chợ sáng nay, ai thấy cho em xin lại với
P cccd | Số định danh cá nhân của bố em: {cccd}, nhờ anh xem giúp sao chưa có trên hệ thống
P cccd | e đăng ký sim chính chủ bằng cccd {cccd} mà nhà mạng báo đã có 3 sim khác đứng tên
# old 9-digit CMND
P cmnd*2 | CMND cũ của bố em là {cmnd}, giờ đi làm căn cước có phải mang theo ko ạ
P cmnd | Em làm mất chứng minh thư số {cmnd}, cấp năm 2012, giờ làm lại ở đâu ạ
P cmnd | a ơi CMND 9 số {cmnd} của e hết hạn r, tài khoản ngân hàng có bị khóa k
P cmnd | Người thuê trọ: {name_m}, CMND {cmnd} do CA {province} cấp
P cmnd | so cmt cua ba e la {cmnd}, co can ghi vao to khai khong a
P cmnd | Ai nhặt được túi xách có giấy CMND mang tên {name_f}, số {cmnd} xin báo ban quản lý tổ dân phố
P cmnd | Em gửi chứng minh nhân dân: {cmnd} - {name_m} ạ
P cmnd | Sổ tiết kiệm của bà vẫn ghi số chứng minh cũ {cmnd}, giờ ra ngân hàng rút có được ko mn
# passport
P passport*2 | Hộ chiếu của em số {passport}, sắp đi XKLĐ Nhật, có cần xác nhận gì ở phường ko ạ
P passport | Nhà em có khách Việt kiều về ở 3 đêm, hộ chiếu số {passport}, khai báo lưu trú online thế nào ạ
P passport | e mat ho chieu so {passport} o san bay Noi Bai, lam lai o dau a
P passport | Số hộ chiếu: {passport}, ngày hết hạn {date}/2031, họ tên {name_m}
P passport*2 | Chị gửi số passport {passport} của chồng chị để anh kiểm tra giúp có bị cấm xuất cảnh ko
P passport | Hộ chiếu phổ thông {passport} cấp cho {name_f}, nhờ anh chuyển giúp hồ sơ sang PA08
P passport | mã hộ chiếu cũ của e là {passport} nhé a, cái mới e chưa nhận được
P passport | Passport No. {passport}, tên {NAME}, em cần giấy xác nhận cư trú để xin visa ạ
# mobile phones
P phone_mobile*2 | Ai nhặt được chùm chìa khóa xe Vision gọi giúp em {mobile} nhé, cảm ơn cả nhà
P phone_mobile*2 | Nhà em mất con chó vàng lúc sáng, ai thấy báo giúp em số {mobile} ạ, hậu tạ
P phone_mobile | SĐT của em là {mobile}, anh CSKV có cần gì cứ gọi em ạ
P phone_mobile | Thằng {gn_m} số {mobile} vay tiền e ko trả, ai biết nó ở đâu chỉ e với
P phone_mobile | Con em đi học chưa thấy về, cháu mặc áo đồng phục trắng, ai thấy gọi giúp {mobile} với ạ 😭
P phone_mobile | a CSKV cho e xin zalo a với, của e là {mobile}
P phone_mobile | Người chứng kiến vụ va chạm là anh {name_m}, số {mobile}, anh CA cần thì gọi
P phone_mobile | sdt chu nha tro {mobile}, ai can phan anh gi thi goi truc tiep
P phone_mobile | nhắn zalo cho em nhé {mobile} ạ
P phone_mobile | Em là {name_f} ở tổ 3, sđt {mobile}, hôm qua em có báo mất xe ạ
P phone_mobile | Vụ tai nạn ở ngã tư sáng nay ai có camera hành trình gửi giúp em qua số {mobile}
P phone_mobile | Anh {gn_m} ơi làm ơn gọi lại cho vợ gấp {mobile}
P phone_mobile | Chủ xe ô tô trắng đỗ chắn cổng nhà mình ra dời xe giúp, gọi mình {mobile}
P phone_mobile | sdt ck e {mobile}, a gọi giúp e báo ck e về ngay với
P phone_mobile | Số của bố em {mobile} nhé, bố em ở nhà đối diện cái hộ bị mất trộm
P phone_mobile | Liên hệ chị {gn_f}: {mobile} (zalo cùng số)
P phone_mobile | Mình nhặt được 1 cái điện thoại ở sân bóng, ai mất gọi vào số {mobile} mô tả đúng máy thì mình trả
P phone_mobile | Bà nội em lẫn, đi lạc từ trưa, ai thấy bà mặc áo nâu gọi ngay {mobile} giúp em 🙏
P phone_mobile | Em đổi số rồi nhé, số mới {mobile}, có việc gì tổ dân phố cứ gọi
P phone_mobile | Hello mn, new number của e: {mobile}, save lại giúp e nha
# landlines
P phone_landline*2 | Số máy bàn nhà em {landline}, ai cần liên hệ thì gọi giờ hành chính
P phone_landline | Gọi máy bàn nhà bác {gn_m} số {landline} mà ko ai nghe, ai ở gần qua xem giúp bác với
P phone_landline | Điện thoại cố định nhà em {landline} bị ai gọi quấy rối suốt đêm, báo ở đâu ạ
P phone_landline | so may ban cua ong ba e o que la {landline}, co j mn goi giup
P phone_landline | Nhà bà {gn_f} số cố định {landline}, bà ở một mình, hàng xóm để ý giúp bà
P phone_landline | Máy bàn nhà con {landline}, bố mẹ gọi số này nếu di động con ko nghe
P phone_landline | ĐT nhà riêng: {landline} - {name_m}
P phone_landline | Nhà em lắp lại điện thoại bàn rồi, số {landline}, có việc gì tổ dân phố cứ gọi
# bank accounts
P bank_account*2 | STK {stk} {bank} chủ TK {NAME}, ai ủng hộ gia đình bé {gn_f} điều trị bệnh thì chuyển vào đây ạ
P bank_account | E gửi stk để anh trả lại tiền cọc: {stk} - {bank}
P bank_account | Tài khoản {bank} số {stk} của em tự nhiên bị trừ 5 triệu, có phải bị hack ko ạ
P bank_account | Nộp quỹ tổ dân phố chuyển vào {bank} {stk} nội dung ghi tên + số nhà nhé mn
P bank_account | stk {stk} {bank} {NAME}
P bank_account | số tk của bố e ở {bank} là {stk}, nhờ các a kiểm tra giúp có bị lộ thông tin ko
P bank_account | Ai nhặt được thẻ ATM {bank} tên {NAME}, số tài khoản {stk}, làm ơn báo em
P bank_account | TK nhận: {stk} | NH: {bank} | CTK: {NAME}
P bank_account | mn ơi em lỡ chuyển nhầm 500k vào stk {stk} {bank}, ai là chủ tài khoản trả lại giúp em với
P bank_account | Tiền mừng cưới anh em ở xa chuyển giúp vào tài khoản {bank} {stk} tên {NAME} nhé
P bank_account | Số tài khoản lương của em {stk} ở {bank}, công ty báo sai tên chủ thẻ thì sửa ở đâu ạ
# email
P email*2 | Email của em {email}, anh gửi mẫu CT01 qua đây giúp em với ạ
P email | Ai cần file mẫu tờ khai thì nhắn mình gửi cho, mail mình là {email}
P email | e bị ai đó lấy email {email} đăng ký tài khoản vay tiền, phải báo ở đâu ạ
P email | Gửi hồ sơ về {email} nhé anh
P email | mail cua con e {email} bi hack, no nhan tin lua ban be con e
P email | Liên hệ {name_m} qua email {email}
P email | Tài khoản VNeID của em đăng ký bằng {email}, giờ quên mất mật khẩu email luôn 😅
P email | Em là {name_f}, email {email}, em muốn nhận thông báo họp tổ qua mail ạ
# house addresses
P address*2 | Nhà em ở {addr}, tối qua bị kẻ gian cạy cửa lấy mất xe máy
P address*2 | Ai thấy con chó đen đeo vòng cổ đỏ mang về giúp em ở {addr} nhé
P address | Nhà ông {gn_m} ở {addr} hát karaoke đến 12h đêm, đề nghị công an phường xử lý
P address | e mới chuyển về {addr}, đăng ký tạm trú online hay phải lên phường ạ
P address | Ai mất đồ đến nhận tại nhà em {addr} nhé
P address | Bà {name_f}, {addr}, sống một mình, mn để ý giúp bà
P address | Hộ ông {name_m} tại {addr} chưa nộp tiền vệ sinh quý 3
P address | Có mấy thanh niên nghi nghiện tụ tập trước cửa {addr} mấy đêm nay, anh em xem giúp
P address | Nhà anh {gn_m} ở {addr} cháy bếp, mọi người ra hỗ trợ với
P address | ship hàng về {addr} giúp em, em trả tiền mặt
P address | Em {name_f} ở {addr}, xác nhận nhà em có 4 nhân khẩu thường trú
P address | Địa chỉ mới nhà chị: {addr}, ai qua chơi thì ghé nhé
P address | Bố mẹ em ở {addr}, ông bà già rồi, có gì nhờ các bác hàng xóm trông giúp
# licence plates
P plate*2 | Nhà em mất xe Wave Alpha màu đỏ biển {plate_moto} đêm qua ngay trước cửa, ai thấy báo giúp
P plate*2 | Xe ô tô biển {plate_car} đỗ chắn cổng từ sáng, chủ xe ra dời giúp với
P plate | Có xe máy biển {plate_moto} chở 2 thanh niên lượn qua lại ngõ mấy hôm nay, nghi đi dò nhà
P plate | e mua lại xe cũ biển {plate_moto} giờ sang tên thế nào ạ
P plate | Tìm chủ xe: xe SH biển {plate_moto} để ở bãi xe chợ 3 ngày chưa ai lấy
P plate | Ô tô {plate_car} va quệt xe em rồi bỏ chạy ở ngã tư, ai có cam hành trình ko ạ
P plate | xe cua e bien so {plate_moto} bi phat nguoi ma e ko di duong do bao gio
P plate | Xe nhà em biển {plate_car}, đăng ký định danh rồi, giờ bán xe có giữ lại biển ko ạ
P plate | Taxi biển {plate_car} chở khách quên túi, tài xế đã mang đến trụ sở công an phường
P plate | Mất xe Air Blade đen biển {plate_moto} ở bãi gửi xe bệnh viện, ai thấy báo em
P plate | Xe tải biển {plate_car} đổ trộm phế thải ra bờ đê lúc 2h sáng, camera nhà em quay được
# birth date with a name
P dob_name*2 | Chúc mừng sinh nhật cụ {name_f}, sinh ngày {dob}, chúc cụ sống lâu trăm tuổi 🎂
P dob_name | Thông tin con em: {name_m}, sinh {dob}, nhờ anh kiểm tra đã có mã định danh chưa ạ
P dob_name | Người mất tích: {name_m}, sn {dob}, cao khoảng 1m65, ai thấy báo giúp gia đình
P dob_name | Em {name_f} ngày sinh {dob}, em đăng ký tạm trú từ tháng trước rồi ạ
P dob_name | {name_m} ({dob}) - tổ 4 - đã kích hoạt VNeID mức 2
P dob_name | ho ten {name_f}, ngay sinh {dob}, que quan {province}
P dob_name | cháu {gn_m} nhà em sinh ngày {dob} thì năm nay làm căn cước được chưa ạ
P dob_name | Khai sinh của bé ghi {name_f}, sinh ngày {dob}, mà trên VNeID lại sai tên đệm
P dob_name | Chồng em {name_m} sinh {dob}, giờ muốn nhập khẩu về nhà vợ thì làm gì ạ
# tax code
P mst*2 | MST cá nhân của em là {mst}, sao tra ra tên người khác ạ
P mst | Hộ kinh doanh {name_f}, mã số thuế {mst}, cần xác nhận địa điểm kinh doanh ạ
P mst | ma so thue cua bo e {mst}, quyet toan thue o dau a
P mst*2 | Xuất hóa đơn giúp em tên {name_m}, MST {mst} nhé
P mst | Nhờ anh kiểm tra hộ mã số thuế {mst} có bị ai dùng để mở công ty ma ko
P mst | Mã số thuế TNCN {mst} của em bị khóa do sai CCCD, cập nhật ở đâu ạ
P mst | MST {mst} - {name_f} - nộp thuế khoán quý 3 rồi nhé chị
# social insurance
P bhxh*2 | Mã số BHXH của em {bhxh}, sao tra trên VssID báo ko tồn tại ạ
P bhxh | Sổ bảo hiểm xã hội số {bhxh} của mẹ em bị trùng, giờ gộp sổ ở đâu ạ
P bhxh | so bhxh {bhxh} ten {name_f}, nho anh kiem tra giup
P bhxh | Mã thẻ BHYT của bé là {bhyt}, đi khám có cần mang thẻ giấy ko ạ
P bhxh | BHXH: {bhxh} – {name_m} – đang đóng tại công ty may
P bhxh | e rút bhxh 1 lần, mã số {bhxh}, bao lâu thì có tiền ạ
P bhxh | Thẻ bảo hiểm y tế số {bhyt} của bố em hết hạn, gia hạn ở phường được ko
# health details of a named person
P health*2 | Ông {name_m} ở tổ 7 bị HIV đấy, mọi người cẩn thận khi tiếp xúc
P health | Chị {gn_f} nhà cuối ngõ đang điều trị tâm thần, hay ra đường la hét, nhờ công an can thiệp
P health | Con trai bà {gn_f} tổ 2 nghiện ma túy đang đi cai ở trung tâm, mọi người để ý đồ đạc
P health | {name_f} dương tính lao phổi, đang nằm viện Phổi, gia đình xin mọi người thông cảm
P health | Bố em {name_m} bị ung thư giai đoạn cuối đang truyền hóa chất, em xin phép vắng họp tổ
P health | Anh {gn_m} hàng xóm em bị trầm cảm nặng, từng tự tử hụt, mọi người đừng nhắc chuyện đó
P health | cháu {name_m} bị tự kỷ, hay đi lang thang ra đường lớn, ai thấy dắt cháu về giúp
P health | Kết quả xét nghiệm của {name_f}: viêm gan B mãn tính, đang điều trị ở Bạch Mai
P health | Bà {gn_f} tổ 9 bị Alzheimer nặng rồi, hay quên đường về, có gì mọi người đưa bà về giúp
P health | vk thang {gn_m} o to 6 bi sui thai 2 lan roi, gio dang dieu tri vo sinh
P health | Ông {name_m} đang chạy thận nhân tạo tuần 3 buổi, nhờ tổ dân phố xét hộ khó khăn
# criminal record of a named person
P criminal_record*2 | Thằng {gn_m} con ông {gn_m} từng đi tù 3 năm vì trộm xe, mọi người cẩn thận nó mới về
P criminal_record | {name_m} có 2 tiền án về ma túy, mới ra tù tháng trước, giờ ở tổ 6
P criminal_record | Người thuê trọ nhà em là {name_m} có tiền sự đánh bạc, em có phải báo công an ko ạ
P criminal_record | Anh {name_m} đang chấp hành án treo 18 tháng tội cố ý gây thương tích
P criminal_record | {name_f} từng bị kết án lừa đảo chiếm đoạt tài sản năm 2019, mọi người đừng cho vay tiền
P criminal_record | Em tên {name_m}, lý lịch tư pháp có án tích cũ về trộm cắp, không biết đã được xóa án chưa ạ
P criminal_record | ong {gn_m} to 3 tung bi phat hanh chinh vi danh vo, co ho so o cong an phuong roi
P criminal_record | Cái ông {gn_m} bán phở đầu chợ hồi trẻ đi tù 7 năm vì giết người đấy, ít ai biết
P criminal_record | Con rể bà {gn_f} ({name_m}) vừa bị khởi tố vì đánh bạc, đang bị tạm giam
# more personal data, written the way people actually leak it
P cccd | Số căn cước: {cccd}. Em nhờ anh tra giúp em có bị ai dùng để vay app không
P cccd | Bà con ai chưa nhận thẻ thì đọc tên: {name_f} ({cccd}), {name_m} ({cccd}) ra phường nhận nhé
P cccd | e chụp mặt trước cccd rồi nhưng mờ, e gõ lại số: {cccd}
P cccd | CCCD của e nè a {cccd}, e quên mang thẻ theo
P cmnd | số chứng minh thư cũ: {cmnd}, số căn cước mới: {cccd}, tên {name_m}
P cmnd | Ông ngoại em vẫn dùng CMND {cmnd} cấp từ năm 1998, giờ ông 80 tuổi có cần đổi không ạ
P phone_mobile | Ai có nhu cầu đi chung xe về quê dịp Tết thì gọi em {mobile}, em đi ô tô còn 2 chỗ
P phone_mobile | A {gn_m} tổ 2 ơi, vợ a nhờ e nhắn a gọi lại số {mobile} nhé
P phone_mobile | Chị {gn_f} ơi cho em xin số chị với, em gửi số em trước {mobile}
P phone_mobile | so e nay {mobile} a oi, co j a goi e nhe
P phone_mobile | Mình là {name_m}, phụ huynh lớp 5A, số mình {mobile}, ai đón nhầm áo khoác của con mình thì báo nhé
P phone_mobile | Nhặt được thẻ sinh viên và chìa khóa ở bến xe buýt, ai mất gọi {mobile}
P phone_landline | Nhà văn hóa không có điện thoại, ai cần gọi vào máy bàn nhà em {landline}
P phone_landline | Số bàn của cửa hàng tạp hóa nhà bác {gn_m} là {landline}, các cháu đặt nước gọi số đó nhé
P bank_account | Quyên góp giúp gia đình anh {gn_m} bị cháy nhà: {bank} {stk}, chủ tài khoản {NAME}
P bank_account | Anh ơi em bị lừa chuyển tiền, tài khoản của em là {stk} ở {bank}, em muốn phong tỏa thì làm thế nào
P bank_account | stk của mẹ em {stk} ({bank}) bị người lạ gọi đọc đúng số, có phải lộ thông tin ko ạ
P email | Ai cần ảnh chụp camera vụ trộm thì để lại mail, hoặc nhắn cho em qua {email}
P email | Em là giáo viên chủ nhiệm lớp 9B, mail em {email}, phụ huynh cần gì thì gửi qua đây
P address | Cần tìm người chứng kiến vụ va chạm trước nhà em {addr} lúc 7h sáng nay
P address | Thông báo đám hiếu: cụ {name_m} mất hồi 5h sáng nay, lễ viếng tại gia đình {addr}
P address | Nhà em {addr} có camera quay ra đường, công an cần trích xuất thì qua nhà em
P plate | Xe Lead trắng biển {plate_moto} của em bị mất ở bãi xe siêu thị chiều nay, ai có thông tin báo giúp
P plate | Xe đi ngược chiều tông vào con em rồi bỏ chạy, em chụp được biển {plate_car}
P plate | Nhà e bán xe rồi mà vẫn nhận giấy phạt nguội xe biển {plate_moto}, phải làm sao
P dob_name | Chúc mừng sinh nhật con gái {name_f} tròn 18 tuổi (sinh {dob}) 🎂
P dob_name | {name_m}, sinh {dob}, hiện đang tạm trú tại tổ 8, công nhân khu công nghiệp
P mst | Em vừa tra mã số thuế {mst} thì thấy đang đăng ký ở công ty lạ, e chưa từng làm ở đó
P bhxh | Bố em {name_m}, mã BHXH {bhxh}, đã về hưu, muốn đổi nơi nhận lương hưu ạ
P bhxh | Mã số BHXH {bhxh} của em bị ai đó đóng ở công ty khác, em có nên trình báo công an ko
P health | Chị {name_f} vừa sinh mổ xong bị băng huyết, đang cấp cứu ở viện huyện, ai cùng nhóm máu O thì đến hiến giúp
P health | Thằng {gn_m} con bà {gn_f} tổ 4 bị động kinh, lên cơn ngoài đường thì mọi người đừng hoảng
P health | Ông {name_m} nhiễm HIV từ hồi đi nghĩa vụ, đến giờ vẫn uống thuốc ARV đều
P criminal_record | Chồng cũ của chị {gn_f} là {name_m}, từng bị án 5 năm vì buôn ma túy, giờ hay về quấy phá
P criminal_record | Người xin việc ở cửa hàng nhà em là {name_m}, em tra ra từng bị xử phạt vì trộm cắp, có nên nhận không
# ---------------------------------------------------------------- state_secret
# secrecy marks
S secrecy_mark | ĐỘ MẬT: MẬT\nKẾ HOẠCH\nBảo vệ an ninh trật tự dịp Quốc khánh 2/9 trên địa bàn phường {ward}, phân công lực lượng chốt các mục tiêu trọng điểm
S secrecy_mark | TUYỆT MẬT - Phương án bảo vệ mục tiêu trọng điểm dịp bầu cử, không sao chụp, không phổ biến
S secrecy_mark | Tài liệu TỐI MẬT: danh sách cán bộ tham gia chuyên án {code}, anh em đọc xong xóa ngay
S secrecy_mark | [Độ mật: Mật] Báo cáo tình hình an ninh nội bộ tháng {month}, gửi các đồng chí trong ban chỉ huy
S secrecy_mark | MẬT\nBáo cáo kết quả rà soát đối tượng hình sự, ma túy trên địa bàn quý III
S secrecy_mark | (Mật) Danh sách đối tượng trọng điểm cần quản lý dịp Tết, em gửi anh em tham khảo
S secrecy_mark | Văn bản TUYỆT MẬT về phương án chống biểu tình tụ tập đông người, các đ/c nghiên cứu trước cuộc họp chiều
S secrecy_mark*2 | Mật - Lưu hành nội bộ: kết quả giám sát đối tượng theo chuyên án {code}
S secrecy_mark | TOI MAT - ke hoach phoi hop bao ve doan cong tac cap cao ve tham dia phuong ngay {date}
S secrecy_mark | Anh em ơi file này có đóng dấu MẬT, em chụp gửi tạm lên đây để mọi người đọc trước: "phân công theo dõi các hộ có biểu hiện phức tạp"
S boc_bi | Công văn có ghi "Chỉ người có tên mới được bóc bì" gửi đ/c Trưởng Công an xã, em chụp nội dung lên đây để các anh nắm luôn: đề nghị rà soát, xác minh nhân thân các đối tượng trong danh sách kèm theo
S boc_bi | (Chỉ người có tên mới được bóc bì) Kính gửi đồng chí {name_m} - Nội dung: danh sách cơ sở bí mật cần củng cố quý IV
S boc_bi | CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ\nV/v triển khai biện pháp nghiệp vụ đối với nhóm đối tượng {nick}
S boc_bi | bì thư ghi chỉ người có tên mới được bóc bì, em mở ra rồi, nội dung là kế hoạch bắt giữ nhóm cho vay lãi nặng, em gửi ảnh đây
S boc_bi*2 | Thư hỏa tốc "chỉ người có tên mới được bóc bì" từ PA03: yêu cầu xác minh, báo cáo về đối tượng {gn_m} trước {date}
S boc_bi | Chi nguoi co ten moi duoc boc bi - KH xac minh doi tuong truy na dang lan tron tai dia ban, to cong tac gom 4 dc
S boc_bi | Anh em chú ý bì thư "chỉ người có tên mới được bóc bì" em gửi ảnh dưới đây: danh sách đặc tình cần bảo vệ
S boc_bi | Đã nhận công văn chỉ người có tên mới được bóc bì, nội dung: bố trí 2 trinh sát theo dõi nhóm đòi nợ thuê
S thu_hoi | Tài liệu thu hồi sau cuộc họp, anh em chụp lại rồi xóa ngay nhé: kế hoạch phân công lực lượng chốt chặn đêm giao thừa
S thu_hoi | "TÀI LIỆU THU HỒI" - Dự thảo phương án xử lý điểm nóng về trật tự tại {place}
S thu_hoi | Tài liệu họp giao ban là tài liệu thu hồi, em chụp gửi mọi người tham khảo: danh sách đối tượng nghi vấn tổ 3, tổ 5
S thu_hoi | tai lieu thu hoi: phuong an bao ve le hoi, bo tri luc luong thuong phuc tai cac diem
S thu_hoi | Bản này là tài liệu thu hồi sau hội nghị nhưng em lỡ chụp, gửi lên đây: kế hoạch kiểm tra các cơ sở kinh doanh nhạy cảm tuần tới
S thu_hoi | TL thu hồi - Nội dung phổ biến tại hội nghị: các tụ điểm ma túy đang theo dõi gồm {place} và quán {venue}
S thu_hoi*2 | Đề nghị các đ/c nộp lại tài liệu thu hồi, ai chưa đọc thì em chụp đây: lực lượng chốt 3 điểm quanh {place} từ {time}
S thu_hoi | Tài liệu thu hồi: kết luận cuộc họp ban chuyên án {code}, dự kiến phá án cuối tháng
# raid plans
S raid_plan*2 | Anh em tổ 2 lưu ý: {time} tối nay tập trung ở trụ sở, sau đó xuất phát kiểm tra đột xuất quán {venue}, không để lộ
S raid_plan | Sáng mai {date} lúc 5h phối hợp đội hình sự ập vào sới bạc ở lán trại bãi sông, cắt cử 2 đ/c chốt lối sau
S raid_plan | Kế hoạch kiểm tra hành chính các cơ sở kinh doanh có điều kiện đêm {date}, nội dung giữ kín tránh lộ với chủ cơ sở
S raid_plan | Đêm nay 1h30 triệt phá điểm tập kết ma túy ở {place}, anh em mang công cụ hỗ trợ đầy đủ
S raid_plan | tối thứ 7 này 23h ae CA xã + dân quân vây ổ cờ bạc ở lán dưới bãi sông, không nói cho ai
S raid_plan | Thứ 5 tuần sau kiểm tra bất ngờ {venue} lúc 22h, đã có tin báo mua bán dâm, anh em nhận phân công trong nhóm riêng
S raid_plan | chốt phương án: 4h sáng mai bao vây kho hàng lậu sau {place}, tổ 1 cửa trước, tổ 2 cửa sau
S raid_plan | Kế hoạch truy quét đua xe trái phép đêm {date}: chốt chặn 3 điểm ở {place}, chân đê và cầu mới, từ 0h
S raid_plan*2 | Kiểm tra đột xuất {venue} vào {time} đêm nay, chủ quán có quen biết nên tuyệt đối không báo trước
S raid_plan | Ngày mai 15h kiểm tra lưu trú bất ngờ khu nhà trọ công nhân gần {place}, nghi có đối tượng truy nã đang ở
S raid_plan | kiem tra dot xuat quan {venue} luc {time} dem nay, ae chuan bi
S raid_plan | Phương án phá ổ lô đề: đêm {date} lực lượng vào cùng lúc 3 điểm ghi đề ở chợ, đã có người của mình bên trong
# arrest plans
S arrest_plan | Đã có lệnh bắt đối tượng {gn_m} "{nick}", dự kiến 6h sáng mai bắt tại nhà, anh em chuẩn bị
S arrest_plan | Sáng mai sẽ bắt khẩn cấp đối tượng nghi trộm chó ở thôn 4, anh em đừng để lộ nhé
S arrest_plan | Đối tượng {gn_m} đang trốn ở nhà người yêu khu bãi giữa, 5h sáng mai vây bắt
S arrest_plan | Chiều nay 16h bắt người đang bị truy nã tại quán {venue}, cần 3 đồng chí mặc thường phục
S arrest_plan | Bắt quả tang lúc giao hàng, dự kiến 20h tối nay ở {place}, anh em đi xe dân sự
S arrest_plan | Lệnh bắt tạm giam {gn_m} "{nick}" đã ký, thi hành lúc 4h sáng thứ 2, chưa công bố
S arrest_plan | doi tuong {nick} hay ve nha luc nua dem, toi nay 0h phuc bat o ngo sau nha no
S arrest_plan | Sẽ triệu tập chủ {venue} vào sáng thứ 4 rồi bắt luôn tại trụ sở, anh em giữ kín kẻo nó bỏ trốn
S arrest_plan | Mai mình ập vào bắt nhóm cho vay nặng lãi ở {place} lúc 7h, lúc đó cả bọn đang họp
S arrest_plan*2 | Kế hoạch bắt giữ đối tượng {nick} đang lẩn trốn: phục ở {place} từ {time}, khi đối tượng xuất hiện thì khống chế ngay
# informants
S informant*2 | Cơ sở bí mật của mình ở xóm {n} là bà {gn_f} bán tạp hóa, bà báo tối nay có hàng về
S informant | Nguồn tin từ đặc tình "{nick}" cho biết ổ nhóm hoạt động ở nhà trọ sau chợ, anh em giữ kín danh tính nguồn tin
S informant | Người cung cấp tin vụ trộm là chị {gn_f} quán nước đầu ngõ, đừng để lộ kẻo chị ấy bị trả thù
S informant | Anh em nhớ: anh {gn_m} chạy xe ôm ở {place} là cộng tác viên bí mật của đội, có gì liên hệ qua anh ấy
S informant | Danh sách cơ sở bí mật địa bàn: 1. {name_m} (tổ 3) 2. {name_f} (tổ 7), anh em liên hệ theo lịch
S informant | dac tinh cua doi bao cao doi tuong se giao hang luc {time} o {place}
S informant | Đặc tình mới tuyển là thằng {gn_m} làm bảo vệ ở {venue}, nó báo trong quán có bán thuốc lắc
S informant*2 | Tin từ cơ sở bí mật: đêm nay nhóm {nick} sẽ đi đòi nợ ở xóm {n}, cơ sở là người trong nhóm nên không được để lộ
S informant | Bà {gn_f} bán xôi là tai mắt của bọn mình ở chợ, mọi người gặp đừng gọi là "cơ sở" kẻo lộ
S informant | Chi phí trả cho đặc tình {gn_m} tháng này 3 triệu, em đã chuyển, anh em ký xác nhận
# undercover officers
S undercover*2 | Đồng chí {gn_m} đang trinh sát ngầm trong nhóm cá độ đó, anh em gặp ngoài đường đừng chào hỏi
S undercover*2 | Tuần này có 2 trinh sát mặc thường phục trà trộn ở {place}, là {gn_m} áo kẻ và {gn_m} đội mũ lưỡi trai
S undercover | Anh {gn_m} lái taxi tổ 4 là người của mình cài vào đường dây, không ai được nhắc đến tên thật
S undercover | Cán bộ đi trinh sát hóa trang thành người bán hàng rong ở {place}, anh em đừng lại gần
S undercover | Nick zalo "{nick}" trong nhóm lô đề là của đ/c bên PC02, anh em đừng báo cáo khóa nick đó
S undercover | Trinh sát của mình đã vào được nhóm đua xe với tên "{nick}", đêm thứ 7 sẽ đi cùng bọn nó
S undercover | dong chi {gn_m} dang dong vai khach mua hang de tiep can duong day, ae giu kin
S undercover | Đ/c {gn_f} bên đội hình sự đang làm nhân viên thu ngân ở {venue} để theo dõi, ai biết thì im lặng
S undercover | Người mặc áo xanh ngồi quán nước đầu chợ mấy hôm nay là trinh sát của huyện, anh em đừng hỏi han
# internal police measures
S internal_measure | Đang xác lập chuyên án {code}, đối tượng {gn_m} bị theo dõi 24/24, anh em không được hé lộ
S internal_measure | Danh sách đối tượng đưa vào diện quản lý nghiệp vụ quý này gồm 7 người, em gửi file kèm theo
S internal_measure | Đã đề nghị phong tỏa tài khoản của đối tượng, chờ quyết định, tạm thời chưa báo cho bị hại để tránh lộ
S internal_measure | Trinh sát đang giám sát điện thoại của nhóm đòi nợ thuê, kết quả báo cáo riêng cho chỉ huy
S internal_measure | Phương án nghiệp vụ: gắn định vị lên xe đối tượng trước khi bắt, chưa được công khai
S internal_measure | Chỉ đạo nội bộ: tăng cường theo dõi 3 hộ có biểu hiện tụ tập tôn giáo trái phép, không trao đổi ra ngoài
S internal_measure | Mật khẩu bộ đàm tuần này đổi sang kênh 7, mã gọi "Hoa Sen", anh em ghi nhớ
S internal_measure | Báo cáo nhanh vụ án đang điều tra, chưa công bố: thu giữ 2kg ma túy đá, đang mở rộng, đề nghị giữ kín
S internal_measure*2 | Đã có kết quả định vị điện thoại đối tượng trộm, đang ở khu {place}, chờ chỉ đạo
S internal_measure | anh em lưu ý đang theo dõi chủ {venue}, camera của mình lắp đối diện quán, không ai được nói
S internal_measure | Danh sách 12 hộ nằm trong diện "cần chú ý" đợt này, em đã đánh dấu trên bản đồ, mọi người xem file trong nhóm
S internal_measure | Sau vụ án mạng, đang lấy mẫu ADN của 3 nghi phạm, chưa báo cho gia đình họ, anh em giữ kín
S internal_measure | dang xac minh nguon tien cua doi tuong {gn_m}, ngan hang da cung cap sao ke, ae chua duoc lo
# patrol and force deployments
S patrol_deployment*2 | Phân công tuần tra đêm nay: 22h-1h tổ 1 (3 đ/c) khu chợ, 1h-4h tổ 2 (2 đ/c) tuyến đê, chốt cố định ở {place}
S patrol_deployment | Anh em lưu ý từ mai lịch tuần tra đổi sang 2h-5h sáng, tuyến {street} - {street}, điểm nghỉ ở trạm biến áp
S patrol_deployment | Tết này chốt 24/24 ở cổng UBND có 2 đ/c, điểm chợ 1 đ/c, từ 2h đến 4h không có người trực đoạn đê
S patrol_deployment | Đêm nay chỉ có 2 anh em trực ở trụ sở, các tổ tuần tra nghỉ hết
S patrol_deployment | Lịch trực Công an xã tuần này: thứ 2 đ/c {gn_m}, thứ 3 đ/c {gn_m}, thứ 4 đ/c {gn_m}, tuần tra từ {time}
S patrol_deployment | bo tri luc luong chot chan dua xe dem 30/4: 4 diem, moi diem 3 dc, xuat phat {time}
S patrol_deployment | Lực lượng mỏng, tối nay không có ai tuần tra khu vực {place}, anh em để ý
S patrol_deployment | Đêm giao thừa bố trí 6 đ/c chốt ở {place}, 2 xe tuần tra cơ động theo tuyến {street}, thay ca lúc {time}
S patrol_deployment | Tổ cơ động đi tuyến {street} lúc {time}, sau đó quay về {place}, ae nhớ đúng giờ
S patrol_deployment | Phương án bảo vệ lễ hội: 15 đ/c thường phục trong khu lễ hội, 4 đ/c cơ động, điểm tập kết phía sau đình
S patrol_deployment | Tuần này chỉ tuần tra tuyến đường chính, các ngõ nhỏ khu {place} tạm thời bỏ trống do thiếu người
S patrol_deployment*2 | Ca trực tối nay: {gn_m} và {gn_m} ở trụ sở, chốt {place} từ {time} đến 5h
# forwarded classified documents
S forwarded_doc*2 | [Chuyển tiếp] CÔNG AN HUYỆN {DISTRICT}\nSố: {docno_ca}\nĐộ mật: Mật\nV/v triển khai biện pháp nghiệp vụ đối với các đối tượng trọng điểm
S forwarded_doc | Fwd: Kế hoạch số {docno_ca} (MẬT) về đợt cao điểm, phân công lực lượng từng địa bàn, thời gian bắt đầu 0h ngày {date}
S forwarded_doc | Em gửi file "KH_chuyen_an_{code}_MAT.pdf" anh em tải về nghiên cứu trước buổi họp
S forwarded_doc | chuyển tiếp: "Đề nghị các đơn vị rà soát, lập danh sách đối tượng cần áp dụng biện pháp ngăn chặn, báo cáo về PV01 trước {date}. Tài liệu mật, không phổ biến."
S forwarded_doc | [Forwarded] CÔNG AN TỈNH - PHÒNG CẢNH SÁT HÌNH SỰ\nSố: {docno_ca}\nKẾ HOẠCH xác lập chuyên án đấu tranh với đường dây cá độ bóng đá\nĐỘ MẬT: TỐI MẬT
S forwarded_doc | Em chuyển tiếp văn bản của huyện, có dấu mật: "Yêu cầu Công an các xã bố trí lực lượng bí mật theo dõi các đối tượng có dấu hiệu kích động"
S forwarded_doc | Chuyen tiep: Cong van {docno_ca} ve viec xac minh, lap ho so dac tinh, do mat: mat
S forwarded_doc | Fw: Thông báo nội bộ về kết quả điều tra ban đầu vụ {code}, nghi phạm đã được xác định, chưa công bố, không chuyển tiếp ra ngoài
S forwarded_doc*2 | Ảnh chụp văn bản số {docno_ca} ngày {date} (MẬT): danh sách các điểm nóng cần lực lượng bí mật nắm tình hình
# state secret + personal data
PS arrest_plan+cccd*2 | Đối tượng {name_m}, CCCD {cccd}, trú tại {addr}, dự kiến bắt lúc 5h sáng mai, anh em chuẩn bị
PS raid_plan+address | Đêm {date} kiểm tra đột xuất nhà {name_m} ở {addr}, nghi tàng trữ ma túy, giữ bí mật tuyệt đối
PS informant+phone_mobile | Đặc tình mới của đội là {name_f}, số {mobile}, anh em cần tin về nhóm {nick} thì liên hệ
PS arrest_plan+criminal_record | Ngày {date} sẽ triệu tập và tạm giữ {name_m} về hành vi đánh bạc, tạm thời chưa báo gia đình
PS internal_measure+plate | Đang theo dõi xe biển {plate_car} của nhóm đòi nợ thuê, lúc {time} đã đậu ở {place}, anh em chưa được động
PS secrecy_mark+dob_name | MẬT - Danh sách đối tượng quản lý: {name_m} sinh {dob}; {name_m} sinh {dob}
PS undercover+phone_mobile | Số máy công vụ của đ/c {gn_m} đang đóng vai khách mua hàng là {mobile}, ai lỡ lưu tên thật thì sửa ngay
PS arrest_plan+address | Tối nay {time} bắt {nick} tại nhà người tình ở {addr}, 4 đ/c phục sẵn
PS forwarded_doc+cccd | TUYỆT MẬT - danh sách truy xét: {name_m} ({cccd}), {name_f} ({cccd})
PS internal_measure+bank_account | Đã đề nghị phong tỏa tài khoản {stk} {bank} của đối tượng, chưa báo chủ tài khoản
# more state secrets
S raid_plan | Mai 5h sáng quân số tập trung ở trụ sở, 5h30 đồng loạt kiểm tra các nhà trọ khu {place}, không báo trước chủ trọ
S raid_plan | ae nhớ: đêm {date} từ {time} kiểm tra quán {venue}, ai đi thường phục thì để xe ở {place}
S raid_plan | Đã có người trong sới bạc báo, đêm nay khoảng 23h sới đông nhất, mình vào lúc đó, chốt 2 ngả đường ra bờ sông
S raid_plan | Chốt giờ G là 4h15 sáng thứ 6, 3 mũi vào cùng lúc, ai lộ thông tin thì kỷ luật
S arrest_plan | Tối nay 21h bắt nhóm trộm chó khi chúng đi qua {place}, đã phục sẵn lưới chặn xe
S arrest_plan | Đối tượng bị truy nã đang ở nhà bố mẹ đẻ, sáng mai 5h anh em vây, không để nó chạy ra phía vườn sau
S arrest_plan | Thứ 7 này đối tượng {nick} sẽ về quê ăn giỗ, phục bắt ở đầu làng lúc nó về, chưa ai được nói
S informant | Thông tin vụ này là do con trai chủ {venue} báo cho mình, tuyệt đối không để lộ ra ngoài
S informant | Người báo tin ma túy ở khu trọ là bà {gn_f} chủ trọ, anh em đến làm việc thì giả vờ kiểm tra hành chính kẻo lộ
S informant | Cơ sở {nick} báo nhóm đua xe tối thứ 7 sẽ tập trung ở {place}, anh em chuẩn bị
S undercover | Đ/c {gn_m} mới chuyển về đang làm bảo vệ ở {venue} để nắm tình hình, gặp ngoài đường đừng gọi là "anh công an"
S undercover | Tổ trinh sát đang thuê phòng ở khu trọ {place} để theo dõi, anh em tuần tra đừng kiểm tra phòng đó
S internal_measure | Theo chỉ đạo, tạm thời không xử lý các quán karaoke ở {place} để theo dõi đường dây lớn hơn, giữ kín
S internal_measure | Đang rà soát cán bộ nghi bị đối tượng mua chuộc, có kết quả sẽ báo cáo riêng, đề nghị các đồng chí không bàn tán
S internal_measure | Đã xin được sao kê tài khoản của chủ {venue}, đang đối chiếu dòng tiền, chưa công khai
S internal_measure | Đường dây đã bị theo dõi 3 tháng, có 4 đầu mối ở {place}, chuẩn bị phá án trong tháng
S patrol_deployment | Từ 0h đến 3h đêm nay bãi xe {place} không có người trực vì anh em đi hỗ trợ huyện
S patrol_deployment*2 | Bố trí chốt: 2 đ/c ở {place} từ {time}, 2 đ/c cơ động dọc {street}, tổ dân phòng nghỉ
S patrol_deployment | Lịch tuần tra bí mật tuần này: đêm thứ 3, thứ 5 và chủ nhật, mỗi đêm 2 tuyến, xuất phát từ {place}
S secrecy_mark | M.Ậ.T - Kết quả xác minh nguồn tin về nhóm đối tượng ở khu {place}, chỉ lưu hành trong ban chỉ huy
S secrecy_mark | Tài liệu mật: danh sách cán bộ được giao theo dõi các hộ có người đi lao động nước ngoài trở về
S thu_hoi | Tai lieu thu hoi sau hoi nghi giao ban, noi dung: danh sach diem nong ma tuy dang theo doi, ae ko chup lai
S forwarded_doc | Em gửi lại văn bản huyện mới chuyển (có dấu Mật): kế hoạch lực lượng chốt chặn các ngả đường trong ngày bầu cử
S forwarded_doc | Forward: "Báo cáo kết quả công tác trinh sát tháng {month} - Mật", đề nghị các đ/c đọc và góp ý
# ---------------------------------------------------------------- off_topic
# advertising and sales
O ads | Nhà e có mật ong rừng nguyên chất, 350k/lít, ai cần ib em nhé 🍯
O ads | Thanh lý tủ lạnh Sanyo 2 cánh còn mới 90%, giá 1tr5, ai cần inbox
O ads | 🔥SALE SỐC🔥 Nồi chiên không dầu chỉ 499k, freeship toàn quốc, đặt hàng ngay kẻo hết
O ads | Nhận làm bánh sinh nhật, bánh kem theo yêu cầu, giao tận nhà trong khu, ib em nha
O ads | Khai trương quán bún chả đầu ngõ, giảm 20% tuần đầu, mọi người ủng hộ em nhé
O ads | Cần tuyển 5 nữ đóng gói hàng tại xưởng, lương 8-10tr, không cần kinh nghiệm, ib ngay
O ads | Gạo ST25 vụ mới về, 25k/kg, ship miễn phí trong phường
O ads | Dạy thêm toán lớp 6-9 tại nhà, học phí hợp lý, phụ huynh quan tâm nhắn tin riêng
O ads | Bên mình chuyên lắp camera an ninh giá rẻ, trọn gói 4 mắt chỉ 3tr9, bảo hành 2 năm
O ads | Order hàng Quảng Châu, quần áo giá sỉ, ai lấy sỉ inbox em
O ads | Mời cả nhà ghé shop mỹ phẩm online của em, đang flash sale 50%, link trong trang cá nhân
O ads | ban xe sh 2019 chinh chu gia 68tr, bao test, ai quan tam ib
O ads | Vải thiều Lục Ngạn chín rộ rồi cả nhà ơi, 35k/kg, đặt từ 5kg giao tận nơi
O ads | Nhận sửa chữa điện nước, thông tắc bồn cầu, có mặt sau 15 phút, giá rẻ nhất khu vực
O ads | Khóa học tiếng Anh online cam kết đầu ra, đăng ký hôm nay giảm 40% học phí
O ads | Giày thể thao hàng xuất khẩu đồng giá 199k, size 36-43, inbox chọn mẫu
O ads | Em bán cá kho làng Vũ Đại, đặt trước 2 ngày, ai lấy ăn Tết nhắn em
O ads | Nhà mình nuôi gà ta thả vườn, 150k/kg làm sẵn, ai mua cmt số lượng
O ads | cho thue xe tu lai 4-7 cho, gia uu dai dip le, nhan dat xe qua inbox
PO ads+phone_mobile | Bán đất thổ cư 80m2 mặt đường, sổ đỏ chính chủ, giá 1,9 tỷ, lh {mobile}
PO ads+phone_mobile*2 | Cho thuê phòng trọ khép kín 2tr5/tháng, gần chợ, lh chị {gn_f} {mobile}
PO ads+phone_mobile | Cần tìm bạn nữ ở ghép phòng trọ gần khu công nghiệp, liên hệ {mobile}
PO ads+address | Cho thuê mặt bằng kinh doanh tại {addr}, 40m2, giá thỏa thuận
PO ads+phone_mobile | Thu mua phế liệu giá cao, sắt vụn, đồ điện tử hỏng, gọi là có mặt {mobile}
PO ads+bank_account | Đặt bánh chưng Tết chuyển khoản trước 50% vào {stk} {bank} {NAME}, giao ngày 28 Tết
# loans, black credit
O loan | Hỗ trợ vay vốn nhanh chỉ cần CCCD, giải ngân trong 30 phút, không thẩm định, không gặp mặt
O loan | Cần tiền gấp? Vay online qua app, duyệt 5 phút, nợ xấu vẫn vay được 👉 nhắn zalo em
O loan | Nhận cầm đồ, cho vay trả góp ngày, thủ tục đơn giản, bảo mật thông tin khách hàng
O loan | Góp họ 20 triệu, mỗi ngày góp 800k trong 30 ngày, ai cần alo em
O loan | ai can vay tien ko, e cho vay tin chap chi can cccd + giay to xe, lai suat uu dai
O loan | Đáo hạn thẻ tín dụng, rút tiền mặt từ thẻ tín dụng phí thấp, inbox em
O loan | Vay nóng 5 triệu nhận tiền liền trong ngày, không cần chứng minh thu nhập
O loan | Gói vay sinh viên 0% lãi tháng đầu, đăng ký tại vaynhanh24h.vip
O loan | Bốc họ 10 triệu nhận 8tr5, góp 30 ngày mỗi ngày 350k, ai có nhu cầu inbox
O loan | Cho vay theo sổ hộ khẩu, lương, cà vẹt xe, giải ngân tận nhà trong khu vực
O loan | Em chuyên hỗ trợ hồ sơ vay ngân hàng cho người nợ xấu, bao đậu 100%
O loan | Cho vay tiền góp ngày, lãi nhẹ, không cần gặp mặt, chỉ cần ảnh căn cước
PO loan+phone_mobile*2 | Cho vay tiêu dùng lãi thấp, bốc họ 10tr góp 30 ngày, lh {mobile}
PO loan+phone_mobile | Vay tiền nhanh không thế chấp gọi {mobile} gặp anh {gn_m}
PO loan+bank_account | Ai đang nợ bên em thì chuyển tiền góp hôm nay vào {stk} {bank} trước 18h nhé
# gambling and betting
O gambling | Lô đề hôm nay bạch thủ 68, anh em theo em đánh chắc ăn
O gambling | 🎰 Nhà cái uy tín số 1 VN, nạp 100k tặng 200k, link đăng ký trong bio
O gambling | Kèo Việt Nam - Thái Lan tối nay chấp nửa trái, anh em vào cá độ ở đây nhé
O gambling | Tài xỉu online rút tiền nhanh, ai chơi ib em mời vào nhóm
O gambling | ghi đề ở đây nhé mn, 1 ăn 80, trả thưởng trong ngày
O gambling | Soi cầu miễn phí XSMB hôm nay: đầu 3 đuôi 7, song thủ lô 27-72, vào nhóm kín để nhận số VIP
O gambling | Game bài đổi thưởng, rút tiền về ngân hàng trong 5 phút, tặng code tân thủ 50k
O gambling | Ae có ai cược trận MU tối nay ko, e đang bao lô 500k
O gambling | Nhóm kín kèo thơm Ngoại hạng Anh, phí vào nhóm 300k, cam kết thắng 90%
O gambling | Xóc đĩa online live 24/7, nạp rút siêu tốc, vào là thắng
O gambling | đánh lô 40 con ko trượt phát nào, a e vào nhóm e soi cho
O gambling | Đá gà trực tiếp Thomo, cược tối thiểu 50k, tỷ lệ ăn cao nhất
O gambling | bắn cá đổi thưởng 💰 nạp thẻ cào được x2, anh em vào chơi cho vui
O gambling | Ai ghi lô tối nay nhắn e, con 36 đang về liền 3 hôm
O gambling | Sòng bài online Casino uy tín, hoàn trả 1,5% mỗi ngày, đăng ký nhận 888k
O gambling | Tối nay kèo Euro, a e đặt cửa Đức chấp 1 trái rưỡi, cơ hội x2 tài khoản
PO gambling+phone_mobile*2 | Nhận ghi lô đề online, trả thưởng uy tín, zalo {mobile}
# scams and phishing
O scam_phishing | 🎁 Chúc mừng số thuê bao của bạn đã trúng thưởng iPhone 15 Pro Max, nhận quà tại https://nhanqua-vn.top
O scam_phishing | [VNeID] Tài khoản định danh của bạn sắp bị khóa, cập nhật ngay tại vneid-gov.vn-capnhat.com để tránh gián đoạn
O scam_phishing | Điện lực thông báo: quý khách nợ tiền điện, thanh toán tại evn-thanhtoan.online trước 17h để tránh bị cắt điện
O scam_phishing | Nhận quà tri ân khách hàng Shopee 5 triệu đồng, chỉ cần điền thông tin tại đường link sau: shopee-trian.xyz
O scam_phishing | Bạn có 1 bưu phẩm bị giữ tại hải quan, nộp phí 500k để nhận hàng: ghn-vn.info/nhanhang
O scam_phishing | Tuyển CTV làm nhiệm vụ like, share nhận 50k/nhiệm vụ, ứng trước 300k để kích hoạt tài khoản
O scam_phishing | Hỗ trợ rút BHXH một lần online, không cần nghỉ việc, nhận tiền trong ngày, nhắn zalo để được tư vấn
O scam_phishing | Ngân hàng thông báo tài khoản của quý khách có giao dịch bất thường, xác thực ngay tại vcb-xacthuc.com
O scam_phishing | 🎉 Chỉ còn 2 suất nhận 10 triệu hỗ trợ an sinh xã hội, bấm vào đây đăng ký: bit.ly/hotro-ansinh
O scam_phishing | Dịch vụ lấy lại tiền bị lừa đảo online, cam kết 100%, chi phí trả sau khi thành công
O scam_phishing | Nhận làm lại giấy tờ, bằng lái, căn cước nhanh không cần đi thi, không cần có mặt
O scam_phishing | Tặng 1000 lượt theo dõi miễn phí, đăng nhập facebook tại fb-checkpoint.com để nhận
O scam_phishing | CHÚC MỪNG! Bạn là khách hàng may mắn trúng xe SH Mode, nộp phí trước bạ 3 triệu để nhận xe
O scam_phishing | Bộ Công an tặng 500k cho người dân đã cài VNeID, nhận tại link: dichvucong-bocongan.top
O scam_phishing | Tham gia bình chọn bé xinh nhận quà, đăng nhập bằng tài khoản Zalo tại link bên dưới nhé mn 👇
O scam_phishing | tk cua ban da trung giai dac biet 300tr, lien he tong dai de lam thu tuc nhan giai
O scam_phishing | Cài app "Hoàn thuế TNCN" để được hoàn tiền thuế ngay trong ngày, link tải: hoanthue-tncn.apk
PO scam_phishing+bank_account | Chúc mừng bạn trúng 50 triệu từ chương trình tri ân, chuyển phí 1 triệu vào {stk} {bank} để nhận giải
# MLM and get-rich schemes
O mlm | Thu nhập 30-50tr/tháng chỉ với chiếc điện thoại, làm tại nhà, ai muốn đổi đời ib em
O mlm | Tham gia hệ thống đầu tư tiền ảo, lãi 2%/ngày, giới thiệu người mới nhận thêm hoa hồng
O mlm | Cơ hội kinh doanh không cần vốn, xây dựng đội nhóm, sau 6 tháng tự do tài chính
O mlm | Mua gói thành viên 5 triệu, mỗi tháng nhận lại 1 triệu, giới thiệu 3 người lên cấp kim cương
O mlm | Sàn forex uy tín, copy trade lãi 30%/tháng, ai muốn làm giàu inbox
O mlm | Thực phẩm chức năng chữa bách bệnh, tuyển đại lý cấp 1 hưởng chiết khấu 40%, tuyển tuyến dưới
O mlm | Đầu tư chỉ 10 triệu, sau 3 tháng thành 30 triệu, bảo hiểm vốn 100%, ai tham gia nhanh còn suất
O mlm | Mẹ bỉm sữa kiếm 1 triệu/ngày tại nhà, không cần kinh nghiệm, chỉ cần nhiệt huyết 💪
O mlm | Dự án đào coin mới, vào sớm x100 tài sản, tuyển leader mở nhánh
O mlm | lam giau khong kho, tham gia he thong cua chung toi, thu nhap thu dong moi thang
O mlm | Hội thảo khởi nghiệp 0 đồng tối thứ 7, đến nghe là đổi đời, mang theo người thân
# chain messages
O chain | Gửi tin nhắn này cho 10 người trong 1 giờ, bạn sẽ gặp may mắn cả năm, ai không gửi sẽ gặp xui
O chain | Zalo thông báo sẽ thu phí từ tháng sau, hãy chuyển tiếp tin này cho 20 nhóm để tài khoản được miễn phí trọn đời
O chain | Khẩn: Tối nay đừng nghe máy số lạ lúc 12h đêm, sẽ bị nổ điện thoại, chia sẻ ngay cho người thân
O chain | Phật bà hiển linh, ai đọc được hãy share 9 nhóm sẽ được phù hộ, không share sẽ gặp tai họa
O chain | Share bài này, Facebook sẽ ủng hộ 1000đ cho mỗi lượt chia sẻ để cứu bé bị bệnh tim
O chain | Tin nóng: uống nước chanh nóng diệt tế bào ung thư, chia sẻ cho mọi người cùng biết
O chain | Đọc xong bài này nhớ chuyển cho 7 người bạn thân, 7 ngày sau điều ước sẽ thành sự thật
O chain | chuyen tiep gap: mai cat dien toan thanh pho 3 ngay, tich nuoc ngay, gui cho moi nguoi cung biet
O chain | Ai là người Việt Nam thì share ngay, không share là không yêu nước 🇻🇳
O chain | Bài thuốc gia truyền chữa khỏi tiểu đường trong 7 ngày, bác sĩ giấu kín, share cho người thân
# hostile political agitation
O political | Chính quyền toàn lũ tham nhũng, bà con xuống đường biểu tình ngày chủ nhật này, đừng sợ công an
O political | Ai còn tin vào chế độ này là ngu, hãy cùng nhau đứng lên lật đổ
O political | Kêu gọi bà con tẩy chay bầu cử, chống lại chính quyền đến cùng
O political | Share clip tố cáo chế độ độc tài, đòi đa đảng, đừng để bị bịt miệng
O political | Tập trung trước trụ sở UBND xã sáng mai phản đối thu hồi đất, mang theo gậy gộc, công an giải tán thì đánh lại
O political | cong an la cong cu dan ap cua che do, ba con dung hop tac voi chung no
O political | Tham gia hội nhóm đấu tranh dân chủ ở nước ngoài, mỗi người đi biểu tình được trả 500k
O political | Đất nước này mục nát rồi, chỉ có đổi chế độ mới có tương lai, ai đồng ý thì chia sẻ
# adult content
O adult | Em nhận massage body thư giãn tại nhà cho nam, ib em xem ảnh 😘
O adult | Link clip nóng nữ sinh full không che, ai cần ib
O adult | Gái xinh sinh viên, có phòng riêng, 500k/lần, nhắn zalo
O adult | Web phim người lớn mới, vào xem miễn phí không quảng cáo 18+
O adult | Nhóm kín chia sẻ ảnh nóng, phí vào nhóm 200k
O adult | Thuốc kích dục cho nữ, hiệu quả tức thì, ship kín đáo toàn quốc
O adult | Tìm bạn tình một đêm, kín đáo, ai có nhu cầu inbox anh
O adult | Em gái 2k3 nhận chat sex, gọi video riêng tư, phí hợp lý
O adult | Đồ chơi người lớn hàng Nhật, giao hàng che tên, nhắn tin để xem mẫu
PO adult+phone_mobile | Em nhận đi khách, có phòng, ai cần gọi {mobile}
# more off-topic
O ads | Nhà e mới về lô hàng nồi cơm điện Nhật bãi, giá chỉ từ 350k, ai cần inbox e gửi ảnh
O ads | Dịch vụ chụp ảnh cưới, quay phim sự kiện giá sinh viên, inbox để nhận báo giá
O ads | Đại lý bảo hiểm nhân thọ, tư vấn miễn phí, tham gia ngay hôm nay nhận quà
O ads | Bán mật ong bạc hà Hà Giang chuẩn, 400k/lít, mật ong nuôi 200k/lít, ship toàn quốc
O ads | Ai muốn mua bán nhà đất khu vực phường mình thì inbox em, em chuyên môi giới 10 năm
O ads | 🎁 Giảm giá sốc cuối năm, mua 1 tặng 1 tất cả sản phẩm, chỉ hôm nay thôi cả nhà ơi
O ads | Bán cây giống, cây cảnh chơi Tết, quất, đào, mai giá tại vườn, ai mua nhắn em
O ads | Nhận giặt là, giặt chăn đệm lấy tận nhà trong phường, 20k/kg
O loan | Cho vay nhanh bằng đăng ký xe máy, không giữ xe, nhận tiền trong 15 phút
O loan | Chơi hụi tháng lãi cao, đầu tháng hốt hụi, ai tham gia dây hụi mới báo em
O loan | Vay tiền online 1 triệu đến 10 triệu chỉ cần ảnh căn cước + selfie, link đăng ký 👉 vaytienonline.click
O gambling | Ai đánh đề thì nhắn, hôm nay giải đặc biệt chắc chắn về đầu 5
O gambling | Kèo nhà cái hôm nay: MU thắng kèo chấp, ae vào tiền mạnh, nạp qua link bên dưới
O gambling | Anh em chơi tài xỉu cùng em, chỉ cần 100k vốn là có thể gấp đôi trong 1 tối 🎲
O scam_phishing | Tài khoản Zalo của bạn vi phạm tiêu chuẩn cộng đồng, xác minh tại zalo-xacminh.net trong 24h để tránh bị khóa vĩnh viễn
O scam_phishing | Hoàn tiền cước 4G cho thuê bao trả trước, nhập số thẻ ngân hàng tại link để nhận 200k
O scam_phishing | Việc làm online thời vụ: đánh giá 5 sao cho shop, mỗi đơn nhận 30k, cần nạp trước để nhận đơn
O scam_phishing | CSGT thông báo: xe của bạn có biên bản phạt nguội, tra cứu và nộp phạt tại csgt-phatnguoi.online
O mlm | Tham gia cộng đồng 4.0, mỗi ngày chỉ xem quảng cáo 30 phút, thu nhập 15 triệu/tháng, giới thiệu càng nhiều càng giàu
O mlm | Cần tuyển 10 bạn làm đại lý nước uống ion kiềm, chữa khỏi ung thư, doanh thu trăm triệu mỗi tháng
O chain | Cảnh báo khẩn: từ mai Zalo đọc hết tin nhắn của bạn, hãy dán dòng chữ này lên trang cá nhân để từ chối
O chain | Gửi tin này cho 12 nhóm trước 12h đêm để nhận lộc đầu năm, ai bỏ qua sẽ mất lộc
O political | Bọn cán bộ xã ăn tiền của dân hết, bà con đừng nộp thuế, đừng đi họp, cứ chống đến cùng
O political | Ngày mai ai phản đối chế độ thì tập trung ở quảng trường, ra đường càng đông càng tốt, đừng sợ bị bắt
O adult | Bán clip riêng tư của hot girl, 50k một clip, nhắn tin để xem thử
O adult | Nhận làm "người yêu thuê" qua đêm, kín đáo, có xe đưa đón
PO loan+phone_mobile | Vay tiền trả góp không lãi 1 tháng đầu, liên hệ em {gn_f} {mobile}
PO scam_phishing+phone_mobile | Chúc mừng quý khách trúng thưởng tủ lạnh Samsung, gọi ngay {mobile} để xác nhận nhận quà
# thin sub-kinds, second batch
P passport | Con em đi du học, hộ chiếu số {passport}, nhờ anh xem giúp thông tin có khớp với căn cước không
P passport | số hộ chiếu của mẹ em là {passport}, mẹ em đi Hàn thăm con, về có phải khai báo gì không
P mst | Em làm freelance, MST cá nhân {mst}, cuối năm quyết toán thuế online được không ạ
S boc_bi | Tài liệu "chỉ người có tên mới được bóc bì" gửi chỉ huy: danh sách cán bộ được phân công tiếp cận nhóm đối tượng ở {place}
S thu_hoi | Bản phân công tuần tra dịp lễ là tài liệu thu hồi, nhưng em chụp để ae tiện xem: tổ 1 chốt {place} từ {time}
O political | Tất cả ra đường phản đối, chính quyền cướp đất của dân, gặp cán bộ thì ném đá cho chúng biết
O political | Cùng nhau lập hội kín chống đối chính quyền địa phương, ai tham gia nhắn riêng
O political | dang va nha nuoc lua dan het roi, ai con ung ho la dong loa, hay chia se de moi nguoi tinh ngo
- hard_negative:mat_ong | Đợt này ong nhà em cho nhiều mật lắm, ai cần mua thì nhắn riêng em chứ không đăng nhóm nhé
- hard_negative:mat_ong | Vết bỏng nhẹ bôi mật ong có đỡ không các bác?
- hard_negative:gambling_warning | Dịp World Cup, Công an phường tăng cường phòng chống cá độ bóng đá, phụ huynh nhắc nhở con em không tham gia
- hard_negative:gambling_warning | Người tố giác hành vi tổ chức đánh bạc, ghi lô đề sẽ được giữ bí mật danh tính
- hard_negative:loan_warning | Vay qua app lãi 5.000đ/triệu/ngày nghe thì ít nhưng tính ra hơn 180%/năm, bà con đừng vay
- hard_negative:loan_warning | Cảnh giác tờ rơi "cho vay không thế chấp, chỉ cần căn cước" dán ở cột điện, đó là tín dụng đen
- hard_negative:public_news | Công an xã đã trao trả chiếc xe máy bị mất trộm cho chủ sở hữu sau 2 ngày truy tìm
- hard_negative:public_news | Tòa án huyện xét xử lưu động vụ cố ý gây thương tích tại hội trường UBND xã vào sáng thứ 5, bà con có thể đến dự
- hard_negative:public_news | Công an huyện phá thành công đường dây lừa đảo qua mạng, thu hồi hơn 1 tỷ đồng trả lại cho các bị hại
- hard_negative:public_campaign | Tuần tra kiểm soát nồng độ cồn sẽ được tăng cường trên các tuyến đường trong dịp lễ, bà con đã uống rượu bia thì không lái xe
# ---------------------------------------------------------------- should pass
# police advice and scam warnings (hard negatives for off_topic)
- hard_negative:scam_warning*2 | [CÔNG AN PHƯỜNG {WARD} THÔNG BÁO] Hiện nay xuất hiện thủ đoạn giả danh nhân viên điện lực gọi điện yêu cầu thanh toán tiền điện qua đường link lạ. Đề nghị bà con tuyệt đối không bấm vào link, không cung cấp mã OTP. Cần hỗ trợ liên hệ {official} hoặc 113.
- hard_negative:scam_warning | Cảnh báo thủ đoạn lừa đảo "trúng thưởng": đối tượng nhắn tin báo trúng xe SH, iPhone rồi yêu cầu nộp phí nhận giải. Bà con không bấm link lạ, không chuyển tiền.
- hard_negative:scam_warning | Công an xã khuyến cáo: cơ quan công an không làm việc qua điện thoại, không yêu cầu chuyển tiền vào tài khoản để "xác minh". Nhận cuộc gọi như vậy thì cúp máy và báo 113.
- hard_negative:scam_warning | Mọi người lưu ý dạo này có cuộc gọi giả danh giáo viên báo con bị tai nạn cần chuyển tiền mổ gấp, bình tĩnh gọi lại cho nhà trường trước nhé
- hard_negative:mat_khau | Tuyệt đối không cung cấp mật khẩu, mã OTP cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng hay công an
- hard_negative:scam_warning | Thủ đoạn mới: gửi link cài app "Dịch vụ công" giả mạo để chiếm quyền điều khiển điện thoại. Bà con chỉ tải VNeID trên CH Play/App Store chính thức.
- hard_negative:loan_warning | Tuyên truyền phòng chống tín dụng đen: không vay tiền qua app không rõ nguồn gốc, lãi suất cắt cổ, bị đòi nợ khủng bố. Bị đe dọa thì báo ngay Công an xã.
- hard_negative:gambling_warning | Công an phường đề nghị bà con không tham gia đánh bạc, lô đề, cá độ bóng đá dưới mọi hình thức, nhất là mùa Euro, World Cup
- hard_negative:loan_warning | Phát hiện người có biểu hiện cho vay nặng lãi, đòi nợ thuê, đề nghị báo cho Công an phường qua đường dây nóng {official}
- hard_negative:gambling_warning | Cảnh báo: các trang "nhà cái", "tài xỉu online" đều là lừa đảo, nạp tiền vào là mất, ngoài ra đánh bạc là vi phạm pháp luật
- hard_negative:scam_warning | Thủ đoạn "việc nhẹ lương cao" làm nhiệm vụ like, chốt đơn: ban đầu trả tiền thật, sau yêu cầu nạp tiền lớn rồi chiếm đoạt. Bà con cảnh giác!
- hard_negative:rule_talk | Không chia sẻ ảnh CCCD, số tài khoản, mã OTP lên mạng xã hội hay trong nhóm chat, kẻ xấu lợi dụng để vay tiền, mở tài khoản
- hard_negative:rule_talk | Nhắc lại nội quy nhóm: không đăng số CCCD, số điện thoại, địa chỉ nhà riêng của bất kỳ ai; cần trao đổi thì nhắn riêng cho cán bộ
- hard_negative:rule_talk | Nhóm này là nhóm công khai, anh em cán bộ tuyệt đối không đăng tài liệu mật, kế hoạch công tác lên đây
- hard_negative:rule_talk | Văn bản có đóng dấu "Mật" chỉ lưu hành nội bộ, không chụp gửi lên Zalo, Facebook dưới mọi hình thức
- hard_negative:rule_talk | Anh em lưu ý: văn bản ghi "chỉ người có tên mới được bóc bì" thì tuyệt đối không chụp gửi qua mạng
- hard_negative:rule_talk | Nhóm chỉ dùng để trao đổi về an ninh trật tự, không quảng cáo, không bán hàng, không đăng link lạ
- hard_negative:rule_talk | Đề nghị các thành viên không đăng thông tin cá nhân của người khác, kể cả người vi phạm, vì vi phạm Nghị định 13/2023/NĐ-CP
- hard_negative:rule_talk | Tài liệu mật, tài liệu thu hồi sau hội nghị không được chụp ảnh, anh em nhớ giúp
- hard_negative:scam_warning | Thủ đoạn giả danh công an gọi video call, mặc cảnh phục, thông báo liên quan đường dây rửa tiền rồi bắt chuyển tiền. Công an thật không bao giờ làm vậy!
- hard_negative:scam_warning | Cảnh báo link giả mạo Cổng dịch vụ công, tên miền thật của nhà nước luôn có đuôi .gov.vn
- hard_negative:scam_warning | Có đối tượng nhắn tin mạo danh ngân hàng báo "tài khoản bị khóa", kèm link. Bà con không bấm, gọi tổng đài in sau thẻ để kiểm tra.
- hard_negative:scam_warning | Dạo này hay có tin nhắn "bạn có bưu phẩm cần nộp phí", toàn lừa đảo đấy cả nhà ạ, đừng chuyển khoản
- hard_negative:scam_warning | Mn cẩn thận mấy vụ gọi điện báo trúng thưởng rồi bắt đóng phí, nhà em vừa bị gọi sáng nay, em cúp máy luôn
- hard_negative:gambling_warning | Mùa bóng đá cha mẹ để ý con em, nhiều cháu học sinh bị dụ cá độ online, vay nợ rồi bỏ học
- hard_negative:loan_warning | Nhiều người vay app "bốc họ" bị đòi nợ bằng cách gửi ảnh cắt ghép cho người thân. Ai đang gặp phải thì báo Công an ngay, đừng sợ.
- hard_negative:loan_warning | Các cụ nên cảnh giác với hình thức "góp họ", "chơi hụi" qua mạng, đã có người mất hàng trăm triệu
- hard_negative:scam_warning | Lừa đảo đầu tư tiền ảo, sàn forex lãi cao thường rủ rê qua Zalo, Telegram. Không có chuyện "lãi 2%/ngày", bà con đừng tin
- hard_negative:scam_warning | Chuyên mục "Nhận diện lừa đảo" số 12: thủ đoạn chuyển nhầm tiền rồi đòi lại kèm lãi. Ai bị chuyển nhầm thì báo ngân hàng, không tự chuyển trả.
- hard_negative:scam_warning | Tuyên truyền: các trang web đánh bạc, cá độ trá hình dưới dạng game đổi thưởng đều vi phạm pháp luật, người chơi có thể bị xử phạt
- hard_negative:gambling_warning | Công an xã vừa triệt phá một ổ nhóm ghi lô đề, bà con không tham gia để tránh vi phạm pháp luật
- hard_negative:scam_warning | Tin nhắn "đổi điểm thưởng" từ đầu số lạ là giả mạo, không bấm vào link trong tin nhắn nhé các bác
- hard_negative:rule_talk | Ai nhận được tin nhắn chuỗi kiểu "gửi cho 10 người kẻo gặp xui" thì xóa đi, đừng chuyển tiếp vào nhóm
- hard_negative:rule_talk | Admin sẽ xóa các tin quảng cáo, cho vay, cá độ trong nhóm, mong các thành viên thông cảm
- hard_negative:mat_khau | Đặt mật khẩu ứng dụng ngân hàng khó đoán, không dùng ngày sinh hay số điện thoại của mình làm mật khẩu
- hard_negative:mat_khau | Mật khẩu VNeID phải đủ 8 ký tự, có chữ hoa, chữ thường, số và ký tự đặc biệt nhé bà con
- hard_negative:mat_khau | Em quên mật khẩu VNeID thì lấy lại thế nào ạ?
- hard_negative:mat_khau | Ai quên mật khẩu Zalo thì vào cài đặt để đặt lại, đừng gửi mã xác nhận cho ai
- hard_negative:mat_khau | e bị đổi mật khẩu facebook, giờ ko đăng nhập dc, báo công an có giúp dc ko ạ
- hard_negative:mat_khau | Bật xác thực 2 lớp, đổi mật khẩu định kỳ 3 tháng một lần là cách đơn giản để không bị mất tài khoản
- hard_negative:mat_khau | mật khẩu wifi nhà văn hóa đổi rồi hả mn, e ko vào được
- hard_negative:mat_khau | Khi đi cầm đồ điện thoại, nhớ đăng xuất và đổi mật khẩu các tài khoản ngân hàng
# secrecy words in harmless senses (hard negatives for state_secret)
- hard_negative:mat_ong | Mẹ em bảo uống mật ong với chanh ấm chữa ho tốt lắm, mọi người thử xem
- hard_negative:mat_ong | Ai biết chỗ mua mật ong thật không ạ, toàn gặp hàng pha đường
- hard_negative:mat_ong | Sáng nay bị ong đốt, bà cụ bôi mật ong lên thấy đỡ hẳn 😅
- hard_negative:mat_ong | Nhà bác {gn_m} nuôi ong lấy mật ở cuối xóm, bị trộm bê mất 3 thùng ong đêm qua
- hard_negative:mat_ong | Trẻ dưới 1 tuổi không nên cho ăn mật ong đâu các mẹ nhé
- hard_negative:mat_ong | Mật ong rừng với mật ong nuôi khác nhau thế nào hả mọi người?
- hard_negative:mat_other | Ông bà mình hay bảo "mật ngọt chết ruồi", cẩn thận mấy lời dụ dỗ trên mạng
- hard_negative:mat_other | Mật độ dân cư phường mình cao, nhà trọ nhiều nên hay xảy ra trộm cắp vặt
- hard_negative:mat_other | Quan hệ giữa công an và nhân dân phải gắn bó mật thiết thì mới giữ được bình yên
- hard_negative:mat_other | Thân mật mời toàn thể bà con dự lễ khánh thành nhà văn hóa tổ 5 vào sáng chủ nhật
- hard_negative:mat_other | Mẹ em nấu chè đỗ đen với mật mía ngon lắm, chiều mời các bác sang ăn
- hard_negative:mat_other | Giờ tan tầm mật độ xe ở cổng trường rất đông, phụ huynh đón con chú ý
- hard_negative:mat_other | Đường mật không bằng đường làng, mọi người đi chậm thôi kẻo trơn
- hard_negative:mat_other | Bác sĩ bảo ăn nhiều đồ béo dễ bị sỏi mật, các cụ chú ý ăn uống nhé
- hard_negative:bi_mat | Cả nhà giữ bí mật giúp em nhé, mai tổ chức sinh nhật bất ngờ cho bà nội 🎂
- hard_negative:bi_mat | Bí mật thư tín, điện thoại là quyền được Hiến pháp bảo vệ, không ai được tự ý xem tin nhắn của người khác
- hard_negative:bi_mat | "Bí mật" của bọn lừa đảo là đánh vào lòng tham, nhớ: không có bữa trưa nào miễn phí
- hard_negative:bi_mat | Bí quyết chống trộm đơn giản: lắp đèn cảm biến, khóa hai lớp và nuôi chó
- hard_negative:bi_mat | Con em nó có bí mật gì mà khóa điện thoại suốt, các mẹ có con tuổi dậy thì thì làm thế nào ạ
- hard_negative:bi_mat | Người tố giác tội phạm được pháp luật giữ bí mật danh tính, bà con yên tâm cung cấp thông tin cho công an
- hard_negative:bi_mat | Thông tin người báo tin sẽ được giữ bí mật tuyệt đối, bà con cứ mạnh dạn phản ánh qua số {official}
- hard_negative:bi_mat | Giữ bí mật mật khẩu, mã PIN là cách bảo vệ tài khoản tốt nhất
- hard_negative:bi_mat | Chương trình "Những người bạn bí mật" ở trường tiểu học, các cháu tặng quà cho nhau vui lắm
- hard_negative:rule_talk | Khu dân cư không phải nơi bàn chuyện kế hoạch nghiệp vụ, anh em trao đổi qua kênh nội bộ nhé
- hard_negative:rule_talk | Hỏi: tài liệu thu hồi là gì ạ? Đáp: là tài liệu phát ra trong cuộc họp và phải nộp lại sau khi họp xong, không được mang về hay chụp ảnh.
- hard_negative:public_campaign | Đợt cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán, Công an phường tăng cường tuần tra ban đêm, bà con yên tâm đón Tết
- hard_negative:public_campaign | Tổ tuần tra nhân dân thôn 3 hoạt động rất tốt, xin cảm ơn các bác đã thức đêm giữ bình yên cho xóm
- hard_negative:public_campaign | Từ ngày {date} phường ra quân lập lại trật tự vỉa hè trên các tuyến phố, đề nghị các hộ kinh doanh tự giác thu dọn hàng hóa
- hard_negative:public_news | Công an xã vừa bắt giữ 3 đối tượng trộm chó, thu giữ 1 xe máy và súng điện, cảm ơn bà con đã cung cấp thông tin
- hard_negative:public_news | Tháng 9 vừa qua trên địa bàn xảy ra 4 vụ trộm cắp tài sản, công an đã điều tra làm rõ 3 vụ
- hard_negative:public_news | Vụ trộm xe ở khu tập thể tuần trước đã bắt được đối tượng, xe đã trả lại cho chủ
- hard_negative:public_news | Công an huyện đã khởi tố vụ án đánh bạc, bắt 12 đối tượng tại một sới bạc ở xã bên, thu giữ hơn 50 triệu đồng
- hard_negative:public_campaign | Công an phường phát động phong trào toàn dân bảo vệ an ninh Tổ quốc, mỗi hộ gia đình là một "tổ an ninh"
- hard_negative:public_campaign | Mô hình "camera an ninh" đã lắp được 45 mắt camera ở các ngõ, góp phần giảm trộm cắp rõ rệt
- hard_negative:public_campaign | Lực lượng dân phòng sẽ tuần tra thường xuyên hơn dịp cuối năm, bà con thấy gì bất thường báo ngay
# hotlines, official numbers
- hard_negative:hotline | Khi có cháy nổ gọi 114, cấp cứu gọi 115, an ninh trật tự gọi 113
- hard_negative:official_hotline*2 | Đường dây nóng của Công an phường: {official}. Trường hợp khẩn cấp gọi 113.
- hard_negative:official_hotline | Gọi 113 mà máy bận thì gọi trực ban Công an phường số {official} nhé bà con
- hard_negative:hotline | Tổng đài 111 là đường dây nóng bảo vệ trẻ em, miễn phí 24/7, phát hiện trẻ bị bạo hành hãy gọi ngay
- hard_negative:hotline*2 | Phòng cháy chữa cháy: không sạc xe điện qua đêm, lắp bình chữa cháy mini, khi có cháy gọi ngay {hotline}
- hard_negative:hotline | Thấy người bị tai nạn thì gọi 115, không tự ý di chuyển nạn nhân nếu nghi chấn thương cột sống
- hard_negative:hotline | Phản ánh cuộc gọi rác qua tổng đài 156, tin nhắn rác nhắn tới 5656
- hard_negative:hotline | Tổng đài điện lực 1900 1288 hỗ trợ 24/7, các hộ mất điện gọi số này chứ đừng gọi số lạ nhắn đến
- hard_negative:hotline | goi 113 hay 114 z mn, nha ben canh co khoi boc len
- hard_negative:hotline | Vừa gọi 115 cho bác ở đầu ngõ bị ngã, xe cấp cứu đang đến
- hard_negative:official_hotline | Bà con cần hỗ trợ về thủ tục cư trú, căn cước xin liên hệ Công an phường {official} trong giờ hành chính
- hard_negative:official_hotline*2 | Số trực ban CA phường là {official}, mọi người lưu vào máy để khi cần gọi
- hard_negative:official_hotline | Mọi phản ánh về an ninh trật tự xin gọi {official} hoặc nhắn vào nhóm này, thông tin người báo được giữ bí mật
- hard_negative:hotline | Số 113 gọi miễn phí kể cả khi điện thoại hết tiền nhé các cụ
- hard_negative:hotline | Con nhỏ ở nhà nên dạy cháu thuộc 113, 114, 115 để khi cần còn gọi
# procedure guidance and questions
- clean:procedure | Cho e hỏi làm căn cước cho con 6 tuổi cần mang gì ạ?
- clean:procedure | Thủ tục cấp đổi căn cước: mang thẻ cũ, nếu thay đổi thông tin thì mang giấy tờ chứng minh. Lệ phí cấp đổi 50.000đ.
- clean:procedure | Đăng ký tạm trú online: vào dichvucong.gov.vn hoặc ứng dụng VNeID, chọn "Đăng ký tạm trú", tải lên hợp đồng thuê nhà
- clean:procedure | Tài khoản định danh mức 2 làm tại Công an xã, mang theo CCCD gắn chip và điện thoại có sim chính chủ
- clean:procedure | anh ơi đăng ký tạm trú cho người thuê trọ thì chủ nhà làm hay người thuê tự làm ạ
- clean:procedure | Bà con nào chưa kích hoạt VNeID thì chiều thứ 5 ra nhà văn hóa, các anh công an hỗ trợ từ 14h đến 17h
- clean:procedure | Lịch làm căn cước tại trụ sở: thứ 2 đến sáng thứ 7, sáng 7h30-11h30, chiều 13h30-17h
- clean:procedure | Mẫu CT01 tải ở đâu ạ? E tìm mãi ko thấy
- clean:procedure | Tờ khai thay đổi thông tin cư trú mẫu CT01 có sẵn trên cổng dịch vụ công, bà con không cần in nếu nộp online
- clean:procedure | Giấy xác nhận thông tin cư trú mẫu CT07 giờ xin online trên VNeID được rồi, không cần lên phường
- clean:procedure | Con em 14 tuổi làm căn cước thì bố mẹ có phải đi cùng không ạ?
- clean:procedure | Làm lý lịch tư pháp số 1 có cần về quê không hay làm online được ạ?
- clean:procedure | Thủ tục đăng ký thường trú cho con mới sinh: khai sinh xong là có mã định danh, bố mẹ đăng ký thường trú trên VNeID
- clean:procedure | Căn cước công dân 12 số chính là mã định danh cá nhân, 3 số đầu là mã tỉnh nơi đăng ký khai sinh
- clean:procedure | Từ 01/7/2024 thẻ căn cước mới có hiệu lực, CCCD cũ còn hạn vẫn dùng bình thường
- clean:procedure | Người từ đủ 14 tuổi bắt buộc làm căn cước, dưới 14 tuổi làm theo nhu cầu
- clean:procedure | Cho mình hỏi CMND 9 số còn dùng được đến khi nào vậy?
- clean:procedure | CMND cũ hết giá trị sử dụng từ 01/01/2025, ai chưa đổi sang căn cước thì tranh thủ đi làm nhé
- clean:procedure | Hộ chiếu gắn chip làm online trên cổng dịch vụ công Bộ Công an, khoảng 8 ngày làm việc có kết quả
- clean:procedure | Mất thẻ căn cước thì báo mất và làm lại ở công an xã nơi cư trú, mang theo giấy tờ nếu có
- clean:procedure | Đăng ký xe online trên VNeID, sau đó mang xe đến công an xã để cà số khung, số máy
- clean:procedure | Hồ sơ sang tên xe gồm giấy khai đăng ký xe, chứng từ chuyển nhượng và lệ phí trước bạ 2%
- clean:procedure | Cho e hỏi xe đứng tên người khác, mua lại bằng giấy viết tay thì giờ sang tên thế nào ạ?
- clean:procedure | Khai báo lưu trú cho khách ở homestay qua ứng dụng ASM hoặc VNeID, trước 23h trong ngày
- clean:procedure | Nhà có người đi làm ăn xa trên 1 tháng thì phải khai báo tạm vắng, bà con lưu ý
- clean:procedure | Ông bà em già rồi không đi lại được, có làm căn cước tại nhà được không anh?
- clean:procedure | Có, công an phường có tổ cấp căn cước lưu động tại nhà cho người già yếu, bà con đăng ký với tổ trưởng
- clean:procedure | Đăng ký kết hôn giờ có cần giấy xác nhận tình trạng hôn nhân nữa không ạ?
- clean:procedure | Ai biết thủ tục xin giấy phép kinh doanh karaoke cần những gì không ạ?
- clean:procedure | Giấy chứng nhận đủ điều kiện về an ninh trật tự nộp ở công an huyện hay công an xã ạ?
- clean:procedure | Tích hợp giấy phép lái xe vào VNeID thì đi đường có cần mang bằng giấy nữa không mn
- clean:procedure | Tài khoản VNeID mức 1 khác mức 2 thế nào ạ?
- clean:procedure | Đi nước ngoài về thì phải khai báo gì với phường không ạ?
- clean:procedure | Làm căn cước cho con cần sổ hộ khẩu không hay chỉ cần giấy khai sinh ạ?
- clean:procedure | Sổ hộ khẩu giấy đã hết giá trị, giờ mọi thông tin cư trú đều tra trên VNeID nhé bà con
- clean:procedure | lam the can cuoc cho be duoi 6 tuoi thi co can chup anh khong a
- clean:procedure | dang ky tam tru online mat bao lau thi co ket qua a
- clean:procedure | ai bit cach doi so dien thoai tren vneid ko chi e voi
- clean:procedure | e lam cccd 3 tuan r chua co, hoi o dau a
- clean:procedure | Thủ tục xóa đăng ký thường trú khi người thân mất thì làm thế nào ạ?
- clean:procedure | Trẻ em dưới 14 tuổi làm căn cước không phải thu nhận vân tay, mống mắt nhé các mẹ
# plate fragments and vehicle talk without a full plate
- hard_negative:plate_fragment | Xe biển 5 số có phải đi đổi không ạ?
- hard_negative:plate_fragment | Thấy thằng đi xe Exciter biển đầu 29 gì đó, đuôi 68, em không nhìn kịp
- hard_negative:plate_fragment | Xe máy biển trắng chữ đen, không nhìn rõ số, chạy về hướng cầu
- hard_negative:plate_fragment | Biển số định danh: khi bán xe chủ xe giữ lại biển, người mua đăng ký biển mới hoặc dùng biển định danh của mình
- hard_negative:plate_fragment | Biển số xe máy ở Hà Nội đầu 29 đến 33 và 40, còn TP HCM từ 50 đến 59
- hard_negative:plate_fragment | Xe ô tô biển vàng là xe kinh doanh vận tải nhé, không phải xe công
- hard_negative:plate_fragment | Mình nhớ mỗi 2 số cuối là 79, xe Vision màu trắng, đi hướng chợ
- hard_negative:plate_fragment | Bấm biển ngẫu nhiên trên cổng dịch vụ công được luôn, em vừa bấm được biển đẹp 😄
- hard_negative:plate_fragment | Thanh niên đi xe không biển số, rú ga inh ỏi lúc 11h đêm ở đường đê
- hard_negative:plate_fragment | Xe máy tháo biển số, che mặt, 2 đối tượng giật túi xách rồi chạy về phía cầu
- hard_negative:plate_fragment | Biển kiểm soát xe máy mới có 5 số, loại cũ 4 số vẫn dùng bình thường
- hard_negative:plate_fragment | Xe đã đăng ký biển định danh thì khi đổi chủ có phải bấm lại không anh?
# incident reports without private data (hard negatives: places, counts, times)
- clean:incident | Đêm qua tổ 5 có trộm vào 2 nhà, mất 1 xe Wave và 1 điện thoại, mọi người khóa cửa cẩn thận
- clean:incident | Vừa có đánh nhau ở quán nhậu đầu cầu, có người bị thương, công an đã có mặt
- hard_negative:place_no_address*2 | có đám cháy ở {place}, khói bốc nghi ngút, mọi người tránh đường
- clean:incident | Có 2 thanh niên đi xe máy không biển số hay lượn qua lại khu tập thể lúc nửa đêm, nghi dò trộm chó
- clean:incident | Bà con ơi nhà em mất con chó vàng tối qua ở khu ruộng sau đình, ai thấy báo giúp ạ
- clean:incident | Trộm chó lại xuất hiện, đêm qua xóm 3 mất 2 con, các nhà nhốt chó cẩn thận
- clean:incident | Có người lạ đi bán hàng rong hỏi han nhà nào có người già ở một mình, mọi người cẩn thận
- hard_negative:place_no_address | {place} đang tắc cứng do va chạm giữa xe tải và xe máy, ai đi qua chọn đường khác
- clean:incident | Cây đổ chắn ngang đường vào thôn sau bão, ai đi xe cẩn thận
- clean:incident | Đèn đường đoạn cổng trường THCS tắt mấy hôm nay, tối om dễ bị cướp giật
- clean:incident | Có xe tải chở đất làm rơi vãi đầy đường đê, rất trơn, ai đi xe máy chú ý
- hard_negative:place_no_address | Hôm nay ở {place} có vụ giật túi xách, đối tượng chạy về phía bến xe
- clean:incident | Phản ánh: quán karaoke cuối ngõ hát đến 1h sáng, ồn quá không ngủ được
- clean:incident | Nước ngập sâu ở đoạn gầm cầu, xe máy chết máy hàng loạt
- clean:incident | Sáng nay phát hiện 1 xe máy bị bỏ lại ở bãi đất trống cạnh trường mầm non, ai mất xe ra nhận
- clean:incident | Có đàn bò thả rông ra giữa tỉnh lộ, nguy hiểm quá
- clean:incident | Mất điện cả khu từ 8h sáng, ai biết bao giờ có điện không
- hard_negative:place_no_address | Thấy khói bốc lên ở khu nhà kho gần {place}, đã gọi 114 rồi
- clean:incident | Có cháu bé khoảng 5 tuổi đi lạc ở cổng chợ, đang ở chỗ các chú dân phòng, bố mẹ ra đón
- clean:incident | Tối qua có vụ va chạm giao thông ở ngã ba, 1 người bị thương nhẹ, đã đưa đi viện
- clean:incident | Ở khu chợ có nhóm đối tượng bán hàng giả nhãn mác, lừa các cụ mua thuốc bổ giá cao
- clean:incident | Trộm cắt khóa lấy xe đạp điện ở nhà xe chung cư lúc 3h sáng, camera có quay được nhưng mờ
- clean:incident | Chiều nay có đám thanh niên tụ tập đốt pháo ở sân bóng thôn 2, công an xã đã đến giải tán
- clean:incident | Ống nước vỡ ở đầu xóm, nước chảy lênh láng, ai báo công ty nước giúp với
- clean:incident | Có con rắn to bò vào sân nhà văn hóa, các cháu đừng ra đó chơi
- clean:incident | Đêm qua có kẻ ném đá vỡ kính mấy chiếc ô tô đỗ dọc đường đê
- hard_negative:place_no_address | Xe khách bị lật ở dốc gần {place}, lực lượng chức năng đang cứu hộ, mọi người tránh đường
- clean:incident | Nhà em bị mất trộm 2 con gà chọi đêm qua, camera thấy 1 người đội mũ đen trèo tường
- clean:incident | hom qua o cho co nguoi bi moc tui mat dien thoai, mn di cho de y nhe
- clean:incident | vua co vu va cham xe may o nga tu, 2 ng bi thuong, da goi 115
- clean:incident | nha e mat xe dap dien luc 2h sang, camera quay dc 2 thang mac ao den
- clean:incident | Ai ở gần chợ cho hỏi vụ ồn ào lúc nãy là gì vậy, thấy công an đến đông lắm
- clean:incident | Có người say rượu nằm giữa đường đầu làng, ai đi qua đưa giúp vào lề
- clean:incident | Cẩn thận có người giả làm nhân viên điện lực đến từng nhà kiểm tra công tơ, thực chất là dò nhà
- clean:incident | Chó thả rông cắn 1 cháu học sinh ở đường vào trường, đề nghị các nhà nuôi chó xích lại
- clean:incident | Nhà mình bị trộm lúc cả nhà đi đám cưới, mất 3 chỉ vàng và ít tiền mặt, đã báo công an
- clean:incident | 3 hôm nay có người lạ mặt ngồi quán nước nhìn vào các nhà, mọi người để ý giúp
# numbers that are not personal data: money, dates, times, counts, years, documents
- hard_negative:doc_number*2 | Kế hoạch số {docno} về tổng vệ sinh môi trường, các hộ dọn dẹp trước cửa nhà sáng thứ 7
- hard_negative:doc_number | Theo Quyết định 123/QĐ-CAX, tổ bảo vệ an ninh trật tự cơ sở được kiện toàn gồm 12 thành viên
- hard_negative:doc_number | Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân đã có hiệu lực, mọi người cẩn thận khi chia sẻ thông tin người khác
- hard_negative:doc_number | Luật Cư trú 2020: công dân chuyển đến chỗ ở mới phải đăng ký tạm trú trong vòng 30 ngày
- hard_negative:doc_number | Thông tư 55/2021/TT-BCA hướng dẫn thủ tục cư trú, bà con có thể nộp hồ sơ online
- hard_negative:doc_number | Thực hiện Công văn 1234/CAT-PC06 về cấp căn cước, phường tổ chức cấp lưu động vào thứ 7 này
- hard_negative:doc_number | Thông báo số {docno} về việc thu phí vệ sinh năm 2025, mức thu giữ nguyên như năm ngoái
- hard_negative:doc_number | Nghị định 168/2024/NĐ-CP tăng mức phạt vi phạm giao thông từ 01/01/2025, bà con lưu ý
- hard_negative:doc_number | Căn cứ Luật Phòng, chống ma túy 2021, người nghiện phải đăng ký cai nghiện tự nguyện hoặc bắt buộc
- hard_negative:doc_number | Văn bản {docno} ngày {date} của UBND phường về phòng chống dịch sốt xuất huyết, tổ trưởng triển khai giúp
- hard_negative:money | Tiền phạt vi phạm nồng độ cồn với xe máy từ 6 đến 8 triệu, ô tô lên đến 40 triệu, đã uống rượu bia thì không lái xe
- hard_negative:money | Phạt 500.000 - 1.000.000 đồng đối với hành vi không đăng ký tạm trú, các chủ nhà trọ lưu ý
- hard_negative:money | Đợt ủng hộ đồng bào lũ lụt tổ mình quyên góp được 12.350.000đ, xin cảm ơn cả nhà
- hard_negative:money | Quỹ khuyến học năm nay thu được 25.600.000 đồng từ 86 hộ, xin cảm ơn các gia đình
- hard_negative:money | Tiền điện tháng này nhà em hết 1tr2, tăng quá trời
- hard_negative:money | Giá xăng lại tăng rồi, 23.450đ/lít, đi làm xa khổ thật
- hard_negative:money*2 | Trung thu này tổ dân phố tổ chức phá cỗ cho các cháu, mỗi nhà góp {money} nhé
- hard_negative:money | Tiền gửi xe ở chợ tăng lên 5.000đ/lượt, có đúng quy định không ạ?
- hard_negative:money | Bị lừa mất {money} qua mạng thì có lấy lại được không các anh?
- hard_negative:money | Mẹ em bị lừa mất 150.000.000đ vì tin cuộc gọi giả danh công an, mọi người cảnh giác
- hard_negative:money | Đóng phí vệ sinh cả năm 240.000đ/hộ, nộp cho tổ trưởng trước ngày 30/6
- hard_negative:money | Vừa nhặt được 1.200.000 đồng ở cổng chợ, ai đánh rơi liên hệ công an phường để nhận lại
- hard_negative:date_time | Họp tổ dân phố lúc 19h30 thứ 6 ngày 15/11/2024 tại nhà văn hóa, mời đại diện các hộ
- hard_negative:date_time | Hạn nộp hồ sơ hỗ trợ hết ngày 30/9, sau 17h00 không nhận nữa
- hard_negative:date_time | Từ 22h đến 6h sáng đề nghị các hộ không hát karaoke gây ồn ào
- hard_negative:date_time | Sáng chủ nhật 8h tại nhà văn hóa tổ 5 có buổi tuyên truyền Luật Căn cước, mời bà con đến dự
- hard_negative:date_time | Chiều nay có tiêm phòng dại cho chó mèo miễn phí ở nhà văn hóa, 14h-17h
- hard_negative:date_time*2 | Lịch cắt điện ngày {date} từ 7h đến 17h để bảo dưỡng đường dây
- hard_negative:date_time | Đêm giao thừa 23h45 có bắn pháo hoa ở sân vận động huyện, bà con đi xem nhớ khóa cửa nhà
- hard_negative:date_time | Ngày 2/9/2025 kỷ niệm 80 năm Quốc khánh, các hộ treo cờ từ ngày 31/8
- hard_negative:date_time | Lễ hội đình làng diễn ra từ mùng 10 đến 12 tháng Giêng, công an xã sẽ hướng dẫn trông giữ xe
- hard_negative:count | Năm 2023 phường có 1.245 hộ với 4.380 nhân khẩu, 312 người tạm trú
- hard_negative:count | Tổ mình còn 37 hộ chưa kích hoạt VNeID mức 2, tổ trưởng rà lại giúp
- hard_negative:count | Người sinh từ năm 1960 trở về trước có CCCD thì không cần đổi lại thẻ
- hard_negative:count | Đợt này phường cấp được 2.150 thẻ căn cước, 980 tài khoản định danh điện tử
- hard_negative:count | Tuần qua tiếp nhận 6 tin báo, xử lý 5 vụ, 1 vụ đang xác minh
- hard_negative:count | Mã OTP gồm 6 số, ngân hàng không bao giờ hỏi mã này qua điện thoại
- hard_negative:count | Căn cước có 12 số, CMND cũ có 9 số, mã số thuế cá nhân giờ chính là số định danh
- hard_negative:count | Năm 1995 nhà em chuyển về đây, đến giờ gần 30 năm chưa thấy bị trộm lần nào
- hard_negative:count | Từ đầu năm đến nay trên địa bàn xảy ra 18 vụ lừa đảo qua mạng, thiệt hại hơn 2 tỷ đồng
- hard_negative:count | Tổ 7 có 14 hộ nuôi chó, 9 hộ đã tiêm phòng dại
# small talk, thanks, greetings, questions
- clean:thanks | Cảm ơn các anh công an phường đã giúp nhà em tìm lại được xe 🙏
- clean:smalltalk | Chúc cả nhà năm mới an khang thịnh vượng, vạn sự như ý 🎉
- clean:smalltalk | Sáng nay trời rét quá, mọi người giữ ấm nhé
- clean:question | Hôm nay ai đi họp tổ dân phố không ạ?
- clean:thanks | ok a, e cảm ơn
- clean:thanks | dạ vâng, em đã nhận được thông báo ạ
- clean:thanks | Tuyệt vời quá, cảm ơn anh CSKV nhiệt tình 👍
- clean:smalltalk | 👍👍👍
- clean:smalltalk | Đồng chí CSKV mới về phường mình nhiệt tình lắm, cả nhà ủng hộ anh ấy nhé
- clean:question | mn ơi ai biết trạm y tế phường mấy giờ mở cửa không ạ
- clean:smalltalk | Hôm qua nhà ai bắn pháo hoa vậy, tưởng nổ bình ga, sợ quá
- clean:question | Cả nhà cho em hỏi từ phường mình ra bến xe Giáp Bát đi đường nào nhanh nhất
- clean:smalltalk | Em mới vào nhóm, chào cả nhà ạ
- clean:smalltalk | Chúc mừng đội bóng phường mình vô địch giải phong trào 🏆
- clean:smalltalk | Cả nhà ơi mưa to quá, ai còn phơi quần áo thì rút vào nhé
- clean:thanks | Cảm ơn anh em dân phòng đêm qua đã hỗ trợ dập lửa kịp thời, may không ai bị sao
- clean:thanks | ae trực Tết vất vả quá, cảm ơn ae nhiều 🙏
- clean:smalltalk | Chúc các anh công an phường một ngày 19/8 thật ý nghĩa 💐
- clean:smalltalk | Chủ nhật này tổng vệ sinh ngõ xóm, mỗi nhà cử 1 người nhé
- clean:question | Có ai biết sao nước máy hôm nay có mùi clo nặng vậy không?
- clean:smalltalk | Trời nồm quá, nhà em tường chảy nước hết rồi 😩
- clean:thanks | Thanks anh CSKV, hỗ trợ nhanh quá 👍
- clean:smalltalk | Update: xe nhà em tìm thấy rồi nhé, cảm ơn cả nhà đã để ý giúp
- clean:question | Mn check giúp e cái tin nhắn báo trúng thưởng này có phải scam không, e không dám bấm vào link
- clean:question | App VNeID bị lỗi login từ sáng, ai bị giống em không
- clean:smalltalk | Camera nhà em record được cảnh trộm vào lúc 2h, em đã gửi cho công an phường rồi
- clean:smalltalk | Hôm nay con em được khen vì nhặt được ví trả người mất, vui quá cả nhà ạ ❤️
- clean:question | Bãi gửi xe ở chợ có camera không ạ, em để xe ở đó có an toàn không?
- clean:question | Nhà em có con chó hay sủa đêm, hàng xóm phàn nàn, em nên làm gì ạ?
- clean:smalltalk | Ai đi chợ sớm mai mua hộ em bó rau muống với 😂
- clean:smalltalk | Trận bóng tối qua hay quá, Việt Nam thắng rồi cả nhà ơi 🇻🇳
- clean:question | Cho em hỏi tổ trưởng tổ 4 bây giờ là ai ạ?
- clean:thanks | Em cảm ơn ạ, em sẽ ra phường sáng mai
- clean:smalltalk | mai có ai đi tập thể dục ở công viên không, đi cùng cho vui
- clean:smalltalk | Chúc mừng sinh nhật anh Tuấn tổ trưởng, chúc anh luôn khỏe 🎂
- clean:smalltalk | Chúc mừng ngày Phụ nữ Việt Nam 20/10 tới các chị em trong nhóm 🌹
- clean:question | Hôm nay có lịch thu gom rác cồng kềnh không mọi người?
- clean:smalltalk | Mấy hôm nay đường sạch đẹp hẳn, cảm ơn các bác trong tổ tự quản
- clean:question | Ai biết chỗ nào sửa khóa cửa uy tín không, nhà em hỏng khóa
- clean:smalltalk | Bác nào trồng hoa trước cửa đẹp thế, đi qua ai cũng khen
- clean:question | Cho hỏi thủ tục báo mất điện thoại để công an tìm giúp thế nào ạ?
- clean:smalltalk | Đã nhận, cảm ơn đồng chí
- clean:smalltalk | Dạ vâng ạ
- clean:smalltalk | Đồng ý với ý kiến của bác Hùng, nên lắp thêm đèn ở ngõ
- clean:smalltalk | Nhà em đã treo cờ rồi ạ 🇻🇳
- clean:smalltalk | Nay trung thu các cháu rước đèn vui quá, cảm ơn ban tổ chức
- clean:question | Mọi người có ai biết chỗ nào dạy bơi cho trẻ em mùa hè không?
- clean:question | Hỏi ngu tí: đăng ký tạm trú khác gì đăng ký thường trú vậy mn?
# teencode, no-diacritics and mixed English written that way by people
- clean:smalltalk | mn oi ai bit cho lam ho chieu ko a
- clean:thanks | e cảm ơn a nhiều nha, có j e báo a sau
- clean:incident | ck e đi làm về nói ngoài đầu ngõ có vụ va chạm, có ai bị sao ko mn
- clean:question | vk e bảo tối nay có họp tổ à mn
- clean:incident | k bít ai đổ rác ra đầu ngõ, bẩn quá, mn giữ vệ sinh chung vs
- clean:smalltalk | dc r a, e làm xong r
- clean:smalltalk | ok mn, tối e qua
- clean:question | co ai bit so tong dai dien luc ko a, nha e mat dien tu chieu
- clean:smalltalk | hnay troi dep qua, ca nha di choi vui ve nhe
- clean:thanks | cam on cac chu cong an da giup chau tim lai xe dap
- clean:question | cho e hoi lam the nao de biet minh bi lua dao qua mang a
- clean:smalltalk | ae oi toi nay da bong giao luu o san thon 2 nhe, 19h
- clean:question | Lam sao de bao cao tai khoan facebook gia mao minh vay mn
- clean:smalltalk | Nice, group mình active ghê 😄
- clean:question | Ai có link tải VNeID chính thức không, sợ tải nhầm app fake
- clean:question | bà con ơi cái app VNeID update bản mới bị lỗi QR à
- clean:smalltalk | hôm nay e trực, có gì mn cứ nhắn nha
- clean:smalltalk | dạ e ở tổ 3 ạ, e mới chuyển về
- clean:question | e mua xe cũ ko có giấy tờ có bị sao ko a
- clean:smalltalk | kkk bác nói chuẩn quá
- clean:smalltalk | Okie a, để e báo lại vs vk e
- clean:question | Ai có số tổng đài hỗ trợ VNeID ko ạ?
- clean:incident | ban dem co tieng cho sua nhieu lam, ko biet co trom ko, mn de y
- clean:incident | thay 1 ng la mat lang vang quanh truong mam non tu sang, ai biet ko
# messages that mention the categories' words without being them
- hard_negative:topic_word | Bà con đừng ham rẻ mua hàng trôi nổi quảng cáo trên mạng, nhiều hàng giả lắm
- hard_negative:topic_word | Cháu nhà em bị nghiện game, thức đêm suốt, các bác có kinh nghiệm gì không ạ?
- hard_negative:topic_word | Buổi tuyên truyền về tác hại của ma túy và cờ bạc sẽ tổ chức ở trường THCS vào thứ 6
- hard_negative:topic_word | Nhờ admin xóa giúp tin quảng cáo cho vay ở trên, bọn nó spam suốt
- hard_negative:topic_word | Ai thấy tin quảng cáo lô đề, cho vay trong nhóm thì báo admin để xóa nhé
- hard_negative:topic_word | Tôi vừa báo cáo tài khoản spam link cá độ kia rồi, admin kiểm tra giúp
- hard_negative:topic_word | Thông tin về vụ án đang trong quá trình điều tra, khi có kết quả công an sẽ thông báo công khai, bà con không nên suy đoán
- hard_negative:topic_word | Việc bắt người phải có lệnh của cơ quan có thẩm quyền, người dân có quyền yêu cầu xuất trình
- hard_negative:topic_word | Bà con có thông tin về tội phạm ma túy, cờ bạc xin nhắn riêng cho cán bộ, không đăng công khai trong nhóm
- hard_negative:topic_word | Hôm nay lớp tập huấn kỹ năng phòng cháy chữa cháy cho tổ an ninh cơ sở, 25 người tham dự
- hard_negative:topic_word | Kế hoạch tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc ngày 19/8, mời bà con tham gia văn nghệ
- hard_negative:topic_word | Có ai biết phim "Người phán xử" không, xem lại vẫn hay 😄
- hard_negative:topic_word | Hôm nay con em học bài về cách bảo vệ thông tin cá nhân trên mạng, bổ ích lắm
- hard_negative:topic_word | Lừa đảo qua mạng giờ tinh vi quá, bố mẹ mình già rồi dễ bị lừa lắm
- hard_negative:topic_word | Đừng ai cho vay tiền qua Zalo khi chưa gọi video xác minh người quen nhé
- hard_negative:topic_word | Các chị em bán hàng online nên cảnh giác với đơn hàng ảo, shipper giả
- hard_negative:topic_word | Đợt kiểm tra hành chính vừa qua phát hiện 5 trường hợp tạm trú chưa khai báo, đã nhắc nhở
- hard_negative:topic_word | Sổ đỏ nhà em bị người quen mượn đi cầm cố, giờ phải làm thế nào ạ?
- hard_negative:topic_word | Hôm trước tổ em có bác bị lừa mua bảo hiểm, giờ họ không cho rút tiền, có ai biết cách xử lý
- hard_negative:topic_word | Tòa án tuyên án vụ lừa đảo chiếm đoạt tài sản ở xã bên, 3 bị cáo nhận tổng cộng 25 năm tù
# more messages that should pass
- clean:police_advice | Trời lạnh, bà con sưởi ấm bằng than trong phòng kín rất nguy hiểm, dễ ngạt khí CO, tuyệt đối không đóng kín cửa
- clean:police_advice | Dịp Tết các gia đình đi vắng nhớ khóa cửa, nhờ hàng xóm trông nhà, báo tổ trưởng nếu vắng dài ngày
- clean:police_advice | Khóa xe cẩn thận, lắp thêm khóa đĩa, khóa chống trộm; không để xe ngoài sân qua đêm
- clean:police_advice | Trẻ em đi bơi mùa hè cần có người lớn đi cùng, không tắm ở ao hồ, sông suối
- clean:police_advice | Không cho trẻ dưới 16 tuổi điều khiển xe máy, phụ huynh giao xe cho con là vi phạm luật
- clean:police_advice | Đã uống rượu bia thì không lái xe, tối nay đi liên hoan nhớ gọi taxi hoặc xe ôm công nghệ
- clean:police_advice | Bà con không mua bán, tàng trữ, sử dụng pháo nổ dịp Tết; phát hiện người buôn bán pháo báo công an
- clean:police_advice | Khi thuê người giúp việc, bà con nên đề nghị xem giấy tờ tùy thân và báo tạm trú cho họ
- clean:police_advice | Các chủ nhà trọ lưu ý kiểm tra giấy tờ người thuê và đăng ký tạm trú đúng hạn
- clean:police_advice | Không để tiền, vàng, tài sản giá trị ở nơi dễ thấy, không khoe tài sản lên mạng xã hội
- clean:police_advice | Khi bị cướp giật, giữ bình tĩnh, ghi nhớ đặc điểm đối tượng và phương tiện, báo ngay 113
- clean:police_advice | Mùa mưa bão bà con chằng chống nhà cửa, không đi qua ngầm tràn khi nước lớn
- clean:police_advice | Bà con lắp camera thì hướng ra cửa chính và cổng, lưu hình ít nhất 7 ngày để khi cần trích xuất
- clean:police_advice | Phát hiện người lạ mặt, đối tượng nghi vấn thì báo cho công an khu vực, không tự ý đánh người
- clean:police_advice | Đánh người trộm chó đến chết là phạm tội, bà con bắt được thì giữ và giao cho công an
- clean:police_advice | Khi nhận được cuộc gọi từ số nước ngoài có đầu +, bà con không nghe, không gọi lại
- clean:police_advice | Phụ huynh nhắc các cháu không đi theo người lạ, không nhận quà của người không quen
- clean:police_advice | Bình gas nên đặt nơi thoáng, khóa van sau khi nấu, thấy mùi gas không bật công tắc điện
- clean:police_advice | Các hộ kinh doanh karaoke, nhà nghỉ phải có bình chữa cháy, lối thoát nạn thông thoáng
- clean:police_advice | Người dân không tự ý thả đèn trời, dễ gây cháy nhà dân và rừng
- clean:police_advice | Tuyên truyền Luật Căn cước: từ 1/7/2024 thẻ CCCD đổi tên thành thẻ căn cước, thẻ cũ còn hạn vẫn có giá trị
- clean:police_advice | Không mua bán, cho thuê, cho mượn tài khoản ngân hàng; tài khoản của bạn có thể bị dùng để rửa tiền
- clean:police_advice | Không bán sim đã đăng ký chính chủ cho người khác, bạn sẽ phải chịu trách nhiệm nếu sim đó dùng để lừa đảo
- clean:police_advice | Bà con không nên đăng ảnh vé máy bay, thẻ lên mạng vì kẻ gian có thể biết nhà mình vắng người
- hard_negative:scam_warning | Cảnh giác với cuộc gọi tự xưng cán bộ BHXH hỗ trợ rút bảo hiểm một lần, đó là lừa đảo
- hard_negative:scam_warning | Đối tượng mạo danh cán bộ y tế gọi điện báo người nhà đang cấp cứu, yêu cầu chuyển viện phí. Hãy gọi lại cho người thân để xác minh!
- hard_negative:scam_warning | Cảnh báo thủ đoạn "tặng quà tri ân" qua Zalo, dụ bấm link rồi chiếm tài khoản để lừa bạn bè
- hard_negative:scam_warning | Không có chương trình nào "Bộ Công an tặng tiền cho người cài VNeID", đó là tin giả để lừa đảo
- hard_negative:scam_warning | Các mẹ để ý: tin nhắn tuyển cộng tác viên "làm nhiệm vụ nhận hoa hồng" là lừa đảo, đừng nạp tiền
- hard_negative:scam_warning | Đầu số 1900 hay +84 lạ gọi báo nợ cước, dọa khóa sim, bà con đừng làm theo hướng dẫn
- hard_negative:scam_warning | Lừa đảo "học sinh bị tai nạn" lại xuất hiện ở trường tiểu học, phụ huynh cẩn thận
- hard_negative:loan_warning | Tín dụng đen núp bóng "hỗ trợ tài chính", "vay tiêu dùng" dán tờ rơi ở cột điện, bà con thấy thì báo để xử lý
- hard_negative:gambling_warning | Nhiều thanh niên trong xã vay nợ vì chơi tài xỉu online, gia đình phải bán nhà trả nợ, các bậc cha mẹ quan tâm con em
- hard_negative:gambling_warning | Công an xã xử phạt 6 người đánh bạc ăn tiền dịp Tết, bà con vui xuân lành mạnh, không sát phạt
- hard_negative:loan_warning | Nếu bị đòi nợ bằng cách ném chất bẩn vào nhà, bà con giữ nguyên hiện trường và báo công an
- hard_negative:rule_talk | Nhắc anh em cán bộ trong nhóm: chỉ đăng thông báo tuyên truyền, mọi trao đổi nghiệp vụ thực hiện qua kênh bảo mật của ngành
- hard_negative:rule_talk | Bài vừa rồi có số CCCD của người dân, admin đã ẩn, mọi người lưu ý không đăng thông tin như vậy nữa nhé
- hard_negative:rule_talk | Em hỏi chút: gửi số điện thoại mình vào nhóm có sao không ạ? Admin: nên nhắn riêng cho cán bộ, nhóm đông người lắm
- hard_negative:rule_talk | Không chụp, không chia sẻ văn bản có đóng dấu tối mật, tuyệt mật hay mật lên mạng; vi phạm có thể bị xử lý hình sự
- hard_negative:mat_ong | Nay mật ong mùa nhãn về, hàng xóm biếu nhà em 1 chai, thơm lắm 😋
- hard_negative:mat_ong | Mẹo chữa ho cho bé: hấp quất với đường phèn, bé trên 1 tuổi thì thêm mật ong
- hard_negative:mat_ong | ong mat lam to o mai nha e, ai biet cach di doi to ong ko a
- hard_negative:mat_khau | E bi lo mat khau zalo, nguoi ta nhan tin vay tien ban be e, mn dung chuyen nha
- hard_negative:mat_khau | Thủ đoạn lừa lấy mật khẩu qua tin nhắn giả mạo, bà con nhớ: ngân hàng không bao giờ hỏi mật khẩu
- hard_negative:mat_other | Dân phòng với tổ bảo vệ phối hợp mật thiết nên khu mình yên hẳn
- hard_negative:mat_other | Bắt mạch bảo bị nóng gan, cuối tuần đi khám chức năng gan mật cho yên tâm
- hard_negative:bi_mat | Bí mật nho nhỏ: hoa sữa đầu ngõ nở rồi, tối đi qua thơm nức 😄
- hard_negative:bi_mat | Thầy giáo dạy các cháu giữ bí mật mật khẩu, không cho bạn mượn tài khoản game
- hard_negative:official_hotline | Trong dịp Tết, Công an phường trực 24/24 tại trụ sở, số trực ban {official}
- hard_negative:official_hotline | Bà con phát hiện cháy nổ gọi 114, phát hiện tội phạm gọi 113 hoặc trực ban phường {official}
- hard_negative:hotline | Số 113 là miễn phí, gọi từ máy bàn hay di động đều được, không cần bấm mã vùng
- hard_negative:hotline | Cháu nó nghịch gọi 113 hai lần, em xin lỗi các anh trực ban 😓
- hard_negative:money | Nhà em bị lừa mất 2 triệu vì mua hàng online, giờ báo công an có được không ạ?
- hard_negative:money | Góp quỹ phòng chống thiên tai 2024: mỗi lao động 10.000đ, hộ nghèo được miễn
- hard_negative:money | Mua căn hộ chung cư ở đây giờ giá 3,5 tỷ rồi, đắt quá mọi người ạ
- hard_negative:money | Lương hưu tháng này tăng 15%, bố em lĩnh được 7.245.000 đồng
- hard_negative:date_time | Ngày 20/11 trường THCS tổ chức mít tinh, khu vực cổng trường cấm đỗ xe từ 6h30 đến 10h
- hard_negative:date_time | Lịch tiêm chủng mở rộng tháng này vào ngày 25, trẻ từ 2 đến 18 tháng tuổi
- hard_negative:date_time | Từ 15/1 đến 15/2 âm lịch phường có đợt cấp căn cước lưu động ở các tổ dân phố
- hard_negative:count | Phường mình có 6 tổ dân phố, mỗi tổ có 1 tổ an ninh cơ sở gồm 3 người
- hard_negative:count | Sáng nay có 120 người đến làm căn cước, mọi người đi sớm để đỡ chờ nhé
- hard_negative:count | Bình chọn 5 hộ gia đình văn hóa tiêu biểu năm 2024, mời bà con góp ý
- hard_negative:doc_number | Căn cứ Kế hoạch 89/KH-BCĐ, tổ dân phố tổ chức ra quân phòng chống sốt xuất huyết vào thứ 7
- hard_negative:doc_number | Theo Thông tư 17/2024/TT-BCA, thủ tục cấp thẻ căn cước giờ nộp được qua VNeID
- hard_negative:doc_number | Công văn số 56/CV-CAX ngày 12/3 về việc tuyên truyền phòng chống ma túy trong học đường
- hard_negative:plate_fragment | Xe bị trộm thì trình báo kèm đăng ký xe, biển số để công an đưa vào dữ liệu xe mất cắp nhé bà con
- hard_negative:plate_fragment | Biển số định danh theo Thông tư 24/2023/TT-BCA gắn với mã định danh của chủ xe
- hard_negative:place_no_address | Cháy lớn ở xưởng gỗ trong khu công nghiệp, khói đen bốc cao, lực lượng PCCC đang dập lửa
- hard_negative:place_no_address | Tai nạn ở đường {street} đoạn gần ngã tư, 2 xe máy va nhau, đường đang ùn tắc
- hard_negative:place_no_address | Đoạn đường {street} đang thi công, xe đi chậm, buổi tối không có đèn
- hard_negative:place_no_address | Có người đuối nước ở hồ điều hòa, lực lượng cứu hộ đang tìm kiếm
- hard_negative:place_no_address*2 | Ở {place} có nhóm thanh niên tụ tập đánh nhau lúc 22h, công an đã đến giải tán
- clean:incident | Ai mất ví da màu nâu ở cổng chợ thì đến công an phường nhận, mô tả đúng đồ bên trong nhé
- clean:incident | Nhặt được 1 con chó cỏ lông vàng đeo vòng xanh, đang buộc ở nhà văn hóa tổ 5, chủ ra nhận
- clean:incident | Có mấy con chó thả rông sủa cả đêm ở khu tập thể, bà con nhắc nhau xích chó lại
- clean:incident | Sáng nay cống thoát nước ở chợ bị tắc, nước thải tràn ra đường hôi quá
- clean:incident | Trên nhóm Facebook của xã có người đăng tin đồn bắt cóc trẻ em, công an đã xác minh là tin giả
- clean:incident | Có người ngất ở trạm xe buýt, mọi người đã gọi cấp cứu và đưa đi rồi
- clean:incident | Tầm 3h sáng có tiếng hô trộm ở cuối xóm, mọi người ra nhưng nó chạy mất rồi
- clean:incident | nghe nói đêm qua thôn bên mất 3 con bò, mn nhà nào nuôi trâu bò để ý chuồng trại
- clean:incident | chợ chiều nay có người bán thịt lợn bị nghi là lợn bệnh, mn mua cẩn thận
- clean:thanks | Xin cảm ơn các đồng chí công an và bà con đã giúp tìm cháu bé đi lạc, cháu đã về nhà an toàn
- clean:thanks | Gia đình tôi xin chân thành cảm ơn bà con tổ 3 đã đến chia buồn và giúp đỡ tang lễ
- clean:thanks | Cám ơn anh CSKV đã đến tận nhà làm căn cước cho mẹ em, mẹ em 90 tuổi rồi 🙏
- clean:thanks | Rất cảm ơn thông tin hữu ích của các anh, em sẽ nhắc bố mẹ ở nhà
- clean:smalltalk | Hôm nay có đoàn từ thiện về phát quà cho các cháu khuyết tật ở nhà văn hóa, ai rảnh ra phụ giúp
- clean:smalltalk | Bác nào có cái thang cho mượn để sửa bóng đèn ngõ với ạ
- clean:smalltalk | Năm nay nước lên cao quá, ruộng nhà em ngập hết rồi
- clean:smalltalk | Hôm nay ngày đầu con đi học lớp 1, háo hức quá 😊
- clean:smalltalk | Chúc mừng năm mới các đồng chí công an xã, chúc cả nhóm một năm bình yên 🧧
- clean:smalltalk | Hôm nào tổ mình tổ chức giao lưu bóng chuyền với tổ 5 đi mọi người
- clean:smalltalk | Nhóm mình giờ được hơn 500 thành viên rồi, vui quá
- clean:smalltalk | Thời tiết hôm nay 38 độ, các cụ hạn chế ra ngoài buổi trưa nhé
- clean:smalltalk | Sắp Tết rồi, nhà nào cần người gói bánh chưng thì gọi nhau một tiếng nhé 😄
- clean:question | Mọi người ơi có ai biết lịch cắt nước tuần này không ạ?
- clean:question | Tối nay tổ mình họp về việc gì vậy ạ?
- clean:question | Đồng chí cho hỏi, người nước ngoài thuê nhà thì ai khai báo tạm trú ạ?
- clean:question | Làm sao để biết điện thoại mình có bị cài phần mềm gián điệp không ạ?
- clean:question | Có phải hàng xóm đốt rác gây khói thì báo công an phường không mọi người?
- clean:question | Con em 17 tuổi muốn đi làm thêm, có cần xin xác nhận gì của phường không ạ?
- clean:question | Cho em hỏi camera nhà em quay được người trộm, em đăng lên nhóm có được không ạ?
- clean:question | Nhà bên cạnh xây nhà lấn sang đất nhà em, em báo ai giải quyết ạ?
- clean:question | ai biet lich tiem phong cho tre o tram y te thang nay ko a
- clean:question | Xe đạp điện có cần đăng ký biển số không các anh?
- clean:question | Nhặt được đồ thì nộp cho công an phường hay trưởng thôn ạ?
- clean:question | Có được đỗ xe ô tô qua đêm ở đường trước nhà không ạ?
- clean:smalltalk | Ok anh, em đã chuyển thông tin cho tổ trưởng rồi
- clean:smalltalk | Tối nay đội văn nghệ tập ở nhà văn hóa, các chị nhớ đi đúng giờ
- clean:smalltalk | 😂😂 chuẩn luôn bác ơi
- clean:smalltalk | Dạ em đã đọc, cảm ơn ban quản trị nhóm
- clean:smalltalk | Hi mn, em là sinh viên mới thuê trọ ở tổ 7, mong được mọi người giúp đỡ
- clean:smalltalk | Ông bà ngày xưa dạy "bán anh em xa mua láng giềng gần", hàng xóm giúp nhau là quý nhất
- clean:smalltalk | Good morning cả nhà, chúc mọi người ngày mới vui vẻ ☀️
- clean:smalltalk | Nghe nói sắp có đợt cắt điện luân phiên, nhà ai có người già thì chuẩn bị quạt tích điện nhé
- clean:question | Bác nào biết cách đăng ký gắn camera an ninh kết nối với công an phường không ạ?
- hard_negative:topic_word | Hôm qua em thấy quảng cáo vay tiền dán đầy cột điện đầu ngõ, báo ai bóc đi ạ
- hard_negative:topic_word | Bọn lô đề dạo này chuyển sang ghi qua Zalo, bà con thấy ai rủ thì từ chối và báo công an
- hard_negative:topic_word | Đừng tin mấy trang quảng cáo "việc nhẹ lương cao", em gái em suýt bị lừa sang Campuchia
- hard_negative:topic_word | Có phải dạo này lừa đảo giả danh công an nhiều lắm không ạ, bố em vừa bị gọi
- hard_negative:topic_word | Đã có kết quả vụ cháy ở chợ, nguyên nhân do chập điện, không có thiệt hại về người
- hard_negative:topic_word | Biểu diễn văn nghệ chào mừng Quốc khánh tối 1/9 tại sân UBND, mời bà con đến xem
- hard_negative:topic_word | Chuyện nhà ai người ấy lo, bà con đừng đưa chuyện riêng tư của hàng xóm lên nhóm nhé
- hard_negative:topic_word | Anh em cán bộ nhớ thông tin vụ việc đang xác minh thì không đưa lên nhóm, chỉ thông báo khi có kết luận
- hard_negative:topic_word | Bác sĩ trạm y tế tư vấn miễn phí về bệnh tiểu đường, huyết áp vào sáng thứ 7 tại nhà văn hóa
- hard_negative:topic_word | Tổ chức hiến máu nhân đạo ngày 15/6 tại UBND phường, mong bà con tham gia
"""


def parse_seeds(block: str) -> list[tuple[list[str], str, int, str]]:
    seeds = []
    for raw in block.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, text = line.split(" | ", 1)
        codes, kind = head.split()
        count = 1
        if "*" in kind:
            kind, n = kind.split("*")
            count = int(n)
        labels = [] if codes == "-" else sorted(LABEL_CODES[c] for c in codes)
        seeds.append((labels, kind, count, text.replace("\\n", "\n")))
    return seeds


PLACEHOLDER_RE = re.compile(r"\{(\w+)\}")


def choose_plan(rng: random.Random, labels: list[str]) -> list[str]:
    r = rng.random()
    if r < 0.13:
        plan = ["strip"]
    elif r < 0.18:
        plan = ["teen", "strip"]
    elif r < 0.215:
        plan = ["zw"]
    elif r < 0.245:
        plan = ["homoglyph"] if rng.random() < 0.5 else ["strip", "homoglyph"]
    elif r < 0.27:
        plan = ["nfd"]
    elif r < 0.29:
        plan = ["emoji"]
    elif r < 0.42:
        plan = ["teen"]
    else:
        plan = []
    if ("state_secret" in labels or "off_topic" in labels) and rng.random() < 0.2:
        plan.insert(0, "spell")
    return plan


def render(
    text: str, labels: list[str], kind: str, rng: random.Random, vals: Values
) -> tuple[str, list[str]]:
    values: list[str] = []
    applied: list[str] = []
    number_obf = "personal_data" in labels and rng.random() < 0.36

    def sub(m: re.Match[str]) -> str:
        value, obfuscable = render_value(m.group(1), vals)
        if obfuscable and number_obf and not applied:
            value, how = obfuscate_number(value, rng, next(vals.number_obfuscations))
            applied.append(how)
        values.append(value)
        return sentinel(len(values) - 1)

    body = PLACEHOLDER_RE.sub(sub, text)
    plan = choose_plan(rng, labels)
    if "nfd" in plan and not re.search(r"[^\x00-\x7f]", strip_diacritics(body) + body):
        plan.remove("nfd")
    prefer = [w.lower() for w in SPELL_KEYWORDS if " " not in w]
    for step in plan:
        if step == "spell":
            new = apply_spell(body, rng)
            if new == body:
                continue
            body = new
        elif step == "strip":
            body = strip_diacritics(body)
            values = [strip_diacritics(v) for v in values]
        elif step == "teen":
            body = apply_teencode(body, rng)
        elif step == "zw":
            body = apply_zero_width(body, rng, prefer)
        elif step == "homoglyph":
            body = apply_homoglyphs(body, rng)
        elif step == "emoji":
            pool = GAMBLING_EMOJI if kind == "gambling" else NEUTRAL_EMOJI
            body = apply_emoji(body, rng, pool)
        applied.append(step)
    out = SENT_RE.sub(lambda m: values[ord(m.group(0)[1]) - 0xE100], body)
    out = unicodedata.normalize("NFC", out)
    if "nfd" in plan:
        out = unicodedata.normalize("NFD", out)
    return out, applied


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    vals = Values(rng)
    seen: set[str] = set()
    rows: list[tuple[list[str], str, str]] = []
    for labels, kind, count, text in parse_seeds(SEEDS):
        made = 0
        attempts = 0
        while made < count and attempts < count * 10:
            attempts += 1
            line, applied = render(text, labels, kind, rng, vals)
            if line in seen:
                continue
            seen.add(line)
            note = kind + (" +obf:" + ",".join(applied) if applied else "")
            rows.append((labels, note, line))
            made += 1
    rng.shuffle(rows)
    return [
        {"id": f"c{i:04d}", "text": text, "labels": labels, "note": note}
        for i, (labels, note, text) in enumerate(rows, start=1)
    ]


def dumps(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    rows = build()
    args.out.write_text(dumps(rows), encoding="utf-8", newline="\n")
    counts: dict[str, int] = {}
    for row in rows:
        for label in row["labels"] or ["(clean)"]:
            counts[label] = counts.get(label, 0) + 1
    print(f"wrote {len(rows)} lines to {args.out}: {counts}")


if __name__ == "__main__":
    main()

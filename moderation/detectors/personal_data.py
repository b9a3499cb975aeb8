"""Personal data: numbers validated by their structure, other data by patterns near context.

Numbers are found once as runs of digit groups (``0912 345 678``, ``001.203.012.345``,
``+84 (0) 912-345-678``); each run is split into candidates on group boundaries and every
candidate is classified by length, prefix and checks (province code and century digit of a
citizen ID, carrier prefix of a phone) and by the context words around it. Money, dates,
hotlines and document numbers (``07/KH-UBND``) fail those checks or are excluded up front.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from moderation.detectors.base import result
from moderation.normalize import Normalized
from moderation.patterns import compile_pattern, fold, tolerant
from moderation.rules import Reader
from moderation.types import Category, CheckResult, Finding

_RUN = re.compile(
    r"(?<![^\W_])(?:\+|\(\+?)?\d+"
    r"(?:(?:\)\s?|\s?\(|[ .\-]{1,3}|\s?[-–]\s?)\d+)*\)?(?![^\W_]|[.,]\d)"
)
_GROUP = re.compile(r"\d+")
_COMMA_RUN = re.compile(r"(?<![^\W_])0\d*(?:(?:,\s?|[ .\-]{1,3})\d+)+(?![^\W_]|[.,]\d)")
_MONEY_AFTER = compile_pattern(
    r"(?:đ|d|đồng|vnd|vnđ|k|nghìn|ngàn|ng|triệu|trieu|tr|tỷ|tỉ|usd|\$|cành|lít|xị|củ|%)"
)
_MONEY_BEFORE = re.compile(r"(?:giá|phí|tiền|lương|hết|mất|trả|nợ|lãi|thưởng)\W*$")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
_PLATE = re.compile(
    r"(?<![^\W_])([1-9]\d)\s?-?\s?([a-z]{1,2}\d?|\d?[a-z]{1,2})\s?[-.]?\s?(\d{3}[.\s]?\d{2}|\d{4})(?![^\W_])"
)
_PASSPORT = re.compile(r"(?<![^\W_])([a-z])[\s.\-]?((?:[\doil][\s.\-]?){6}[\doil])(?![^\W_])")
_PASSPORT_DIGITS = str.maketrans("oil", "011", " .-")
# Health-insurance card: two letters (beneficiary group) and 13 digits.
_INSURANCE_CARD = re.compile(r"(?<![^\W_])([a-z]{2})\s?(\d{13})(?![^\W_])")
# House numbers written "298/31/157": three parts or more, which a date never has.
_SLASH_ADDRESS = re.compile(r"(?<![^\W_/])\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){2,3}(?![^\W_/])")
# One slash ("45/12") is also a day and month: an address only right after "ở", "tại" or "nhà".
_SLASH_AT = re.compile(
    r"(?:(?<=\bở )|(?<=\btại )|(?<=\bnhà ))\d{1,4}[a-z]?/\d{1,4}[a-z]?(?![^\W_/])"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{2,64}\s?(?:@|\(@\)|\[@\]|\(at\)|\[at\]|\(a\))\s?[\w-]{2,63}"
    r"(?:\s?(?:\.|\(dot\)|\[dot\]|\(chấm\)|\[chấm\])\s?[a-z]{2,10}){1,3}(?![\w])",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(r"(?:\w+ )?(\d+/\d+/\d{4})\b")
_PLATE_CONTEXT = compile_pattern(r"(biển|biển số|bks|bsx|xe|ô tô|oto)")
_WORD = r"[^\W\d_]+"
_STREET_NAME = re.compile(r",?\s+(?:(?:đường|phố|Đường|Phố)\s+)?([^\W\d_]+)")


@dataclass(frozen=True)
class Scores:
    plain: float
    context: float
    context_pattern: re.Pattern[str] | None
    reason: str


def _scores(reader: Reader, field: str) -> Scores:
    table = reader.child(field)
    return Scores(
        plain=table.number("score"),
        context=table.number("score_with_context", table.data.get("score")),
        context_pattern=table.alternation("context"),
        reason=table.string("reason"),
    )


@dataclass(frozen=True)
class PersonalDataRules:
    detector: str
    context_before: int
    context_after: int
    provinces: frozenset[str]
    citizen: Scores
    citizen_unchecked: float
    old_id: Scores
    passport: Scores
    phone: Scores
    landline_score: float
    mobile_prefixes: frozenset[str]
    landline_prefix: str
    bank_min: int
    bank_max: int
    bank_scores: tuple[float, float, float]
    banks: re.Pattern[str] | None
    bank_context: re.Pattern[str] | None
    bank_reason: str
    email_score: float
    email_public: tuple[str, ...]
    email_public_score: float
    email_reason: str
    address: re.Pattern[str] | None
    address_weak: re.Pattern[str] | None
    address_score: float
    address_weak_score: float
    address_reason: str
    plate_score: float
    plate_reason: str
    birth: re.Pattern[str] | None
    birth_named: re.Pattern[str] | None
    birth_scores: tuple[float, float]
    birth_reason: str
    tax: Scores
    insurance: Scores
    insurance_card_plain: float
    surnames: re.Pattern[str]
    honorific_names: re.Pattern[str]
    lower_names: re.Pattern[str]
    not_names: frozenset[str]
    lower_titles: re.Pattern[str] | None
    not_name_words: frozenset[str]
    place_before: re.Pattern[str] | None
    health: re.Pattern[str] | None
    health_score: float
    health_reason: str
    criminal: re.Pattern[str] | None
    criminal_score: float
    criminal_reason: str
    public_context: re.Pattern[str] | None = None
    public_score: float = 0.3

    @classmethod
    def read(cls, reader: Reader) -> PersonalDataRules:
        citizen = reader.child("citizen_id")
        codes = citizen.strings("province_codes", required=True)
        for code in codes:
            if not (len(code) == 3 and code.isdigit()):
                raise citizen.error("province_codes", f"{code!r} is not a 3-digit code")
        phone = reader.child("phone")
        prefixes = phone.strings("mobile_prefixes", required=True)
        for prefix in prefixes:
            if not (len(prefix) == 3 and prefix.isdigit() and prefix.startswith("0")):
                raise phone.error("mobile_prefixes", f"{prefix!r} is not like 09x")
        bank = reader.child("bank_account")
        email = reader.child("email")
        address = reader.child("address")
        birth = reader.child("birth_date")
        names = reader.child("names")
        surnames = names.strings("surnames", required=True)
        middles = names.strings("middle_names", required=True)
        honorifics = names.strings("honorifics", required=True)
        health = reader.child("health")
        criminal = reader.child("criminal")
        public = reader.child("public_contact", required=False)
        return cls(
            detector=reader.string("detector"),
            context_before=reader.integer("context_before", 45, low=1),
            context_after=reader.integer("context_after", 25, low=0),
            provinces=frozenset(codes),
            citizen=_scores(reader, "citizen_id"),
            citizen_unchecked=citizen.number("score_unchecked_with_context"),
            old_id=_scores(reader, "old_id"),
            passport=_scores(reader, "passport"),
            phone=_scores(reader, "phone"),
            landline_score=phone.number("landline_score"),
            mobile_prefixes=frozenset(prefixes),
            landline_prefix=phone.string("landline_prefix"),
            bank_min=bank.integer("min_digits", 6, low=4),
            bank_max=bank.integer("max_digits", 19, low=6),
            bank_scores=(
                bank.number("score_bank"),
                bank.number("score_context"),
                bank.number("score_both"),
            ),
            banks=bank.alternation("banks", required=True),
            bank_context=bank.alternation("context", required=True),
            bank_reason=bank.string("reason"),
            email_score=email.number("score"),
            email_public=tuple(d.lower() for d in email.strings("public_domains")),
            email_public_score=email.number("public_score", 0.3),
            email_reason=email.string("reason"),
            address=address.alternation("patterns", required=True),
            address_weak=address.alternation("weak_patterns"),
            address_score=address.number("score"),
            address_weak_score=address.number("weak_score", 0.4),
            address_reason=address.string("reason"),
            plate_score=reader.child("plate").number("score"),
            plate_reason=reader.child("plate").string("reason"),
            birth=birth.alternation("patterns", required=True),
            birth_named=birth.alternation("patterns_with_name"),
            birth_scores=(birth.number("score_with_name"), birth.number("score_alone")),
            birth_reason=birth.string("reason"),
            tax=Scores(
                plain=reader.child("tax_code").number("score"),
                context=reader.child("tax_code").number("score"),
                context_pattern=reader.child("tax_code").alternation("context", required=True),
                reason=reader.child("tax_code").string("reason"),
            ),
            insurance=Scores(
                plain=reader.child("social_insurance").number("score"),
                context=reader.child("social_insurance").number("score"),
                context_pattern=reader.child("social_insurance").alternation(
                    "context", required=True
                ),
                reason=reader.child("social_insurance").string("reason"),
            ),
            insurance_card_plain=reader.child("social_insurance").number("card_score", 0.7),
            surnames=re.compile(
                rf"(?<![^\W_])(?:{'|'.join(map(re.escape, surnames))})(?: {_WORD}){{1,3}}"
            ),
            # A lookahead, so "Con trai bà Linh" still tries "bà Linh" after "Con trai".
            honorific_names=re.compile(
                rf"(?<![^\W_])(?i:{'|'.join(tolerant(re.escape(h)) for h in honorifics)})"
                rf"\.? (?=({_WORD}(?: {_WORD}){{0,3}}))"
            ),
            lower_names=re.compile(
                rf"(?<![^\W_])(?:{'|'.join(fold(s) for s in surnames)})"
                rf" (?:{'|'.join(fold(m) for m in middles)}) [a-z]+(?: [a-z]+)?(?![^\W_])"
            ),
            not_names=frozenset(names.strings("not_names")),
            lower_titles=_lower_titles(names.strings("lower_case_titles")),
            not_name_words=frozenset(fold(w) for w in names.strings("not_name_words")),
            place_before=names.alternation("place_words"),
            health=health.alternation("patterns", required=True),
            health_score=health.number("score_with_name"),
            health_reason=health.string("reason"),
            criminal=criminal.alternation("patterns", required=True),
            criminal_score=criminal.number("score_with_name"),
            criminal_reason=criminal.string("reason"),
            public_context=public.alternation("context"),
            public_score=public.number("score", 0.3),
        )


class PersonalDataDetector:
    category = Category.PERSONAL_DATA

    def __init__(self, rules: PersonalDataRules) -> None:
        self.rules = rules
        self.name = rules.detector
        self._this_year = date.today().year % 100

    def check(self, text: Normalized) -> CheckResult:
        findings: list[Finding] = []
        norm = text.norm
        if any(c.isdigit() for c in norm):
            self._numbers(text, findings)
            self._plates(text, findings)
            self._passports(text, findings)
            self._insurance_cards(text, findings)
            self._addresses(text, findings)
        if "@" in norm or "at)" in norm or "at]" in norm:
            self._emails(text, findings)
        self._named_details(text, findings)
        return result(self.name, _dedupe(findings))

    def _finding(
        self, text: Normalized, label: str, start: int, end: int, score: float, reason: str
    ) -> Finding:
        o_start, o_end = text.span(start, end)
        return Finding(
            detector=self.name,
            category=self.category,
            label=label,
            start=o_start,
            end=o_end,
            score=score,
            reason=reason,
            text=text.original[o_start:o_end],
        )

    # -- numbers ---------------------------------------------------------------------------

    def _numbers(self, text: Normalized, findings: list[Finding]) -> None:
        norm = text.norm
        for run in _RUN.finditer(norm):
            if self._is_money(norm, run):
                continue
            groups = list(_GROUP.finditer(run.group()))
            if sum(len(g.group()) for g in groups) < 6:
                continue
            offset = run.start()
            i = 0
            while i < len(groups):
                best = None
                digits = ""
                for j in range(i, len(groups)):
                    digits += groups[j].group()
                    if len(digits) > 20:
                        break
                    start, end = offset + groups[i].start(), offset + groups[j].end()
                    label = self._classify(norm, digits, start, end)
                    if label is not None:
                        best = (j, start, end, label)
                if best is None:
                    i += 1
                    continue
                j, start, end, (label, score, reason) = best
                findings.append(self._finding(text, label, start, end, score, reason))
                i = j + 1
        if "," in norm:
            self._comma_phones(text, findings)

    def _comma_phones(self, text: Normalized, findings: list[Finding]) -> None:
        """A mobile number read out in groups: "không chín tám sáu, một hai ba, bốn năm sáu".
        Only a whole run of exactly one mobile number counts, so a list of counts does not."""
        rules = self.rules
        for run in _COMMA_RUN.finditer(text.norm):
            digits = "".join(_GROUP.findall(run.group()))
            if "," not in run.group() or self._phone(digits) != "mobile":
                continue
            score = (
                rules.phone.context
                if rules.phone.context_pattern is not None
                and rules.phone.context_pattern.search(
                    self._context(text.norm, run.start(), run.end())
                )
                else rules.phone.plain
            )
            findings.append(
                self._finding(text, "phone", run.start(), run.end(), score, rules.phone.reason)
            )

    @staticmethod
    def _is_money(norm: str, run: re.Match[str]) -> bool:
        body = run.group().strip()
        after = norm[run.end() : run.end() + 8]
        if _MONEY_AFTER.match(after.lstrip()) and not body.startswith(("0", "+")):
            return True
        if _THOUSANDS.fullmatch(body):
            return True
        before = norm[max(0, run.start() - 12) : run.start()]
        return bool(_MONEY_BEFORE.search(before)) and not body.startswith(("0", "+"))

    def _context(self, norm: str, start: int, end: int) -> str:
        return norm[max(0, start - self.rules.context_before) : end + self.rules.context_after]

    def _public(self, norm: str, start: int) -> bool:
        """An agency's line or office ("số trực ban", "trụ sở ... ở số 25 đường Lê Lợi") named
        just before, in the same sentence: public, not personal."""
        pattern = self.rules.public_context
        if pattern is None:
            return False
        before = norm[max(0, start - self.rules.context_before) : start]
        cut = max(before.rfind(c) for c in ".!?\n")
        return pattern.search(before, cut + 1) is not None

    def _classify(
        self, norm: str, digits: str, start: int, end: int
    ) -> tuple[str, float, str] | None:
        rules = self.rules
        around = self._context(norm, start, end)
        before = norm[max(0, start - rules.context_before) : start]

        def near(pattern: re.Pattern[str] | None, where: str = around) -> bool:
            return pattern is not None and pattern.search(where) is not None

        size = len(digits)
        if near(rules.tax.context_pattern, before) and size in (10, 13):
            return ("tax_code", rules.tax.plain, rules.tax.reason)
        if near(rules.insurance.context_pattern, before) and size in (10, 15):
            return ("social_insurance", rules.insurance.plain, rules.insurance.reason)
        phone = self._phone(digits)
        if phone == "mobile":
            score = rules.phone.context if near(rules.phone.context_pattern) else rules.phone.plain
            bank = self._bank_score(around)
            if bank and near(rules.bank_context, before):
                return ("bank_account", max(bank, score), rules.bank_reason)
            if self._public(norm, start):
                score = min(score, rules.public_score)
            return ("phone", score, rules.phone.reason)
        if phone == "landline":
            score = (
                rules.phone.context if near(rules.phone.context_pattern) else rules.landline_score
            )
            if self._public(norm, start):
                score = min(score, rules.public_score)
            return ("phone", score, rules.phone.reason)
        if size == 12:
            id_context = near(rules.citizen.context_pattern)
            if self._valid_citizen_id(digits):
                score = rules.citizen.context if id_context else rules.citizen.plain
                return ("citizen_id", score, rules.citizen.reason)
            if id_context:
                return ("citizen_id", rules.citizen_unchecked, rules.citizen.reason)
        if size == 9 and near(rules.old_id.context_pattern):
            return ("old_id", rules.old_id.context, rules.old_id.reason)
        bank = self._bank_score(around)
        # Near a bank's name, 123456 or 000000 is a weak password or an example, not an account.
        if bank and rules.bank_min <= size <= rules.bank_max and not _placeholder(digits):
            return ("bank_account", bank, rules.bank_reason)
        if size == 9 and digits[0] in "0123":
            return ("old_id", rules.old_id.plain, rules.old_id.reason)
        return None

    def _phone(self, digits: str) -> str | None:
        rules = self.rules
        if digits.startswith("840") and len(digits) in (12, 13):
            digits = digits[2:]
        elif digits.startswith("84") and len(digits) in (11, 12):
            digits = "0" + digits[2:]
        if len(digits) == 10 and digits[:3] in rules.mobile_prefixes:
            return "mobile"
        if len(digits) == 11 and digits.startswith(rules.landline_prefix):
            return "landline"
        return None

    def _valid_citizen_id(self, digits: str) -> bool:
        if digits[:3] not in self.rules.provinces:
            return False
        century = int(digits[3])
        year = int(digits[4:6])
        if century in (0, 1):
            return True
        if century in (2, 3):
            return year <= self._this_year
        return False

    def _bank_score(self, around: str) -> float:
        bank_name = self.rules.banks is not None and self.rules.banks.search(around) is not None
        context = (
            self.rules.bank_context is not None
            and self.rules.bank_context.search(around) is not None
        )
        plain, with_context, both = self.rules.bank_scores
        if bank_name and context:
            return both
        if context:
            return with_context
        if bank_name:
            return plain
        return 0.0

    # -- other shapes ----------------------------------------------------------------------

    def _plates(self, text: Normalized, findings: list[Finding]) -> None:
        for match in _PLATE.finditer(text.norm):
            series = match.group(2).lstrip("0123456789")
            if series in ("k", "h", "tr", "m", "d", "đ", "kg", "km", "g", "ml"):
                # "500k 1234" is money; "biển 36K-29525" is a plate.
                before = text.norm[max(0, match.start() - 20) : match.start()]
                if not (_PLATE_CONTEXT.search(before) and "-" in match.group()):
                    continue
            findings.append(
                self._finding(
                    text,
                    "licence_plate",
                    match.start(),
                    match.end(),
                    self.rules.plate_score,
                    self.rules.plate_reason,
                )
            )

    def _passports(self, text: Normalized, findings: list[Finding]) -> None:
        rules = self.rules
        for match in _PASSPORT.finditer(text.norm):
            digits = match.group(2).translate(_PASSPORT_DIGITS)
            if sum(c.isdigit() for c in match.group(2)) < 5 or not digits.isdigit():
                continue
            around = self._context(text.norm, match.start(), match.end())
            has_context = (
                rules.passport.context_pattern is not None
                and rules.passport.context_pattern.search(around) is not None
            )
            o_start, _ = text.span(match.start(), match.start() + 1)
            capital = text.original[o_start : o_start + 1].isupper()
            if not (has_context or capital):
                continue
            score = rules.passport.context if has_context else rules.passport.plain
            findings.append(
                self._finding(
                    text, "passport", match.start(), match.end(), score, rules.passport.reason
                )
            )

    def _insurance_cards(self, text: Normalized, findings: list[Finding]) -> None:
        rules = self.rules
        for match in _INSURANCE_CARD.finditer(text.norm):
            around = self._context(text.norm, match.start(), match.end())
            pattern = rules.insurance.context_pattern
            has_context = pattern is not None and pattern.search(around) is not None
            o_start, _ = text.span(match.start(), match.start() + 1)
            if not (has_context or text.original[o_start : o_start + 2].isupper()):
                continue
            score = rules.insurance.context if has_context else rules.insurance_card_plain
            findings.append(
                self._finding(
                    text,
                    "social_insurance",
                    match.start(),
                    match.end(),
                    score,
                    rules.insurance.reason,
                )
            )

    def _emails(self, text: Normalized, findings: list[Finding]) -> None:
        rules = self.rules
        for match in _EMAIL.finditer(text.norm):
            domain = re.sub(r"\s", "", match.group().rsplit("@", 1)[-1]).lower()
            public = any(domain == d or domain.endswith("." + d) for d in rules.email_public)
            score = rules.email_public_score if public else rules.email_score
            findings.append(
                self._finding(text, "email", match.start(), match.end(), score, rules.email_reason)
            )

    def _addresses(self, text: Normalized, findings: list[Finding]) -> None:
        rules = self.rules
        strong = []
        if rules.address is not None:
            for match in rules.address.finditer(text.norm):
                number = _LEADING_NUMBER.match(match.group())
                if number is not None and _looks_like_date(number.group(1)):
                    continue  # "12/3/2024 phố huyện" is a date before a place
                strong.append((match.start(), match.end()))
                score = rules.address_score
                if self._public(text.norm, match.start()):
                    score = min(score, rules.public_score)
                findings.append(
                    self._finding(
                        text, "address", match.start(), match.end(), score, rules.address_reason
                    )
                )
        if rules.address_weak is not None:
            for match in rules.address_weak.finditer(text.norm):
                if _overlaps(match, strong):
                    continue
                # "kiệt 12 Hùng Vương": a capitalised street name after the number.
                named = _street_named_after(text, match)
                score = rules.address_score if named else rules.address_weak_score
                findings.append(
                    self._finding(
                        text, "address", match.start(), match.end(), score, rules.address_reason
                    )
                )
        slashed = [*_SLASH_ADDRESS.finditer(text.norm), *_SLASH_AT.finditer(text.norm)]
        for match in slashed:
            if _overlaps(match, strong) or _looks_like_date(match.group()):
                continue
            # "ở 298/31/157 Tôn Đức Thắng", "nhà ở 45/12 Nguyễn Văn Cừ": only with a capitalised
            # street name after it.
            if not _street_named_after(text, match):
                continue
            strong.append((match.start(), match.end()))
            findings.append(
                self._finding(
                    text,
                    "address",
                    match.start(),
                    match.end(),
                    rules.address_score,
                    rules.address_reason,
                )
            )

    # -- details about a named person ------------------------------------------------------

    def _names(self, text: Normalized) -> list[tuple[int, int]]:
        """Original-text spans of personal names (full names, or a title and a name)."""
        spans: list[tuple[int, int]] = []
        clean = text.clean
        rules = self.rules
        for match in rules.surnames.finditer(clean):
            name = _capitalised_prefix(match.group())
            if name.count(" ") < 1 or name in rules.not_names:
                continue
            if self._is_place_name(clean, match.start()):
                continue
            spans.append(text.span(match.start(), match.start() + len(name), form="clean"))
        for match in rules.honorific_names.finditer(clean):
            name = _capitalised_prefix(match.group(1))
            if not name or name in rules.not_names:
                continue
            spans.append(text.span(match.start(1), match.start(1) + len(name), form="clean"))
        for match in rules.lower_names.finditer(text.norm):
            spans.append(text.span(match.start(), match.end()))
        if not text.accented and rules.lower_titles is not None:
            # "thang teo", "ong hoa": written without diacritics, names often lose capitals too.
            for match in rules.lower_titles.finditer(fold(text.norm)):
                if match.group(1) not in rules.not_name_words:
                    spans.append(text.span(match.start(1), match.end(1)))
        return spans

    def _is_place_name(self, clean: str, start: int) -> bool:
        """``karaoke Hoàng Gia``, ``phố Lý Nam Đế``: a name right after a word for a place."""
        pattern = self.rules.place_before
        if pattern is None:
            return False
        before = clean[max(0, start - 16) : start].rstrip()
        return any(m.end() == len(before) for m in pattern.finditer(before))

    def _named_details(self, text: Normalized, findings: list[Finding]) -> None:
        rules = self.rules
        norm = text.norm
        wanted = []
        if rules.birth is not None and any(c.isdigit() for c in norm):
            wanted.append(("birth_date", rules.birth, rules.birth_scores, rules.birth_reason))
            if rules.birth_named is not None:
                scores = (rules.birth_scores[0], 0.0)
                wanted.append(("birth_date", rules.birth_named, scores, rules.birth_reason))
        if rules.health is not None:
            wanted.append(("health", rules.health, (rules.health_score, 0.0), rules.health_reason))
        if rules.criminal is not None:
            scores = (rules.criminal_score, 0.0)
            wanted.append(("criminal_record", rules.criminal, scores, rules.criminal_reason))
        hits = [
            (label, match, scores, reason)
            for label, pattern, scores, reason in wanted
            for match in pattern.finditer(norm)
        ]
        if not hits:
            return
        names = self._names(text)
        for label, match, (with_name, alone), reason in hits:
            low, high = text.sentence_of(match.start())
            s_low, s_high = text.span(low, high)
            named = any(s_low <= start < s_high for start, _ in names)
            score = with_name if named else alone
            if score <= 0:
                continue
            why = f"{reason} (có tên người)" if named else reason
            findings.append(self._finding(text, label, match.start(), match.end(), score, why))


def _lower_titles(titles: list[str]) -> re.Pattern[str] | None:
    """A title and the word after it, on folded text: ``thang teo`` -> ``teo``."""
    if not titles:
        return None
    body = "|".join(re.escape(fold(t)) for t in titles)
    return re.compile(rf"(?<![^\W_])(?:{body}) ([a-z]{{2,}})(?![^\W_])")


def _overlaps(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start < match.end() and match.start() < end for start, end in spans)


def _street_named_after(text: Normalized, match: re.Match[str]) -> bool:
    """Does a capitalised street name follow ``match`` in the original text?"""
    _, end = text.span(match.start(), match.end())
    street = _STREET_NAME.match(text.original, end)
    return street is not None and street.group(1)[0].isupper()


def _placeholder(digits: str) -> bool:
    """One digit repeated, or a straight run up or down (``123456``, ``987654``)."""
    return len(set(digits)) == 1 or digits in "01234567890" or digits in "9876543210"


def _looks_like_date(value: str) -> bool:
    parts = value.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    day, month, _ = (int(p) for p in parts)
    return 1 <= day <= 31 and 1 <= month <= 12


def _capitalised_prefix(words: str) -> str:
    """The leading words written like a name (``Tuấn``), not all in capitals nor lower case."""
    kept = []
    for word in words.split(" "):
        if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
            break
        kept.append(word)
    return " ".join(kept)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop a finding wholly inside a stronger one of the same detector (a plate in an address)."""
    findings.sort(key=lambda f: (-f.score, f.start))
    kept: list[Finding] = []
    for finding in findings:
        if any(
            k.start <= finding.start and finding.end <= k.end and k.label != finding.label
            for k in kept
        ):
            continue
        if any(
            k.start == finding.start and k.end == finding.end and k.label == finding.label
            for k in kept
        ):
            continue
        kept.append(finding)
    return kept

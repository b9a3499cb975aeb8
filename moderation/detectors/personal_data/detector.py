"""The personal-data detector: numbers, plates, documents, e-mail, addresses, named details.

One class because every recognizer shares the rules, the context window and the finding
builder; the patterns are in ``patterns.py``, the settings in ``rules.py``.
"""

from __future__ import annotations

import re
from datetime import date

from moderation.detectors.base import result
from moderation.detectors.personal_data.patterns import (
    COMMA_RUN,
    EMAIL,
    GROUP,
    INSURANCE_CARD,
    LEADING_NUMBER,
    MONEY_AFTER,
    MONEY_BEFORE,
    PASSPORT,
    PASSPORT_DIGITS,
    PLATE,
    PLATE_CONTEXT,
    RUN,
    SLASH_ADDRESS,
    SLASH_AT,
    THOUSANDS,
    capitalised_prefix,
    dedupe,
    looks_like_date,
    overlaps,
    placeholder,
    street_named_after,
)
from moderation.detectors.personal_data.rules import PersonalDataRules
from moderation.normalize import Normalized
from moderation.patterns import fold
from moderation.types import Category, CheckResult, Finding


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
        return result(self.name, dedupe(findings))

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
        for run in RUN.finditer(norm):
            if self._is_money(norm, run):
                continue
            groups = list(GROUP.finditer(run.group()))
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
        for run in COMMA_RUN.finditer(text.norm):
            digits = "".join(GROUP.findall(run.group()))
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
        if MONEY_AFTER.match(after.lstrip()) and not body.startswith(("0", "+")):
            return True
        if THOUSANDS.fullmatch(body):
            return True
        before = norm[max(0, run.start() - 12) : run.start()]
        return bool(MONEY_BEFORE.search(before)) and not body.startswith(("0", "+"))

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
        if bank and rules.bank_min <= size <= rules.bank_max and not placeholder(digits):
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
        for match in PLATE.finditer(text.norm):
            series = match.group(2).lstrip("0123456789")
            if series in ("k", "h", "tr", "m", "d", "đ", "kg", "km", "g", "ml"):
                # "500k 1234" is money; "biển 36K-29525" is a plate.
                before = text.norm[max(0, match.start() - 20) : match.start()]
                if not (PLATE_CONTEXT.search(before) and "-" in match.group()):
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
        for match in PASSPORT.finditer(text.norm):
            digits = match.group(2).translate(PASSPORT_DIGITS)
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
        for match in INSURANCE_CARD.finditer(text.norm):
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
        for match in EMAIL.finditer(text.norm):
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
                number = LEADING_NUMBER.match(match.group())
                if number is not None and looks_like_date(number.group(1)):
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
                if overlaps(match, strong):
                    continue
                # "kiệt 12 Hùng Vương": a capitalised street name after the number.
                named = street_named_after(text, match)
                score = rules.address_score if named else rules.address_weak_score
                findings.append(
                    self._finding(
                        text, "address", match.start(), match.end(), score, rules.address_reason
                    )
                )
        slashed = [*SLASH_ADDRESS.finditer(text.norm), *SLASH_AT.finditer(text.norm)]
        for match in slashed:
            if overlaps(match, strong) or looks_like_date(match.group()):
                continue
            # "ở 298/31/157 Tôn Đức Thắng", "nhà ở 45/12 Nguyễn Văn Cừ": only with a capitalised
            # street name after it.
            if not street_named_after(text, match):
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
            name = capitalised_prefix(match.group())
            if name.count(" ") < 1 or name in rules.not_names:
                continue
            if self._is_place_name(clean, match.start()):
                continue
            spans.append(text.span(match.start(), match.start() + len(name), form="clean"))
        for match in rules.honorific_names.finditer(clean):
            name = capitalised_prefix(match.group(1))
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

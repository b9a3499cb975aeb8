"""The patterns and small pure helpers the personal-data detector matches with."""

from __future__ import annotations

import re

from moderation.normalize import Normalized
from moderation.patterns import compile_pattern, fold
from moderation.types import Finding

RUN = re.compile(
    r"(?<![^\W_])(?:\+|\(\+?)?\d+"
    r"(?:(?:\)\s?|\s?\(|[ .\-]{1,3}|\s?[-–]\s?)\d+)*\)?(?![^\W_]|[.,]\d)"
)
GROUP = re.compile(r"\d+")
COMMA_RUN = re.compile(r"(?<![^\W_])0\d*(?:(?:,\s?|[ .\-]{1,3})\d+)+(?![^\W_]|[.,]\d)")
MONEY_AFTER = compile_pattern(
    r"(?:đ|d|đồng|vnd|vnđ|k|nghìn|ngàn|ng|triệu|trieu|tr|tỷ|tỉ|usd|\$|cành|lít|xị|củ|%)"
)
MONEY_BEFORE = re.compile(r"(?:giá|phí|tiền|lương|hết|mất|trả|nợ|lãi|thưởng)\W*$")
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:[.,]\d{3})+")
PLATE = re.compile(
    r"(?<![^\W_])([1-9]\d)\s?-?\s?([a-z]{1,2}\d?|\d?[a-z]{1,2})\s?[-.]?\s?(\d{3}[.\s]?\d{2}|\d{4})(?![^\W_])"
)
PASSPORT = re.compile(r"(?<![^\W_])([a-z])[\s.\-]?((?:[\doil][\s.\-]?){6}[\doil])(?![^\W_])")
PASSPORT_DIGITS = str.maketrans("oil", "011", " .-")
# Health-insurance card: two letters (beneficiary group) and 13 digits.
INSURANCE_CARD = re.compile(r"(?<![^\W_])([a-z]{2})\s?(\d{13})(?![^\W_])")
# House numbers written "298/31/157": three parts or more, which a date never has.
SLASH_ADDRESS = re.compile(r"(?<![^\W_/])\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){2,3}(?![^\W_/])")
# One slash ("45/12") is also a day and month: an address only right after "ở", "tại" or "nhà".
SLASH_AT = re.compile(
    r"(?:(?<=\bở )|(?<=\btại )|(?<=\bnhà ))\d{1,4}[a-z]?/\d{1,4}[a-z]?(?![^\W_/])"
)
EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{2,64}\s?(?:@|\(@\)|\[@\]|\(at\)|\[at\]|\(a\))\s?[\w-]{2,63}"
    r"(?:\s?(?:\.|\(dot\)|\[dot\]|\(chấm\)|\[chấm\])\s?[a-z]{2,10}){1,3}(?![\w])",
    re.IGNORECASE,
)
LEADING_NUMBER = re.compile(r"(?:\w+ )?(\d+/\d+/\d{4})\b")
PLATE_CONTEXT = compile_pattern(r"(biển|biển số|bks|bsx|xe|ô tô|oto)")
WORD = r"[^\W\d_]+"
STREET_NAME = re.compile(r",?\s+(?:(?:đường|phố|Đường|Phố)\s+)?([^\W\d_]+)")


def lower_titles(titles: list[str]) -> re.Pattern[str] | None:
    """A title and the word after it, on folded text: ``thang teo`` -> ``teo``."""
    if not titles:
        return None
    body = "|".join(re.escape(fold(t)) for t in titles)
    return re.compile(rf"(?<![^\W_])(?:{body}) ([a-z]{{2,}})(?![^\W_])")


def overlaps(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start < match.end() and match.start() < end for start, end in spans)


def street_named_after(text: Normalized, match: re.Match[str]) -> bool:
    """Does a capitalised street name follow ``match`` in the original text?"""
    _, end = text.span(match.start(), match.end())
    street = STREET_NAME.match(text.original, end)
    return street is not None and street.group(1)[0].isupper()


def placeholder(digits: str) -> bool:
    """One digit repeated, or a straight run up or down (``123456``, ``987654``)."""
    return len(set(digits)) == 1 or digits in "01234567890" or digits in "9876543210"


def looks_like_date(value: str) -> bool:
    parts = value.split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    day, month, _ = (int(p) for p in parts)
    return 1 <= day <= 31 and 1 <= month <= 12


def capitalised_prefix(words: str) -> str:
    """The leading words written like a name (``Tuấn``), not all in capitals nor lower case."""
    kept = []
    for word in words.split(" "):
        if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
            break
        kept.append(word)
    return " ".join(kept)


def dedupe(findings: list[Finding]) -> list[Finding]:
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

"""The self-identification check: does a tip name the person who sends it?

It looks for the reporter's own full name (with or without diacritics), username (with or
without ``@``) and phone number (any spacing, ``0`` or ``+84``), plus every personal-data
finding of the moderation engine (identity numbers, phones, addresses...). The reporter then
chooses to remove them or keep the text as written; a finding may well be about the person
reported rather than the reporter, so nothing is removed without asking.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from handlers.ports import User
from moderation import Category, Engine

REMOVED = "[đã xoá]"
_PHONE_RUN = re.compile(r"\+?\d(?:[\s.\-()]*\d){8,13}")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # Vietnamese, shown to the reporter


def fold(text: str) -> str:
    """Lower case without diacritics, one character per input character (spans carry over)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0] if ch.strip() else " "
        low = base.lower()[:1] or base
        out.append("d" if low == "đ" else low)
    return "".join(out)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _national(digits: str) -> str:
    if digits.startswith("84") and len(digits) >= 11:
        return "0" + digits[2:]
    return digits


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def own_details(text: str, user: User) -> list[Span]:
    folded = fold(text)
    spans: list[Span] = []
    name_words = fold(user.name or "").split()
    if len(name_words) >= 2 or (name_words and len(name_words[0]) >= 4):
        for m in _word_pattern(name_words).finditer(folded):
            spans.append(Span(m.start(), m.end(), "tên của bạn"))
    if len(name_words) >= 3:
        # "Thị Hiền" for "Lò Thị Hiền", only when written with capitals like a name.
        for m in _word_pattern(name_words[-2:]).finditer(folded):
            if text[m.start()].isupper():
                spans.append(Span(m.start(), m.end(), "tên của bạn"))
    if user.username and len(user.username) >= 3:
        pattern = re.compile(rf"(?<![\w@])@?{re.escape(user.username.lower())}(?!\w)")
        for m in pattern.finditer(text.lower()):
            spans.append(Span(m.start(), m.end(), "tên tài khoản của bạn"))
    phone = _national(_digits(user.phone or ""))
    if len(phone) >= 9:
        for m in _PHONE_RUN.finditer(text):
            if _national(_digits(m.group())).endswith(phone[-9:]):
                spans.append(Span(m.start(), m.end(), "số điện thoại của bạn"))
    return spans


def personal_data(text: str, engine: Engine) -> list[Span]:
    decision = engine.moderate(text)
    found = {
        (f.start, f.end, f.reason or f.label)
        for check in decision.checks
        for f in check.findings
        if f.category is Category.PERSONAL_DATA
    }
    found |= {
        (f.start, f.end, f.reason or f.label)
        for f in decision.findings
        if f.category is Category.PERSONAL_DATA
    }
    return [Span(s, e, label) for s, e, label in sorted(found)]


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, keeping the first (own details come first) label."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, span.end), last.label)
        else:
            out.append(span)
    return out


def check(text: str, user: User, engine: Engine) -> list[Span]:
    if not text.strip():
        return []
    own = own_details(text, user)
    others = [s for s in personal_data(text, engine) if 0 <= s.start < s.end <= len(text)]
    # Own details first so a phone found by both keeps the label "your phone number".
    merged = merge([*own, *others])
    labels = {(s.start, s.end): s.label for s in own}
    return [Span(s.start, s.end, labels.get((s.start, s.end), s.label)) for s in merged]


def remove(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        out += [text[pos : span.start], REMOVED]
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def mark(text: str, spans: list[Span]) -> str:
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        out += [text[pos : span.start], f"【{text[span.start : span.end]}】"]
        pos = span.end
    out.append(text[pos:])
    return "".join(out)

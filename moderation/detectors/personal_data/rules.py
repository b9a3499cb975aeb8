"""The personal-data detector's settings, read from ``config/rules/personal_data.toml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.detectors.personal_data.patterns import (
    WORD,
    lower_titles,
)
from moderation.patterns import fold, tolerant
from moderation.rules import Reader


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
                rf"(?<![^\W_])(?:{'|'.join(map(re.escape, surnames))})(?: {WORD}){{1,3}}"
            ),
            # A lookahead, so "Con trai bà Linh" still tries "bà Linh" after "Con trai".
            honorific_names=re.compile(
                rf"(?<![^\W_])(?i:{'|'.join(tolerant(re.escape(h)) for h in honorifics)})"
                rf"\.? (?=({WORD}(?: {WORD}){{0,3}}))"
            ),
            lower_names=re.compile(
                rf"(?<![^\W_])(?:{'|'.join(fold(s) for s in surnames)})"
                rf" (?:{'|'.join(fold(m) for m in middles)}) [a-z]+(?: [a-z]+)?(?![^\W_])"
            ),
            not_names=frozenset(names.strings("not_names")),
            lower_titles=lower_titles(names.strings("lower_case_titles")),
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

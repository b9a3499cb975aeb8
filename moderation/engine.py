"""The engine: normalise once, run every detector in a fixed order, apply the group's policy.

Detectors run in this order, and every one returns a ``CheckResult`` even when clean:

1. ``personal_data`` (identity numbers, phones, accounts, addresses, plates, named details)
2. ``state_secret`` (secrecy marks, raid plans, informants, internal measures, deployments)
3. ``off_topic`` (ads, loans, gambling, scams, MLM, chain messages, agitation, adult content)

Policy: a finding counts when its category is not ``off``, its score reaches the category's
threshold and it is not on the group's allow-list. The action is ``hold`` when any counting
finding is in a ``hold`` category, else ``alert`` when any is in an ``alert`` category, else
``allow``. Messages by admins are allowed, with their findings still reported; in dry-run the
action is computed and ``Decision.dry_run`` tells the caller to only report it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from moderation.detectors.base import Detector, result
from moderation.detectors.personal_data import PersonalDataDetector, PersonalDataRules
from moderation.detectors.phrases import PhraseDetector, PhraseRules
from moderation.normalize import Normalizer, NormalizeRules
from moderation.patterns import fold
from moderation.rules import RuleError, RuleFiles, default_rules_dir
from moderation.segment import Segmenter
from moderation.types import (
    Action,
    Category,
    CheckResult,
    Decision,
    Finding,
    Mode,
    ModerationContext,
)

log = logging.getLogger(__name__)

MAX_CHARS = 4096
"""Text is checked in chunks of at most this many characters (Telegram's message limit)."""
MAX_TOTAL = 200_000
"""Text past this many characters is not checked (the simulator's request limit)."""
OVERLAP = 256
"""Consecutive chunks share this many characters, so nothing is split out of sight."""

DETECTOR_ORDER = ("personal_data", "state_secret", "off_topic")

_SENTENCE_BREAK = re.compile(r"[.!?…\n]\s*")
_NON_DIGIT = re.compile(r"\D")
_SPACES = re.compile(r"[\W_]+")
_WARM_UP_TEXT = (
    "Tài liệu MẬT: kế hoạch truy quét tối nay lúc 22h tại thôn 3. "
    "Liên hệ 0912 345 678, CCCD 001203012345, mật ong rừng giá rẻ 🎰"
)

__all__ = ["DETECTOR_ORDER", "MAX_CHARS", "Engine", "RuleError", "default_engine", "moderate"]


class Engine:
    def __init__(
        self,
        normalizer: Normalizer,
        detectors: tuple[Detector, ...],
        segmenter: Segmenter,
        max_chars: int = MAX_CHARS,
        max_total: int = MAX_TOTAL,
    ) -> None:
        self.normalizer = normalizer
        self.detectors = detectors
        self.segmenter = segmenter
        self.max_chars = max_chars
        self.max_total = max_total

    @classmethod
    def load(cls, rules_dir: Path | None = None) -> Engine:
        """Read and validate the rule files; raises ``RuleError`` naming the file and field."""
        files = RuleFiles(Path(rules_dir) if rules_dir is not None else default_rules_dir())
        segmenter = Segmenter()
        normalizer = Normalizer(NormalizeRules.read(files.read("normalize")))
        detectors: tuple[Detector, ...] = (
            PersonalDataDetector(PersonalDataRules.read(files.read("personal_data"))),
            PhraseDetector(PhraseRules.read(files.read("state_secret")), segmenter),
            PhraseDetector(PhraseRules.read(files.read("off_topic")), segmenter),
        )
        names = tuple(d.name for d in detectors)
        if names != DETECTOR_ORDER:
            raise RuleError(f"detector names {names} do not match {DETECTOR_ORDER}")
        log.info("moderation rules loaded from %s", files.root)
        return cls(normalizer, detectors, segmenter)

    def warm_up(self) -> None:
        """Load the word segmenter and run the whole pipeline once (compiles lazy state)."""
        self.segmenter.warm_up()
        self.moderate(_WARM_UP_TEXT)

    def moderate(self, text: str, context: ModerationContext | None = None) -> Decision:
        context = context or ModerationContext()
        try:
            return self._moderate(text, context)
        except Exception:  # one bad message must never stop the group's moderation
            log.exception("moderation failed; message allowed (length=%d)", _length(text))
            return Decision(
                action=Action.ALLOW,
                dry_run=context.policy.dry_run,
                notes=("lỗi bộ kiểm duyệt: tin nhắn được cho qua, xem log",),
            )

    # -- steps -----------------------------------------------------------------------------

    def _moderate(self, text: str, context: ModerationContext) -> Decision:
        text = _as_text(text)
        notes: list[str] = []
        checked, truncated = self._cap(text, self.max_total)
        if truncated:
            notes.append(
                f"tin quá dài: chỉ kiểm tra {len(checked)}/{len(text)} ký tự đầu (cắt theo câu)"
            )
        if len(checked) <= self.max_chars:
            normalized = self.normalizer(checked)
            checks = tuple(detector.check(normalized) for detector in self.detectors)
        else:
            checks = self._check_chunks(checked)
        decision = self._apply_policy(checks, context, notes)
        decision = Decision(
            action=decision.action,
            categories=decision.categories,
            findings=decision.findings,
            checks=checks,
            dry_run=context.policy.dry_run,
            truncated=truncated,
            notes=tuple(notes),
        )
        log.debug(
            "moderated length=%d action=%s detectors=%s",
            len(text),
            decision.action,
            ",".join(sorted({f.detector for f in decision.findings})) or "-",
        )
        return decision

    @staticmethod
    def _cap(text: str, limit: int) -> tuple[str, bool]:
        """``text`` cut at a sentence (else a space) before ``limit``; whether it was cut."""
        if len(text) <= limit:
            return text, False
        head = text[:limit]
        cut = 0
        for match in _SENTENCE_BREAK.finditer(head):
            cut = match.end()
        if cut < limit // 2:
            space = head.rfind(" ")
            cut = space + 1 if space > limit // 2 else limit
        return text[:cut], True

    def chunks(self, text: str) -> list[tuple[int, str]]:
        """``(offset, chunk)`` pairs covering ``text``: each at most ``max_chars``, cut at a
        sentence or a space where one is near, each overlapping the previous by ``OVERLAP``."""
        out: list[tuple[int, str]] = []
        start = 0
        while True:
            piece, cut = self._cap(text[start:], self.max_chars)
            out.append((start, piece))
            if not cut:
                return out
            start += max(len(piece) - OVERLAP, 1)

    def _check_chunks(self, text: str) -> tuple[CheckResult, ...]:
        """Every detector over every chunk; findings moved to offsets in ``text`` and merged
        (a span found in two overlapping chunks counts once)."""
        found: list[list[Finding]] = [[] for _ in self.detectors]
        for offset, piece in self.chunks(text):
            normalized = self.normalizer(piece)
            for n, detector in enumerate(self.detectors):
                for f in detector.check(normalized).findings:
                    found[n].append(replace(f, start=f.start + offset, end=f.end + offset))
        checks = []
        for detector, findings in zip(self.detectors, found, strict=True):
            unique = {(f.label, f.start, f.end): f for f in sorted(findings, key=_weakest)}
            checks.append(result(detector.name, list(unique.values())))
        return tuple(checks)

    @staticmethod
    def _apply_policy(
        checks: tuple[CheckResult, ...], context: ModerationContext, notes: list[str]
    ) -> Decision:
        policy = context.policy
        allow_keys = [key for key in (_allow_key(entry) for entry in policy.allow_list) if key]
        counted: list[Finding] = []
        allowed = 0
        for check in checks:
            for finding in check.findings:
                category = str(finding.category)
                if policy.mode(category) is Mode.OFF:
                    continue
                if finding.score < policy.threshold(category):
                    continue
                if allow_keys and _allow_listed(finding, allow_keys):
                    allowed += 1
                    continue
                counted.append(finding)
        if allowed:
            notes.append(f"bỏ qua {allowed} phát hiện nằm trong danh sách cho phép")
        modes = {policy.mode(str(f.category)) for f in counted}
        if Mode.HOLD in modes:
            action = Action.HOLD
        elif Mode.ALERT in modes:
            action = Action.ALERT
        else:
            action = Action.ALLOW
        if context.author_is_admin and action is not Action.ALLOW:
            notes.append(f"người đăng là quản trị viên: cho qua (lẽ ra {action})")
            action = Action.ALLOW
        categories = tuple(dict.fromkeys(Category(f.category) for f in counted))
        return Decision(action=action, categories=categories, findings=tuple(counted))


def _weakest(finding: Finding) -> float:
    """Sort key: the strongest of equal spans comes last, so it is the one kept."""
    return finding.score


def _as_text(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, bytes | bytearray):
        return bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        return str(text)
    return text


def _length(text: object) -> int:
    try:
        return len(text)  # type: ignore[arg-type]
    except TypeError:
        return -1


def _allow_key(value: str) -> str:
    """Compare allow-list entries by digits for numbers (``+84 912...`` = ``0912...``) and by
    bare letters otherwise."""
    digits = _NON_DIGIT.sub("", value)
    if len(digits) >= 3 and len(digits) * 2 >= len(_SPACES.sub("", value)):
        if digits.startswith("84") and len(digits) in (11, 12):
            digits = "0" + digits[2:].lstrip("0")
        return digits
    return _SPACES.sub("", fold(value))


def _allow_listed(finding: Finding, keys: list[str]) -> bool:
    key = _allow_key(finding.text)
    return bool(key) and any(k == key or (len(k) >= 3 and k in key) for k in keys)


@lru_cache(maxsize=1)
def default_engine() -> Engine:
    return Engine.load()


def moderate(text: str, context: ModerationContext | None = None) -> Decision:
    return default_engine().moderate(text, context)

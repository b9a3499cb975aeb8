"""Values that cross the library boundary: findings, per-check results, policy and decisions.

Everything here is a frozen dataclass with a JSON-able ``to_dict`` so that a decision can be
stored next to a held item and shown to an admin who asks "why?".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    PERSONAL_DATA = "personal_data"
    STATE_SECRET = "state_secret"
    OFF_TOPIC = "off_topic"


class Mode(StrEnum):
    """What the policy does with a category: hide for review, tell admins, or ignore."""

    HOLD = "hold"
    ALERT = "alert"
    OFF = "off"


class Action(StrEnum):
    ALLOW = "allow"
    HOLD = "hold"
    ALERT = "alert"


@dataclass(frozen=True)
class Finding:
    """One flagged span. ``start``/``end`` are offsets into the *original* text."""

    detector: str
    category: Category
    label: str
    start: int
    end: int
    score: float
    reason: str
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "detector": self.detector,
            "category": str(self.category),
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "reason": self.reason,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            detector=str(data["detector"]),
            category=Category(data["category"]),
            label=str(data["label"]),
            start=int(data["start"]),
            end=int(data["end"]),
            score=float(data["score"]),
            reason=str(data["reason"]),
            text=str(data.get("text", "")),
        )


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one detector, returned even when it found nothing."""

    name: str
    flagged: bool
    findings: tuple[Finding, ...] = ()
    details: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "flagged": self.flagged,
            "findings": [f.to_dict() for f in self.findings],
            "details": self.details,
        }


DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Policy:
    """Per-group policy. Unknown categories default to ``hold``."""

    modes: Mapping[str, Mode] = field(default_factory=dict)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    allow_list: tuple[str, ...] = ()
    dry_run: bool = False

    def mode(self, category: str) -> Mode:
        return self.modes.get(category, Mode.HOLD)

    def threshold(self, category: str) -> float:
        return self.thresholds.get(category, DEFAULT_THRESHOLD)

    def to_dict(self) -> dict[str, Any]:
        return {
            "modes": {k: str(v) for k, v in self.modes.items()},
            "thresholds": dict(self.thresholds),
            "allow_list": list(self.allow_list),
            "dry_run": self.dry_run,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> Policy:
        """Build a policy from stored JSON; raises ``ValueError`` on an unknown mode/category."""
        if not data:
            return cls()
        categories = {c.value for c in Category}
        modes = {}
        for key, value in dict(data.get("modes", {})).items():
            if key not in categories:
                raise ValueError(f"unknown category {key!r}")
            modes[key] = Mode(value)
        thresholds = {}
        for key, value in dict(data.get("thresholds", {})).items():
            if key not in categories:
                raise ValueError(f"unknown category {key!r}")
            number = float(value)
            if not 0.0 <= number <= 1.0:
                raise ValueError(f"threshold for {key} must be between 0 and 1")
            thresholds[key] = number
        return cls(
            modes=modes,
            thresholds=thresholds,
            allow_list=tuple(str(x) for x in data.get("allow_list", ())),
            dry_run=bool(data.get("dry_run", False)),
        )


@dataclass(frozen=True)
class ModerationContext:
    policy: Policy = field(default_factory=Policy)
    author_is_admin: bool = False


@dataclass(frozen=True)
class Decision:
    """The verdict on one message, with every check so an admin can see why.

    ``action`` is what the policy asks for; with ``dry_run`` the caller only reports it.
    ``truncated`` says the text was cut to the length cap before checking.
    """

    action: Action
    categories: tuple[Category, ...] = ()
    findings: tuple[Finding, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    dry_run: bool = False
    truncated: bool = False
    notes: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.action is not Action.ALLOW

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": str(self.action),
            "categories": [str(c) for c in self.categories],
            "findings": [f.to_dict() for f in self.findings],
            "checks": [c.to_dict() for c in self.checks],
            "dry_run": self.dry_run,
            "truncated": self.truncated,
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Decision:
        return cls(
            action=Action(data["action"]),
            categories=tuple(Category(c) for c in data.get("categories", ())),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings", ())),
            checks=tuple(
                CheckResult(
                    name=c["name"],
                    flagged=bool(c["flagged"]),
                    findings=tuple(Finding.from_dict(f) for f in c.get("findings", ())),
                    details=c.get("details", ""),
                )
                for c in data.get("checks", ())
            ),
            dry_run=bool(data.get("dry_run", False)),
            truncated=bool(data.get("truncated", False)),
            notes=tuple(data.get("notes", ())),
        )


def redact(text: str, findings: tuple[Finding, ...] | list[Finding], mask: str = "█") -> str:
    """Mask every flagged span of ``text`` (spans are offsets into ``text``)."""
    chars = list(text)
    for f in findings:
        for i in range(max(0, f.start), min(len(chars), f.end)):
            if not chars[i].isspace():
                chars[i] = mask
    return "".join(chars)

"""What every detector is: a name, a category, its rule data and a ``check``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from moderation.normalize import Normalized
from moderation.types import Category, CheckResult, Finding


class Detector(Protocol):
    name: str
    category: Category

    def check(self, text: Normalized) -> CheckResult: ...


def noisy_or(scores: Iterable[float]) -> float:
    """Combine independent pieces of evidence: 1 - prod(1 - s)."""
    remaining = 1.0
    for score in scores:
        remaining *= 1.0 - max(0.0, min(1.0, score))
    return 1.0 - remaining


def result(name: str, findings: list[Finding], threshold: float = 0.0) -> CheckResult:
    """A ``CheckResult`` with findings sorted by position; ``details`` sums up the labels."""
    findings = [replace(f, score=round(f.score, 3)) for f in findings]
    findings.sort(key=lambda f: (f.start, -f.score))
    if not findings:
        return CheckResult(name=name, flagged=False, details="không phát hiện gì")
    best: dict[str, float] = {}
    for finding in findings:
        best[finding.label] = max(best.get(finding.label, 0.0), finding.score)
    details = ", ".join(f"{label} {score:.2f}" for label, score in best.items())
    flagged = any(f.score >= threshold for f in findings) if threshold else True
    return CheckResult(name=name, flagged=flagged, findings=tuple(findings), details=details)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

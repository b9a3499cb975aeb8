"""Score the engine against a labelled JSONL file: precision, recall and F1 per category,
the false-positive rate on lines that should pass, and the list of misses and false alarms."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from moderation.engine import Engine
from moderation.types import Category, Decision, ModerationContext

CATEGORIES = tuple(c.value for c in Category)


class BadLine(ValueError):
    """One input line cannot be used; the message names the line."""


@dataclass(frozen=True)
class Example:
    line: int
    id: str
    text: str
    labels: frozenset[str]


@dataclass(frozen=True)
class Outcome:
    example: Example
    predicted: frozenset[str]
    decision: Decision


@dataclass(frozen=True)
class CategoryScore:
    category: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]
    scores: tuple[CategoryScore, ...]
    clean_total: int
    clean_flagged: int
    errors: tuple[str, ...] = field(default=())

    @property
    def false_positive_rate(self) -> float:
        return self.clean_flagged / self.clean_total if self.clean_total else 0.0

    def score(self, category: str) -> CategoryScore:
        return next(s for s in self.scores if s.category == category)

    def misses(self) -> list[tuple[Outcome, str]]:
        return [(o, c) for o in self.outcomes for c in sorted(o.example.labels - o.predicted)]

    def false_alarms(self) -> list[tuple[Outcome, str]]:
        return [(o, c) for o in self.outcomes for c in sorted(o.predicted - o.example.labels)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "categories": {
                s.category: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for s in self.scores
            },
            "clean_total": self.clean_total,
            "clean_flagged": self.clean_flagged,
            "false_positive_rate": round(self.false_positive_rate, 4),
            "misses": [{"id": o.example.id, "category": c} for o, c in self.misses()],
            "false_alarms": [{"id": o.example.id, "category": c} for o, c in self.false_alarms()],
            "errors": list(self.errors),
        }


def parse_line(number: int, line: str, *, need_labels: bool) -> Example | None:
    """One JSONL line -> ``Example``; ``None`` for a blank line; ``BadLine`` when unusable."""
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise BadLine(f"line {number}: expected a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise BadLine(f"line {number}: 'text' must be a string")
    labels = data.get("labels", [])
    if need_labels:
        if "labels" not in data or not isinstance(labels, list):
            raise BadLine(f"line {number}: 'labels' must be a list of category names")
        unknown = [x for x in labels if x not in CATEGORIES]
        if unknown:
            raise BadLine(f"line {number}: unknown label(s) {unknown}")
    identifier = data.get("id", number)
    return Example(number, str(identifier), text, frozenset(labels if need_labels else ()))


def read_examples(lines: Iterable[str], errors: list[str]) -> Iterator[Example]:
    for number, line in enumerate(lines, start=1):
        try:
            example = parse_line(number, line, need_labels=True)
        except BadLine as exc:
            errors.append(str(exc))
            continue
        if example is not None:
            yield example


def evaluate(
    engine: Engine, lines: Iterable[str], context: ModerationContext | None = None
) -> Report:
    errors: list[str] = []
    outcomes = []
    for example in read_examples(lines, errors):
        decision = engine.moderate(example.text, context)
        predicted = frozenset(str(c) for c in decision.categories)
        outcomes.append(Outcome(example, predicted, decision))
    scores = []
    for category in CATEGORIES:
        tp = sum(1 for o in outcomes if category in o.predicted and category in o.example.labels)
        fp = sum(
            1 for o in outcomes if category in o.predicted and category not in o.example.labels
        )
        fn = sum(
            1 for o in outcomes if category not in o.predicted and category in o.example.labels
        )
        scores.append(CategoryScore(category, tp, fp, fn))
    clean = [o for o in outcomes if not o.example.labels]
    return Report(
        outcomes=tuple(outcomes),
        scores=tuple(scores),
        clean_total=len(clean),
        clean_flagged=sum(1 for o in clean if o.predicted),
        errors=tuple(errors),
    )

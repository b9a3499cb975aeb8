"""The bar of issue 3 on the labelled corpus: recall >= 0.95 per category and a false-positive
rate <= 2% on the messages that should pass, measured in-process through the library (the same
numbers as ``python -m moderation eval tests/data/corpus.jsonl``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from moderation.engine import default_engine
from moderation.evaluation import CATEGORIES, Report, evaluate

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus.jsonl"
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.02


@pytest.fixture(scope="module")
def report() -> Report:
    with CORPUS.open(encoding="utf-8") as lines:
        return evaluate(default_engine(), lines)


def misses(report: Report, category: str) -> list[str]:
    return [f"{o.example.id}: {o.example.text}" for o, c in report.misses() if c == category]


def test_when_the_corpus_is_read_then_every_line_is_used(report: Report) -> None:
    assert not report.errors
    assert len(report.outcomes) >= 800
    assert report.clean_total > 0


@pytest.mark.parametrize("category", CATEGORIES)
def test_when_the_corpus_is_moderated_then_recall_per_category_meets_the_bar(
    report: Report, category: str
) -> None:
    score = report.score(category)
    assert score.recall >= MIN_RECALL, (round(score.recall, 3), misses(report, category))


def test_when_the_corpus_is_moderated_then_few_messages_that_should_pass_are_flagged(
    report: Report,
) -> None:
    flagged = [
        f"{o.example.id}: {sorted(o.predicted)} {o.example.text}"
        for o in report.outcomes
        if not o.example.labels and o.predicted
    ]
    assert report.false_positive_rate <= MAX_FALSE_POSITIVE_RATE, flagged


# The held-out sets that have been tuned on (tests/data/README.md) hold what the tuning reached,
# so a later rule change that brings back one of their misses or false alarms fails here.
# heldout5 is not listed (one false alarm left); the newest set is the blind measure, not a target.
TUNED_HELDOUT = {
    "heldout2.jsonl": {"personal_data": 1.0, "state_secret": 1.0, "off_topic": 1.0},
    "heldout3.jsonl": {"personal_data": 0.95, "state_secret": 0.93, "off_topic": 1.0},
    "heldout4.jsonl": {"personal_data": 1.0, "state_secret": 0.93, "off_topic": 1.0},
    "heldout6.jsonl": {"personal_data": 1.0, "state_secret": 1.0, "off_topic": 1.0},
    "heldout7.jsonl": {"personal_data": 1.0, "state_secret": 1.0, "off_topic": 1.0},
}


@pytest.mark.parametrize("name", sorted(TUNED_HELDOUT))
def test_a_tuned_held_out_set_keeps_its_recall_and_no_false_alarm(name: str) -> None:
    with (CORPUS.parent / name).open(encoding="utf-8") as lines:
        held = evaluate(default_engine(), lines)
    assert not held.errors
    for category, bar in TUNED_HELDOUT[name].items():
        assert held.score(category).recall >= bar, (category, misses(held, category))
    flagged = [o.example.id for o in held.outcomes if not o.example.labels and o.predicted]
    assert flagged == []

"""Rule files are validated at load: a broken file raises RuleError naming file and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from moderation import Action, ModerationContext
from moderation.engine import Engine
from moderation.rules import RuleError, default_rules_dir


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def test_when_rules_load_from_the_package_then_every_file_is_valid() -> None:
    assert {p.name for p in default_rules_dir().glob("*.toml")} >= {
        "normalize.toml",
        "personal_data.toml",
        "state_secret.toml",
        "off_topic.toml",
    }
    Engine.load()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("off_topic.toml", 'score = 0.75\nreason = "Cờ', 'score = 7.5\nreason = "Cờ', "score"),
        ("off_topic.toml", '"lô đề",', '"lô (đề",', "bad pattern"),
        (
            "state_secret.toml",
            'labels = ["raid_plan", "deployment", "internal_measure"]',
            'labels = ["raid_plans"]',
            "unknown label",
        ),
        ("personal_data.toml", '"001", "002"', '"1", "002"', "province_codes"),
        ("normalize.toml", "schema = 1", "schema = 2", "schema"),
        ("normalize.toml", '"ko" = "không"', '"k o" = "không"', "teencode"),
        ("personal_data.toml", "[phone]", "[phone_numbers]", "phone"),
        ("off_topic.toml", "[[signal]]", "[[signal]]\n[[signal", "not valid TOML"),
    ],
)
def test_when_a_rule_file_is_broken_then_loading_names_the_file_and_field(
    rules_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    path = rules_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        Engine.load(rules_dir)
    assert file in str(error.value)
    assert message in str(error.value)


def test_when_a_rule_file_is_missing_then_loading_fails(rules_dir: Path) -> None:
    (rules_dir / "state_secret.toml").unlink()
    with pytest.raises(RuleError, match=r"state_secret\.toml"):
        Engine.load(rules_dir)


def test_when_a_commune_adds_a_word_then_the_engine_uses_it_without_code(rules_dir: Path) -> None:
    path = rules_dir / "off_topic.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"lô đề",', '"lô đề", "đánh số đuôi",', 1), encoding="utf-8")
    engine = Engine.load(rules_dir)
    decision = engine.moderate("nhận đánh số đuôi mỗi chiều", ModerationContext())
    assert decision.action is Action.HOLD


def test_when_rule_error_is_raised_then_it_is_a_value_error() -> None:
    assert issubclass(RuleError, ValueError)

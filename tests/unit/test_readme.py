"""The README's configuration table names every setting the product reads."""

from __future__ import annotations

from pathlib import Path

from config.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def configuration_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Configuration")
    return text[start : text.index("\n## ", start + 1)]


def test_every_environment_variable_is_in_the_configuration_table() -> None:
    section = configuration_section()
    names = [field.validation_alias for field in Settings.model_fields.values()]
    assert len(names) > 30
    missing = [name for name in names if f"`{name}`" not in section]
    assert missing == []

"""Rule files: TOML under ``config/rules``, read and validated once at start-up.

A broken file raises ``RuleError`` naming the file and the field, so the application stops
start-up with one clear line instead of moderating with half its rules.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from moderation.patterns import compile_alternation, compile_pattern

SCHEMA = 1


class RuleError(ValueError):
    """A rule file is missing, unreadable or invalid."""


def default_rules_dir() -> Path:
    """The ``config/rules`` folder shipped with the package."""
    try:
        root = resources.files("config")
        path = Path(str(root)) / "rules"
    except (ModuleNotFoundError, TypeError):
        path = Path(__file__).resolve().parent.parent / "config" / "rules"
    return path


def read_toml(path: Path) -> Mapping[str, Any]:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError as exc:
        raise RuleError(f"{path}: rule file is missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise RuleError(f"{path}: cannot read: {exc}") from exc
    schema = data.get("schema")
    if schema != SCHEMA:
        raise RuleError(f"{path}: schema: expected {SCHEMA}, got {schema!r}")
    return data


class Reader:
    """Typed access to one table of a rule file; every error names the file and field."""

    def __init__(self, path: Path, data: Mapping[str, Any], where: str = "") -> None:
        self.path = path
        self.data = data
        self.where = where

    def error(self, field: str, message: str) -> RuleError:
        name = f"{self.where}.{field}" if self.where else field
        return RuleError(f"{self.path.name}: {name}: {message}")

    def child(self, field: str, *, required: bool = True) -> Reader:
        value = self.data.get(field)
        if value is None and not required:
            value = {}
        if not isinstance(value, Mapping):
            raise self.error(field, "expected a table")
        where = f"{self.where}.{field}" if self.where else field
        return Reader(self.path, value, where)

    def children(self, field: str) -> list[Reader]:
        value = self.data.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
            raise self.error(field, "expected an array of tables ([[...]])")
        base = f"{self.where}.{field}" if self.where else field
        return [Reader(self.path, v, f"{base}[{i}]") for i, v in enumerate(value)]

    def string(self, field: str, default: str | None = None) -> str:
        value = self.data.get(field, default)
        if not isinstance(value, str) or not value.strip():
            raise self.error(field, "expected a non-empty string")
        return value

    def choice(self, field: str, options: tuple[str, ...], default: str) -> str:
        value = self.data.get(field, default)
        if value not in options:
            raise self.error(field, f"expected one of {', '.join(options)}, got {value!r}")
        return str(value)

    def number(
        self, field: str, default: float | None = None, *, low: float = 0.0, high: float = 1.0
    ) -> float:
        value = self.data.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(field, "expected a number")
        if not low <= value <= high:
            raise self.error(field, f"must be between {low} and {high}, got {value}")
        return float(value)

    def integer(self, field: str, default: int | None = None, *, low: int = 0) -> int:
        value = self.data.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(field, "expected an integer")
        if value < low:
            raise self.error(field, f"must be at least {low}, got {value}")
        return value

    def strings(self, field: str, *, required: bool = False) -> tuple[str, ...]:
        value = self.data.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(field, "expected a list of non-empty strings")
        if required and not value:
            raise self.error(field, "must not be empty")
        return tuple(value)

    def mapping(self, field: str) -> dict[str, str]:
        table = self.data.get(field, {})
        if not isinstance(table, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) and k and v for k, v in table.items()
        ):
            raise self.error(field, "expected a table of non-empty strings")
        return dict(table)

    def patterns(self, field: str, *, required: bool = False) -> tuple[str, ...]:
        """A list of regex patterns; each one is compiled here so a typo fails at load."""
        values = self.strings(field, required=required)
        for index, value in enumerate(values):
            try:
                compile_pattern(value)
            except re.error as exc:
                raise self.error(f"{field}[{index}]", f"bad pattern {value!r}: {exc}") from exc
        return values

    def alternation(self, field: str, *, required: bool = False) -> re.Pattern[str] | None:
        return compile_alternation(self.patterns(field, required=required))


@dataclass(frozen=True)
class RuleFiles:
    """Where each rule file lives; detectors read their own file from here."""

    root: Path

    def read(self, name: str) -> Reader:
        path = self.root / f"{name}.toml"
        return Reader(path, read_toml(path))

"""A JobQueue that records what would be queued, for tests without workers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordingQueue:
    jobs: list[tuple[str, tuple[Any, ...], str | None]] = field(default_factory=list)

    def enqueue(
        self,
        name: str,
        *args: Any,
        job_id: str | None = None,
        delay: float = 0.0,
        new: bool = False,
    ) -> None:
        self.jobs.append((name, args, job_id))

    def depth(self) -> int:
        return len(self.jobs)

    def failed_count(self) -> int:
        return 0

"""The port through which use cases hand slow or retried work to the workers.

Jobs are named functions in ``workers.jobs`` taking ids and plain JSON-able arguments.
"""

from __future__ import annotations

from typing import Protocol


class JobQueue(Protocol):
    def enqueue(
        self,
        name: str,
        *args: str | int | float,
        job_id: str | None = None,
        delay: float = 0.0,
        new: bool = False,
    ) -> None:
        """Queue ``workers.jobs.<name>(*args)``; a repeated ``job_id`` replaces nothing.
        ``new=True``: the caller knows ``job_id`` was never queued, so it is not looked up."""
        ...

    def depth(self) -> int: ...

    def failed_count(self) -> int: ...

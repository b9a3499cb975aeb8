"""Held items that could not be stored in Redis, kept on local disk until Redis answers again.

When Redis is down, the pool is exhausted or a command times out, the moderation flow still
decides in the process and still deletes a flagged message; the held item goes here first, as
one JSON line appended and flushed to disk (``fsync``) *before* the delete, so that a message
removed from the group is never a message lost. A second line records what was done on the
channel (``deleted``, ``kept``, ...). ``replay`` writes every journalled item into Redis
through the normal store (idempotent by the message's delivery key) and queues its card,
notice and author's note once, then empties the file.

Each process appends to its own file (``journal-<pid>-<random>.jsonl``) under an exclusive
``flock``; a file whose lock can be taken belongs to a process that stopped, and the next
replay in any process on the machine adopts it. The files hold the message text (as Redis
does): the folder is created ``0700`` and the files ``0600``, and a replayed file is removed.
"""

from __future__ import annotations

import asyncio
import fcntl
import json
import logging
import os
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from handlers.ports import Attachment, ChatKind, IncomingMessage, User
from moderation import Decision

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JournalEntry:
    """One journalled hold: the message, its decision, the mode, and what was done so far."""

    msg: IncomingMessage
    decision: Decision
    mode: str
    at: float
    taken: str = "pending"


def message_to_dict(msg: IncomingMessage) -> dict[str, Any]:
    data = asdict(msg)
    data["chat_kind"] = str(msg.chat_kind)
    # Group messages carry photos by the channel's reference; bytes are never journalled.
    data["attachments"] = [
        {**asdict(a), "data": None} for a in msg.attachments if a.kind == "photo" and a.file_id
    ]
    return data


def message_from_dict(data: dict[str, Any]) -> IncomingMessage:
    return IncomingMessage(
        channel=data["channel"],
        chat_id=data["chat_id"],
        chat_kind=ChatKind(data["chat_kind"]),
        message_id=data["message_id"],
        user=User(**data["user"]),
        text=data["text"],
        date=float(data["date"]),
        edited=bool(data.get("edited")),
        attachments=tuple(Attachment(**a) for a in data.get("attachments") or ()),
        chat_title=data.get("chat_title", ""),
        link=data.get("link"),
    )


Apply = Callable[[JournalEntry], Awaitable[None]]


class Journal:
    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)
        self._file: IO[bytes] | None = None
        self._path: Path | None = None
        self._lock = asyncio.Lock()
        # Lines appended since the last successful replay of this process's own file.
        self.pending = 0

    # -- appending -------------------------------------------------------------------------

    def _open(self) -> IO[bytes]:
        if self._file is None:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = self.directory / f"journal-{os.getpid()}-{secrets.token_hex(4)}.jsonl"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._file = os.fdopen(fd, "ab")
            self._path = path
        return self._file

    def _write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"
        file = self._open()
        file.write(line)
        file.flush()
        os.fsync(file.fileno())

    async def hold(self, msg: IncomingMessage, decision: Decision, mode: str) -> None:
        """Record a held item durably; raises ``OSError`` when it could not be written."""
        record = {
            "kind": "hold",
            "key": msg.delivery_key,
            "msg": message_to_dict(msg),
            "decision": decision.to_dict(),
            "mode": mode,
            "at": time.time(),
        }
        async with self._lock:
            await asyncio.to_thread(self._write, record)
            self.pending += 1

    async def taken(self, delivery_key: str, taken: str) -> None:
        """Record what was done on the channel for a journalled item (best effort)."""
        try:
            async with self._lock:
                await asyncio.to_thread(
                    self._write, {"kind": "taken", "key": delivery_key, "taken": taken}
                )
        except OSError as exc:
            # The item is journalled as "pending": the replay retries the delete.
            log.warning("journal: could not record taken=%s (%s)", taken, type(exc).__name__)

    # -- replaying -------------------------------------------------------------------------

    @staticmethod
    def read(path: Path) -> list[JournalEntry]:
        """The entries of one journal file, in order, with their last ``taken``. A torn last
        line (a crash mid-write) is skipped: its delete was never attempted."""
        holds: dict[str, dict[str, Any]] = {}
        taken: dict[str, str] = {}
        with path.open("rb") as file:
            for raw in file:
                try:
                    record = json.loads(raw)
                except ValueError:
                    log.warning("journal %s: an unreadable line skipped", path.name)
                    continue
                if record.get("kind") == "hold":
                    holds.setdefault(record["key"], record)
                elif record.get("kind") == "taken":
                    taken[record["key"]] = record["taken"]
        return [
            JournalEntry(
                msg=message_from_dict(r["msg"]),
                decision=Decision.from_dict(r["decision"]),
                mode=r["mode"],
                at=float(r["at"]),
                taken=taken.get(key, "pending"),
            )
            for key, r in holds.items()
        ]

    async def replay(self, apply: Apply) -> int:
        """Apply every journalled entry (this process's and stopped processes'); a file is
        emptied or removed only when all its entries were applied. Returns how many were.
        ``apply`` raising (Redis still down) stops the replay; it is tried again later."""
        done = 0
        async with self._lock:
            if self._path is not None and self.pending:
                entries = await asyncio.to_thread(self.read, self._path)
                for entry in entries:
                    await apply(entry)
                    done += 1
                assert self._file is not None
                self._file.truncate(0)
                os.fsync(self._file.fileno())
                self.pending = 0
        for path in sorted(self.directory.glob("journal-*.jsonl")):
            if path == self._path:
                continue
            done += await self._adopt(path, apply)
        if done:
            log.info("journal: %d held item(s) replayed into Redis", done)
        return done

    async def _adopt(self, path: Path, apply: Apply) -> int:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return 0
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return 0  # a live process's journal
            entries = await asyncio.to_thread(self.read, path)
            for entry in entries:
                await apply(entry)
            await asyncio.to_thread(path.unlink, missing_ok=True)
            return len(entries)
        finally:
            os.close(fd)

    def has_files(self) -> bool:
        """Whether any journal file other than an empty own one is on disk."""
        if self.pending:
            return True
        if not self.directory.is_dir():
            return False
        return any(p != self._path for p in self.directory.glob("journal-*.jsonl"))

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

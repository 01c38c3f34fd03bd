"""One run at a time per data directory: an advisory lock the kernel releases when its holder dies."""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

from storage.db import explain

LOCK_NAME = "run.lock"
SCHEDULE_LOCK_NAME = "schedule.lock"  # held by `confwatch schedule` for as long as it runs


class LockHeld(RuntimeError):
    """Another process holds the data directory; the message names it."""


class RunLock:
    """Context manager: flock on DATA/run.lock, with the holder's pid written inside for messages."""

    def __init__(self, data_dir: str | Path, name: str = LOCK_NAME, holder: str = "confwatch run"):
        self.path = Path(data_dir) / name
        self.holder = holder
        self.fd: int | None = None

    def __enter__(self) -> "RunLock":
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise explain(exc, self.path.parent, self.path) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise LockHeld(f"another {self.holder} (pid {holder}) holds {self.path.parent}; "
                           "wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def holder(data_dir: str | Path, name: str = LOCK_NAME) -> int | None:
    """The pid of the process holding the data directory's lock, or None when none holds it."""
    path = Path(data_dir) / name
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.read(fd, 64).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)

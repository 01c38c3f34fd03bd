"""The one place confwatch reads the clock, so that tests and digests can pin it."""
from __future__ import annotations

import os
from datetime import datetime, timezone


def now() -> datetime:
    """Current time in UTC; CONFWATCH_NOW (ISO-8601) overrides it for reproducible runs."""
    fixed = os.environ.get("CONFWATCH_NOW")
    if fixed:
        parsed = datetime.fromisoformat(fixed)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc)


def now_iso() -> str:
    """Current time, ISO-8601 in UTC, to the second."""
    return now().astimezone(timezone.utc).isoformat(timespec="seconds")

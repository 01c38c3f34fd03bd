"""Opening the database: path checks, WAL mode, migrations."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from storage.migrations import migrations

DB_NAME = "confwatch.db"


class StorageError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


def db_path(data_dir: str | Path) -> Path:
    """Return the database file inside a data directory."""
    return Path(data_dir) / DB_NAME


def open_db(data_dir: str | Path | None = None, *, memory: bool = False) -> sqlite_utils.Database:
    """Open (creating and upgrading) the database in data_dir, or an in-memory one."""
    if memory:
        db = sqlite_utils.Database(memory=True)
    else:
        path = db_path(data_dir)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30)
            db = sqlite_utils.Database(conn)
            db.enable_wal()
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"cannot open the database {path}: {exc}; check that the data directory "
                               "exists and is writable (--data or CONFWATCH_DATA)") from exc
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot upgrade the database {getattr(db.conn, 'filename', '')}: {exc}") from exc
    return db

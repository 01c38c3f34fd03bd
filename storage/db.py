"""Opening the database: path checks, WAL mode, migrations."""
from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from storage.migrations import migrations

DB_NAME = "confwatch.db"
# Exit status of a crawl process whose database refused a write (EX_IOERR): the process that started it says so.
EXIT_DB_REFUSED = 74


class StorageError(RuntimeError):
    """The database cannot be opened or written; the message says what to do."""


class UnusableDatabase(StorageError):
    """The file is no database this version can use (another program's, damaged, or a newer confwatch's)."""


def advice(exc: BaseException, data_dir: str | Path) -> str:
    """What to do about a write the data directory refused, in plain words."""
    text = str(getattr(exc, "strerror", None) or exc).lower()
    folder = Path(data_dir)
    if ((folder.is_dir() and not os.access(folder, os.W_OK)) or "readonly" in text or "read-only" in text
            or "permission denied" in text or isinstance(exc, PermissionError)
            or getattr(exc, "errno", None) == errno.EROFS):
        return (f"the data directory {Path(data_dir)} is not writable for this user (uid {os.getuid()}) or is on "
                "a read-only file system: run confwatch as the user that owns it, make it writable, or choose "
                "another with --data")
    if "full" in text or "disk i/o" in text or "no space" in text or "too large" in text:
        return (f"the disk holding {Path(data_dir)} is full or refuses writes: free space there (df -h) or "
                "check the file-size limit (ulimit -f)")
    return "check the data directory (--data or CONFWATCH_DATA)"


def explain(exc: BaseException, data_dir: str | Path, path: Path | None = None) -> StorageError:
    """A StorageError saying what went wrong with the database (or another file of the data directory, `path`)
    and what to do."""
    text = str(getattr(exc, "strerror", None) or exc)
    return StorageError(f"cannot write {path or db_path(data_dir)}: {text}; {advice(exc, data_dir)}. What was "
                        "stored before is kept; the next run continues from it")


def db_path(data_dir: str | Path) -> Path:
    """Return the database file inside a data directory."""
    return Path(data_dir) / DB_NAME


def open_read_only(data_dir: str | Path) -> tuple[sqlite_utils.Database, bool]:
    """Open the database of a data directory this user cannot write, only to read it. Returns the database and
    whether it is a snapshot: when SQLite cannot share the file's lock (it would need to create files beside
    it), the file is read as it is, without what a running crawl has not yet merged into it."""
    path = db_path(data_dir).resolve()
    check_database_file(path)
    snapshot = False
    for query in ("mode=ro", "mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(f"file:{quote(str(path))}?{query}", uri=True, timeout=30)
            conn.execute("select count(*) from sqlite_master").fetchone()
            break
        except sqlite3.Error as exc:
            error, snapshot = exc, True
    else:
        raise explain(error, data_dir) from error
    db = sqlite_utils.Database(conn)
    if migrations.pending(db):
        raise StorageError(f"{path} was written by an older confwatch and cannot be read until it is upgraded: "
                           "run any confwatch command as the user that owns it")
    return db, snapshot


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_database_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or one a newer confwatch has upgraded (a migration this
    version does not know): reading it could misread it, writing could damage it. The file is not touched."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise UnusableDatabase(f"cannot read {path}: {exc.strerror or exc}; check the data directory (--data or "
                           "CONFWATCH_DATA)") from None
    if head and head != SQLITE_MAGIC:
        raise UnusableDatabase(f"{path} is not an SQLite database (it may be another program's file, or damaged); "
                           "move it away or choose another data directory with --data. It was not changed")
    if not head:
        return  # an empty file: SQLite makes it a database
    try:
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError:  # a directory this user cannot write: read the file as it is
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=30)
        try:
            has = conn.execute("select 1 from sqlite_master where name = '_sqlite_migrations'").fetchone()
            names = [r[0] for r in conn.execute("select name from _sqlite_migrations where migration_set = ?",
                                                [migrations.name])] if has else []
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise UnusableDatabase(f"cannot read the database {path}: {exc}; it may be damaged: restore it from a "
                           "backup, or move it away and start afresh. It was not changed") from None
    known = {m.name for m in migrations._migrations}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise UnusableDatabase(f"{path} was written by a newer confwatch (it has the schema change {unknown[-1]}, which "
                           f"this version does not know): upgrade confwatch to use it. It was not changed")


def open_db(data_dir: str | Path | None = None, *, memory: bool = False) -> sqlite_utils.Database:
    """Open (creating and upgrading) the database in data_dir, or an in-memory one."""
    if memory:
        db = sqlite_utils.Database(memory=True)
    else:
        path = db_path(data_dir)
        if path.exists():
            check_database_file(path)  # before anything writes to it
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=30)
            db = sqlite_utils.Database(conn)
            db.enable_wal()
        except (OSError, sqlite3.Error) as exc:
            raise explain(exc, data_dir) from exc
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 30000")
    try:
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"cannot upgrade the database {getattr(db.conn, 'filename', '')}: {exc}") from exc
    return db

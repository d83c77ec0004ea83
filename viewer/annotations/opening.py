"""Opening the store's file safely (no Qt): what may be opened, how, and recovery.

A folder, a path under a file, a file that is not SQLite, another program's database,
or a locked one is refused and left as it is; a damaged store is moved aside (never
deleted) by :func:`open_store`, which then starts a new one; a read-only file or folder
opens read-only. May import: ``errors`` (``store`` only inside :func:`open_store`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import LeftDamaged, StoreLeftInPlace, StoreUnreadable

if TYPE_CHECKING:
    from .store import AnnotationStore

log = logging.getLogger("viewer.store")

BUSY_TIMEOUT_MS = 5000


def _utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def writable(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return os.access(parent, os.W_OK)


def check_path(p: Path) -> None:
    """A folder, or a path under a file, cannot hold the store: say so plainly (SQLite
    would say "unable to open database file", and a folder must never be moved aside)."""
    if p.is_dir():
        raise StoreLeftInPlace(f"{p}: is a folder, not a database file")
    for parent in p.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StoreLeftInPlace(f"{p}: {parent} is a file, not a folder")
            break


def busy(e: BaseException) -> bool:
    """Whether SQLite refused because another connection holds a lock (not damage)."""
    return isinstance(e, sqlite3.OperationalError) and (
        "locked" in str(e) or "busy" in str(e))


def in_use(path: str | Path) -> StoreLeftInPlace:
    return StoreLeftInPlace(f"{path}: another program is using this database (it is "
                            "locked); try again when it has finished")


def check_header(p: Path) -> None:
    """Refuse a non-empty file that is not SQLite before SQLite touches it or its -wal."""
    try:
        with open(p, "rb") as f:
            head = f.read(16)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return
    except OSError as e:
        raise StoreUnreadable(f"{p}: cannot read ({e.strerror or e})") from e
    if head and head != b"SQLite format 3\x00":
        raise StoreUnreadable(f"{p}: not an SQLite database")


def connect(path: str, read_only: bool) -> sqlite3.Connection:
    if path == ":memory:":
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    p = Path(path)
    if read_only:
        if not p.exists():
            return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        uri = p.resolve().as_uri() + "?mode=ro"
        conn = None
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # a brief lock: wait
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as e:
            if conn is not None:
                conn.close()
            return _immutable(p, e)
    p.parent.mkdir(parents=True, exist_ok=True)
    return sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)


def _immutable(p: Path, error: sqlite3.OperationalError) -> sqlite3.Connection:
    """The file read as immutable, where that is safe; else why it cannot be read.

    ``immutable=1`` reads the file ignoring locks, journals and the -wal: right for media
    nobody can write (a WAL database in a read-only folder cannot make its -shm), and a
    dirty read of a writer's uncommitted pages anywhere else (issue 21.1)."""
    if busy(error):  # another program holds a lock: in use, whatever else is true
        raise in_use(p) from None
    wal = p.with_name(p.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:  # immutable would leave its changes out
        why = ("the folder is read-only" if not os.access(p.parent, os.W_OK)
               else f"SQLite: {error}")
        raise StoreLeftInPlace(
            f"{p}: its latest changes are in {wal.name}, which cannot be read ({why}); "
            "copy both files to a writable folder") from None
    if p.with_name(p.name + "-journal").exists():  # a writer's transaction, unfinished
        raise in_use(p) from None
    if not _nobody_writes(p):
        raise StoreUnreadable(f"{p}: cannot be opened for reading ({error})") from None
    uri = p.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _nobody_writes(p: Path) -> bool:
    """A read-only file system, or a file and folder without a write permission bit."""
    try:
        if os.statvfs(p).f_flag & os.ST_RDONLY:
            return True
        return not (p.stat().st_mode & 0o222 or p.parent.stat().st_mode & 0o222)
    except (OSError, AttributeError):  # (no statvfs on Windows)
        return False


# -- opening with recovery -------------------------------------------------------------


@dataclass
class OpenOutcome:
    """What :func:`open_store` did; ``message`` is for the user (None = all normal)."""

    store: AnnotationStore
    moved_to: Path | None = None  # where an unreadable database was moved
    reason: str | None = None  # why it was moved
    message: str | None = None
    initialised: bool = False  # the path was an empty file, now a new store (issue 21.6)


def open_store(path: str | os.PathLike[str], move_damaged: bool = True) -> OpenOutcome:
    """Open the store; an unreadable database (corrupt, not a database, not ours) is
    moved aside as ``<name>.corrupt-<UTC stamp>`` with its -wal/-shm, never deleted, and
    a fresh store is created; with ``move_damaged=False`` it is left as it is
    (:class:`LeftDamaged`). Read-only file or folder: read-only mode. An empty file
    becomes a new store, and ``initialised`` says so."""
    from .store import AnnotationStore  # the store imports this module

    p = Path(path)
    try:
        empty = p.is_file() and p.stat().st_size == 0
    except OSError:
        empty = False
    try:
        store = AnnotationStore(p)
    except (StoreUnreadable, sqlite3.DatabaseError) as e:
        conn = getattr(e, "open_connection", None)
        if busy(e):  # locked during a migration: in use, not damaged
            if conn is not None:
                conn.close()
            raise in_use(p) from e
        reason = str(e)
        log.error("annotation store %s unreadable: %s", p, reason)
        if not writable(p):
            raise StoreUnreadable(f"{p}: {reason}; the folder is read-only, "
                                  "so it was left in place") from e
        if not move_damaged:
            raise LeftDamaged(f"{p}: {reason}; it was left as it is") from e
        try:
            moved = _move_aside(p)
        except PermissionError:  # Windows cannot rename an open file: close first
            if conn is not None:
                conn.close()
                conn = None
            moved = _move_aside(p)
        finally:
            if conn is not None:
                conn.close()
        store = AnnotationStore(p)
        msg = (f"The annotation database could not be opened ({reason}). It was moved to "
               f"{moved} and a new, empty one was started. Nothing was deleted.")
        return OpenOutcome(store, moved, reason, msg)
    if store.read_only:
        why = (f"it was made by a newer version (schema {store.newer_schema})"
               if store.newer_schema else "the file or folder is not writable")
        return OpenOutcome(store, message=f"Annotations are read-only: {why}.")
    return OpenOutcome(store, initialised=empty)


def _move_aside(p: Path) -> Path:
    stamp = _utc_stamp()
    target = p.with_name(f"{p.name}.corrupt-{stamp}")
    i = 1
    while target.exists():
        target = p.with_name(f"{p.name}.corrupt-{stamp}-{i}")
        i += 1
    os.replace(p, target)
    for ext in ("-wal", "-shm", "-journal"):
        side = p.with_name(p.name + ext)
        if side.exists():
            os.replace(side, target.with_name(target.name + ext))
    return target

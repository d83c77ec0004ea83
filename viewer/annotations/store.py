"""The user annotation store: its reads and writes, with change events (no Qt).

SQLite through sqlite-utils: the schema and its migrations (``schema``), every write
(``records.insert_many``: insert_all in the caller's transaction; an import is chunks of
it in ONE transaction) and the export's streaming reads (rows_where) go through it;
hand-written SQL stays only on measured hot paths, each with its figure. WAL mode,
``busy_timeout`` (two running copies share the file), one ``BEGIN IMMEDIATE``
transaction per user action, tags in a normalised table, FTS5 (trigram) over note +
quote + tags. The jobs around it live beside it: ``opening`` (file safety, recovery),
``schema`` (version and migrations), ``records`` (one record in SQL), ``note_search``
(filters, full text), ``reanchoring``. This module re-exports their public names, so
``from viewer.annotations.store import AnnotationStore, StoreError, open_store`` holds.
Use :func:`open_store` from the app: it moves an unreadable database aside (never
deletes it) and falls back to read-only mode when the file or folder is not writable.
May import: the modules of this package named above, ``model``.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import records as rec
from . import schema
from .errors import (
    Conflict,
    LeftDamaged,
    NeedsMigration,
    ReadOnlyError,
    StoreDamaged,
    StoreError,
    StoreLeftInPlace,
    StoreUnreadable,
)
from .model import Annotation, normalise_time, now_iso
from .note_search import SEARCH_CANDIDATES, SearchHit, SearchMixin
from .opening import check_header, check_path, connect, writable
from .reanchoring import ReanchorMixin, ReanchorResult
from .schema import SCHEMA_VERSION
from .supplies import Supply
from .supply_rows import SupplyMixin, write_newer

log = logging.getLogger("viewer.store")

IMPORT_CHUNK = 500  # records an import checks and writes at a time (progress between)


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    orphans: int = 0
    supplied: int = 0  # supplied wording added or updated (W3C "editing" annotations)


Listener = Callable[[str, list[str]], None]


class AnnotationStore(SearchMixin, ReanchorMixin, SupplyMixin):
    """The annotation database at ``path`` (``":memory:"`` for a scratch store)."""

    def __init__(self, path: str | os.PathLike[str], read_only: bool | None = None) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        memory = self.path == ":memory:"
        if not memory:
            check_path(Path(self.path))
        if read_only is None:
            read_only = not memory and not writable(Path(self.path))
        self.read_only = read_only
        self.migrated_from: int | None = None  # set when a migration ran at open
        if not memory:
            check_header(Path(self.path))
        self.conn = connect(self.path, read_only)
        try:
            schema.prepare(self)
        except (StoreUnreadable, sqlite3.DatabaseError) as e:
            # left open on purpose: closing would let SQLite delete a -wal file that
            # open_store() first moves aside with the database
            e.open_connection = self.conn  # type: ignore[attr-defined]
            raise
        except BaseException:
            self.conn.close()
            raise

    @property
    def db(self) -> Any:
        """A sqlite_utils.Database on the connection, made on first use (importing
        sqlite-utils costs ~100 ms: opening an existing store for reading does not pay
        it, so it stays off the path to the first paint; writes and exports do)."""
        if getattr(self, "_db", None) is None or self._db.conn is not self.conn:
            self._db = rec.database(self.conn)
        return self._db

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: takes the write lock up front)."""
        if self.read_only:
            raise ReadOnlyError(f"the annotation store {self.path} is read-only")
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def integrity_check(self) -> str:
        """``"ok"`` or SQLite's description of the damage."""
        with self._lock:
            return "; ".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))

    def damage(self) -> str | None:
        """None if SQLite's quick check finds the file sound, else what it found (checked
        before an import writes into it: ~250 ms for 100,000 annotations, so not at every
        opening)."""
        with self._lock:
            try:
                found = [r[0] for r in self.conn.execute("PRAGMA quick_check")]
            except sqlite3.DatabaseError as e:
                return str(e)
        return None if found == ["ok"] else found[-1]

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    # -- change notification ---------------------------------------------------------

    def subscribe(self, fn: Listener) -> Callable[[], None]:
        """Call ``fn(event, ids)`` after each committed change; returns an unsubscribe.

        Events: added, updated, deleted, restored, imported, reanchored; and for supplied
        wording (supply_rows): supplied, supply-updated, supply-withdrawn.
        """
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _emit(self, event: str, ids: list[str]) -> None:
        for fn in list(self._listeners):
            try:
                fn(event, ids)
            except Exception:  # a broken listener must not break the store
                log.exception("annotation store listener failed")

    # -- writes ----------------------------------------------------------------------

    def add(self, a: Annotation) -> Annotation:
        """Insert a new annotation (one transaction); ``created``/``modified`` default to now."""
        a = rec.checked(a)
        now = now_iso()
        a = a.copy(created=a.created or now, modified=a.modified or a.created or now)
        with self._transaction():
            rec.insert_many(self.db, [a])
            rec.unanchored(self.db)
        self._emit("added", [a.id])
        return a

    def update(self, id: str, **changes: Any) -> Annotation:
        """Change note, tags, color, places, interpretations (or anchor fields); returns the
        new record. Call :meth:`get` first if the undo stack needs the old one."""
        allowed = {"note", "tags", "color", "places", "interpretations", "lang", "passage",
                   "exact", "prefix", "suffix", "start", "end", "orphan"}
        bad = set(changes) - allowed
        if bad:
            raise ValueError(f"cannot update {sorted(bad)}")
        with self._lock:
            old = self.get(id)
            if old is None:
                raise KeyError(id)
            new = rec.checked(old.copy(**changes, modified=now_iso()))
            with self._transaction():
                rec.delete(self.db, id)
                rec.insert_many(self.db, [new])
                rec.unanchored(self.db)
        self._emit("updated", [id])
        return new

    def replace(self, a: Annotation, expect: Annotation | None = None) -> None:
        """Write a whole record over the one with the same id, timestamps as given
        (undo/redo of an edit). With `expect`, refuse (Conflict) unless the stored record
        is still exactly that one (another running copy may have changed it)."""
        a = rec.checked(a)
        with self._transaction():
            self._check_unchanged(a.id, expect)
            if not rec.delete(self.db, a.id):
                raise KeyError(a.id)
            rec.insert_many(self.db, [a])
            rec.unanchored(self.db)
        self._emit("updated", [a.id])

    def delete(self, id: str, expect: Annotation | None = None) -> Annotation:
        """Delete; returns the full record so an undo can :meth:`restore` it. With
        `expect`, refuse (Conflict) unless the stored record is still exactly that one."""
        with self._lock:
            old = self.get(id)
            if old is None:
                raise KeyError(id)
            with self._transaction():
                self._check_unchanged(id, expect)
                rec.delete(self.db, id)
        self._emit("deleted", [id])
        return old

    def _check_unchanged(self, id: str, expect: Annotation | None) -> None:
        """Compare what a reader edits, not just timestamps (two edits can share a
        millisecond); positions and the orphan flag may move with re-anchoring."""
        if expect is None:
            return
        current = self.get(id)
        if current is not None and rec.content(current) != rec.content(expect):
            raise Conflict(f"{id} was changed elsewhere")

    def restore(self, a: Annotation) -> None:
        """Re-insert a deleted record with its original id and timestamps."""
        a = rec.checked(a)
        with self._transaction():
            rec.insert_many(self.db, [a])
            rec.unanchored(self.db)
        self._emit("restored", [a.id])

    # a record as rows through a bare connection (tests build old stores with it)
    _insert = staticmethod(rec.insert)

    def import_records(
        self, records: Sequence[Annotation],
        progress: Callable[[int, int], None] | None = None,
        undated: Set[str] = frozenset(),
        supplies: Sequence[Supply] = (),
    ) -> ImportReport:
        """Insert/update many records in ONE transaction (used by formats.import_*).

        Same id already stored: updated if the incoming ``modified`` is newer, else
        skipped; an id in `undated` (its file gave no time: it is dated now) is never
        newer, or each re-import would undo the user's edits. Any exception rolls the
        whole import back; a damaged database is refused (StoreDamaged) before any write.
        ``supplies`` (checked supplied wording from the same file) go in the same
        transaction: the whole file or nothing.
        """
        damage = self.damage()
        if damage:
            raise StoreDamaged(f"the annotation database is damaged ({damage}); nothing "
                               "was written to it")
        report = ImportReport()
        total = len(records)
        changed: list[str] = []
        tag_ids: dict[str, int] = {}
        seen: set[str] = set()
        with self._transaction():  # a record refused by checked() rolls it all back
            db = self.db
            rec.unanchored(db)
            for done in range(0, total, IMPORT_CHUNK):
                chunk = [rec.checked(r) for r in records[done:done + IMPORT_CHUNK]]
                ids = list({r.id for r in chunk} - seen)
                stored = {row["id"]: (row["n"], row["modified"])
                          for row in db["annotations"].rows_where(
                              f"id IN ({','.join('?' * len(ids))})", ids,
                              select="id, n, modified")} if ids else {}
                new: list[Annotation] = []
                replaced: list[int] = []
                for r in chunk:
                    if r.id in seen:
                        report.skipped += 1
                        continue
                    seen.add(r.id)
                    old = stored.get(r.id)
                    if old is not None and (r.id in undated or not _later(r.modified, old[1])):
                        report.skipped += 1
                        continue
                    if old is None:
                        report.added += 1
                    else:
                        replaced.append(old[0])
                        report.updated += 1
                    new.append(r)
                    changed.append(r.id)
                    report.orphans += r.orphan
                rec.delete_numbers(db, replaced)
                rec.insert_many(db, new, tag_ids)
                if progress is not None:
                    progress(done + len(chunk), total)
            added, updated, supplied = write_newer(db, list(supplies)) if supplies else (0, 0, [])
            report.supplied = added + updated
        if changed:
            self._emit("imported", changed)
        if supplied:
            self._emit("supplied", supplied)
        return report

    # -- reads -----------------------------------------------------------------------

    def get(self, id: str) -> Annotation | None:
        with self._lock:
            row = self.conn.execute(rec.SELECT + " WHERE id = ?", (id,)).fetchone()
            return rec.hydrate(self.conn, [row])[0] if row else None

    def count(self, **filters: Any) -> int:
        """Number of annotations matching the filters of :meth:`list`."""
        if filters.get("orphan") is False and len(filters) == 1:  # all minus the orphans:
            return self.count() - self.count(orphan=True)  # two index look-ups, not a scan
        where, params = self._where(**filters)
        with self._lock:
            return self.conn.execute(f"SELECT count(*) FROM annotations{where}",
                                     params).fetchone()[0]

    def list(self, *, limit: int | None = 200, offset: int = 0, order: str = "created",
             **filters: Any) -> list[Annotation]:
        """A page of annotations. Filters: tag, color, place, interpretation, text (full
        text over note, quote and tags), lang, passage, orphan. ``order``: "created"
        (oldest first) or "position" (by lang, passage, start: for highlighting)."""
        where, params = self._where(**filters)
        order_sql = {"created": "created, n", "position": "lang, passage, start, n"}[order]
        sql = f"{rec.SELECT}{where} ORDER BY {order_sql}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        with self._lock:
            rows = self.conn.execute(sql, params).fetchall()
            return rec.hydrate(self.conn, rows)

    def highlights(self, lang: str, passage: str, limit: int | None = None
                   ) -> list[tuple[str, int, int, str]]:
        """(id, start, end, color) of the anchored annotations in one passage, by position:
        what a text view needs to draw highlights, without building whole records. With
        `limit`, only the `limit` most recently modified ones (found through an index)."""
        where = ("FROM annotations WHERE lang = ? AND passage = ? AND orphan = 0 "
                 "AND start IS NOT NULL")
        with self._lock:
            if limit is None:
                return self.conn.execute(f'SELECT id, start, "end", color {where} '
                                         "ORDER BY start, n", (lang, passage)).fetchall()
            rows = self.conn.execute(
                f'SELECT id, start, "end", color, n {where} ORDER BY modified DESC, n DESC '
                "LIMIT ?", (lang, passage, max(0, int(limit)))).fetchall()
        return [r[:4] for r in sorted(rows, key=lambda r: (r[1], r[4]))]

    def highlight_count(self, lang: str, passage: str) -> int:
        """How many anchored annotations one passage has, counted in the partial index
        (named: the planner would pick the position index and read every row)."""
        sql = ("SELECT count(*) FROM annotations{} WHERE lang = ? AND passage = ? "
               "AND orphan = 0 AND start IS NOT NULL")
        with self._lock:
            try:
                return self.conn.execute(sql.format(" INDEXED BY annotations_recent"),
                                         (lang, passage)).fetchone()[0]
            except sqlite3.OperationalError:  # a read-only version-2/3 store: no such index
                return self.conn.execute(sql.format(""), (lang, passage)).fetchone()[0]

    def iter_all(self, batch: int = 1000) -> Iterator[Annotation]:
        """Every annotation in insertion order, ``batch`` rows at a time (for exports):
        each batch one rows_where() read under the lock, from the key the last one ended
        at, so a write between batches (or its rollback) never cuts a read short."""
        last = 0
        table = self.db["annotations"]
        while True:
            with self._lock:
                rows = [tuple(r.values()) for r in table.rows_where(
                    "n > ?", [last], select=rec.COLUMNS, order_by="n", limit=batch)]
                records = rec.hydrate(self.conn, rows)
            if not rows:
                return
            last = rows[-1][0]
            yield from records

    def all_tags(self) -> list[str]:
        """Every tag in use, sorted (for completion)."""
        with self._lock:
            return [r[0] for r in self.conn.execute(
                "SELECT name FROM tags WHERE EXISTS "
                "(SELECT 1 FROM annotation_tags WHERE tag = tags.id) "
                "ORDER BY name COLLATE NOCASE")]

    def tag_counts(self) -> list[tuple[str, int]]:
        with self._lock:
            return [(r[0], r[1]) for r in self.conn.execute(
                "SELECT name, n FROM (SELECT tag, count(*) AS n FROM annotation_tags "
                "GROUP BY tag) JOIN tags ON tags.id = tag ORDER BY name COLLATE NOCASE")]

    def colors(self) -> list[str]:
        out: list[str] = []
        with self._lock:  # skip-scan of the colour index: one look-up per distinct colour
            while True:
                row = self.conn.execute("SELECT min(color) FROM annotations WHERE color > ?",
                                        (out[-1] if out else "",)).fetchone()
                if row[0] is None:
                    return out
                out.append(row[0])


def _later(a: str, b: str) -> bool:
    try:
        return normalise_time(a) > normalise_time(b)  # same form, so text order is time order
    except (ValueError, TypeError, OverflowError):
        return a > b


from .opening import OpenOutcome, open_store  # noqa: E402 - it opens an AnnotationStore

__all__ = [
    "SCHEMA_VERSION", "SEARCH_CANDIDATES", "AnnotationStore", "Conflict", "ImportReport",
    "LeftDamaged",
    "NeedsMigration", "OpenOutcome", "ReadOnlyError", "ReanchorResult", "SearchHit",
    "StoreDamaged", "StoreError", "StoreLeftInPlace", "StoreUnreadable", "open_store",
]

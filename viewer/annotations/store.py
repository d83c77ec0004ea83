"""The user annotation store: SQLite through sqlite-utils (no Qt).

WAL mode, ``busy_timeout`` (two running copies share the file), one ``BEGIN IMMEDIATE``
transaction per user action, schema version in ``PRAGMA user_version`` with forward
migrations, tags in a normalised table, FTS5 (trigram) over note + quote + tags.
Use :func:`open_store` from the app: it moves an unreadable database aside (never
deletes it) and falls back to read-only mode when the file or folder is not writable.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from . import fts
from .anchor import anchor
from .model import (
    Annotation,
    check_color,
    check_link_ids,
    new_id,
    normalise_tags,
    normalise_time,
    now_iso,
)

log = logging.getLogger("viewer.store")

SCHEMA_VERSION = 4
SEARCH_CANDIDATES = 1000  # newest full-text matches ranked by a search (bounds its cost)
BUSY_TIMEOUT_MS = 5000
_PAGE = 900  # ids per IN (...) query, below SQLite's variable limit

# Version 1 (the first release) had one table:
#   annotations(id TEXT PRIMARY KEY, lang, passage, exact, prefix, suffix, start, end,
#               note, tags TEXT (a JSON array), color, created, modified)
# Version 2 adds a stable integer key (the FTS rowid), normalised tags, place and
# interpretation links, the orphan flag, the import origin and full-text search.
_SCHEMA_V2 = """
CREATE TABLE annotations (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    lang TEXT NOT NULL DEFAULT '',
    passage TEXT NOT NULL DEFAULT '',
    exact TEXT NOT NULL DEFAULT '',
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    start INTEGER,
    "end" INTEGER,
    note TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    orphan INTEGER NOT NULL DEFAULT 0,
    origin TEXT
);
CREATE INDEX annotations_passage ON annotations(lang, passage, start);
CREATE INDEX annotations_created ON annotations(created);
CREATE INDEX annotations_color ON annotations(color);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE annotation_tags (
    annotation INTEGER NOT NULL REFERENCES annotations(n) ON DELETE CASCADE,
    tag INTEGER NOT NULL REFERENCES tags(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (annotation, tag)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags(tag);
CREATE TABLE links (
    annotation INTEGER NOT NULL REFERENCES annotations(n) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('place', 'interpretation')),
    target TEXT NOT NULL,
    PRIMARY KEY (annotation, kind, target)
) WITHOUT ROWID;
CREATE INDEX links_target ON links(kind, target);
CREATE VIRTUAL TABLE annotations_fts USING fts5(note, quote, tags, tokenize='trigram');
"""
# Version 3 (performance, issue 9): an index for the orphan count and the anchored /
# not-anchored pages in creation order, and a small key/value
# table; "anchored" holds the fingerprint of the texts the whole store was last re-anchored
# against, so an unchanged store re-anchors at start-up without reading every row.
_SCHEMA_V3 = """
CREATE INDEX annotations_orphan ON annotations(orphan, created);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Version 4 (issue 9): the text draws only the most recently modified highlights of a
# passage; a partial index over the anchored rows finds them (and counts them) without
# reading the passage's other rows. Only an index: version-3 stores read as they are.
_SCHEMA_V4 = """
CREATE INDEX annotations_recent ON annotations(lang, passage, modified)
    WHERE orphan = 0 AND start IS NOT NULL;
"""

_COLUMNS = ("id lang passage exact prefix suffix start end note color created modified "
            "orphan origin").split()
_SELECT = ('SELECT n, id, lang, passage, exact, prefix, suffix, start, "end", note, color, '
           "created, modified, orphan, origin FROM annotations")


class StoreError(Exception):
    """Base class of store errors the UI can show as they are."""


class ReadOnlyError(StoreError):
    """A write was attempted on a store opened read-only."""


class StoreDamaged(StoreError):
    """SQLite's check found damage: nothing is written into the file."""


class StoreLeftInPlace(StoreError):
    """The path cannot be used as the store, and what is there is not ours to move aside:
    a folder, an SQLite database of another program, a database another program has
    locked, or a damaged one that only a copy could be read from."""


class Conflict(StoreError):
    """The record changed since the caller read it (another window or running copy)."""


class StoreUnreadable(StoreError):
    """The file is corrupt, not a database, locked, or not an annotation store."""


class NeedsMigration(StoreUnreadable):
    """An older schema, opened read-only: it would have to be migrated to be read."""


class ReanchorResult(NamedTuple):
    anchored: int
    orphans: int


class SearchHit(NamedTuple):
    id: str
    snippet: str  # matches between fts.MARK_OPEN and fts.MARK_CLOSE
    rank: float  # lower is better


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    orphans: int = 0


Listener = Callable[[str, list[str]], None]


def _utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


class AnnotationStore:
    """The annotation database at ``path`` (``":memory:"`` for a scratch store)."""

    def __init__(self, path: str | os.PathLike[str], read_only: bool | None = None) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        memory = self.path == ":memory:"
        if not memory:
            _check_path(Path(self.path))
        if read_only is None:
            read_only = not memory and not _writable(Path(self.path))
        self.read_only = read_only
        self.migrated_from: int | None = None  # set when a migration ran at open
        if not memory:
            _check_header(Path(self.path))
        self.conn = _connect(self.path, read_only)
        try:
            self._prepare()
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
        sqlite-utils costs ~100 ms, which opening the store at start-up does not pay)."""
        import sqlite_utils

        if getattr(self, "_db", None) is None or self._db.conn is not self.conn:
            self._db = sqlite_utils.Database(self.conn, recursive_triggers=False,
                                             execute_plugins=False)
        return self._db

    # -- opening, schema, migrations -------------------------------------------------

    def _prepare(self) -> None:
        c = self.conn
        c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            version = c.execute("PRAGMA user_version").fetchone()[0]
            names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as e:
            if _busy(e):
                raise _in_use(self.path) from e
            raise StoreUnreadable(f"{self.path}: {e}") from e
        if names and "annotations" not in names:  # checked before WAL mode changes the file
            raise StoreLeftInPlace(f"{self.path}: an SQLite database of another program, not "
                                   "an annotation store; it was left as it is")
        if version > SCHEMA_VERSION:
            if not self.read_only:
                self.conn.close()
                self.conn = _connect(self.path, True)
                self.read_only = True
            log.warning("store %s has schema %d, newer than %d: read-only",
                        self.path, version, SCHEMA_VERSION)
            self.newer_schema = version
            return
        self.newer_schema = None
        if version == 0 and names:  # our tables without our version: half-made, not used
            raise StoreUnreadable(f"{self.path}: not an annotation store (unknown tables)")
        if not self.read_only:
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = FULL")
            c.execute("PRAGMA foreign_keys = ON")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            if version == 0:  # nothing there: an empty scratch schema, in memory
                self.conn.close()
                self.conn = sqlite3.connect(":memory:", isolation_level=None,
                                            check_same_thread=False)
                self.conn.executescript(_SCHEMA_V2 + _SCHEMA_V3 + _SCHEMA_V4)
                return
            if version in (2, 3):  # readable as is; v3 and v4 add indexes and a meta table
                return
            raise NeedsMigration(f"{self.path}: schema version {version} needs a migration, "
                                  "but the store is read-only")
        with self._transaction():
            if version == 0:
                for stmt in _statements(_SCHEMA_V2 + _SCHEMA_V3 + _SCHEMA_V4):
                    c.execute(stmt)
            else:
                self.migrated_from = version
                while version < SCHEMA_VERSION:
                    _MIGRATIONS[version](c)
                    version += 1
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

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

        Events: added, updated, deleted, restored, imported, reanchored.
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
        a = _checked(a)
        now = now_iso()
        a = a.copy(created=a.created or now, modified=a.modified or a.created or now)
        with self._transaction() as c:
            self._insert(c, a)
            _unanchored(c)
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
            new = _checked(old.copy(**changes, modified=now_iso()))
            with self._transaction() as c:
                self._delete(c, id)
                self._insert(c, new)
                _unanchored(c)
        self._emit("updated", [id])
        return new

    def replace(self, a: Annotation, expect: Annotation | None = None) -> None:
        """Write a whole record over the one with the same id, timestamps as given
        (undo/redo of an edit). With `expect`, refuse (Conflict) unless the stored record
        is still exactly that one (another running copy may have changed it)."""
        a = _checked(a)
        with self._transaction() as c:
            self._check_unchanged(a.id, expect)
            if not self._delete(c, a.id):
                raise KeyError(a.id)
            self._insert(c, a)
            _unanchored(c)
        self._emit("updated", [a.id])

    def delete(self, id: str, expect: Annotation | None = None) -> Annotation:
        """Delete; returns the full record so an undo can :meth:`restore` it. With
        `expect`, refuse (Conflict) unless the stored record is still exactly that one."""
        with self._lock:
            old = self.get(id)
            if old is None:
                raise KeyError(id)
            with self._transaction() as c:
                self._check_unchanged(id, expect)
                self._delete(c, id)
        self._emit("deleted", [id])
        return old

    def _check_unchanged(self, id: str, expect: Annotation | None) -> None:
        """Compare what a reader edits, not just timestamps (two edits can share a
        millisecond); positions and the orphan flag may move with re-anchoring."""
        if expect is None:
            return
        current = self.get(id)
        if current is not None and _content(current) != _content(expect):
            raise Conflict(f"{id} was changed elsewhere")

    def restore(self, a: Annotation) -> None:
        """Re-insert a deleted record with its original id and timestamps."""
        a = _checked(a)
        with self._transaction() as c:
            self._insert(c, a)
            _unanchored(c)
        self._emit("restored", [a.id])

    @staticmethod
    def _insert(c: sqlite3.Connection, a: Annotation,
                tag_ids: dict[str, int] | None = None) -> None:
        """Write one record; ``tag_ids`` (name -> id) caches tag look-ups over an import."""
        cur = c.execute(
            'INSERT INTO annotations (id, lang, passage, exact, prefix, suffix, start, "end", '
            "note, color, created, modified, orphan, origin) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (a.id, a.lang, a.passage, a.exact, a.prefix, a.suffix, a.start, a.end, a.note,
             a.color, a.created, a.modified, int(a.orphan), a.origin))
        n = cur.lastrowid
        if a.tags:
            ids = {} if tag_ids is None else tag_ids
            for t in a.tags:
                if t not in ids:
                    c.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (t,))
                    ids[t] = c.execute("SELECT id FROM tags WHERE name = ?", (t,)).fetchone()[0]
            c.executemany("INSERT INTO annotation_tags (annotation, tag, position) "
                          "VALUES (?, ?, ?)", [(n, ids[t], i) for i, t in enumerate(a.tags)])
        links = [(n, "place", p) for p in a.places]
        links += [(n, "interpretation", p) for p in a.interpretations]
        if links:
            c.executemany("INSERT INTO links (annotation, kind, target) VALUES (?,?,?)", links)
        c.execute("INSERT INTO annotations_fts (rowid, note, quote, tags) VALUES (?,?,?,?)",
                  (n, a.note, a.exact, " ; ".join(a.tags)))

    @staticmethod
    def _delete(c: sqlite3.Connection, id: str) -> bool:
        row = c.execute("SELECT n FROM annotations WHERE id = ?", (id,)).fetchone()
        if row is None:
            return False
        n = row[0]
        c.execute("DELETE FROM annotations_fts WHERE rowid = ?", (n,))
        c.execute("DELETE FROM annotation_tags WHERE annotation = ?", (n,))
        c.execute("DELETE FROM links WHERE annotation = ?", (n,))
        c.execute("DELETE FROM annotations WHERE n = ?", (n,))
        return True

    def import_records(
        self, records: Sequence[Annotation],
        progress: Callable[[int, int], None] | None = None,
        undated: Set[str] = frozenset(),
    ) -> ImportReport:
        """Insert/update many records in ONE transaction (used by formats.import_*).

        Same id already stored: updated if the incoming ``modified`` is newer, else
        skipped; an id in `undated` (its file gave no time: it is dated now) is never
        newer, or each re-import would undo the user's edits. Any exception rolls the
        whole import back; a damaged database is refused (StoreDamaged) before any write.
        """
        damage = self.damage()
        if damage:
            raise StoreDamaged(f"the annotation database is damaged ({damage}); nothing "
                               "was written to it")
        report = ImportReport()
        total = len(records)
        changed: list[str] = []
        tag_ids: dict[str, int] = {}
        with self._transaction() as c:  # a record refused by _checked rolls it all back
            _unanchored(c)
            seen: set[str] = set()
            for i, r in enumerate(records):
                r = _checked(r)  # here, not up front: progress starts at once
                if r.id in seen:
                    report.skipped += 1
                else:
                    seen.add(r.id)
                    row = c.execute("SELECT modified FROM annotations WHERE id = ?",
                                    (r.id,)).fetchone()
                    if row is None:
                        self._insert(c, r, tag_ids)
                        report.added += 1
                        changed.append(r.id)
                        report.orphans += r.orphan
                    elif r.id not in undated and _later(r.modified, row[0]):
                        self._delete(c, r.id)
                        self._insert(c, r, tag_ids)
                        report.updated += 1
                        changed.append(r.id)
                        report.orphans += r.orphan
                    else:
                        report.skipped += 1
                if progress is not None and (i % 500 == 499 or i == total - 1):
                    progress(i + 1, total)
        if changed:
            self._emit("imported", changed)
        return report

    # -- reads -----------------------------------------------------------------------

    def get(self, id: str) -> Annotation | None:
        with self._lock:
            row = self.conn.execute(_SELECT + " WHERE id = ?", (id,)).fetchone()
            return self._hydrate([row])[0] if row else None

    def _where(self, *, tag: str | None = None, color: str | None = None,
               place: str | None = None, interpretation: str | None = None,
               text: str | None = None, lang: str | None = None,
               passage: str | None = None, orphan: bool | None = None,
               ) -> tuple[str, list[Any]]:
        conds: list[str] = []
        params: list[Any] = []
        if tag is not None:
            conds.append("n IN (SELECT annotation FROM annotation_tags JOIN tags "
                         "ON tags.id = annotation_tags.tag WHERE tags.name = ?)")
            params.append(tag)
        if color is not None:
            conds.append("color = ?")
            params.append(color.lower())
        for kind, value in (("place", place), ("interpretation", interpretation)):
            if value is not None:
                conds.append("n IN (SELECT annotation FROM links WHERE kind = ? AND target = ?)")
                params += [kind, value]
        if lang is not None:
            conds.append("lang = ?")
            params.append(lang)
        if passage is not None:
            conds.append("passage = ?")
            params.append(passage)
        if orphan is not None:
            conds.append("orphan = ?")
            params.append(int(orphan))
        if text is not None and text.strip():
            terms = fts.split_terms(text)
            sub, sub_params = self._fts_condition(terms)
            conds.append(f"n IN (SELECT rowid FROM annotations_fts WHERE {sub})")
            params += sub_params
        return (" WHERE " + " AND ".join(conds)) if conds else "", params

    @staticmethod
    def _fts_condition(terms: list[str]) -> tuple[str, list[Any]]:
        if not terms:
            return "0", []
        parts, params = [], []
        expr = fts.match_expression(terms)
        if expr:
            parts.append("annotations_fts MATCH ?")
            params.append(expr)
        like, like_params = fts.like_clause(
            ["annotations_fts.note", "annotations_fts.quote", "annotations_fts.tags"], terms)
        if like:
            parts.append(like)
            params += like_params
        return " AND ".join(parts), params

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
        sql = f"{_SELECT}{where} ORDER BY {order_sql}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        with self._lock:
            rows = self.conn.execute(sql, params).fetchall()
            return self._hydrate(rows)

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
        """Every annotation in insertion order, ``batch`` rows at a time (for exports)."""
        last = 0
        while True:
            with self._lock:
                rows = self.conn.execute(_SELECT + " WHERE n > ? ORDER BY n LIMIT ?",
                                         (last, batch)).fetchall()
                records = self._hydrate(rows)
            if not rows:
                return
            last = rows[-1][0]
            yield from records

    def _hydrate(self, rows: Sequence[Sequence[Any]]) -> list[Annotation]:
        if not rows:
            return []
        ns = [r[0] for r in rows]
        tags: dict[int, list[str]] = {n: [] for n in ns}
        links: dict[int, tuple[list[str], list[str]]] = {n: ([], []) for n in ns}
        for i in range(0, len(ns), _PAGE):
            chunk = ns[i:i + _PAGE]
            marks = ",".join("?" * len(chunk))
            for n, name in self.conn.execute(
                    "SELECT annotation, name FROM annotation_tags JOIN tags ON tags.id = tag "
                    f"WHERE annotation IN ({marks}) ORDER BY annotation, position", chunk):
                tags[n].append(name)
            for n, kind, target in self.conn.execute(
                    "SELECT annotation, kind, target FROM links "
                    f"WHERE annotation IN ({marks}) ORDER BY annotation, kind, target", chunk):
                links[n][0 if kind == "place" else 1].append(target)
        out = []
        for r in rows:
            n = r[0]
            out.append(Annotation(
                id=r[1], lang=r[2], passage=r[3], exact=r[4], prefix=r[5], suffix=r[6],
                start=r[7], end=r[8], note=r[9], color=r[10], created=r[11], modified=r[12],
                orphan=bool(r[13]), origin=r[14], tags=tags[n], places=links[n][0],
                interpretations=links[n][1]))
        return out

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

    # -- full-text search ------------------------------------------------------------

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over note, quote and tags. Any user input is safe."""
        terms = fts.split_terms(query)
        if not terms:
            return []
        cond, params = self._fts_condition(terms)
        expr = fts.match_expression(terms)
        with self._lock:
            if expr:
                # Only the newest SEARCH_CANDIDATES matches are ranked, in Python: FTS5's
                # bm25() first counts every match of each phrase (20-40 ms at 100,000 rows).
                rows = self.conn.execute(
                    "SELECT rowid, note, quote, tags FROM annotations_fts "
                    f"WHERE {cond} ORDER BY rowid DESC LIMIT ?",
                    params + [SEARCH_CANDIDATES]).fetchall()
                folded = [t.casefold() for t in terms]
                scored = sorted((-_score(r[1:], folded), -r[0], r) for r in rows)[:limit]
                page = [(r, score) for score, _n, r in scored]
            else:  # short terms only: LIKE scan, stopped at the first `limit` rows
                page = [(r, 0.0) for r in self.conn.execute(
                    "SELECT rowid, note, quote, tags FROM annotations_fts "
                    f"WHERE {cond} ORDER BY rowid LIMIT ?", params + [int(limit)])]
            if not page:
                return []
            ids = dict(self.conn.execute(
                f"SELECT n, id FROM annotations WHERE n IN ({','.join('?' * len(page))})",
                [r[0] for r, _ in page]).fetchall())
        return [SearchHit(ids[r[0]], _python_snippet(r[1:], terms), rank)
                for r, rank in page if r[0] in ids]

    # -- re-anchoring ----------------------------------------------------------------

    def reanchor(self, texts: Mapping[tuple[str, str], str]) -> ReanchorResult:
        """Re-check every annotation against the current texts; store new positions and
        orphan flags (only changed rows written). Read-only stores compute nothing and
        report the stored flags. All in one go: see reanchor_steps for a pass in steps."""
        steps = self.reanchor_steps(texts)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def reanchor_needed(self, texts: Mapping[tuple[str, str], str]) -> bool:
        """False when the store was last re-anchored against these very texts (and not
        written since), or cannot be written."""
        return self._meta_differs("anchored", texts)

    def texts_changed(self, texts: Mapping[tuple[str, str], str]) -> bool:
        """True unless the last complete pass was against these very texts: then stored
        positions fit them, even if rows were written since (the app anchors each write
        against the texts it shows)."""
        return (self._meta_differs("texts", texts)
                and self._meta_differs("anchored", texts))  # stores from before the key

    def _meta_differs(self, key: str, texts: Mapping[tuple[str, str], str]) -> bool:
        if self.read_only:
            return False
        with self._lock:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row is None or row[0] != _fingerprint(texts)

    def reanchor_steps(self, texts: Mapping[tuple[str, str], str], batch: int = 500
                       ) -> Generator[tuple[int, int], None, ReanchorResult]:
        """Re-anchoring in steps, for a caller that must stay responsive (after the texts
        changed, 100,000 annotations take seconds). Yields (rows checked, rows in all)
        after each batch, whose new positions are already written; returns the
        ReanchorResult. Each step holds the store's lock, so no write falls between a
        row's check and its update. A row added between steps is checked if its number
        comes after the last one seen (SQLite may reuse a deleted row's number). The pass
        is recorded as done ('anchored') only if it ran to the end with nothing written
        meanwhile; otherwise the next open checks again, quickly for rows that still fit.
        Its texts are recorded ('texts') whenever it runs to the end."""
        if not self.reanchor_needed(texts):
            orphans = self.count(orphan=True)
            return ReanchorResult(self.count() - orphans, orphans)
        mark = _fingerprint(texts)
        pending = "pending:" + mark  # any write during the pass deletes it (_unanchored)
        with self._transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('anchored', ?)",
                      (pending,))
        total = self.count()
        result = ReanchorResult(0, 0)
        changed = False
        last = checked = 0
        while True:
            with self._lock:
                rows = self.conn.execute(
                    'SELECT n, lang, passage, exact, prefix, suffix, start, "end", orphan '
                    "FROM annotations WHERE n > ? ORDER BY n LIMIT ?", (last, batch)).fetchall()
                if not rows:  # done
                    with self._transaction() as c:
                        c.execute("UPDATE meta SET value = ? WHERE key = 'anchored' "
                                  "AND value = ?", (mark, pending))
                        c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                  "('texts', ?)", (mark,))
                    break
                last = rows[-1][0]
                step = self._check_rows(rows, texts)
                result = ReanchorResult(result.anchored + step.anchored,
                                        result.orphans + step.orphans)
                changed = changed or step.changed
            checked += len(rows)
            yield checked, max(total, checked)
        if result.orphans:
            log.info("%d annotation(s) no longer anchor: listed as orphans", result.orphans)
        if changed:
            self._emit("reanchored", [])
        return result

    def reanchor_ids(self, ids: Iterable[str], texts: Mapping[tuple[str, str], str]) -> None:
        """Re-anchor these rows now (an edit during a background pass: its undo record
        must hold positions that fit the texts shown)."""
        ids = list(ids)
        if self.read_only or not ids:
            return
        with self._lock:
            marks = ",".join("?" * len(ids))
            rows = self.conn.execute(
                'SELECT n, lang, passage, exact, prefix, suffix, start, "end", orphan '
                f"FROM annotations WHERE id IN ({marks})", ids).fetchall()
            self._check_rows(rows, texts)

    def _check_rows(self, rows: list[tuple], texts: Mapping[tuple[str, str], str]
                    ) -> _Checked:
        """Anchor each (n, lang, passage, exact, prefix, suffix, start, end, orphan) row in
        the texts and write the positions and orphan flags that changed."""
        anchored = orphans = 0
        changes: list[tuple[int | None, int | None, int, int]] = []
        for n, lang, passage, exact, prefix, suffix, start, end, orphan in rows:
            text = texts.get((lang, passage))
            if (not orphan and text is not None and start is not None and end is not None
                    and 0 <= start <= end and text[start:end] == exact):  # still where it was
                anchored += 1
                continue
            a = Annotation("", lang, passage, exact, prefix, suffix, start, end)
            res = anchor(text, a.quote, a.position) if text is not None else None
            if res is None:
                orphans += 1
                if not orphan:
                    changes.append((start, end, 1, n))
            else:
                anchored += 1
                if (res.start, res.end, 0) != (start, end, orphan):
                    changes.append((res.start, res.end, 0, n))
        if changes:
            with self._transaction() as c:
                c.executemany('UPDATE annotations SET start = ?, "end" = ?, orphan = ? '
                              "WHERE n = ?", changes)
        return _Checked(anchored, orphans, bool(changes))


class _Checked(NamedTuple):
    anchored: int
    orphans: int
    changed: bool


# -- helpers ---------------------------------------------------------------------------

def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _migrate_1_to_2(c: sqlite3.Connection) -> None:
    c.execute("ALTER TABLE annotations RENAME TO annotations_v1")
    for stmt in _statements(_SCHEMA_V2):
        c.execute(stmt)
    rows = c.execute('SELECT id, lang, passage, exact, prefix, suffix, start, "end", note, '
                     "tags, color, created, modified FROM annotations_v1 ORDER BY rowid")
    for r in rows.fetchall():
        try:
            tags = json.loads(r[9] or "[]")
            tags = tags if isinstance(tags, list) else []
        except ValueError:
            tags = []
        try:
            color = check_color(r[10] or "")
        except ValueError:
            color = ""
        created = _time_or_now(r[11])
        # A version-1 row was never checked: a missing id gets a new one, a position that
        # is not a number is dropped (the quote anchors it again), text is text.
        start, end = (v if type(v) is int else None for v in (r[6], r[7]))
        if start is None or end is None:
            start = end = None
        a = Annotation(id=_text(r[0]) or new_id(), lang=_text(r[1]),
                       passage=_text(r[2]), exact=_text(r[3]), prefix=_text(r[4]),
                       suffix=_text(r[5]), start=start, end=end, note=_text(r[8]),
                       tags=normalise_tags(str(t) for t in tags), color=color,
                       created=created, modified=_time_or_now(r[12]) if r[12] else created)
        AnnotationStore._insert(c, a)
    c.execute("DROP TABLE annotations_v1")


def _migrate_2_to_3(c: sqlite3.Connection) -> None:
    for stmt in _statements(_SCHEMA_V3):
        c.execute(stmt)


def _migrate_3_to_4(c: sqlite3.Connection) -> None:
    for stmt in _statements(_SCHEMA_V4):
        c.execute(stmt)


_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4}


def _fingerprint(texts: Mapping[tuple[str, str], str]) -> str:
    """A digest of the passage texts (and the anchoring code's version)."""
    h = hashlib.sha256(b"anchor-v1")
    for (lang, passage), text in sorted(texts.items()):
        h.update(f"\0{lang}\0{passage}\0{text}".encode())
    return h.hexdigest()


def _unanchored(c: sqlite3.Connection) -> None:
    """A write may add rows not checked against the texts: the next reanchor reads all."""
    c.execute("DELETE FROM meta WHERE key = 'anchored'")


def _checked(a: Annotation) -> Annotation:
    """Validate and normalise a record before it is written (ValueError if bad)."""
    if not isinstance(a.id, str) or ":" not in a.id:
        raise ValueError(f"annotation id must be an IRI, got {a.id!r}")
    for name in ("start", "end"):
        v = getattr(a, name)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise ValueError(f"{name} must be a non-negative integer or None")
    return a.copy(tags=normalise_tags(a.tags), color=check_color(a.color),
                  places=sorted(check_link_ids(a.places, "place")),
                  interpretations=sorted(check_link_ids(a.interpretations, "interpretation")),
                  orphan=bool(a.orphan))


def _content(a: Annotation) -> tuple:
    return (a.lang, a.passage, a.exact, a.note, tuple(a.tags), a.color.lower(),
            tuple(sorted(a.places)), tuple(sorted(a.interpretations)), a.modified)


def _text(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def _time_or_now(value: object) -> str:
    """A version-1 timestamp in today's form (UTC, explicit offset); now if unreadable
    (not a time, or out of range, such as year 1 at +14:00)."""
    try:
        return normalise_time(value) if isinstance(value, str) and value else now_iso()
    except (ValueError, OverflowError):
        return now_iso()


def _later(a: str, b: str) -> bool:
    try:
        return normalise_time(a) > normalise_time(b)  # same form, so text order is time order
    except (ValueError, TypeError, OverflowError):
        return a > b


_BM25_K1, _BM25_B, _AVG_CHARS = 1.2, 0.75, 120.0


def _score(columns: Sequence[str], folded_terms: list[str]) -> float:
    """A BM25-like relevance (term frequency, saturated, length-normalised) of one row;
    higher is better. Every candidate contains every term, so no document frequency."""
    total = 0.0
    for col in columns:
        text = (col or "").casefold()
        norm = _BM25_K1 * (1 - _BM25_B + _BM25_B * len(text) / _AVG_CHARS)
        for term in folded_terms:
            tf = text.count(term)
            if tf:
                total += tf * (_BM25_K1 + 1) / (tf + norm)
    return total


def _python_snippet(columns: Iterable[str], terms: list[str]) -> str:
    columns = [c or "" for c in columns]
    for col in columns:
        s = fts.make_snippet(col, terms)
        if fts.MARK_OPEN in s:
            return s
    return fts.make_snippet(columns[0], terms)


def _writable(path: Path) -> bool:
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return os.access(parent, os.W_OK)


def _check_path(p: Path) -> None:
    """A folder, or a path under a file, cannot hold the store: say so plainly (SQLite
    would say "unable to open database file", and a folder must never be moved aside)."""
    if p.is_dir():
        raise StoreLeftInPlace(f"{p}: is a folder, not a database file")
    for parent in p.parents:
        if parent.exists():
            if not parent.is_dir():
                raise StoreLeftInPlace(f"{p}: {parent} is a file, not a folder")
            break


def _busy(e: BaseException) -> bool:
    """Whether SQLite refused because another connection holds a lock (not damage)."""
    return isinstance(e, sqlite3.OperationalError) and (
        "locked" in str(e) or "busy" in str(e))


def _in_use(path: str | Path) -> StoreLeftInPlace:
    return StoreLeftInPlace(f"{path}: another program is using this database (it is "
                            "locked); try again when it has finished")


def _check_header(p: Path) -> None:
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


def _connect(path: str, read_only: bool) -> sqlite3.Connection:
    if path == ":memory:":
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    p = Path(path)
    if read_only:
        if not p.exists():
            return sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        uri = p.resolve().as_uri() + "?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # a WAL database in a read-only folder without its -shm: read it as immutable,
            # which ignores the -wal file; if that holds changes, they would be missing
            wal = p.with_name(p.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise StoreLeftInPlace(
                    f"{p}: its latest changes are in {wal.name}, which cannot be read while "
                    "the folder is read-only; copy both files to a writable folder") from None
            uri = p.resolve().as_uri() + "?mode=ro&immutable=1"
            return sqlite3.connect(uri, uri=True, isolation_level=None,
                                   check_same_thread=False)
    p.parent.mkdir(parents=True, exist_ok=True)
    return sqlite3.connect(str(p), isolation_level=None, check_same_thread=False)


# -- opening with recovery -------------------------------------------------------------

@dataclass
class OpenOutcome:
    """What :func:`open_store` did; ``message`` is for the user (None = all normal)."""

    store: AnnotationStore
    moved_to: Path | None = None  # where an unreadable database was moved
    reason: str | None = None  # why it was moved
    message: str | None = None


def open_store(path: str | os.PathLike[str]) -> OpenOutcome:
    """Open the store; an unreadable database (corrupt, not a database, locked, not ours)
    is moved aside as ``<name>.corrupt-<UTC stamp>`` with its -wal/-shm, never deleted,
    and a fresh store is created. Read-only file or folder: read-only mode."""
    p = Path(path)
    try:
        store = AnnotationStore(p)
    except (StoreUnreadable, sqlite3.DatabaseError) as e:
        conn = getattr(e, "open_connection", None)
        if _busy(e):  # locked during a migration: in use, not damaged
            if conn is not None:
                conn.close()
            raise _in_use(p) from e
        reason = str(e)
        log.error("annotation store %s unreadable: %s", p, reason)
        if not _writable(p):
            raise StoreUnreadable(f"{p}: {reason}; the folder is read-only, "
                                  "so it was left in place") from e
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
    return OpenOutcome(store)


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

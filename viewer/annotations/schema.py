"""The store's schema, its version (``PRAGMA user_version``) and forward migrations (no Qt).

:func:`prepare` readies a fresh connection: refuses what is not ours, creates a new
store, migrates an older one in one transaction, or reads a newer or read-only one as
it is. May import: ``errors``, ``opening`` (connecting), ``records``, ``model``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import opening, records
from .errors import NeedsMigration, StoreLeftInPlace, StoreUnreadable
from .model import Annotation, check_color, new_id, normalise_tags, normalise_time, now_iso

if TYPE_CHECKING:
    from .store import AnnotationStore

log = logging.getLogger("viewer.store")

SCHEMA_VERSION = 4


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


def prepare(store: AnnotationStore) -> None:
    """Ready ``store.conn``: refuse what is not ours, create, migrate (one transaction),
    or switch to reading as it is; sets ``read_only``, ``newer_schema``, ``migrated_from``
    and may replace ``conn``."""
    self = store
    c = self.conn
    c.execute(f"PRAGMA busy_timeout = {opening.BUSY_TIMEOUT_MS}")
    try:
        version = c.execute("PRAGMA user_version").fetchone()[0]
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        if opening.busy(e):
            raise opening.in_use(self.path) from e
        raise StoreUnreadable(f"{self.path}: {e}") from e
    if names and "annotations" not in names:  # checked before WAL mode changes the file
        raise StoreLeftInPlace(f"{self.path}: an SQLite database of another program, not "
                               "an annotation store; it was left as it is")
    if version > SCHEMA_VERSION:
        if not self.read_only:
            self.conn.close()
            self.conn = opening.connect(self.path, True)
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
        records.insert(c, a)
    c.execute("DROP TABLE annotations_v1")


def _migrate_2_to_3(c: sqlite3.Connection) -> None:
    for stmt in _statements(_SCHEMA_V3):
        c.execute(stmt)


def _migrate_3_to_4(c: sqlite3.Connection) -> None:
    for stmt in _statements(_SCHEMA_V4):
        c.execute(stmt)


_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_1_to_2, 2: _migrate_2_to_3, 3: _migrate_3_to_4}


def _text(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def _time_or_now(value: object) -> str:
    """A version-1 timestamp in today's form (UTC, explicit offset); now if unreadable
    (not a time, or out of range, such as year 1 at +14:00)."""
    try:
        return normalise_time(value) if isinstance(value, str) and value else now_iso()
    except (ValueError, OverflowError):
        return now_iso()

"""The store's schema, its version (``PRAGMA user_version``) and forward migrations (no Qt).

:func:`prepare` readies a fresh connection: refuses what is not ours, creates a new
store, migrates an older one in one transaction, or reads a newer or read-only one as
it is. The schema is built with sqlite-utils, one step per version (``_STEPS``): a new
store runs every step, an older one the steps after its version, in the same
transaction. May import: ``errors``, ``opening`` (connecting), ``records``, ``model``;
sqlite-utils through ``records.database`` / ``store.db`` (never at module level).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import opening, records, supply_rows
from .errors import NeedsMigration, StoreLeftInPlace, StoreUnreadable
from .model import Annotation, check_color, new_id, normalise_tags, normalise_time, now_iso

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .store import AnnotationStore

log = logging.getLogger("viewer.store")

SCHEMA_VERSION = 5

# The annotations table as sqlite-utils declares it (version 2 on; later versions add only
# indexes and tables). ``create(..., transform=True)`` makes it, or reshapes an existing
# one whose columns, key, NOT NULLs or defaults differ (a store of version 2 matches:
# nothing is rewritten).
ANNOTATIONS: dict = {
    "columns": {"n": int, "id": str, "lang": str, "passage": str, "exact": str,
                "prefix": str, "suffix": str, "start": int, "end": int, "note": str,
                "color": str, "created": str, "modified": str, "orphan": int, "origin": str},
    "pk": "n",
    "not_null": {"id", "lang", "passage", "exact", "prefix", "suffix", "note", "color",
                 "created", "modified", "orphan"},
    "defaults": {"lang": "", "passage": "", "exact": "", "prefix": "", "suffix": "",
                 "note": "", "color": "", "orphan": 0},
}

# sqlite-utils' create() cannot declare WITHOUT ROWID, ON DELETE CASCADE or a CHECK
# constraint, so the two link tables keep their version-2 DDL (a store of every version
# has them exactly so).
_LINK_TABLES = ("""
CREATE TABLE annotation_tags (
    annotation INTEGER NOT NULL REFERENCES annotations(n) ON DELETE CASCADE,
    tag INTEGER NOT NULL REFERENCES tags(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (annotation, tag)
) WITHOUT ROWID""", """
CREATE TABLE links (
    annotation INTEGER NOT NULL REFERENCES annotations(n) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('place', 'interpretation')),
    target TEXT NOT NULL,
    PRIMARY KEY (annotation, kind, target)
) WITHOUT ROWID""")

# Full text: not enable_fts(). It makes an external-content FTS5 table over columns of
# ONE table (content="annotations") kept by triggers on that table; our index's `tags`
# column holds the tags joined from `tags`/`annotation_tags`, which are written after the
# annotation row (a trigger on `annotations` would index none), and `quote` is the row's
# `exact`. So the FTS rows are written by records.insert_many / delete_numbers, in the
# same transaction as the record (the SIGKILL tests check the index stays whole).
_FTS = ("CREATE VIRTUAL TABLE annotations_fts USING fts5(note, quote, tags, "
        "tokenize='trigram')")

# Version 4's index is partial (WHERE ...): sqlite-utils' create_index() has no WHERE.
_RECENT = ("CREATE INDEX annotations_recent ON annotations(lang, passage, modified) "
           "WHERE orphan = 0 AND start IS NOT NULL")


def _version_2(db: Database) -> None:
    """Version 2: a stable integer key (the FTS rowid), normalised tags, place and
    interpretation links, the orphan flag, the import origin and full-text search."""
    annotations = db["annotations"].create(**ANNOTATIONS, transform=True)
    annotations.create_index(["id"], index_name="annotations_id", unique=True,
                             if_not_exists=True)
    for name, cols in (("annotations_passage", ["lang", "passage", "start"]),
                       ("annotations_created", ["created"]),
                       ("annotations_color", ["color"])):
        annotations.create_index(cols, index_name=name, if_not_exists=True)
    tags = db["tags"].create({"id": int, "name": str}, pk="id", not_null={"name"},
                             transform=True)
    tags.create_index(["name"], index_name="tags_name", unique=True, if_not_exists=True)
    for ddl in _LINK_TABLES:
        db.execute(ddl)
    db["annotation_tags"].create_index(["tag"], index_name="annotation_tags_tag")
    db["links"].create_index(["kind", "target"], index_name="links_target")
    db.execute(_FTS)


def _version_3(db: Database) -> None:
    """Version 3 (performance, issue 9): an index for the orphan count and the anchored /
    not-anchored pages in creation order, and a small key/value table; "anchored" holds
    the fingerprint of the texts the whole store was last re-anchored against, so an
    unchanged store re-anchors at start-up without reading every row."""
    db["annotations"].create_index(["orphan", "created"], index_name="annotations_orphan",
                                   if_not_exists=True)
    db["meta"].create({"key": str, "value": str}, pk="key", not_null={"key", "value"},
                      if_not_exists=True)


def _version_4(db: Database) -> None:
    """Version 4 (issue 9): the text draws only the most recently modified highlights of
    a passage; a partial index over the anchored rows finds them (and counts them)
    without reading the passage's other rows. Only an index: version-3 stores read as
    they are."""
    db.execute(_RECENT)


def _version_5(db: Database) -> None:
    """Version 5 (issue 18): wording readers supply from an edition they hold, one row a
    supply (``supply_rows``). Only a new table: version-4 stores read as they are."""
    supply_rows.create_table(db)


_STEPS: dict[int, Callable[[Database], None]] = {
    2: _version_2, 3: _version_3, 4: _version_4, 5: _version_5}


def prepare(store: AnnotationStore) -> None:
    """Ready ``store.conn``: refuse what is not ours, create, migrate (one transaction),
    or switch to reading as it is; sets ``read_only``, ``newer_schema``, ``migrated_from``
    and may replace ``conn``."""
    c = store.conn
    c.execute(f"PRAGMA busy_timeout = {opening.BUSY_TIMEOUT_MS}")
    try:
        version = c.execute("PRAGMA user_version").fetchone()[0]
        names = {r[0] for r in c.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        if opening.busy(e):
            raise opening.in_use(store.path) from e
        raise StoreUnreadable(f"{store.path}: {e}") from e
    if names and "annotations" not in names:  # checked before WAL mode changes the file
        raise StoreLeftInPlace(f"{store.path}: an SQLite database of another program, not "
                               "an annotation store; it was left as it is")
    if version > SCHEMA_VERSION:
        if not store.read_only:
            store.conn.close()
            store.conn = opening.connect(store.path, True)
            store.read_only = True
        log.warning("store %s has schema %d, newer than %d: read-only",
                    store.path, version, SCHEMA_VERSION)
        store.newer_schema = version
        return
    store.newer_schema = None
    if version == 0 and names:  # our tables without our version: half-made, not used
        raise StoreUnreadable(f"{store.path}: not an annotation store (unknown tables)")
    if not store.read_only:
        c.execute("PRAGMA journal_mode = WAL")
        c.execute("PRAGMA synchronous = FULL")
        c.execute("PRAGMA foreign_keys = ON")
    if version == SCHEMA_VERSION:
        return
    if store.read_only:
        if version == 0:  # nothing there: an empty scratch schema, in memory
            store.conn.close()
            store.conn = sqlite3.connect(":memory:", isolation_level=None,
                                        check_same_thread=False)
            db = records.database(store.conn)
            with db.atomic():
                for make in _STEPS.values():
                    make(db)
            return
        if version in (2, 3, 4):  # readable as is; v3-v5 add indexes and tables
            return
        raise NeedsMigration(f"{store.path}: schema version {version} needs a migration, "
                              "but the store is read-only")
    with store._transaction():  # the whole creation or migration, or nothing
        db = store.db
        if version == 0:
            version = 1  # a new store is made by the same steps that migrate an old one
        else:
            store.migrated_from = version
        if version == 1 and "annotations" in names:
            _migrate_1_to_2(db)
            version = 2
        for step in range(version + 1, SCHEMA_VERSION + 1):
            _STEPS[step](db)
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_1_to_2(db: Database) -> None:
    """Version 1 (the first release) had one table, ``annotations(id TEXT PRIMARY KEY,
    lang, passage, exact, prefix, suffix, start, end, note, tags TEXT (a JSON array),
    color, created, modified)``. Its rows were never checked and their tags move to
    other tables, so each is cleaned and written again through records.insert_many (a
    transform() would copy the columns as they are)."""
    db.rename_table("annotations", "annotations_v1")
    _version_2(db)
    old = db["annotations_v1"]
    cleaned = []
    for r in old.rows_where(order_by="rowid"):
        try:
            tags = json.loads(r["tags"] or "[]")
            tags = tags if isinstance(tags, list) else []
        except ValueError:
            tags = []
        try:
            color = check_color(r["color"] or "")
        except ValueError:
            color = ""
        created = _time_or_now(r["created"])
        # A version-1 row was never checked: a missing id gets a new one, a position that
        # is not a number is dropped (the quote anchors it again), text is text.
        start, end = (v if type(v) is int else None for v in (r["start"], r["end"]))
        if start is None or end is None:
            start = end = None
        cleaned.append(Annotation(
            id=_text(r["id"]) or new_id(), lang=_text(r["lang"]), passage=_text(r["passage"]),
            exact=_text(r["exact"]), prefix=_text(r["prefix"]), suffix=_text(r["suffix"]),
            start=start, end=end, note=_text(r["note"]),
            tags=normalise_tags(str(t) for t in tags), color=color, created=created,
            modified=_time_or_now(r["modified"]) if r["modified"] else created))
    records.insert_many(db, cleaned)
    old.drop()


def _text(value: object) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def _time_or_now(value: object) -> str:
    """A version-1 timestamp in today's form (UTC, explicit offset); now if unreadable
    (not a time, or out of range, such as year 1 at +14:00)."""
    try:
        return normalise_time(value) if isinstance(value, str) and value else now_iso()
    except (ValueError, OverflowError):
        return now_iso()

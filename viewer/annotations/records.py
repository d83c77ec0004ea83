"""Annotation records as rows: validate, write (through sqlite-utils), read back (no Qt).

The row-level steps every write and read of the store shares, and a migration too (it
writes records through :func:`insert_many`). Writes go through a ``sqlite_utils.Database``
on the connection, inside the caller's transaction (sqlite-utils nests a savepoint in it,
so the caller's rollback still undoes all). Reads (:data:`SELECT`, :func:`hydrate`) are
hand-written SQL on measured hot paths: through rows_where() a page of 200 for the panel
took 12.3 ms against 7.8 ms, a passage's highlights 1.15 against 0.56 ms (medians, the
100,000 store, 2026-12-04), and a read through sqlite-utils would import it (~100 ms) at
the first click of a read-only session. Exports stream through rows_where()
(``AnnotationStore.iter_all``). May import: ``model``; sqlite-utils only in functions.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .limits import check_note_size
from .model import Annotation, check_color, check_link_ids, normalise_tags

if TYPE_CHECKING:
    from sqlite_utils import Database

_PAGE = 900  # ids per IN (...) query, below SQLite's variable limit
_BATCH = 500  # rows per INSERT of insert_all() (its default, 100, costs a savepoint each)

COLUMNS = ('n, id, lang, passage, exact, prefix, suffix, start, "end", note, color, '
           "created, modified, orphan, origin")  # the order hydrate() reads
SELECT = f"SELECT {COLUMNS} FROM annotations"
_MARKS = ", ".join("?" * len(COLUMNS.split(",")))


def database(conn: sqlite3.Connection) -> Database:
    """A sqlite_utils.Database on `conn` (importing sqlite-utils costs ~100 ms: only a
    store that writes, creates or migrates pays it, never the path to the first paint)."""
    import sqlite_utils

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def insert(c: sqlite3.Connection, a: Annotation) -> None:
    """Write one record through a bare connection (tests build old stores with it)."""
    insert_many(database(c), [a])


def insert_many(db: Database, records: Sequence[Annotation],
                tag_ids: dict[str, int] | None = None) -> None:
    """Write new records (ids not stored yet) with their tags, links and full-text rows;
    ``tag_ids`` (name -> id) caches tag look-ups over an import. Each record's key is
    numbered here, after the largest one, as SQLite numbers a rowid."""
    if not records:
        return
    ids = {} if tag_ids is None else tag_ids
    missing = list(dict.fromkeys(t for a in records for t in a.tags if t not in ids))
    if missing:
        db["tags"].insert_all(({"name": t} for t in missing), ignore=True)
        for i in range(0, len(missing), _PAGE):
            chunk = missing[i:i + _PAGE]
            for row in db["tags"].rows_where(f"name IN ({','.join('?' * len(chunk))})",
                                             chunk, select="id, name"):
                ids[row["name"]] = row["id"]
    first = (db.execute("SELECT max(n) FROM annotations").fetchone()[0] or 0) + 1
    numbered = list(enumerate(records, first))
    # Hand-written: the records' own rows, 15 values each. Through insert_all() (list mode,
    # 500 rows an INSERT) a 10,000-record import took 2.09 s of CPU against 1.91 s so
    # (medians of 9, parse included, 2026-12-04): its per-value conversion made the
    # import slower than before sqlite-utils. The rows that hang off them use insert_all.
    db.conn.executemany(f"INSERT INTO annotations ({COLUMNS}) VALUES ({_MARKS})", [
        (n, a.id, a.lang, a.passage, a.exact, a.prefix, a.suffix, a.start, a.end, a.note,
         a.color, a.created, a.modified, int(a.orphan), a.origin) for n, a in numbered])
    # insert_all() in its list mode (column names, then one tuple a row): no dict per row
    db["annotation_tags"].insert_all(itertools.chain([("annotation", "tag", "position")], (
        (n, ids[t], i) for n, a in numbered for i, t in enumerate(a.tags))), batch_size=_BATCH)
    db["links"].insert_all(itertools.chain([("annotation", "kind", "target")], (
        (n, kind, target) for n, a in numbered
        for kind, targets in (("place", a.places), ("interpretation", a.interpretations))
        for target in targets)), batch_size=_BATCH)
    # Hand-written: insert_all() into the FTS5 table took 1.9-2.1 s for the 10,000 rows of
    # benchmarks' import, executemany() 1.1-1.4 s (same data, 2026-12-04): most of an
    # import's write time. (Why the FTS table is not sqlite-utils' enable_fts: schema.py.)
    db.conn.executemany(
        "INSERT INTO annotations_fts (rowid, note, quote, tags) VALUES (?, ?, ?, ?)",
        [(n, a.note, a.exact, " ; ".join(a.tags)) for n, a in numbered])


def delete(db: Database, id: str) -> bool:
    """Delete one record (and its tag, link and full-text rows); False if not stored."""
    found = [r["n"] for r in db["annotations"].rows_where("id = ?", [id], select="n")]
    delete_numbers(db, found)
    return bool(found)


def delete_numbers(db: Database, numbers: Iterable[int]) -> None:
    """Delete the records with these keys, dependants first (foreign keys are on)."""
    numbers = list(numbers)
    for i in range(0, len(numbers), _PAGE):
        chunk = numbers[i:i + _PAGE]
        marks = ",".join("?" * len(chunk))
        db["annotations_fts"].delete_where(f"rowid IN ({marks})", chunk)
        db["annotation_tags"].delete_where(f"annotation IN ({marks})", chunk)
        db["links"].delete_where(f"annotation IN ({marks})", chunk)
        db["annotations"].delete_where(f"n IN ({marks})", chunk)


def hydrate(conn: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> list[Annotation]:
    if not rows:
        return []
    ns = [r[0] for r in rows]
    tags: dict[int, list[str]] = {n: [] for n in ns}
    links: dict[int, tuple[list[str], list[str]]] = {n: ([], []) for n in ns}
    for i in range(0, len(ns), _PAGE):
        chunk = ns[i:i + _PAGE]
        marks = ",".join("?" * len(chunk))
        for n, name in conn.execute(
                "SELECT annotation, name FROM annotation_tags JOIN tags ON tags.id = tag "
                f"WHERE annotation IN ({marks}) ORDER BY annotation, position", chunk):
            tags[n].append(name)
        for n, kind, target in conn.execute(
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


def unanchored(db: Database) -> None:
    """A write may add rows not checked against the texts: the next reanchor reads all."""
    db["meta"].delete_where("key = ?", ["anchored"])


def checked(a: Annotation) -> Annotation:
    """Validate and normalise a record before it is written (ValueError if bad)."""
    if not isinstance(a.id, str) or ":" not in a.id:
        raise ValueError(f"annotation id must be an IRI, got {a.id!r}")
    for name in ("start", "end"):
        v = getattr(a, name)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            raise ValueError(f"{name} must be a non-negative integer or None")
    check_note_size(a.note)
    for name in ("exact", "prefix", "suffix"):
        check_note_size(getattr(a, name), "quote" if name == "exact" else f"quote's {name}")
    fields = {"tags": normalise_tags(a.tags), "color": check_color(a.color),
              "places": sorted(check_link_ids(a.places, "place")),
              "interpretations": sorted(check_link_ids(a.interpretations, "interpretation")),
              "orphan": bool(a.orphan)}
    if all(getattr(a, k) == v and type(getattr(a, k)) is type(v) for k, v in fields.items()):
        return a  # already in its stored form (an import's records are): no copy
    return a.copy(**fields)


def content(a: Annotation) -> tuple:
    return (a.lang, a.passage, a.exact, a.note, tuple(a.tags), a.color.lower(),
            tuple(sorted(a.places)), tuple(sorted(a.interpretations)), a.modified)

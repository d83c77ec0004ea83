"""One annotation record in SQL: validate, insert, delete, read back (no Qt).

The row-level steps every write and read of the store shares, and a migration too (it
writes records through :func:`insert`). Plain ``sqlite3`` on a connection the caller holds
inside its transaction. May import: ``model`` (and the standard library).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from .model import Annotation, check_color, check_link_ids, normalise_tags

_PAGE = 900  # ids per IN (...) query, below SQLite's variable limit

SELECT = ('SELECT n, id, lang, passage, exact, prefix, suffix, start, "end", note, color, '
          "created, modified, orphan, origin FROM annotations")


def insert(c: sqlite3.Connection, a: Annotation,
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


def delete(c: sqlite3.Connection, id: str) -> bool:
    row = c.execute("SELECT n FROM annotations WHERE id = ?", (id,)).fetchone()
    if row is None:
        return False
    n = row[0]
    c.execute("DELETE FROM annotations_fts WHERE rowid = ?", (n,))
    c.execute("DELETE FROM annotation_tags WHERE annotation = ?", (n,))
    c.execute("DELETE FROM links WHERE annotation = ?", (n,))
    c.execute("DELETE FROM annotations WHERE n = ?", (n,))
    return True


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


def unanchored(c: sqlite3.Connection) -> None:
    """A write may add rows not checked against the texts: the next reanchor reads all."""
    c.execute("DELETE FROM meta WHERE key = 'anchored'")


def checked(a: Annotation) -> Annotation:
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


def content(a: Annotation) -> tuple:
    return (a.lang, a.passage, a.exact, a.note, tuple(a.tags), a.color.lower(),
            tuple(sorted(a.places)), tuple(sorted(a.interpretations)), a.modified)

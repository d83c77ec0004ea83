"""Stores as older versions of the app made them, for the migration tests.

Frozen copies of the schema DDL that versions 2 and 3 of the store executed (from
viewer/annotations/store.py before the store was built with sqlite-utils, commit c093c11):
a file made then must keep opening, whatever builds today's schema.
"""

from __future__ import annotations

V2 = """
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
V3 = """
CREATE INDEX annotations_orphan ON annotations(orphan, created);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
V4 = """
CREATE INDEX annotations_recent ON annotations(lang, passage, modified)
    WHERE orphan = 0 AND start IS NOT NULL;
"""

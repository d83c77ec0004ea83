"""Full-text search over the shipped corpus (passages, editorial notes, readings).

An in-memory SQLite FTS5 index with the ``trigram`` tokenizer: substring matching that
works for Japanese (no word spaces) and case-insensitive Cyrillic. Terms of 1-2
characters (``色丹``, ``мы``) cannot use trigrams and are matched with LIKE. Plain
``sqlite3`` only, so building the index does not pull sqlite-utils onto start-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from . import fts


class CorpusHit(NamedTuple):
    kind: str  # passage | note | interpretation
    ref: str  # what to jump to, e.g. "en:art-9", "note:habomai", "interp:ussr-1956"
    title: str
    lang: str
    snippet: str  # matches between fts.MARK_OPEN and fts.MARK_CLOSE
    rank: float  # lower is better


Document = tuple[str, str, str, str, str]  # (kind, ref, title, lang, text)


class CorpusIndex:
    """``CorpusIndex(documents)``; documents are (kind, ref, title, lang, text)."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self.conn = sqlite3.connect(":memory:", check_same_thread=False)
        self.conn.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, ref UNINDEXED, title, "
            "lang UNINDEXED, text, tokenize='trigram')")
        with self.conn:
            self.conn.executemany(
                "INSERT INTO docs (kind, ref, title, lang, text) VALUES (?,?,?,?,?)",
                (tuple(str(x) for x in d) for d in documents))

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM docs").fetchone()[0]

    def search(self, query: str, limit: int = 50, kind: str | None = None) -> list[CorpusHit]:
        """Hits for every term (AND), best first. Any user input is safe."""
        terms = fts.split_terms(query)
        if not terms:
            return []
        conds: list[str] = []
        params: list[object] = []
        expr = fts.match_expression(terms)
        if expr:
            conds.append("docs MATCH ?")
            params.append(expr)
        like, like_params = fts.like_clause(["title", "text"], terms)
        if like:
            conds.append(like)
            params += like_params
        if kind is not None:
            conds.append("kind = ?")
            params.append(kind)
        where = " AND ".join(conds)
        if expr:
            o, c = fts.MARK_OPEN, fts.MARK_CLOSE
            rows = self.conn.execute(
                "SELECT kind, ref, title, lang, snippet(docs, 4, ?, ?, ?, 40), "
                f"snippet(docs, 2, ?, ?, ?, 24), text, bm25(docs) FROM docs WHERE {where} "
                "ORDER BY bm25(docs) LIMIT ?",
                [o, c, fts.ELLIPSIS, o, c, fts.ELLIPSIS] + params + [int(limit)]).fetchall()
            hits = []
            for k, ref, title, lang, snip_text, snip_title, text, rank in rows:
                snippet = snip_text if fts.MARK_OPEN in snip_text else (
                    fts.make_snippet(text, terms) if fts.MARK_OPEN not in snip_title
                    else snip_title)
                hits.append(CorpusHit(k, ref, title, lang, snippet, rank))
            return hits
        rows = self.conn.execute(
            f"SELECT kind, ref, title, lang, text FROM docs WHERE {where} ORDER BY rowid "
            "LIMIT ?", params + [int(limit)]).fetchall()
        return [CorpusHit(k, ref, title, lang, fts.make_snippet(text, terms), 0.0)
                for k, ref, title, lang, text in rows]

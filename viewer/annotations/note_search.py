"""Filters and full-text search over the user's annotations (no Qt).

FTS5 (trigram) over note, quote and tags, through the safe query building of ``fts``;
only the newest candidates are ranked. A mixin of :class:`~.store.AnnotationStore`
(it needs the store's connection and lock). May import: ``fts``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from . import fts

SEARCH_CANDIDATES = 1000  # newest full-text matches ranked by a search (bounds its cost)


class SearchHit(NamedTuple):
    id: str
    snippet: str  # matches between fts.MARK_OPEN and fts.MARK_CLOSE
    rank: float  # lower is better


class SearchMixin:
    conn: sqlite3.Connection
    _lock: threading.RLock

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

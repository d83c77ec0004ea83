"""Re-anchoring the stored annotations against the current texts (no Qt).

Each row is checked where it was, then through the anchoring chain (``anchor``); what
no longer anchors is flagged an orphan, never dropped. A fingerprint of the texts in the
``meta`` table lets an unchanged store skip the pass. A mixin of
:class:`~.store.AnnotationStore`. May import: ``anchor``, ``model``, ``records``.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Generator, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, NamedTuple

from .anchor import anchor
from .model import Annotation

log = logging.getLogger("viewer.store")


class ReanchorResult(NamedTuple):
    anchored: int
    orphans: int


class _Checked(NamedTuple):
    anchored: int
    orphans: int
    changed: bool


class ReanchorMixin:
    conn: sqlite3.Connection
    _lock: threading.RLock
    read_only: bool
    db: Any
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    count: Callable[..., int]
    _emit: Callable[[str, list[str]], None]

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
        pending = "pending:" + mark  # any write during the pass deletes it (records.unanchored)
        with self._transaction():
            self.db["meta"].upsert({"key": "anchored", "value": pending}, pk="key")
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
                    with self._transaction():
                        meta = self.db["meta"]
                        if pending in (r["value"] for r in meta.rows_where(
                                "key = 'anchored'", select="value")):  # nothing written since
                            meta.update("anchored", {"value": mark})
                        meta.upsert({"key": "texts", "value": mark}, pk="key")
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
            # Hand-written: one prepared UPDATE over the batch. sqlite-utils' Table.update()
            # is a call per row: 500 rows of the 100,000 store took 320 ms that way, 67 ms
            # so (medians, benchmarks machine, 2026-12-04), and a pass writes 200 batches.
            with self._transaction() as c:
                c.executemany('UPDATE annotations SET start = ?, "end" = ?, orphan = ? '
                              "WHERE n = ?", changes)
        return _Checked(anchored, orphans, bool(changes))


def _fingerprint(texts: Mapping[tuple[str, str], str]) -> str:
    """A digest of the passage texts (and the anchoring code's version)."""
    h = hashlib.sha256(b"anchor-v1")
    for (lang, passage), text in sorted(texts.items()):
        h.update(f"\0{lang}\0{passage}\0{text}".encode())
    return h.hexdigest()

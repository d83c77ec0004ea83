"""The store's table of supplied wording (issue 18): reads and writes, with change events.

One row a supply; nothing is overwritten: two supplies for one paragraph are two rows.
Rows are written and read through sqlite-utils (the table is small and off every hot path).
A mixin of :class:`~viewer.annotations.store.AnnotationStore`, which gives ``conn``,
``db``, ``_transaction`` and ``_emit``. Events: ``supplied``, ``supply-updated``,
``supply-withdrawn`` with the supply ids.
May import: ``supplies``, ``errors``, ``model``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from .errors import Conflict, StoreError
from .model import now_iso
from .supplies import Supply

TABLE = "supplies"
COLUMNS: dict[str, type] = {
    "id": str, "lang": str, "passage": str, "n": str, "text": str, "edition": str,
    "page": str, "remark": str, "supplier": str, "created": str, "modified": str,
}


def create_table(db: Any) -> None:
    """The table and its index (a migration step; ``db`` is a sqlite_utils.Database)."""
    db[TABLE].create(COLUMNS, pk="id", not_null=set(COLUMNS), if_not_exists=True)
    db[TABLE].create_index(["lang", "passage", "n"], index_name="supplies_paragraph",
                           if_not_exists=True)


def _row(s: Supply) -> dict[str, str]:
    return {k: getattr(s, k) or "" for k in COLUMNS} | {"modified": s.modified or s.created}


def _supply(row: dict[str, Any]) -> Supply:
    return Supply(**{k: row[k] for k in COLUMNS})


def write_newer(db: Any, items: list[Supply]) -> tuple[int, int, list[str]]:
    """Inside the caller's transaction: insert the supplies not stored yet, update those
    whose ``modified`` is later than the stored copy's; (added, updated, changed ids)."""
    added = updated = 0
    changed: list[str] = []
    table = db[TABLE]
    for s in items:
        old = list(table.rows_where("id = ?", [s.id], select="modified"))
        if not old:
            table.insert(_row(s))
            added += 1
        elif (s.modified or s.created) > old[0]["modified"]:
            table.update(s.id, _row(s))
            updated += 1
        else:
            continue
        changed.append(s.id)
    return added, updated, changed


class SupplyMixin:
    """Supplied wording in the user's store."""

    conn: sqlite3.Connection
    db: Any
    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]
    _emit: Callable[[str, list[str]], None]

    def _has_supplies(self) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                 "name = ?", (TABLE,)).fetchone() is not None

    def supplies(self, lang: str | None = None) -> list[Supply]:
        """Every supply (of one language), oldest first."""
        if not self._has_supplies():  # a read-only store of an older version
            return []
        where, args = ("lang = ?", [lang]) if lang else (None, [])
        return [_supply(r) for r in self.db[TABLE].rows_where(
            where, args, order_by="created, id")]

    def get_supply(self, id: str) -> Supply | None:
        if not self._has_supplies():
            return None
        rows = list(self.db[TABLE].rows_where("id = ?", [id]))
        return _supply(rows[0]) if rows else None

    def add_supply(self, s: Supply) -> Supply:
        """Store a checked supply (``supplies.check_supply``); one transaction."""
        s = s.copy(modified=s.modified or s.created)
        with self._transaction():
            self.db[TABLE].insert(_row(s))
        self._emit("supplied", [s.id])
        return s

    def import_supplies(self, items: list[Supply]) -> tuple[int, int]:
        """Add what is new, keep what is known (by id; the later ``modified`` wins), in
        one transaction; returns (added, updated). Importing a file twice changes nothing."""
        with self._transaction():
            added, updated, changed = write_newer(self.db, items)
        if changed:
            self._emit("supplied", changed)
        return added, updated

    def update_supply(self, s: Supply, expect: Supply | None = None) -> Supply:
        """Replace a supply's wording or provenance (undo passes the old one back)."""
        s = s.copy(modified=now_iso())
        with self._transaction():
            self._check_supply_unchanged(s.id, expect)
            self.db[TABLE].update(s.id, _row(s))
        self._emit("supply-updated", [s.id])
        return s

    def restore_supply(self, s: Supply) -> None:
        """Put back a supply exactly as it was (undo of a withdrawal or an edit)."""
        with self._transaction():
            self.db[TABLE].upsert(_row(s), pk="id")
        self._emit("supply-updated", [s.id])

    def withdraw_supply(self, id: str, expect: Supply | None = None) -> Supply:
        """Remove a supply; returns it (for undo)."""
        with self._transaction():
            old = self._check_supply_unchanged(id, expect)
            self.db[TABLE].delete(id)
        self._emit("supply-withdrawn", [id])
        return old

    def _check_supply_unchanged(self, id: str, expect: Supply | None) -> Supply:
        rows = list(self.db[TABLE].rows_where("id = ?", [id]))
        if not rows:
            raise StoreError(f"no supplied text {id} in this store")
        now = _supply(rows[0])
        if expect is not None and now != expect:
            raise Conflict("the supplied text was changed elsewhere; reload and try again")
        return now

    def iter_supplies(self) -> Iterator[Supply]:
        yield from self.supplies()
